from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineOptions")


@_attrs_define
class PipelineOptions:
    """Options for pipeline execution behavior.

    Attributes:
        live_progress_updates (bool | None | Unset): If True, save checkpoint progress to database during job execution.
            If None, the worker picks a default based on job type.
    """

    live_progress_updates: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_progress_updates: bool | None | Unset
        if isinstance(self.live_progress_updates, Unset):
            live_progress_updates = UNSET
        else:
            live_progress_updates = self.live_progress_updates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_progress_updates is not UNSET:
            field_dict["live_progress_updates"] = live_progress_updates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_live_progress_updates(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        live_progress_updates = _parse_live_progress_updates(
            d.pop("live_progress_updates", UNSET)
        )

        pipeline_options = cls(
            live_progress_updates=live_progress_updates,
        )

        pipeline_options.additional_properties = d
        return pipeline_options

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
