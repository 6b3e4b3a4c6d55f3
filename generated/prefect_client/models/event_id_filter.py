from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventIDFilter")


@_attrs_define
class EventIDFilter:
    """
    Attributes:
        id (list[UUID] | None | Unset): Only include events with one of these IDs
    """

    id: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: list[str] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, list):
            id = []
            for id_type_0_item_data in self.id:
                id_type_0_item = str(id_type_0_item_data)
                id.append(id_type_0_item)

        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                id_type_0 = []
                _id_type_0 = data
                for id_type_0_item_data in _id_type_0:
                    id_type_0_item = UUID(id_type_0_item_data)

                    id_type_0.append(id_type_0_item)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        event_id_filter = cls(
            id=id,
        )

        return event_id_filter
