from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationPartialUpdate")


@_attrs_define
class AutomationPartialUpdate:
    """
    Attributes:
        enabled (bool | Unset): Whether this automation will be evaluated Default: True.
    """

    enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        automation_partial_update = cls(
            enabled=enabled,
        )

        return automation_partial_update
