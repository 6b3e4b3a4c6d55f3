from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_queue_filter_id import WorkQueueFilterId
    from ..models.work_queue_filter_name import WorkQueueFilterName


T = TypeVar("T", bound="WorkQueueFilter")


@_attrs_define
class WorkQueueFilter:
    """Filter work queues. Only work queues matching all criteria will be
    returned

        Attributes:
            operator (Operator | Unset): Operators for combining filter criteria.
            id (None | Unset | WorkQueueFilterId): Filter criteria for `WorkQueue.id`
            name (None | Unset | WorkQueueFilterName): Filter criteria for `WorkQueue.name`
    """

    operator: Operator | Unset = UNSET
    id: None | Unset | WorkQueueFilterId = UNSET
    name: None | Unset | WorkQueueFilterName = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_queue_filter_id import WorkQueueFilterId
        from ..models.work_queue_filter_name import WorkQueueFilterName

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, WorkQueueFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, WorkQueueFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_queue_filter_id import WorkQueueFilterId
        from ..models.work_queue_filter_name import WorkQueueFilterName

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> None | Unset | WorkQueueFilterId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = WorkQueueFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkQueueFilterId, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | Unset | WorkQueueFilterName:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = WorkQueueFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkQueueFilterName, data)

        name = _parse_name(d.pop("name", UNSET))

        work_queue_filter = cls(
            operator=operator,
            id=id,
            name=name,
        )

        return work_queue_filter
