from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TasksRunnerSettings")


@_attrs_define
class TasksRunnerSettings:
    """
    Attributes:
        thread_pool_max_workers (int | None | Unset): The maximum number of workers for ThreadPoolTaskRunner.
        process_pool_max_workers (int | None | Unset): The maximum number of workers for ProcessPoolTaskRunner.
    """

    thread_pool_max_workers: int | None | Unset = UNSET
    process_pool_max_workers: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_pool_max_workers: int | None | Unset
        if isinstance(self.thread_pool_max_workers, Unset):
            thread_pool_max_workers = UNSET
        else:
            thread_pool_max_workers = self.thread_pool_max_workers

        process_pool_max_workers: int | None | Unset
        if isinstance(self.process_pool_max_workers, Unset):
            process_pool_max_workers = UNSET
        else:
            process_pool_max_workers = self.process_pool_max_workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_pool_max_workers is not UNSET:
            field_dict["thread_pool_max_workers"] = thread_pool_max_workers
        if process_pool_max_workers is not UNSET:
            field_dict["process_pool_max_workers"] = process_pool_max_workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_thread_pool_max_workers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thread_pool_max_workers = _parse_thread_pool_max_workers(
            d.pop("thread_pool_max_workers", UNSET)
        )

        def _parse_process_pool_max_workers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        process_pool_max_workers = _parse_process_pool_max_workers(
            d.pop("process_pool_max_workers", UNSET)
        )

        tasks_runner_settings = cls(
            thread_pool_max_workers=thread_pool_max_workers,
            process_pool_max_workers=process_pool_max_workers,
        )

        tasks_runner_settings.additional_properties = d
        return tasks_runner_settings

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
