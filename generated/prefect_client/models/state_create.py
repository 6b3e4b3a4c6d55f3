from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.state_type import StateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_details import StateDetails


T = TypeVar("T", bound="StateCreate")


@_attrs_define
class StateCreate:
    """Data used by the Prefect REST API to create a new state.

    Attributes:
        type_ (StateType): Enumeration of state types.
        name (None | str | Unset): The name of the state to create
        message (None | str | Unset): The message of the state to create
        data (Any | None | Unset): The data of the state to create
        state_details (StateDetails | Unset):
    """

    type_: StateType
    name: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    data: Any | None | Unset = UNSET
    state_details: StateDetails | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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
        type_ = StateType(d.pop("type"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        state_create = cls(
            type_=type_,
            name=name,
            message=message,
            data=data,
            state_details=state_details,
        )

        return state_create
