from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskWorkerResponse")


@_attrs_define
class TaskWorkerResponse:
    """
    Attributes:
        identifier (str):
        task_keys (list[str]):
        timestamp (datetime.datetime):
    """

    identifier: str
    task_keys: list[str]
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        task_keys = self.task_keys

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "task_keys": task_keys,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        task_keys = cast(list[str], d.pop("task_keys"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        task_worker_response = cls(
            identifier=identifier,
            task_keys=task_keys,
            timestamp=timestamp,
        )

        task_worker_response.additional_properties = d
        return task_worker_response

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
