from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientMetricsSettings")


@_attrs_define
class ClientMetricsSettings:
    """Settings for controlling metrics reporting from the client

    Attributes:
        enabled (bool | Unset): Whether or not to enable Prometheus metrics in the client. Default: False.
        port (int | Unset): The port to expose the client Prometheus metrics on. Default: 4201.
    """

    enabled: bool | Unset = False
    port: int | Unset = 4201
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        port = d.pop("port", UNSET)

        client_metrics_settings = cls(
            enabled=enabled,
            port=port,
        )

        client_metrics_settings.additional_properties = d
        return client_metrics_settings

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
