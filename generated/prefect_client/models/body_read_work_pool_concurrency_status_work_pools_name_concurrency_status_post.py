from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost"
)


@_attrs_define
class BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost:
    """
    Attributes:
        page (int | Unset):  Default: 1.
        flow_run_limit (int | Unset): Max flow runs per queue Default: 10.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    page: int | Unset = 1
    flow_run_limit: int | Unset = 10
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        flow_run_limit = self.flow_run_limit

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if flow_run_limit is not UNSET:
            field_dict["flow_run_limit"] = flow_run_limit
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        flow_run_limit = d.pop("flow_run_limit", UNSET)

        limit = d.pop("limit", UNSET)

        body_read_work_pool_concurrency_status_work_pools_name_concurrency_status_post = cls(
            page=page,
            flow_run_limit=flow_run_limit,
            limit=limit,
        )

        body_read_work_pool_concurrency_status_work_pools_name_concurrency_status_post.additional_properties = d
        return body_read_work_pool_concurrency_status_work_pools_name_concurrency_status_post

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
