"""Every failure of `pipeline_cancel`, as one tree::

    PipelineCancelError             vendor, http_status, body, headers
    ├── ConfigurationError          (also a ValueError) raised before anything is sent
    ├── APIStatusError              the vendor answered with an error status
    │   ├── InvalidRequestError     400, 422
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── RateLimitError          429 (retry_after)
    │   └── ServerError             5xx, 520 and friends included
    ├── NotCanceledError            2xx, but the vendor says the run was not stopped (vendor_status, response)
    ├── NotConfirmedError           with wait=: the cancel was accepted, the run not seen to stop in time
    ├── UnexpectedResponseError     an undocumented status, or a body that breaks the vendor's document
    │   └── ResponseTooLargeError   the body passed `max_response_bytes`
    └── TransportError              no usable answer once the retries were spent (attempts)
        ├── RequestTimeoutError     an attempt passed its deadline
        └── NetworkError            refused, reset, or a broken HTTP exchange

A run the vendor did not stop always ends here, never in a `CancelResult`. What an
exception carries was read from the response after credentials were redacted from
it, and `body` keeps at most `MAX_ERROR_BODY` bytes, so an exception is safe to log
and cheap to keep. Every exception raised once a request was sent also carries that
request's record, as results do: `request_id`, `attempts`, `elapsed` and `retried`
(a `ConfigurationError` sent nothing: None, 0, None and ()).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic

from pipeline_cancel._typing import ResponseT_co

if TYPE_CHECKING:
    from pipeline_cancel.result import CancelResult, Retried, RunStatus

__all__ = [
    "MAX_ERROR_BODY",
    "APIStatusError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InvalidRequestError",
    "NetworkError",
    "NotCanceledError",
    "NotConfirmedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PipelineCancelError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "error_for_status",
    "message_from_body",
]

MAX_ERROR_BODY = 4096
"""Bytes of a response body an exception keeps; the rest is cut (see `PipelineCancelError.body`)."""

_MAX_MESSAGE = 500


class PipelineCancelError(Exception):
    """Base class: catch this to handle every failure of this package."""

    def __init__(
        self,
        message: str,
        *,
        vendor: str | None = None,
        http_status: int | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.vendor = vendor
        self.http_status = http_status
        self.body = None if body is None else body[:MAX_ERROR_BODY]
        self.headers: Mapping[str, str] = dict(headers or {})
        # The record of the request it belongs to, once one was sent (see `result.Record`).
        self.request_id: str | None = None
        self.attempts = 0
        self.elapsed: float | None = None
        self.retried: tuple[Retried, ...] = ()

    def __str__(self) -> str:
        prefix = f"{self.vendor}: " if self.vendor else ""
        status = f" (HTTP {self.http_status})" if self.http_status is not None else ""
        return f"{prefix}{self.message}{status}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ConfigurationError(PipelineCancelError, ValueError):
    """Raised before any request is sent: missing credentials, bad ids, reasons out of range."""


class APIStatusError(PipelineCancelError):
    """The vendor answered with an error status."""


class InvalidRequestError(APIStatusError):
    """400 or 422: the vendor rejected the request as malformed or not applicable."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or (Runflow) non-admin credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not touch this run."""


class NotFoundError(APIStatusError):
    """404: the vendor does not know this id (or hides it from these credentials)."""


class ConflictError(APIStatusError):
    """409: a state invariant on the vendor's side prevents the cancel."""


class RateLimitError(APIStatusError):
    """429 after the retries were spent (or the vendor asked to wait longer than the cap)."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        vendor: str | None = None,
        http_status: int | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, vendor=vendor, http_status=http_status, body=body, headers=headers)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx, including non-standard codes such as 520 or 599."""


class NotCanceledError(PipelineCancelError, Generic[ResponseT_co]):
    """The vendor answered 2xx but says the run was not stopped; `response` is its typed answer."""

    def __init__(
        self,
        message: str,
        *,
        vendor_status: str,
        response: ResponseT_co,
        vendor: str | None = None,
        http_status: int | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, vendor=vendor, http_status=http_status, body=body, headers=headers)
        self.vendor_status = vendor_status
        self.response = response


