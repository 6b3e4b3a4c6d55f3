from enum import StrEnum


class BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode(StrEnum):
    CONCURRENCY = "concurrency"
    RATE_LIMIT = "rate_limit"

    def __str__(self) -> str:
        return str(self.value)
