from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyFilterFlowRunInputFlowRunsIdInputFilterPost")


@_attrs_define
class BodyFilterFlowRunInputFlowRunsIdInputFilterPost:
    """
    Attributes:
        prefix (str): The input key prefix
        limit (int | Unset): The maximum number of results to return Default: 1.
        exclude_keys (list[str] | Unset): Exclude inputs with these keys
    """

    prefix: str
    limit: int | Unset = 1
    exclude_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        limit = self.limit

        exclude_keys: list[str] | Unset = UNSET
        if not isinstance(self.exclude_keys, Unset):
            exclude_keys = self.exclude_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if exclude_keys is not UNSET:
            field_dict["exclude_keys"] = exclude_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prefix = d.pop("prefix")

        limit = d.pop("limit", UNSET)

        exclude_keys = cast(list[str], d.pop("exclude_keys", UNSET))

        body_filter_flow_run_input_flow_runs_id_input_filter_post = cls(
            prefix=prefix,
            limit=limit,
            exclude_keys=exclude_keys,
        )

        body_filter_flow_run_input_flow_runs_id_input_filter_post.additional_properties = d
        return body_filter_flow_run_input_flow_runs_id_input_filter_post

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
