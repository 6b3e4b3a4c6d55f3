from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_filter_created_by import FlowRunFilterCreatedBy
    from ..models.flow_run_filter_deployment_id import FlowRunFilterDeploymentId
    from ..models.flow_run_filter_end_time import FlowRunFilterEndTime
    from ..models.flow_run_filter_expected_start_time import (
        FlowRunFilterExpectedStartTime,
    )
    from ..models.flow_run_filter_flow_version import FlowRunFilterFlowVersion
    from ..models.flow_run_filter_id import FlowRunFilterId
    from ..models.flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
    from ..models.flow_run_filter_name import FlowRunFilterName
    from ..models.flow_run_filter_next_scheduled_start_time import (
        FlowRunFilterNextScheduledStartTime,
    )
    from ..models.flow_run_filter_parent_flow_run_id import FlowRunFilterParentFlowRunId
    from ..models.flow_run_filter_parent_task_run_id import FlowRunFilterParentTaskRunId
    from ..models.flow_run_filter_start_time import FlowRunFilterStartTime
    from ..models.flow_run_filter_state import FlowRunFilterState
    from ..models.flow_run_filter_tags import FlowRunFilterTags
    from ..models.flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName


T = TypeVar("T", bound="FlowRunFilter")


@_attrs_define
class FlowRunFilter:
    """Filter flow runs. Only flow runs matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (FlowRunFilterId | None | Unset): Filter criteria for `FlowRun.id`
        name (FlowRunFilterName | None | Unset): Filter criteria for `FlowRun.name`
        tags (FlowRunFilterTags | None | Unset): Filter criteria for `FlowRun.tags`
        deployment_id (FlowRunFilterDeploymentId | None | Unset): Filter criteria for `FlowRun.deployment_id`
        work_queue_name (FlowRunFilterWorkQueueName | None | Unset): Filter criteria for `FlowRun.work_queue_name
        state (FlowRunFilterState | None | Unset): Filter criteria for `FlowRun.state`
        flow_version (FlowRunFilterFlowVersion | None | Unset): Filter criteria for `FlowRun.flow_version`
        start_time (FlowRunFilterStartTime | None | Unset): Filter criteria for `FlowRun.start_time`
        end_time (FlowRunFilterEndTime | None | Unset): Filter criteria for `FlowRun.end_time`
        expected_start_time (FlowRunFilterExpectedStartTime | None | Unset): Filter criteria for
            `FlowRun.expected_start_time`
        next_scheduled_start_time (FlowRunFilterNextScheduledStartTime | None | Unset): Filter criteria for
            `FlowRun.next_scheduled_start_time`
        parent_flow_run_id (FlowRunFilterParentFlowRunId | None | Unset): Filter criteria for subflows of the given flow
            runs
        parent_task_run_id (FlowRunFilterParentTaskRunId | None | Unset): Filter criteria for
            `FlowRun.parent_task_run_id`
        idempotency_key (FlowRunFilterIdempotencyKey | None | Unset): Filter criteria for `FlowRun.idempotency_key`
        created_by (FlowRunFilterCreatedBy | None | Unset): Filter criteria for `FlowRun.created_by`
    """

    operator: Operator | Unset = UNSET
    id: FlowRunFilterId | None | Unset = UNSET
    name: FlowRunFilterName | None | Unset = UNSET
    tags: FlowRunFilterTags | None | Unset = UNSET
    deployment_id: FlowRunFilterDeploymentId | None | Unset = UNSET
    work_queue_name: FlowRunFilterWorkQueueName | None | Unset = UNSET
    state: FlowRunFilterState | None | Unset = UNSET
    flow_version: FlowRunFilterFlowVersion | None | Unset = UNSET
    start_time: FlowRunFilterStartTime | None | Unset = UNSET
    end_time: FlowRunFilterEndTime | None | Unset = UNSET
    expected_start_time: FlowRunFilterExpectedStartTime | None | Unset = UNSET
    next_scheduled_start_time: FlowRunFilterNextScheduledStartTime | None | Unset = (
        UNSET
    )
    parent_flow_run_id: FlowRunFilterParentFlowRunId | None | Unset = UNSET
    parent_task_run_id: FlowRunFilterParentTaskRunId | None | Unset = UNSET
    idempotency_key: FlowRunFilterIdempotencyKey | None | Unset = UNSET
    created_by: FlowRunFilterCreatedBy | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_filter_created_by import FlowRunFilterCreatedBy
        from ..models.flow_run_filter_deployment_id import FlowRunFilterDeploymentId
        from ..models.flow_run_filter_end_time import FlowRunFilterEndTime
        from ..models.flow_run_filter_expected_start_time import (
            FlowRunFilterExpectedStartTime,
        )
        from ..models.flow_run_filter_flow_version import FlowRunFilterFlowVersion
        from ..models.flow_run_filter_id import FlowRunFilterId
        from ..models.flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
        from ..models.flow_run_filter_name import FlowRunFilterName
        from ..models.flow_run_filter_next_scheduled_start_time import (
            FlowRunFilterNextScheduledStartTime,
        )
        from ..models.flow_run_filter_parent_flow_run_id import (
            FlowRunFilterParentFlowRunId,
        )
        from ..models.flow_run_filter_parent_task_run_id import (
            FlowRunFilterParentTaskRunId,
        )
        from ..models.flow_run_filter_start_time import FlowRunFilterStartTime
        from ..models.flow_run_filter_state import FlowRunFilterState
        from ..models.flow_run_filter_tags import FlowRunFilterTags
        from ..models.flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, FlowRunFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, FlowRunFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, FlowRunFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        deployment_id: dict[str, Any] | None | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, FlowRunFilterDeploymentId):
            deployment_id = self.deployment_id.to_dict()
        else:
            deployment_id = self.deployment_id

        work_queue_name: dict[str, Any] | None | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        elif isinstance(self.work_queue_name, FlowRunFilterWorkQueueName):
            work_queue_name = self.work_queue_name.to_dict()
        else:
            work_queue_name = self.work_queue_name

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, FlowRunFilterState):
            state = self.state.to_dict()
        else:
            state = self.state

        flow_version: dict[str, Any] | None | Unset
        if isinstance(self.flow_version, Unset):
            flow_version = UNSET
        elif isinstance(self.flow_version, FlowRunFilterFlowVersion):
            flow_version = self.flow_version.to_dict()
        else:
            flow_version = self.flow_version

        start_time: dict[str, Any] | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, FlowRunFilterStartTime):
            start_time = self.start_time.to_dict()
        else:
            start_time = self.start_time

        end_time: dict[str, Any] | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, FlowRunFilterEndTime):
            end_time = self.end_time.to_dict()
        else:
            end_time = self.end_time

        expected_start_time: dict[str, Any] | None | Unset
        if isinstance(self.expected_start_time, Unset):
            expected_start_time = UNSET
        elif isinstance(self.expected_start_time, FlowRunFilterExpectedStartTime):
            expected_start_time = self.expected_start_time.to_dict()
        else:
            expected_start_time = self.expected_start_time

        next_scheduled_start_time: dict[str, Any] | None | Unset
        if isinstance(self.next_scheduled_start_time, Unset):
            next_scheduled_start_time = UNSET
        elif isinstance(
            self.next_scheduled_start_time, FlowRunFilterNextScheduledStartTime
        ):
            next_scheduled_start_time = self.next_scheduled_start_time.to_dict()
        else:
            next_scheduled_start_time = self.next_scheduled_start_time

        parent_flow_run_id: dict[str, Any] | None | Unset
        if isinstance(self.parent_flow_run_id, Unset):
            parent_flow_run_id = UNSET
        elif isinstance(self.parent_flow_run_id, FlowRunFilterParentFlowRunId):
            parent_flow_run_id = self.parent_flow_run_id.to_dict()
        else:
            parent_flow_run_id = self.parent_flow_run_id

        parent_task_run_id: dict[str, Any] | None | Unset
        if isinstance(self.parent_task_run_id, Unset):
            parent_task_run_id = UNSET
        elif isinstance(self.parent_task_run_id, FlowRunFilterParentTaskRunId):
            parent_task_run_id = self.parent_task_run_id.to_dict()
        else:
            parent_task_run_id = self.parent_task_run_id

        idempotency_key: dict[str, Any] | None | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        elif isinstance(self.idempotency_key, FlowRunFilterIdempotencyKey):
            idempotency_key = self.idempotency_key.to_dict()
        else:
            idempotency_key = self.idempotency_key

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, FlowRunFilterCreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if state is not UNSET:
            field_dict["state"] = state
        if flow_version is not UNSET:
            field_dict["flow_version"] = flow_version
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if expected_start_time is not UNSET:
            field_dict["expected_start_time"] = expected_start_time
        if next_scheduled_start_time is not UNSET:
            field_dict["next_scheduled_start_time"] = next_scheduled_start_time
        if parent_flow_run_id is not UNSET:
            field_dict["parent_flow_run_id"] = parent_flow_run_id
        if parent_task_run_id is not UNSET:
            field_dict["parent_task_run_id"] = parent_task_run_id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_run_filter_created_by import FlowRunFilterCreatedBy
        from ..models.flow_run_filter_deployment_id import FlowRunFilterDeploymentId
        from ..models.flow_run_filter_end_time import FlowRunFilterEndTime
        from ..models.flow_run_filter_expected_start_time import (
            FlowRunFilterExpectedStartTime,
        )
        from ..models.flow_run_filter_flow_version import FlowRunFilterFlowVersion
        from ..models.flow_run_filter_id import FlowRunFilterId
        from ..models.flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
        from ..models.flow_run_filter_name import FlowRunFilterName
        from ..models.flow_run_filter_next_scheduled_start_time import (
            FlowRunFilterNextScheduledStartTime,
        )
        from ..models.flow_run_filter_parent_flow_run_id import (
            FlowRunFilterParentFlowRunId,
        )
        from ..models.flow_run_filter_parent_task_run_id import (
            FlowRunFilterParentTaskRunId,
        )
        from ..models.flow_run_filter_start_time import FlowRunFilterStartTime
        from ..models.flow_run_filter_state import FlowRunFilterState
        from ..models.flow_run_filter_tags import FlowRunFilterTags
        from ..models.flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> FlowRunFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = FlowRunFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> FlowRunFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = FlowRunFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tags(data: object) -> FlowRunFilterTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = FlowRunFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterTags | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_deployment_id(
            data: object,
        ) -> FlowRunFilterDeploymentId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployment_id_type_0 = FlowRunFilterDeploymentId.from_dict(data)

                return deployment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterDeploymentId | None | Unset, data)

        deployment_id = _parse_deployment_id(d.pop("deployment_id", UNSET))

        def _parse_work_queue_name(
            data: object,
        ) -> FlowRunFilterWorkQueueName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_queue_name_type_0 = FlowRunFilterWorkQueueName.from_dict(data)

                return work_queue_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterWorkQueueName | None | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

        def _parse_state(data: object) -> FlowRunFilterState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = FlowRunFilterState.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_flow_version(
            data: object,
        ) -> FlowRunFilterFlowVersion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_version_type_0 = FlowRunFilterFlowVersion.from_dict(data)

                return flow_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterFlowVersion | None | Unset, data)

        flow_version = _parse_flow_version(d.pop("flow_version", UNSET))

        def _parse_start_time(data: object) -> FlowRunFilterStartTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_time_type_0 = FlowRunFilterStartTime.from_dict(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterStartTime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> FlowRunFilterEndTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_time_type_0 = FlowRunFilterEndTime.from_dict(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterEndTime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_expected_start_time(
            data: object,
        ) -> FlowRunFilterExpectedStartTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_start_time_type_0 = FlowRunFilterExpectedStartTime.from_dict(
                    data
                )

                return expected_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterExpectedStartTime | None | Unset, data)

        expected_start_time = _parse_expected_start_time(
            d.pop("expected_start_time", UNSET)
        )

        def _parse_next_scheduled_start_time(
            data: object,
        ) -> FlowRunFilterNextScheduledStartTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_scheduled_start_time_type_0 = (
                    FlowRunFilterNextScheduledStartTime.from_dict(data)
                )

                return next_scheduled_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterNextScheduledStartTime | None | Unset, data)

        next_scheduled_start_time = _parse_next_scheduled_start_time(
            d.pop("next_scheduled_start_time", UNSET)
        )

        def _parse_parent_flow_run_id(
            data: object,
        ) -> FlowRunFilterParentFlowRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_flow_run_id_type_0 = FlowRunFilterParentFlowRunId.from_dict(data)

                return parent_flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterParentFlowRunId | None | Unset, data)

        parent_flow_run_id = _parse_parent_flow_run_id(
            d.pop("parent_flow_run_id", UNSET)
        )

        def _parse_parent_task_run_id(
            data: object,
        ) -> FlowRunFilterParentTaskRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_task_run_id_type_0 = FlowRunFilterParentTaskRunId.from_dict(data)

                return parent_task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterParentTaskRunId | None | Unset, data)

        parent_task_run_id = _parse_parent_task_run_id(
            d.pop("parent_task_run_id", UNSET)
        )

        def _parse_idempotency_key(
            data: object,
        ) -> FlowRunFilterIdempotencyKey | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                idempotency_key_type_0 = FlowRunFilterIdempotencyKey.from_dict(data)

                return idempotency_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterIdempotencyKey | None | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_created_by(data: object) -> FlowRunFilterCreatedBy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = FlowRunFilterCreatedBy.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterCreatedBy | None | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        flow_run_filter = cls(
            operator=operator,
            id=id,
            name=name,
            tags=tags,
            deployment_id=deployment_id,
            work_queue_name=work_queue_name,
            state=state,
            flow_version=flow_version,
            start_time=start_time,
            end_time=end_time,
            expected_start_time=expected_start_time,
            next_scheduled_start_time=next_scheduled_start_time,
            parent_flow_run_id=parent_flow_run_id,
            parent_task_run_id=parent_task_run_id,
            idempotency_key=idempotency_key,
            created_by=created_by,
        )

        return flow_run_filter
