from enum import StrEnum


class EventTriggerPosture(StrEnum):
    PROACTIVE = "Proactive"
    REACTIVE = "Reactive"

    def __str__(self) -> str:
        return str(self.value)
