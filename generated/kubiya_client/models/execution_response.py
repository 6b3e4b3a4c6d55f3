from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_response_execution_metadata import (
        ExecutionResponseExecutionMetadata,
    )
    from ..models.execution_response_usage import ExecutionResponseUsage
    from ..models.participant_response import ParticipantResponse


T = TypeVar("T", bound="ExecutionResponse")


@_attrs_define
class ExecutionResponse:
    """
    Attributes:
        id (str):
        organization_id (str):
        execution_type (str):
        entity_id (str):
        entity_name (None | str):
        prompt (str):
        system_prompt (None | str):
        status (str): A free string. The terminate page says a terminated execution's status becomes 'cancelled'.
        response (None | str):
        error_message (None | str):
        usage (ExecutionResponseUsage):
        execution_metadata (ExecutionResponseExecutionMetadata):
        runner_name (None | str):
        user_id (None | str):
        user_name (None | str):
        user_email (None | str):
        user_avatar (None | str):
        created_at (str):
        started_at (None | str):
        completed_at (None | str):
        updated_at (str):
        participants (list[ParticipantResponse] | Unset):
    """

    id: str
    organization_id: str
    execution_type: str
    entity_id: str
    entity_name: None | str
    prompt: str
    system_prompt: None | str
    status: str
    response: None | str
    error_message: None | str
    usage: ExecutionResponseUsage
    execution_metadata: ExecutionResponseExecutionMetadata
    runner_name: None | str
    user_id: None | str
    user_name: None | str
    user_email: None | str
    user_avatar: None | str
    created_at: str
    started_at: None | str
    completed_at: None | str
    updated_at: str
    participants: list[ParticipantResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        execution_type = self.execution_type

        entity_id = self.entity_id

        entity_name: None | str
        entity_name = self.entity_name

        prompt = self.prompt

        system_prompt: None | str
        system_prompt = self.system_prompt

        status = self.status

        response: None | str
        response = self.response

        error_message: None | str
        error_message = self.error_message

        usage = self.usage.to_dict()

        execution_metadata = self.execution_metadata.to_dict()

        runner_name: None | str
        runner_name = self.runner_name

        user_id: None | str
        user_id = self.user_id

        user_name: None | str
        user_name = self.user_name

        user_email: None | str
        user_email = self.user_email

        user_avatar: None | str
        user_avatar = self.user_avatar

        created_at = self.created_at

        started_at: None | str
        started_at = self.started_at

        completed_at: None | str
        completed_at = self.completed_at

        updated_at = self.updated_at

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "execution_type": execution_type,
                "entity_id": entity_id,
                "entity_name": entity_name,
                "prompt": prompt,
                "system_prompt": system_prompt,
                "status": status,
                "response": response,
                "error_message": error_message,
                "usage": usage,
                "execution_metadata": execution_metadata,
                "runner_name": runner_name,
                "user_id": user_id,
                "user_name": user_name,
                "user_email": user_email,
                "user_avatar": user_avatar,
                "created_at": created_at,
                "started_at": started_at,
                "completed_at": completed_at,
                "updated_at": updated_at,
            }
        )
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.execution_response_execution_metadata import (
            ExecutionResponseExecutionMetadata,
        )
        from ..models.execution_response_usage import ExecutionResponseUsage
        from ..models.participant_response import ParticipantResponse

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        execution_type = d.pop("execution_type")

        entity_id = d.pop("entity_id")

        def _parse_entity_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entity_name = _parse_entity_name(d.pop("entity_name"))

        prompt = d.pop("prompt")

        def _parse_system_prompt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt"))

        status = d.pop("status")

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        usage = ExecutionResponseUsage.from_dict(d.pop("usage"))

        execution_metadata = ExecutionResponseExecutionMetadata.from_dict(
            d.pop("execution_metadata")
        )

        def _parse_runner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        runner_name = _parse_runner_name(d.pop("runner_name"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        def _parse_user_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_email = _parse_user_email(d.pop("user_email"))

        def _parse_user_avatar(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_avatar = _parse_user_avatar(d.pop("user_avatar"))

        created_at = d.pop("created_at")

        def _parse_started_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        updated_at = d.pop("updated_at")

        _participants = d.pop("participants", UNSET)
        participants: list[ParticipantResponse] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ParticipantResponse.from_dict(
                    participants_item_data
                )

                participants.append(participants_item)

        execution_response = cls(
            id=id,
            organization_id=organization_id,
            execution_type=execution_type,
            entity_id=entity_id,
            entity_name=entity_name,
            prompt=prompt,
            system_prompt=system_prompt,
            status=status,
            response=response,
            error_message=error_message,
            usage=usage,
            execution_metadata=execution_metadata,
            runner_name=runner_name,
            user_id=user_id,
            user_name=user_name,
            user_email=user_email,
            user_avatar=user_avatar,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            updated_at=updated_at,
            participants=participants,
        )

        execution_response.additional_properties = d
        return execution_response

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
