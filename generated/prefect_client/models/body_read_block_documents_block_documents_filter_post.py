from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.block_document_sort import BlockDocumentSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_document_filter import BlockDocumentFilter
    from ..models.block_schema_filter import BlockSchemaFilter
    from ..models.block_type_filter import BlockTypeFilter


T = TypeVar("T", bound="BodyReadBlockDocumentsBlockDocumentsFilterPost")


@_attrs_define
class BodyReadBlockDocumentsBlockDocumentsFilterPost:
    """
    Attributes:
        block_documents (BlockDocumentFilter | None | Unset):
        block_types (BlockTypeFilter | None | Unset):
        block_schemas (BlockSchemaFilter | None | Unset):
        include_secrets (bool | Unset): Whether to include sensitive values in the block document. Default: False.
        sort (BlockDocumentSort | None | Unset):  Default: BlockDocumentSort.NAME_ASC.
        offset (int | Unset):  Default: 0.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    block_documents: BlockDocumentFilter | None | Unset = UNSET
    block_types: BlockTypeFilter | None | Unset = UNSET
    block_schemas: BlockSchemaFilter | None | Unset = UNSET
    include_secrets: bool | Unset = False
    sort: BlockDocumentSort | None | Unset = BlockDocumentSort.NAME_ASC
    offset: int | Unset = 0
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_document_filter import BlockDocumentFilter
        from ..models.block_schema_filter import BlockSchemaFilter
        from ..models.block_type_filter import BlockTypeFilter

        block_documents: dict[str, Any] | None | Unset
        if isinstance(self.block_documents, Unset):
            block_documents = UNSET
        elif isinstance(self.block_documents, BlockDocumentFilter):
            block_documents = self.block_documents.to_dict()
        else:
            block_documents = self.block_documents

        block_types: dict[str, Any] | None | Unset
        if isinstance(self.block_types, Unset):
            block_types = UNSET
        elif isinstance(self.block_types, BlockTypeFilter):
            block_types = self.block_types.to_dict()
        else:
            block_types = self.block_types

        block_schemas: dict[str, Any] | None | Unset
        if isinstance(self.block_schemas, Unset):
            block_schemas = UNSET
        elif isinstance(self.block_schemas, BlockSchemaFilter):
            block_schemas = self.block_schemas.to_dict()
        else:
            block_schemas = self.block_schemas

        include_secrets = self.include_secrets

        sort: None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, BlockDocumentSort):
            sort = self.sort.value
        else:
            sort = self.sort

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_documents is not UNSET:
            field_dict["block_documents"] = block_documents
        if block_types is not UNSET:
            field_dict["block_types"] = block_types
        if block_schemas is not UNSET:
            field_dict["block_schemas"] = block_schemas
        if include_secrets is not UNSET:
            field_dict["include_secrets"] = include_secrets
        if sort is not UNSET:
            field_dict["sort"] = sort
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.block_document_filter import BlockDocumentFilter
        from ..models.block_schema_filter import BlockSchemaFilter
        from ..models.block_type_filter import BlockTypeFilter

        d = dict(src_dict)

        def _parse_block_documents(data: object) -> BlockDocumentFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_documents_type_0 = BlockDocumentFilter.from_dict(data)

                return block_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockDocumentFilter | None | Unset, data)

        block_documents = _parse_block_documents(d.pop("block_documents", UNSET))

        def _parse_block_types(data: object) -> BlockTypeFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_types_type_0 = BlockTypeFilter.from_dict(data)

                return block_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockTypeFilter | None | Unset, data)

        block_types = _parse_block_types(d.pop("block_types", UNSET))

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

        include_secrets = d.pop("include_secrets", UNSET)

        def _parse_sort(data: object) -> BlockDocumentSort | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_type_0 = BlockDocumentSort(data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockDocumentSort | None | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        body_read_block_documents_block_documents_filter_post = cls(
            block_documents=block_documents,
            block_types=block_types,
            block_schemas=block_schemas,
            include_secrets=include_secrets,
            sort=sort,
            offset=offset,
            limit=limit,
        )

        body_read_block_documents_block_documents_filter_post.additional_properties = d
        return body_read_block_documents_block_documents_filter_post

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
