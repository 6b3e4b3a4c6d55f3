from enum import StrEnum


class DeploymentStatus(StrEnum):
    NOT_READY = "NOT_READY"
    READY = "READY"

    def __str__(self) -> str:
        return str(self.value)
