from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesPauseExpirationsSettings")


@_attrs_define
class ServerServicesPauseExpirationsSettings:
    """Settings for controlling the pause expiration service

    Attributes:
        enabled (bool | Unset):
                    Whether or not to start the paused flow run expiration service in the server
                    application. If disabled, paused flows that have timed out will remain in a Paused state
                    until a resume attempt.
                     Default: True.
        loop_seconds (float | Unset):
                    The pause expiration service will look for runs to mark as failed this often. Defaults to `5`.
                     Default: 5.0.
    """

    enabled: bool | Unset = True
    loop_seconds: float | Unset = 5.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        loop_seconds = self.loop_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        loop_seconds = d.pop("loop_seconds", UNSET)

        server_services_pause_expirations_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
        )

        server_services_pause_expirations_settings.additional_properties = d
        return server_services_pause_expirations_settings

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
