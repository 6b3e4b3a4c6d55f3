from enum import StrEnum


class RunDeploymentSource(StrEnum):
    INFERRED = "inferred"
    SELECTED = "selected"

    def __str__(self) -> str:
        return str(self.value)
