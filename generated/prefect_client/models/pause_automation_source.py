from enum import StrEnum


class PauseAutomationSource(StrEnum):
    INFERRED = "inferred"
    SELECTED = "selected"

    def __str__(self) -> str:
        return str(self.value)
