from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_update_data_type_0 import ArtifactUpdateDataType0
    from ..models.artifact_update_metadata_type_0 import ArtifactUpdateMetadataType0


T = TypeVar("T", bound="ArtifactUpdate")


@_attrs_define
class ArtifactUpdate:
    """Data used by the Prefect REST API to update an artifact.

    Attributes:
        data (Any | ArtifactUpdateDataType0 | None | Unset):
        description (None | str | Unset):
        metadata (ArtifactUpdateMetadataType0 | None | Unset):
    """

    data: Any | ArtifactUpdateDataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata: ArtifactUpdateMetadataType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_update_data_type_0 import ArtifactUpdateDataType0
        from ..models.artifact_update_metadata_type_0 import ArtifactUpdateMetadataType0

        data: Any | dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ArtifactUpdateDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ArtifactUpdateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata_"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_update_data_type_0 import ArtifactUpdateDataType0
        from ..models.artifact_update_metadata_type_0 import ArtifactUpdateMetadataType0

        d = dict(src_dict)

        def _parse_data(data: object) -> Any | ArtifactUpdateDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ArtifactUpdateDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | ArtifactUpdateDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_metadata(data: object) -> ArtifactUpdateMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ArtifactUpdateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactUpdateMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata_", UNSET))

        artifact_update = cls(
            data=data,
            description=description,
            metadata=metadata,
        )

        return artifact_update
