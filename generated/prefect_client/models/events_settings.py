from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventsSettings")


@_attrs_define
class EventsSettings:
    """Settings for controlling events behavior

    Attributes:
        worker_max_queue_size (int | Unset):
                    Maximum number of events that can be queued for delivery to the
                    Prefect server. When the queue is full, new events are dropped with
                    a warning. Set to 0 for unbounded (the default).

                    Warning: setting this value too low may result in data loss as events
                    will be silently dropped when the queue is full.
                     Default: 0.
    """

    worker_max_queue_size: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_max_queue_size = self.worker_max_queue_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker_max_queue_size is not UNSET:
            field_dict["worker_max_queue_size"] = worker_max_queue_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        worker_max_queue_size = d.pop("worker_max_queue_size", UNSET)

        events_settings = cls(
            worker_max_queue_size=worker_max_queue_size,
        )

        events_settings.additional_properties = d
        return events_settings

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
