from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcurrencyLimitV2Update")


@_attrs_define
class ConcurrencyLimitV2Update:
    """Data used by the Prefect REST API to update a v2 concurrency limit.

    Attributes:
        active (bool | None | Unset):
        name (None | str | Unset):
        limit (int | None | Unset):
        active_slots (int | None | Unset):
        denied_slots (int | None | Unset):
        slot_decay_per_second (float | None | Unset):
    """

    active: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    active_slots: int | None | Unset = UNSET
    denied_slots: int | None | Unset = UNSET
    slot_decay_per_second: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        active_slots: int | None | Unset
        if isinstance(self.active_slots, Unset):
            active_slots = UNSET
        else:
            active_slots = self.active_slots

        denied_slots: int | None | Unset
        if isinstance(self.denied_slots, Unset):
            denied_slots = UNSET
        else:
            denied_slots = self.denied_slots

        slot_decay_per_second: float | None | Unset
        if isinstance(self.slot_decay_per_second, Unset):
            slot_decay_per_second = UNSET
        else:
            slot_decay_per_second = self.slot_decay_per_second

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if active_slots is not UNSET:
            field_dict["active_slots"] = active_slots
        if denied_slots is not UNSET:
            field_dict["denied_slots"] = denied_slots
        if slot_decay_per_second is not UNSET:
            field_dict["slot_decay_per_second"] = slot_decay_per_second

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_active_slots(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_slots = _parse_active_slots(d.pop("active_slots", UNSET))

        def _parse_denied_slots(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        denied_slots = _parse_denied_slots(d.pop("denied_slots", UNSET))

        def _parse_slot_decay_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        slot_decay_per_second = _parse_slot_decay_per_second(
            d.pop("slot_decay_per_second", UNSET)
        )

        concurrency_limit_v2_update = cls(
            active=active,
            name=name,
            limit=limit,
            active_slots=active_slots,
            denied_slots=denied_slots,
            slot_decay_per_second=slot_decay_per_second,
        )

        return concurrency_limit_v2_update
