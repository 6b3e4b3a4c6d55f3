from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyReadWorkQueueRunsWorkQueuesIdGetRunsPost")


@_attrs_define
class BodyReadWorkQueueRunsWorkQueuesIdGetRunsPost:
    """
    Attributes:
        scheduled_before (datetime.datetime | Unset): Only flow runs scheduled to start before this time will be
            returned.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    scheduled_before: datetime.datetime | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_before: str | Unset = UNSET
        if not isinstance(self.scheduled_before, Unset):
            scheduled_before = self.scheduled_before.isoformat()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduled_before is not UNSET:
            field_dict["scheduled_before"] = scheduled_before
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _scheduled_before = d.pop("scheduled_before", UNSET)
        scheduled_before: datetime.datetime | Unset
        if isinstance(_scheduled_before, Unset):
            scheduled_before = UNSET
        else:
            scheduled_before = datetime.datetime.fromisoformat(_scheduled_before)

        limit = d.pop("limit", UNSET)

        body_read_work_queue_runs_work_queues_id_get_runs_post = cls(
            scheduled_before=scheduled_before,
            limit=limit,
        )

        body_read_work_queue_runs_work_queues_id_get_runs_post.additional_properties = d
        return body_read_work_queue_runs_work_queues_id_get_runs_post

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
