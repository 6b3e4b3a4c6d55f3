from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunNotFound")


@_attrs_define
class FlowRunNotFound:
    """Prefect's 404 body: {"exception_message": ...} from its not-found handler, or FastAPI's {"detail": ...} from an
    HTTPException or an unmatched route

        Attributes:
            exception_message (str | Unset):
            detail (str | Unset):
    """

    exception_message: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exception_message = self.exception_message

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception_message is not UNSET:
            field_dict["exception_message"] = exception_message
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exception_message = d.pop("exception_message", UNSET)

        detail = d.pop("detail", UNSET)

        flow_run_not_found = cls(
            exception_message=exception_message,
            detail=detail,
        )

        flow_run_not_found.additional_properties = d
        return flow_run_not_found

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
