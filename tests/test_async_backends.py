"""The async API under asyncio and under trio (the anyio plugin runs each test on both).

The caller's own cancellation always wins: a cancel scope, `asyncio.timeout` or
`trio.move_on_after` around a call ends it promptly, as that backend's own
cancellation (never a `PipelineCancelError`), the connection is given back closed,
and the vendor object keeps working.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import anyio
import anyio.lowlevel
import httpx
import pytest
import sniffio
from pipeline_cancel import acancel_many, aio, cancel_many, errors, retries
from pipeline_cancel.body import ResponseTooLarge, aread_response

from tests.support.hostile import RawServer, Unaccepted, head
from tests.support.samples import DOCUMENTED, kubiya_execution
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

pytestmark = pytest.mark.anyio
OK = DOCUMENTED["kubiya"][200][0]
ANSWER = head(200, "Content-Type: application/json", f"Content-Length: {len(OK.body)}") + OK.body


class Holding:
    """The first connection gets no answer and is watched until the client closes it; later ones get OK."""

    def __init__(self) -> None:
        self.closed_by_client = threading.Event()
        self.connections = 0

    def __call__(self, conn: socket.socket, server: RawServer) -> None:
        self.connections += 1
        if self.connections > 1:
            conn.sendall(ANSWER)
            return
        conn.settimeout(10)
        if conn.recv(1) == b"":  # the client hung up without waiting for an answer
            self.closed_by_client.set()


@pytest.fixture
def holding() -> Iterator[tuple[RawServer, Holding]]:
    behaviour = Holding()
    with RawServer(behaviour) as server:
        yield server, behaviour


@pytest.fixture
def real_sleeps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Waits between retries and polls take real time here, so a cancellation can land in one."""
    monkeypatch.setattr(aio, "_asleep", anyio.sleep)


async def test_a_trio_test_really_runs_under_trio(anyio_backend: str) -> None:
    assert sniffio.current_async_library() == anyio_backend


async def test_the_callers_cancel_scope_ends_the_call_and_releases_its_connection(
    holding: tuple[RawServer, Holding],
) -> None:
    server, behaviour = holding
    kb = CASES["kubiya"].make(server.url, timeout=30)
    started = time.monotonic()
    with anyio.move_on_after(0.3) as scope:
        await kb.acancel("e1", reason="r")
    assert scope.cancelled_caught
    assert time.monotonic() - started < 3
    assert behaviour.closed_by_client.wait(5), "the cancelled call left its connection open"
    assert (await kb.acancel("e2", reason="r")).outcome == "canceled"  # the same object, afterwards
    await kb.aclose()


async def test_the_backends_own_timeout_propagates_as_its_own(
    anyio_backend: str, holding: tuple[RawServer, Holding]
) -> None:
    server, behaviour = holding
    kb = CASES["kubiya"].make(server.url, timeout=30)
    if anyio_backend == "asyncio":
        with pytest.raises(TimeoutError) as info:
            async with asyncio.timeout(0.3):
                await kb.acancel("e1", reason="r")
        assert not isinstance(info.value, errors.PipelineCancelError)
    else:
        import trio

        with trio.move_on_after(0.3) as scope:
            await kb.acancel("e1", reason="r")
        assert scope.cancelled_caught
    assert behaviour.closed_by_client.wait(5)
    assert (await kb.acancel("e2", reason="r")).outcome == "canceled"
    await kb.aclose()


async def test_a_cancelled_task_raises_the_backends_cancellation(anyio_backend: str) -> None:
    with MockServer(Reply(200, OK.body, OK.headers, delay=5)) as server:
        kb = CASES["kubiya"].make(server.url)
        caught: list[BaseException] = []

        async def call() -> None:
            try:
                await kb.acancel("e", reason="r")
            except BaseException as exc:
                caught.append(exc)
                raise

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(call)
            # Cancelled once the request is out, waiting on the answer: a fixed sleep could land in
            # the connect, where anyio's happy-eyeballs task group hands trio's Cancelled on in a group.
            with anyio.fail_after(30):
                while not server.requests:  # noqa: ASYNC110 - another thread's server, no event to await
                    await anyio.sleep(0.01)
            tasks.cancel_scope.cancel()
        assert len(caught) == 1
        assert isinstance(caught[0], anyio.get_cancelled_exc_class())
        assert not isinstance(caught[0], errors.PipelineCancelError)


