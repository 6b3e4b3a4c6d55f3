from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_sort import LogSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_filter import LogFilter


T = TypeVar("T", bound="BodyReadLogsLogsFilterPost")


@_attrs_define
class BodyReadLogsLogsFilterPost:
    """
    Attributes:
        offset (int | Unset):  Default: 0.
        logs (LogFilter | None | Unset):
        sort (LogSort | Unset): Defines log sorting options.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int | Unset = 0
    logs: LogFilter | None | Unset = UNSET
    sort: LogSort | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_filter import LogFilter

        offset = self.offset

        logs: dict[str, Any] | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        elif isinstance(self.logs, LogFilter):
            logs = self.logs.to_dict()
        else:
            logs = self.logs

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if logs is not UNSET:
            field_dict["logs"] = logs
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_filter import LogFilter

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        def _parse_logs(data: object) -> LogFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logs_type_0 = LogFilter.from_dict(data)

                return logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFilter | None | Unset, data)

        logs = _parse_logs(d.pop("logs", UNSET))

        _sort = d.pop("sort", UNSET)
        sort: LogSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = LogSort(_sort)

        limit = d.pop("limit", UNSET)

        body_read_logs_logs_filter_post = cls(
            offset=offset,
            logs=logs,
            sort=sort,
            limit=limit,
        )

        body_read_logs_logs_filter_post.additional_properties = d
        return body_read_logs_logs_filter_post

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
