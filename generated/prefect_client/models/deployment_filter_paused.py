from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentFilterPaused")


@_attrs_define
class DeploymentFilterPaused:
    """Filter by `Deployment.paused`.

    Attributes:
        eq (bool | None | Unset): Only returns where deployment is/is not paused
    """

    eq: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: bool | None | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        else:
            eq = self.eq

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq_"] = eq

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_eq(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        eq = _parse_eq(d.pop("eq_", UNSET))

        deployment_filter_paused = cls(
            eq=eq,
        )

        return deployment_filter_paused
