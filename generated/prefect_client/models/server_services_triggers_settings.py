from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesTriggersSettings")


@_attrs_define
class ServerServicesTriggersSettings:
    """Settings for controlling the triggers service

    Attributes:
        enabled (bool | Unset): Whether or not to start the triggers service in the server application. Default: True.
        read_batch_size (int | Unset): The number of events the triggers service will attempt to read from the message
            broker in one batch. Default: 1.
        pg_notify_reconnect_interval_seconds (int | Unset):
                    The number of seconds to wait before reconnecting to the PostgreSQL NOTIFY/LISTEN
                    connection after an error. Only used when using PostgreSQL as the database.
                    Defaults to `10`.
                     Default: 10.
        pg_notify_heartbeat_interval_seconds (int | Unset):
                    The number of seconds between heartbeat checks for the PostgreSQL NOTIFY/LISTEN
                    connection to ensure it's still alive. Only used when using PostgreSQL as the database.
                    Defaults to `5`.
                     Default: 5.
    """

    enabled: bool | Unset = True
    read_batch_size: int | Unset = 1
    pg_notify_reconnect_interval_seconds: int | Unset = 10
    pg_notify_heartbeat_interval_seconds: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        read_batch_size = self.read_batch_size

        pg_notify_reconnect_interval_seconds = self.pg_notify_reconnect_interval_seconds

        pg_notify_heartbeat_interval_seconds = self.pg_notify_heartbeat_interval_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if read_batch_size is not UNSET:
            field_dict["read_batch_size"] = read_batch_size
        if pg_notify_reconnect_interval_seconds is not UNSET:
            field_dict["pg_notify_reconnect_interval_seconds"] = (
                pg_notify_reconnect_interval_seconds
            )
        if pg_notify_heartbeat_interval_seconds is not UNSET:
            field_dict["pg_notify_heartbeat_interval_seconds"] = (
                pg_notify_heartbeat_interval_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        read_batch_size = d.pop("read_batch_size", UNSET)

        pg_notify_reconnect_interval_seconds = d.pop(
            "pg_notify_reconnect_interval_seconds", UNSET
        )

        pg_notify_heartbeat_interval_seconds = d.pop(
            "pg_notify_heartbeat_interval_seconds", UNSET
        )

        server_services_triggers_settings = cls(
            enabled=enabled,
            read_batch_size=read_batch_size,
            pg_notify_reconnect_interval_seconds=pg_notify_reconnect_interval_seconds,
            pg_notify_heartbeat_interval_seconds=pg_notify_heartbeat_interval_seconds,
        )

        server_services_triggers_settings.additional_properties = d
        return server_services_triggers_settings

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
