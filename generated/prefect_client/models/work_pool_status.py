from enum import StrEnum


class WorkPoolStatus(StrEnum):
    NOT_READY = "NOT_READY"
    PAUSED = "PAUSED"
    READY = "READY"

    def __str__(self) -> str:
        return str(self.value)
