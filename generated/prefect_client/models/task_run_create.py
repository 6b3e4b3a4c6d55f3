from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_create import StateCreate
    from ..models.task_run_create_labels_type_0 import TaskRunCreateLabelsType0
    from ..models.task_run_create_task_inputs import TaskRunCreateTaskInputs
    from ..models.task_run_policy import TaskRunPolicy


T = TypeVar("T", bound="TaskRunCreate")


@_attrs_define
class TaskRunCreate:
    """Data used by the Prefect REST API to create a task run

    Attributes:
        task_key (str): A unique identifier for the task being run.
        dynamic_key (str): A dynamic key used to differentiate between multiple runs of the same task within the same
            flow run.
        id (None | Unset | UUID): The ID to assign to the task run. If not provided, a random UUID will be generated.
        state (None | StateCreate | Unset): The state of the task run to create
        name (str | Unset):
        flow_run_id (None | Unset | UUID): The flow run id of the task run.
        cache_key (None | str | Unset): An optional cache key. If a COMPLETED state associated with this cache key is
            found, the cached COMPLETED state will be used instead of executing the task run.
        cache_expiration (datetime.datetime | None | Unset): Specifies when the cached state should expire.
        task_version (None | str | Unset): The version of the task being run.
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        tags (list[str] | Unset): A list of tags for the task run.
        labels (None | TaskRunCreateLabelsType0 | Unset): A dictionary of key-value labels. Values can be strings,
            numbers, or booleans.
        task_inputs (TaskRunCreateTaskInputs | Unset): The inputs to the task run.
    """

    task_key: str
    dynamic_key: str
    id: None | Unset | UUID = UNSET
    state: None | StateCreate | Unset = UNSET
    name: str | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    cache_key: None | str | Unset = UNSET
    cache_expiration: datetime.datetime | None | Unset = UNSET
    task_version: None | str | Unset = UNSET
    empirical_policy: TaskRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: None | TaskRunCreateLabelsType0 | Unset = UNSET
    task_inputs: TaskRunCreateTaskInputs | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.state_create import StateCreate
        from ..models.task_run_create_labels_type_0 import TaskRunCreateLabelsType0

        task_key = self.task_key

        dynamic_key = self.dynamic_key

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, StateCreate):
            state = self.state.to_dict()
        else:
            state = self.state

        name = self.name

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        cache_key: None | str | Unset
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        cache_expiration: None | str | Unset
        if isinstance(self.cache_expiration, Unset):
            cache_expiration = UNSET
        elif isinstance(self.cache_expiration, datetime.datetime):
            cache_expiration = self.cache_expiration.isoformat()
        else:
            cache_expiration = self.cache_expiration

        task_version: None | str | Unset
        if isinstance(self.task_version, Unset):
            task_version = UNSET
        else:
            task_version = self.task_version

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskRunCreateLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        task_inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_inputs, Unset):
            task_inputs = self.task_inputs.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_key": task_key,
                "dynamic_key": dynamic_key,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if name is not UNSET:
            field_dict["name"] = name
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if cache_expiration is not UNSET:
            field_dict["cache_expiration"] = cache_expiration
        if task_version is not UNSET:
            field_dict["task_version"] = task_version
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if task_inputs is not UNSET:
            field_dict["task_inputs"] = task_inputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state_create import StateCreate
        from ..models.task_run_create_labels_type_0 import TaskRunCreateLabelsType0
        from ..models.task_run_create_task_inputs import TaskRunCreateTaskInputs
        from ..models.task_run_policy import TaskRunPolicy

        d = dict(src_dict)
        task_key = d.pop("task_key")

        dynamic_key = d.pop("dynamic_key")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_state(data: object) -> None | StateCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = StateCreate.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateCreate | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        name = d.pop("name", UNSET)

        def _parse_flow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_run_id_type_0 = UUID(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_key = _parse_cache_key(d.pop("cache_key", UNSET))

        def _parse_cache_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cache_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return cache_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cache_expiration = _parse_cache_expiration(d.pop("cache_expiration", UNSET))

        def _parse_task_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_version = _parse_task_version(d.pop("task_version", UNSET))

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: TaskRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = TaskRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(data: object) -> None | TaskRunCreateLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = TaskRunCreateLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunCreateLabelsType0 | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        _task_inputs = d.pop("task_inputs", UNSET)
        task_inputs: TaskRunCreateTaskInputs | Unset
        if isinstance(_task_inputs, Unset):
            task_inputs = UNSET
        else:
            task_inputs = TaskRunCreateTaskInputs.from_dict(_task_inputs)

        task_run_create = cls(
            task_key=task_key,
            dynamic_key=dynamic_key,
            id=id,
            state=state,
            name=name,
            flow_run_id=flow_run_id,
            cache_key=cache_key,
            cache_expiration=cache_expiration,
            task_version=task_version,
            empirical_policy=empirical_policy,
            tags=tags,
            labels=labels,
            task_inputs=task_inputs,
        )

        return task_run_create
