from enum import StrEnum


class ResumeDeploymentSource(StrEnum):
    INFERRED = "inferred"
    SELECTED = "selected"

    def __str__(self) -> str:
        return str(self.value)
