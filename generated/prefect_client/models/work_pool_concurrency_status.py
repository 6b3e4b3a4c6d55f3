from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_queue_concurrency_status_detail import (
        WorkQueueConcurrencyStatusDetail,
    )


T = TypeVar("T", bound="WorkPoolConcurrencyStatus")


@_attrs_define
class WorkPoolConcurrencyStatus:
    """Paginated pool-level concurrency status with per-queue breakdown.

    Attributes:
        active_slots (int):
        count (int): Total number of queues.
        limit (int): Page size.
        pages (int): Total number of pages.
        page (int): Current page number (1-indexed).
        concurrency_limit (int | None | Unset):
        queues (list[WorkQueueConcurrencyStatusDetail] | Unset):
    """

    active_slots: int
    count: int
    limit: int
    pages: int
    page: int
    concurrency_limit: int | None | Unset = UNSET
    queues: list[WorkQueueConcurrencyStatusDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_slots = self.active_slots

        count = self.count

        limit = self.limit

        pages = self.pages

        page = self.page

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_slots": active_slots,
                "count": count,
                "limit": limit,
                "pages": pages,
                "page": page,
            }
        )
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if queues is not UNSET:
            field_dict["queues"] = queues

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_queue_concurrency_status_detail import (
            WorkQueueConcurrencyStatusDetail,
        )

        d = dict(src_dict)
        active_slots = d.pop("active_slots")

        count = d.pop("count")

        limit = d.pop("limit")

        pages = d.pop("pages")

        page = d.pop("page")

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        _queues = d.pop("queues", UNSET)
        queues: list[WorkQueueConcurrencyStatusDetail] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = WorkQueueConcurrencyStatusDetail.from_dict(
                    queues_item_data
                )

                queues.append(queues_item)

        work_pool_concurrency_status = cls(
            active_slots=active_slots,
            count=count,
            limit=limit,
            pages=pages,
            page=page,
            concurrency_limit=concurrency_limit,
            queues=queues,
        )

        work_pool_concurrency_status.additional_properties = d
        return work_pool_concurrency_status

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
