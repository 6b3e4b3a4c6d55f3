"""Reading what came back, or did not: a body with the credentials redacted, the generated model of
a documented success, and the typed error for every other answer or for none."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from pipeline_cancel import record, shapes
from pipeline_cancel._extensions import ATTEMPTS
from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.body import ResponseTooLarge
from pipeline_cancel.errors import (
    MAX_ERROR_BODY,
    NetworkError,
    PipelineCancelError,
    RequestTimeoutError,
    ResponseTooLargeError,
    UnexpectedResponseError,
    error_for_status,
)
from pipeline_cancel.result import redacted_headers
from pipeline_cancel.retries import RETRY_AFTER, parse_retry_after

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


def headers_of(auth: VendorAuth, response: httpx.Response) -> dict[str, str]:
    """The response's headers for an exception, with any echoed credential redacted."""
    return redacted_headers(response.headers, auth.redact)


# pragma: no mutate start, a safety net: every message that reaches it today was built from redacted text
def scrub(auth: VendorAuth, error: PipelineCancelError) -> PipelineCancelError:
    """Never let a credential reach an exception's text, whatever path built it."""
    clean = auth.redact(error.message)
    if clean != error.message:
        error.message = clean
        error.args = (clean,)
    return error


# pragma: no mutate end


def parse(
    vendor: str, auth: VendorAuth, response: httpx.Response, models: Mapping[int, Any]
) -> tuple[Any, bytes]:
    """The generated model of a documented success (and the redacted body), or the typed exception."""
    status = response.status_code
    body, data = load(auth, response.content)
    model = models.get(status)
    if model is None:
        retry_after = parse_retry_after(response.headers.get(RETRY_AFTER))
        headers = headers_of(auth, response)
        error = error_for_status(vendor, status, body, headers=headers, retry_after=retry_after)
        raise scrub(auth, record.stamp_answer(error, response, auth.redact))
    try:
        if not isinstance(data, dict):
            raise shapes.ShapeError("expected a JSON object" if data is not NOT_JSON else "not JSON")
        parsed = model.from_dict(data)
        shapes.check(parsed)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        error = UnexpectedResponseError(
            f"HTTP {status} body does not match the vendor's document ({type(exc).__name__}: {exc})",
            vendor=vendor,
            http_status=status,
            body=body,
            headers=headers_of(auth, response),
        )
        raise scrub(auth, record.stamp_answer(error, response, auth.redact)) from None
    return parsed, body


def refusal(
    auth: VendorAuth, error: PipelineCancelError, response: httpx.Response, body: bytes
) -> PipelineCancelError:
    """A documented success that the vendor module read as a refusal (`NotCanceledError`), with
    the answer's body, headers and record."""
    error.body = body[:MAX_ERROR_BODY]
    error.headers = headers_of(auth, response)
    return scrub(auth, record.stamp_answer(error, response, auth.redact))
