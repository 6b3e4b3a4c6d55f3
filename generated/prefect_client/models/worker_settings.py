from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_webserver_settings import WorkerWebserverSettings


T = TypeVar("T", bound="WorkerSettings")


@_attrs_define
class WorkerSettings:
    """
    Attributes:
        debug_mode (bool | Unset): If True, enables debug mode for the worker only. Unlike PREFECT_DEBUG_MODE, this
            setting does not propagate to flow runs executed by the worker. Default: False.
        heartbeat_seconds (float | Unset): Number of seconds a worker should wait between sending a heartbeat. Default:
            30.0.
        query_seconds (float | Unset): Number of seconds a worker should wait between queries for scheduled work.
            Default: 10.0.
        prefetch_seconds (float | Unset): The number of seconds into the future a worker should query for scheduled
            work. Default: 10.0.
        enable_cancellation (bool | Unset): Enable worker-side flow run cancellation for pending flow runs. When
            enabled, the worker will terminate infrastructure for flow runs that are cancelled while still in PENDING state
            (before the runner starts). Default: False.
        cancellation_poll_seconds (float | Unset): Number of seconds between polls for cancelling flow runs. Used as a
            fallback when the WebSocket connection for real-time cancellation events is unavailable. Default: 120.0.
        webserver (WorkerWebserverSettings | Unset):
    """

    debug_mode: bool | Unset = False
    heartbeat_seconds: float | Unset = 30.0
    query_seconds: float | Unset = 10.0
    prefetch_seconds: float | Unset = 10.0
    enable_cancellation: bool | Unset = False
    cancellation_poll_seconds: float | Unset = 120.0
    webserver: WorkerWebserverSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debug_mode = self.debug_mode

        heartbeat_seconds = self.heartbeat_seconds

        query_seconds = self.query_seconds

        prefetch_seconds = self.prefetch_seconds

        enable_cancellation = self.enable_cancellation

        cancellation_poll_seconds = self.cancellation_poll_seconds

        webserver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webserver, Unset):
            webserver = self.webserver.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debug_mode is not UNSET:
            field_dict["debug_mode"] = debug_mode
        if heartbeat_seconds is not UNSET:
            field_dict["heartbeat_seconds"] = heartbeat_seconds
        if query_seconds is not UNSET:
            field_dict["query_seconds"] = query_seconds
        if prefetch_seconds is not UNSET:
            field_dict["prefetch_seconds"] = prefetch_seconds
        if enable_cancellation is not UNSET:
            field_dict["enable_cancellation"] = enable_cancellation
        if cancellation_poll_seconds is not UNSET:
            field_dict["cancellation_poll_seconds"] = cancellation_poll_seconds
        if webserver is not UNSET:
            field_dict["webserver"] = webserver

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_webserver_settings import WorkerWebserverSettings

        d = dict(src_dict)
        debug_mode = d.pop("debug_mode", UNSET)

        heartbeat_seconds = d.pop("heartbeat_seconds", UNSET)

        query_seconds = d.pop("query_seconds", UNSET)

        prefetch_seconds = d.pop("prefetch_seconds", UNSET)

        enable_cancellation = d.pop("enable_cancellation", UNSET)

        cancellation_poll_seconds = d.pop("cancellation_poll_seconds", UNSET)

        _webserver = d.pop("webserver", UNSET)
        webserver: WorkerWebserverSettings | Unset
        if isinstance(_webserver, Unset):
            webserver = UNSET
        else:
            webserver = WorkerWebserverSettings.from_dict(_webserver)

        worker_settings = cls(
            debug_mode=debug_mode,
            heartbeat_seconds=heartbeat_seconds,
            query_seconds=query_seconds,
            prefetch_seconds=prefetch_seconds,
            enable_cancellation=enable_cancellation,
            cancellation_poll_seconds=cancellation_poll_seconds,
            webserver=webserver,
        )

        worker_settings.additional_properties = d
        return worker_settings

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
