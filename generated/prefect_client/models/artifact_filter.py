from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_filter_flow_run_id import ArtifactFilterFlowRunId
    from ..models.artifact_filter_id import ArtifactFilterId
    from ..models.artifact_filter_key import ArtifactFilterKey
    from ..models.artifact_filter_task_run_id import ArtifactFilterTaskRunId
    from ..models.artifact_filter_type import ArtifactFilterType


T = TypeVar("T", bound="ArtifactFilter")


@_attrs_define
class ArtifactFilter:
    """Filter artifacts. Only artifacts matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (ArtifactFilterId | None | Unset): Filter criteria for `Artifact.id`
        key (ArtifactFilterKey | None | Unset): Filter criteria for `Artifact.key`
        flow_run_id (ArtifactFilterFlowRunId | None | Unset): Filter criteria for `Artifact.flow_run_id`
        task_run_id (ArtifactFilterTaskRunId | None | Unset): Filter criteria for `Artifact.task_run_id`
        type_ (ArtifactFilterType | None | Unset): Filter criteria for `Artifact.type`
    """

    operator: Operator | Unset = UNSET
    id: ArtifactFilterId | None | Unset = UNSET
    key: ArtifactFilterKey | None | Unset = UNSET
    flow_run_id: ArtifactFilterFlowRunId | None | Unset = UNSET
    task_run_id: ArtifactFilterTaskRunId | None | Unset = UNSET
    type_: ArtifactFilterType | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_filter_flow_run_id import ArtifactFilterFlowRunId
        from ..models.artifact_filter_id import ArtifactFilterId
        from ..models.artifact_filter_key import ArtifactFilterKey
        from ..models.artifact_filter_task_run_id import ArtifactFilterTaskRunId
        from ..models.artifact_filter_type import ArtifactFilterType

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, ArtifactFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ArtifactFilterKey):
            key = self.key.to_dict()
        else:
            key = self.key

        flow_run_id: dict[str, Any] | None | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, ArtifactFilterFlowRunId):
            flow_run_id = self.flow_run_id.to_dict()
        else:
            flow_run_id = self.flow_run_id

        task_run_id: dict[str, Any] | None | Unset
        if isinstance(self.task_run_id, Unset):
            task_run_id = UNSET
        elif isinstance(self.task_run_id, ArtifactFilterTaskRunId):
            task_run_id = self.task_run_id.to_dict()
        else:
            task_run_id = self.task_run_id

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArtifactFilterType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if task_run_id is not UNSET:
            field_dict["task_run_id"] = task_run_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_filter_flow_run_id import ArtifactFilterFlowRunId
        from ..models.artifact_filter_id import ArtifactFilterId
        from ..models.artifact_filter_key import ArtifactFilterKey
        from ..models.artifact_filter_task_run_id import ArtifactFilterTaskRunId
        from ..models.artifact_filter_type import ArtifactFilterType

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> ArtifactFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = ArtifactFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_key(data: object) -> ArtifactFilterKey | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                key_type_0 = ArtifactFilterKey.from_dict(data)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactFilterKey | None | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_flow_run_id(data: object) -> ArtifactFilterFlowRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_run_id_type_0 = ArtifactFilterFlowRunId.from_dict(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactFilterFlowRunId | None | Unset, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_task_run_id(data: object) -> ArtifactFilterTaskRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_run_id_type_0 = ArtifactFilterTaskRunId.from_dict(data)

                return task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactFilterTaskRunId | None | Unset, data)

        task_run_id = _parse_task_run_id(d.pop("task_run_id", UNSET))

        def _parse_type_(data: object) -> ArtifactFilterType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = ArtifactFilterType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactFilterType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        artifact_filter = cls(
            operator=operator,
            id=id,
            key=key,
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
            type_=type_,
        )

        return artifact_filter
