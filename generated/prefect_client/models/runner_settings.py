from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runner_server_settings import RunnerServerSettings


T = TypeVar("T", bound="RunnerSettings")


@_attrs_define
class RunnerSettings:
    """Settings for controlling runner behavior

    Attributes:
        process_limit (int | Unset): Maximum number of processes a runner will execute in parallel. Default: 5.
        poll_frequency (int | Unset): Number of seconds a runner should wait between queries for scheduled work.
            Default: 10.
        crash_on_cancellation_failure (bool | Unset): Whether to crash flow runs and shut down the runner when
            cancellation observing fails. When enabled, if both websocket and polling mechanisms for detecting cancellation
            events fail, all in-flight flow runs will be marked as crashed and the runner will shut down. When disabled
            (default), the runner will log an error but continue executing flow runs. Default: False.
        auto_install_dependencies (bool | Unset): Whether runners may install dependencies before executing flow runs.
            Enable this when deployments pull code that needs dependencies prepared at runtime. Default: False.
        server (RunnerServerSettings | Unset): Settings for controlling runner server behavior
    """

    process_limit: int | Unset = 5
    poll_frequency: int | Unset = 10
    crash_on_cancellation_failure: bool | Unset = False
    auto_install_dependencies: bool | Unset = False
    server: RunnerServerSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_limit = self.process_limit

        poll_frequency = self.poll_frequency

        crash_on_cancellation_failure = self.crash_on_cancellation_failure

        auto_install_dependencies = self.auto_install_dependencies

        server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server, Unset):
            server = self.server.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process_limit is not UNSET:
            field_dict["process_limit"] = process_limit
        if poll_frequency is not UNSET:
            field_dict["poll_frequency"] = poll_frequency
        if crash_on_cancellation_failure is not UNSET:
            field_dict["crash_on_cancellation_failure"] = crash_on_cancellation_failure
        if auto_install_dependencies is not UNSET:
            field_dict["auto_install_dependencies"] = auto_install_dependencies
        if server is not UNSET:
            field_dict["server"] = server

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.runner_server_settings import RunnerServerSettings

        d = dict(src_dict)
        process_limit = d.pop("process_limit", UNSET)

        poll_frequency = d.pop("poll_frequency", UNSET)

        crash_on_cancellation_failure = d.pop("crash_on_cancellation_failure", UNSET)

        auto_install_dependencies = d.pop("auto_install_dependencies", UNSET)

        _server = d.pop("server", UNSET)
        server: RunnerServerSettings | Unset
        if isinstance(_server, Unset):
            server = UNSET
        else:
            server = RunnerServerSettings.from_dict(_server)

        runner_settings = cls(
            process_limit=process_limit,
            poll_frequency=poll_frequency,
            crash_on_cancellation_failure=crash_on_cancellation_failure,
            auto_install_dependencies=auto_install_dependencies,
            server=server,
        )

        runner_settings.additional_properties = d
        return runner_settings

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
