from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_webhook import CallWebhook
    from ..models.cancel_flow_run import CancelFlowRun
    from ..models.change_flow_run_state import ChangeFlowRunState
    from ..models.compound_trigger import CompoundTrigger
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
    from ..models.sequence_trigger import SequenceTrigger
    from ..models.suspend_flow_run import SuspendFlowRun


T = TypeVar("T", bound="AutomationUpdate")


@_attrs_define
class AutomationUpdate:
    """
    Attributes:
        name (str): The name of this automation
        trigger (CompoundTrigger | EventTrigger | SequenceTrigger): The criteria for which events this Automation covers
            and how it will respond to the presence or absence of those events
        actions (list[CallWebhook | CancelFlowRun | ChangeFlowRunState | DeleteFlowRun | DoNothing | PauseAutomation |
            PauseDeployment | PauseWorkPool | PauseWorkQueue | ResumeAutomation | ResumeDeployment | ResumeFlowRun |
            ResumeWorkPool | ResumeWorkQueue | RunDeployment | SendNotification | SuspendFlowRun]): The actions to perform
            when this Automation triggers
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
    trigger: CompoundTrigger | EventTrigger | SequenceTrigger
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_webhook import CallWebhook
        from ..models.cancel_flow_run import CancelFlowRun
        from ..models.change_flow_run_state import ChangeFlowRunState
        from ..models.compound_trigger import CompoundTrigger
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
            self.trigger, CompoundTrigger
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

        field_dict.update(
            {
                "name": name,
                "trigger": trigger,
                "actions": actions,
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
        from ..models.compound_trigger import CompoundTrigger
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
        from ..models.sequence_trigger import SequenceTrigger
        from ..models.suspend_flow_run import SuspendFlowRun

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_trigger(
            data: object,
        ) -> CompoundTrigger | EventTrigger | SequenceTrigger:
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
                trigger_type_1 = CompoundTrigger.from_dict(data)

                return trigger_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trigger_type_2 = SequenceTrigger.from_dict(data)

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

        automation_update = cls(
            name=name,
            trigger=trigger,
            actions=actions,
            description=description,
            enabled=enabled,
            tags=tags,
            actions_on_trigger=actions_on_trigger,
            actions_on_resolve=actions_on_resolve,
        )

        return automation_update
