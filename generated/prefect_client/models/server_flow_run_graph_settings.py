from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerFlowRunGraphSettings")


@_attrs_define
class ServerFlowRunGraphSettings:
    """Settings for controlling behavior of the flow run graph

    Attributes:
        max_nodes (int | Unset): The maximum size of a flow run graph on the v2 API Default: 10000.
        max_artifacts (int | Unset): The maximum number of artifacts to show on a flow run graph on the v2 API Default:
            10000.
    """

    max_nodes: int | Unset = 10000
    max_artifacts: int | Unset = 10000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_nodes = self.max_nodes

        max_artifacts = self.max_artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_nodes is not UNSET:
            field_dict["max_nodes"] = max_nodes
        if max_artifacts is not UNSET:
            field_dict["max_artifacts"] = max_artifacts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_nodes = d.pop("max_nodes", UNSET)

        max_artifacts = d.pop("max_artifacts", UNSET)

        server_flow_run_graph_settings = cls(
            max_nodes=max_nodes,
            max_artifacts=max_artifacts,
        )

        server_flow_run_graph_settings.additional_properties = d
        return server_flow_run_graph_settings

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
