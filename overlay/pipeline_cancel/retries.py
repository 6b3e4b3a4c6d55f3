"""Bounded retries as an httpx transport, shared by the overlay and the generated `.client`.

Retried: connection failures and timeouts, 429, 502, 503, 504. Never another 4xx.
Delays are exponential with jitter; a `Retry-After` (seconds or HTTP date) is
honoured when it is within `max_retry_after`, and a longer one ends the retries
so the caller sees the 429 (with its `retry_after`) instead of a stalled process.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime

import attrs
import httpx

logger = logging.getLogger("pipeline_cancel")

# Module globals looked up at call time, so tests can replace the clock's waits.
_sleep: Callable[[float], None] = time.sleep
_asleep: Callable[[float], Awaitable[None]] = asyncio.sleep

RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0
    return seconds


@attrs.frozen
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    statuses: frozenset[int] = RETRY_STATUSES

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.max_retries <= 10:
            raise ValueError("max_retries must be between 0 and 10")

    def backoff(self, attempt: int) -> float:
        """Exponential, capped, with the upper quarter jittered so clients do not retry in step."""
        base: float = min(self.max_delay, self.initial_delay * 2.0**attempt)
        return base * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography

    def delay_for(self, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying `response`, or None when it must not be retried."""
        if response.status_code not in self.statuses or attempt >= self.max_retries:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is None:
            return self.backoff(attempt)
        if retry_after > self.max_retry_after:
            return None
        return retry_after


def _log_retry(request: httpx.Request, attempt: int, delay: float, why: str) -> None:
    logger.info(
        "retrying %s %s in %.2fs (retry %d): %s", request.method, request.url.path, delay, attempt + 1, why
    )


def _drain(response: httpx.Response) -> None:
    """Read the (small) error body so the keep-alive connection goes back to the pool."""
    try:
        response.read()
    except httpx.HTTPError:
        pass
    finally:
        response.close()


async def _adrain(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except RETRY_EXCEPTIONS as exc:
                if attempt >= self._policy.max_retries:
                    raise
                delay, why = self._policy.backoff(attempt), type(exc).__name__
            else:
                maybe = self._policy.delay_for(response, attempt)
                if maybe is None:
                    return response
                _drain(response)
                delay, why = maybe, f"HTTP {response.status_code}"
            _log_retry(request, attempt, delay, why)
            _sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except RETRY_EXCEPTIONS as exc:
                if attempt >= self._policy.max_retries:
                    raise
                delay, why = self._policy.backoff(attempt), type(exc).__name__
            else:
                maybe = self._policy.delay_for(response, attempt)
                if maybe is None:
                    return response
                await _adrain(response)
                delay, why = maybe, f"HTTP {response.status_code}"
            _log_retry(request, attempt, delay, why)
            await _asleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
