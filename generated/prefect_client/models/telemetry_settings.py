from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TelemetrySettings")


@_attrs_define
class TelemetrySettings:
    """Settings for configuring Prefect telemetry

    Attributes:
        enable_resource_metrics (bool | Unset): Whether to enable OS-level resource metric collection in flow run
            subprocesses. Default: True.
        resource_metrics_interval_seconds (int | Unset): Interval in seconds between resource metric collections.
            Default: 10.
    """

    enable_resource_metrics: bool | Unset = True
    resource_metrics_interval_seconds: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_resource_metrics = self.enable_resource_metrics

        resource_metrics_interval_seconds = self.resource_metrics_interval_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_resource_metrics is not UNSET:
            field_dict["enable_resource_metrics"] = enable_resource_metrics
        if resource_metrics_interval_seconds is not UNSET:
            field_dict["resource_metrics_interval_seconds"] = (
                resource_metrics_interval_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_resource_metrics = d.pop("enable_resource_metrics", UNSET)

        resource_metrics_interval_seconds = d.pop(
            "resource_metrics_interval_seconds", UNSET
        )

        telemetry_settings = cls(
            enable_resource_metrics=enable_resource_metrics,
            resource_metrics_interval_seconds=resource_metrics_interval_seconds,
        )

        telemetry_settings.additional_properties = d
        return telemetry_settings

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
