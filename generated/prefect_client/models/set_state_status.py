from enum import StrEnum


class SetStateStatus(StrEnum):
    ABORT = "ABORT"
    ACCEPT = "ACCEPT"
    REJECT = "REJECT"
    WAIT = "WAIT"

    def __str__(self) -> str:
        return str(self.value)
