from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyGetScheduledFlowRunsWorkPoolsNameGetScheduledFlowRunsPost")


@_attrs_define
class BodyGetScheduledFlowRunsWorkPoolsNameGetScheduledFlowRunsPost:
    """
    Attributes:
        work_queue_names (list[str] | Unset): The names of work pool queues
        scheduled_before (datetime.datetime | Unset): The maximum time to look for scheduled flow runs
        scheduled_after (datetime.datetime | Unset): The minimum time to look for scheduled flow runs
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    work_queue_names: list[str] | Unset = UNSET
    scheduled_before: datetime.datetime | Unset = UNSET
    scheduled_after: datetime.datetime | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_queue_names: list[str] | Unset = UNSET
        if not isinstance(self.work_queue_names, Unset):
            work_queue_names = self.work_queue_names

        scheduled_before: str | Unset = UNSET
        if not isinstance(self.scheduled_before, Unset):
            scheduled_before = self.scheduled_before.isoformat()

        scheduled_after: str | Unset = UNSET
        if not isinstance(self.scheduled_after, Unset):
            scheduled_after = self.scheduled_after.isoformat()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_queue_names is not UNSET:
            field_dict["work_queue_names"] = work_queue_names
        if scheduled_before is not UNSET:
            field_dict["scheduled_before"] = scheduled_before
        if scheduled_after is not UNSET:
            field_dict["scheduled_after"] = scheduled_after
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        work_queue_names = cast(list[str], d.pop("work_queue_names", UNSET))

        _scheduled_before = d.pop("scheduled_before", UNSET)
        scheduled_before: datetime.datetime | Unset
        if isinstance(_scheduled_before, Unset):
            scheduled_before = UNSET
        else:
            scheduled_before = datetime.datetime.fromisoformat(_scheduled_before)

        _scheduled_after = d.pop("scheduled_after", UNSET)
        scheduled_after: datetime.datetime | Unset
        if isinstance(_scheduled_after, Unset):
            scheduled_after = UNSET
        else:
            scheduled_after = datetime.datetime.fromisoformat(_scheduled_after)

        limit = d.pop("limit", UNSET)

        body_get_scheduled_flow_runs_work_pools_name_get_scheduled_flow_runs_post = cls(
            work_queue_names=work_queue_names,
            scheduled_before=scheduled_before,
            scheduled_after=scheduled_after,
            limit=limit,
        )

        body_get_scheduled_flow_runs_work_pools_name_get_scheduled_flow_runs_post.additional_properties = d
        return body_get_scheduled_flow_runs_work_pools_name_get_scheduled_flow_runs_post

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
