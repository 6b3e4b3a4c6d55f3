from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="BodyGetScheduledFlowRunsForDeploymentsDeploymentsGetScheduledFlowRunsPost",
)


@_attrs_define
class BodyGetScheduledFlowRunsForDeploymentsDeploymentsGetScheduledFlowRunsPost:
    """
    Attributes:
        deployment_ids (list[UUID]): The deployment IDs to get scheduled runs for
        scheduled_before (datetime.datetime | Unset): The maximum time to look for scheduled flow runs
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    deployment_ids: list[UUID]
    scheduled_before: datetime.datetime | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_ids = []
        for deployment_ids_item_data in self.deployment_ids:
            deployment_ids_item = str(deployment_ids_item_data)
            deployment_ids.append(deployment_ids_item)

        scheduled_before: str | Unset = UNSET
        if not isinstance(self.scheduled_before, Unset):
            scheduled_before = self.scheduled_before.isoformat()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_ids": deployment_ids,
            }
        )
        if scheduled_before is not UNSET:
            field_dict["scheduled_before"] = scheduled_before
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deployment_ids = []
        _deployment_ids = d.pop("deployment_ids")
        for deployment_ids_item_data in _deployment_ids:
            deployment_ids_item = UUID(deployment_ids_item_data)

            deployment_ids.append(deployment_ids_item)

        _scheduled_before = d.pop("scheduled_before", UNSET)
        scheduled_before: datetime.datetime | Unset
        if isinstance(_scheduled_before, Unset):
            scheduled_before = UNSET
        else:
            scheduled_before = datetime.datetime.fromisoformat(_scheduled_before)

        limit = d.pop("limit", UNSET)

        body_get_scheduled_flow_runs_for_deployments_deployments_get_scheduled_flow_runs_post = cls(
            deployment_ids=deployment_ids,
            scheduled_before=scheduled_before,
            limit=limit,
        )

        body_get_scheduled_flow_runs_for_deployments_deployments_get_scheduled_flow_runs_post.additional_properties = d
        return body_get_scheduled_flow_runs_for_deployments_deployments_get_scheduled_flow_runs_post

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
