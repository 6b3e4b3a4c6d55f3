from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunFilterCreatedBy")


@_attrs_define
class FlowRunFilterCreatedBy:
    """Filter by `FlowRun.created_by`.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (list[UUID] | None | Unset): A list of creator IDs to include
        type_ (list[str] | None | Unset): A list of creator types to include. For example, 'DEPLOYMENT' for scheduled
            runs or 'AUTOMATION' for runs triggered by automations.
        is_null (bool | None | Unset): If true, only include flow runs without a creator
    """

    operator: Operator | Unset = UNSET
    id: list[UUID] | None | Unset = UNSET
    type_: list[str] | None | Unset = UNSET
    is_null: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: list[str] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, list):
            id = []
            for id_type_0_item_data in self.id:
                id_type_0_item = str(id_type_0_item_data)
                id.append(id_type_0_item)

        else:
            id = self.id

        type_: list[str] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, list):
            type_ = self.type_

        else:
            type_ = self.type_

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id_"] = id
        if type_ is not UNSET:
            field_dict["type_"] = type_
        if is_null is not UNSET:
            field_dict["is_null_"] = is_null

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                id_type_0 = []
                _id_type_0 = data
                for id_type_0_item_data in _id_type_0:
                    id_type_0_item = UUID(id_type_0_item_data)

                    id_type_0.append(id_type_0_item)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        id = _parse_id(d.pop("id_", UNSET))

        def _parse_type_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                type_type_0 = cast(list[str], data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        type_ = _parse_type_(d.pop("type_", UNSET))

        def _parse_is_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_null = _parse_is_null(d.pop("is_null_", UNSET))

        flow_run_filter_created_by = cls(
            operator=operator,
            id=id,
            type_=type_,
            is_null=is_null,
        )

        return flow_run_filter_created_by
