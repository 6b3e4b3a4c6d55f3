from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.state_create import StateCreate


T = TypeVar("T", bound="BodyBulkSetFlowRunStateFlowRunsBulkSetStatePost")


@_attrs_define
class BodyBulkSetFlowRunStateFlowRunsBulkSetStatePost:
    """
    Attributes:
        state (StateCreate): Data used by the Prefect REST API to create a new state.
        flow_runs (FlowRunFilter | None | Unset): Filter criteria for flow runs to update
        force (bool | Unset): If false, orchestration rules will be applied that may alter or prevent the state
            transition. If True, orchestration rules are not applied. Default: False.
        limit (int | Unset): Maximum number of flow runs to update. Defaults to 50. Default: 50.
    """

    state: StateCreate
    flow_runs: FlowRunFilter | None | Unset = UNSET
    force: bool | Unset = False
    limit: int | Unset = 50
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_filter import FlowRunFilter

        state = self.state.to_dict()

        flow_runs: dict[str, Any] | None | Unset
        if isinstance(self.flow_runs, Unset):
            flow_runs = UNSET
        elif isinstance(self.flow_runs, FlowRunFilter):
            flow_runs = self.flow_runs.to_dict()
        else:
            flow_runs = self.flow_runs

        force = self.force

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs
        if force is not UNSET:
            field_dict["force"] = force
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_run_filter import FlowRunFilter
        from ..models.state_create import StateCreate

        d = dict(src_dict)
        state = StateCreate.from_dict(d.pop("state"))

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

        force = d.pop("force", UNSET)

        limit = d.pop("limit", UNSET)

        body_bulk_set_flow_run_state_flow_runs_bulk_set_state_post = cls(
            state=state,
            flow_runs=flow_runs,
            force=force,
            limit=limit,
        )

        body_bulk_set_flow_run_state_flow_runs_bulk_set_state_post.additional_properties = d
        return body_bulk_set_flow_run_state_flow_runs_bulk_set_state_post

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
