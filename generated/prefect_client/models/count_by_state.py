from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountByState")


@_attrs_define
class CountByState:
    """
    Attributes:
        completed (int | Unset):  Default: 0.
        pending (int | Unset):  Default: 0.
        running (int | Unset):  Default: 0.
        failed (int | Unset):  Default: 0.
        cancelled (int | Unset):  Default: 0.
        crashed (int | Unset):  Default: 0.
        paused (int | Unset):  Default: 0.
        cancelling (int | Unset):  Default: 0.
        scheduled (int | Unset):  Default: 0.
    """

    completed: int | Unset = 0
    pending: int | Unset = 0
    running: int | Unset = 0
    failed: int | Unset = 0
    cancelled: int | Unset = 0
    crashed: int | Unset = 0
    paused: int | Unset = 0
    cancelling: int | Unset = 0
    scheduled: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        pending = self.pending

        running = self.running

        failed = self.failed

        cancelled = self.cancelled

        crashed = self.crashed

        paused = self.paused

        cancelling = self.cancelling

        scheduled = self.scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["COMPLETED"] = completed
        if pending is not UNSET:
            field_dict["PENDING"] = pending
        if running is not UNSET:
            field_dict["RUNNING"] = running
        if failed is not UNSET:
            field_dict["FAILED"] = failed
        if cancelled is not UNSET:
            field_dict["CANCELLED"] = cancelled
        if crashed is not UNSET:
            field_dict["CRASHED"] = crashed
        if paused is not UNSET:
            field_dict["PAUSED"] = paused
        if cancelling is not UNSET:
            field_dict["CANCELLING"] = cancelling
        if scheduled is not UNSET:
            field_dict["SCHEDULED"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        completed = d.pop("COMPLETED", UNSET)

        pending = d.pop("PENDING", UNSET)

        running = d.pop("RUNNING", UNSET)

        failed = d.pop("FAILED", UNSET)

        cancelled = d.pop("CANCELLED", UNSET)

        crashed = d.pop("CRASHED", UNSET)

        paused = d.pop("PAUSED", UNSET)

        cancelling = d.pop("CANCELLING", UNSET)

        scheduled = d.pop("SCHEDULED", UNSET)

        count_by_state = cls(
            completed=completed,
            pending=pending,
            running=running,
            failed=failed,
            cancelled=cancelled,
            crashed=crashed,
            paused=paused,
            cancelling=cancelling,
            scheduled=scheduled,
        )

        count_by_state.additional_properties = d
        return count_by_state

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
