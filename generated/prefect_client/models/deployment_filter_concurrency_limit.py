from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentFilterConcurrencyLimit")


@_attrs_define
class DeploymentFilterConcurrencyLimit:
    """DEPRECATED: Prefer `Deployment.concurrency_limit_id` over `Deployment.concurrency_limit`.

    Attributes:
        ge (int | None | Unset): Only include deployments with a concurrency limit greater than or equal to this value
        le (int | None | Unset): Only include deployments with a concurrency limit less than or equal to this value
        is_null (bool | None | Unset): If true, only include deployments without a concurrency limit
    """

    ge: int | None | Unset = UNSET
    le: int | None | Unset = UNSET
    is_null: bool | None | Unset = UNSET

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

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ge is not UNSET:
            field_dict["ge_"] = ge
        if le is not UNSET:
            field_dict["le_"] = le
        if is_null is not UNSET:
            field_dict["is_null_"] = is_null

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

        def _parse_is_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_null = _parse_is_null(d.pop("is_null_", UNSET))

        deployment_filter_concurrency_limit = cls(
            ge=ge,
            le=le,
            is_null=is_null,
        )

        return deployment_filter_concurrency_limit
