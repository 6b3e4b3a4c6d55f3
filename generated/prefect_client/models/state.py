from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_details import StateDetails


T = TypeVar("T", bound="State")


@_attrs_define
class State:
    """Represents the state of a run.

    Attributes:
        id (UUID):
        type_ (StateType): Enumeration of state types.
        name (None | str | Unset):
        timestamp (datetime.datetime | Unset):
        message (None | str | Unset):
        data (Any | None | Unset): Data associated with the state, e.g. a result. Content must be storable as JSON.
        state_details (StateDetails | Unset):
    """

    id: UUID
    type_: StateType
    name: None | str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    message: None | str | Unset = UNSET
    data: Any | None | Unset = UNSET
    state_details: StateDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        data: Any | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        state_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state_details, Unset):
            state_details = self.state_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if state_details is not UNSET:
            field_dict["state_details"] = state_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state_details import StateDetails

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = StateType(d.pop("type"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_data(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _state_details = d.pop("state_details", UNSET)
        state_details: StateDetails | Unset
        if isinstance(_state_details, Unset):
            state_details = UNSET
        else:
            state_details = StateDetails.from_dict(_state_details)

        state = cls(
            id=id,
            type_=type_,
            name=name,
            timestamp=timestamp,
            message=message,
            data=data,
            state_details=state_details,
        )

        state.additional_properties = d
        return state

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
