from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_update_value_type_4 import VariableUpdateValueType4


T = TypeVar("T", bound="VariableUpdate")


@_attrs_define
class VariableUpdate:
    """Data used by the Prefect REST API to update a Variable.

    Attributes:
        name (None | str | Unset):
        value (bool | float | int | list[Any] | None | str | Unset | VariableUpdateValueType4): The value of the
            variable
        tags (list[str] | None | Unset): A list of variable tags
    """

    name: None | str | Unset = UNSET
    value: (
        bool | float | int | list[Any] | None | str | Unset | VariableUpdateValueType4
    ) = UNSET
    tags: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_update_value_type_4 import VariableUpdateValueType4

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value: bool | dict[str, Any] | float | int | list[Any] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, VariableUpdateValueType4):
            value = self.value.to_dict()
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variable_update_value_type_4 import VariableUpdateValueType4

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_value(
            data: object,
        ) -> (
            bool
            | float
            | int
            | list[Any]
            | None
            | str
            | Unset
            | VariableUpdateValueType4
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_4 = VariableUpdateValueType4.from_dict(data)

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
                bool
                | float
                | int
                | list[Any]
                | None
                | str
                | Unset
                | VariableUpdateValueType4,
                data,
            )

        value = _parse_value(d.pop("value", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        variable_update = cls(
            name=name,
            value=value,
            tags=tags,
        )

        return variable_update
