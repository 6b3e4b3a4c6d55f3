from enum import StrEnum


class ResumeWorkPoolSource(StrEnum):
    INFERRED = "inferred"
    SELECTED = "selected"

    def __str__(self) -> str:
        return str(self.value)
