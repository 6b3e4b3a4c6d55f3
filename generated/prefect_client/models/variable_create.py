from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_create_value_type_4 import VariableCreateValueType4


T = TypeVar("T", bound="VariableCreate")


@_attrs_define
class VariableCreate:
    """Data used by the Prefect REST API to create a Variable.

    Attributes:
        name (str): The name of the variable
        value (bool | float | int | list[Any] | None | str | VariableCreateValueType4): The value of the variable
        tags (list[str] | Unset): A list of variable tags
    """

    name: str
    value: bool | float | int | list[Any] | None | str | VariableCreateValueType4
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_create_value_type_4 import VariableCreateValueType4

        name = self.name

        value: bool | dict[str, Any] | float | int | list[Any] | None | str
        if isinstance(self.value, VariableCreateValueType4):
            value = self.value.to_dict()
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variable_create_value_type_4 import VariableCreateValueType4

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_value(
            data: object,
        ) -> bool | float | int | list[Any] | None | str | VariableCreateValueType4:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_4 = VariableCreateValueType4.from_dict(data)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_5 = cast(list[Any], data)

                return value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool | float | int | list[Any] | None | str | VariableCreateValueType4,
                data,
            )

        value = _parse_value(d.pop("value"))

        tags = cast(list[str], d.pop("tags", UNSET))

        variable_create = cls(
            name=name,
            value=value,
            tags=tags,
        )

        return variable_create
