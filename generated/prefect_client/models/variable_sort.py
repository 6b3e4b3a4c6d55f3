from enum import StrEnum


class VariableSort(StrEnum):
    CREATED_DESC = "CREATED_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_DESC = "UPDATED_DESC"

    def __str__(self) -> str:
        return str(self.value)
