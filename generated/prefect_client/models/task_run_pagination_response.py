from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_run_response import TaskRunResponse


T = TypeVar("T", bound="TaskRunPaginationResponse")


@_attrs_define
class TaskRunPaginationResponse:
    """
    Attributes:
        results (list[TaskRunResponse]):
        count (int):
        limit (int):
        pages (int):
        page (int):
    """

    results: list[TaskRunResponse]
    count: int
    limit: int
    pages: int
    page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        limit = self.limit

        pages = self.pages

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
                "limit": limit,
                "pages": pages,
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_run_response import TaskRunResponse

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = TaskRunResponse.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")

        limit = d.pop("limit")

        pages = d.pop("pages")

        page = d.pop("page")

        task_run_pagination_response = cls(
            results=results,
            count=count,
            limit=limit,
            pages=pages,
            page=page,
        )

        task_run_pagination_response.additional_properties = d
        return task_run_pagination_response

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
