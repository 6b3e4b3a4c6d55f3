from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LogFilterTextSearch")


@_attrs_define
class LogFilterTextSearch:
    """Filter by text search across log content.

    Attributes:
        query (str): Text search query string
    """

    query: str

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        log_filter_text_search = cls(
            query=query,
        )

        return log_filter_text_search
