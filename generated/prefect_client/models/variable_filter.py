from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_filter_id import VariableFilterId
    from ..models.variable_filter_name import VariableFilterName
    from ..models.variable_filter_tags import VariableFilterTags


T = TypeVar("T", bound="VariableFilter")


@_attrs_define
class VariableFilter:
    """Filter variables. Only variables matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (None | Unset | VariableFilterId): Filter criteria for `Variable.id`
        name (None | Unset | VariableFilterName): Filter criteria for `Variable.name`
        tags (None | Unset | VariableFilterTags): Filter criteria for `Variable.tags`
    """

    operator: Operator | Unset = UNSET
    id: None | Unset | VariableFilterId = UNSET
    name: None | Unset | VariableFilterName = UNSET
    tags: None | Unset | VariableFilterTags = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_filter_id import VariableFilterId
        from ..models.variable_filter_name import VariableFilterName
        from ..models.variable_filter_tags import VariableFilterTags

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, VariableFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, VariableFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, VariableFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variable_filter_id import VariableFilterId
        from ..models.variable_filter_name import VariableFilterName
        from ..models.variable_filter_tags import VariableFilterTags

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> None | Unset | VariableFilterId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = VariableFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableFilterId, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | Unset | VariableFilterName:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = VariableFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableFilterName, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tags(data: object) -> None | Unset | VariableFilterTags:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = VariableFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableFilterTags, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        variable_filter = cls(
            operator=operator,
            id=id,
            name=name,
            tags=tags,
        )

        return variable_filter
