from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_flow_run_create_context import (
        DeploymentFlowRunCreateContext,
    )
    from ..models.deployment_flow_run_create_job_variables_type_0 import (
        DeploymentFlowRunCreateJobVariablesType0,
    )
    from ..models.deployment_flow_run_create_labels_type_0 import (
        DeploymentFlowRunCreateLabelsType0,
    )
    from ..models.deployment_flow_run_create_parameters import (
        DeploymentFlowRunCreateParameters,
    )
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.state_create import StateCreate


T = TypeVar("T", bound="DeploymentFlowRunCreate")


@_attrs_define
class DeploymentFlowRunCreate:
    """Data used by the Prefect REST API to create a flow run from a deployment.

    Attributes:
        state (None | StateCreate | Unset): The state of the flow run to create
        name (str | Unset): The name of the flow run. Defaults to a random slug if not specified.
        parameters (DeploymentFlowRunCreateParameters | Unset):
        enforce_parameter_schema (bool | None | Unset): Whether or not to enforce the parameter schema on this run.
        context (DeploymentFlowRunCreateContext | Unset):
        infrastructure_document_id (None | Unset | UUID):
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        tags (list[str] | Unset): A list of tags for the flow run.
        idempotency_key (None | str | Unset): An optional idempotency key. If a flow run with the same idempotency key
            has already been created, the existing flow run will be returned.
        labels (DeploymentFlowRunCreateLabelsType0 | None | Unset): A dictionary of key-value labels. Values can be
            strings, numbers, or booleans.
        parent_task_run_id (None | Unset | UUID):
        work_queue_name (None | str | Unset):
        job_variables (DeploymentFlowRunCreateJobVariablesType0 | None | Unset):
    """

    state: None | StateCreate | Unset = UNSET
    name: str | Unset = UNSET
    parameters: DeploymentFlowRunCreateParameters | Unset = UNSET
    enforce_parameter_schema: bool | None | Unset = UNSET
    context: DeploymentFlowRunCreateContext | Unset = UNSET
    infrastructure_document_id: None | Unset | UUID = UNSET
    empirical_policy: FlowRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    labels: DeploymentFlowRunCreateLabelsType0 | None | Unset = UNSET
    parent_task_run_id: None | Unset | UUID = UNSET
    work_queue_name: None | str | Unset = UNSET
    job_variables: DeploymentFlowRunCreateJobVariablesType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_flow_run_create_job_variables_type_0 import (
            DeploymentFlowRunCreateJobVariablesType0,
        )
        from ..models.deployment_flow_run_create_labels_type_0 import (
            DeploymentFlowRunCreateLabelsType0,
        )
        from ..models.state_create import StateCreate

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, StateCreate):
            state = self.state.to_dict()
        else:
            state = self.state

        name = self.name

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        enforce_parameter_schema: bool | None | Unset
        if isinstance(self.enforce_parameter_schema, Unset):
            enforce_parameter_schema = UNSET
        else:
            enforce_parameter_schema = self.enforce_parameter_schema

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        infrastructure_document_id: None | str | Unset
        if isinstance(self.infrastructure_document_id, Unset):
            infrastructure_document_id = UNSET
        elif isinstance(self.infrastructure_document_id, UUID):
            infrastructure_document_id = str(self.infrastructure_document_id)
        else:
            infrastructure_document_id = self.infrastructure_document_id

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, DeploymentFlowRunCreateLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        parent_task_run_id: None | str | Unset
        if isinstance(self.parent_task_run_id, Unset):
            parent_task_run_id = UNSET
        elif isinstance(self.parent_task_run_id, UUID):
            parent_task_run_id = str(self.parent_task_run_id)
        else:
            parent_task_run_id = self.parent_task_run_id

        work_queue_name: None | str | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        else:
            work_queue_name = self.work_queue_name

        job_variables: dict[str, Any] | None | Unset
        if isinstance(self.job_variables, Unset):
            job_variables = UNSET
        elif isinstance(self.job_variables, DeploymentFlowRunCreateJobVariablesType0):
            job_variables = self.job_variables.to_dict()
        else:
            job_variables = self.job_variables

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if name is not UNSET:
            field_dict["name"] = name
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if enforce_parameter_schema is not UNSET:
            field_dict["enforce_parameter_schema"] = enforce_parameter_schema
        if context is not UNSET:
            field_dict["context"] = context
        if infrastructure_document_id is not UNSET:
            field_dict["infrastructure_document_id"] = infrastructure_document_id
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if labels is not UNSET:
            field_dict["labels"] = labels
        if parent_task_run_id is not UNSET:
            field_dict["parent_task_run_id"] = parent_task_run_id
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_flow_run_create_context import (
            DeploymentFlowRunCreateContext,
        )
        from ..models.deployment_flow_run_create_job_variables_type_0 import (
            DeploymentFlowRunCreateJobVariablesType0,
        )
        from ..models.deployment_flow_run_create_labels_type_0 import (
            DeploymentFlowRunCreateLabelsType0,
        )
        from ..models.deployment_flow_run_create_parameters import (
            DeploymentFlowRunCreateParameters,
        )
        from ..models.flow_run_policy import FlowRunPolicy
        from ..models.state_create import StateCreate

        d = dict(src_dict)

        def _parse_state(data: object) -> None | StateCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = StateCreate.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateCreate | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        name = d.pop("name", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: DeploymentFlowRunCreateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DeploymentFlowRunCreateParameters.from_dict(_parameters)

        def _parse_enforce_parameter_schema(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enforce_parameter_schema = _parse_enforce_parameter_schema(
            d.pop("enforce_parameter_schema", UNSET)
        )

        _context = d.pop("context", UNSET)
        context: DeploymentFlowRunCreateContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = DeploymentFlowRunCreateContext.from_dict(_context)

        def _parse_infrastructure_document_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                infrastructure_document_id_type_0 = UUID(data)

                return infrastructure_document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        infrastructure_document_id = _parse_infrastructure_document_id(
            d.pop("infrastructure_document_id", UNSET)
        )

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: FlowRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = FlowRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_labels(
            data: object,
        ) -> DeploymentFlowRunCreateLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = DeploymentFlowRunCreateLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFlowRunCreateLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_parent_task_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_task_run_id_type_0 = UUID(data)

                return parent_task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_task_run_id = _parse_parent_task_run_id(
            d.pop("parent_task_run_id", UNSET)
        )

        def _parse_work_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

        def _parse_job_variables(
            data: object,
        ) -> DeploymentFlowRunCreateJobVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_variables_type_0 = (
                    DeploymentFlowRunCreateJobVariablesType0.from_dict(data)
                )

                return job_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFlowRunCreateJobVariablesType0 | None | Unset, data)

        job_variables = _parse_job_variables(d.pop("job_variables", UNSET))

        deployment_flow_run_create = cls(
            state=state,
            name=name,
            parameters=parameters,
            enforce_parameter_schema=enforce_parameter_schema,
            context=context,
            infrastructure_document_id=infrastructure_document_id,
            empirical_policy=empirical_policy,
            tags=tags,
            idempotency_key=idempotency_key,
            labels=labels,
            parent_task_run_id=parent_task_run_id,
            work_queue_name=work_queue_name,
            job_variables=job_variables,
        )

        return deployment_flow_run_create
