from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesCleanupReconcilerSettings")


@_attrs_define
class ServerServicesCleanupReconcilerSettings:
    """Settings for controlling the cleanup reconciler service.

    Attributes:
        enabled (bool | Unset): Whether or not to start the cleanup reconciler service in the server application.
            Default: True.
        loop_seconds (float | Unset): The cleanup reconciler service will look for expired cleanup message leases this
            often. Defaults to `5`. Default: 5.0.
        batch_size (int | Unset): The maximum number of expired cleanup message leases to process per service loop.
            Defaults to `100`. Default: 100.
    """

    enabled: bool | Unset = True
    loop_seconds: float | Unset = 5.0
    batch_size: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        loop_seconds = self.loop_seconds

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        loop_seconds = d.pop("loop_seconds", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        server_services_cleanup_reconciler_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
            batch_size=batch_size,
        )

        server_services_cleanup_reconciler_settings.additional_properties = d
        return server_services_cleanup_reconciler_settings

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
