from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.created_by import CreatedBy
    from ..models.flow_run_context import FlowRunContext
    from ..models.flow_run_job_variables_type_0 import FlowRunJobVariablesType0
    from ..models.flow_run_labels_type_0 import FlowRunLabelsType0
    from ..models.flow_run_parameters import FlowRunParameters
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.state import State


T = TypeVar("T", bound="FlowRun")


@_attrs_define
class FlowRun:
    """An ORM representation of flow run data.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        flow_id (UUID): The id of the flow being run.
        name (str | Unset): The name of the flow run. Defaults to a random slug if not specified.
        state_id (None | Unset | UUID): The id of the flow run's current state.
        deployment_id (None | Unset | UUID): The id of the deployment associated with this flow run, if available.
        deployment_version (None | str | Unset): The version of the deployment associated with this flow run.
        work_queue_name (None | str | Unset): The work queue that handled this flow run.
        flow_version (None | str | Unset): The version of the flow executed in this flow run.
        parameters (FlowRunParameters | Unset): Parameters for the flow run.
        idempotency_key (None | str | Unset): An optional idempotency key for the flow run. Used to ensure the same flow
            run is not created multiple times.
        context (FlowRunContext | Unset): Additional context for the flow run.
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        tags (list[str] | Unset): A list of tags on the flow run
        labels (FlowRunLabelsType0 | None | Unset): A dictionary of key-value labels. Values can be strings, numbers, or
            booleans.
        parent_task_run_id (None | Unset | UUID): If the flow run is a subflow, the id of the 'dummy' task in the parent
            flow used to track subflow state.
        state_type (None | StateType | Unset): The type of the current flow run state.
        state_name (None | str | Unset): The name of the current flow run state.
        run_count (int | Unset): The number of times the flow run was executed. Default: 0.
        expected_start_time (datetime.datetime | None | Unset): The flow run's expected start time.
        next_scheduled_start_time (datetime.datetime | None | Unset): The next time the flow run is scheduled to start.
        start_time (datetime.datetime | None | Unset): The actual start time.
        end_time (datetime.datetime | None | Unset): The actual end time.
        total_run_time (float | Unset): Total run time. If the flow run was executed multiple times, the time of each
            run will be summed. Default: 0.0.
        estimated_run_time (float | Unset): A real-time estimate of the total run time. Default: 0.0.
        estimated_start_time_delta (float | Unset): The difference between actual and expected start time. Default: 0.0.
        auto_scheduled (bool | Unset): Whether or not the flow run was automatically scheduled. Default: False.
        infrastructure_document_id (None | Unset | UUID): The block document defining infrastructure to use this flow
            run.
        infrastructure_pid (None | str | Unset): The id of the flow run as returned by an infrastructure block.
        created_by (CreatedBy | None | Unset): Optional information about the creator of this flow run.
        work_queue_id (None | Unset | UUID): The id of the run's work pool queue.
        state (None | State | Unset): The current state of the flow run.
        job_variables (FlowRunJobVariablesType0 | None | Unset): Variables used as overrides in the base job template
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    flow_id: UUID
    name: str | Unset = UNSET
    state_id: None | Unset | UUID = UNSET
    deployment_id: None | Unset | UUID = UNSET
    deployment_version: None | str | Unset = UNSET
    work_queue_name: None | str | Unset = UNSET
    flow_version: None | str | Unset = UNSET
    parameters: FlowRunParameters | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    context: FlowRunContext | Unset = UNSET
    empirical_policy: FlowRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: FlowRunLabelsType0 | None | Unset = UNSET
    parent_task_run_id: None | Unset | UUID = UNSET
    state_type: None | StateType | Unset = UNSET
    state_name: None | str | Unset = UNSET
    run_count: int | Unset = 0
    expected_start_time: datetime.datetime | None | Unset = UNSET
    next_scheduled_start_time: datetime.datetime | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    total_run_time: float | Unset = 0.0
    estimated_run_time: float | Unset = 0.0
    estimated_start_time_delta: float | Unset = 0.0
    auto_scheduled: bool | Unset = False
    infrastructure_document_id: None | Unset | UUID = UNSET
    infrastructure_pid: None | str | Unset = UNSET
    created_by: CreatedBy | None | Unset = UNSET
    work_queue_id: None | Unset | UUID = UNSET
    state: None | State | Unset = UNSET
    job_variables: FlowRunJobVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.created_by import CreatedBy
        from ..models.flow_run_job_variables_type_0 import FlowRunJobVariablesType0
        from ..models.flow_run_labels_type_0 import FlowRunLabelsType0
        from ..models.state import State

        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        flow_id = str(self.flow_id)

        name = self.name

        state_id: None | str | Unset
        if isinstance(self.state_id, Unset):
            state_id = UNSET
        elif isinstance(self.state_id, UUID):
            state_id = str(self.state_id)
        else:
            state_id = self.state_id

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        deployment_version: None | str | Unset
        if isinstance(self.deployment_version, Unset):
            deployment_version = UNSET
        else:
            deployment_version = self.deployment_version

        work_queue_name: None | str | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        else:
            work_queue_name = self.work_queue_name

        flow_version: None | str | Unset
        if isinstance(self.flow_version, Unset):
            flow_version = UNSET
        else:
            flow_version = self.flow_version

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, FlowRunLabelsType0):
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

        state_type: None | str | Unset
        if isinstance(self.state_type, Unset):
            state_type = UNSET
        elif isinstance(self.state_type, StateType):
            state_type = self.state_type.value
        else:
            state_type = self.state_type

        state_name: None | str | Unset
        if isinstance(self.state_name, Unset):
            state_name = UNSET
        else:
            state_name = self.state_name

        run_count = self.run_count

        expected_start_time: None | str | Unset
        if isinstance(self.expected_start_time, Unset):
            expected_start_time = UNSET
        elif isinstance(self.expected_start_time, datetime.datetime):
            expected_start_time = self.expected_start_time.isoformat()
        else:
            expected_start_time = self.expected_start_time

        next_scheduled_start_time: None | str | Unset
        if isinstance(self.next_scheduled_start_time, Unset):
            next_scheduled_start_time = UNSET
        elif isinstance(self.next_scheduled_start_time, datetime.datetime):
            next_scheduled_start_time = self.next_scheduled_start_time.isoformat()
        else:
            next_scheduled_start_time = self.next_scheduled_start_time

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        total_run_time = self.total_run_time

        estimated_run_time = self.estimated_run_time

        estimated_start_time_delta = self.estimated_start_time_delta

        auto_scheduled = self.auto_scheduled

        infrastructure_document_id: None | str | Unset
        if isinstance(self.infrastructure_document_id, Unset):
            infrastructure_document_id = UNSET
        elif isinstance(self.infrastructure_document_id, UUID):
            infrastructure_document_id = str(self.infrastructure_document_id)
        else:
            infrastructure_document_id = self.infrastructure_document_id

        infrastructure_pid: None | str | Unset
        if isinstance(self.infrastructure_pid, Unset):
            infrastructure_pid = UNSET
        else:
            infrastructure_pid = self.infrastructure_pid

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, CreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        work_queue_id: None | str | Unset
        if isinstance(self.work_queue_id, Unset):
            work_queue_id = UNSET
        elif isinstance(self.work_queue_id, UUID):
            work_queue_id = str(self.work_queue_id)
        else:
            work_queue_id = self.work_queue_id

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, State):
            state = self.state.to_dict()
        else:
            state = self.state

        job_variables: dict[str, Any] | None | Unset
        if isinstance(self.job_variables, Unset):
            job_variables = UNSET
        elif isinstance(self.job_variables, FlowRunJobVariablesType0):
            job_variables = self.job_variables.to_dict()
        else:
            job_variables = self.job_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "flow_id": flow_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if state_id is not UNSET:
            field_dict["state_id"] = state_id
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if deployment_version is not UNSET:
            field_dict["deployment_version"] = deployment_version
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if flow_version is not UNSET:
            field_dict["flow_version"] = flow_version
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if context is not UNSET:
            field_dict["context"] = context
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if parent_task_run_id is not UNSET:
            field_dict["parent_task_run_id"] = parent_task_run_id
        if state_type is not UNSET:
            field_dict["state_type"] = state_type
        if state_name is not UNSET:
            field_dict["state_name"] = state_name
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if expected_start_time is not UNSET:
            field_dict["expected_start_time"] = expected_start_time
        if next_scheduled_start_time is not UNSET:
            field_dict["next_scheduled_start_time"] = next_scheduled_start_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if total_run_time is not UNSET:
            field_dict["total_run_time"] = total_run_time
        if estimated_run_time is not UNSET:
            field_dict["estimated_run_time"] = estimated_run_time
        if estimated_start_time_delta is not UNSET:
            field_dict["estimated_start_time_delta"] = estimated_start_time_delta
        if auto_scheduled is not UNSET:
            field_dict["auto_scheduled"] = auto_scheduled
        if infrastructure_document_id is not UNSET:
            field_dict["infrastructure_document_id"] = infrastructure_document_id
        if infrastructure_pid is not UNSET:
            field_dict["infrastructure_pid"] = infrastructure_pid
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if work_queue_id is not UNSET:
            field_dict["work_queue_id"] = work_queue_id
        if state is not UNSET:
            field_dict["state"] = state
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.created_by import CreatedBy
        from ..models.flow_run_context import FlowRunContext
        from ..models.flow_run_job_variables_type_0 import FlowRunJobVariablesType0
        from ..models.flow_run_labels_type_0 import FlowRunLabelsType0
        from ..models.flow_run_parameters import FlowRunParameters
        from ..models.flow_run_policy import FlowRunPolicy
        from ..models.state import State

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        flow_id = UUID(d.pop("flow_id"))

        name = d.pop("name", UNSET)

        def _parse_state_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_id_type_0 = UUID(data)

                return state_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        state_id = _parse_state_id(d.pop("state_id", UNSET))

        def _parse_deployment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployment_id_type_0 = UUID(data)

                return deployment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        deployment_id = _parse_deployment_id(d.pop("deployment_id", UNSET))

        def _parse_deployment_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deployment_version = _parse_deployment_version(
            d.pop("deployment_version", UNSET)
        )

        def _parse_work_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

        def _parse_flow_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_version = _parse_flow_version(d.pop("flow_version", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: FlowRunParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FlowRunParameters.from_dict(_parameters)

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        _context = d.pop("context", UNSET)
        context: FlowRunContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = FlowRunContext.from_dict(_context)

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: FlowRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = FlowRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(data: object) -> FlowRunLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = FlowRunLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunLabelsType0 | None | Unset, data)

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

        def _parse_state_type(data: object) -> None | StateType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_type_0 = StateType(data)

                return state_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateType | Unset, data)

        state_type = _parse_state_type(d.pop("state_type", UNSET))

        def _parse_state_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_name = _parse_state_name(d.pop("state_name", UNSET))

        run_count = d.pop("run_count", UNSET)

        def _parse_expected_start_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return expected_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_start_time = _parse_expected_start_time(
            d.pop("expected_start_time", UNSET)
        )

        def _parse_next_scheduled_start_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_scheduled_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return next_scheduled_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_scheduled_start_time = _parse_next_scheduled_start_time(
            d.pop("next_scheduled_start_time", UNSET)
        )

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        total_run_time = d.pop("total_run_time", UNSET)

        estimated_run_time = d.pop("estimated_run_time", UNSET)

        estimated_start_time_delta = d.pop("estimated_start_time_delta", UNSET)

        auto_scheduled = d.pop("auto_scheduled", UNSET)

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

        def _parse_infrastructure_pid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        infrastructure_pid = _parse_infrastructure_pid(
            d.pop("infrastructure_pid", UNSET)
        )

        def _parse_created_by(data: object) -> CreatedBy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = CreatedBy.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreatedBy | None | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_work_queue_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_queue_id_type_0 = UUID(data)

                return work_queue_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        work_queue_id = _parse_work_queue_id(d.pop("work_queue_id", UNSET))

        def _parse_state(data: object) -> None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = State.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_job_variables(
            data: object,
        ) -> FlowRunJobVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_variables_type_0 = FlowRunJobVariablesType0.from_dict(data)

                return job_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunJobVariablesType0 | None | Unset, data)

        job_variables = _parse_job_variables(d.pop("job_variables", UNSET))

        flow_run = cls(
            id=id,
            created=created,
            updated=updated,
            flow_id=flow_id,
            name=name,
            state_id=state_id,
            deployment_id=deployment_id,
            deployment_version=deployment_version,
            work_queue_name=work_queue_name,
            flow_version=flow_version,
            parameters=parameters,
            idempotency_key=idempotency_key,
            context=context,
            empirical_policy=empirical_policy,
            tags=tags,
            labels=labels,
            parent_task_run_id=parent_task_run_id,
            state_type=state_type,
            state_name=state_name,
            run_count=run_count,
            expected_start_time=expected_start_time,
            next_scheduled_start_time=next_scheduled_start_time,
            start_time=start_time,
            end_time=end_time,
            total_run_time=total_run_time,
            estimated_run_time=estimated_run_time,
            estimated_start_time_delta=estimated_start_time_delta,
            auto_scheduled=auto_scheduled,
            infrastructure_document_id=infrastructure_document_id,
            infrastructure_pid=infrastructure_pid,
            created_by=created_by,
            work_queue_id=work_queue_id,
            state=state,
            job_variables=job_variables,
        )

        flow_run.additional_properties = d
        return flow_run

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
