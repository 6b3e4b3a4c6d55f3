from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_state_status import SetStateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.state_abort_details import StateAbortDetails
    from ..models.state_accept_details import StateAcceptDetails
    from ..models.state_reject_details import StateRejectDetails
    from ..models.state_wait_details import StateWaitDetails


T = TypeVar("T", bound="FlowRunOrchestrationResult")


@_attrs_define
class FlowRunOrchestrationResult:
    """Per-run result for bulk state operations.

    Attributes:
        flow_run_id (UUID):
        status (SetStateStatus): Enumerates return statuses for setting run states.
        details (StateAbortDetails | StateAcceptDetails | StateRejectDetails | StateWaitDetails):
        state (None | State | Unset):
    """

    flow_run_id: UUID
    status: SetStateStatus
    details: (
        StateAbortDetails | StateAcceptDetails | StateRejectDetails | StateWaitDetails
    )
    state: None | State | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state import State
        from ..models.state_accept_details import StateAcceptDetails
        from ..models.state_reject_details import StateRejectDetails
        from ..models.state_wait_details import StateWaitDetails

        flow_run_id = str(self.flow_run_id)

        status = self.status.value

        details: dict[str, Any]
        if (
            isinstance(self.details, StateAcceptDetails)
            or isinstance(self.details, StateWaitDetails)
            or isinstance(self.details, StateRejectDetails)
        ):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, State):
            state = self.state.to_dict()
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow_run_id": flow_run_id,
                "status": status,
                "details": details,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state import State
        from ..models.state_abort_details import StateAbortDetails
        from ..models.state_accept_details import StateAcceptDetails
        from ..models.state_reject_details import StateRejectDetails
        from ..models.state_wait_details import StateWaitDetails

        d = dict(src_dict)
        flow_run_id = UUID(d.pop("flow_run_id"))

        status = SetStateStatus(d.pop("status"))

        def _parse_details(
            data: object,
        ) -> (
            StateAbortDetails
            | StateAcceptDetails
            | StateRejectDetails
            | StateWaitDetails
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = StateAcceptDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_1 = StateWaitDetails.from_dict(data)

                return details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_2 = StateRejectDetails.from_dict(data)

                return details_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            details_type_3 = StateAbortDetails.from_dict(data)

            return details_type_3

        details = _parse_details(d.pop("details"))

        def _parse_state(data: object) -> None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = State.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        flow_run_orchestration_result = cls(
            flow_run_id=flow_run_id,
            status=status,
            details=details,
            state=state,
        )

        flow_run_orchestration_result.additional_properties = d
        return flow_run_orchestration_result

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
