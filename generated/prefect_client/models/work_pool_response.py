from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_pool_status import WorkPoolStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_response_base_job_template import (
        WorkPoolResponseBaseJobTemplate,
    )
    from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration


T = TypeVar("T", bound="WorkPoolResponse")


@_attrs_define
class WorkPoolResponse:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): The name of the work pool.
        type_ (str): The work pool type.
        description (None | str | Unset): A description of the work pool.
        base_job_template (WorkPoolResponseBaseJobTemplate | Unset): The work pool's base job template.
        is_paused (bool | Unset): Pausing the work pool stops the delivery of all work. Default: False.
        concurrency_limit (int | None | Unset): A concurrency limit for the work pool.
        status (None | Unset | WorkPoolStatus): The current status of the work pool.
        default_queue_id (None | Unset | UUID): The id of the pool's default queue.
        storage_configuration (WorkPoolStorageConfiguration | Unset): A representation of a work pool's storage
            configuration
        active_slots (int | None | Unset): The number of concurrency slots occupied by pending or running flow runs.
            None when concurrency_limit is not set.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    type_: str
    description: None | str | Unset = UNSET
    base_job_template: WorkPoolResponseBaseJobTemplate | Unset = UNSET
    is_paused: bool | Unset = False
    concurrency_limit: int | None | Unset = UNSET
    status: None | Unset | WorkPoolStatus = UNSET
    default_queue_id: None | Unset | UUID = UNSET
    storage_configuration: WorkPoolStorageConfiguration | Unset = UNSET
    active_slots: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        base_job_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_job_template, Unset):
            base_job_template = self.base_job_template.to_dict()

        is_paused = self.is_paused

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WorkPoolStatus):
            status = self.status.value
        else:
            status = self.status

        default_queue_id: None | str | Unset
        if isinstance(self.default_queue_id, Unset):
            default_queue_id = UNSET
        elif isinstance(self.default_queue_id, UUID):
            default_queue_id = str(self.default_queue_id)
        else:
            default_queue_id = self.default_queue_id

        storage_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_configuration, Unset):
            storage_configuration = self.storage_configuration.to_dict()

        active_slots: int | None | Unset
        if isinstance(self.active_slots, Unset):
            active_slots = UNSET
        else:
            active_slots = self.active_slots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if base_job_template is not UNSET:
            field_dict["base_job_template"] = base_job_template
        if is_paused is not UNSET:
            field_dict["is_paused"] = is_paused
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if status is not UNSET:
            field_dict["status"] = status
        if default_queue_id is not UNSET:
            field_dict["default_queue_id"] = default_queue_id
        if storage_configuration is not UNSET:
            field_dict["storage_configuration"] = storage_configuration
        if active_slots is not UNSET:
            field_dict["active_slots"] = active_slots

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_pool_response_base_job_template import (
            WorkPoolResponseBaseJobTemplate,
        )
        from ..models.work_pool_storage_configuration import (
            WorkPoolStorageConfiguration,
        )

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

        type_ = d.pop("type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _base_job_template = d.pop("base_job_template", UNSET)
        base_job_template: WorkPoolResponseBaseJobTemplate | Unset
        if isinstance(_base_job_template, Unset):
            base_job_template = UNSET
        else:
            base_job_template = WorkPoolResponseBaseJobTemplate.from_dict(
                _base_job_template
            )

        is_paused = d.pop("is_paused", UNSET)

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        def _parse_status(data: object) -> None | Unset | WorkPoolStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = WorkPoolStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_default_queue_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_queue_id_type_0 = UUID(data)

                return default_queue_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        default_queue_id = _parse_default_queue_id(d.pop("default_queue_id", UNSET))

        _storage_configuration = d.pop("storage_configuration", UNSET)
        storage_configuration: WorkPoolStorageConfiguration | Unset
        if isinstance(_storage_configuration, Unset):
            storage_configuration = UNSET
        else:
            storage_configuration = WorkPoolStorageConfiguration.from_dict(
                _storage_configuration
            )

        def _parse_active_slots(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_slots = _parse_active_slots(d.pop("active_slots", UNSET))

        work_pool_response = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            type_=type_,
            description=description,
            base_job_template=base_job_template,
            is_paused=is_paused,
            concurrency_limit=concurrency_limit,
            status=status,
            default_queue_id=default_queue_id,
            storage_configuration=storage_configuration,
            active_slots=active_slots,
        )

        work_pool_response.additional_properties = d
        return work_pool_response

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
