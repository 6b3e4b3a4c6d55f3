from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerDeploymentsSettings")


@_attrs_define
class ServerDeploymentsSettings:
    """
    Attributes:
        concurrency_slot_wait_seconds (float | Unset): The number of seconds to wait before retrying when a deployment
            flow run cannot secure a concurrency slot from the server. Default: 30.0.
    """

    concurrency_slot_wait_seconds: float | Unset = 30.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concurrency_slot_wait_seconds = self.concurrency_slot_wait_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if concurrency_slot_wait_seconds is not UNSET:
            field_dict["concurrency_slot_wait_seconds"] = concurrency_slot_wait_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        concurrency_slot_wait_seconds = d.pop("concurrency_slot_wait_seconds", UNSET)

        server_deployments_settings = cls(
            concurrency_slot_wait_seconds=concurrency_slot_wait_seconds,
        )

        server_deployments_settings.additional_properties = d
        return server_deployments_settings

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
