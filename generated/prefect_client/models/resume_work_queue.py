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

from ..models.resume_work_queue_source import ResumeWorkQueueSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResumeWorkQueue")


@_attrs_define
class ResumeWorkQueue:
    """Resumes a Work Queue

    Attributes:
        type_ (Literal['resume-work-queue'] | Unset):  Default: 'resume-work-queue'.
        source (ResumeWorkQueueSource | Unset): Whether this Action applies to a specific selected work queue (given by
            `work_queue_id`), or to a work queue that is inferred from the triggering event.  If the source is 'inferred',
            the `work_queue_id` may not be set.  If the source is 'selected', the `work_queue_id` must be set. Default:
            ResumeWorkQueueSource.SELECTED.
        work_queue_id (None | Unset | UUID): The identifier of the work queue to pause
    """

    type_: Literal["resume-work-queue"] | Unset = "resume-work-queue"
    source: ResumeWorkQueueSource | Unset = ResumeWorkQueueSource.SELECTED
    work_queue_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        work_queue_id: None | str | Unset
        if isinstance(self.work_queue_id, Unset):
            work_queue_id = UNSET
        elif isinstance(self.work_queue_id, UUID):
            work_queue_id = str(self.work_queue_id)
        else:
            work_queue_id = self.work_queue_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if work_queue_id is not UNSET:
            field_dict["work_queue_id"] = work_queue_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["resume-work-queue"] | Unset, d.pop("type", UNSET))
        if type_ != "resume-work-queue" and not isinstance(type_, Unset):
            raise ValueError(
                f"type must match const 'resume-work-queue', got '{type_}'"
            )

        _source = d.pop("source", UNSET)
        source: ResumeWorkQueueSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ResumeWorkQueueSource(_source)

        def _parse_work_queue_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_queue_id_type_0 = UUID(data)

                return work_queue_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        work_queue_id = _parse_work_queue_id(d.pop("work_queue_id", UNSET))

        resume_work_queue = cls(
            type_=type_,
            source=source,
            work_queue_id=work_queue_id,
        )

        resume_work_queue.additional_properties = d
        return resume_work_queue

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
