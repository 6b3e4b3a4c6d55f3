from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactCollectionFilterType")


@_attrs_define
class ArtifactCollectionFilterType:
    """Filter by `ArtifactCollection.type`.

    Attributes:
        any_ (list[str] | None | Unset): A list of artifact types to include
        not_any (list[str] | None | Unset): A list of artifact types to exclude
    """

    any_: list[str] | None | Unset = UNSET
    not_any: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = self.any_

        else:
            any_ = self.any_

        not_any: list[str] | None | Unset
        if isinstance(self.not_any, Unset):
            not_any = UNSET
        elif isinstance(self.not_any, list):
            not_any = self.not_any

        else:
            not_any = self.not_any

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_
        if not_any is not UNSET:
            field_dict["not_any_"] = not_any

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_any_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = cast(list[str], data)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        any_ = _parse_any_(d.pop("any_", UNSET))

        def _parse_not_any(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_any_type_0 = cast(list[str], data)

                return not_any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        not_any = _parse_not_any(d.pop("not_any_", UNSET))

        artifact_collection_filter_type = cls(
            any_=any_,
            not_any=not_any,
        )

        return artifact_collection_filter_type
