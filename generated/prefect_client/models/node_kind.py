from enum import StrEnum


class NodeKind(StrEnum):
    FLOW_RUN = "flow-run"
    TASK_RUN = "task-run"

    def __str__(self) -> str:
        return str(self.value)
