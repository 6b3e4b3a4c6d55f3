from enum import StrEnum


class FlowRunPolicyRetryTypeType0(StrEnum):
    IN_PROCESS = "in_process"
    RESCHEDULE = "reschedule"

    def __str__(self) -> str:
        return str(self.value)
