from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concurrency_options import ConcurrencyOptions
    from ..models.deployment_create_job_variables import DeploymentCreateJobVariables
    from ..models.deployment_create_labels_type_0 import DeploymentCreateLabelsType0
    from ..models.deployment_create_parameter_openapi_schema_type_0 import (
        DeploymentCreateParameterOpenapiSchemaType0,
    )
    from ..models.deployment_create_parameters import DeploymentCreateParameters
    from ..models.deployment_create_pull_steps_type_0_item import (
        DeploymentCreatePullStepsType0Item,
    )
    from ..models.deployment_schedule_create import DeploymentScheduleCreate
    from ..models.version_info import VersionInfo


T = TypeVar("T", bound="DeploymentCreate")


@_attrs_define
class DeploymentCreate:
    """Data used by the Prefect REST API to create a deployment.

    Attributes:
        name (str): The name of the deployment.
        flow_id (UUID): The ID of the flow associated with the deployment.
        paused (bool | Unset): Whether or not the deployment is paused. Default: False.
        schedules (list[DeploymentScheduleCreate] | Unset): A list of schedules for the deployment.
        concurrency_limit (int | None | Unset): The deployment's concurrency limit.
        concurrency_options (ConcurrencyOptions | None | Unset): The deployment's concurrency options.
        global_concurrency_limit_id (None | Unset | UUID): The ID of the global concurrency limit to apply to the
            deployment.
        enforce_parameter_schema (bool | Unset): Whether or not the deployment should enforce the parameter schema.
            Default: True.
        parameter_openapi_schema (DeploymentCreateParameterOpenapiSchemaType0 | None | Unset): The parameter schema of
            the flow, including defaults.
        parameters (DeploymentCreateParameters | Unset): Parameters for flow runs scheduled by the deployment.
        tags (list[str] | Unset): A list of deployment tags.
        labels (DeploymentCreateLabelsType0 | None | Unset): A dictionary of key-value labels. Values can be strings,
            numbers, or booleans.
        pull_steps (list[DeploymentCreatePullStepsType0Item] | None | Unset):
        work_queue_name (None | str | Unset):
        work_pool_name (None | str | Unset): The name of the deployment's work pool.
        storage_document_id (None | Unset | UUID):
        infrastructure_document_id (None | Unset | UUID):
        description (None | str | Unset):
        path (None | str | Unset):
        version (None | str | Unset):
        entrypoint (None | str | Unset):
        job_variables (DeploymentCreateJobVariables | Unset): Overrides for the flow's infrastructure configuration.
        version_info (None | Unset | VersionInfo): A description of this version of the deployment.
    """

    name: str
    flow_id: UUID
    paused: bool | Unset = False
    schedules: list[DeploymentScheduleCreate] | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    concurrency_options: ConcurrencyOptions | None | Unset = UNSET
    global_concurrency_limit_id: None | Unset | UUID = UNSET
    enforce_parameter_schema: bool | Unset = True
    parameter_openapi_schema: (
        DeploymentCreateParameterOpenapiSchemaType0 | None | Unset
    ) = UNSET
    parameters: DeploymentCreateParameters | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: DeploymentCreateLabelsType0 | None | Unset = UNSET
    pull_steps: list[DeploymentCreatePullStepsType0Item] | None | Unset = UNSET
    work_queue_name: None | str | Unset = UNSET
    work_pool_name: None | str | Unset = UNSET
    storage_document_id: None | Unset | UUID = UNSET
    infrastructure_document_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    job_variables: DeploymentCreateJobVariables | Unset = UNSET
    version_info: None | Unset | VersionInfo = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.concurrency_options import ConcurrencyOptions
        from ..models.deployment_create_labels_type_0 import DeploymentCreateLabelsType0
        from ..models.deployment_create_parameter_openapi_schema_type_0 import (
            DeploymentCreateParameterOpenapiSchemaType0,
        )
        from ..models.version_info import VersionInfo

        name = self.name

        flow_id = str(self.flow_id)

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

        concurrency_options: dict[str, Any] | None | Unset
        if isinstance(self.concurrency_options, Unset):
            concurrency_options = UNSET
        elif isinstance(self.concurrency_options, ConcurrencyOptions):
            concurrency_options = self.concurrency_options.to_dict()
        else:
            concurrency_options = self.concurrency_options

        global_concurrency_limit_id: None | str | Unset
        if isinstance(self.global_concurrency_limit_id, Unset):
            global_concurrency_limit_id = UNSET
        elif isinstance(self.global_concurrency_limit_id, UUID):
            global_concurrency_limit_id = str(self.global_concurrency_limit_id)
        else:
            global_concurrency_limit_id = self.global_concurrency_limit_id

        enforce_parameter_schema = self.enforce_parameter_schema

        parameter_openapi_schema: dict[str, Any] | None | Unset
        if isinstance(self.parameter_openapi_schema, Unset):
            parameter_openapi_schema = UNSET
        elif isinstance(
            self.parameter_openapi_schema, DeploymentCreateParameterOpenapiSchemaType0
        ):
            parameter_openapi_schema = self.parameter_openapi_schema.to_dict()
        else:
            parameter_openapi_schema = self.parameter_openapi_schema

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, DeploymentCreateLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

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

        work_queue_name: None | str | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        else:
            work_queue_name = self.work_queue_name

        work_pool_name: None | str | Unset
        if isinstance(self.work_pool_name, Unset):
            work_pool_name = UNSET
        else:
            work_pool_name = self.work_pool_name

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        job_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_variables, Unset):
            job_variables = self.job_variables.to_dict()

        version_info: dict[str, Any] | None | Unset
        if isinstance(self.version_info, Unset):
            version_info = UNSET
        elif isinstance(self.version_info, VersionInfo):
            version_info = self.version_info.to_dict()
        else:
            version_info = self.version_info

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "flow_id": flow_id,
            }
        )
        if paused is not UNSET:
            field_dict["paused"] = paused
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if concurrency_options is not UNSET:
            field_dict["concurrency_options"] = concurrency_options
        if global_concurrency_limit_id is not UNSET:
            field_dict["global_concurrency_limit_id"] = global_concurrency_limit_id
        if enforce_parameter_schema is not UNSET:
            field_dict["enforce_parameter_schema"] = enforce_parameter_schema
        if parameter_openapi_schema is not UNSET:
            field_dict["parameter_openapi_schema"] = parameter_openapi_schema
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if pull_steps is not UNSET:
            field_dict["pull_steps"] = pull_steps
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if work_pool_name is not UNSET:
            field_dict["work_pool_name"] = work_pool_name
        if storage_document_id is not UNSET:
            field_dict["storage_document_id"] = storage_document_id
        if infrastructure_document_id is not UNSET:
            field_dict["infrastructure_document_id"] = infrastructure_document_id
        if description is not UNSET:
            field_dict["description"] = description
        if path is not UNSET:
            field_dict["path"] = path
        if version is not UNSET:
            field_dict["version"] = version
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables
        if version_info is not UNSET:
            field_dict["version_info"] = version_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.concurrency_options import ConcurrencyOptions
        from ..models.deployment_create_job_variables import (
            DeploymentCreateJobVariables,
        )
        from ..models.deployment_create_labels_type_0 import DeploymentCreateLabelsType0
        from ..models.deployment_create_parameter_openapi_schema_type_0 import (
            DeploymentCreateParameterOpenapiSchemaType0,
        )
        from ..models.deployment_create_parameters import DeploymentCreateParameters
        from ..models.deployment_create_pull_steps_type_0_item import (
            DeploymentCreatePullStepsType0Item,
        )
        from ..models.deployment_schedule_create import DeploymentScheduleCreate
        from ..models.version_info import VersionInfo

        d = dict(src_dict)
        name = d.pop("name")

        flow_id = UUID(d.pop("flow_id"))

        paused = d.pop("paused", UNSET)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[DeploymentScheduleCreate] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = DeploymentScheduleCreate.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

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

        def _parse_global_concurrency_limit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                global_concurrency_limit_id_type_0 = UUID(data)

                return global_concurrency_limit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        global_concurrency_limit_id = _parse_global_concurrency_limit_id(
            d.pop("global_concurrency_limit_id", UNSET)
        )

        enforce_parameter_schema = d.pop("enforce_parameter_schema", UNSET)

        def _parse_parameter_openapi_schema(
            data: object,
        ) -> DeploymentCreateParameterOpenapiSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameter_openapi_schema_type_0 = (
                    DeploymentCreateParameterOpenapiSchemaType0.from_dict(data)
                )

                return parameter_openapi_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DeploymentCreateParameterOpenapiSchemaType0 | None | Unset, data
            )

        parameter_openapi_schema = _parse_parameter_openapi_schema(
            d.pop("parameter_openapi_schema", UNSET)
        )

        _parameters = d.pop("parameters", UNSET)
        parameters: DeploymentCreateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DeploymentCreateParameters.from_dict(_parameters)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(data: object) -> DeploymentCreateLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = DeploymentCreateLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentCreateLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_pull_steps(
            data: object,
        ) -> list[DeploymentCreatePullStepsType0Item] | None | Unset:
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
                        DeploymentCreatePullStepsType0Item.from_dict(
                            pull_steps_type_0_item_data
                        )
                    )

                    pull_steps_type_0.append(pull_steps_type_0_item)

                return pull_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeploymentCreatePullStepsType0Item] | None | Unset, data)

        pull_steps = _parse_pull_steps(d.pop("pull_steps", UNSET))

        def _parse_work_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

        def _parse_work_pool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_pool_name = _parse_work_pool_name(d.pop("work_pool_name", UNSET))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entrypoint = _parse_entrypoint(d.pop("entrypoint", UNSET))

        _job_variables = d.pop("job_variables", UNSET)
        job_variables: DeploymentCreateJobVariables | Unset
        if isinstance(_job_variables, Unset):
            job_variables = UNSET
        else:
            job_variables = DeploymentCreateJobVariables.from_dict(_job_variables)

        def _parse_version_info(data: object) -> None | Unset | VersionInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_info_type_0 = VersionInfo.from_dict(data)

                return version_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VersionInfo, data)

        version_info = _parse_version_info(d.pop("version_info", UNSET))

        deployment_create = cls(
            name=name,
            flow_id=flow_id,
            paused=paused,
            schedules=schedules,
            concurrency_limit=concurrency_limit,
            concurrency_options=concurrency_options,
            global_concurrency_limit_id=global_concurrency_limit_id,
            enforce_parameter_schema=enforce_parameter_schema,
            parameter_openapi_schema=parameter_openapi_schema,
            parameters=parameters,
            tags=tags,
            labels=labels,
            pull_steps=pull_steps,
            work_queue_name=work_queue_name,
            work_pool_name=work_pool_name,
            storage_document_id=storage_document_id,
            infrastructure_document_id=infrastructure_document_id,
            description=description,
            path=path,
            version=version,
            entrypoint=entrypoint,
            job_variables=job_variables,
            version_info=version_info,
        )

        return deployment_create
