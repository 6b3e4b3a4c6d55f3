from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logging_to_api_settings_when_missing_flow import (
    LoggingToAPISettingsWhenMissingFlow,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoggingToAPISettings")


@_attrs_define
class LoggingToAPISettings:
    """Settings for controlling logging to the API

    Attributes:
        enabled (bool | Unset): If `True`, logs will be sent to the API. Default: True.
        batch_interval (float | Unset): The number of seconds between batched writes of logs to the API. Default: 2.0.
        batch_size (int | Unset): The number of logs to batch before sending to the API. Default: 4000000.
        max_log_size (int | Unset): The maximum size in characters for a single log. When connected to Prefect Cloud,
            this value is capped at `PREFECT_CLOUD_MAX_LOG_SIZE` (default 25,000). Default: 1000000.
        when_missing_flow (LoggingToAPISettingsWhenMissingFlow | Unset):
                    Controls the behavior when loggers attempt to send logs to the API handler from outside of a flow.

                    All logs sent to the API must be associated with a flow run. The API log handler can
                    only be used outside of a flow by manually providing a flow run identifier. Logs
                    that are not associated with a flow run will not be sent to the API. This setting can
                    be used to determine if a warning or error is displayed when the identifier is missing.

                    The following options are available:

                    - "warn": Log a warning message.
                    - "error": Raise an error.
                    - "ignore": Do not log a warning message or raise an error.
                     Default: LoggingToAPISettingsWhenMissingFlow.WARN.
    """

    enabled: bool | Unset = True
    batch_interval: float | Unset = 2.0
    batch_size: int | Unset = 4000000
    max_log_size: int | Unset = 1000000
    when_missing_flow: LoggingToAPISettingsWhenMissingFlow | Unset = (
        LoggingToAPISettingsWhenMissingFlow.WARN
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        batch_interval = self.batch_interval

        batch_size = self.batch_size

        max_log_size = self.max_log_size

        when_missing_flow: str | Unset = UNSET
        if not isinstance(self.when_missing_flow, Unset):
            when_missing_flow = self.when_missing_flow.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if batch_interval is not UNSET:
            field_dict["batch_interval"] = batch_interval
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if max_log_size is not UNSET:
            field_dict["max_log_size"] = max_log_size
        if when_missing_flow is not UNSET:
            field_dict["when_missing_flow"] = when_missing_flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        batch_interval = d.pop("batch_interval", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        max_log_size = d.pop("max_log_size", UNSET)

        _when_missing_flow = d.pop("when_missing_flow", UNSET)
        when_missing_flow: LoggingToAPISettingsWhenMissingFlow | Unset
        if isinstance(_when_missing_flow, Unset):
            when_missing_flow = UNSET
        else:
            when_missing_flow = LoggingToAPISettingsWhenMissingFlow(_when_missing_flow)

        logging_to_api_settings = cls(
            enabled=enabled,
            batch_interval=batch_interval,
            batch_size=batch_size,
            max_log_size=max_log_size,
            when_missing_flow=when_missing_flow,
        )

        logging_to_api_settings.additional_properties = d
        return logging_to_api_settings

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
