from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_settings_logging_level import InternalSettingsLoggingLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalSettings")


@_attrs_define
class InternalSettings:
    """
    Attributes:
        logging_level (InternalSettingsLoggingLevel | Unset): The default logging level for Prefect's internal machinery
            loggers. Default: InternalSettingsLoggingLevel.ERROR.
    """

    logging_level: InternalSettingsLoggingLevel | Unset = (
        InternalSettingsLoggingLevel.ERROR
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logging_level: str | Unset = UNSET
        if not isinstance(self.logging_level, Unset):
            logging_level = self.logging_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logging_level is not UNSET:
            field_dict["logging_level"] = logging_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _logging_level = d.pop("logging_level", UNSET)
        logging_level: InternalSettingsLoggingLevel | Unset
        if isinstance(_logging_level, Unset):
            logging_level = UNSET
        else:
            logging_level = InternalSettingsLoggingLevel(_logging_level)

        internal_settings = cls(
            logging_level=logging_level,
        )

        internal_settings.additional_properties = d
        return internal_settings

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
