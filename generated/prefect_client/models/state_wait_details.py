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

T = TypeVar("T", bound="StateWaitDetails")


@_attrs_define
class StateWaitDetails:
    """Details associated with a WAIT state transition.

    Attributes:
        delay_seconds (int): The length of time in seconds the client should wait before transitioning states.
        type_ (Literal['wait_details'] | Unset): The type of state transition detail. Used to ensure pydantic does not
            coerce into a different type. Default: 'wait_details'.
        reason (None | str | Unset): The reason why the state transition should wait.
    """

    delay_seconds: int
    type_: Literal["wait_details"] | Unset = "wait_details"
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay_seconds = self.delay_seconds

        type_ = self.type_

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delay_seconds": delay_seconds,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delay_seconds = d.pop("delay_seconds")

        type_ = cast(Literal["wait_details"] | Unset, d.pop("type", UNSET))
        if type_ != "wait_details" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'wait_details', got '{type_}'")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        state_wait_details = cls(
            delay_seconds=delay_seconds,
            type_=type_,
            reason=reason,
        )

        state_wait_details.additional_properties = d
        return state_wait_details

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
