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

T = TypeVar("T", bound="Constant")


@_attrs_define
class Constant:
    """Represents constant input value to a task run.

    Attributes:
        type_ (str):
        input_type (Literal['constant'] | Unset):  Default: 'constant'.
    """

    type_: str
    input_type: Literal["constant"] | Unset = "constant"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_type = self.input_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if input_type is not UNSET:
            field_dict["input_type"] = input_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        input_type = cast(Literal["constant"] | Unset, d.pop("input_type", UNSET))
        if input_type != "constant" and not isinstance(input_type, Unset):
            raise ValueError(
                f"input_type must match const 'constant', got '{input_type}'"
            )

        constant = cls(
            type_=type_,
            input_type=input_type,
        )

        constant.additional_properties = d
        return constant

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
