from enum import StrEnum


class PostPipelineIdTerminateResponse200Status(StrEnum):
    FAILED = "failed"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
