from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.work_pool_filter import WorkPoolFilter
    from ..models.work_queue_filter import WorkQueueFilter


T = TypeVar("T", bound="BodyCountDeploymentsDeploymentsCountPost")


@_attrs_define
class BodyCountDeploymentsDeploymentsCountPost:
    """
    Attributes:
        flows (FlowFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        task_runs (None | TaskRunFilter | Unset):
        deployments (DeploymentFilter | None | Unset):
        work_pools (None | Unset | WorkPoolFilter):
        work_pool_queues (None | Unset | WorkQueueFilter):
    """

    flows: FlowFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    task_runs: None | TaskRunFilter | Unset = UNSET
    deployments: DeploymentFilter | None | Unset = UNSET
    work_pools: None | Unset | WorkPoolFilter = UNSET
    work_pool_queues: None | Unset | WorkQueueFilter = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_filter import DeploymentFilter
        from ..models.flow_filter import FlowFilter
        from ..models.flow_run_filter import FlowRunFilter
        from ..models.task_run_filter import TaskRunFilter
        from ..models.work_pool_filter import WorkPoolFilter
        from ..models.work_queue_filter import WorkQueueFilter

        flows: dict[str, Any] | None | Unset
        if isinstance(self.flows, Unset):
            flows = UNSET
        elif isinstance(self.flows, FlowFilter):
            flows = self.flows.to_dict()
        else:
            flows = self.flows

        flow_runs: dict[str, Any] | None | Unset
        if isinstance(self.flow_runs, Unset):
            flow_runs = UNSET
        elif isinstance(self.flow_runs, FlowRunFilter):
            flow_runs = self.flow_runs.to_dict()
        else:
            flow_runs = self.flow_runs

        task_runs: dict[str, Any] | None | Unset
        if isinstance(self.task_runs, Unset):
            task_runs = UNSET
        elif isinstance(self.task_runs, TaskRunFilter):
            task_runs = self.task_runs.to_dict()
        else:
            task_runs = self.task_runs

        deployments: dict[str, Any] | None | Unset
        if isinstance(self.deployments, Unset):
            deployments = UNSET
        elif isinstance(self.deployments, DeploymentFilter):
            deployments = self.deployments.to_dict()
        else:
            deployments = self.deployments

        work_pools: dict[str, Any] | None | Unset
        if isinstance(self.work_pools, Unset):
            work_pools = UNSET
        elif isinstance(self.work_pools, WorkPoolFilter):
            work_pools = self.work_pools.to_dict()
        else:
            work_pools = self.work_pools

        work_pool_queues: dict[str, Any] | None | Unset
        if isinstance(self.work_pool_queues, Unset):
            work_pool_queues = UNSET
        elif isinstance(self.work_pool_queues, WorkQueueFilter):
            work_pool_queues = self.work_pool_queues.to_dict()
        else:
            work_pool_queues = self.work_pool_queues

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
        if work_pool_queues is not UNSET:
            field_dict["work_pool_queues"] = work_pool_queues

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_filter import DeploymentFilter
        from ..models.flow_filter import FlowFilter
        from ..models.flow_run_filter import FlowRunFilter
        from ..models.task_run_filter import TaskRunFilter
        from ..models.work_pool_filter import WorkPoolFilter
        from ..models.work_queue_filter import WorkQueueFilter

        d = dict(src_dict)

        def _parse_flows(data: object) -> FlowFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flows_type_0 = FlowFilter.from_dict(data)

                return flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilter | None | Unset, data)

        flows = _parse_flows(d.pop("flows", UNSET))

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

        def _parse_task_runs(data: object) -> None | TaskRunFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_runs_type_0 = TaskRunFilter.from_dict(data)

                return task_runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilter | Unset, data)

        task_runs = _parse_task_runs(d.pop("task_runs", UNSET))

        def _parse_deployments(data: object) -> DeploymentFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployments_type_0 = DeploymentFilter.from_dict(data)

                return deployments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilter | None | Unset, data)

        deployments = _parse_deployments(d.pop("deployments", UNSET))

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

        def _parse_work_pool_queues(data: object) -> None | Unset | WorkQueueFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_pool_queues_type_0 = WorkQueueFilter.from_dict(data)

                return work_pool_queues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkQueueFilter, data)

        work_pool_queues = _parse_work_pool_queues(d.pop("work_pool_queues", UNSET))

        body_count_deployments_deployments_count_post = cls(
            flows=flows,
            flow_runs=flow_runs,
            task_runs=task_runs,
            deployments=deployments,
            work_pools=work_pools,
            work_pool_queues=work_pool_queues,
        )

        body_count_deployments_deployments_count_post.additional_properties = d
        return body_count_deployments_deployments_count_post

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
