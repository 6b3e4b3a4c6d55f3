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
from collections.abc import Iterator

import anyio
import pytest
import sniffio
from pipeline_cancel import acancel_many, aio, cancel_many, errors

from tests.support.hostile import RawServer, head
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
            await anyio.sleep(0.2)
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
