from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pause_deployment_source import PauseDeploymentSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="PauseDeployment")


@_attrs_define
class PauseDeployment:
    """Pauses the given Deployment

    Attributes:
        type_ (Literal['pause-deployment'] | Unset):  Default: 'pause-deployment'.
        source (PauseDeploymentSource | Unset): Whether this Action applies to a specific selected deployment (given by
            `deployment_id`), or to a deployment that is inferred from the triggering event.  If the source is 'inferred',
            the `deployment_id` may not be set.  If the source is 'selected', the `deployment_id` must be set. Default:
            PauseDeploymentSource.SELECTED.
        deployment_id (None | Unset | UUID): The identifier of the deployment
    """

    type_: Literal["pause-deployment"] | Unset = "pause-deployment"
    source: PauseDeploymentSource | Unset = PauseDeploymentSource.SELECTED
    deployment_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["pause-deployment"] | Unset, d.pop("type", UNSET))
        if type_ != "pause-deployment" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'pause-deployment', got '{type_}'")

        _source = d.pop("source", UNSET)
        source: PauseDeploymentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PauseDeploymentSource(_source)

        def _parse_deployment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployment_id_type_0 = UUID(data)

                return deployment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        deployment_id = _parse_deployment_id(d.pop("deployment_id", UNSET))

        pause_deployment = cls(
            type_=type_,
            source=source,
            deployment_id=deployment_id,
        )

        pause_deployment.additional_properties = d
        return pause_deployment

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
