from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CLISettings")


@_attrs_define
class CLISettings:
    """Settings for controlling CLI behavior

    Attributes:
        colors (bool | Unset): If True, use colors in CLI output. If `False`, output will not include colors codes.
            Default: True.
        prompt (bool | None | Unset): If `True`, use interactive prompts in CLI commands. If `False`, no interactive
            prompts will be used. If `None`, the value will be dynamically determined based on the presence of an
            interactive-enabled terminal.
        wrap_lines (bool | Unset): If `True`, wrap text by inserting new lines in long lines in CLI output. If `False`,
            output will not be wrapped. Default: True.
    """

    colors: bool | Unset = True
    prompt: bool | None | Unset = UNSET
    wrap_lines: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        colors = self.colors

        prompt: bool | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        wrap_lines = self.wrap_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if colors is not UNSET:
            field_dict["colors"] = colors
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if wrap_lines is not UNSET:
            field_dict["wrap_lines"] = wrap_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        colors = d.pop("colors", UNSET)

        def _parse_prompt(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        wrap_lines = d.pop("wrap_lines", UNSET)

        cli_settings = cls(
            colors=colors,
            prompt=prompt,
            wrap_lines=wrap_lines,
        )

        cli_settings.additional_properties = d
        return cli_settings

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
