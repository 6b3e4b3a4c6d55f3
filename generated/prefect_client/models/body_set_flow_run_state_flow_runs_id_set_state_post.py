from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_create import StateCreate


T = TypeVar("T", bound="BodySetFlowRunStateFlowRunsIdSetStatePost")


@_attrs_define
class BodySetFlowRunStateFlowRunsIdSetStatePost:
    """
    Attributes:
        state (StateCreate): Data used by the Prefect REST API to create a new state.
        force (bool | Unset): If false, orchestration rules will be applied that may alter or prevent the state
            transition. If True, orchestration rules are not applied. Default: False.
    """

    state: StateCreate
    force: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.to_dict()

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state_create import StateCreate

        d = dict(src_dict)
        state = StateCreate.from_dict(d.pop("state"))

        force = d.pop("force", UNSET)

        body_set_flow_run_state_flow_runs_id_set_state_post = cls(
            state=state,
            force=force,
        )

        body_set_flow_run_state_flow_runs_id_set_state_post.additional_properties = d
        return body_set_flow_run_state_flow_runs_id_set_state_post

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
