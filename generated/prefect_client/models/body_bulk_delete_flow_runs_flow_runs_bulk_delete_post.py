from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_filter import FlowRunFilter


T = TypeVar("T", bound="BodyBulkDeleteFlowRunsFlowRunsBulkDeletePost")


@_attrs_define
class BodyBulkDeleteFlowRunsFlowRunsBulkDeletePost:
    """
    Attributes:
        flow_runs (FlowRunFilter | None | Unset): Filter criteria for flow runs to delete
        limit (int | Unset): Maximum number of flow runs to delete. Defaults to 50. Default: 50.
    """

    flow_runs: FlowRunFilter | None | Unset = UNSET
    limit: int | Unset = 50
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_filter import FlowRunFilter

        flow_runs: dict[str, Any] | None | Unset
        if isinstance(self.flow_runs, Unset):
            flow_runs = UNSET
        elif isinstance(self.flow_runs, FlowRunFilter):
            flow_runs = self.flow_runs.to_dict()
        else:
            flow_runs = self.flow_runs

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_run_filter import FlowRunFilter

        d = dict(src_dict)

        def _parse_flow_runs(data: object) -> FlowRunFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_runs_type_0 = FlowRunFilter.from_dict(data)

                return flow_runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilter | None | Unset, data)

        flow_runs = _parse_flow_runs(d.pop("flow_runs", UNSET))

        limit = d.pop("limit", UNSET)

        body_bulk_delete_flow_runs_flow_runs_bulk_delete_post = cls(
            flow_runs=flow_runs,
            limit=limit,
        )

        body_bulk_delete_flow_runs_flow_runs_bulk_delete_post.additional_properties = d
        return body_bulk_delete_flow_runs_flow_runs_bulk_delete_post

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
