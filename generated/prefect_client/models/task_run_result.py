from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRunResult")


@_attrs_define
class TaskRunResult:
    """Represents a task run result input to another task run.

    Attributes:
        id (UUID):
        input_type (Literal['task_run'] | Unset):  Default: 'task_run'.
    """

    id: UUID
    input_type: Literal["task_run"] | Unset = "task_run"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        input_type = self.input_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if input_type is not UNSET:
            field_dict["input_type"] = input_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        input_type = cast(Literal["task_run"] | Unset, d.pop("input_type", UNSET))
        if input_type != "task_run" and not isinstance(input_type, Unset):
            raise ValueError(
                f"input_type must match const 'task_run', got '{input_type}'"
            )

        task_run_result = cls(
            id=id,
            input_type=input_type,
        )

        task_run_result.additional_properties = d
        return task_run_result

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
