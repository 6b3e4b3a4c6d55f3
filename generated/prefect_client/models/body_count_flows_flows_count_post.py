from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.work_pool_filter import WorkPoolFilter


T = TypeVar("T", bound="BodyCountFlowsFlowsCountPost")


@_attrs_define
class BodyCountFlowsFlowsCountPost:
    """
    Attributes:
        flows (FlowFilter | Unset): Filter for flows. Only flows matching all criteria will be returned.
        flow_runs (FlowRunFilter | Unset): Filter flow runs. Only flow runs matching all criteria will be returned
        task_runs (TaskRunFilter | Unset): Filter task runs. Only task runs matching all criteria will be returned
        deployments (DeploymentFilter | Unset): Filter for deployments. Only deployments matching all criteria will be
            returned.
        work_pools (WorkPoolFilter | Unset): Filter work pools. Only work pools matching all criteria will be returned
    """

    flows: FlowFilter | Unset = UNSET
    flow_runs: FlowRunFilter | Unset = UNSET
    task_runs: TaskRunFilter | Unset = UNSET
    deployments: DeploymentFilter | Unset = UNSET
    work_pools: WorkPoolFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = self.flows.to_dict()

        flow_runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_runs, Unset):
            flow_runs = self.flow_runs.to_dict()

        task_runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_runs, Unset):
            task_runs = self.task_runs.to_dict()

        deployments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = self.deployments.to_dict()

        work_pools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_pools, Unset):
            work_pools = self.work_pools.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flows is not UNSET:
            field_dict["flows"] = flows
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs
        if task_runs is not UNSET:
            field_dict["task_runs"] = task_runs
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if work_pools is not UNSET:
            field_dict["work_pools"] = work_pools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_filter import DeploymentFilter
        from ..models.flow_filter import FlowFilter
        from ..models.flow_run_filter import FlowRunFilter
        from ..models.task_run_filter import TaskRunFilter
        from ..models.work_pool_filter import WorkPoolFilter

        d = dict(src_dict)
        _flows = d.pop("flows", UNSET)
        flows: FlowFilter | Unset
        if isinstance(_flows, Unset):
            flows = UNSET
        else:
            flows = FlowFilter.from_dict(_flows)

        _flow_runs = d.pop("flow_runs", UNSET)
        flow_runs: FlowRunFilter | Unset
        if isinstance(_flow_runs, Unset):
            flow_runs = UNSET
        else:
            flow_runs = FlowRunFilter.from_dict(_flow_runs)

        _task_runs = d.pop("task_runs", UNSET)
        task_runs: TaskRunFilter | Unset
        if isinstance(_task_runs, Unset):
            task_runs = UNSET
        else:
            task_runs = TaskRunFilter.from_dict(_task_runs)

        _deployments = d.pop("deployments", UNSET)
        deployments: DeploymentFilter | Unset
        if isinstance(_deployments, Unset):
            deployments = UNSET
        else:
            deployments = DeploymentFilter.from_dict(_deployments)

        _work_pools = d.pop("work_pools", UNSET)
        work_pools: WorkPoolFilter | Unset
        if isinstance(_work_pools, Unset):
            work_pools = UNSET
        else:
            work_pools = WorkPoolFilter.from_dict(_work_pools)

        body_count_flows_flows_count_post = cls(
            flows=flows,
            flow_runs=flow_runs,
            task_runs=task_runs,
            deployments=deployments,
            work_pools=work_pools,
        )

        body_count_flows_flows_count_post.additional_properties = d
        return body_count_flows_flows_count_post

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
