"""A caller's own httpx clients: their pool and hooks are used; their auth and proxies never are."""

from __future__ import annotations

import threading
import time

import anyio
import httpx
import pytest
from pipeline_cancel import __version__, acancel_many, cancel_many, errors

from tests.support.hostile import RawServer, drip
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES, SECRETS

OK = DOCUMENTED["kubiya"][200][0]
BEARER = f"Bearer {SECRETS['kubiya']}"


def test_a_callers_client_auth_never_replaces_the_vendor_credentials(server: MockServer) -> None:
    server.default = OK
    with (
        httpx.Client(auth=("caller", "secret")) as caller,
        CASES["kubiya"].make(server.url, http_client=caller) as kb,
    ):
        kb.cancel("e", reason="r")
    assert server.requests[0].headers["authorization"] == BEARER


@pytest.mark.anyio
async def test_a_callers_async_client_auth_never_replaces_the_vendor_credentials(server: MockServer) -> None:
    server.default = OK
    async with (
        httpx.AsyncClient(auth=("caller", "secret")) as caller,
        CASES["kubiya"].make(server.url, async_http_client=caller) as kb,
    ):
        await kb.acancel("e", reason="r")
    assert server.requests[0].headers["authorization"] == BEARER


def test_a_mount_for_another_origin_is_not_a_proxy(server: MockServer) -> None:
    server.default = OK
    with (
        httpx.HTTPTransport() as other,
        httpx.Client(mounts={"https://elsewhere.example": other}) as caller,
        CASES["kubiya"].make(server.url, http_client=caller) as kb,
    ):
        assert kb.cancel("e", reason="r").outcome == "canceled"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_callers_client_that_would_proxy_plain_http_is_refused(server: MockServer, kind: str) -> None:
    proxy = "http://127.0.0.1:9"
    caller: httpx.Client | httpx.AsyncClient = (
        httpx.Client(proxy=proxy) if kind == "sync" else httpx.AsyncClient(proxy=proxy)
    )
    option = "http_client" if kind == "sync" else "async_http_client"
    with pytest.raises(errors.ConfigurationError) as info:
        CASES["kubiya"].make(server.url, **{option: caller})
    assert str(info.value) == (
        "kubiya: the http client passed in would send this plain-http URL through a proxy, which would"
        " read the credentials; use an https:// base URL, or a client without proxies"
    )
    assert server.requests == []
    if isinstance(caller, httpx.Client):
        caller.close()
    else:
        anyio.run(caller.aclose)


CALLER_HEADERS = {
    "X-Trace-Id": "trace-1",
    "User-Agent": "their-sdk/2.0",
    "Accept": "application/json",
    "Authorization": "Bearer meant-for-another-service",
    "X-Api-Key": "meant-for-another-service",
    "Accept-Encoding": "br",
}


def _check_caller_headers(received: dict[str, str]) -> None:
    assert received["x-trace-id"] == "trace-1"
    assert received["user-agent"] == f"their-sdk/2.0 pipeline-cancel/{__version__}"
    assert received["accept"] == "application/json"
    assert received["authorization"] == BEARER  # the vendor's credential wins
    assert "x-api-key" not in received  # another service's credential never reaches the vendor
    assert received["accept-encoding"] == "gzip, deflate"  # what the bounded reader decodes


def test_a_callers_client_default_headers_apply_but_never_its_credentials(server: MockServer) -> None:
    server.default = OK
    with (
        httpx.Client(headers=CALLER_HEADERS) as caller,
        CASES["kubiya"].make(server.url, http_client=caller) as kb,
    ):
        kb.cancel("e", reason="r")
    _check_caller_headers(server.requests[0].headers)


@pytest.mark.anyio
async def test_a_callers_async_client_default_headers_apply_but_never_its_credentials(
    server: MockServer,
) -> None:
    server.default = OK
    async with (
        httpx.AsyncClient(headers=CALLER_HEADERS) as caller,
        CASES["kubiya"].make(server.url, async_http_client=caller) as kb,
    ):
        await kb.acancel("e", reason="r")
    _check_caller_headers(server.requests[0].headers)


def test_a_callers_user_agent_default_is_kept_with_ours_appended(server: MockServer) -> None:
    server.default = OK
    with httpx.Client() as caller, CASES["kubiya"].make(server.url, http_client=caller) as kb:
        kb.cancel("e", reason="r")
        theirs = caller.headers["user-agent"]  # python-httpx/0.28.1, or httpx2's under its alias
    assert theirs.startswith("python-httpx")
    assert server.requests[0].headers["user-agent"] == f"{theirs} pipeline-cancel/{__version__}"


def test_a_callers_timeout_is_replaced_by_the_attempts_deadline(server: MockServer) -> None:
    server.default = Reply(200, OK.body, OK.headers, delay=0.3)
    with (
        httpx.Client(timeout=0.05) as caller,  # alone, it would give up before the answer
        CASES["kubiya"].make(server.url, http_client=caller, timeout=5, max_retries=0) as kb,
    ):
        assert kb.cancel("e", reason="r").outcome == "canceled"


@pytest.mark.parametrize("in_headers", [True, False], ids=["headers", "body"])
def test_a_callers_sync_client_gets_the_whole_exchange_deadline(in_headers: bool) -> None:
    """A server dripping one byte every 50 ms would hold each read's own timeout forever."""
    with RawServer(drip(in_headers=in_headers)) as srv, httpx.Client() as caller:
        kb = CASES["kubiya"].make(srv.url, http_client=caller, timeout=1, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as info:
            kb.cancel("e", reason="r")
        assert time.monotonic() - started < 4
        assert str(info.value).startswith(
            "kubiya: DeadlineExceeded after 1 attempt: no complete answer within 1s"
        )


def test_the_callers_own_requests_through_a_bounded_pool_keep_their_own_timeouts(server: MockServer) -> None:
    server.default = Reply(200, b"slow", delay=1.5)
    with httpx.Client() as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)  # bounds the pool for kb's requests
        assert caller.get(server.url, timeout=5).content == b"slow"  # longer than kb's 1 s below
        kb = CASES["kubiya"].make(server.url, http_client=caller, timeout=1, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError):
            kb.cancel("e", reason="r")
        with pytest.raises(httpx.ReadTimeout):
            caller.get(server.url, timeout=0.2)  # and their own timeout still applies


