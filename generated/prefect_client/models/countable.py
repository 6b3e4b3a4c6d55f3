from enum import StrEnum


class Countable(StrEnum):
    DAY = "day"
    EVENT = "event"
    RESOURCE = "resource"
    TIME = "time"

    def __str__(self) -> str:
        return str(self.value)
