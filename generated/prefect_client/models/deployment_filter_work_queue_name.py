from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentFilterWorkQueueName")


@_attrs_define
class DeploymentFilterWorkQueueName:
    """Filter by `Deployment.work_queue_name`.

    Attributes:
        any_ (list[str] | None | Unset): A list of work queue names to include
    """

    any_: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = self.any_

        else:
            any_ = self.any_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_any_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = cast(list[str], data)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        any_ = _parse_any_(d.pop("any_", UNSET))

        deployment_filter_work_queue_name = cls(
            any_=any_,
        )

        return deployment_filter_work_queue_name
