from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerLogsSettings")


@_attrs_define
class ServerLogsSettings:
    """Settings for controlling behavior of the logs subsystem

    Attributes:
        stream_out_enabled (bool | Unset): Whether or not to stream logs out to the API via websockets. Default: False.
        stream_publishing_enabled (bool | Unset): Whether or not to publish logs to the streaming system. Default:
            False.
    """

    stream_out_enabled: bool | Unset = False
    stream_publishing_enabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_out_enabled = self.stream_out_enabled

        stream_publishing_enabled = self.stream_publishing_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_out_enabled is not UNSET:
            field_dict["stream_out_enabled"] = stream_out_enabled
        if stream_publishing_enabled is not UNSET:
            field_dict["stream_publishing_enabled"] = stream_publishing_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stream_out_enabled = d.pop("stream_out_enabled", UNSET)

        stream_publishing_enabled = d.pop("stream_publishing_enabled", UNSET)

        server_logs_settings = cls(
            stream_out_enabled=stream_out_enabled,
            stream_publishing_enabled=stream_publishing_enabled,
        )

        server_logs_settings.additional_properties = d
        return server_logs_settings

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
