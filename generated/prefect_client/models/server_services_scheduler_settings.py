from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesSchedulerSettings")


@_attrs_define
class ServerServicesSchedulerSettings:
    """Settings for controlling the scheduler service

    Attributes:
        enabled (bool | Unset): Whether or not to start the scheduler service in the server application. Default: True.
        loop_seconds (float | Unset):
                    The scheduler loop interval, in seconds. This determines
                    how often the scheduler will attempt to schedule new flow runs, but has no
                    impact on how quickly either flow runs or task runs are actually executed.
                    Defaults to `60`.
                     Default: 60.0.
        deployment_batch_size (int | Unset):
                    The number of deployments the scheduler will attempt to
                    schedule in a single batch. If there are more deployments than the batch
                    size, the scheduler immediately attempts to schedule the next batch; it
                    does not sleep for `scheduler_loop_seconds` until it has visited every
                    deployment once. Defaults to `100`.
                     Default: 100.
        max_runs (int | Unset):
                    The scheduler will attempt to schedule up to this many
                    auto-scheduled runs in the future. Note that runs may have fewer than
                    this many scheduled runs, depending on the value of
                    `scheduler_max_scheduled_time`.  Defaults to `100`.
                     Default: 100.
        min_runs (int | Unset):
                    The scheduler will attempt to schedule at least this many
                    auto-scheduled runs in the future. Note that runs may have more than
                    this many scheduled runs, depending on the value of
                    `scheduler_min_scheduled_time`.  Defaults to `3`.
                     Default: 3.
        max_scheduled_time (str | Unset):
                    The scheduler will create new runs up to this far in the
                    future. Note that this setting will take precedence over
                    `scheduler_max_runs`: if a flow runs once a month and
                    `scheduler_max_scheduled_time` is three months, then only three runs will be
                    scheduled. Defaults to 100 days (`8640000` seconds).
                     Default: 'P100D'.
        min_scheduled_time (str | Unset):
                    The scheduler will create new runs at least this far in the
                    future. Note that this setting will take precedence over `scheduler_min_runs`:
                    if a flow runs every hour and `scheduler_min_scheduled_time` is three hours,
                    then three runs will be scheduled even if `scheduler_min_runs` is 1. Defaults to
                     Default: 'PT1H'.
        insert_batch_size (int | Unset):
                    The number of runs the scheduler will attempt to insert in a single batch.
                    Defaults to `500`.
                     Default: 500.
        recent_deployments_loop_seconds (float | Unset):
                    The number of seconds the recent deployments scheduler will wait between checking for recently updated
            deployments. Defaults to `5`.
                     Default: 5.0.
    """

    enabled: bool | Unset = True
    loop_seconds: float | Unset = 60.0
    deployment_batch_size: int | Unset = 100
    max_runs: int | Unset = 100
    min_runs: int | Unset = 3
    max_scheduled_time: str | Unset = "P100D"
    min_scheduled_time: str | Unset = "PT1H"
    insert_batch_size: int | Unset = 500
    recent_deployments_loop_seconds: float | Unset = 5.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        loop_seconds = self.loop_seconds

        deployment_batch_size = self.deployment_batch_size

        max_runs = self.max_runs

        min_runs = self.min_runs

        max_scheduled_time = self.max_scheduled_time

        min_scheduled_time = self.min_scheduled_time

        insert_batch_size = self.insert_batch_size

        recent_deployments_loop_seconds = self.recent_deployments_loop_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds
        if deployment_batch_size is not UNSET:
            field_dict["deployment_batch_size"] = deployment_batch_size
        if max_runs is not UNSET:
            field_dict["max_runs"] = max_runs
        if min_runs is not UNSET:
            field_dict["min_runs"] = min_runs
        if max_scheduled_time is not UNSET:
            field_dict["max_scheduled_time"] = max_scheduled_time
        if min_scheduled_time is not UNSET:
            field_dict["min_scheduled_time"] = min_scheduled_time
        if insert_batch_size is not UNSET:
            field_dict["insert_batch_size"] = insert_batch_size
        if recent_deployments_loop_seconds is not UNSET:
            field_dict["recent_deployments_loop_seconds"] = (
                recent_deployments_loop_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        loop_seconds = d.pop("loop_seconds", UNSET)

        deployment_batch_size = d.pop("deployment_batch_size", UNSET)

        max_runs = d.pop("max_runs", UNSET)

        min_runs = d.pop("min_runs", UNSET)

        max_scheduled_time = d.pop("max_scheduled_time", UNSET)

        min_scheduled_time = d.pop("min_scheduled_time", UNSET)

        insert_batch_size = d.pop("insert_batch_size", UNSET)

        recent_deployments_loop_seconds = d.pop(
            "recent_deployments_loop_seconds", UNSET
        )

        server_services_scheduler_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
            deployment_batch_size=deployment_batch_size,
            max_runs=max_runs,
            min_runs=min_runs,
            max_scheduled_time=max_scheduled_time,
            min_scheduled_time=min_scheduled_time,
            insert_batch_size=insert_batch_size,
            recent_deployments_loop_seconds=recent_deployments_loop_seconds,
        )

        server_services_scheduler_settings.additional_properties = d
        return server_services_scheduler_settings

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
