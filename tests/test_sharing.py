"""One vendor object shared across event loops and threads, and a caller's clients used as theirs."""

from __future__ import annotations

import asyncio
import gc
import threading

import httpx
import pytest
from pipeline_cancel import CancelResult, errors

from tests.support.backends import ASYNC_MODES, run_on
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer
from tests.support.vendors import CASES

OK = DOCUMENTED["kubiya"][200][0]


@pytest.mark.parametrize(
    "runs", [("asyncio", "asyncio"), ("trio", "asyncio", "trio")], ids=["asyncio-twice", "trio-asyncio-trio"]
)
def test_one_vendor_object_works_in_each_run_and_each_run_closes_its_pool(runs: tuple[str, ...]) -> None:
    with MockServer(default=OK) as server:
        kb = CASES["kubiya"].make(server.url)
        for mode in runs:  # a second run is where a loop-bound client used to fail
            assert run_on(mode, lambda: kb.acancel("e", reason="r")).outcome == "canceled"
            assert server.wait_closed(), f"the {mode} run ended but its pool's connection stayed open"
        assert server.connections_opened == len(runs)  # a pool per run, none reused across runs


@ASYNC_MODES
def test_aclose_releases_the_loops_pool_and_the_object_stays_usable(mode: str) -> None:
    with MockServer(default=OK) as server:
        kb = CASES["kubiya"].make(server.url)

        async def go() -> None:
            await kb.acancel("e", reason="r")
            await kb.aclose()
            assert server.wait_closed()
            await kb.acancel("e", reason="r")  # a new pool, on the same loop
            await kb.aclose()

        run_on(mode, go)
        assert kb.cancel("e", reason="r").outcome == "canceled"  # and the sync side after close()
        kb.close()
        assert server.wait_closed()


def test_sixteen_threads_share_one_pool_and_close_releases_it() -> None:
    with MockServer(default=OK) as server:
        kb = CASES["kubiya"].make(server.url)
        start = threading.Barrier(16)
        results: list[CancelResult[object]] = []

        def first_call() -> None:
            start.wait()
            results.append(kb.cancel("e", reason="r"))

        threads = [threading.Thread(target=first_call) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(results) == 16
        kb.close()  # one pool, so one close releases every connection the threads opened
        assert server.wait_closed(), "close() left connections open: more than one pool was built"


def test_a_closed_caller_client_is_a_configuration_error(server: MockServer) -> None:
    caller = httpx.Client()
    caller.close()
    with pytest.raises(errors.ConfigurationError, match="cannot be used"):
        CASES["kubiya"].make(server.url, http_client=caller).cancel("e", reason="r")
    assert server.requests == []


@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_callers_async_client_on_a_loop_it_does_not_belong_to_says_so(server: MockServer) -> None:
    server.default = OK
    caller = httpx.AsyncClient()  # the caller's: it keeps its connection pooled on the first loop
    kb = CASES["kubiya"].make(server.url, async_http_client=caller)
    assert asyncio.run(kb.acancel("e", reason="r")).outcome == "canceled"
    with pytest.raises(errors.ConfigurationError) as info:
        asyncio.run(kb.acancel("e", reason="r"))
    assert str(info.value).startswith("kubiya: the async_http_client passed in cannot be used here (")
    assert str(info.value).endswith(
        "); an httpx.AsyncClient works only on the event loop it first ran on: pass none, and the vendor"
        " object keeps a pool per loop"
    )
    # The caller's connection belongs to a closed loop and can only be dropped: let it go here,
    # where its ResourceWarning is expected, rather than at some later test's collection.
    del kb, caller, info  # the exception info holds the frames that hold them
    gc.collect()


def test_a_finished_event_loop_is_not_kept_alive_by_the_vendor_object() -> None:
    import weakref

    with MockServer(default=OK) as server:
        kb = CASES["kubiya"].make(server.url)
        with asyncio.Runner() as runner:
            runner.run(kb.acancel("e", reason="r"))
            loop = weakref.ref(runner.get_loop())
        gc.collect()
        assert loop() is None, "the object still refers to a loop that has closed"
        assert server.wait_closed()


@ASYNC_MODES
def test_aclose_on_a_loop_that_never_sent_anything_is_fine(mode: str) -> None:
    with MockServer(default=OK) as server:
        kb = CASES["kubiya"].make(server.url)
        run_on(mode, lambda: kb.acancel("e", reason="r"))
        run_on(mode, kb.aclose)
        assert kb.cancel("e", reason="r").outcome == "canceled"
        kb.close()
