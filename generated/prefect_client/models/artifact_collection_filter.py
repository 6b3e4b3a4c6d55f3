from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_collection_filter_flow_run_id import (
        ArtifactCollectionFilterFlowRunId,
    )
    from ..models.artifact_collection_filter_key import ArtifactCollectionFilterKey
    from ..models.artifact_collection_filter_latest_id import (
        ArtifactCollectionFilterLatestId,
    )
    from ..models.artifact_collection_filter_task_run_id import (
        ArtifactCollectionFilterTaskRunId,
    )
    from ..models.artifact_collection_filter_type import ArtifactCollectionFilterType


T = TypeVar("T", bound="ArtifactCollectionFilter")


@_attrs_define
class ArtifactCollectionFilter:
    """Filter artifact collections. Only artifact collections matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        latest_id (ArtifactCollectionFilterLatestId | None | Unset): Filter criteria for `Artifact.id`
        key (ArtifactCollectionFilterKey | None | Unset): Filter criteria for `Artifact.key`
        flow_run_id (ArtifactCollectionFilterFlowRunId | None | Unset): Filter criteria for `Artifact.flow_run_id`
        task_run_id (ArtifactCollectionFilterTaskRunId | None | Unset): Filter criteria for `Artifact.task_run_id`
        type_ (ArtifactCollectionFilterType | None | Unset): Filter criteria for `Artifact.type`
    """

    operator: Operator | Unset = UNSET
    latest_id: ArtifactCollectionFilterLatestId | None | Unset = UNSET
    key: ArtifactCollectionFilterKey | None | Unset = UNSET
    flow_run_id: ArtifactCollectionFilterFlowRunId | None | Unset = UNSET
    task_run_id: ArtifactCollectionFilterTaskRunId | None | Unset = UNSET
    type_: ArtifactCollectionFilterType | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_collection_filter_flow_run_id import (
            ArtifactCollectionFilterFlowRunId,
        )
        from ..models.artifact_collection_filter_key import ArtifactCollectionFilterKey
        from ..models.artifact_collection_filter_latest_id import (
            ArtifactCollectionFilterLatestId,
        )
        from ..models.artifact_collection_filter_task_run_id import (
            ArtifactCollectionFilterTaskRunId,
        )
        from ..models.artifact_collection_filter_type import (
            ArtifactCollectionFilterType,
        )

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        latest_id: dict[str, Any] | None | Unset
        if isinstance(self.latest_id, Unset):
            latest_id = UNSET
        elif isinstance(self.latest_id, ArtifactCollectionFilterLatestId):
            latest_id = self.latest_id.to_dict()
        else:
            latest_id = self.latest_id

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ArtifactCollectionFilterKey):
            key = self.key.to_dict()
        else:
            key = self.key

        flow_run_id: dict[str, Any] | None | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, ArtifactCollectionFilterFlowRunId):
            flow_run_id = self.flow_run_id.to_dict()
        else:
            flow_run_id = self.flow_run_id

        task_run_id: dict[str, Any] | None | Unset
        if isinstance(self.task_run_id, Unset):
            task_run_id = UNSET
        elif isinstance(self.task_run_id, ArtifactCollectionFilterTaskRunId):
            task_run_id = self.task_run_id.to_dict()
        else:
            task_run_id = self.task_run_id

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArtifactCollectionFilterType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if latest_id is not UNSET:
            field_dict["latest_id"] = latest_id
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
        from ..models.artifact_collection_filter_flow_run_id import (
            ArtifactCollectionFilterFlowRunId,
        )
        from ..models.artifact_collection_filter_key import ArtifactCollectionFilterKey
        from ..models.artifact_collection_filter_latest_id import (
            ArtifactCollectionFilterLatestId,
        )
        from ..models.artifact_collection_filter_task_run_id import (
            ArtifactCollectionFilterTaskRunId,
        )
        from ..models.artifact_collection_filter_type import (
            ArtifactCollectionFilterType,
        )

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_latest_id(
            data: object,
        ) -> ArtifactCollectionFilterLatestId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_id_type_0 = ArtifactCollectionFilterLatestId.from_dict(data)

                return latest_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCollectionFilterLatestId | None | Unset, data)

        latest_id = _parse_latest_id(d.pop("latest_id", UNSET))

        def _parse_key(data: object) -> ArtifactCollectionFilterKey | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                key_type_0 = ArtifactCollectionFilterKey.from_dict(data)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCollectionFilterKey | None | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_flow_run_id(
            data: object,
        ) -> ArtifactCollectionFilterFlowRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_run_id_type_0 = ArtifactCollectionFilterFlowRunId.from_dict(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCollectionFilterFlowRunId | None | Unset, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_task_run_id(
            data: object,
        ) -> ArtifactCollectionFilterTaskRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_run_id_type_0 = ArtifactCollectionFilterTaskRunId.from_dict(data)

                return task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCollectionFilterTaskRunId | None | Unset, data)

        task_run_id = _parse_task_run_id(d.pop("task_run_id", UNSET))

        def _parse_type_(data: object) -> ArtifactCollectionFilterType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = ArtifactCollectionFilterType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCollectionFilterType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        artifact_collection_filter = cls(
            operator=operator,
            latest_id=latest_id,
            key=key,
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
            type_=type_,
        )

        return artifact_collection_filter
