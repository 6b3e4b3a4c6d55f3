"""The asynchronous half of the transport: retries, the per-attempt deadline, and one pool per loop.

Kept apart from `retries.py` so that importing a vendor class does not import anyio;
this module is loaded the first time something is awaited. Everything here goes
through anyio (httpx's own dependency), so it runs under asyncio and trio alike, and
a caller's cancellation (a cancel scope, `asyncio.timeout`, a cancelled task) always
propagates as that backend's own cancellation, never as an error of ours.

An httpx connection belongs to the event loop that opened it. A vendor object may
be used from several loops (two `asyncio.run` calls, a trio run, a thread with its
own loop), so its own async pool is kept per loop, in an anyio `RunVar`:
`LoopLocalTransport` opens one on first use in a loop and closes it when that loop
finalizes its async generators, which `asyncio.run`, `asyncio.Runner` and `trio.run`
all do before they return.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

import anyio
import httpx
from anyio.lowlevel import RunVar

from pipeline_cancel._extensions import ATTEMPTS, ELAPSED, LIMITS, POLICY, RETRIED, STARTED
from pipeline_cancel.body import answer_headers, aread_response, with_body
from pipeline_cancel.caller_headers import with_caller_headers
from pipeline_cancel.deadline import overrun
from pipeline_cancel.http import Connection, ssl_context, with_headers
from pipeline_cancel.httpx2_clients import AsyncHttpx2CallerTransport, AsyncHttpx2Sender
from pipeline_cancel.retries import (
    RETRY_EXCEPTIONS,
    AttemptLimits,
    RetryPolicy,
    allowance,
    log_attempt,
    log_retry,
    past,
    why_retried,
)

if TYPE_CHECKING:
    from pipeline_cancel._typing import AsyncHttpClient

# Module global looked up at call time, so tests can replace the clock's waits.
_asleep: Callable[[float], Awaitable[None]] = anyio.sleep


BACKSTOP = 0.1
"""Seconds the loop-level timeout waits past the attempt's deadline for the socket-level ones."""


def _clamped(timeouts: Mapping[str, float], seconds: float) -> dict[str, float]:
    return {phase: min(limit, seconds) for phase, limit in timeouts.items()}


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy, limits: AttemptLimits) -> None:
        self._inner = inner
        self._policy = policy
        self._limits = limits

    async def _attempt(self, request: httpx.Request, limits: AttemptLimits) -> httpx.Response:
        started = time.monotonic()
        seconds = allowance(request, limits, started)
        # Socket-level timeouts, cut to the time left, fire first, so httpcore closes what it
        # opened (its TLS handshake closes the socket on a timeout, not on a cancellation);
        # the loop-level timeout a moment later stops a server that keeps each read in time.
        request.extensions["timeout"] = _clamped(limits.timeouts, seconds)
        # anyio's `fail_after`, without its two generator-based context managers: this scope is
        # entered once per attempt, and only its own deadline cancels it.
        scope = anyio.CancelScope(deadline=anyio.current_time() + seconds + BACKSTOP)
        try:
            with scope:
                response = await self._inner.handle_async_request(request)
                try:
                    encoding, rid = answer_headers(response.headers)
                    body = await aread_response(response, limits.max_response_bytes, encoding)
                finally:
                    # Shielded: under a cancellation (ours or the caller's) the connection is
                    # still given back, closed, rather than left to the garbage collector.
                    with anyio.CancelScope(shield=True):
                        await response.stream.aclose()  # type: ignore[union-attr]
            if scope.cancelled_caught:
                raise TimeoutError
        except (TimeoutError, httpx.TimeoutException) as exc:
            if isinstance(exc, httpx.TimeoutException) and time.monotonic() < started + seconds:
                raise  # a socket's own timeout: the connect cap
            raise overrun(seconds) from exc  # as the sync transport says it, whichever timeout fired
        return with_body(response, body, encoding, rid)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        extensions = request.extensions
        policy: RetryPolicy = extensions.get(POLICY, self._policy)
        limits: AttemptLimits = extensions.get(LIMITS, self._limits)
        retried: list[str] = []
        extensions[RETRIED] = retried
        extensions[STARTED] = started = began = time.monotonic()
        attempt = 0
        while True:
            extensions[ATTEMPTS] = attempt + 1
            try:
                response = await self._attempt(request, limits)
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
            await _asleep(delay)
            attempt += 1
            began = time.monotonic()

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Entry:
    def __init__(self, transport: httpx.AsyncBaseTransport, keeper: AsyncGenerator[None, None]) -> None:
        self.transport = transport
        self.keeper = keeper


