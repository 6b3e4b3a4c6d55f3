from enum import StrEnum


class LogSort(StrEnum):
    TIMESTAMP_ASC = "TIMESTAMP_ASC"
    TIMESTAMP_DESC = "TIMESTAMP_DESC"

    def __str__(self) -> str:
        return str(self.value)
