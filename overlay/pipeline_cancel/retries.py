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
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from types import MappingProxyType

import attrs
import httpx

from pipeline_cancel._constants import (
    CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
)
from pipeline_cancel._extensions import (
    ATTEMPTS,
    DEADLINE,
    ELAPSED,
    LIMITS,
    OPERATION,
    POLICY,
    REQUEST_ID,
    RETRIED,
    STARTED,
)
from pipeline_cancel._logs import logger
from pipeline_cancel.body import answer_headers, read_response, with_body
from pipeline_cancel.deadline import DEADLINE_VAR, overrun

# Module global looked up at call time, so tests can replace the clock's waits.
_sleep: Callable[[float], None] = time.sleep

RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
RETRY_AFTER = "retry-after"  # httpx's headers ignore case, so how it is spelled is free


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
    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
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


def past(request: httpx.Request, delay: float) -> bool:
    """Whether waiting `delay` seconds would pass the request's own deadline, if it has one."""
    limit: float | None = request.extensions.get(DEADLINE)
    return limit is not None and time.monotonic() + delay >= limit


def why_retried(failure: httpx.Response | Exception) -> str:
    """The retry's reason, in the fixed vocabulary of `result.Retried`."""
    if isinstance(failure, httpx.Response):
        return f"HTTP {failure.status_code}"
    return "timeout" if isinstance(failure, httpx.TimeoutException) else "network error"


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
        token = DEADLINE_VAR.set(deadline)
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
            DEADLINE_VAR.reset(token)
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
