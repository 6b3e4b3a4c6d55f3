from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema_filter import BlockSchemaFilter


T = TypeVar("T", bound="BodyReadBlockSchemasBlockSchemasFilterPost")


@_attrs_define
class BodyReadBlockSchemasBlockSchemasFilterPost:
    """
    Attributes:
        block_schemas (BlockSchemaFilter | None | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    block_schemas: BlockSchemaFilter | None | Unset = UNSET
    offset: int | Unset = 0
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_schema_filter import BlockSchemaFilter

        block_schemas: dict[str, Any] | None | Unset
        if isinstance(self.block_schemas, Unset):
            block_schemas = UNSET
        elif isinstance(self.block_schemas, BlockSchemaFilter):
            block_schemas = self.block_schemas.to_dict()
        else:
            block_schemas = self.block_schemas

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_schemas is not UNSET:
            field_dict["block_schemas"] = block_schemas
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.block_schema_filter import BlockSchemaFilter

        d = dict(src_dict)

        def _parse_block_schemas(data: object) -> BlockSchemaFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_schemas_type_0 = BlockSchemaFilter.from_dict(data)

                return block_schemas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchemaFilter | None | Unset, data)

        block_schemas = _parse_block_schemas(d.pop("block_schemas", UNSET))

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        body_read_block_schemas_block_schemas_filter_post = cls(
            block_schemas=block_schemas,
            offset=offset,
            limit=limit,
        )

        body_read_block_schemas_block_schemas_filter_post.additional_properties = d
        return body_read_block_schemas_block_schemas_filter_post

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
