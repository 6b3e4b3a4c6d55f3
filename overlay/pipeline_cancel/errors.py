"""One exception hierarchy for everything that is not a clean cancel.

Every class carries `vendor`, `http_status` and the raw `body`, so callers can log
or branch on them without parsing messages. A run the vendor did not stop always
ends here, never in a `CancelResult`.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InvalidRequestError",
    "NotCanceledError",
    "NotFoundError",
    "PermissionDeniedError",
    "PipelineCancelError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "error_for_status",
    "message_from_body",
]

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
    ) -> None:
        super().__init__(message)
        self.message = message
        self.vendor = vendor
        self.http_status = http_status
        self.body = body

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

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx, including non-standard codes such as 520 or 599."""


class NotCanceledError(PipelineCancelError):
    """The vendor answered 2xx but says the run was not stopped."""

    def __init__(
        self, message: str, *, vendor_status: str | None = None, response: Any = None, **kwargs: Any
    ):
        super().__init__(message, **kwargs)
        self.vendor_status = vendor_status
        self.response = response


class UnexpectedResponseError(PipelineCancelError):
    """An undocumented status, or a body that is not what the vendor's document promises."""


class TransportError(PipelineCancelError):
    """Timeouts and connection failures, raised once the retries are spent."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidRequestError,
    429: RateLimitError,
}


def message_from_body(body: bytes) -> str:
    """The human part of an error body, for every envelope the five vendors use."""
    try:
        data = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace").strip()
        return text[:_MAX_MESSAGE]
    parts: list[str] = []
    if isinstance(data, dict):
        code = data.get("code") or data.get("error_code")
        if isinstance(code, str):
            parts.append(f"[{code}]")
        for key in ("message", "error", "detail"):
            value = data.get(key)
            if isinstance(value, str):
                parts.append(value)
            elif key == "detail" and isinstance(value, list):  # FastAPI validation errors
                parts.extend(
                    f"{'.'.join(str(p) for p in item.get('loc', []))}: {item.get('msg')}"
                    for item in value
                    if isinstance(item, dict)
                )
        errors = data.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict) and "type" in errors[0]:
            parts.append(f"({errors[0]['type']})")
    return " ".join(parts)[:_MAX_MESSAGE]


def error_for_status(
    vendor: str, status: int, body: bytes, *, retry_after: float | None = None
) -> PipelineCancelError:
    """The exception for an error status: one class per documented family, else unexpected."""
    detail = message_from_body(body)
    cls: type[PipelineCancelError] | None = _BY_STATUS.get(status)
    if cls is None and 500 <= status <= 599:
        cls = ServerError
    if cls is None:
        message = f"undocumented HTTP status {status}" + (f": {detail}" if detail else "")
        return UnexpectedResponseError(message, vendor=vendor, http_status=status, body=body)
    message = detail or _DEFAULT_MESSAGES.get(status, "server error; retry later or ask the vendor")
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, vendor=vendor, http_status=status, body=body)
    return cls(message, vendor=vendor, http_status=status, body=body)


_DEFAULT_MESSAGES = {
    400: "bad request",
    401: "unauthorized: check the credentials (and their scope)",
    403: "forbidden: these credentials may not cancel this run",
    404: "not found: check the id and the account it belongs to",
    409: "conflict: the run's state does not allow this",
    422: "the vendor rejected the request's fields",
    429: "rate limited: retry later",
}
