from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_filter_created import AutomationFilterCreated
    from ..models.automation_filter_name import AutomationFilterName
    from ..models.automation_filter_tags import AutomationFilterTags


T = TypeVar("T", bound="AutomationFilter")


@_attrs_define
class AutomationFilter:
    """
    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        name (AutomationFilterName | None | Unset): Filter criteria for `Automation.name`
        created (AutomationFilterCreated | None | Unset): Filter criteria for `Automation.created`
        tags (AutomationFilterTags | None | Unset): Filter criteria for `Automation.tags`
    """

    operator: Operator | Unset = UNSET
    name: AutomationFilterName | None | Unset = UNSET
    created: AutomationFilterCreated | None | Unset = UNSET
    tags: AutomationFilterTags | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_filter_created import AutomationFilterCreated
        from ..models.automation_filter_name import AutomationFilterName
        from ..models.automation_filter_tags import AutomationFilterTags

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, AutomationFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        created: dict[str, Any] | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, AutomationFilterCreated):
            created = self.created.to_dict()
        else:
            created = self.created

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, AutomationFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_filter_created import AutomationFilterCreated
        from ..models.automation_filter_name import AutomationFilterName
        from ..models.automation_filter_tags import AutomationFilterTags

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_name(data: object) -> AutomationFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = AutomationFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_created(data: object) -> AutomationFilterCreated | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_type_0 = AutomationFilterCreated.from_dict(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterCreated | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_tags(data: object) -> AutomationFilterTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = AutomationFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterTags | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        automation_filter = cls(
            operator=operator,
            name=name,
            created=created,
            tags=tags,
        )

        return automation_filter
