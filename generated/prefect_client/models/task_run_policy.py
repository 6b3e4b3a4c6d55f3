from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRunPolicy")


@_attrs_define
class TaskRunPolicy:
    """Defines of how a task run should retry.

    Attributes:
        max_retries (int | Unset): The maximum number of retries. Field is not used. Please use `retries` instead.
            Default: 0.
        retry_delay_seconds (float | Unset): The delay between retries. Field is not used. Please use `retry_delay`
            instead. Default: 0.0.
        retries (int | None | Unset): The number of retries.
        retry_delay (float | int | list[float] | list[int] | None | Unset): A delay time or list of delay times between
            retries, in seconds.
        retry_jitter_factor (float | None | Unset): Determines the amount a retry should jitter
    """

    max_retries: int | Unset = 0
    retry_delay_seconds: float | Unset = 0.0
    retries: int | None | Unset = UNSET
    retry_delay: float | int | list[float] | list[int] | None | Unset = UNSET
    retry_jitter_factor: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_retries = self.max_retries

        retry_delay_seconds = self.retry_delay_seconds

        retries: int | None | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        retry_delay: float | int | list[float] | list[int] | None | Unset
        if isinstance(self.retry_delay, Unset):
            retry_delay = UNSET
        elif isinstance(self.retry_delay, list) or isinstance(self.retry_delay, list):
            retry_delay = self.retry_delay

        else:
            retry_delay = self.retry_delay

        retry_jitter_factor: float | None | Unset
        if isinstance(self.retry_jitter_factor, Unset):
            retry_jitter_factor = UNSET
        else:
            retry_jitter_factor = self.retry_jitter_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if retry_delay_seconds is not UNSET:
            field_dict["retry_delay_seconds"] = retry_delay_seconds
        if retries is not UNSET:
            field_dict["retries"] = retries
        if retry_delay is not UNSET:
            field_dict["retry_delay"] = retry_delay
        if retry_jitter_factor is not UNSET:
            field_dict["retry_jitter_factor"] = retry_jitter_factor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_retries = d.pop("max_retries", UNSET)

        retry_delay_seconds = d.pop("retry_delay_seconds", UNSET)

        def _parse_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_retry_delay(
            data: object,
        ) -> float | int | list[float] | list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                retry_delay_type_2 = cast(list[int], data)

                return retry_delay_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                retry_delay_type_3 = cast(list[float], data)

                return retry_delay_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | list[float] | list[int] | None | Unset, data)

        retry_delay = _parse_retry_delay(d.pop("retry_delay", UNSET))

        def _parse_retry_jitter_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        retry_jitter_factor = _parse_retry_jitter_factor(
            d.pop("retry_jitter_factor", UNSET)
        )

        task_run_policy = cls(
            max_retries=max_retries,
            retry_delay_seconds=retry_delay_seconds,
            retries=retries,
            retry_delay=retry_delay,
            retry_jitter_factor=retry_jitter_factor,
        )

        task_run_policy.additional_properties = d
        return task_run_policy

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
