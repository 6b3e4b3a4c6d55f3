from enum import StrEnum


class CompoundTriggerRequireType1(StrEnum):
    ALL = "all"
    ANY = "any"

    def __str__(self) -> str:
        return str(self.value)
