from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post_mode import (
    BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concurrency_lease_holder import ConcurrencyLeaseHolder


T = TypeVar(
    "T",
    bound="BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost",
)


@_attrs_define
class BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost:
    """
    Attributes:
        slots (int):
        names (list[str]):
        mode (BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode | Unset):  Default:
            BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode.CONCURRENCY.
        lease_duration (float | Unset): The duration of the lease in seconds. Default: 300.0.
        holder (ConcurrencyLeaseHolder | None | Unset): The holder of the lease with type (flow_run, task_run, or
            deployment) and id.
    """

    slots: int
    names: list[str]
    mode: (
        BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode
        | Unset
    ) = BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode.CONCURRENCY
    lease_duration: float | Unset = 300.0
    holder: ConcurrencyLeaseHolder | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.concurrency_lease_holder import ConcurrencyLeaseHolder

        slots = self.slots

        names = self.names

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        lease_duration = self.lease_duration

        holder: dict[str, Any] | None | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        elif isinstance(self.holder, ConcurrencyLeaseHolder):
            holder = self.holder.to_dict()
        else:
            holder = self.holder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slots": slots,
                "names": names,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if lease_duration is not UNSET:
            field_dict["lease_duration"] = lease_duration
        if holder is not UNSET:
            field_dict["holder"] = holder

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.concurrency_lease_holder import ConcurrencyLeaseHolder

        d = dict(src_dict)
        slots = d.pop("slots")

        names = cast(list[str], d.pop("names"))

        _mode = d.pop("mode", UNSET)
        mode: (
            BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode
            | Unset
        )
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode(
                _mode
            )

        lease_duration = d.pop("lease_duration", UNSET)

        def _parse_holder(data: object) -> ConcurrencyLeaseHolder | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                holder_type_0 = ConcurrencyLeaseHolder.from_dict(data)

                return holder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConcurrencyLeaseHolder | None | Unset, data)

        holder = _parse_holder(d.pop("holder", UNSET))

        body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post = cls(
            slots=slots,
            names=names,
            mode=mode,
            lease_duration=lease_duration,
            holder=holder,
        )

        body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post.additional_properties = d
        return body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post

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
