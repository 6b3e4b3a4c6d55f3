"""The record of the request an outcome belongs to: its answer's request id, the attempts it
took, how long, its headers, and why each earlier attempt was retried.

The transport counts the attempts and the reasons on the request (`retries.ATTEMPTS`,
`RETRIED`, `STARTED`); this module reads them into a result's fields or an error's
attributes, with anything the answer echoes of the credentials redacted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from pipeline_cancel.errors import PipelineCancelError
from pipeline_cancel.result import CancelResult, Retried, RunStatus
from pipeline_cancel.retries import ATTEMPTS, RETRIED, STARTED, logger, request_id

R = TypeVar("R")
T = TypeVar("T", CancelResult[Any], RunStatus[Any])
ELAPSED = "pipeline_cancel.elapsed"  # response extension: seconds from the first attempt to the last byte
Redact = Callable[[str], str]


def answered(response: httpx.Response) -> httpx.Response:
    """Note, as the answer comes back with its body read, how long the whole exchange took."""
    response.extensions[ELAPSED] = time.monotonic() - response.request.extensions.get(STARTED, 0.0)
    return response


def headers(raw: httpx.Headers, redact: Redact) -> dict[str, str]:
    """An answer's headers, each value with any echoed credential redacted."""
    return {name: redact(value) for name, value in raw.items()}


class RedactedHeaders(Mapping[str, str]):
    """A result's headers: redacted as an error's are, when first read (most results are not asked)."""

    __slots__ = ("_done", "_raw", "_redact")

    def __init__(self, raw: httpx.Headers, redact: Redact) -> None:
        self._raw, self._redact = raw, redact
        self._done: dict[str, str] | None = None

    def _headers(self) -> dict[str, str]:
        done = self._done
        if done is None:
            done = self._done = headers(self._raw, self._redact)
        return done

    def __getitem__(self, name: str) -> str:
        return self._headers()[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers())

    def __len__(self) -> int:
        return len(self._headers())

    def __repr__(self) -> str:
        return repr(self._headers())


def _of_answer(
    response: httpx.Response, redact: Redact
) -> tuple[str | None, int, float, tuple[Retried, ...]]:
    """An answer's request id (redacted), and its request's attempts, seconds and retry reasons."""
    extensions = response.request.extensions
    found = request_id(response.headers)
    return (
        None if found is None else redact(found),
        extensions.get(ATTEMPTS, 1),
        response.extensions.get(ELAPSED, 0.0),
        tuple(extensions.get(RETRIED, ())),
    )


def fill(outcome: T, response: httpx.Response, redact: Redact) -> T:
    """`outcome` (a result or a status just made, not yet handed out) with its answer's record.

    Set in place rather than copied with `attrs.evolve`, which costs a call several per cent
    against raw httpx: nothing else holds the object yet.
    """
    put = object.__setattr__
    rid, attempts, elapsed, retried = _of_answer(response, redact)
    put(outcome, "request_id", rid)
    put(outcome, "attempts", attempts)
    put(outcome, "elapsed", elapsed)
    put(outcome, "headers", RedactedHeaders(response.headers, redact))
    put(outcome, "retried", retried)
    return outcome


def stamp(error: PipelineCancelError, request: httpx.Request) -> PipelineCancelError:
    """An error without an answer (a transport failure) gets its request's attempts and reasons."""
    extensions = request.extensions
    error.attempts = extensions.get(ATTEMPTS, 1)
    error.retried = tuple(extensions.get(RETRIED, ()))
    started = extensions.get(STARTED)
    error.elapsed = None if started is None else time.monotonic() - started
    return error


def stamp_answer(error: PipelineCancelError, response: httpx.Response, redact: Redact) -> PipelineCancelError:
    """An error read from an answer gets that answer's record (its headers are set where it is made)."""
    error.request_id, error.attempts, error.elapsed, error.retried = _of_answer(response, redact)
    return error


def of_error(result: CancelResult[R], error: PipelineCancelError) -> CancelResult[R]:
    """A result read from a refusal (Kubiya's "already ended" 400) carries that answer's record."""
    return attrs.evolve(
        result,
        request_id=error.request_id,
        attempts=error.attempts,
        elapsed=error.elapsed or 0.0,
        headers=error.headers,
        retried=error.retried,
    )


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
