from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunFilterId")


@_attrs_define
class FlowRunFilterId:
    """Filter by `FlowRun.id`.

    Attributes:
        any_ (list[UUID] | None | Unset): A list of flow run ids to include
        not_any (list[UUID] | None | Unset): A list of flow run ids to exclude
    """

    any_: list[UUID] | None | Unset = UNSET
    not_any: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = []
            for any_type_0_item_data in self.any_:
                any_type_0_item = str(any_type_0_item_data)
                any_.append(any_type_0_item)

        else:
            any_ = self.any_

        not_any: list[str] | None | Unset
        if isinstance(self.not_any, Unset):
            not_any = UNSET
        elif isinstance(self.not_any, list):
            not_any = []
            for not_any_type_0_item_data in self.not_any:
                not_any_type_0_item = str(not_any_type_0_item_data)
                not_any.append(not_any_type_0_item)

        else:
            not_any = self.not_any

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_
        if not_any is not UNSET:
            field_dict["not_any_"] = not_any

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_any_(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = []
                _any_type_0 = data
                for any_type_0_item_data in _any_type_0:
                    any_type_0_item = UUID(any_type_0_item_data)

                    any_type_0.append(any_type_0_item)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        any_ = _parse_any_(d.pop("any_", UNSET))

        def _parse_not_any(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_any_type_0 = []
                _not_any_type_0 = data
                for not_any_type_0_item_data in _not_any_type_0:
                    not_any_type_0_item = UUID(not_any_type_0_item_data)

                    not_any_type_0.append(not_any_type_0_item)

                return not_any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        not_any = _parse_not_any(d.pop("not_any_", UNSET))

        flow_run_filter_id = cls(
            any_=any_,
            not_any=not_any,
        )

        return flow_run_filter_id
