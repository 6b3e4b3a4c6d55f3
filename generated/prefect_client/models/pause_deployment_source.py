from enum import StrEnum


class PauseDeploymentSource(StrEnum):
    INFERRED = "inferred"
    SELECTED = "selected"

    def __str__(self) -> str:
        return str(self.value)
