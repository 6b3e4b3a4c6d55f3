from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerEphemeralSettings")


@_attrs_define
class ServerEphemeralSettings:
    """Settings for controlling ephemeral server behavior

    Attributes:
        enabled (bool | Unset):
                    Controls whether or not a subprocess server can be started when no API URL is provided.
                     Default: False.
        startup_timeout_seconds (int | Unset):
                    The number of seconds to wait for the server to start when ephemeral mode is enabled.
                    Defaults to `20`.
                     Default: 20.
    """

    enabled: bool | Unset = False
    startup_timeout_seconds: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        startup_timeout_seconds = self.startup_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if startup_timeout_seconds is not UNSET:
            field_dict["startup_timeout_seconds"] = startup_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        startup_timeout_seconds = d.pop("startup_timeout_seconds", UNSET)

        server_ephemeral_settings = cls(
            enabled=enabled,
            startup_timeout_seconds=startup_timeout_seconds,
        )

        server_ephemeral_settings.additional_properties = d
        return server_ephemeral_settings

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
