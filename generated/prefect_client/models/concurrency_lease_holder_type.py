from enum import StrEnum


class ConcurrencyLeaseHolderType(StrEnum):
    DEPLOYMENT = "deployment"
    FLOW_RUN = "flow_run"
    TASK_RUN = "task_run"

    def __str__(self) -> str:
        return str(self.value)
