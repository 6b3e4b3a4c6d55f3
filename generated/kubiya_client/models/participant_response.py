from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantResponse")


@_attrs_define
class ParticipantResponse:
    """
    Attributes:
        id (str | Unset):
        user_id (str | Unset):
        user_name (str | Unset):
        user_email (str | Unset):
        user_avatar (str | Unset):
        role (str | Unset):
        joined_at (str | Unset):
        last_active_at (str | Unset):
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_avatar: str | Unset = UNSET
    role: str | Unset = UNSET
    joined_at: str | Unset = UNSET
    last_active_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        user_name = self.user_name

        user_email = self.user_email

        user_avatar = self.user_avatar

        role = self.role

        joined_at = self.joined_at

        last_active_at = self.last_active_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if role is not UNSET:
            field_dict["role"] = role
        if joined_at is not UNSET:
            field_dict["joined_at"] = joined_at
        if last_active_at is not UNSET:
            field_dict["last_active_at"] = last_active_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        role = d.pop("role", UNSET)

        joined_at = d.pop("joined_at", UNSET)

        last_active_at = d.pop("last_active_at", UNSET)

        participant_response = cls(
            id=id,
            user_id=user_id,
            user_name=user_name,
            user_email=user_email,
            user_avatar=user_avatar,
            role=role,
            joined_at=joined_at,
            last_active_at=last_active_at,
        )

        participant_response.additional_properties = d
        return participant_response

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
