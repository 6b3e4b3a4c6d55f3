from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_tasks_scheduling_settings import ServerTasksSchedulingSettings


T = TypeVar("T", bound="ServerTasksSettings")


@_attrs_define
class ServerTasksSettings:
    """Settings for controlling server-side behavior related to tasks

    Attributes:
        tag_concurrency_slot_wait_seconds (float | Unset): The number of seconds to wait before retrying when a task run
            cannot secure a concurrency slot from the server. Default: 10.0.
        max_cache_key_length (int | Unset): The maximum number of characters allowed for a task run cache key. Default:
            2000.
        scheduling (ServerTasksSchedulingSettings | Unset): Settings for controlling server-side behavior related to
            task scheduling
    """

    tag_concurrency_slot_wait_seconds: float | Unset = 10.0
    max_cache_key_length: int | Unset = 2000
    scheduling: ServerTasksSchedulingSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_concurrency_slot_wait_seconds = self.tag_concurrency_slot_wait_seconds

        max_cache_key_length = self.max_cache_key_length

        scheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduling, Unset):
            scheduling = self.scheduling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_concurrency_slot_wait_seconds is not UNSET:
            field_dict["tag_concurrency_slot_wait_seconds"] = (
                tag_concurrency_slot_wait_seconds
            )
        if max_cache_key_length is not UNSET:
            field_dict["max_cache_key_length"] = max_cache_key_length
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_tasks_scheduling_settings import (
            ServerTasksSchedulingSettings,
        )

        d = dict(src_dict)
        tag_concurrency_slot_wait_seconds = d.pop(
            "tag_concurrency_slot_wait_seconds", UNSET
        )

        max_cache_key_length = d.pop("max_cache_key_length", UNSET)

        _scheduling = d.pop("scheduling", UNSET)
        scheduling: ServerTasksSchedulingSettings | Unset
        if isinstance(_scheduling, Unset):
            scheduling = UNSET
        else:
            scheduling = ServerTasksSchedulingSettings.from_dict(_scheduling)

        server_tasks_settings = cls(
            tag_concurrency_slot_wait_seconds=tag_concurrency_slot_wait_seconds,
            max_cache_key_length=max_cache_key_length,
            scheduling=scheduling,
        )

        server_tasks_settings.additional_properties = d
        return server_tasks_settings

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
