from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_type_filter_name import BlockTypeFilterName
    from ..models.block_type_filter_slug import BlockTypeFilterSlug


T = TypeVar("T", bound="BlockTypeFilter")


@_attrs_define
class BlockTypeFilter:
    """Filter BlockTypes

    Attributes:
        name (BlockTypeFilterName | None | Unset): Filter criteria for `BlockType.name`
        slug (BlockTypeFilterSlug | None | Unset): Filter criteria for `BlockType.slug`
    """

    name: BlockTypeFilterName | None | Unset = UNSET
    slug: BlockTypeFilterSlug | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_type_filter_name import BlockTypeFilterName
        from ..models.block_type_filter_slug import BlockTypeFilterSlug

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, BlockTypeFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        slug: dict[str, Any] | None | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        elif isinstance(self.slug, BlockTypeFilterSlug):
            slug = self.slug.to_dict()
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.block_type_filter_name import BlockTypeFilterName
        from ..models.block_type_filter_slug import BlockTypeFilterSlug

        d = dict(src_dict)

        def _parse_name(data: object) -> BlockTypeFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = BlockTypeFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockTypeFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_slug(data: object) -> BlockTypeFilterSlug | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slug_type_0 = BlockTypeFilterSlug.from_dict(data)

                return slug_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockTypeFilterSlug | None | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        block_type_filter = cls(
            name=name,
            slug=slug,
        )

        return block_type_filter
