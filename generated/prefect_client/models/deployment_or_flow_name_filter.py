from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentOrFlowNameFilter")


@_attrs_define
class DeploymentOrFlowNameFilter:
    """Filter by `Deployment.name` or `Flow.name` with a single input string for ilike filtering.

    Attributes:
        like (None | str | Unset): A case-insensitive partial match on deployment or flow names. For example, passing
            'example' might match deployments or flows with 'example' in their names.
    """

    like: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        like: None | str | Unset
        if isinstance(self.like, Unset):
            like = UNSET
        else:
            like = self.like

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if like is not UNSET:
            field_dict["like_"] = like

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_like(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        like = _parse_like(d.pop("like_", UNSET))

        deployment_or_flow_name_filter = cls(
            like=like,
        )

        return deployment_or_flow_name_filter
