from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogFilterLevel")


@_attrs_define
class LogFilterLevel:
    """Filter by `Log.level`.

    Attributes:
        ge (int | None | Unset): Include logs with a level greater than or equal to this level
        le (int | None | Unset): Include logs with a level less than or equal to this level
    """

    ge: int | None | Unset = UNSET
    le: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ge: int | None | Unset
        if isinstance(self.ge, Unset):
            ge = UNSET
        else:
            ge = self.ge

        le: int | None | Unset
        if isinstance(self.le, Unset):
            le = UNSET
        else:
            le = self.le

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ge is not UNSET:
            field_dict["ge_"] = ge
        if le is not UNSET:
            field_dict["le_"] = le

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ge(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ge = _parse_ge(d.pop("ge_", UNSET))

        def _parse_le(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        le = _parse_le(d.pop("le_", UNSET))

        log_filter_level = cls(
            ge=ge,
            le=le,
        )

        return log_filter_level
