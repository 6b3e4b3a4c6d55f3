"""The attempt's deadline below httpx: every socket operation of our pools ends by it.

httpx's timeouts bound each socket operation alone, so a server that drips its
answer a byte at a time within the read timeout could hold a call for ever. The
sync transport sets the attempt's deadline in a context variable (`DEADLINE_VAR`),
and the network backend wrapped here bounds each connect, read and write by what is
left of it. (The async half bounds the attempt with anyio's own cancel scope.)
"""

from __future__ import annotations

import ssl
import time
from contextvars import ContextVar
from typing import Any, TypeVar

import httpx

_PASSED = "the attempt's deadline passed"
T = TypeVar("T")


class DeadlineExceeded(httpx.TimeoutException):
    """The attempt's deadline passed, whatever phase of the exchange it was in.

    Raised bare inside the transport; the attempt then raises one that names the seconds
    it had (`overrun`: its timeout, or less under `wait=`), sync and async alike.
    """

    def __init__(self, message: str = _PASSED) -> None:
        super().__init__(message)


def overrun(allowed: float) -> DeadlineExceeded:
    """What a caller reads when an attempt ran out of time, sync or async: the seconds it had."""
    return DeadlineExceeded(f"no complete answer within {round(allowed, 3):g}s")


# Set by each attempt of the sync transport, the only place our own pools' sockets are used.
DEADLINE_VAR: ContextVar[float] = ContextVar("pipeline_cancel_deadline")


def _time_left(cap: float | None) -> float | None:
    """What is left of the current attempt's deadline, at most `cap`; nothing when it has passed.

    `cap` alone when no attempt of ours is under way: a caller's own pool, bounded here
    for our requests, serves their other requests too, with their own timeouts.
    """
    deadline = DEADLINE_VAR.get(None)
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
        try:
            bounded = _time_left(timeout)  # pragma: no mutate: see above
        except DeadlineExceeded:
            # httpcore closes a stream whose handshake fails, but this one never reached it: the
            # deadline passed between the connect (to a server, or to an https proxy) and the TLS.
            self._stream.close()
            raise
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


def bound_by_deadline(transport: T) -> T:
    """`transport`, its sockets now honouring the attempt's deadline (once, however often asked).

    httpx 0.28 builds its httpcore pool in `_pool` with no way to pass a network
    backend, so the backend is wrapped in place (httpx is pinned below 0.29 for this;
    tests/test_hostile.py fails if the wrapping stops taking effect). httpx2's
    `HTTPTransport` keeps its httpcore2 pool the same way, and the `httpx2` extra is
    bounded below 2.17 for it (tests/test_caller_clients.py holds it).
    """
    pool: Any = getattr(transport, "_pool")  # noqa: B009 - httpx's or httpx2's HTTPTransport, private
    if not isinstance(pool._network_backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(pool._network_backend)
    return transport


def own_transport(proxy: str | None, verify: ssl.SSLContext) -> httpx.HTTPTransport:
    """An httpx transport whose sockets honour the attempt's deadline."""
    return bound_by_deadline(httpx.HTTPTransport(verify=verify, proxy=proxy))
