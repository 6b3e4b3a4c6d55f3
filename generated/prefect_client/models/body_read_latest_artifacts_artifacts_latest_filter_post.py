from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.artifact_collection_sort import ArtifactCollectionSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_collection_filter import ArtifactCollectionFilter
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter


T = TypeVar("T", bound="BodyReadLatestArtifactsArtifactsLatestFilterPost")


@_attrs_define
class BodyReadLatestArtifactsArtifactsLatestFilterPost:
    """
    Attributes:
        sort (ArtifactCollectionSort | Unset): Defines artifact collection sorting options.
        offset (int | Unset):  Default: 0.
        artifacts (ArtifactCollectionFilter | Unset): Filter artifact collections. Only artifact collections matching
            all criteria will be returned
        flow_runs (FlowRunFilter | Unset): Filter flow runs. Only flow runs matching all criteria will be returned
        task_runs (TaskRunFilter | Unset): Filter task runs. Only task runs matching all criteria will be returned
        flows (FlowFilter | Unset): Filter for flows. Only flows matching all criteria will be returned.
        deployments (DeploymentFilter | Unset): Filter for deployments. Only deployments matching all criteria will be
            returned.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: ArtifactCollectionSort | Unset = UNSET
    offset: int | Unset = 0
    artifacts: ArtifactCollectionFilter | Unset = UNSET
    flow_runs: FlowRunFilter | Unset = UNSET
    task_runs: TaskRunFilter | Unset = UNSET
    flows: FlowFilter | Unset = UNSET
    deployments: DeploymentFilter | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        offset = self.offset

        artifacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = self.artifacts.to_dict()

        flow_runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_runs, Unset):
            flow_runs = self.flow_runs.to_dict()

        task_runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_runs, Unset):
            task_runs = self.task_runs.to_dict()

        flows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = self.flows.to_dict()

        deployments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = self.deployments.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort is not UNSET:
            field_dict["sort"] = sort
        if offset is not UNSET:
            field_dict["offset"] = offset
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs
        if task_runs is not UNSET:
            field_dict["task_runs"] = task_runs
        if flows is not UNSET:
            field_dict["flows"] = flows
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_collection_filter import ArtifactCollectionFilter
        from ..models.deployment_filter import DeploymentFilter
        from ..models.flow_filter import FlowFilter
        from ..models.flow_run_filter import FlowRunFilter
        from ..models.task_run_filter import TaskRunFilter

        d = dict(src_dict)
        _sort = d.pop("sort", UNSET)
        sort: ArtifactCollectionSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = ArtifactCollectionSort(_sort)

        offset = d.pop("offset", UNSET)

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: ArtifactCollectionFilter | Unset
        if isinstance(_artifacts, Unset):
            artifacts = UNSET
        else:
            artifacts = ArtifactCollectionFilter.from_dict(_artifacts)

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

        _flows = d.pop("flows", UNSET)
        flows: FlowFilter | Unset
        if isinstance(_flows, Unset):
            flows = UNSET
        else:
            flows = FlowFilter.from_dict(_flows)

        _deployments = d.pop("deployments", UNSET)
        deployments: DeploymentFilter | Unset
        if isinstance(_deployments, Unset):
            deployments = UNSET
        else:
            deployments = DeploymentFilter.from_dict(_deployments)

        limit = d.pop("limit", UNSET)

        body_read_latest_artifacts_artifacts_latest_filter_post = cls(
            sort=sort,
            offset=offset,
            artifacts=artifacts,
            flow_runs=flow_runs,
            task_runs=task_runs,
            flows=flows,
            deployments=deployments,
            limit=limit,
        )

        body_read_latest_artifacts_artifacts_latest_filter_post.additional_properties = d
        return body_read_latest_artifacts_artifacts_latest_filter_post

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
