from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_queue_filter import WorkQueueFilter


T = TypeVar("T", bound="BodyReadWorkQueuesWorkQueuesFilterPost")


@_attrs_define
class BodyReadWorkQueuesWorkQueuesFilterPost:
    """
    Attributes:
        offset (int | Unset):  Default: 0.
        work_queues (None | Unset | WorkQueueFilter):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int | Unset = 0
    work_queues: None | Unset | WorkQueueFilter = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_queue_filter import WorkQueueFilter

        offset = self.offset

        work_queues: dict[str, Any] | None | Unset
        if isinstance(self.work_queues, Unset):
            work_queues = UNSET
        elif isinstance(self.work_queues, WorkQueueFilter):
            work_queues = self.work_queues.to_dict()
        else:
            work_queues = self.work_queues

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if work_queues is not UNSET:
            field_dict["work_queues"] = work_queues
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_queue_filter import WorkQueueFilter

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        def _parse_work_queues(data: object) -> None | Unset | WorkQueueFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_queues_type_0 = WorkQueueFilter.from_dict(data)

                return work_queues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkQueueFilter, data)

        work_queues = _parse_work_queues(d.pop("work_queues", UNSET))

        limit = d.pop("limit", UNSET)

        body_read_work_queues_work_queues_filter_post = cls(
            offset=offset,
            work_queues=work_queues,
            limit=limit,
        )

        body_read_work_queues_work_queues_filter_post.additional_properties = d
        return body_read_work_queues_work_queues_filter_post

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
