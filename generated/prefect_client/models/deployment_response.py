from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concurrency_options import ConcurrencyOptions
    from ..models.created_by import CreatedBy
    from ..models.deployment_response_job_variables import (
        DeploymentResponseJobVariables,
    )
    from ..models.deployment_response_labels import DeploymentResponseLabels
    from ..models.deployment_response_parameter_openapi_schema_type_0 import (
        DeploymentResponseParameterOpenapiSchemaType0,
    )
    from ..models.deployment_response_parameters import DeploymentResponseParameters
    from ..models.deployment_response_pull_steps_type_0_item import (
        DeploymentResponsePullStepsType0Item,
    )
    from ..models.deployment_schedule import DeploymentSchedule
    from ..models.global_concurrency_limit_response import (
        GlobalConcurrencyLimitResponse,
    )
    from ..models.updated_by import UpdatedBy


T = TypeVar("T", bound="DeploymentResponse")


@_attrs_define
class DeploymentResponse:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): The name of the deployment.
        flow_id (UUID): The flow id associated with the deployment.
        version (None | str | Unset): An optional version for the deployment.
        description (None | str | Unset): A description for the deployment.
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        schedules (list[DeploymentSchedule] | Unset): A list of schedules for the deployment.
        concurrency_limit (int | None | Unset): DEPRECATED: Prefer `global_concurrency_limit`. Will always be None for
            backwards compatibility. Will be removed after December 2024.
        global_concurrency_limit (GlobalConcurrencyLimitResponse | None | Unset): The global concurrency limit object
            for enforcing the maximum number of flow runs that can be active at once.
        concurrency_options (ConcurrencyOptions | None | Unset): The concurrency options for the deployment.
        job_variables (DeploymentResponseJobVariables | Unset): Overrides to apply to the base infrastructure block at
            runtime.
        parameters (DeploymentResponseParameters | Unset): Parameters for flow runs scheduled by the deployment.
        tags (list[str] | Unset): A list of tags for the deployment
        labels (DeploymentResponseLabels | Unset): A dictionary of key-value labels. Values can be strings, numbers, or
            booleans.
        work_queue_name (None | str | Unset): The work queue for the deployment. If no work queue is set, work will not
            be scheduled.
        work_queue_id (None | Unset | UUID): The id of the work pool queue to which this deployment is assigned.
        last_polled (datetime.datetime | None | Unset): The last time the deployment was polled for status updates.
        parameter_openapi_schema (DeploymentResponseParameterOpenapiSchemaType0 | None | Unset): The parameter schema of
            the flow, including defaults.
        path (None | str | Unset): The path to the working directory for the workflow, relative to remote storage or an
            absolute path.
        pull_steps (list[DeploymentResponsePullStepsType0Item] | None | Unset): Pull steps for cloning and running this
            deployment.
        entrypoint (None | str | Unset): The path to the entrypoint for the workflow, relative to the `path`.
        storage_document_id (None | Unset | UUID): The block document defining storage used for this flow.
        infrastructure_document_id (None | Unset | UUID): The block document defining infrastructure to use for flow
            runs.
        created_by (CreatedBy | None | Unset): Optional information about the creator of this deployment.
        updated_by (None | Unset | UpdatedBy): Optional information about the updater of this deployment.
        work_pool_name (None | str | Unset): The name of the deployment's work pool.
        status (DeploymentStatus | None | Unset): Whether the deployment is ready to run flows. Default:
            DeploymentStatus.NOT_READY.
        enforce_parameter_schema (bool | Unset): Whether or not the deployment should enforce the parameter schema.
            Default: True.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    flow_id: UUID
    version: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    paused: bool | Unset = False
    schedules: list[DeploymentSchedule] | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    global_concurrency_limit: GlobalConcurrencyLimitResponse | None | Unset = UNSET
    concurrency_options: ConcurrencyOptions | None | Unset = UNSET
    job_variables: DeploymentResponseJobVariables | Unset = UNSET
    parameters: DeploymentResponseParameters | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: DeploymentResponseLabels | Unset = UNSET
    work_queue_name: None | str | Unset = UNSET
    work_queue_id: None | Unset | UUID = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    parameter_openapi_schema: (
        DeploymentResponseParameterOpenapiSchemaType0 | None | Unset
    ) = UNSET
    path: None | str | Unset = UNSET
    pull_steps: list[DeploymentResponsePullStepsType0Item] | None | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    storage_document_id: None | Unset | UUID = UNSET
    infrastructure_document_id: None | Unset | UUID = UNSET
    created_by: CreatedBy | None | Unset = UNSET
    updated_by: None | Unset | UpdatedBy = UNSET
    work_pool_name: None | str | Unset = UNSET
    status: DeploymentStatus | None | Unset = DeploymentStatus.NOT_READY
    enforce_parameter_schema: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.concurrency_options import ConcurrencyOptions
        from ..models.created_by import CreatedBy
        from ..models.deployment_response_parameter_openapi_schema_type_0 import (
            DeploymentResponseParameterOpenapiSchemaType0,
        )
        from ..models.global_concurrency_limit_response import (
            GlobalConcurrencyLimitResponse,
        )
        from ..models.updated_by import UpdatedBy

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

        name = self.name

        flow_id = str(self.flow_id)

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        paused = self.paused

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        global_concurrency_limit: dict[str, Any] | None | Unset
        if isinstance(self.global_concurrency_limit, Unset):
            global_concurrency_limit = UNSET
        elif isinstance(self.global_concurrency_limit, GlobalConcurrencyLimitResponse):
            global_concurrency_limit = self.global_concurrency_limit.to_dict()
        else:
            global_concurrency_limit = self.global_concurrency_limit

        concurrency_options: dict[str, Any] | None | Unset
        if isinstance(self.concurrency_options, Unset):
            concurrency_options = UNSET
        elif isinstance(self.concurrency_options, ConcurrencyOptions):
            concurrency_options = self.concurrency_options.to_dict()
        else:
            concurrency_options = self.concurrency_options

        job_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_variables, Unset):
            job_variables = self.job_variables.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        work_queue_name: None | str | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        else:
            work_queue_name = self.work_queue_name

        work_queue_id: None | str | Unset
        if isinstance(self.work_queue_id, Unset):
            work_queue_id = UNSET
        elif isinstance(self.work_queue_id, UUID):
            work_queue_id = str(self.work_queue_id)
        else:
            work_queue_id = self.work_queue_id

        last_polled: None | str | Unset
        if isinstance(self.last_polled, Unset):
            last_polled = UNSET
        elif isinstance(self.last_polled, datetime.datetime):
            last_polled = self.last_polled.isoformat()
        else:
            last_polled = self.last_polled

        parameter_openapi_schema: dict[str, Any] | None | Unset
        if isinstance(self.parameter_openapi_schema, Unset):
            parameter_openapi_schema = UNSET
        elif isinstance(
            self.parameter_openapi_schema, DeploymentResponseParameterOpenapiSchemaType0
        ):
            parameter_openapi_schema = self.parameter_openapi_schema.to_dict()
        else:
            parameter_openapi_schema = self.parameter_openapi_schema

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        pull_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.pull_steps, Unset):
            pull_steps = UNSET
        elif isinstance(self.pull_steps, list):
            pull_steps = []
            for pull_steps_type_0_item_data in self.pull_steps:
                pull_steps_type_0_item = pull_steps_type_0_item_data.to_dict()
                pull_steps.append(pull_steps_type_0_item)

        else:
            pull_steps = self.pull_steps

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        storage_document_id: None | str | Unset
        if isinstance(self.storage_document_id, Unset):
            storage_document_id = UNSET
        elif isinstance(self.storage_document_id, UUID):
            storage_document_id = str(self.storage_document_id)
        else:
            storage_document_id = self.storage_document_id

        infrastructure_document_id: None | str | Unset
        if isinstance(self.infrastructure_document_id, Unset):
            infrastructure_document_id = UNSET
        elif isinstance(self.infrastructure_document_id, UUID):
            infrastructure_document_id = str(self.infrastructure_document_id)
        else:
            infrastructure_document_id = self.infrastructure_document_id

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, CreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        updated_by: dict[str, Any] | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, UpdatedBy):
            updated_by = self.updated_by.to_dict()
        else:
            updated_by = self.updated_by

        work_pool_name: None | str | Unset
        if isinstance(self.work_pool_name, Unset):
            work_pool_name = UNSET
        else:
            work_pool_name = self.work_pool_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DeploymentStatus):
            status = self.status.value
        else:
            status = self.status

        enforce_parameter_schema = self.enforce_parameter_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
                "flow_id": flow_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if paused is not UNSET:
            field_dict["paused"] = paused
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if global_concurrency_limit is not UNSET:
            field_dict["global_concurrency_limit"] = global_concurrency_limit
        if concurrency_options is not UNSET:
            field_dict["concurrency_options"] = concurrency_options
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if work_queue_id is not UNSET:
            field_dict["work_queue_id"] = work_queue_id
        if last_polled is not UNSET:
            field_dict["last_polled"] = last_polled
        if parameter_openapi_schema is not UNSET:
            field_dict["parameter_openapi_schema"] = parameter_openapi_schema
        if path is not UNSET:
            field_dict["path"] = path
        if pull_steps is not UNSET:
            field_dict["pull_steps"] = pull_steps
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if storage_document_id is not UNSET:
            field_dict["storage_document_id"] = storage_document_id
        if infrastructure_document_id is not UNSET:
            field_dict["infrastructure_document_id"] = infrastructure_document_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if work_pool_name is not UNSET:
            field_dict["work_pool_name"] = work_pool_name
        if status is not UNSET:
            field_dict["status"] = status
        if enforce_parameter_schema is not UNSET:
            field_dict["enforce_parameter_schema"] = enforce_parameter_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.concurrency_options import ConcurrencyOptions
        from ..models.created_by import CreatedBy
        from ..models.deployment_response_job_variables import (
            DeploymentResponseJobVariables,
        )
        from ..models.deployment_response_labels import DeploymentResponseLabels
        from ..models.deployment_response_parameter_openapi_schema_type_0 import (
            DeploymentResponseParameterOpenapiSchemaType0,
        )
        from ..models.deployment_response_parameters import DeploymentResponseParameters
        from ..models.deployment_response_pull_steps_type_0_item import (
            DeploymentResponsePullStepsType0Item,
        )
        from ..models.deployment_schedule import DeploymentSchedule
        from ..models.global_concurrency_limit_response import (
            GlobalConcurrencyLimitResponse,
        )
        from ..models.updated_by import UpdatedBy

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

        name = d.pop("name")

        flow_id = UUID(d.pop("flow_id"))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        paused = d.pop("paused", UNSET)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[DeploymentSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = DeploymentSchedule.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        def _parse_global_concurrency_limit(
            data: object,
        ) -> GlobalConcurrencyLimitResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                global_concurrency_limit_type_0 = (
                    GlobalConcurrencyLimitResponse.from_dict(data)
                )

                return global_concurrency_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GlobalConcurrencyLimitResponse | None | Unset, data)

        global_concurrency_limit = _parse_global_concurrency_limit(
            d.pop("global_concurrency_limit", UNSET)
        )

        def _parse_concurrency_options(
            data: object,
        ) -> ConcurrencyOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                concurrency_options_type_0 = ConcurrencyOptions.from_dict(data)

                return concurrency_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConcurrencyOptions | None | Unset, data)

        concurrency_options = _parse_concurrency_options(
            d.pop("concurrency_options", UNSET)
        )

        _job_variables = d.pop("job_variables", UNSET)
        job_variables: DeploymentResponseJobVariables | Unset
        if isinstance(_job_variables, Unset):
            job_variables = UNSET
        else:
            job_variables = DeploymentResponseJobVariables.from_dict(_job_variables)

        _parameters = d.pop("parameters", UNSET)
        parameters: DeploymentResponseParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DeploymentResponseParameters.from_dict(_parameters)

        tags = cast(list[str], d.pop("tags", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: DeploymentResponseLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = DeploymentResponseLabels.from_dict(_labels)

        def _parse_work_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

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

        def _parse_last_polled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_polled_type_0 = datetime.datetime.fromisoformat(data)

                return last_polled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_polled = _parse_last_polled(d.pop("last_polled", UNSET))

        def _parse_parameter_openapi_schema(
            data: object,
        ) -> DeploymentResponseParameterOpenapiSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameter_openapi_schema_type_0 = (
                    DeploymentResponseParameterOpenapiSchemaType0.from_dict(data)
                )

                return parameter_openapi_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DeploymentResponseParameterOpenapiSchemaType0 | None | Unset, data
            )

        parameter_openapi_schema = _parse_parameter_openapi_schema(
            d.pop("parameter_openapi_schema", UNSET)
        )

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_pull_steps(
            data: object,
        ) -> list[DeploymentResponsePullStepsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pull_steps_type_0 = []
                _pull_steps_type_0 = data
                for pull_steps_type_0_item_data in _pull_steps_type_0:
                    pull_steps_type_0_item = (
                        DeploymentResponsePullStepsType0Item.from_dict(
                            pull_steps_type_0_item_data
                        )
                    )

                    pull_steps_type_0.append(pull_steps_type_0_item)

                return pull_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeploymentResponsePullStepsType0Item] | None | Unset, data)

        pull_steps = _parse_pull_steps(d.pop("pull_steps", UNSET))

        def _parse_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entrypoint = _parse_entrypoint(d.pop("entrypoint", UNSET))

        def _parse_storage_document_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                storage_document_id_type_0 = UUID(data)

                return storage_document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        storage_document_id = _parse_storage_document_id(
            d.pop("storage_document_id", UNSET)
        )

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

        def _parse_updated_by(data: object) -> None | Unset | UpdatedBy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                updated_by_type_0 = UpdatedBy.from_dict(data)

                return updated_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdatedBy, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        def _parse_work_pool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_pool_name = _parse_work_pool_name(d.pop("work_pool_name", UNSET))

        def _parse_status(data: object) -> DeploymentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeploymentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        enforce_parameter_schema = d.pop("enforce_parameter_schema", UNSET)

        deployment_response = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            flow_id=flow_id,
            version=version,
            description=description,
            paused=paused,
            schedules=schedules,
            concurrency_limit=concurrency_limit,
            global_concurrency_limit=global_concurrency_limit,
            concurrency_options=concurrency_options,
            job_variables=job_variables,
            parameters=parameters,
            tags=tags,
            labels=labels,
            work_queue_name=work_queue_name,
            work_queue_id=work_queue_id,
            last_polled=last_polled,
            parameter_openapi_schema=parameter_openapi_schema,
            path=path,
            pull_steps=pull_steps,
            entrypoint=entrypoint,
            storage_document_id=storage_document_id,
            infrastructure_document_id=infrastructure_document_id,
            created_by=created_by,
            updated_by=updated_by,
            work_pool_name=work_pool_name,
            status=status,
            enforce_parameter_schema=enforce_parameter_schema,
        )

        deployment_response.additional_properties = d
        return deployment_response

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