async def test_a_cancellation_during_the_wait_between_retries_wins(real_sleeps: None) -> None:
    with MockServer(Reply(503, b"busy", (("Retry-After", "5"),))) as server:
        kb = CASES["kubiya"].make(server.url, max_retries=3)
        started = time.monotonic()
        with anyio.move_on_after(0.5) as scope:
            await kb.acancel("e", reason="r")
        assert scope.cancelled_caught
        assert time.monotonic() - started < 3  # not the 5 s the vendor asked for
        assert len(server.requests) == 1
        await kb.aclose()


async def test_a_cancellation_during_wait_polling_wins(real_sleeps: None) -> None:
    def reply(received: Received) -> Reply:
        return OK if received.method == "POST" else Reply.json(200, kubiya_execution("running"))

    with MockServer(reply) as server:
        kb = CASES["kubiya"].make(server.url)
        started = time.monotonic()
        with anyio.move_on_after(1.0) as scope:
            await kb.acancel("e", reason="r", wait=60)
        assert scope.cancelled_caught
        assert time.monotonic() - started < 4
        await kb.aclose()
        assert server.wait_closed()


async def test_a_cancelled_acancel_many_closes_its_pool(holding: tuple[RawServer, Holding]) -> None:
    server, behaviour = holding
    kb = CASES["kubiya"].make(server.url, timeout=30)
    with anyio.move_on_after(0.3) as scope:
        await acancel_many(kb, ["e1"], reason="r")
    assert scope.cancelled_caught
    assert behaviour.closed_by_client.wait(5), "the bulk pool was left open"


async def test_acancel_many_keeps_the_order_of_the_ids() -> None:
    def reply(received: Received) -> Reply:
        run_id = received.path.split("/")[-2]
        delay = 0.05 * (5 - int(run_id[1:]))  # the first ids answer last
        return Reply(200, OK.body, OK.headers, delay=delay)

    with MockServer(reply) as server:
        async with CASES["kubiya"].make(server.url) as kb:
            outcomes = await acancel_many(kb, [f"e{i}" for i in range(5)], reason="r", concurrency=5)
    assert [getattr(o, "run_id", None) for o in outcomes] == [f"e{i}" for i in range(5)]


async def test_cancel_many_inside_a_running_run_is_refused(anyio_backend: str) -> None:
    kb = CASES["kubiya"].make("http://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError, match=r"use `await acancel_many\(\.\.\.\)`"):
        cancel_many(kb, ["e"], reason="r")


# -- what a stopped read gives back, at once and whatever cancels it -------------------------------


class TrackedBody(httpx.AsyncByteStream):
    """A body that never ends, which records whether its iterator and the stream were closed.

    The stream's close awaits a checkpoint first, as a real network close does, so a close
    made under a cancellation without a shield is itself cancelled and records nothing.
    """

    def __init__(self, pause: float = 0.0) -> None:
        self.pause = pause
        self.iterator_closed = False
        self.stream_closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            while True:
                yield b"a" * 1024
                await anyio.sleep(self.pause)
        finally:
            self.iterator_closed = True

    async def aclose(self) -> None:
        await anyio.lowlevel.checkpoint()
        self.stream_closed = True


async def test_a_body_past_the_cap_has_its_iterator_closed_at_once() -> None:
    body = TrackedBody()
    with pytest.raises(ResponseTooLarge):
        await aread_response(httpx.Response(200, stream=body), 4096, None)
    assert body.iterator_closed  # now, not when the garbage collector gets to it


class OneBody(httpx.AsyncBaseTransport):
    def __init__(self, body: TrackedBody) -> None:
        self.body = body

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=self.body)


async def test_a_cancelled_attempt_still_closes_the_response_stream() -> None:
    """The connection goes back closed even when the caller's cancellation lands mid-body."""
    body = TrackedBody(pause=10)
    transport = aio.AsyncRetryTransport(
        OneBody(body), retries.RetryPolicy(max_retries=0), retries.AttemptLimits(deadline=30)
    )
    with anyio.move_on_after(0.1) as scope:
        await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))
    assert scope.cancelled_caught
    assert body.stream_closed


async def test_connecting_alone_gives_up_after_10_seconds() -> None:
    """A host that never completes the connect costs 10 s, not the whole 12 s deadline (README)."""
    with Unaccepted(full=True, hold=15) as busy:
        kb = CASES["kubiya"].make(f"http://127.0.0.1:{busy.port}", timeout=12, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError) as info:
            await kb.acancel("e", reason="r")
        await kb.aclose()
    assert str(info.value).startswith("kubiya: ConnectTimeout after 1 attempt: ")
    assert str(info.value).endswith("; each attempt may take 12s (timeout=)")
