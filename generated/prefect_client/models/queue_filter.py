from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueFilter")


@_attrs_define
class QueueFilter:
    """Filter criteria definition for a work queue.

    Attributes:
        tags (list[str] | None | Unset): Only include flow runs with these tags in the work queue.
        deployment_ids (list[UUID] | None | Unset): Only include flow runs from these deployments in the work queue.
    """

    tags: list[str] | None | Unset = UNSET
    deployment_ids: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        deployment_ids: list[str] | None | Unset
        if isinstance(self.deployment_ids, Unset):
            deployment_ids = UNSET
        elif isinstance(self.deployment_ids, list):
            deployment_ids = []
            for deployment_ids_type_0_item_data in self.deployment_ids:
                deployment_ids_type_0_item = str(deployment_ids_type_0_item_data)
                deployment_ids.append(deployment_ids_type_0_item)

        else:
            deployment_ids = self.deployment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if deployment_ids is not UNSET:
            field_dict["deployment_ids"] = deployment_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_deployment_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deployment_ids_type_0 = []
                _deployment_ids_type_0 = data
                for deployment_ids_type_0_item_data in _deployment_ids_type_0:
                    deployment_ids_type_0_item = UUID(deployment_ids_type_0_item_data)

                    deployment_ids_type_0.append(deployment_ids_type_0_item)

                return deployment_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        deployment_ids = _parse_deployment_ids(d.pop("deployment_ids", UNSET))

        queue_filter = cls(
            tags=tags,
            deployment_ids=deployment_ids,
        )

        queue_filter.additional_properties = d
        return queue_filter

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
