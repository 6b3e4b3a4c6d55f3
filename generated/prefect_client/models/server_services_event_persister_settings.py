from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesEventPersisterSettings")


@_attrs_define
class ServerServicesEventPersisterSettings:
    """Settings for controlling the event persister service

    Attributes:
        enabled (bool | Unset): Whether or not to start the event persister service in the server application. Default:
            True.
        batch_size (int | Unset): The number of events the event persister will attempt to insert in one batch. Default:
            20.
        read_batch_size (int | Unset): The number of events the event persister will attempt to read from the message
            broker in one batch. Default: 1.
        flush_interval (float | Unset): The maximum number of seconds between flushes of the event persister. Default:
            5.0.
        queue_max_size (int | Unset): The maximum number of events that can be queued in memory for persistence. When
            the queue is full, new events will be dropped. Default: 50000.
        max_flush_retries (int | Unset): The maximum number of consecutive flush failures before events are dropped
            instead of being re-queued. Default: 5.
    """

    enabled: bool | Unset = True
    batch_size: int | Unset = 20
    read_batch_size: int | Unset = 1
    flush_interval: float | Unset = 5.0
    queue_max_size: int | Unset = 50000
    max_flush_retries: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        batch_size = self.batch_size

        read_batch_size = self.read_batch_size

        flush_interval = self.flush_interval

        queue_max_size = self.queue_max_size

        max_flush_retries = self.max_flush_retries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if read_batch_size is not UNSET:
            field_dict["read_batch_size"] = read_batch_size
        if flush_interval is not UNSET:
            field_dict["flush_interval"] = flush_interval
        if queue_max_size is not UNSET:
            field_dict["queue_max_size"] = queue_max_size
        if max_flush_retries is not UNSET:
            field_dict["max_flush_retries"] = max_flush_retries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        read_batch_size = d.pop("read_batch_size", UNSET)

        flush_interval = d.pop("flush_interval", UNSET)

        queue_max_size = d.pop("queue_max_size", UNSET)

        max_flush_retries = d.pop("max_flush_retries", UNSET)

        server_services_event_persister_settings = cls(
            enabled=enabled,
            batch_size=batch_size,
            read_batch_size=read_batch_size,
            flush_interval=flush_interval,
            queue_max_size=queue_max_size,
            max_flush_retries=max_flush_retries,
        )

        server_services_event_persister_settings.additional_properties = d
        return server_services_event_persister_settings

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
