"""What a successful cancel returns, and what a status read returns."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Generic, Literal

import attrs

from pipeline_cancel._extensions import ATTEMPTS, ELAPSED, REQUEST_ID, RETRIED
from pipeline_cancel._typing import ResponseT_co, StatusT_co

Outcome = Literal["canceled", "already_finished"]
Retried = Literal["timeout", "network error", "HTTP 429", "HTTP 502", "HTTP 503", "HTTP 504"]
"""Why an earlier attempt was retried: the whole vocabulary (README, "The record")."""

Redact = Callable[[str], str]


def redacted_headers(raw: Mapping[str, str], redact: Redact) -> dict[str, str]:
    """An answer's headers, each value with any echoed credential redacted (results and errors alike)."""
    return {name: redact(value) for name, value in raw.items()}


class RedactedHeaders(Mapping[str, str]):
    """A result's headers: redacted as an error's are, when first read (most results are not asked)."""

    __slots__ = ("_done", "_raw", "_redact")

    def __init__(self, raw: Mapping[str, str], redact: Redact) -> None:
        self._raw, self._redact = raw, redact
        self._done: dict[str, str] | None = None

    def _headers(self) -> dict[str, str]:
        done = self._done
        if done is None:
            done = self._done = redacted_headers(self._raw, self._redact)
        return done

    def __getitem__(self, name: str) -> str:
        return self._headers()[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers())

    def __len__(self) -> int:
        return len(self._headers())

    def __repr__(self) -> str:
        return repr(self._headers())


def _same(text: str) -> str:
    return text


class Record:
    """What the transport noted of a request and its last answer, read when first asked.

    Every call makes one and most are never read, so it keeps the two notes (the request's
    and the answer's extensions) and the answer's headers as they are, not the answer with
    its body, and reads each field from them when asked.
    """

    __slots__ = ("_answer", "_headers", "_raw", "_redact", "_request")

    def __init__(
        self,
        request: Mapping[str, Any],
        answer: Mapping[str, Any],
        headers: Mapping[str, str],
        redact: Redact,
    ) -> None:
        self._request, self._answer, self._raw, self._redact = request, answer, headers, redact
        self._headers: RedactedHeaders | None = None

    @classmethod
    def of(
        cls,
        request_id: str | None,
        attempts: int,
        elapsed: float,
        headers: Mapping[str, str],
        retried: tuple[Retried, ...],
    ) -> Record:
        """A record from values already read (and redacted): an error's, for a result made from it."""
        return cls(
            {ATTEMPTS: attempts, RETRIED: retried}, {REQUEST_ID: request_id, ELAPSED: elapsed}, headers, _same
        )

    @property
    def request_id(self) -> str | None:
        found: str | None = self._answer.get(REQUEST_ID)
        return None if found is None else self._redact(found)

    @property
    def attempts(self) -> int:
        attempts: int = self._request.get(ATTEMPTS, 0)
        return attempts

    @property
    def elapsed(self) -> float:
        elapsed: float = self._answer.get(ELAPSED, 0.0)
        return elapsed

    @property
    def headers(self) -> Mapping[str, str]:
        made = self._headers
        if made is None:
            made = self._headers = RedactedHeaders(self._raw, self._redact)
        return made

    @property
    def retried(self) -> tuple[Retried, ...]:
        return tuple(self._request.get(RETRIED, ()))


NO_RECORD = Record({}, {}, MappingProxyType({}), _same)
"""The record of an outcome made without an answer: no attempts, no headers."""


class Recorded:
    """The record's fields, on a result, a status and (as plain attributes) an error."""

    __slots__ = ()
    _record: Record

    @property
    def request_id(self) -> str | None:
        """The last answer's `X-Request-Id` (else `Request-Id`) header; None when it had neither."""
        return self._record.request_id

    @property
    def attempts(self) -> int:
        """Requests sent, retries included: more than 1 means an earlier one got no usable answer,
        and may still have reached the vendor (see `retried`)."""
        return self._record.attempts

    @property
    def elapsed(self) -> float:
        """Seconds from the first attempt's start to the last answer's last byte."""
        return self._record.elapsed

    @property
    def headers(self) -> Mapping[str, str]:
        """The last answer's headers, with any echoed credential redacted."""
        return self._record.headers

    @property
    def retried(self) -> tuple[Retried, ...]:
        """Why each earlier attempt was retried, in order (empty when the first attempt answered)."""
        return self._record.retried


@attrs.frozen
class RunStatus(Recorded, Generic[StatusT_co]):
    """A run's state as the vendor's status operation reports it.

    `terminal` says the run will not change state again, by the vendor's own
    documented terminal states (each vendor module cites the sentence it rests on);
    `canceled` that it ended canceled or terminated. `response` is the generated model.
    """

    vendor: str
    run_id: str
    vendor_status: str
    terminal: bool
    canceled: bool
    response: StatusT_co = attrs.field(eq=False, repr=False)
    _record: Record = attrs.field(default=NO_RECORD, eq=False, repr=False, alias="record")


@attrs.frozen
class CancelResult(Recorded, Generic[ResponseT_co]):
    """The run is stopped: by this call (`canceled`) or before it (`already_finished`).

    `vendor_status` is the vendor's own literal (Runflow's `canceled`, Ionworks'
    `completed`, ...) so nothing is lost in the normalisation; `response` is the
    generated typed model of the cancel answer, untouched (`Kubiya.cancel` gives a
    `CancelResult[TerminateWorkflowResponse]`). With `wait=`, `status` is the status
    read that confirmed the run had stopped, and `vendor_status` its literal.
    """

    vendor: str
    run_id: str
    outcome: Outcome
    vendor_status: str
    http_status: int
    response: ResponseT_co = attrs.field(eq=False, repr=False)
    status: RunStatus[object] | None = attrs.field(default=None, eq=False, repr=False)
    _record: Record = attrs.field(default=NO_RECORD, eq=False, repr=False, alias="record")
