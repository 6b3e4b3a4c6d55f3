from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_create_labels_type_0 import FlowCreateLabelsType0


T = TypeVar("T", bound="FlowCreate")


@_attrs_define
class FlowCreate:
    """Data used by the Prefect REST API to create a flow.

    Attributes:
        name (str): The name of the flow
        tags (list[str] | Unset): A list of flow tags
        labels (FlowCreateLabelsType0 | None | Unset): A dictionary of key-value labels. Values can be strings, numbers,
            or booleans.
    """

    name: str
    tags: list[str] | Unset = UNSET
    labels: FlowCreateLabelsType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_create_labels_type_0 import FlowCreateLabelsType0

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, FlowCreateLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_create_labels_type_0 import FlowCreateLabelsType0

        d = dict(src_dict)
        name = d.pop("name")

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(data: object) -> FlowCreateLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = FlowCreateLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowCreateLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        flow_create = cls(
            name=name,
            tags=tags,
            labels=labels,
        )

        return flow_create
