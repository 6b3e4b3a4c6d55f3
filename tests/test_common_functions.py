"""The vendor-neutral functions given a caller's object: they use it and leave it as it was.

A caller who passes their own vendor object (or their own httpx clients) keeps using it
afterwards; the functions close only what they opened themselves. The observable sign
is the connection pool: a second call on a pool left open reuses its connection.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

import httpx
import pytest
from pipeline_cancel import acancel, acancel_many, cancel, cancel_many, errors

from tests.support.backends import ASYNC_MODES, run_on
from tests.support.hostile import RawServer
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES, SECRETS

OK = DOCUMENTED["kubiya"][200][0]


def _silent(conn: socket.socket, server: RawServer) -> None:
    server.stopped.wait(10)  # reads the request, never answers


def test_cancel_leaves_the_callers_object_open() -> None:
    with MockServer(default=OK) as server, CASES["kubiya"].make(server.url) as kb:
        assert cancel(kb, "e1", reason="r").outcome == "canceled"
        assert kb.cancel("e2", reason="r").outcome == "canceled"
        assert server.connections_opened == 1, "cancel() closed the caller's pool"
        assert server.connections_open == 1


@ASYNC_MODES
def test_acancel_leaves_the_callers_object_open(mode: str) -> None:
    with MockServer(default=OK) as server, CASES["kubiya"].make(server.url) as kb:

        async def go() -> None:
            assert (await acancel(kb, "e1", reason="r")).outcome == "canceled"
            assert (await kb.acancel("e2", reason="r")).outcome == "canceled"
            assert server.connections_opened == 1, "acancel() closed the caller's pool"
            await kb.aclose()

        run_on(mode, go)


def test_cancel_many_leaves_the_callers_object_open() -> None:
    with MockServer(default=OK) as server, CASES["kubiya"].make(server.url) as kb:
        kb.cancel("before", reason="r")  # the object's own sync pool: one connection
        outcomes = cancel_many(kb, ["a", "b"], reason="r", concurrency=1)
        assert [o.run_id for o in outcomes if not isinstance(o, Exception)] == ["a", "b"]
        opened = server.connections_opened
        kb.cancel("after", reason="r")
        assert server.connections_opened == opened, "cancel_many() closed the caller's sync pool"


@ASYNC_MODES
def test_acancel_many_leaves_the_callers_object_open(mode: str) -> None:
    with MockServer(default=OK) as server, CASES["kubiya"].make(server.url) as kb:

        async def go() -> None:
            await kb.acancel("before", reason="r")
            opened = server.connections_opened
            outcomes = await acancel_many(kb, ["a"], reason="r")
            assert [type(o).__name__ for o in outcomes] == ["CancelResult"]
            await kb.acancel("after", reason="r")
            # one more connection for the bulk pool (closed after), none for "after"
            assert server.connections_opened == opened + 1, "acancel_many() closed the caller's pool"
            await kb.aclose()

        run_on(mode, go)


@ASYNC_MODES
def test_a_vendor_name_builds_an_object_from_the_environment_and_closes_it(
    monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    with MockServer(default=OK) as server:
        monkeypatch.setenv("KUBIYA_API_KEY", SECRETS["kubiya"])
        monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
        assert cancel("kubiya", "e", reason="r").outcome == "canceled"
        assert server.wait_closed(), "the object cancel() made for a name was not closed"
        assert run_on(mode, lambda: acancel("kubiya", "e", reason="r")).outcome == "canceled"
        assert server.wait_closed(), "the object acancel() made for a name was not closed"
        assert server.requests[0].headers["authorization"] == f"Bearer {SECRETS['kubiya']}"


@ASYNC_MODES
def test_a_callers_async_client_carries_the_requests_and_stays_open(mode: str) -> None:
    seen: list[str] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request.url.path)

    with MockServer(default=OK) as server:

        async def go() -> httpx.AsyncClient:
            caller = httpx.AsyncClient(event_hooks={"request": [record]})
            async with CASES["kubiya"].make(server.url, async_http_client=caller) as kb:
                await kb.acancel("e1", reason="r")
                await acancel(kb, "e2", reason="r")
                await acancel_many(kb, ["e3", "e4"], reason="r", concurrency=1)
                await kb.acancel("e5", reason="r")  # the bulk call left the object's client open
            assert not caller.is_closed, "the vendor object closed the caller's client"
            await caller.aclose()
            return caller

        run_on(mode, go)
        paths = [f"/api/v1/executions/{e}/terminate" for e in ("e1", "e2", "e3", "e4", "e5")]
        assert sorted(seen) == paths
        assert server.connections_opened == 1, "the caller's pool was not the one used"


# The caller's own timeout is 5 s, or none at all: neither may stretch the object's deadline.
NO_TIMEOUT = httpx.Timeout(None)


@ASYNC_MODES
@pytest.mark.parametrize("make_caller", [httpx.AsyncClient, lambda: httpx.AsyncClient(timeout=NO_TIMEOUT)])
def test_a_callers_async_client_still_obeys_the_objects_deadline(
    make_caller: type[httpx.AsyncClient], mode: str
) -> None:
    with RawServer(_silent) as hostile:

        async def go() -> float:
            async with make_caller() as caller:
                kb = CASES["kubiya"].make(hostile.url, async_http_client=caller, timeout=0.3, max_retries=0)
                started = time.monotonic()
                with pytest.raises(errors.RequestTimeoutError) as info:
                    await kb.acancel("e", reason="r")
                assert info.value.attempts == 1
                return time.monotonic() - started

        assert run_on(mode, go) < 3  # the caller's own timeout (5 s, or none) never came into it


def test_concurrency_of_one_sends_one_request_at_a_time() -> None:
    with MockServer(default=OK) as server, CASES["kubiya"].make(server.url) as kb:
        outcomes = cancel_many(kb, ["a", "b", "c"], reason="r", concurrency=1)
        assert [o.run_id for o in outcomes if not isinstance(o, Exception)] == ["a", "b", "c"]
        assert server.connections_opened == 1  # the bulk pool holds one connection, reused


# -- what the neutral functions pass on, and how many requests they run at once ---------------------


@ASYNC_MODES
def test_acancel_passes_the_per_run_keywords_on(sleeps: list[float], mode: str) -> None:
    from tests.support.samples import kubiya_execution

    vs_reply = DOCUMENTED["vectorshift"][200][0]
    with MockServer(default=vs_reply) as vs_server, MockServer() as kb_server:

        def kubiya(received: Any) -> Reply:
            return OK if received.method == "POST" else Reply.json(200, kubiya_execution("cancelled"))

        kb_server.default = kubiya

        async def go() -> None:
            async with (
                CASES["vectorshift"].make(vs_server.url) as vs,
                CASES["kubiya"].make(kb_server.url) as kb,
            ):
                await acancel(vs, "r1", pipeline_id="pl_9")
                await acancel_many(vs, ["r2"], pipeline_id="pl_9")
                result = await acancel(kb, "e1", reason="why not", wait=30)
                assert result.status is not None and result.status.vendor_status == "cancelled"

        run_on(mode, go)
    assert [r.path for r in vs_server.requests] == ["/pipeline/pl_9/terminate"] * 2
    assert [(r.method, r.path) for r in kb_server.requests] == [
        ("POST", "/api/v1/executions/e1/terminate"),
        ("GET", "/api/v1/executions/e1"),
    ]
    assert kb_server.requests[0].json() == {"reason": "why not"}


def test_cancel_many_passes_the_pipeline_id_on() -> None:
    with (
        MockServer(default=DOCUMENTED["vectorshift"][200][0]) as server,
        CASES["vectorshift"].make(server.url) as vs,
    ):
        outcomes = cancel_many(vs, ["r1", "r2"], pipeline_id="pl_9")
    assert [type(o).__name__ for o in outcomes] == ["CancelResult", "CancelResult"]
    assert sorted(r.path for r in server.requests) == ["/pipeline/pl_9/terminate"] * 2
    assert sorted(r.json()["run_id"] for r in server.requests) == ["r1", "r2"]


def held_in_waves(size: int) -> Any:
    """Each answer waits until `size` requests are in flight (or 5 s pass), so every slot fills."""
    wave = threading.Barrier(size, timeout=5)

    def reply(received: Any) -> Reply:
        with contextlib.suppress(threading.BrokenBarrierError):
            wave.wait()
        return OK

    return reply


@pytest.mark.parametrize(
    ("concurrency", "ids", "connections"),
    [(None, 32, 16), (3, 6, 3), (30, 60, 30), (150, 150, 150), (1000, 1, 1)],
)
def test_cancel_many_runs_at_most_concurrency_requests_at_once(
    concurrency: int | None, ids: int, connections: int
) -> None:
    with MockServer(default=held_in_waves(connections)) as server, CASES["kubiya"].make(server.url) as kb:
        options = {} if concurrency is None else {"concurrency": concurrency}
        outcomes = cancel_many(kb, [f"e{i}" for i in range(ids)], reason="r", **options)
        assert [o.run_id for o in outcomes if not isinstance(o, Exception)] == [f"e{i}" for i in range(ids)]
        # the default is 16; the pool adds no limit of its own (httpx's default allows 100 connections)
        assert server.connections_opened == connections
        assert server.wait_closed(), "the bulk pool was left open"


@ASYNC_MODES
def test_cancel_many_inside_a_running_loop_says_what_to_call_instead(mode: str) -> None:
    async def go() -> None:
        with (
            CASES["kubiya"].make("http://127.0.0.1:9") as kb,
            pytest.raises(errors.ConfigurationError) as info,
        ):
            cancel_many(kb, ["e"], reason="r")
        assert str(info.value) == (
            "cancel_many() was called inside a running event loop, which it would block;"
            " use `await acancel_many(...)`"
        )

    run_on(mode, go)


@pytest.mark.anyio
async def test_acancel_many_runs_sixteen_at_once_by_default() -> None:
    with MockServer(default=held_in_waves(16)) as server:
        async with CASES["kubiya"].make(server.url) as kb:
            outcomes = await acancel_many(kb, [f"e{i}" for i in range(32)], reason="r")
        assert len(outcomes) == 32
        assert server.connections_opened == 16
