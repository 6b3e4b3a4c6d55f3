"""Bounded attempts and bounded retries, as an httpx transport shared by the overlay and `.client`.

Every attempt has one deadline for the whole exchange (connect, send, headers and
body) and reads at most `max_response_bytes` of decoded body, here in the transport,
so nothing above it (the overlay, the generated client, a retry's drain) can be held
by a slow server or flooded by a large or compressed one. The returned response has
its body already read, decoded, and its encoding headers removed.

Retried: connection failures and timeouts, 429, 502, 503, 504. Never another 4xx.
Delays are exponential with jitter; a `Retry-After` (seconds or HTTP date) is
honoured when it is within `max_retry_after`, and a longer one ends the retries
so the caller sees the 429 (with its `retry_after`) instead of a stalled process.

This module is the synchronous half; `aio.py` holds the asynchronous one, so that a
program that never awaits never imports asyncio.
"""

from __future__ import annotations

import logging
import math
import random
import ssl
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from email.utils import parsedate_to_datetime
from types import MappingProxyType
from typing import Any

import attrs
import httpx

logger = logging.getLogger("pipeline_cancel")

# Module global looked up at call time, so tests can replace the clock's waits.
_sleep: Callable[[float], None] = time.sleep

RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Request extensions. What the call sets: its policy and limits (a vendor object's own, or a
# `with_options` copy's), the deadline no attempt or wait may pass (a time.monotonic()), and
# what to name it in a log line. What the transport records: the attempts made, why each
# earlier one was retried, and when the first began.
POLICY = "pipeline_cancel.policy"
LIMITS = "pipeline_cancel.limits"
DEADLINE = "pipeline_cancel.deadline"
OPERATION = "pipeline_cancel.operation"
ATTEMPTS = "pipeline_cancel.attempts"
RETRIED = "pipeline_cancel.retried"
STARTED = "pipeline_cancel.started"
# Response extensions, set by the transport on the answer it returns: its request id header's
# value, and the seconds from the first attempt's start to the answer's last byte.
REQUEST_ID = "pipeline_cancel.request_id"
ELAPSED = "pipeline_cancel.elapsed"

DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024
# httpx's headers ignore case, so how these names are spelled is free.
CONTENT_ENCODING = "content-encoding"
CONTENT_LENGTH = "content-length"
RETRY_AFTER = "retry-after"
_ENCODING_HEADERS = frozenset({CONTENT_ENCODING, CONTENT_LENGTH, "transfer-encoding"})
_PASSED = "the attempt's deadline passed"


class DeadlineExceeded(httpx.TimeoutException):
    """The attempt's deadline passed, whatever phase of the exchange it was in.

    Raised bare inside the transport; the attempt then raises one that names the seconds
    it had (`overrun`: its timeout, or less under `wait=`), sync and async alike.
    """

    def __init__(self, message: str = _PASSED) -> None:
        super().__init__(message)


class ResponseTooLarge(httpx.DecodingError):
    """The decoded body passed the limit; the connection is dropped unread."""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait, from either form of `Retry-After`; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
            if when.tzinfo is None:
                return None
            seconds = when.timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return max(0.0, seconds)  # a date in the past, or a negative number, means now; so does NaN


@attrs.frozen
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    statuses: frozenset[int] = RETRY_STATUSES

    def __attrs_post_init__(self) -> None:
        if type(self.max_retries) is not int or not 0 <= self.max_retries <= 10:
            raise ValueError("max_retries must be a whole number from 0 to 10")

    def backoff(self, attempt: int) -> float:
        """Exponential, capped, with the upper quarter jittered so clients do not retry in step."""
        base: float = min(self.max_delay, self.initial_delay * 2.0**attempt)
        return base * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography

    def delay_for(self, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying `response`, or None when it must not be retried."""
        if response.status_code not in self.statuses or attempt >= self.max_retries:
            return None
        retry_after = parse_retry_after(response.headers.get(RETRY_AFTER))
        if retry_after is None:
            return self.backoff(attempt)
        if retry_after > self.max_retry_after:
            return None
        return retry_after

    def worst_case(self, deadline: float) -> float:
        """The longest a whole call can take: every attempt to its deadline, every wait at its cap."""
        return (self.max_retries + 1) * deadline + self.max_retries * max(
            self.max_delay, self.max_retry_after
        )


CONNECT_TIMEOUT = 10.0


@attrs.frozen
class AttemptLimits:
    """What one attempt may cost: seconds for the whole exchange, and bytes of decoded body."""

    deadline: float
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    timeouts: Mapping[str, float] = attrs.field(init=False, eq=False, repr=False)
    """httpx's per-socket-operation timeouts: the deadline (it bounds them all together), and at
    most 10 s to connect. Set on each request, as a `with_options` copy's differ from its pool's;
    made once here and read-only, as every request of the object shares it."""

    def __attrs_post_init__(self) -> None:
        seconds = self.deadline
        connect = min(CONNECT_TIMEOUT, seconds)
        phases = {"connect": connect, "read": seconds, "write": seconds, "pool": seconds}
        object.__setattr__(self, "timeouts", MappingProxyType(phases))


def allowance(request: httpx.Request, limits: AttemptLimits, now: float) -> float:
    """Seconds an attempt starting `now` may take: its own deadline, or less if the request's is sooner."""
    limit: float = request.extensions.get(DEADLINE, math.inf)
    return max(0.0, min(limits.deadline, limit - now))


def overrun(allowed: float) -> DeadlineExceeded:
    """What a caller reads when an attempt ran out of time, sync or async: the seconds it had."""
    return DeadlineExceeded(f"no complete answer within {round(allowed, 3):g}s")


def past(request: httpx.Request, delay: float) -> bool:
    """Whether waiting `delay` seconds would pass the request's own deadline, if it has one."""
    limit: float | None = request.extensions.get(DEADLINE)
    return limit is not None and time.monotonic() + delay >= limit


def why_retried(failure: httpx.Response | Exception) -> str:
    """The retry's reason, in the fixed vocabulary of `result.Retried`."""
    if isinstance(failure, httpx.Response):
        return f"HTTP {failure.status_code}"
    return "timeout" if isinstance(failure, httpx.TimeoutException) else "network error"


REQUEST_ID_HEADERS = (b"x-request-id", b"request-id")
"""Where a request id is read from, in this order: none of the five vendors documents one."""
_NOTED = frozenset({b"content-encoding", *REQUEST_ID_HEADERS})


def answer_headers(headers: httpx.Headers) -> tuple[str | None, str | None]:
    """The answer's `Content-Encoding` and request id (`X-Request-Id`, else `Request-Id`: none of
    the vendors documents one), in one pass over the raw pairs, where `Headers.get` raises and
    catches a KeyError for each absent name. Repeated encodings are joined, as `get` joins them."""
    encoding: bytes | None = None
    found: bytes | None = None
    fallback: bytes | None = None
    for name, value in headers.raw:
        lowered = name.lower()
        if lowered not in _NOTED:  # most headers: one test
            continue
        if lowered == b"content-encoding":
            encoding = value if encoding is None else encoding + b", " + value
        elif lowered == REQUEST_ID_HEADERS[0] and found is None:
            found = value
        elif lowered == REQUEST_ID_HEADERS[1] and fallback is None:
            fallback = value
    rid = found if found is not None else fallback
    return (
        None if encoding is None else encoding.decode("latin-1"),
        None if rid is None else rid.decode("latin-1"),
    )


def _unchanged(text: str) -> str:
    return text


def _what(request: httpx.Request) -> tuple[str, Callable[[str], str]]:
    """The vendor, operation, method and path of a request, and how to redact what it echoes."""
    vendor, operation, redact = request.extensions.get(OPERATION, ("", "request", _unchanged))
    return redact(f"{vendor} {operation} {request.method} {request.url.path}".lstrip()), redact


def log_attempt(
    request: httpx.Request,
    attempt: int,
    policy: RetryPolicy,
    outcome: httpx.Response | Exception,
    began: float,
) -> None:
    """One DEBUG line per attempt: what, which attempt of how many, its answer or error, how long."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    millis = (time.monotonic() - began) * 1000
    what, redact = _what(request)
    if isinstance(outcome, httpx.Response):
        answer = f"HTTP {outcome.status_code}"
        rid = outcome.extensions.get(REQUEST_ID)
        answer += f", request id {redact(rid)}" if rid else ""
    else:
        answer = type(outcome).__name__
    logger.debug(
        "%s: attempt %d of %d: %s in %.0f ms", what, attempt + 1, policy.max_retries + 1, answer, millis
    )


def log_retry(request: httpx.Request, attempt: int, policy: RetryPolicy, delay: float, why: str) -> None:
    logger.info(
        "%s: retrying in %.2fs (retry %d of %d): %s",
        _what(request)[0],
        delay,
        attempt + 1,
        policy.max_retries,
        why,
    )


# -- reading a body within its limits ---------------------------------------------------------


class BodyReader:
    """Collect a body, decoding gzip/deflate as it streams, and stop at `limit` decoded bytes.

    zlib is asked for at most the room left, so a small compressed body cannot expand
    in memory past the limit, even for one chunk.
    """

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in {"gzip", "x-gzip", "deflate"}):
            raise httpx.DecodingError(f"unsupported Content-Encoding {content_encoding!r}")
        # wbits 32+: accept either a gzip or a zlib header, as servers mix the two up.
        self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS) if codings else None
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0

    def _append(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise ResponseTooLarge(f"response body is larger than {self._limit} bytes")
        if data:
            self._parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._zlib is None:
            self._append(chunk)
            return
        # At most one byte past the limit comes out of zlib, which is enough to know the body
        # is too large; when less comes out, zlib has consumed the whole chunk.
        room = self._limit - self._size + 1  # pragma: no mutate: a few bytes more or less read the same
        try:
            self._append(self._zlib.decompress(chunk, room))
        except zlib.error as exc:
            raise httpx.DecodingError(f"compressed body is corrupt: {exc}") from exc

    def finish(self) -> bytes:
        if self._zlib is not None:  # feed() consumed every byte given, so flush() only drains output
            self._append(self._zlib.flush())
        return b"".join(self._parts)


def read_response(response: httpx.Response, limit: int, deadline: float, encoding: str | None) -> bytes:
    """The decoded body of a streamed response (its `encoding` as `answer_headers` read it), within
    the byte limit and the deadline.

    Reads the transport's stream itself (`response.stream`), as a transport may: the
    client-level machinery of `iter_raw` is for callers, and costs a loopback call
    several per cent.
    """
    chunks: Iterable[bytes] = response.stream  # type: ignore[assignment]
    if encoding is not None:
        reader = BodyReader(encoding, limit)
        for chunk in chunks:
            reader.feed(chunk)
            if time.monotonic() > deadline:
                raise DeadlineExceeded()
        return reader.finish()
    parts, size = [], 0  # the common case, kept lean: no decoding, just counting
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"response body is larger than {limit} bytes")
        parts.append(chunk)
        if time.monotonic() > deadline:
            raise DeadlineExceeded()
    return b"".join(parts)


def with_body(
    response: httpx.Response, body: bytes, encoding: str | None, request_id: str | None
) -> httpx.Response:
    """The same response, now carrying `body` as read: decoded, so a Content-Encoding no longer
    applies; and its request id noted for the record.

    Only the transport's stream was read and closed (never `Response.read`/`close`),
    so the response is still fresh for the client above to read from its new stream.
    """
    response.extensions[REQUEST_ID] = request_id
    if encoding is not None:
        for name in _ENCODING_HEADERS:
            response.headers.pop(name, None)
        response.headers[CONTENT_LENGTH] = str(len(body))
    response.stream = httpx.ByteStream(body)
    return response


# -- the deadline below httpx: every socket operation of our own pools ------------------------

# Set by each attempt of the sync transport, the only place our own pools' sockets are used.
_DEADLINE: ContextVar[float] = ContextVar("pipeline_cancel_deadline")


def _time_left(cap: float | None) -> float | None:
    """What is left of the current attempt's deadline, at most `cap`; nothing when it has passed.

    `cap` alone when no attempt of ours is under way: a caller's own pool, bounded here
    for our requests, serves their other requests too, with their own timeouts.
    """
    deadline = _DEADLINE.get(None)
    if deadline is None:
        return cap
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise DeadlineExceeded()
    return remaining if cap is None else min(cap, remaining)


class _DeadlineStream:
    """An httpcore network stream whose every read and write ends by the attempt's deadline."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _time_left(timeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        # httpcore's timeout here is the connect timeout, at most 10 s: without it the handshake
        # differs only for objects whose timeout is over 10 s, by a handshake a test would wait 10 s on.
        bounded = _time_left(timeout)  # pragma: no mutate: see above
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    """httpcore's network backend, with connects bounded by the attempt's deadline.

    httpcore passes every argument by keyword; all but the timeout go through untouched.
    Our pools only connect over TCP; a caller's pool (bounded too, see `bound_by_deadline`)
    may have been made with `uds=` or `retries=`, for which httpcore also asks for unix
    sockets and sleeps.
    """

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(self, timeout: float | None = None, **where: Any) -> _DeadlineStream:
        return _DeadlineStream(self._backend.connect_tcp(timeout=_time_left(timeout), **where))

    def connect_unix_socket(self, path: str, timeout: float | None = None, **options: Any) -> _DeadlineStream:
        return _DeadlineStream(
            self._backend.connect_unix_socket(path, timeout=_time_left(timeout), **options)
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound_by_deadline(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    """`transport`, its sockets now honouring the attempt's deadline (once, however often asked).

    httpx 0.28 builds its httpcore pool in `_pool` with no way to pass a network
    backend, so the backend is wrapped in place (httpx is pinned below 0.29 for this;
    tests/test_hostile.py fails if the wrapping stops taking effect).
    """
    pool = transport._pool
    if not isinstance(pool._network_backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(pool._network_backend)  # type: ignore[assignment]
    return transport


def own_transport(proxy: str | None, verify: ssl.SSLContext) -> httpx.HTTPTransport:
    """An httpx transport whose sockets honour the attempt's deadline."""
    return bound_by_deadline(httpx.HTTPTransport(verify=verify, proxy=proxy))


# -- the synchronous transport ----------------------------------------------------------------


class RetryTransport(httpx.BaseTransport):
    """Retries and the per-attempt limits, by the request's own policy and limits when it carries
    them (every request of a vendor object does), else by the ones this transport was made with."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy, limits: AttemptLimits) -> None:
        self._inner = inner
        self._policy = policy
        self._limits = limits

    def _attempt(self, request: httpx.Request, limits: AttemptLimits) -> httpx.Response:
        started = time.monotonic()
        allowed = allowance(request, limits, started)
        deadline = started + allowed
        token = _DEADLINE.set(deadline)
        try:
            response = self._inner.handle_request(request)
            try:
                encoding, rid = answer_headers(response.headers)
                body = read_response(response, limits.max_response_bytes, deadline, encoding)
            finally:
                response.stream.close()  # type: ignore[union-attr]  # a transport's response: sync stream
        except httpx.TimeoutException as exc:
            if time.monotonic() < deadline:  # a socket's own timeout: the connect cap
                raise
            raise overrun(allowed) from exc
        finally:
            _DEADLINE.reset(token)
        return with_body(response, body, encoding, rid)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        extensions = request.extensions
        policy: RetryPolicy = extensions.get(POLICY, self._policy)
        limits: AttemptLimits = extensions.get(LIMITS, self._limits)
        extensions["timeout"] = limits.timeouts
        retried: list[str] = []
        extensions[RETRIED] = retried
        extensions[STARTED] = started = began = time.monotonic()
        attempt = 0
        while True:
            extensions[ATTEMPTS] = attempt + 1
            try:
                response = self._attempt(request, limits)
            except RETRY_EXCEPTIONS as exc:
                log_attempt(request, attempt, policy, exc, began)
                if attempt >= policy.max_retries:
                    raise
                delay, why = policy.backoff(attempt), why_retried(exc)
                if past(request, delay):
                    raise
            else:
                log_attempt(request, attempt, policy, response, began)
                maybe = policy.delay_for(response, attempt)
                if maybe is None or past(request, maybe):
                    # The final answer, with how long its request took: all attempts and waits.
                    response.extensions[ELAPSED] = time.monotonic() - started
                    return response
                delay, why = maybe, why_retried(response)
            retried.append(why)
            log_retry(request, attempt, policy, delay, why)
            _sleep(delay)
            attempt += 1
            began = time.monotonic()

    def close(self) -> None:
        self._inner.close()
