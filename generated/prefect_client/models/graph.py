from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.graph_artifact import GraphArtifact
    from ..models.graph_state import GraphState
    from ..models.node import Node


T = TypeVar("T", bound="Graph")


@_attrs_define
class Graph:
    """
    Attributes:
        start_time (datetime.datetime | None):
        end_time (datetime.datetime | None):
        root_node_ids (list[UUID]):
        nodes (list[list[Node | UUID]]):
        artifacts (list[GraphArtifact]):
        states (list[GraphState]):
    """

    start_time: datetime.datetime | None
    end_time: datetime.datetime | None
    root_node_ids: list[UUID]
    nodes: list[list[Node | UUID]]
    artifacts: list[GraphArtifact]
    states: list[GraphState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        root_node_ids = []
        for root_node_ids_item_data in self.root_node_ids:
            root_node_ids_item = str(root_node_ids_item_data)
            root_node_ids.append(root_node_ids_item)

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = []
            for nodes_item_item_data in nodes_item_data:
                nodes_item_item: dict[str, Any] | str
                if isinstance(nodes_item_item_data, UUID):
                    nodes_item_item = str(nodes_item_item_data)
                else:
                    nodes_item_item = nodes_item_item_data.to_dict()

                nodes_item.append(nodes_item_item)

            nodes.append(nodes_item)

        artifacts = []
        for artifacts_item_data in self.artifacts:
            artifacts_item = artifacts_item_data.to_dict()
            artifacts.append(artifacts_item)

        states = []
        for states_item_data in self.states:
            states_item = states_item_data.to_dict()
            states.append(states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "root_node_ids": root_node_ids,
                "nodes": nodes,
                "artifacts": artifacts,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_artifact import GraphArtifact
        from ..models.graph_state import GraphState
        from ..models.node import Node

        d = dict(src_dict)

        def _parse_start_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_time = _parse_start_time(d.pop("start_time"))

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        root_node_ids = []
        _root_node_ids = d.pop("root_node_ids")
        for root_node_ids_item_data in _root_node_ids:
            root_node_ids_item = UUID(root_node_ids_item_data)

            root_node_ids.append(root_node_ids_item)

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = []
            _nodes_item = nodes_item_data
            for nodes_item_item_data in _nodes_item:

                def _parse_nodes_item_item(data: object) -> Node | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        nodes_item_item_type_0 = UUID(data)

                        return nodes_item_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    nodes_item_item_type_1 = Node.from_dict(data)

                    return nodes_item_item_type_1

                nodes_item_item = _parse_nodes_item_item(nodes_item_item_data)

                nodes_item.append(nodes_item_item)

            nodes.append(nodes_item)

        artifacts = []
        _artifacts = d.pop("artifacts")
        for artifacts_item_data in _artifacts:
            artifacts_item = GraphArtifact.from_dict(artifacts_item_data)

            artifacts.append(artifacts_item)

        states = []
        _states = d.pop("states")
        for states_item_data in _states:
            states_item = GraphState.from_dict(states_item_data)

            states.append(states_item)

        graph = cls(
            start_time=start_time,
            end_time=end_time,
            root_node_ids=root_node_ids,
            nodes=nodes,
            artifacts=artifacts,
            states=states,
        )

        graph.additional_properties = d
        return graph

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
