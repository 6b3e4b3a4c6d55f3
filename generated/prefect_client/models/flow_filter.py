from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_filter_deployment import FlowFilterDeployment
    from ..models.flow_filter_id import FlowFilterId
    from ..models.flow_filter_name import FlowFilterName
    from ..models.flow_filter_tags import FlowFilterTags


T = TypeVar("T", bound="FlowFilter")


@_attrs_define
class FlowFilter:
    """Filter for flows. Only flows matching all criteria will be returned.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (FlowFilterId | None | Unset): Filter criteria for `Flow.id`
        deployment (FlowFilterDeployment | None | Unset): Filter criteria for Flow deployments
        name (FlowFilterName | None | Unset): Filter criteria for `Flow.name`
        tags (FlowFilterTags | None | Unset): Filter criteria for `Flow.tags`
    """

    operator: Operator | Unset = UNSET
    id: FlowFilterId | None | Unset = UNSET
    deployment: FlowFilterDeployment | None | Unset = UNSET
    name: FlowFilterName | None | Unset = UNSET
    tags: FlowFilterTags | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_filter_deployment import FlowFilterDeployment
        from ..models.flow_filter_id import FlowFilterId
        from ..models.flow_filter_name import FlowFilterName
        from ..models.flow_filter_tags import FlowFilterTags

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, FlowFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        deployment: dict[str, Any] | None | Unset
        if isinstance(self.deployment, Unset):
            deployment = UNSET
        elif isinstance(self.deployment, FlowFilterDeployment):
            deployment = self.deployment.to_dict()
        else:
            deployment = self.deployment

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, FlowFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, FlowFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_filter_deployment import FlowFilterDeployment
        from ..models.flow_filter_id import FlowFilterId
        from ..models.flow_filter_name import FlowFilterName
        from ..models.flow_filter_tags import FlowFilterTags

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> FlowFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = FlowFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_deployment(data: object) -> FlowFilterDeployment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployment_type_0 = FlowFilterDeployment.from_dict(data)

                return deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilterDeployment | None | Unset, data)

        deployment = _parse_deployment(d.pop("deployment", UNSET))

        def _parse_name(data: object) -> FlowFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = FlowFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tags(data: object) -> FlowFilterTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = FlowFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilterTags | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        flow_filter = cls(
            operator=operator,
            id=id,
            deployment=deployment,
            name=name,
            tags=tags,
        )

        return flow_filter
