from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_filter_last_heartbeat_time import WorkerFilterLastHeartbeatTime
    from ..models.worker_filter_status import WorkerFilterStatus


T = TypeVar("T", bound="WorkerFilter")


@_attrs_define
class WorkerFilter:
    """Filter by `Worker.last_heartbeat_time`.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        last_heartbeat_time (None | Unset | WorkerFilterLastHeartbeatTime): Filter criteria for
            `Worker.last_heartbeat_time`
        status (None | Unset | WorkerFilterStatus): Filter criteria for `Worker.status`
    """

    operator: Operator | Unset = UNSET
    last_heartbeat_time: None | Unset | WorkerFilterLastHeartbeatTime = UNSET
    status: None | Unset | WorkerFilterStatus = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_filter_last_heartbeat_time import (
            WorkerFilterLastHeartbeatTime,
        )
        from ..models.worker_filter_status import WorkerFilterStatus

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        last_heartbeat_time: dict[str, Any] | None | Unset
        if isinstance(self.last_heartbeat_time, Unset):
            last_heartbeat_time = UNSET
        elif isinstance(self.last_heartbeat_time, WorkerFilterLastHeartbeatTime):
            last_heartbeat_time = self.last_heartbeat_time.to_dict()
        else:
            last_heartbeat_time = self.last_heartbeat_time

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WorkerFilterStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if last_heartbeat_time is not UNSET:
            field_dict["last_heartbeat_time"] = last_heartbeat_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_filter_last_heartbeat_time import (
            WorkerFilterLastHeartbeatTime,
        )
        from ..models.worker_filter_status import WorkerFilterStatus

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_last_heartbeat_time(
            data: object,
        ) -> None | Unset | WorkerFilterLastHeartbeatTime:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_heartbeat_time_type_0 = WorkerFilterLastHeartbeatTime.from_dict(
                    data
                )

                return last_heartbeat_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerFilterLastHeartbeatTime, data)

        last_heartbeat_time = _parse_last_heartbeat_time(
            d.pop("last_heartbeat_time", UNSET)
        )

        def _parse_status(data: object) -> None | Unset | WorkerFilterStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = WorkerFilterStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerFilterStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        worker_filter = cls(
            operator=operator,
            last_heartbeat_time=last_heartbeat_time,
            status=status,
        )

        return worker_filter
