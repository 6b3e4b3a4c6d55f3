from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_webhook import CallWebhook
    from ..models.cancel_flow_run import CancelFlowRun
    from ..models.change_flow_run_state import ChangeFlowRunState
    from ..models.compound_trigger_output import CompoundTriggerOutput
    from ..models.delete_flow_run import DeleteFlowRun
    from ..models.do_nothing import DoNothing
    from ..models.event_trigger import EventTrigger
    from ..models.pause_automation import PauseAutomation
    from ..models.pause_deployment import PauseDeployment
    from ..models.pause_work_pool import PauseWorkPool
    from ..models.pause_work_queue import PauseWorkQueue
    from ..models.resume_automation import ResumeAutomation
    from ..models.resume_deployment import ResumeDeployment
    from ..models.resume_flow_run import ResumeFlowRun
    from ..models.resume_work_pool import ResumeWorkPool
    from ..models.resume_work_queue import ResumeWorkQueue
    from ..models.run_deployment import RunDeployment
    from ..models.send_notification import SendNotification
    from ..models.sequence_trigger_output import SequenceTriggerOutput
    from ..models.suspend_flow_run import SuspendFlowRun


T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """
    Attributes:
        name (str): The name of this automation
        trigger (CompoundTriggerOutput | EventTrigger | SequenceTriggerOutput): The criteria for which events this
            Automation covers and how it will respond to the presence or absence of those events
        actions (list[CallWebhook | CancelFlowRun | ChangeFlowRunState | DeleteFlowRun | DoNothing | PauseAutomation |
            PauseDeployment | PauseWorkPool | PauseWorkQueue | ResumeAutomation | ResumeDeployment | ResumeFlowRun |
            ResumeWorkPool | ResumeWorkQueue | RunDeployment | SendNotification | SuspendFlowRun]): The actions to perform
            when this Automation triggers
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        description (str | Unset): A longer description of this automation Default: ''.
        enabled (bool | Unset): Whether this automation will be evaluated Default: True.
        tags (list[str] | Unset): A list of tags associated with this automation
        actions_on_trigger (list[CallWebhook | CancelFlowRun | ChangeFlowRunState | DeleteFlowRun | DoNothing |
            PauseAutomation | PauseDeployment | PauseWorkPool | PauseWorkQueue | ResumeAutomation | ResumeDeployment |
            ResumeFlowRun | ResumeWorkPool | ResumeWorkQueue | RunDeployment | SendNotification | SuspendFlowRun] | Unset):
            The actions to perform when an Automation goes into a triggered state
        actions_on_resolve (list[CallWebhook | CancelFlowRun | ChangeFlowRunState | DeleteFlowRun | DoNothing |
            PauseAutomation | PauseDeployment | PauseWorkPool | PauseWorkQueue | ResumeAutomation | ResumeDeployment |
            ResumeFlowRun | ResumeWorkPool | ResumeWorkQueue | RunDeployment | SendNotification | SuspendFlowRun] | Unset):
            The actions to perform when an Automation goes into a resolving state
    """

    name: str
    trigger: CompoundTriggerOutput | EventTrigger | SequenceTriggerOutput
    actions: list[
        CallWebhook
        | CancelFlowRun
        | ChangeFlowRunState
        | DeleteFlowRun
        | DoNothing
        | PauseAutomation
        | PauseDeployment
        | PauseWorkPool
        | PauseWorkQueue
        | ResumeAutomation
        | ResumeDeployment
        | ResumeFlowRun
        | ResumeWorkPool
        | ResumeWorkQueue
        | RunDeployment
        | SendNotification
        | SuspendFlowRun
    ]
    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    description: str | Unset = ""
    enabled: bool | Unset = True
    tags: list[str] | Unset = UNSET
    actions_on_trigger: (
        list[
            CallWebhook
            | CancelFlowRun
            | ChangeFlowRunState
            | DeleteFlowRun
            | DoNothing
            | PauseAutomation
            | PauseDeployment
            | PauseWorkPool
            | PauseWorkQueue
            | ResumeAutomation
            | ResumeDeployment
            | ResumeFlowRun
            | ResumeWorkPool
            | ResumeWorkQueue
            | RunDeployment
            | SendNotification
            | SuspendFlowRun
        ]
        | Unset
    ) = UNSET
    actions_on_resolve: (
        list[
            CallWebhook
            | CancelFlowRun
            | ChangeFlowRunState
            | DeleteFlowRun
            | DoNothing
            | PauseAutomation
            | PauseDeployment
            | PauseWorkPool
            | PauseWorkQueue
            | ResumeAutomation
            | ResumeDeployment
            | ResumeFlowRun
            | ResumeWorkPool
            | ResumeWorkQueue
            | RunDeployment
            | SendNotification
            | SuspendFlowRun
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_webhook import CallWebhook
        from ..models.cancel_flow_run import CancelFlowRun
        from ..models.change_flow_run_state import ChangeFlowRunState
        from ..models.compound_trigger_output import CompoundTriggerOutput
        from ..models.delete_flow_run import DeleteFlowRun
        from ..models.do_nothing import DoNothing
        from ..models.event_trigger import EventTrigger
        from ..models.pause_automation import PauseAutomation
        from ..models.pause_deployment import PauseDeployment
        from ..models.pause_work_pool import PauseWorkPool
        from ..models.pause_work_queue import PauseWorkQueue
        from ..models.resume_automation import ResumeAutomation
        from ..models.resume_deployment import ResumeDeployment
        from ..models.resume_flow_run import ResumeFlowRun
        from ..models.resume_work_queue import ResumeWorkQueue
        from ..models.run_deployment import RunDeployment
        from ..models.send_notification import SendNotification
        from ..models.suspend_flow_run import SuspendFlowRun

        name = self.name

        trigger: dict[str, Any]
        if isinstance(self.trigger, EventTrigger) or isinstance(
            self.trigger, CompoundTriggerOutput
        ):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger.to_dict()

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if (
                isinstance(actions_item_data, DoNothing)
                or isinstance(actions_item_data, RunDeployment)
                or isinstance(actions_item_data, PauseDeployment)
                or isinstance(actions_item_data, ResumeDeployment)
                or isinstance(actions_item_data, CancelFlowRun)
                or isinstance(actions_item_data, DeleteFlowRun)
                or isinstance(actions_item_data, ChangeFlowRunState)
                or isinstance(actions_item_data, PauseWorkQueue)
                or isinstance(actions_item_data, ResumeWorkQueue)
                or isinstance(actions_item_data, SendNotification)
                or isinstance(actions_item_data, CallWebhook)
                or isinstance(actions_item_data, PauseAutomation)
                or isinstance(actions_item_data, ResumeAutomation)
                or isinstance(actions_item_data, SuspendFlowRun)
                or isinstance(actions_item_data, ResumeFlowRun)
                or isinstance(actions_item_data, PauseWorkPool)
            ):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        description = self.description

        enabled = self.enabled

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        actions_on_trigger: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions_on_trigger, Unset):
            actions_on_trigger = []
            for actions_on_trigger_item_data in self.actions_on_trigger:
                actions_on_trigger_item: dict[str, Any]
                if (
                    isinstance(actions_on_trigger_item_data, DoNothing)
                    or isinstance(actions_on_trigger_item_data, RunDeployment)
                    or isinstance(actions_on_trigger_item_data, PauseDeployment)
                    or isinstance(actions_on_trigger_item_data, ResumeDeployment)
                    or isinstance(actions_on_trigger_item_data, CancelFlowRun)
                    or isinstance(actions_on_trigger_item_data, DeleteFlowRun)
                    or isinstance(actions_on_trigger_item_data, ChangeFlowRunState)
                    or isinstance(actions_on_trigger_item_data, PauseWorkQueue)
                    or isinstance(actions_on_trigger_item_data, ResumeWorkQueue)
                    or isinstance(actions_on_trigger_item_data, SendNotification)
                    or isinstance(actions_on_trigger_item_data, CallWebhook)
                    or isinstance(actions_on_trigger_item_data, PauseAutomation)
                    or isinstance(actions_on_trigger_item_data, ResumeAutomation)
                    or isinstance(actions_on_trigger_item_data, SuspendFlowRun)
                    or isinstance(actions_on_trigger_item_data, ResumeFlowRun)
                    or isinstance(actions_on_trigger_item_data, PauseWorkPool)
                ):
                    actions_on_trigger_item = actions_on_trigger_item_data.to_dict()
                else:
                    actions_on_trigger_item = actions_on_trigger_item_data.to_dict()

                actions_on_trigger.append(actions_on_trigger_item)

        actions_on_resolve: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions_on_resolve, Unset):
            actions_on_resolve = []
            for actions_on_resolve_item_data in self.actions_on_resolve:
                actions_on_resolve_item: dict[str, Any]
                if (
                    isinstance(actions_on_resolve_item_data, DoNothing)
                    or isinstance(actions_on_resolve_item_data, RunDeployment)
                    or isinstance(actions_on_resolve_item_data, PauseDeployment)
                    or isinstance(actions_on_resolve_item_data, ResumeDeployment)
                    or isinstance(actions_on_resolve_item_data, CancelFlowRun)
                    or isinstance(actions_on_resolve_item_data, DeleteFlowRun)
                    or isinstance(actions_on_resolve_item_data, ChangeFlowRunState)
                    or isinstance(actions_on_resolve_item_data, PauseWorkQueue)
                    or isinstance(actions_on_resolve_item_data, ResumeWorkQueue)
                    or isinstance(actions_on_resolve_item_data, SendNotification)
                    or isinstance(actions_on_resolve_item_data, CallWebhook)
                    or isinstance(actions_on_resolve_item_data, PauseAutomation)
                    or isinstance(actions_on_resolve_item_data, ResumeAutomation)
                    or isinstance(actions_on_resolve_item_data, SuspendFlowRun)
                    or isinstance(actions_on_resolve_item_data, ResumeFlowRun)
                    or isinstance(actions_on_resolve_item_data, PauseWorkPool)
                ):
                    actions_on_resolve_item = actions_on_resolve_item_data.to_dict()
                else:
                    actions_on_resolve_item = actions_on_resolve_item_data.to_dict()

                actions_on_resolve.append(actions_on_resolve_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "trigger": trigger,
                "actions": actions,
                "id": id,
                "created": created,
                "updated": updated,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if tags is not UNSET:
            field_dict["tags"] = tags
        if actions_on_trigger is not UNSET:
            field_dict["actions_on_trigger"] = actions_on_trigger
        if actions_on_resolve is not UNSET:
            field_dict["actions_on_resolve"] = actions_on_resolve

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call_webhook import CallWebhook
        from ..models.cancel_flow_run import CancelFlowRun
        from ..models.change_flow_run_state import ChangeFlowRunState
        from ..models.compound_trigger_output import CompoundTriggerOutput
        from ..models.delete_flow_run import DeleteFlowRun
        from ..models.do_nothing import DoNothing
        from ..models.event_trigger import EventTrigger
        from ..models.pause_automation import PauseAutomation
        from ..models.pause_deployment import PauseDeployment
        from ..models.pause_work_pool import PauseWorkPool
        from ..models.pause_work_queue import PauseWorkQueue
        from ..models.resume_automation import ResumeAutomation
        from ..models.resume_deployment import ResumeDeployment
        from ..models.resume_flow_run import ResumeFlowRun
        from ..models.resume_work_pool import ResumeWorkPool
        from ..models.resume_work_queue import ResumeWorkQueue
        from ..models.run_deployment import RunDeployment
        from ..models.send_notification import SendNotification
        from ..models.sequence_trigger_output import SequenceTriggerOutput
        from ..models.suspend_flow_run import SuspendFlowRun

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_trigger(
            data: object,
        ) -> CompoundTriggerOutput | EventTrigger | SequenceTriggerOutput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = EventTrigger.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_1 = CompoundTriggerOutput.from_dict(data)

                return trigger_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trigger_type_2 = SequenceTriggerOutput.from_dict(data)

            return trigger_type_2

        trigger = _parse_trigger(d.pop("trigger"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:

            def _parse_actions_item(
                data: object,
            ) -> (
                CallWebhook
                | CancelFlowRun
                | ChangeFlowRunState
                | DeleteFlowRun
                | DoNothing
                | PauseAutomation
                | PauseDeployment
                | PauseWorkPool
                | PauseWorkQueue
                | ResumeAutomation
                | ResumeDeployment
                | ResumeFlowRun
                | ResumeWorkPool
                | ResumeWorkQueue
                | RunDeployment
                | SendNotification
                | SuspendFlowRun
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_0 = DoNothing.from_dict(data)

                    return actions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_1 = RunDeployment.from_dict(data)

                    return actions_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_2 = PauseDeployment.from_dict(data)

                    return actions_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_3 = ResumeDeployment.from_dict(data)

                    return actions_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_4 = CancelFlowRun.from_dict(data)

                    return actions_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_5 = DeleteFlowRun.from_dict(data)

                    return actions_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_6 = ChangeFlowRunState.from_dict(data)

                    return actions_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_7 = PauseWorkQueue.from_dict(data)

                    return actions_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_8 = ResumeWorkQueue.from_dict(data)

                    return actions_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_9 = SendNotification.from_dict(data)

                    return actions_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_10 = CallWebhook.from_dict(data)

                    return actions_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_11 = PauseAutomation.from_dict(data)

                    return actions_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_12 = ResumeAutomation.from_dict(data)

                    return actions_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_13 = SuspendFlowRun.from_dict(data)

                    return actions_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_14 = ResumeFlowRun.from_dict(data)

                    return actions_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_15 = PauseWorkPool.from_dict(data)

                    return actions_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                actions_item_type_16 = ResumeWorkPool.from_dict(data)

                return actions_item_type_16

            actions_item = _parse_actions_item(actions_item_data)

            actions.append(actions_item)

        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _actions_on_trigger = d.pop("actions_on_trigger", UNSET)
        actions_on_trigger: (
            list[
                CallWebhook
                | CancelFlowRun
                | ChangeFlowRunState
                | DeleteFlowRun
                | DoNothing
                | PauseAutomation
                | PauseDeployment
                | PauseWorkPool
                | PauseWorkQueue
                | ResumeAutomation
                | ResumeDeployment
                | ResumeFlowRun
                | ResumeWorkPool
                | ResumeWorkQueue
                | RunDeployment
                | SendNotification
                | SuspendFlowRun
            ]
            | Unset
        ) = UNSET
        if _actions_on_trigger is not UNSET:
            actions_on_trigger = []
            for actions_on_trigger_item_data in _actions_on_trigger:

                def _parse_actions_on_trigger_item(
                    data: object,
                ) -> (
                    CallWebhook
                    | CancelFlowRun
                    | ChangeFlowRunState
                    | DeleteFlowRun
                    | DoNothing
                    | PauseAutomation
                    | PauseDeployment
                    | PauseWorkPool
                    | PauseWorkQueue
                    | ResumeAutomation
                    | ResumeDeployment
                    | ResumeFlowRun
                    | ResumeWorkPool
                    | ResumeWorkQueue
                    | RunDeployment
                    | SendNotification
                    | SuspendFlowRun
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_0 = DoNothing.from_dict(data)

                        return actions_on_trigger_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_1 = RunDeployment.from_dict(data)

                        return actions_on_trigger_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_2 = PauseDeployment.from_dict(data)

                        return actions_on_trigger_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_3 = ResumeDeployment.from_dict(
                            data
                        )

                        return actions_on_trigger_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_4 = CancelFlowRun.from_dict(data)

                        return actions_on_trigger_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_5 = DeleteFlowRun.from_dict(data)

                        return actions_on_trigger_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_6 = ChangeFlowRunState.from_dict(
                            data
                        )

                        return actions_on_trigger_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_7 = PauseWorkQueue.from_dict(data)

                        return actions_on_trigger_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_8 = ResumeWorkQueue.from_dict(data)

                        return actions_on_trigger_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_9 = SendNotification.from_dict(
                            data
                        )

                        return actions_on_trigger_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_10 = CallWebhook.from_dict(data)

                        return actions_on_trigger_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_11 = PauseAutomation.from_dict(
                            data
                        )

                        return actions_on_trigger_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_12 = ResumeAutomation.from_dict(
                            data
                        )

                        return actions_on_trigger_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_13 = SuspendFlowRun.from_dict(data)

                        return actions_on_trigger_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_14 = ResumeFlowRun.from_dict(data)

                        return actions_on_trigger_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_trigger_item_type_15 = PauseWorkPool.from_dict(data)

                        return actions_on_trigger_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_on_trigger_item_type_16 = ResumeWorkPool.from_dict(data)

                    return actions_on_trigger_item_type_16

                actions_on_trigger_item = _parse_actions_on_trigger_item(
                    actions_on_trigger_item_data
                )

                actions_on_trigger.append(actions_on_trigger_item)

        _actions_on_resolve = d.pop("actions_on_resolve", UNSET)
        actions_on_resolve: (
            list[
                CallWebhook
                | CancelFlowRun
                | ChangeFlowRunState
                | DeleteFlowRun
                | DoNothing
                | PauseAutomation
                | PauseDeployment
                | PauseWorkPool
                | PauseWorkQueue
                | ResumeAutomation
                | ResumeDeployment
                | ResumeFlowRun
                | ResumeWorkPool
                | ResumeWorkQueue
                | RunDeployment
                | SendNotification
                | SuspendFlowRun
            ]
            | Unset
        ) = UNSET
        if _actions_on_resolve is not UNSET:
            actions_on_resolve = []
            for actions_on_resolve_item_data in _actions_on_resolve:

                def _parse_actions_on_resolve_item(
                    data: object,
                ) -> (
                    CallWebhook
                    | CancelFlowRun
                    | ChangeFlowRunState
                    | DeleteFlowRun
                    | DoNothing
                    | PauseAutomation
                    | PauseDeployment
                    | PauseWorkPool
                    | PauseWorkQueue
                    | ResumeAutomation
                    | ResumeDeployment
                    | ResumeFlowRun
                    | ResumeWorkPool
                    | ResumeWorkQueue
                    | RunDeployment
                    | SendNotification
                    | SuspendFlowRun
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_0 = DoNothing.from_dict(data)

                        return actions_on_resolve_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_1 = RunDeployment.from_dict(data)

                        return actions_on_resolve_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_2 = PauseDeployment.from_dict(data)

                        return actions_on_resolve_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_3 = ResumeDeployment.from_dict(
                            data
                        )

                        return actions_on_resolve_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_4 = CancelFlowRun.from_dict(data)

                        return actions_on_resolve_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_5 = DeleteFlowRun.from_dict(data)

                        return actions_on_resolve_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_6 = ChangeFlowRunState.from_dict(
                            data
                        )

                        return actions_on_resolve_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_7 = PauseWorkQueue.from_dict(data)

                        return actions_on_resolve_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_8 = ResumeWorkQueue.from_dict(data)

                        return actions_on_resolve_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_9 = SendNotification.from_dict(
                            data
                        )

                        return actions_on_resolve_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_10 = CallWebhook.from_dict(data)

                        return actions_on_resolve_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_11 = PauseAutomation.from_dict(
                            data
                        )

                        return actions_on_resolve_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_12 = ResumeAutomation.from_dict(
                            data
                        )

                        return actions_on_resolve_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_13 = SuspendFlowRun.from_dict(data)

                        return actions_on_resolve_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_14 = ResumeFlowRun.from_dict(data)

                        return actions_on_resolve_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_on_resolve_item_type_15 = PauseWorkPool.from_dict(data)

                        return actions_on_resolve_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_on_resolve_item_type_16 = ResumeWorkPool.from_dict(data)

                    return actions_on_resolve_item_type_16

                actions_on_resolve_item = _parse_actions_on_resolve_item(
                    actions_on_resolve_item_data
                )

                actions_on_resolve.append(actions_on_resolve_item)

        automation = cls(
            name=name,
            trigger=trigger,
            actions=actions,
            id=id,
            created=created,
            updated=updated,
            description=description,
            enabled=enabled,
            tags=tags,
            actions_on_trigger=actions_on_trigger,
            actions_on_resolve=actions_on_resolve,
        )

        automation.additional_properties = d
        return automation

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
