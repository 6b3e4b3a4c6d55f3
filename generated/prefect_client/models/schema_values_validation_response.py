from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schema_value_index_error import SchemaValueIndexError
    from ..models.schema_value_property_error import SchemaValuePropertyError


T = TypeVar("T", bound="SchemaValuesValidationResponse")


@_attrs_define
class SchemaValuesValidationResponse:
    """
    Attributes:
        errors (list[SchemaValueIndexError | SchemaValuePropertyError | str]):
        valid (bool):
    """

    errors: list[SchemaValueIndexError | SchemaValuePropertyError | str]
    valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schema_value_index_error import SchemaValueIndexError
        from ..models.schema_value_property_error import SchemaValuePropertyError

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any] | str
            if isinstance(errors_item_data, SchemaValuePropertyError) or isinstance(
                errors_item_data, SchemaValueIndexError
            ):
                errors_item = errors_item_data.to_dict()
            else:
                errors_item = errors_item_data
            errors.append(errors_item)

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "valid": valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_value_index_error import SchemaValueIndexError
        from ..models.schema_value_property_error import SchemaValuePropertyError

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> SchemaValueIndexError | SchemaValuePropertyError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    errors_item_type_1 = SchemaValuePropertyError.from_dict(data)

                    return errors_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    errors_item_type_2 = SchemaValueIndexError.from_dict(data)

                    return errors_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    SchemaValueIndexError | SchemaValuePropertyError | str, data
                )

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        valid = d.pop("valid")

        schema_values_validation_response = cls(
            errors=errors,
            valid=valid,
        )

        schema_values_validation_response.additional_properties = d
        return schema_values_validation_response

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
