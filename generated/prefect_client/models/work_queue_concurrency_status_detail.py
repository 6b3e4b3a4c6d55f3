from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_slot_summary import FlowRunSlotSummary


T = TypeVar("T", bound="WorkQueueConcurrencyStatusDetail")


@_attrs_define
class WorkQueueConcurrencyStatusDetail:
    """Per-queue concurrency status with flow run details.

    Attributes:
        queue_id (UUID):
        queue_name (str):
        active_slots (int):
        concurrency_limit (int | None | Unset):
        flow_runs (list[FlowRunSlotSummary] | Unset):
        flow_run_count (int | None | Unset): Total flow run count for this queue (may differ from len(flow_runs) when
            flow_run_limit is applied).
    """

    queue_id: UUID
    queue_name: str
    active_slots: int
    concurrency_limit: int | None | Unset = UNSET
    flow_runs: list[FlowRunSlotSummary] | Unset = UNSET
    flow_run_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = str(self.queue_id)

        queue_name = self.queue_name

        active_slots = self.active_slots

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        flow_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flow_runs, Unset):
            flow_runs = []
            for flow_runs_item_data in self.flow_runs:
                flow_runs_item = flow_runs_item_data.to_dict()
                flow_runs.append(flow_runs_item)

        flow_run_count: int | None | Unset
        if isinstance(self.flow_run_count, Unset):
            flow_run_count = UNSET
        else:
            flow_run_count = self.flow_run_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_id": queue_id,
                "queue_name": queue_name,
                "active_slots": active_slots,
            }
        )
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs
        if flow_run_count is not UNSET:
            field_dict["flow_run_count"] = flow_run_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_run_slot_summary import FlowRunSlotSummary

        d = dict(src_dict)
        queue_id = UUID(d.pop("queue_id"))

        queue_name = d.pop("queue_name")

        active_slots = d.pop("active_slots")

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        _flow_runs = d.pop("flow_runs", UNSET)
        flow_runs: list[FlowRunSlotSummary] | Unset = UNSET
        if _flow_runs is not UNSET:
            flow_runs = []
            for flow_runs_item_data in _flow_runs:
                flow_runs_item = FlowRunSlotSummary.from_dict(flow_runs_item_data)

                flow_runs.append(flow_runs_item)

        def _parse_flow_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flow_run_count = _parse_flow_run_count(d.pop("flow_run_count", UNSET))

        work_queue_concurrency_status_detail = cls(
            queue_id=queue_id,
            queue_name=queue_name,
            active_slots=active_slots,
            concurrency_limit=concurrency_limit,
            flow_runs=flow_runs,
            flow_run_count=flow_run_count,
        )

        work_queue_concurrency_status_detail.additional_properties = d
        return work_queue_concurrency_status_detail

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
