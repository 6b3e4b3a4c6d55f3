"""Cancel and confirm: after an accepted cancel, read the run's state until it is seen to stop.

A vendor's yes to a cancel is not always the end of the run: Gumloop answers
`success: true` while the run may still be `TERMINATING`, and Kubiya's executions
lifecycle says a failed execution may be retried automatically. With `wait=`, the
accepted cancel is followed by reads of the vendor's status operation, with
exponential backoff and jitter, honouring `Retry-After`, retrying transient failures,
and never past the deadline, until the run is terminal. A vendor whose cancel answer
already shows a terminal state (Runflow, Ionworks) needs no read.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import attrs

from pipeline_cancel import retries
from pipeline_cancel.errors import (
    NotConfirmedError,
    PipelineCancelError,
    RateLimitError,
    ServerError,
    TransportError,
)
from pipeline_cancel.result import CancelResult, Outcome, RunStatus

R = TypeVar("R")
Read = Callable[[str, float], RunStatus[Any]]
"""The vendor's status operation, given the run's id and the deadline no read may pass."""
AsyncRead = Callable[[str, float], Awaitable[RunStatus[Any]]]

FIRST_POLL = 0.5
MAX_POLL = 8.0
TRANSIENT = (TransportError, ServerError, RateLimitError)

# Looked up at call time, so tests can run the clock faster than real time.
_monotonic: Callable[[], float] = time.monotonic


def _pause(attempt: int, error: PipelineCancelError | None) -> float:
    base = min(MAX_POLL, FIRST_POLL * 2.0**attempt) * (1 - 0.25 * random.random())  # noqa: S311 - jitter
    if isinstance(error, RateLimitError) and error.retry_after:
        return max(base, error.retry_after)
    return base


def _confirmed(result: CancelResult[R], status: RunStatus[object]) -> CancelResult[R]:
    outcome: Outcome = "canceled" if status.canceled else "already_finished"
    return attrs.evolve(result, outcome=outcome, vendor_status=status.vendor_status, status=status)


class _Polling:
    """One confirmation's state: what was last seen, and whether to read again or give up."""

    def __init__(self, vendor: str, result: CancelResult[Any], seconds: float) -> None:
        self.vendor, self.result, self.seconds = vendor, result, seconds
        self.deadline = _monotonic() + seconds
        self.last: RunStatus[object] | None = None
        self.error: PipelineCancelError | None = None
        self.attempt = 0

    def seen(self, status: RunStatus[object]) -> bool:
        self.last, self.error = status, None
        return status.terminal

    def pause(self) -> float:
        """Seconds before the next read; `NotConfirmedError` when waiting would pass the deadline."""
        pause = _pause(self.attempt, self.error)
        self.attempt += 1
        if pause >= self.deadline - _monotonic():
            raise self._not_confirmed()
        return pause

    def _not_confirmed(self) -> NotConfirmedError:
        last, error, run_id, name = self.last, self.error, self.result.run_id, self.vendor
        seen = f"its last state was {last.vendor_status!r}" if last else "no status read succeeded"
        if error is not None and last is None:
            seen += f" (last error: {error})"
        return NotConfirmedError(
            f"the cancel of {run_id} was accepted, but the run was not seen to stop within"
            f" {self.seconds:g}s: {seen}; check it later with `pipeline-cancel status {name} {run_id}`"
            " or wait longer",
            result=self.result,
            last_status=last,
            last_error=error,
            vendor=name,
        )


def confirm(vendor: str, result: CancelResult[R], seconds: float, read: Read) -> CancelResult[R]:
    """`result` confirmed by `read`ing the run until it is terminal, or `NotConfirmedError` by `seconds`."""
    polling = _Polling(vendor, result, seconds)
    while True:
        try:
            status: RunStatus[object] = read(result.run_id, polling.deadline)
            if polling.seen(status):
                return _confirmed(result, status)
        except TRANSIENT as exc:
            polling.error = exc
        retries._sleep(polling.pause())


async def aconfirm(vendor: str, result: CancelResult[R], seconds: float, read: AsyncRead) -> CancelResult[R]:
    """`confirm`, awaiting each read and each pause."""
    from pipeline_cancel import aio

    polling = _Polling(vendor, result, seconds)
    while True:
        try:
            status: RunStatus[object] = await read(result.run_id, polling.deadline)
            if polling.seen(status):
                return _confirmed(result, status)
        except TRANSIENT as exc:
            polling.error = exc
        await aio._asleep(polling.pause())
