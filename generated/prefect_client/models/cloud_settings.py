from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudSettings")


@_attrs_define
class CloudSettings:
    """Settings for interacting with Prefect Cloud

    Attributes:
        api_url (str | Unset): API URL for Prefect Cloud. Used for authentication with Prefect Cloud. Default:
            'https://api.prefect.cloud/api'.
        enable_orchestration_telemetry (bool | Unset): Whether or not to enable orchestration telemetry. Default: True.
        max_log_size (int | Unset): Maximum size in characters for a single log when sending logs to Prefect Cloud.
            Default: 25000.
        ui_url (None | str | Unset): The URL of the Prefect Cloud UI. If not set, the client will attempt to infer it.
    """

    api_url: str | Unset = "https://api.prefect.cloud/api"
    enable_orchestration_telemetry: bool | Unset = True
    max_log_size: int | Unset = 25000
    ui_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_url = self.api_url

        enable_orchestration_telemetry = self.enable_orchestration_telemetry

        max_log_size = self.max_log_size

        ui_url: None | str | Unset
        if isinstance(self.ui_url, Unset):
            ui_url = UNSET
        else:
            ui_url = self.ui_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_url is not UNSET:
            field_dict["api_url"] = api_url
        if enable_orchestration_telemetry is not UNSET:
            field_dict["enable_orchestration_telemetry"] = (
                enable_orchestration_telemetry
            )
        if max_log_size is not UNSET:
            field_dict["max_log_size"] = max_log_size
        if ui_url is not UNSET:
            field_dict["ui_url"] = ui_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_url = d.pop("api_url", UNSET)

        enable_orchestration_telemetry = d.pop("enable_orchestration_telemetry", UNSET)

        max_log_size = d.pop("max_log_size", UNSET)

        def _parse_ui_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ui_url = _parse_ui_url(d.pop("ui_url", UNSET))

        cloud_settings = cls(
            api_url=api_url,
            enable_orchestration_telemetry=enable_orchestration_telemetry,
            max_log_size=max_log_size,
            ui_url=ui_url,
        )

        cloud_settings.additional_properties = d
        return cloud_settings

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
