from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_queue_filter import WorkQueueFilter


T = TypeVar("T", bound="BodyReadWorkQueuesWorkPoolsWorkPoolNameQueuesFilterPost")


@_attrs_define
class BodyReadWorkQueuesWorkPoolsWorkPoolNameQueuesFilterPost:
    """
    Attributes:
        work_queues (WorkQueueFilter | Unset): Filter work queues. Only work queues matching all criteria will be
            returned
        offset (int | Unset):  Default: 0.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    work_queues: WorkQueueFilter | Unset = UNSET
    offset: int | Unset = 0
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_queues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_queues, Unset):
            work_queues = self.work_queues.to_dict()

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_queues is not UNSET:
            field_dict["work_queues"] = work_queues
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_queue_filter import WorkQueueFilter

        d = dict(src_dict)
        _work_queues = d.pop("work_queues", UNSET)
        work_queues: WorkQueueFilter | Unset
        if isinstance(_work_queues, Unset):
            work_queues = UNSET
        else:
            work_queues = WorkQueueFilter.from_dict(_work_queues)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        body_read_work_queues_work_pools_work_pool_name_queues_filter_post = cls(
            work_queues=work_queues,
            offset=offset,
            limit=limit,
        )

        body_read_work_queues_work_pools_work_pool_name_queues_filter_post.additional_properties = d
        return body_read_work_queues_work_pools_work_pool_name_queues_filter_post

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
