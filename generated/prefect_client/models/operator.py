from enum import StrEnum


class Operator(StrEnum):
    AND = "and_"
    OR = "or_"

    def __str__(self) -> str:
        return str(self.value)
