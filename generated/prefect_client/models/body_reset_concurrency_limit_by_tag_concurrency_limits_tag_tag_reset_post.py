from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyResetConcurrencyLimitByTagConcurrencyLimitsTagTagResetPost")


@_attrs_define
class BodyResetConcurrencyLimitByTagConcurrencyLimitsTagTagResetPost:
    """
    Attributes:
        slot_override (list[UUID] | None | Unset): Manual override for active concurrency limit slots.
    """

    slot_override: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slot_override: list[str] | None | Unset
        if isinstance(self.slot_override, Unset):
            slot_override = UNSET
        elif isinstance(self.slot_override, list):
            slot_override = []
            for slot_override_type_0_item_data in self.slot_override:
                slot_override_type_0_item = str(slot_override_type_0_item_data)
                slot_override.append(slot_override_type_0_item)

        else:
            slot_override = self.slot_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slot_override is not UNSET:
            field_dict["slot_override"] = slot_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_slot_override(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                slot_override_type_0 = []
                _slot_override_type_0 = data
                for slot_override_type_0_item_data in _slot_override_type_0:
                    slot_override_type_0_item = UUID(slot_override_type_0_item_data)

                    slot_override_type_0.append(slot_override_type_0_item)

                return slot_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        slot_override = _parse_slot_override(d.pop("slot_override", UNSET))

        body_reset_concurrency_limit_by_tag_concurrency_limits_tag_tag_reset_post = cls(
            slot_override=slot_override,
        )

        body_reset_concurrency_limit_by_tag_concurrency_limits_tag_tag_reset_post.additional_properties = d
        return body_reset_concurrency_limit_by_tag_concurrency_limits_tag_tag_reset_post

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
