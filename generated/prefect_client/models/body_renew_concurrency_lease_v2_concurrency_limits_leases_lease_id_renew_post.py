from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="BodyRenewConcurrencyLeaseV2ConcurrencyLimitsLeasesLeaseIdRenewPost"
)


@_attrs_define
class BodyRenewConcurrencyLeaseV2ConcurrencyLimitsLeasesLeaseIdRenewPost:
    """
    Attributes:
        lease_duration (float | Unset): The duration of the lease in seconds. Default: 300.0.
    """

    lease_duration: float | Unset = 300.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_duration = self.lease_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lease_duration is not UNSET:
            field_dict["lease_duration"] = lease_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lease_duration = d.pop("lease_duration", UNSET)

        body_renew_concurrency_lease_v2_concurrency_limits_leases_lease_id_renew_post = cls(
            lease_duration=lease_duration,
        )

        body_renew_concurrency_lease_v2_concurrency_limits_leases_lease_id_renew_post.additional_properties = d
        return body_renew_concurrency_lease_v2_concurrency_limits_leases_lease_id_renew_post

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
