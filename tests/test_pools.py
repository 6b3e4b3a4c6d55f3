"""The pools a vendor object owns and shares with its copies, and the generated client on top of them.

The end-to-end behaviour (a copy sends through the same pool, `with kb.client:` leaves it
open, the generated client refuses `with_headers`) is in test_options_and_record.py;
these hold the pieces: what each refusal says, what the generated client is made with,
and that each pool is made once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from kubiya_client.client import AuthenticatedClient
from pipeline_cancel import Kubiya, errors, pools
from pipeline_cancel.aio import AsyncWithOptions
from pipeline_cancel.http import WithOptions
from pipeline_cancel.retries import LIMITS, POLICY

from tests.support.backends import run_on
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES


@pytest.fixture(autouse=True)
def unwrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test wraps the generated class afresh, as a process's first client does."""
    monkeypatch.setattr(pools, "_POOLED", {})


@pytest.fixture
def kb(server: MockServer) -> Iterator[Kubiya]:
    made: Kubiya = CASES["kubiya"].make(server.url, timeout=7.5)
    yield made
    made.close()


def test_the_generated_class_is_wrapped_once_and_keeps_its_name_and_doc() -> None:
    made = pools.pooled(AuthenticatedClient)
    assert pools.pooled(AuthenticatedClient) is made
    assert issubclass(made, AuthenticatedClient) and made is not AuthenticatedClient
    assert (made.__name__, made.__qualname__, made.__doc__) == (
        "AuthenticatedClient", AuthenticatedClient.__qualname__, AuthenticatedClient.__doc__
    )  # fmt: skip
    assert made.__module__ == "pipeline_cancel.pools"


def test_what_would_change_every_call_is_refused_with_what_to_do(kb: Kubiya) -> None:
    for change in ("with_headers", "with_timeout", "with_cookies"):
        with pytest.raises(errors.ConfigurationError) as info:
            getattr(kb.client, change)({})
        assert str(info.value) == (
            "the generated client shares the vendor object's connection pools, so its with_headers,"
            " with_timeout and with_cookies would change every call: for another timeout or number of"
            " retries use vendor.with_options(...); for other headers pass your own http_client="
        )


def test_entering_the_generated_client_gives_it_back_and_leaving_closes_nothing(kb: Kubiya) -> None:
    generated = kb.client
    sync_pool = generated.get_httpx_client()
    assert generated.__enter__() is generated
    assert generated.__exit__(None, None, None) is None
    assert not sync_pool.is_closed

    async def go() -> None:
        assert await generated.__aenter__() is generated
        assert await generated.__aexit__(None, None, None) is None
        assert not generated.get_async_httpx_client().is_closed

    run_on("asyncio", go)


def test_the_generated_client_of_the_owner_sends_through_its_pools_with_its_timeout(kb: Kubiya) -> None:
    generated: Any = kb.client
    assert generated.token == pools.TOKEN_PLACEHOLDER and generated._base_url == kb.base_url
    assert generated.get_httpx_client() is kb._pools.sync.get()
    assert generated.get_async_httpx_client() is kb._pools.async_clients().get()
    assert generated._timeout == httpx.Timeout(connect=7.5, read=7.5, write=7.5, pool=7.5)


def test_a_copys_generated_client_tags_its_requests_and_sends_through_the_same_pools(kb: Kubiya) -> None:
    copy = kb.with_options(timeout=2.0, max_retries=0)
    generated: Any = copy.client
    assert generated._timeout == httpx.Timeout(connect=2.0, read=2.0, write=2.0, pool=2.0)
    pairs = [
        (generated.get_httpx_client(), kb._pools.sync.get(), WithOptions),
        (generated.get_async_httpx_client(), kb._pools.async_clients().get(), AsyncWithOptions),
    ]
    for tagged, pool, kind in pairs:
        assert tagged is not pool
        transport = tagged._transport
        assert isinstance(transport, kind) and transport._client is pool
        assert transport._options == {POLICY: copy._policy, LIMITS: copy._limits}
        assert (tagged.base_url, tagged.auth, tagged.follow_redirects) == (pool.base_url, kb._auth, False)
        assert tagged.timeout == pool.timeout


def test_the_async_pools_are_made_once_whichever_thread_asks_first(kb: Kubiya) -> None:
    seen: list[object] = []
    start = threading.Barrier(8)

    def ask() -> None:
        start.wait()
        seen.append(kb._pools.async_clients())

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(made) for made in seen}) == 1


def test_closing_async_pools_never_made_does_nothing(server: MockServer) -> None:
    made: Kubiya = CASES["kubiya"].make(server.url)
    run_on("asyncio", made._pools.aclose)
    assert made._pools._async is None


@pytest.mark.parametrize(
    ("caller", "sync", "says"),
    [
        (None, True, "this object's own connection pool was closed from outside (boom), as closing"
                     " `kb.client.get_httpx_client()` does; call close() on the vendor object to reset it,"
                     " or make a new one"),
        (None, False, "this object's own connection pool was closed from outside (boom)"),
        ("sync", True, "the http_client passed in cannot be used (boom); pass an open client, or none"),
        ("async", False, "the async_http_client passed in cannot be used here (boom); an httpx.AsyncClient"
                         " works only on the event loop it first ran on: pass none, and the vendor object"
                         " keeps a pool per loop"),
        ("async", True, "this object's own connection pool was closed from outside (boom)"),
        ("sync", False, "this object's own connection pool was closed from outside (boom)"),
    ],
)  # fmt: skip
def test_an_unusable_pool_blames_a_callers_client_only_when_one_was_passed(
    server: MockServer, caller: str | None, sync: bool, says: str
) -> None:
    options: dict[str, Any] = {}
    if caller == "sync":
        options["http_client"] = httpx.Client()
    elif caller == "async":
        options["async_http_client"] = httpx.AsyncClient()
    made: Kubiya = CASES["kubiya"].make(server.url, **options)
    try:
        error = made._pools.unusable(RuntimeError("boom"), "kubiya", sync=sync)
        assert isinstance(error, errors.ConfigurationError) and error.vendor == "kubiya"
        assert error.message.startswith(says)
    finally:
        made.close()
        if "http_client" in options:
            options["http_client"].close()


def test_a_copys_generated_client_follows_no_redirect(server: MockServer, kb: Kubiya) -> None:
    """A redirect would carry the credentials to wherever it points: the copy's client, like the
    object's own, hands the 3xx back unfollowed, whichever of its clients sends."""
    elsewhere = (("Location", f"{server.url}/elsewhere"),)
    server.reply(Reply(302, b"", elsewhere), Reply(302, b"", elsewhere))
    generated: Any = kb.with_options(max_retries=0).client
    assert generated.get_httpx_client().get("/api/v1/executions/e1").status_code == 302

    async def go() -> int:
        answer = await generated.get_async_httpx_client().get("/api/v1/executions/e1")
        return answer.status_code

    assert run_on("asyncio", go) == 302
    assert [request.path for request in server.requests] == ["/api/v1/executions/e1"] * 2


def test_the_generated_client_can_be_entered_again_and_again(kb: Kubiya) -> None:
    """`with kb.client:` in two places of a program: the pools are the vendor object's, never reopened."""
    for _ in range(2):
        with kb.client as generated:
            assert generated is kb.client

    async def go() -> None:
        for _ in range(2):
            async with kb.client as generated:
                assert generated is kb.client

    run_on("asyncio", go)
