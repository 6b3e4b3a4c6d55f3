from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_sort import AutomationSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_filter import AutomationFilter


T = TypeVar("T", bound="BodyReadAutomationsAutomationsFilterPost")


@_attrs_define
class BodyReadAutomationsAutomationsFilterPost:
    """
    Attributes:
        sort (AutomationSort | Unset): Defines automations sorting options.
        offset (int | Unset):  Default: 0.
        automations (AutomationFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: AutomationSort | Unset = UNSET
    offset: int | Unset = 0
    automations: AutomationFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_filter import AutomationFilter

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        offset = self.offset

        automations: dict[str, Any] | None | Unset
        if isinstance(self.automations, Unset):
            automations = UNSET
        elif isinstance(self.automations, AutomationFilter):
            automations = self.automations.to_dict()
        else:
            automations = self.automations

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort is not UNSET:
            field_dict["sort"] = sort
        if offset is not UNSET:
            field_dict["offset"] = offset
        if automations is not UNSET:
            field_dict["automations"] = automations
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_filter import AutomationFilter

        d = dict(src_dict)
        _sort = d.pop("sort", UNSET)
        sort: AutomationSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = AutomationSort(_sort)

        offset = d.pop("offset", UNSET)

        def _parse_automations(data: object) -> AutomationFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automations_type_0 = AutomationFilter.from_dict(data)

                return automations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilter | None | Unset, data)

        automations = _parse_automations(d.pop("automations", UNSET))

        limit = d.pop("limit", UNSET)

        body_read_automations_automations_filter_post = cls(
            sort=sort,
            offset=offset,
            automations=automations,
            limit=limit,
        )

        body_read_automations_automations_filter_post.additional_properties = d
        return body_read_automations_automations_filter_post

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
