from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_kind import NodeKind
from ..models.state_type import StateType

if TYPE_CHECKING:
    from ..models.edge import Edge
    from ..models.graph_artifact import GraphArtifact


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """
    Attributes:
        kind (NodeKind):
        id (UUID):
        label (str):
        state_type (StateType): Enumeration of state types.
        start_time (datetime.datetime):
        end_time (datetime.datetime | None):
        parents (list[Edge]):
        children (list[Edge]):
        encapsulating (list[Edge]):
        artifacts (list[GraphArtifact]):
    """

    kind: NodeKind
    id: UUID
    label: str
    state_type: StateType
    start_time: datetime.datetime
    end_time: datetime.datetime | None
    parents: list[Edge]
    children: list[Edge]
    encapsulating: list[Edge]
    artifacts: list[GraphArtifact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = str(self.id)

        label = self.label

        state_type = self.state_type.value

        start_time = self.start_time.isoformat()

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        parents = []
        for parents_item_data in self.parents:
            parents_item = parents_item_data.to_dict()
            parents.append(parents_item)

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        encapsulating = []
        for encapsulating_item_data in self.encapsulating:
            encapsulating_item = encapsulating_item_data.to_dict()
            encapsulating.append(encapsulating_item)

        artifacts = []
        for artifacts_item_data in self.artifacts:
            artifacts_item = artifacts_item_data.to_dict()
            artifacts.append(artifacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "label": label,
                "state_type": state_type,
                "start_time": start_time,
                "end_time": end_time,
                "parents": parents,
                "children": children,
                "encapsulating": encapsulating,
                "artifacts": artifacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edge import Edge
        from ..models.graph_artifact import GraphArtifact

        d = dict(src_dict)
        kind = NodeKind(d.pop("kind"))

        id = UUID(d.pop("id"))

        label = d.pop("label")

        state_type = StateType(d.pop("state_type"))

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

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

        parents = []
        _parents = d.pop("parents")
        for parents_item_data in _parents:
            parents_item = Edge.from_dict(parents_item_data)

            parents.append(parents_item)

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = Edge.from_dict(children_item_data)

            children.append(children_item)

        encapsulating = []
        _encapsulating = d.pop("encapsulating")
        for encapsulating_item_data in _encapsulating:
            encapsulating_item = Edge.from_dict(encapsulating_item_data)

            encapsulating.append(encapsulating_item)

        artifacts = []
        _artifacts = d.pop("artifacts")
        for artifacts_item_data in _artifacts:
            artifacts_item = GraphArtifact.from_dict(artifacts_item_data)

            artifacts.append(artifacts_item)

        node = cls(
            kind=kind,
            id=id,
            label=label,
            state_type=state_type,
            start_time=start_time,
            end_time=end_time,
            parents=parents,
            children=children,
            encapsulating=encapsulating,
            artifacts=artifacts,
        )

        node.additional_properties = d
        return node

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
