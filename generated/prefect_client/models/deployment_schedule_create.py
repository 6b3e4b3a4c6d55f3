from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cron_schedule import CronSchedule
    from ..models.deployment_schedule_create_parameters import (
        DeploymentScheduleCreateParameters,
    )
    from ..models.interval_schedule import IntervalSchedule
    from ..models.r_rule_schedule import RRuleSchedule


T = TypeVar("T", bound="DeploymentScheduleCreate")


@_attrs_define
class DeploymentScheduleCreate:
    """
    Attributes:
        schedule (CronSchedule | IntervalSchedule | RRuleSchedule): The schedule for the deployment.
        active (bool | Unset): Whether or not the schedule is active. Default: True.
        max_scheduled_runs (int | None | Unset): The maximum number of scheduled runs for the schedule.
        parameters (DeploymentScheduleCreateParameters | Unset): A dictionary of parameter value overrides.
        slug (None | str | Unset): A unique identifier for the schedule.
        replaces (None | str | Unset): The slug of an existing schedule that this schedule replaces. Used for renaming
            slugs.
    """

    schedule: CronSchedule | IntervalSchedule | RRuleSchedule
    active: bool | Unset = True
    max_scheduled_runs: int | None | Unset = UNSET
    parameters: DeploymentScheduleCreateParameters | Unset = UNSET
    slug: None | str | Unset = UNSET
    replaces: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.cron_schedule import CronSchedule
        from ..models.interval_schedule import IntervalSchedule

        schedule: dict[str, Any]
        if isinstance(self.schedule, IntervalSchedule) or isinstance(
            self.schedule, CronSchedule
        ):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule.to_dict()

        active = self.active

        max_scheduled_runs: int | None | Unset
        if isinstance(self.max_scheduled_runs, Unset):
            max_scheduled_runs = UNSET
        else:
            max_scheduled_runs = self.max_scheduled_runs

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        replaces: None | str | Unset
        if isinstance(self.replaces, Unset):
            replaces = UNSET
        else:
            replaces = self.replaces

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "schedule": schedule,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if max_scheduled_runs is not UNSET:
            field_dict["max_scheduled_runs"] = max_scheduled_runs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if slug is not UNSET:
            field_dict["slug"] = slug
        if replaces is not UNSET:
            field_dict["replaces"] = replaces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cron_schedule import CronSchedule
        from ..models.deployment_schedule_create_parameters import (
            DeploymentScheduleCreateParameters,
        )
        from ..models.interval_schedule import IntervalSchedule
        from ..models.r_rule_schedule import RRuleSchedule

        d = dict(src_dict)

        def _parse_schedule(
            data: object,
        ) -> CronSchedule | IntervalSchedule | RRuleSchedule:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = IntervalSchedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_1 = CronSchedule.from_dict(data)

                return schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            schedule_type_2 = RRuleSchedule.from_dict(data)

            return schedule_type_2

        schedule = _parse_schedule(d.pop("schedule"))

        active = d.pop("active", UNSET)

        def _parse_max_scheduled_runs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_scheduled_runs = _parse_max_scheduled_runs(
            d.pop("max_scheduled_runs", UNSET)
        )

        _parameters = d.pop("parameters", UNSET)
        parameters: DeploymentScheduleCreateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DeploymentScheduleCreateParameters.from_dict(_parameters)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_replaces(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaces = _parse_replaces(d.pop("replaces", UNSET))

        deployment_schedule_create = cls(
            schedule=schedule,
            active=active,
            max_scheduled_runs=max_scheduled_runs,
            parameters=parameters,
            slug=slug,
            replaces=replaces,
        )

        return deployment_schedule_create
