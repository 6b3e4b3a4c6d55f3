from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyWorkerHeartbeatWorkPoolsWorkPoolNameWorkersHeartbeatPost")


@_attrs_define
class BodyWorkerHeartbeatWorkPoolsWorkPoolNameWorkersHeartbeatPost:
    """
    Attributes:
        name (str): The worker process name
        heartbeat_interval_seconds (int | None | Unset): The worker's heartbeat interval in seconds
    """

    name: str
    heartbeat_interval_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        heartbeat_interval_seconds: int | None | Unset
        if isinstance(self.heartbeat_interval_seconds, Unset):
            heartbeat_interval_seconds = UNSET
        else:
            heartbeat_interval_seconds = self.heartbeat_interval_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_heartbeat_interval_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_interval_seconds = _parse_heartbeat_interval_seconds(
            d.pop("heartbeat_interval_seconds", UNSET)
        )

        body_worker_heartbeat_work_pools_work_pool_name_workers_heartbeat_post = cls(
            name=name,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
        )

        body_worker_heartbeat_work_pools_work_pool_name_workers_heartbeat_post.additional_properties = d
        return body_worker_heartbeat_work_pools_work_pool_name_workers_heartbeat_post

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
