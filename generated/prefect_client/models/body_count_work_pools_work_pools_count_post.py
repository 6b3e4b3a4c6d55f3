from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_filter import WorkPoolFilter


T = TypeVar("T", bound="BodyCountWorkPoolsWorkPoolsCountPost")


@_attrs_define
class BodyCountWorkPoolsWorkPoolsCountPost:
    """
    Attributes:
        work_pools (None | Unset | WorkPoolFilter):
    """

    work_pools: None | Unset | WorkPoolFilter = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_pool_filter import WorkPoolFilter

        work_pools: dict[str, Any] | None | Unset
        if isinstance(self.work_pools, Unset):
            work_pools = UNSET
        elif isinstance(self.work_pools, WorkPoolFilter):
            work_pools = self.work_pools.to_dict()
        else:
            work_pools = self.work_pools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_pools is not UNSET:
            field_dict["work_pools"] = work_pools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_pool_filter import WorkPoolFilter

        d = dict(src_dict)

        def _parse_work_pools(data: object) -> None | Unset | WorkPoolFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_pools_type_0 = WorkPoolFilter.from_dict(data)

                return work_pools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolFilter, data)

        work_pools = _parse_work_pools(d.pop("work_pools", UNSET))

        body_count_work_pools_work_pools_count_post = cls(
            work_pools=work_pools,
        )

        body_count_work_pools_work_pools_count_post.additional_properties = d
        return body_count_work_pools_work_pools_count_post

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
