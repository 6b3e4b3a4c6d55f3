from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesLateRunsSettings")


@_attrs_define
class ServerServicesLateRunsSettings:
    """Settings for controlling the late runs service

    Attributes:
        enabled (bool | Unset): Whether or not to start the late runs service in the server application. Default: True.
        loop_seconds (float | Unset):
                    The late runs service will look for runs to mark as late this often. Defaults to `5`.
                     Default: 5.0.
        after_seconds (str | Unset):
                    The late runs service will mark runs as late after they have exceeded their scheduled start time by this
            many seconds. Defaults to `5` seconds.
                     Default: 'PT15S'.
    """

    enabled: bool | Unset = True
    loop_seconds: float | Unset = 5.0
    after_seconds: str | Unset = "PT15S"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        loop_seconds = self.loop_seconds

        after_seconds = self.after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds
        if after_seconds is not UNSET:
            field_dict["after_seconds"] = after_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        loop_seconds = d.pop("loop_seconds", UNSET)

        after_seconds = d.pop("after_seconds", UNSET)

        server_services_late_runs_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
            after_seconds=after_seconds,
        )

        server_services_late_runs_settings.additional_properties = d
        return server_services_late_runs_settings

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
