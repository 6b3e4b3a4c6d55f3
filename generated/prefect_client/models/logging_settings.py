from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logging_settings_level import LoggingSettingsLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logging_to_api_settings import LoggingToAPISettings


T = TypeVar("T", bound="LoggingSettings")


@_attrs_define
class LoggingSettings:
    """Settings for controlling logging behavior

    Attributes:
        level (LoggingSettingsLevel | Unset): The default logging level for Prefect loggers. Default:
            LoggingSettingsLevel.INFO.
        config_path (str | Unset): A path to a logging configuration file. Defaults to $PREFECT_HOME/logging.yml
        extra_loggers (list[str] | None | str | Unset): Additional loggers to attach to Prefect logging at runtime.
        log_prints (bool | Unset): If `True`, `print` statements in flows and tasks will be redirected to the Prefect
            logger for the given run. Default: False.
        colors (bool | Unset): If `True`, use colors in CLI output. If `False`, output will not include colors codes.
            Default: True.
        markup (bool | Unset):
                    Whether to interpret strings wrapped in square brackets as a style.
                    This allows styles to be conveniently added to log messages, e.g.
                    `[red]This is a red message.[/red]`. However, the downside is, if enabled,
                    strings that contain square brackets may be inaccurately interpreted and
                    lead to incomplete output, e.g.
                    `[red]This is a red message.[/red]` may be interpreted as
                    `[red]This is a red message.[/red]`.
                     Default: False.
        to_api (LoggingToAPISettings | Unset): Settings for controlling logging to the API
    """

    level: LoggingSettingsLevel | Unset = LoggingSettingsLevel.INFO
    config_path: str | Unset = UNSET
    extra_loggers: list[str] | None | str | Unset = UNSET
    log_prints: bool | Unset = False
    colors: bool | Unset = True
    markup: bool | Unset = False
    to_api: LoggingToAPISettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        config_path = self.config_path

        extra_loggers: list[str] | None | str | Unset
        if isinstance(self.extra_loggers, Unset):
            extra_loggers = UNSET
        elif isinstance(self.extra_loggers, list):
            extra_loggers = self.extra_loggers

        else:
            extra_loggers = self.extra_loggers

        log_prints = self.log_prints

        colors = self.colors

        markup = self.markup

        to_api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_api, Unset):
            to_api = self.to_api.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level
        if config_path is not UNSET:
            field_dict["config_path"] = config_path
        if extra_loggers is not UNSET:
            field_dict["extra_loggers"] = extra_loggers
        if log_prints is not UNSET:
            field_dict["log_prints"] = log_prints
        if colors is not UNSET:
            field_dict["colors"] = colors
        if markup is not UNSET:
            field_dict["markup"] = markup
        if to_api is not UNSET:
            field_dict["to_api"] = to_api

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.logging_to_api_settings import LoggingToAPISettings

        d = dict(src_dict)
        _level = d.pop("level", UNSET)
        level: LoggingSettingsLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = LoggingSettingsLevel(_level)

        config_path = d.pop("config_path", UNSET)

        def _parse_extra_loggers(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_loggers_type_1 = cast(list[str], data)

                return extra_loggers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        extra_loggers = _parse_extra_loggers(d.pop("extra_loggers", UNSET))

        log_prints = d.pop("log_prints", UNSET)

        colors = d.pop("colors", UNSET)

        markup = d.pop("markup", UNSET)

        _to_api = d.pop("to_api", UNSET)
        to_api: LoggingToAPISettings | Unset
        if isinstance(_to_api, Unset):
            to_api = UNSET
        else:
            to_api = LoggingToAPISettings.from_dict(_to_api)

        logging_settings = cls(
            level=level,
            config_path=config_path,
            extra_loggers=extra_loggers,
            log_prints=log_prints,
            colors=colors,
            markup=markup,
            to_api=to_api,
        )

        logging_settings.additional_properties = d
        return logging_settings

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
