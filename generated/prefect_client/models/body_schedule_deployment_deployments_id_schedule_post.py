from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyScheduleDeploymentDeploymentsIdSchedulePost")


@_attrs_define
class BodyScheduleDeploymentDeploymentsIdSchedulePost:
    """
    Attributes:
        start_time (datetime.datetime | Unset): The earliest date to schedule
        end_time (datetime.datetime | Unset): The latest date to schedule
        min_time (float | Unset): Runs will be scheduled until at least this long after the `start_time`
        min_runs (int | Unset): The minimum number of runs to schedule
        max_runs (int | Unset): The maximum number of runs to schedule
    """

    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    min_time: float | Unset = UNSET
    min_runs: int | Unset = UNSET
    max_runs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        min_time = self.min_time

        min_runs = self.min_runs

        max_runs = self.max_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if min_time is not UNSET:
            field_dict["min_time"] = min_time
        if min_runs is not UNSET:
            field_dict["min_runs"] = min_runs
        if max_runs is not UNSET:
            field_dict["max_runs"] = max_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        min_time = d.pop("min_time", UNSET)

        min_runs = d.pop("min_runs", UNSET)

        max_runs = d.pop("max_runs", UNSET)

        body_schedule_deployment_deployments_id_schedule_post = cls(
            start_time=start_time,
            end_time=end_time,
            min_time=min_time,
            min_runs=min_runs,
            max_runs=max_runs,
        )

        body_schedule_deployment_deployments_id_schedule_post.additional_properties = d
        return body_schedule_deployment_deployments_id_schedule_post

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
