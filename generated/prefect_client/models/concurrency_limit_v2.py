from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcurrencyLimitV2")


@_attrs_define
class ConcurrencyLimitV2:
    """An ORM representation of a v2 concurrency limit.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): The name of the concurrency limit.
        limit (int): The concurrency limit.
        active (bool | Unset): Whether the concurrency limit is active. Default: True.
        active_slots (int | Unset): The number of active slots. Default: 0.
        denied_slots (int | Unset): The number of denied slots. Default: 0.
        slot_decay_per_second (float | Unset): The decay rate for active slots when used as a rate limit. Default: 0.0.
        avg_slot_occupancy_seconds (float | Unset): The average amount of time a slot is occupied. Default: 2.0.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    limit: int
    active: bool | Unset = True
    active_slots: int | Unset = 0
    denied_slots: int | Unset = 0
    slot_decay_per_second: float | Unset = 0.0
    avg_slot_occupancy_seconds: float | Unset = 2.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        name = self.name

        limit = self.limit

        active = self.active

        active_slots = self.active_slots

        denied_slots = self.denied_slots

        slot_decay_per_second = self.slot_decay_per_second

        avg_slot_occupancy_seconds = self.avg_slot_occupancy_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
                "limit": limit,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if active_slots is not UNSET:
            field_dict["active_slots"] = active_slots
        if denied_slots is not UNSET:
            field_dict["denied_slots"] = denied_slots
        if slot_decay_per_second is not UNSET:
            field_dict["slot_decay_per_second"] = slot_decay_per_second
        if avg_slot_occupancy_seconds is not UNSET:
            field_dict["avg_slot_occupancy_seconds"] = avg_slot_occupancy_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        name = d.pop("name")

        limit = d.pop("limit")

        active = d.pop("active", UNSET)

        active_slots = d.pop("active_slots", UNSET)

        denied_slots = d.pop("denied_slots", UNSET)

        slot_decay_per_second = d.pop("slot_decay_per_second", UNSET)

        avg_slot_occupancy_seconds = d.pop("avg_slot_occupancy_seconds", UNSET)

        concurrency_limit_v2 = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            limit=limit,
            active=active,
            active_slots=active_slots,
            denied_slots=denied_slots,
            slot_decay_per_second=slot_decay_per_second,
            avg_slot_occupancy_seconds=avg_slot_occupancy_seconds,
        )

        concurrency_limit_v2.additional_properties = d
        return concurrency_limit_v2

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
