from enum import StrEnum


class JobErrorCode(StrEnum):
    CONFIGURATION_ERROR = "CONFIGURATION_ERROR"
    EXECUTION_TIMEOUT = "EXECUTION_TIMEOUT"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    MODEL_ERROR = "MODEL_ERROR"
    SOLVER_ERROR = "SOLVER_ERROR"
    SUBMISSION_FAILED = "SUBMISSION_FAILED"

    def __str__(self) -> str:
        return str(self.value)
