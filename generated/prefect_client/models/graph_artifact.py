from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GraphArtifact")


@_attrs_define
class GraphArtifact:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime):
        key (None | str):
        type_ (None | str):
        is_latest (bool):
        data (Any | None):
    """

    id: UUID
    created: datetime.datetime
    key: None | str
    type_: None | str
    is_latest: bool
    data: Any | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created = self.created.isoformat()

        key: None | str
        key = self.key

        type_: None | str
        type_ = self.type_

        is_latest = self.is_latest

        data: Any | None
        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "key": key,
                "type": type_,
                "is_latest": is_latest,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        is_latest = d.pop("is_latest")

        def _parse_data(data: object) -> Any | None:
            if data is None:
                return data
            return cast(Any | None, data)

        data = _parse_data(d.pop("data"))

        graph_artifact = cls(
            id=id,
            created=created,
            key=key,
            type_=type_,
            is_latest=is_latest,
            data=data,
        )

        graph_artifact.additional_properties = d
        return graph_artifact

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
