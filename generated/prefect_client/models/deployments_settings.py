from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentsSettings")


@_attrs_define
class DeploymentsSettings:
    """Settings for configuring deployments defaults

    Attributes:
        default_work_pool_name (None | str | Unset): The default work pool to use when creating deployments.
        default_docker_build_namespace (None | str | Unset): The default Docker namespace to use when building images.
    """

    default_work_pool_name: None | str | Unset = UNSET
    default_docker_build_namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_work_pool_name: None | str | Unset
        if isinstance(self.default_work_pool_name, Unset):
            default_work_pool_name = UNSET
        else:
            default_work_pool_name = self.default_work_pool_name

        default_docker_build_namespace: None | str | Unset
        if isinstance(self.default_docker_build_namespace, Unset):
            default_docker_build_namespace = UNSET
        else:
            default_docker_build_namespace = self.default_docker_build_namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_work_pool_name is not UNSET:
            field_dict["default_work_pool_name"] = default_work_pool_name
        if default_docker_build_namespace is not UNSET:
            field_dict["default_docker_build_namespace"] = (
                default_docker_build_namespace
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_default_work_pool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_work_pool_name = _parse_default_work_pool_name(
            d.pop("default_work_pool_name", UNSET)
        )

        def _parse_default_docker_build_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_docker_build_namespace = _parse_default_docker_build_namespace(
            d.pop("default_docker_build_namespace", UNSET)
        )

        deployments_settings = cls(
            default_work_pool_name=default_work_pool_name,
            default_docker_build_namespace=default_docker_build_namespace,
        )

        deployments_settings.additional_properties = d
        return deployments_settings

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
