"""The record of the request an outcome belongs to: its answer's request id, the attempts it
took, how long, its headers, and why each earlier attempt was retried.

The transport counts the attempts and the reasons on the request (`_extensions.ATTEMPTS`,
`RETRIED`, `STARTED`); this module reads them into a result's fields or an error's
attributes, with anything the answer echoes of the credentials redacted.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from pipeline_cancel._extensions import ATTEMPTS, RETRIED, STARTED
from pipeline_cancel._logs import logger
from pipeline_cancel.errors import PipelineCancelError
from pipeline_cancel.result import CancelResult, Record, Redact, RunStatus

if TYPE_CHECKING:
    import httpx2

R = TypeVar("R")
T = TypeVar("T", CancelResult[Any], RunStatus[Any])


def fill(outcome: T, response: httpx.Response, redact: Redact) -> T:
    """`outcome` (a result or a status just made, not yet handed out) with its answer's record.

    Set in place rather than copied with `attrs.evolve`, which costs a call several per cent
    against raw httpx: nothing else holds the object yet. The record reads its fields when
    asked (`result.Record`), so a call whose record nobody reads pays for one small object.
    """
    made = Record(response.request.extensions, response.extensions, response.headers, redact)
    object.__setattr__(outcome, "_record", made)
    return outcome


def stamp(error: PipelineCancelError, request: httpx.Request | httpx2.Request) -> PipelineCancelError:
    """An error without an answer (a transport failure) gets its request's attempts and reasons."""
    extensions = request.extensions
    error.attempts = extensions.get(ATTEMPTS, 1)
    error.retried = tuple(extensions.get(RETRIED, ()))
    started = extensions.get(STARTED)
    error.elapsed = None if started is None else time.monotonic() - started
    return error


def stamp_answer(error: PipelineCancelError, response: httpx.Response, redact: Redact) -> PipelineCancelError:
    """An error read from an answer gets that answer's record (its headers are set where it is made)."""
    read = Record(response.request.extensions, response.extensions, response.headers, redact)
    error.request_id, error.attempts, error.elapsed, error.retried = (
        read.request_id, read.attempts, read.elapsed, read.retried
    )  # fmt: skip
    return error


def of_error(result: CancelResult[R], error: PipelineCancelError) -> CancelResult[R]:
    """A result read from a refusal (Kubiya's "already ended" 400) carries that answer's record."""
    made = Record.of(error.request_id, error.attempts, error.elapsed or 0.0, error.headers, error.retried)
    return attrs.evolve(result, record=made)


def log_outcome(operation: str, what: str, outcome: CancelResult[Any] | RunStatus[Any]) -> None:
    """A call's final outcome, at INFO: what it came to, after how many attempts, how long."""
    if logger.isEnabledFor(logging.INFO):
        rid = f", request id {outcome.request_id}" if outcome.request_id else ""
        plural = "" if outcome.attempts == 1 else "s"
        millis = outcome.elapsed * 1000
        logger.info(
            "%s %s %s: %s after %d attempt%s in %.0f ms%s",
            outcome.vendor, operation, outcome.run_id, what, outcome.attempts, plural, millis, rid,
        )  # fmt: skip
