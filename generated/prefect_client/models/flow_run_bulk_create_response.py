from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_create_result import FlowRunCreateResult


T = TypeVar("T", bound="FlowRunBulkCreateResponse")


@_attrs_define
class FlowRunBulkCreateResponse:
    """Response from bulk flow run creation.

    Attributes:
        results (list[FlowRunCreateResult] | Unset):
    """

    results: list[FlowRunCreateResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_run_create_result import FlowRunCreateResult

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: list[FlowRunCreateResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = FlowRunCreateResult.from_dict(results_item_data)

                results.append(results_item)

        flow_run_bulk_create_response = cls(
            results=results,
        )

        flow_run_bulk_create_response.additional_properties = d
        return flow_run_bulk_create_response

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
