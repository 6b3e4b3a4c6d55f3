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

from ..models.resume_automation_source import ResumeAutomationSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResumeAutomation")


@_attrs_define
class ResumeAutomation:
    """Resumes a Work Queue

    Attributes:
        type_ (Literal['resume-automation'] | Unset):  Default: 'resume-automation'.
        source (ResumeAutomationSource | Unset): Whether this Action applies to a specific selected automation (given by
            `automation_id`), or to an automation that is inferred from the triggering event.  If the source is 'inferred',
            the `automation_id` may not be set.  If the source is 'selected', the `automation_id` must be set. Default:
            ResumeAutomationSource.SELECTED.
        automation_id (None | Unset | UUID): The identifier of the automation to act on
    """

    type_: Literal["resume-automation"] | Unset = "resume-automation"
    source: ResumeAutomationSource | Unset = ResumeAutomationSource.SELECTED
    automation_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        automation_id: None | str | Unset
        if isinstance(self.automation_id, Unset):
            automation_id = UNSET
        elif isinstance(self.automation_id, UUID):
            automation_id = str(self.automation_id)
        else:
            automation_id = self.automation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["resume-automation"] | Unset, d.pop("type", UNSET))
        if type_ != "resume-automation" and not isinstance(type_, Unset):
            raise ValueError(
                f"type must match const 'resume-automation', got '{type_}'"
            )

        _source = d.pop("source", UNSET)
        source: ResumeAutomationSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ResumeAutomationSource(_source)

        def _parse_automation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automation_id_type_0 = UUID(data)

                return automation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        automation_id = _parse_automation_id(d.pop("automation_id", UNSET))

        resume_automation = cls(
            type_=type_,
            source=source,
            automation_id=automation_id,
        )

        resume_automation.additional_properties = d
        return resume_automation

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
