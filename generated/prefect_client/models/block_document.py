from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_document_block_document_references import (
        BlockDocumentBlockDocumentReferences,
    )
    from ..models.block_document_data import BlockDocumentData
    from ..models.block_schema import BlockSchema
    from ..models.block_type import BlockType


T = TypeVar("T", bound="BlockDocument")


@_attrs_define
class BlockDocument:
    """An ORM representation of a block document.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        block_schema_id (UUID): A block schema ID
        block_type_id (UUID): A block type ID
        name (None | str | Unset): The block document's name. Not required for anonymous block documents.
        data (BlockDocumentData | Unset): The block document's data
        block_schema (BlockSchema | None | Unset): The associated block schema
        block_type_name (None | str | Unset): The associated block type's name
        block_type (BlockType | None | Unset): The associated block type
        block_document_references (BlockDocumentBlockDocumentReferences | Unset): Record of the block document's
            references
        is_anonymous (bool | Unset): Whether the block is anonymous (anonymous blocks are usually created by Prefect
            automatically) Default: False.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    block_schema_id: UUID
    block_type_id: UUID
    name: None | str | Unset = UNSET
    data: BlockDocumentData | Unset = UNSET
    block_schema: BlockSchema | None | Unset = UNSET
    block_type_name: None | str | Unset = UNSET
    block_type: BlockType | None | Unset = UNSET
    block_document_references: BlockDocumentBlockDocumentReferences | Unset = UNSET
    is_anonymous: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_schema import BlockSchema
        from ..models.block_type import BlockType

        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        block_schema_id = str(self.block_schema_id)

        block_type_id = str(self.block_type_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        block_schema: dict[str, Any] | None | Unset
        if isinstance(self.block_schema, Unset):
            block_schema = UNSET
        elif isinstance(self.block_schema, BlockSchema):
            block_schema = self.block_schema.to_dict()
        else:
            block_schema = self.block_schema

        block_type_name: None | str | Unset
        if isinstance(self.block_type_name, Unset):
            block_type_name = UNSET
        else:
            block_type_name = self.block_type_name

        block_type: dict[str, Any] | None | Unset
        if isinstance(self.block_type, Unset):
            block_type = UNSET
        elif isinstance(self.block_type, BlockType):
            block_type = self.block_type.to_dict()
        else:
            block_type = self.block_type

        block_document_references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_document_references, Unset):
            block_document_references = self.block_document_references.to_dict()

        is_anonymous = self.is_anonymous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "block_schema_id": block_schema_id,
                "block_type_id": block_type_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if block_schema is not UNSET:
            field_dict["block_schema"] = block_schema
        if block_type_name is not UNSET:
            field_dict["block_type_name"] = block_type_name
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if block_document_references is not UNSET:
            field_dict["block_document_references"] = block_document_references
        if is_anonymous is not UNSET:
            field_dict["is_anonymous"] = is_anonymous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.block_document_block_document_references import (
            BlockDocumentBlockDocumentReferences,
        )
        from ..models.block_document_data import BlockDocumentData
        from ..models.block_schema import BlockSchema
        from ..models.block_type import BlockType

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        block_schema_id = UUID(d.pop("block_schema_id"))

        block_type_id = UUID(d.pop("block_type_id"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _data = d.pop("data", UNSET)
        data: BlockDocumentData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BlockDocumentData.from_dict(_data)

        def _parse_block_schema(data: object) -> BlockSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_schema_type_0 = BlockSchema.from_dict(data)

                return block_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchema | None | Unset, data)

        block_schema = _parse_block_schema(d.pop("block_schema", UNSET))

        def _parse_block_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_type_name = _parse_block_type_name(d.pop("block_type_name", UNSET))

        def _parse_block_type(data: object) -> BlockType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_type_type_0 = BlockType.from_dict(data)

                return block_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockType | None | Unset, data)

        block_type = _parse_block_type(d.pop("block_type", UNSET))

        _block_document_references = d.pop("block_document_references", UNSET)
        block_document_references: BlockDocumentBlockDocumentReferences | Unset
        if isinstance(_block_document_references, Unset):
            block_document_references = UNSET
        else:
            block_document_references = BlockDocumentBlockDocumentReferences.from_dict(
                _block_document_references
            )

        is_anonymous = d.pop("is_anonymous", UNSET)

        block_document = cls(
            id=id,
            created=created,
            updated=updated,
            block_schema_id=block_schema_id,
            block_type_id=block_type_id,
            name=name,
            data=data,
            block_schema=block_schema,
            block_type_name=block_type_name,
            block_type=block_type,
            block_document_references=block_document_references,
            is_anonymous=is_anonymous,
        )

        block_document.additional_properties = d
        return block_document

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
