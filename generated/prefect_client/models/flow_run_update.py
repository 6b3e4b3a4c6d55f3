from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.flow_run_update_job_variables_type_0 import (
        FlowRunUpdateJobVariablesType0,
    )
    from ..models.flow_run_update_parameters import FlowRunUpdateParameters


T = TypeVar("T", bound="FlowRunUpdate")


@_attrs_define
class FlowRunUpdate:
    """Data used by the Prefect REST API to update a flow run.

    Attributes:
        name (None | str | Unset):
        flow_version (None | str | Unset):
        parameters (FlowRunUpdateParameters | Unset):
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        tags (list[str] | Unset):
        infrastructure_pid (None | str | Unset):
        job_variables (FlowRunUpdateJobVariablesType0 | None | Unset):
    """

    name: None | str | Unset = UNSET
    flow_version: None | str | Unset = UNSET
    parameters: FlowRunUpdateParameters | Unset = UNSET
    empirical_policy: FlowRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    infrastructure_pid: None | str | Unset = UNSET
    job_variables: FlowRunUpdateJobVariablesType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_update_job_variables_type_0 import (
            FlowRunUpdateJobVariablesType0,
        )

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        flow_version: None | str | Unset
        if isinstance(self.flow_version, Unset):
            flow_version = UNSET
        else:
            flow_version = self.flow_version

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        infrastructure_pid: None | str | Unset
        if isinstance(self.infrastructure_pid, Unset):
            infrastructure_pid = UNSET
        else:
            infrastructure_pid = self.infrastructure_pid

        job_variables: dict[str, Any] | None | Unset
        if isinstance(self.job_variables, Unset):
            job_variables = UNSET
        elif isinstance(self.job_variables, FlowRunUpdateJobVariablesType0):
            job_variables = self.job_variables.to_dict()
        else:
            job_variables = self.job_variables

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if flow_version is not UNSET:
            field_dict["flow_version"] = flow_version
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if infrastructure_pid is not UNSET:
            field_dict["infrastructure_pid"] = infrastructure_pid
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_run_policy import FlowRunPolicy
        from ..models.flow_run_update_job_variables_type_0 import (
            FlowRunUpdateJobVariablesType0,
        )
        from ..models.flow_run_update_parameters import FlowRunUpdateParameters

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_flow_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_version = _parse_flow_version(d.pop("flow_version", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: FlowRunUpdateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FlowRunUpdateParameters.from_dict(_parameters)

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: FlowRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = FlowRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_infrastructure_pid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        infrastructure_pid = _parse_infrastructure_pid(
            d.pop("infrastructure_pid", UNSET)
        )

        def _parse_job_variables(
            data: object,
        ) -> FlowRunUpdateJobVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_variables_type_0 = FlowRunUpdateJobVariablesType0.from_dict(data)

                return job_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunUpdateJobVariablesType0 | None | Unset, data)

        job_variables = _parse_job_variables(d.pop("job_variables", UNSET))

        flow_run_update = cls(
            name=name,
            flow_version=flow_version,
            parameters=parameters,
            empirical_policy=empirical_policy,
            tags=tags,
            infrastructure_pid=infrastructure_pid,
            job_variables=job_variables,
        )

        return flow_run_update
