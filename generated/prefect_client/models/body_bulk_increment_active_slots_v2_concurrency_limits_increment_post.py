from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_bulk_increment_active_slots_v2_concurrency_limits_increment_post_mode import (
    BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost")


@_attrs_define
class BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost:
    """
    Attributes:
        slots (int):
        names (list[str]):
        mode (BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode | Unset):  Default:
            BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode.CONCURRENCY.
        create_if_missing (bool | None | Unset):
    """

    slots: int
    names: list[str]
    mode: BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode | Unset = (
        BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode.CONCURRENCY
    )
    create_if_missing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slots = self.slots

        names = self.names

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        create_if_missing: bool | None | Unset
        if isinstance(self.create_if_missing, Unset):
            create_if_missing = UNSET
        else:
            create_if_missing = self.create_if_missing

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
        if create_if_missing is not UNSET:
            field_dict["create_if_missing"] = create_if_missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slots = d.pop("slots")

        names = cast(list[str], d.pop("names"))

        _mode = d.pop("mode", UNSET)
        mode: BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode(
                _mode
            )

        def _parse_create_if_missing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        create_if_missing = _parse_create_if_missing(d.pop("create_if_missing", UNSET))

        body_bulk_increment_active_slots_v2_concurrency_limits_increment_post = cls(
            slots=slots,
            names=names,
            mode=mode,
            create_if_missing=create_if_missing,
        )

        body_bulk_increment_active_slots_v2_concurrency_limits_increment_post.additional_properties = d
        return body_bulk_increment_active_slots_v2_concurrency_limits_increment_post

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
