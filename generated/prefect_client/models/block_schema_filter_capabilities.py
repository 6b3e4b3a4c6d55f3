from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockSchemaFilterCapabilities")


@_attrs_define
class BlockSchemaFilterCapabilities:
    """Filter by `BlockSchema.capabilities`

    Attributes:
        all_ (list[str] | None | Unset): A list of block capabilities. Block entities will be returned only if an
            associated block schema has a superset of the defined capabilities.
    """

    all_: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        all_: list[str] | None | Unset
        if isinstance(self.all_, Unset):
            all_ = UNSET
        elif isinstance(self.all_, list):
            all_ = self.all_

        else:
            all_ = self.all_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all_"] = all_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_all_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_type_0 = cast(list[str], data)

                return all_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        all_ = _parse_all_(d.pop("all_", UNSET))

        block_schema_filter_capabilities = cls(
            all_=all_,
        )

        return block_schema_filter_capabilities
