from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sql_alchemy_connect_args_settings import SQLAlchemyConnectArgsSettings


T = TypeVar("T", bound="SQLAlchemySettings")


@_attrs_define
class SQLAlchemySettings:
    """Settings for controlling SQLAlchemy behavior; note that these settings only take effect when
    using a PostgreSQL database.

        Attributes:
            connect_args (SQLAlchemyConnectArgsSettings | Unset): Settings for controlling SQLAlchemy connection behavior;
                note that these settings only take effect when
                using a PostgreSQL database.
            pool_size (int | Unset): Controls connection pool size of database connection pools from the Prefect backend.
                Default: 5.
            pool_recycle (int | Unset): This setting causes the pool to recycle connections after the given number of
                seconds has passed; set it to -1 to avoid recycling entirely. Default: 3600.
            pool_timeout (float | None | Unset): Number of seconds to wait before giving up on getting a connection from the
                pool. Defaults to 30 seconds. Default: 30.0.
            max_overflow (int | Unset): Controls maximum overflow of the connection pool. To prevent overflow, set to -1.
                Default: 10.
    """

    connect_args: SQLAlchemyConnectArgsSettings | Unset = UNSET
    pool_size: int | Unset = 5
    pool_recycle: int | Unset = 3600
    pool_timeout: float | None | Unset = 30.0
    max_overflow: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connect_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connect_args, Unset):
            connect_args = self.connect_args.to_dict()

        pool_size = self.pool_size

        pool_recycle = self.pool_recycle

        pool_timeout: float | None | Unset
        if isinstance(self.pool_timeout, Unset):
            pool_timeout = UNSET
        else:
            pool_timeout = self.pool_timeout

        max_overflow = self.max_overflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connect_args is not UNSET:
            field_dict["connect_args"] = connect_args
        if pool_size is not UNSET:
            field_dict["pool_size"] = pool_size
        if pool_recycle is not UNSET:
            field_dict["pool_recycle"] = pool_recycle
        if pool_timeout is not UNSET:
            field_dict["pool_timeout"] = pool_timeout
        if max_overflow is not UNSET:
            field_dict["max_overflow"] = max_overflow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sql_alchemy_connect_args_settings import (
            SQLAlchemyConnectArgsSettings,
        )

        d = dict(src_dict)
        _connect_args = d.pop("connect_args", UNSET)
        connect_args: SQLAlchemyConnectArgsSettings | Unset
        if isinstance(_connect_args, Unset):
            connect_args = UNSET
        else:
            connect_args = SQLAlchemyConnectArgsSettings.from_dict(_connect_args)

        pool_size = d.pop("pool_size", UNSET)

        pool_recycle = d.pop("pool_recycle", UNSET)

        def _parse_pool_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pool_timeout = _parse_pool_timeout(d.pop("pool_timeout", UNSET))

        max_overflow = d.pop("max_overflow", UNSET)

        sql_alchemy_settings = cls(
            connect_args=connect_args,
            pool_size=pool_size,
            pool_recycle=pool_recycle,
            pool_timeout=pool_timeout,
            max_overflow=max_overflow,
        )

        sql_alchemy_settings.additional_properties = d
        return sql_alchemy_settings

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
