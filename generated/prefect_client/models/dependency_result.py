from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.task_run_result import TaskRunResult


T = TypeVar("T", bound="DependencyResult")


@_attrs_define
class DependencyResult:
    """
    Attributes:
        id (UUID):
        name (str):
        upstream_dependencies (list[TaskRunResult]):
        state (None | State):
        expected_start_time (datetime.datetime | None):
        start_time (datetime.datetime | None):
        end_time (datetime.datetime | None):
        total_run_time (float | None):
        estimated_run_time (float | None):
        untrackable_result (bool):
    """

    id: UUID
    name: str
    upstream_dependencies: list[TaskRunResult]
    state: None | State
    expected_start_time: datetime.datetime | None
    start_time: datetime.datetime | None
    end_time: datetime.datetime | None
    total_run_time: float | None
    estimated_run_time: float | None
    untrackable_result: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state import State

        id = str(self.id)

        name = self.name

        upstream_dependencies = []
        for upstream_dependencies_item_data in self.upstream_dependencies:
            upstream_dependencies_item = upstream_dependencies_item_data.to_dict()
            upstream_dependencies.append(upstream_dependencies_item)

        state: dict[str, Any] | None
        if isinstance(self.state, State):
            state = self.state.to_dict()
        else:
            state = self.state

        expected_start_time: None | str
        if isinstance(self.expected_start_time, datetime.datetime):
            expected_start_time = self.expected_start_time.isoformat()
        else:
            expected_start_time = self.expected_start_time

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        total_run_time: float | None
        total_run_time = self.total_run_time

        estimated_run_time: float | None
        estimated_run_time = self.estimated_run_time

        untrackable_result = self.untrackable_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "upstream_dependencies": upstream_dependencies,
                "state": state,
                "expected_start_time": expected_start_time,
                "start_time": start_time,
                "end_time": end_time,
                "total_run_time": total_run_time,
                "estimated_run_time": estimated_run_time,
                "untrackable_result": untrackable_result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state import State
        from ..models.task_run_result import TaskRunResult

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        upstream_dependencies = []
        _upstream_dependencies = d.pop("upstream_dependencies")
        for upstream_dependencies_item_data in _upstream_dependencies:
            upstream_dependencies_item = TaskRunResult.from_dict(
                upstream_dependencies_item_data
            )

            upstream_dependencies.append(upstream_dependencies_item)

        def _parse_state(data: object) -> None | State:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = State.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State, data)

        state = _parse_state(d.pop("state"))

        def _parse_expected_start_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return expected_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expected_start_time = _parse_expected_start_time(d.pop("expected_start_time"))

        def _parse_start_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_time = _parse_start_time(d.pop("start_time"))

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        def _parse_total_run_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_run_time = _parse_total_run_time(d.pop("total_run_time"))

        def _parse_estimated_run_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        estimated_run_time = _parse_estimated_run_time(d.pop("estimated_run_time"))

        untrackable_result = d.pop("untrackable_result")

        dependency_result = cls(
            id=id,
            name=name,
            upstream_dependencies=upstream_dependencies,
            state=state,
            expected_start_time=expected_start_time,
            start_time=start_time,
            end_time=end_time,
            total_run_time=total_run_time,
            estimated_run_time=estimated_run_time,
            untrackable_result=untrackable_result,
        )

        dependency_result.additional_properties = d
        return dependency_result

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
