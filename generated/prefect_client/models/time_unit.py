from enum import StrEnum


class TimeUnit(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
