from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType

T = TypeVar("T", bound="SimpleFlowRun")


@_attrs_define
class SimpleFlowRun:
    """
    Attributes:
        id (UUID): The flow run id.
        state_type (StateType): Enumeration of state types.
        timestamp (datetime.datetime): The start time of the run, or the expected start time if it hasn't run yet.
        duration (float): The total run time of the run.
        lateness (float): The delay between the expected and actual start time.
    """

    id: UUID
    state_type: StateType
    timestamp: datetime.datetime
    duration: float
    lateness: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        state_type = self.state_type.value

        timestamp = self.timestamp.isoformat()

        duration = self.duration

        lateness = self.lateness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state_type": state_type,
                "timestamp": timestamp,
                "duration": duration,
                "lateness": lateness,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        state_type = StateType(d.pop("state_type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        duration = d.pop("duration")

        lateness = d.pop("lateness")

        simple_flow_run = cls(
            id=id,
            state_type=state_type,
            timestamp=timestamp,
            duration=duration,
            lateness=lateness,
        )

        simple_flow_run.additional_properties = d
        return simple_flow_run

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
