"""What a successful cancel returns, and what a status read returns."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Generic, Literal

import attrs

from pipeline_cancel._typing import ResponseT_co, StatusT_co

Outcome = Literal["canceled", "already_finished"]
Retried = Literal["timeout", "network error", "HTTP 429", "HTTP 502", "HTTP 503", "HTTP 504"]
"""Why an earlier attempt was retried: the whole vocabulary (README, "What happened")."""

REQUEST_ID_HEADERS = ("x-request-id", "request-id")
"""Where a request id is read from, in this order: none of the five vendors documents one."""

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


@attrs.frozen
class RunStatus(Generic[StatusT_co]):
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
    request_id: str | None = attrs.field(default=None, eq=False, repr=False)
    """The last answer's `X-Request-Id` (else `Request-Id`) header; None when it had neither."""
    attempts: int = attrs.field(default=0, eq=False, repr=False)
    """Requests sent for this read, retries included."""
    elapsed: float = attrs.field(default=0.0, eq=False, repr=False)
    """Seconds from the first attempt's start to the last answer's last byte."""
    headers: Mapping[str, str] = attrs.field(default=_NO_HEADERS, eq=False, repr=False)
    """The last answer's headers, with any echoed credential redacted."""
    retried: tuple[Retried, ...] = attrs.field(default=(), eq=False, repr=False)
    """Why each earlier attempt was retried, in order (empty when the first attempt answered)."""


@attrs.frozen
class CancelResult(Generic[ResponseT_co]):
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
    request_id: str | None = attrs.field(default=None, eq=False, repr=False)
    """The cancel answer's `X-Request-Id` (else `Request-Id`) header; None when it had neither."""
    attempts: int = attrs.field(default=0, eq=False, repr=False)
    """Requests sent for this cancel, retries included: more than 1 means an earlier one got no
    usable answer, and may still have reached the vendor (see `retried`)."""
    elapsed: float = attrs.field(default=0.0, eq=False, repr=False)
    """Seconds from the first attempt's start to the last answer's last byte."""
    headers: Mapping[str, str] = attrs.field(default=_NO_HEADERS, eq=False, repr=False)
    """The cancel answer's headers, with any echoed credential redacted."""
    retried: tuple[Retried, ...] = attrs.field(default=(), eq=False, repr=False)
    """Why each earlier attempt was retried, in order (empty when the first attempt answered)."""