def test_a_callers_client_that_would_go_direct_by_no_proxy_is_accepted(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx decides: with HTTP_PROXY set and NO_PROXY naming the host, it connects directly."""
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server.default = OK
    with httpx.Client() as caller, CASES["kubiya"].make(server.url, http_client=caller) as kb:
        assert kb.cancel("e", reason="r").outcome == "canceled"
    monkeypatch.delenv("NO_PROXY")
    with httpx.Client() as caller, pytest.raises(errors.ConfigurationError, match="through a proxy"):
        CASES["kubiya"].make(server.url, http_client=caller)


def test_a_pool_closed_by_with_client_says_so_without_blaming_a_callers_client(server: MockServer) -> None:
    server.default = OK
    kb = CASES["kubiya"].make(server.url)
    with kb.client:  # leaves the pools open (tests/test_options_and_record.py)
        pass
    kb.client.get_httpx_client().close()
    with pytest.raises(errors.ConfigurationError) as info:
        kb.cancel("e", reason="r")
    assert str(info.value) == (
        "kubiya: this object's own connection pool was closed from outside (Cannot send a request, as the"
        " client has been closed.), as closing `kb.client.get_httpx_client()` does; call close() on the"
        " vendor object to reset it, or make a new one"
    )
    kb.close()
    assert kb.cancel("e", reason="r").outcome == "canceled"
    kb.close()


@pytest.mark.parametrize(
    ("option", "value", "wanted"),
    [
        ("http_client", httpx.AsyncClient, "Client"),
        ("async_http_client", httpx.Client, "AsyncClient"),
        ("http_client", object, "Client"),
    ],
)
def test_a_client_of_the_wrong_kind_is_refused_before_anything_is_sent(
    server: MockServer, option: str, value: type, wanted: str
) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        CASES["kubiya"].make(server.url, **{option: value()})
    got = f"{value.__module__}.{value.__name__}"  # httpx.Client, or httpx2.Client under the alias
    assert str(info.value) == (
        f"kubiya: {option} must be an httpx.{wanted}, got {got} (an httpx2 client works once"
        " httpx2.alias_httpx() has run)"
    )
    assert server.requests == []


# -- cancel_many and acancel_many through the caller's own clients -----------------------------


def counting_hooks(seen: list[str]) -> dict[str, list[object]]:
    def request(req: httpx.Request) -> None:
        seen.append(req.url.path)

    return {"request": [request]}


def async_counting_hooks(seen: list[str]) -> dict[str, list[object]]:
    async def request(req: httpx.Request) -> None:
        seen.append(req.url.path)

    return {"request": [request]}


IDS = [f"e-{n}" for n in range(6)]


def test_cancel_many_with_only_a_sync_client_sends_every_id_through_it(server: MockServer) -> None:
    """The report: 0 of 6 requests went through the caller's client. Now all 6 do, on threads."""
    server.default = OK
    seen: list[str] = []
    with httpx.Client(event_hooks=counting_hooks(seen), headers={"X-Proxy-Tag": "sdk"}) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        outcomes = cancel_many(kb, IDS, concurrency=3, reason="r")
        assert not caller.is_closed
    assert [o.outcome for o in outcomes if not isinstance(o, errors.PipelineCancelError)] == ["canceled"] * 6
    assert sorted(seen) == sorted(f"/api/v1/executions/{i}/terminate" for i in IDS)
    assert [r.headers.get("x-proxy-tag") for r in server.requests] == ["sdk"] * 6


@pytest.mark.anyio
async def test_acancel_many_with_only_a_sync_client_sends_through_it_too(server: MockServer) -> None:
    server.default = OK
    seen: list[str] = []
    with httpx.Client(event_hooks=counting_hooks(seen)) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        outcomes = await acancel_many(kb, IDS, concurrency=2, reason="r")
    assert len(seen) == 6 and all(not isinstance(o, errors.PipelineCancelError) for o in outcomes)


@pytest.mark.anyio
async def test_with_both_clients_acancel_many_takes_the_async_one(server: MockServer) -> None:
    server.default = OK
    sync_seen: list[str] = []
    async_seen: list[str] = []
    with httpx.Client(event_hooks=counting_hooks(sync_seen)) as caller:
        async with httpx.AsyncClient(event_hooks=async_counting_hooks(async_seen)) as acaller:
            kb = CASES["kubiya"].make(server.url, http_client=caller, async_http_client=acaller)
            await acancel_many(kb, IDS, concurrency=4, reason="r")
    assert (len(sync_seen), len(async_seen)) == (0, 6)


def test_concurrency_bounds_the_threads_in_flight(server: MockServer) -> None:
    server.default = Reply(OK.status, OK.body, OK.headers, delay=0.2)
    in_flight, most = 0, 0
    lock = threading.Lock()

    def start(req: httpx.Request) -> None:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)

    def end(resp: httpx.Response) -> None:
        nonlocal in_flight
        with lock:
            in_flight -= 1

    with httpx.Client(event_hooks={"request": [start], "response": [end]}) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        cancel_many(kb, IDS, concurrency=2, reason="r")
    assert most == 2
