from enum import StrEnum


class FlowRunCreateResultStatus(StrEnum):
    CREATED = "CREATED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
