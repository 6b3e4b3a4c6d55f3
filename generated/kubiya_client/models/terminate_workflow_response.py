from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TerminateWorkflowResponse")


@_attrs_define
class TerminateWorkflowResponse:
    """Response after terminating a workflow

    Attributes:
        success (bool): Whether termination was successful
        workflow_id (str): Workflow ID that was terminated
        terminated_at (datetime.datetime): Termination timestamp
    """

    success: bool
    workflow_id: str
    terminated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        workflow_id = self.workflow_id

        terminated_at = self.terminated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "workflow_id": workflow_id,
                "terminated_at": terminated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success")

        workflow_id = d.pop("workflow_id")

        terminated_at = datetime.datetime.fromisoformat(d.pop("terminated_at"))

        terminate_workflow_response = cls(
            success=success,
            workflow_id=workflow_id,
            terminated_at=terminated_at,
        )

        terminate_workflow_response.additional_properties = d
        return terminate_workflow_response

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
