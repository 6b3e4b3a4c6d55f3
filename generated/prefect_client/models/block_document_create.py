from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_document_create_data import BlockDocumentCreateData


T = TypeVar("T", bound="BlockDocumentCreate")


@_attrs_define
class BlockDocumentCreate:
    """Data used by the Prefect REST API to create a block document.

    Attributes:
        block_schema_id (UUID): A block schema ID
        block_type_id (UUID): A block type ID
        name (None | str | Unset): The block document's name. Not required for anonymous block documents.
        data (BlockDocumentCreateData | Unset): The block document's data
        is_anonymous (bool | Unset): Whether the block is anonymous (anonymous blocks are usually created by Prefect
            automatically) Default: False.
    """

    block_schema_id: UUID
    block_type_id: UUID
    name: None | str | Unset = UNSET
    data: BlockDocumentCreateData | Unset = UNSET
    is_anonymous: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
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

        is_anonymous = self.is_anonymous

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "block_schema_id": block_schema_id,
                "block_type_id": block_type_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if is_anonymous is not UNSET:
            field_dict["is_anonymous"] = is_anonymous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.block_document_create_data import BlockDocumentCreateData

        d = dict(src_dict)
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
        data: BlockDocumentCreateData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BlockDocumentCreateData.from_dict(_data)

        is_anonymous = d.pop("is_anonymous", UNSET)

        block_document_create = cls(
            block_schema_id=block_schema_id,
            block_type_id=block_type_id,
            name=name,
            data=data,
            is_anonymous=is_anonymous,
        )

        return block_document_create
