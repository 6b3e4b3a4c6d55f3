"""Reading what came back, or did not: a body with the credentials redacted, and the typed error
for an exchange that ended without a usable answer."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.errors import (
    NetworkError,
    PipelineCancelError,
    RequestTimeoutError,
    ResponseTooLargeError,
    UnexpectedResponseError,
)
from pipeline_cancel.retries import ATTEMPTS, ResponseTooLarge

NOT_JSON = object()


def first_text(exc: BaseException) -> str:
    """The first message along an exception's causes: under trio, httpcore wraps a failed TLS
    handshake in errors without text, and the certificate's complaint is a few causes down."""
    cause: BaseException | None = exc
    for _ in range(6):
        if cause is None:
            break
        if text := str(cause):
            return text
        cause = cause.__cause__ or cause.__context__
    return ""


def redact_json(value: object, redact: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_json(v, redact) for v in value]
    if isinstance(value, dict):
        return {redact(k): redact_json(v, redact) for k, v in value.items()}
    return value


def load(auth: VendorAuth, raw: bytes) -> tuple[bytes, object]:
    """The body with credentials redacted, and its JSON (or `NOT_JSON`).

    A vendor that echoes a credential could escape it in JSON (`\\u0041`), which
    a byte search misses; the parsed strings are searched too, and then the kept
    body is the redacted JSON written out again.
    """
    body = auth.redact_bytes(raw)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body, NOT_JSON
    if b"\\" in body:
        try:
            clean = redact_json(data, auth.redact)
        except RecursionError:
            return body, NOT_JSON
        if clean != data:
            return json.dumps(clean).encode(), clean
    return body, data


def transport_error(
    vendor: str, auth: VendorAuth, timeout: float, exc: httpx.HTTPError
) -> PipelineCancelError:
    """The typed error for an exchange httpx ended: too large, undecodable, timed out, or a network error."""
    attempts = exc.request.extensions.get(ATTEMPTS, 1)  # every request here went through our transport
    detail = auth.redact(first_text(exc)) or "no detail"
    what = f"{type(exc).__name__} after {attempts} attempt{'s' if attempts != 1 else ''}: {detail}"
    if isinstance(exc, ResponseTooLarge):
        return ResponseTooLargeError(
            f"{detail}; raise max_response_bytes if the vendor really sends that much", vendor=vendor
        )
    if isinstance(exc, httpx.DecodingError):
        return UnexpectedResponseError(f"the body could not be decoded: {detail}", vendor=vendor)
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(
            f"{what}; each attempt may take {timeout:g}s (timeout=)", attempts=attempts, vendor=vendor
        )
    # Every other error httpx raises here is a TransportError: redirects are never followed.
    return NetworkError(f"{what}; check the base URL and the network", attempts=attempts, vendor=vendor)
