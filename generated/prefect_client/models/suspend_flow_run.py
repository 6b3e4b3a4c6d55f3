from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuspendFlowRun")


@_attrs_define
class SuspendFlowRun:
    """Suspends a flow run associated with the trigger

    Attributes:
        type_ (Literal['suspend-flow-run'] | Unset):  Default: 'suspend-flow-run'.
    """

    type_: Literal["suspend-flow-run"] | Unset = "suspend-flow-run"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["suspend-flow-run"] | Unset, d.pop("type", UNSET))
        if type_ != "suspend-flow-run" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'suspend-flow-run', got '{type_}'")

        suspend_flow_run = cls(
            type_=type_,
        )

        suspend_flow_run.additional_properties = d
        return suspend_flow_run

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
