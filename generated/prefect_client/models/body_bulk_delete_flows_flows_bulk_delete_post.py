from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_filter import FlowFilter


T = TypeVar("T", bound="BodyBulkDeleteFlowsFlowsBulkDeletePost")


@_attrs_define
class BodyBulkDeleteFlowsFlowsBulkDeletePost:
    """
    Attributes:
        flows (FlowFilter | None | Unset): Filter criteria for flows to delete
        limit (int | Unset): Maximum number of flows to delete. Defaults to 50. Default: 50.
    """

    flows: FlowFilter | None | Unset = UNSET
    limit: int | Unset = 50
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_filter import FlowFilter

        flows: dict[str, Any] | None | Unset
        if isinstance(self.flows, Unset):
            flows = UNSET
        elif isinstance(self.flows, FlowFilter):
            flows = self.flows.to_dict()
        else:
            flows = self.flows

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flows is not UNSET:
            field_dict["flows"] = flows
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_filter import FlowFilter

        d = dict(src_dict)

        def _parse_flows(data: object) -> FlowFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flows_type_0 = FlowFilter.from_dict(data)

                return flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilter | None | Unset, data)

        flows = _parse_flows(d.pop("flows", UNSET))

        limit = d.pop("limit", UNSET)

        body_bulk_delete_flows_flows_bulk_delete_post = cls(
            flows=flows,
            limit=limit,
        )

        body_bulk_delete_flows_flows_bulk_delete_post.additional_properties = d
        return body_bulk_delete_flows_flows_bulk_delete_post

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
