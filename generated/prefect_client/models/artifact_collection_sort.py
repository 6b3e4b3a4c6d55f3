from enum import StrEnum


class ArtifactCollectionSort(StrEnum):
    CREATED_DESC = "CREATED_DESC"
    ID_DESC = "ID_DESC"
    KEY_ASC = "KEY_ASC"
    KEY_DESC = "KEY_DESC"
    UPDATED_DESC = "UPDATED_DESC"

    def __str__(self) -> str:
        return str(self.value)
