from enum import StrEnum


class ConcurrencyLimitStrategy(StrEnum):
    CANCEL_NEW = "CANCEL_NEW"
    ENQUEUE = "ENQUEUE"

    def __str__(self) -> str:
        return str(self.value)
