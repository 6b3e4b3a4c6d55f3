from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunSlotSummary")


@_attrs_define
class FlowRunSlotSummary:
    """Summary of a flow run occupying a concurrency slot.

    Attributes:
        id (UUID):
        name (str):
        state_type (None | StateType | Unset):
        state_name (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        state_timestamp (datetime.datetime | None | Unset):
        time_in_current_state (float | None | Unset):
    """

    id: UUID
    name: str
    state_type: None | StateType | Unset = UNSET
    state_name: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    state_timestamp: datetime.datetime | None | Unset = UNSET
    time_in_current_state: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        state_type: None | str | Unset
        if isinstance(self.state_type, Unset):
            state_type = UNSET
        elif isinstance(self.state_type, StateType):
            state_type = self.state_type.value
        else:
            state_type = self.state_type

        state_name: None | str | Unset
        if isinstance(self.state_name, Unset):
            state_name = UNSET
        else:
            state_name = self.state_name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        state_timestamp: None | str | Unset
        if isinstance(self.state_timestamp, Unset):
            state_timestamp = UNSET
        elif isinstance(self.state_timestamp, datetime.datetime):
            state_timestamp = self.state_timestamp.isoformat()
        else:
            state_timestamp = self.state_timestamp

        time_in_current_state: float | None | Unset
        if isinstance(self.time_in_current_state, Unset):
            time_in_current_state = UNSET
        else:
            time_in_current_state = self.time_in_current_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if state_type is not UNSET:
            field_dict["state_type"] = state_type
        if state_name is not UNSET:
            field_dict["state_name"] = state_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if state_timestamp is not UNSET:
            field_dict["state_timestamp"] = state_timestamp
        if time_in_current_state is not UNSET:
            field_dict["time_in_current_state"] = time_in_current_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_state_type(data: object) -> None | StateType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_type_0 = StateType(data)

                return state_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateType | Unset, data)

        state_type = _parse_state_type(d.pop("state_type", UNSET))

        def _parse_state_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_name = _parse_state_name(d.pop("state_name", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_state_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return state_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        state_timestamp = _parse_state_timestamp(d.pop("state_timestamp", UNSET))

        def _parse_time_in_current_state(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        time_in_current_state = _parse_time_in_current_state(
            d.pop("time_in_current_state", UNSET)
        )

        flow_run_slot_summary = cls(
            id=id,
            name=name,
            state_type=state_type,
            state_name=state_name,
            start_time=start_time,
            state_timestamp=state_timestamp,
            time_in_current_state=time_in_current_state,
        )

        flow_run_slot_summary.additional_properties = d
        return flow_run_slot_summary

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