class NotConfirmedError(PipelineCancelError):
    """The vendor accepted the cancel, but its status operation did not show the run stopped in time.

    `last_status` is the last status read (a `RunStatus`, or None when none succeeded);
    `result` the accepted cancel's `CancelResult`; `last_error` the last failed status read.
    """

    def __init__(
        self,
        message: str,
        *,
        result: CancelResult[object],
        last_status: RunStatus[object] | None,
        last_error: PipelineCancelError | None = None,
        vendor: str | None = None,
    ) -> None:
        super().__init__(message, vendor=vendor)
        self.result = result
        self.last_status = last_status
        self.last_error = last_error


class UnexpectedResponseError(PipelineCancelError):
    """An undocumented status, or a body that is not what the vendor's document promises."""


class ResponseTooLargeError(UnexpectedResponseError):
    """The response body (after decompression) passed the vendor object's `max_response_bytes`."""


class TransportError(PipelineCancelError):
    """No usable answer: raised once the retries are spent; `attempts` says how many were made."""

    def __init__(self, message: str, *, attempts: int, vendor: str | None = None) -> None:
        super().__init__(message, vendor=vendor)
        self.attempts = attempts


class RequestTimeoutError(TransportError):
    """An attempt passed its deadline (connecting, sending, or waiting for the whole answer)."""


class NetworkError(TransportError):
    """The connection was refused, reset or closed, or the HTTP exchange itself was broken."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidRequestError,
    429: RateLimitError,
}


def _loads(body: bytes) -> object:
    """JSON, or None for anything that is not (including nesting deep enough to exhaust the stack)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def _validation(item: Mapping[object, object]) -> str:
    """One FastAPI validation error: `body.reason: too short`, or just the text without a location."""
    loc, msg = item.get("loc"), item.get("msg")
    where = ".".join(str(p) for p in loc) if isinstance(loc, list) else ""
    return f"{where}: {msg}" if where else str(msg)


def message_from_body(body: bytes) -> str:
    """The human part of an error body, for every envelope the six vendors use; any shape is safe.

    `exception_message` is Prefect's (its server's not-found and error handlers).
    """
    data = _loads(body)
    if not isinstance(data, dict):
        return _printable(body.decode(errors="replace"))  # UTF-8, the default
    parts: list[str] = []
    code = data.get("code") or data.get("error_code")
    if isinstance(code, str):
        parts.append(f"[{code}]")
    for key in ("message", "error", "detail", "exception_message"):
        value = data.get(key)
        if isinstance(value, str):
            parts.append(value)
        elif key == "detail" and isinstance(value, list):  # FastAPI validation errors
            parts.extend(_validation(item) for item in value[:10] if isinstance(item, dict))
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        kind = errors[0].get("type")
        if isinstance(kind, str):
            parts.append(f"({kind})")
    return _printable(" ".join(parts))


def _printable(text: str) -> str:
    """At most `_MAX_MESSAGE` characters, with no control characters a terminal would act on."""
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text[:_MAX_MESSAGE]).strip()


def error_for_status(
    vendor: str,
    status: int,
    body: bytes,
    *,
    headers: Mapping[str, str] | None = None,
    retry_after: float | None = None,
) -> PipelineCancelError:
    """The exception for an error status: one class per documented family, else unexpected."""
    detail = message_from_body(body)
    cls: type[APIStatusError] | None = _BY_STATUS.get(status)
    if cls is None and 500 <= status <= 599:
        cls = ServerError
    if cls is None:
        message = f"undocumented HTTP status {status}" + (f": {detail}" if detail else "")
        return UnexpectedResponseError(message, vendor=vendor, http_status=status, body=body, headers=headers)
    message = detail or _DEFAULT_MESSAGES.get(status, "server error; retry later or ask the vendor")
    if cls is RateLimitError:
        return RateLimitError(
            message, retry_after=retry_after, vendor=vendor, http_status=status, body=body, headers=headers
        )
    return cls(message, vendor=vendor, http_status=status, body=body, headers=headers)


_DEFAULT_MESSAGES = {
    400: "bad request",
    401: "unauthorized: check the credentials (and their scope)",
    403: "forbidden: these credentials may not cancel this run",
    404: "not found: check the id and the account it belongs to",
    409: "conflict: the run's state does not allow this",
    422: "the vendor rejected the request's fields",
    429: "rate limited: retry later",
}
