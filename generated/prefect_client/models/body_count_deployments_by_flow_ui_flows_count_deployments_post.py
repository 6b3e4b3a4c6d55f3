from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BodyCountDeploymentsByFlowUiFlowsCountDeploymentsPost")


@_attrs_define
class BodyCountDeploymentsByFlowUiFlowsCountDeploymentsPost:
    """
    Attributes:
        flow_ids (list[UUID]):
    """

    flow_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_ids = []
        for flow_ids_item_data in self.flow_ids:
            flow_ids_item = str(flow_ids_item_data)
            flow_ids.append(flow_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow_ids": flow_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_ids = []
        _flow_ids = d.pop("flow_ids")
        for flow_ids_item_data in _flow_ids:
            flow_ids_item = UUID(flow_ids_item_data)

            flow_ids.append(flow_ids_item)

        body_count_deployments_by_flow_ui_flows_count_deployments_post = cls(
            flow_ids=flow_ids,
        )

        body_count_deployments_by_flow_ui_flows_count_deployments_post.additional_properties = d
        return body_count_deployments_by_flow_ui_flows_count_deployments_post

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