class LoopLocalTransport(httpx.AsyncBaseTransport):
    """Dispatch each request to the pool of the running event loop, opening it on first use."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._pools: RunVar[_Entry | None] = RunVar("pipeline_cancel.pool", None)

    # mutmut 3.8's wrapper for async generators cannot be closed by a loop's shutdown
    # ("aclose(): asynchronous generator is already running"), so this one stays unwrapped.
    # pragma: no mutate start, the mutation tool cannot wrap an async generator (above)
    async def _keeper(self, transport: httpx.AsyncBaseTransport) -> AsyncGenerator[None, None]:
        """Lives as long as the loop; the loop's finalization closes it, and with it the pool.

        It then drops its entry too: the generator refers to the loop (its finalizer), and the
        loop's storage refers to the entry, which would keep a finished loop alive.
        """
        try:
            yield
        finally:
            entry = self._pools.get()
            if entry is not None and entry.transport is transport:
                self._pools.set(None)
            with anyio.CancelScope(shield=True):
                await transport.aclose()

    # pragma: no mutate end
    async def _current(self) -> httpx.AsyncBaseTransport:
        entry = self._pools.get()
        if entry is not None:
            return entry.transport
        transport = self._make()
        keeper = self._keeper(transport)
        await keeper.__anext__()  # first iteration registers it with this loop's finalization
        self._pools.set(_Entry(transport, keeper))
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await (await self._current()).handle_async_request(request)

    async def aclose(self) -> None:
        """Close this loop's pool; the object stays usable and opens a new pool when next used."""
        entry = self._pools.get()
        self._pools.set(None)
        if entry is not None:
            await entry.keeper.aclose()


class AsyncCallerTransport(httpx.AsyncBaseTransport):
    """Send through a caller's `httpx.AsyncClient` (its pool) without closing it: it is theirs."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request = with_caller_headers(request, self._client.headers.multi_items())
        return await self._client.send(request, stream=True, follow_redirects=False, auth=None)

    async def aclose(self) -> None:
        pass


class AsyncWithOptions(httpx.AsyncBaseTransport):
    """`http.WithOptions`, async: a `with_options` copy's generated client, through the pools."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        policy: RetryPolicy,
        limits: AttemptLimits,
        headers: Mapping[str, str],
    ) -> None:
        self._client = client
        self._options = {POLICY: policy, LIMITS: limits}
        self._headers = headers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions.update(self._options)
        with_headers(request, self._headers)
        return await self._client.send(request, stream=True, follow_redirects=False, auth=None)

    async def aclose(self) -> None:
        pass  # the pools are the vendor object's


def pool(conn: Connection) -> httpx.AsyncHTTPTransport:
    """A pool with no connection limits (`httpx.Limits()`): callers bound how many requests they run."""
    return httpx.AsyncHTTPTransport(verify=ssl_context(), proxy=conn.proxy(), limits=httpx.Limits())


def client_for(conn: Connection, inner: httpx.AsyncBaseTransport) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=AsyncRetryTransport(inner, conn.policy, conn.limits), **conn.client_options()
    )


class AsyncClients:
    """A vendor object's async client: one object, safe on any loop, with a pool per loop behind it."""

    def __init__(self, conn: Connection, caller: AsyncHttpClient | None) -> None:
        self._conn = conn
        self._caller = caller
        self._lock = threading.Lock()
        self._client: httpx.AsyncClient | None = None
        self._inner: httpx.AsyncBaseTransport | None = None
        self._native: AsyncHttpx2Sender | None = None

    def native(self) -> AsyncHttpx2Sender | None:
        """What sends the overlay's own requests through a caller's `httpx2.AsyncClient`, built in
        its classes (`http.SyncClients.native`, async); None for any other client."""
        self.get()
        return self._native

    def get(self) -> httpx.AsyncClient:
        client = self._client  # pragma: no mutate: a lock-free fast path; None only takes the lock
        if client is None:
            with self._lock:
                if self._client is None:
                    self._inner = (
                        LoopLocalTransport(lambda: pool(self._conn))
                        if self._caller is None
                        else AsyncCallerTransport(self._caller)
                        if isinstance(self._caller, httpx.AsyncClient)
                        else AsyncHttpx2CallerTransport(self._caller)
                    )
                    conn = self._conn
                    transport = AsyncRetryTransport(self._inner, conn.policy, conn.limits)
                    client = httpx.AsyncClient(transport=transport, **conn.client_options())
                    if isinstance(self._inner, AsyncHttpx2CallerTransport):
                        native = AsyncHttpx2Sender(client.base_url, client.headers, conn.auth, transport)
                        self._native = native
                    self._client = client
                client = self._client
        return client

    def for_bulk(self) -> tuple[httpx.AsyncClient | None, bool]:
        """A client for one bulk cancel, and whether the caller must close it; None when the
        requests go where every other call's go, through the caller's client.

        Its pool sets no limits of its own: the bulk call's workers already bound how many
        requests (so connections) are open, and each is kept alive for the next id, where
        httpx's default for a client would cap a bulk call at 100 connections.
        """
        if self._caller is not None:
            return None, False
        return client_for(self._conn, pool(self._conn)), True

    async def aclose(self) -> None:
        """Close the running loop's pool; the client stays usable and reopens one when next used."""
        if self._inner is not None:
            await self._inner.aclose()
