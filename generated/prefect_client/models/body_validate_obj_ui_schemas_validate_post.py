from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.body_validate_obj_ui_schemas_validate_post_schema import (
        BodyValidateObjUiSchemasValidatePostSchema,
    )
    from ..models.body_validate_obj_ui_schemas_validate_post_values import (
        BodyValidateObjUiSchemasValidatePostValues,
    )


T = TypeVar("T", bound="BodyValidateObjUiSchemasValidatePost")


@_attrs_define
class BodyValidateObjUiSchemasValidatePost:
    """
    Attributes:
        schema (BodyValidateObjUiSchemasValidatePostSchema):
        values (BodyValidateObjUiSchemasValidatePostValues):
    """

    schema: BodyValidateObjUiSchemasValidatePostSchema
    values: BodyValidateObjUiSchemasValidatePostValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema.to_dict()

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.body_validate_obj_ui_schemas_validate_post_schema import (
            BodyValidateObjUiSchemasValidatePostSchema,
        )
        from ..models.body_validate_obj_ui_schemas_validate_post_values import (
            BodyValidateObjUiSchemasValidatePostValues,
        )

        d = dict(src_dict)
        schema = BodyValidateObjUiSchemasValidatePostSchema.from_dict(d.pop("schema"))

        values = BodyValidateObjUiSchemasValidatePostValues.from_dict(d.pop("values"))

        body_validate_obj_ui_schemas_validate_post = cls(
            schema=schema,
            values=values,
        )

        body_validate_obj_ui_schemas_validate_post.additional_properties = d
        return body_validate_obj_ui_schemas_validate_post

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
