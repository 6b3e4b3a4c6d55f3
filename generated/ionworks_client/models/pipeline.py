from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_error_code import JobErrorCode
from ..models.pipeline_status import PipelineStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_options import PipelineOptions


T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """Model for representing a pipeline in API list responses (without elements).

    Attributes:
        id (str):
        project_id (str):
        name (str):
        status (PipelineStatus):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        organization_id (str): Organization this pipeline belongs to.
        user_id (None | str | Unset):
        description (None | str | Unset):
        options (PipelineOptions | Unset): Options for pipeline execution behavior.
        error (None | str | Unset):
        error_code (JobErrorCode | None | Unset):
        created_by_email (None | str | Unset):
    """

    id: str
    project_id: str
    name: str
    status: PipelineStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    organization_id: str
    user_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    options: PipelineOptions | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: JobErrorCode | None | Unset = UNSET
    created_by_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        organization_id = self.organization_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        elif isinstance(self.error_code, JobErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        created_by_email: None | str | Unset
        if isinstance(self.created_by_email, Unset):
            created_by_email = UNSET
        else:
            created_by_email = self.created_by_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "organization_id": organization_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if description is not UNSET:
            field_dict["description"] = description
        if options is not UNSET:
            field_dict["options"] = options
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if created_by_email is not UNSET:
            field_dict["created_by_email"] = created_by_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pipeline_options import PipelineOptions

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        status = PipelineStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        organization_id = d.pop("organization_id")

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _options = d.pop("options", UNSET)
        options: PipelineOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = PipelineOptions.from_dict(_options)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_code(data: object) -> JobErrorCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_0 = JobErrorCode(data)

                return error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobErrorCode | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_created_by_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_email = _parse_created_by_email(d.pop("created_by_email", UNSET))

        pipeline = cls(
            id=id,
            project_id=project_id,
            name=name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            organization_id=organization_id,
            user_id=user_id,
            description=description,
            options=options,
            error=error,
            error_code=error_code,
            created_by_email=created_by_email,
        )

        pipeline.additional_properties = d
        return pipeline

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
