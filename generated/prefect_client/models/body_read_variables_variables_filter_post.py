from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.variable_sort import VariableSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_filter import VariableFilter


T = TypeVar("T", bound="BodyReadVariablesVariablesFilterPost")


@_attrs_define
class BodyReadVariablesVariablesFilterPost:
    """
    Attributes:
        offset (int | Unset):  Default: 0.
        variables (None | Unset | VariableFilter):
        sort (VariableSort | Unset): Defines variables sorting options.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int | Unset = 0
    variables: None | Unset | VariableFilter = UNSET
    sort: VariableSort | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_filter import VariableFilter

        offset = self.offset

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, VariableFilter):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if variables is not UNSET:
            field_dict["variables"] = variables
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variable_filter import VariableFilter

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        def _parse_variables(data: object) -> None | Unset | VariableFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = VariableFilter.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableFilter, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        _sort = d.pop("sort", UNSET)
        sort: VariableSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = VariableSort(_sort)

        limit = d.pop("limit", UNSET)

        body_read_variables_variables_filter_post = cls(
            offset=offset,
            variables=variables,
            sort=sort,
            limit=limit,
        )

        body_read_variables_variables_filter_post.additional_properties = d
        return body_read_variables_variables_filter_post

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
