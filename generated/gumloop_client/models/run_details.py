from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_details_outputs import RunDetailsOutputs


T = TypeVar("T", bound="RunDetails")


@_attrs_define
class RunDetails:
    """
    Attributes:
        user_id (str | Unset): The id for the user initiating the flow.
        state (str | Unset): One of RUNNING, DONE, TERMINATING, FAILED, TERMINATED (the page's enum). Kept an open
            string: Gumloop's own SDK also sees STARTED, and a state the page does not list must not make a run unreadable.
        outputs (RunDetailsOutputs | Unset): JSON object where keys are the output_name parameters of your Gumloop
            Output nodes and the values are the values that get sent to your node.
        created_ts (str | Unset): Timestamp for when the flow was started.
        finished_ts (str | Unset): Timestamp for when the flow completed.
        log (list[str] | Unset): A list of log entries from your Gumloop flow run.
    """

    user_id: str | Unset = UNSET
    state: str | Unset = UNSET
    outputs: RunDetailsOutputs | Unset = UNSET
    created_ts: str | Unset = UNSET
    finished_ts: str | Unset = UNSET
    log: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        state = self.state

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        created_ts = self.created_ts

        finished_ts = self.finished_ts

        log: list[str] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if state is not UNSET:
            field_dict["state"] = state
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if finished_ts is not UNSET:
            field_dict["finished_ts"] = finished_ts
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_details_outputs import RunDetailsOutputs

        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        state = d.pop("state", UNSET)

        _outputs = d.pop("outputs", UNSET)
        outputs: RunDetailsOutputs | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = RunDetailsOutputs.from_dict(_outputs)

        created_ts = d.pop("created_ts", UNSET)

        finished_ts = d.pop("finished_ts", UNSET)

        log = cast(list[str], d.pop("log", UNSET))

        run_details = cls(
            user_id=user_id,
            state=state,
            outputs=outputs,
            created_ts=created_ts,
            finished_ts=finished_ts,
            log=log,
        )

        run_details.additional_properties = d
        return run_details

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
