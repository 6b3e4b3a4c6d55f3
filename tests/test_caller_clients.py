"""A caller's own httpx clients: their pool and hooks are used; their auth and proxies never are."""

from __future__ import annotations

import gc
import importlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest
from pipeline_cancel import __version__, acancel_many, cancel_many, errors
from pipeline_cancel.deadline import _DeadlineBackend

from tests.support.hostile import RawServer, drip, head, read_request
from tests.support.samples import DOCUMENTED, kubiya_execution
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES, SECRETS

OK = DOCUMENTED["kubiya"][200][0]


# Under `httpx2.alias_httpx()` (the httpx2 session) the two names are one module: once is enough.
FAMILIES = ["httpx"] if httpx.__name__ == "httpx2" else ["httpx", "httpx2"]


@pytest.fixture(params=FAMILIES)
def fam(request: pytest.FixtureRequest) -> ModuleType:
    """The caller's HTTP library: httpx, or httpx2 passed as it is (no alias)."""
    return importlib.import_module(request.param)


BEARER = f"Bearer {SECRETS['kubiya']}"


def test_a_callers_client_auth_never_replaces_the_vendor_credentials(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = OK
    with (
        fam.Client(auth=("caller", "secret")) as caller,
        CASES["kubiya"].make(server.url, http_client=caller) as kb,
    ):
        kb.cancel("e", reason="r")
    assert server.requests[0].headers["authorization"] == BEARER


@pytest.mark.anyio
async def test_a_callers_async_client_auth_never_replaces_the_vendor_credentials(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = OK
    async with (
        fam.AsyncClient(auth=("caller", "secret")) as caller,
        CASES["kubiya"].make(server.url, async_http_client=caller) as kb,
    ):
        await kb.acancel("e", reason="r")
    assert server.requests[0].headers["authorization"] == BEARER


def test_a_mount_for_another_origin_is_not_a_proxy(fam: ModuleType, server: MockServer) -> None:
    server.default = OK
    with (
        fam.HTTPTransport() as other,
        fam.Client(mounts={"https://elsewhere.example": other}) as caller,
        CASES["kubiya"].make(server.url, http_client=caller) as kb,
    ):
        assert kb.cancel("e", reason="r").outcome == "canceled"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_callers_client_that_would_proxy_plain_http_is_refused(
    fam: ModuleType, server: MockServer, kind: str
) -> None:
    proxy = "http://127.0.0.1:9"
    caller: Any = fam.Client(proxy=proxy) if kind == "sync" else fam.AsyncClient(proxy=proxy)
    option = "http_client" if kind == "sync" else "async_http_client"
    with pytest.raises(errors.ConfigurationError) as info:
        CASES["kubiya"].make(server.url, **{option: caller})
    assert str(info.value) == (
        "kubiya: the http client passed in would send this plain-http URL through a proxy, which would"
        " read the credentials; use an https:// base URL, or a client without proxies"
    )
    assert server.requests == []
    if isinstance(caller, fam.Client):
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


def test_a_callers_client_default_headers_apply_but_never_its_credentials(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = OK
    with (
        fam.Client(headers=CALLER_HEADERS) as caller,
        CASES["kubiya"].make(server.url, http_client=caller) as kb,
    ):
        kb.cancel("e", reason="r")
    _check_caller_headers(server.requests[0].headers)


@pytest.mark.anyio
async def test_a_callers_async_client_default_headers_apply_but_never_its_credentials(
    fam: ModuleType,
    server: MockServer,
) -> None:
    server.default = OK
    async with (
        fam.AsyncClient(headers=CALLER_HEADERS) as caller,
        CASES["kubiya"].make(server.url, async_http_client=caller) as kb,
    ):
        await kb.acancel("e", reason="r")
    _check_caller_headers(server.requests[0].headers)


def test_a_callers_user_agent_default_is_kept_with_ours_appended(fam: ModuleType, server: MockServer) -> None:
    server.default = OK
    with fam.Client() as caller, CASES["kubiya"].make(server.url, http_client=caller) as kb:
        kb.cancel("e", reason="r")
        theirs = caller.headers["user-agent"]  # python-httpx/0.28.1, or httpx2's under its alias
    assert theirs.startswith("python-httpx")
    assert server.requests[0].headers["user-agent"] == f"{theirs} pipeline-cancel/{__version__}"


def test_a_callers_timeout_is_replaced_by_the_attempts_deadline(fam: ModuleType, server: MockServer) -> None:
    server.default = Reply(200, OK.body, OK.headers, delay=0.3)
    with (
        fam.Client(timeout=0.05) as caller,  # alone, it would give up before the answer
        CASES["kubiya"].make(server.url, http_client=caller, timeout=5, max_retries=0) as kb,
    ):
        assert kb.cancel("e", reason="r").outcome == "canceled"


@pytest.mark.parametrize("in_headers", [True, False], ids=["headers", "body"])
def test_a_callers_sync_client_gets_the_whole_exchange_deadline(fam: ModuleType, in_headers: bool) -> None:
    """A server dripping one byte every 50 ms would hold each read's own timeout forever."""
    with RawServer(drip(in_headers=in_headers)) as srv, fam.Client() as caller:
        kb = CASES["kubiya"].make(srv.url, http_client=caller, timeout=1, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as info:
            kb.cancel("e", reason="r")
        assert time.monotonic() - started < 4
        assert str(info.value).startswith(
            "kubiya: DeadlineExceeded after 1 attempt: no complete answer within 1s"
        )


def test_the_callers_own_requests_through_a_bounded_pool_keep_their_own_timeouts(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = Reply(200, b"slow", delay=1.5)
    with fam.Client() as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)  # bounds the pool for kb's requests
        assert caller.get(server.url, timeout=5).content == b"slow"  # longer than kb's 1 s below
        kb = CASES["kubiya"].make(server.url, http_client=caller, timeout=1, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError):
            kb.cancel("e", reason="r")
        with pytest.raises(fam.ReadTimeout):
            caller.get(server.url, timeout=0.2)  # and their own timeout still applies


def test_a_callers_client_that_would_go_direct_by_no_proxy_is_accepted(
    fam: ModuleType, server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx decides: with HTTP_PROXY set and NO_PROXY naming the host, it connects directly."""
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server.default = OK
    with fam.Client() as caller, CASES["kubiya"].make(server.url, http_client=caller) as kb:
        assert kb.cancel("e", reason="r").outcome == "canceled"
    monkeypatch.delenv("NO_PROXY")
    with fam.Client() as caller, pytest.raises(errors.ConfigurationError, match="through a proxy"):
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
    ("option", "given", "wanted"),
    [
        ("http_client", "AsyncClient", "Client"),
        ("async_http_client", "Client", "AsyncClient"),
        ("http_client", "object", "Client"),
    ],
)
def test_a_client_of_the_wrong_kind_is_refused_before_anything_is_sent(
    fam: ModuleType, server: MockServer, option: str, given: str, wanted: str
) -> None:
    value: Any = object() if given == "object" else getattr(fam, given)()
    with pytest.raises(errors.ConfigurationError) as info:
        CASES["kubiya"].make(server.url, **{option: value})
    got = f"{type(value).__module__}.{type(value).__name__}"  # httpx2.Client under the alias too
    assert str(info.value) == (f"kubiya: {option} must be an httpx.{wanted} or an httpx2.{wanted}, got {got}")
    assert server.requests == []


def test_the_deadline_is_installed_in_a_callers_own_transport_of_either_family(
    fam: ModuleType, server: MockServer
) -> None:
    """The guard of the `httpx2` extra's upper bound: the wrapping relies on the transport's private
    pool (`_transport_for_url`, `_pool._network_backend`), which a release may move."""
    server.default = OK
    with fam.Client() as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        kb.cancel("e", reason="r")
        transport = caller._transport_for_url(caller.base_url.join(server.url))
        assert type(transport).__module__.split(".")[0] == fam.__name__
        assert isinstance(transport._pool._network_backend, _DeadlineBackend)


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


def test_cancel_many_with_only_a_sync_client_sends_every_id_through_it(
    fam: ModuleType, server: MockServer
) -> None:
    """The report: 0 of 6 requests went through the caller's client. Now all 6 do, on threads."""
    server.default = OK
    seen: list[str] = []
    with fam.Client(event_hooks=counting_hooks(seen), headers={"X-Proxy-Tag": "sdk"}) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        outcomes = cancel_many(kb, IDS, concurrency=3, reason="r")
        assert not caller.is_closed
    assert [o.outcome for o in outcomes if not isinstance(o, errors.PipelineCancelError)] == ["canceled"] * 6
    assert sorted(seen) == sorted(f"/api/v1/executions/{i}/terminate" for i in IDS)
    assert [r.headers.get("x-proxy-tag") for r in server.requests] == ["sdk"] * 6


@pytest.mark.anyio
async def test_acancel_many_with_only_a_sync_client_sends_through_it_too(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = OK
    seen: list[str] = []
    with fam.Client(event_hooks=counting_hooks(seen)) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        outcomes = await acancel_many(kb, IDS, concurrency=2, reason="r")
    assert len(seen) == 6 and all(not isinstance(o, errors.PipelineCancelError) for o in outcomes)


@pytest.mark.anyio
async def test_with_both_clients_acancel_many_takes_the_async_one(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = OK
    sync_seen: list[str] = []
    async_seen: list[str] = []
    with fam.Client(event_hooks=counting_hooks(sync_seen)) as caller:
        async with fam.AsyncClient(event_hooks=async_counting_hooks(async_seen)) as acaller:
            kb = CASES["kubiya"].make(server.url, http_client=caller, async_http_client=acaller)
            await acancel_many(kb, IDS, concurrency=4, reason="r")
    assert (len(sync_seen), len(async_seen)) == (0, 6)


class InFlight:
    """A caller's event hooks that count the requests under way, and the most at once."""

    def __init__(self) -> None:
        self.now = self.most = 0
        self._lock = threading.Lock()

    def started(self, request: object) -> None:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def ended(self, response: object) -> None:
        with self._lock:
            self.now -= 1

    def hooks(self) -> dict[str, list[Any]]:
        return {"request": [self.started], "response": [self.ended]}


def test_concurrency_bounds_the_threads_in_flight(fam: ModuleType, server: MockServer) -> None:
    server.default = Reply(OK.status, OK.body, OK.headers, delay=0.2)
    counted = InFlight()
    with fam.Client(event_hooks=counted.hooks()) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        cancel_many(kb, IDS, concurrency=2, reason="r")
    assert counted.most == 2


# -- the transport's promises hold through a caller's client of either family -------------------


def test_retries_go_through_a_callers_client(fam: ModuleType, server: MockServer) -> None:
    server.reply(Reply.json(503, {"detail": "busy"}), OK)
    seen: list[str] = []
    with fam.Client(event_hooks=counting_hooks(seen)) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        result = kb.with_options(max_retries=1).cancel("e", reason="r")
    assert (result.outcome, result.attempts, result.retried) == ("canceled", 2, ("HTTP 503",))
    assert len(seen) == 2


@pytest.mark.parametrize("mode", ["sync", "asyncio", "trio"])
def test_the_size_cap_holds_through_a_callers_client(fam: ModuleType, server: MockServer, mode: str) -> None:
    server.default = Reply(200, b'{"success": true, "pad": "' + b"x" * 200_000 + b'"}',
                           (("Content-Type", "application/json"),))  # fmt: skip
    option, caller = (
        ("http_client", fam.Client()) if mode == "sync" else ("async_http_client", fam.AsyncClient())
    )
    kb = CASES["kubiya"].make(server.url, max_response_bytes=4096, max_retries=0, **{option: caller})
    with pytest.raises(errors.ResponseTooLargeError, match="larger than 4096 bytes"):
        if mode == "sync":
            kb.cancel("e", reason="r")
        else:
            anyio.run(lambda: kb.acancel("e", reason="r"), backend=mode)
    if mode == "sync":
        caller.close()
    else:
        anyio.run(caller.aclose, backend=mode)


def test_a_refused_connection_through_a_callers_client_is_a_network_error(fam: ModuleType) -> None:
    from tests.support.package_index import free_port

    with fam.Client() as caller:
        kb = CASES["kubiya"].make(f"http://127.0.0.1:{free_port()}", http_client=caller, max_retries=1)
        with pytest.raises(errors.NetworkError) as info:
            kb.cancel("e", reason="r")
    assert info.value.attempts == 2 and info.value.retried == ("network error",)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_with_options_and_the_generated_client_go_through_a_callers_client(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = OK
    seen: list[str] = []
    with fam.Client(event_hooks=counting_hooks(seen)) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        copy = kb.with_options(timeout=5, extra_headers={"X-Copy": "1"})
        assert copy.cancel("e-1", reason="r").outcome == "canceled"
        assert kb.client.get_httpx_client().get("/api/v1/executions/x").status_code == 200
        assert copy.client.get_httpx_client().get("/api/v1/executions/y").status_code == 200
    assert seen == ["/api/v1/executions/e-1/terminate", "/api/v1/executions/x", "/api/v1/executions/y"]
    assert [r.headers.get("x-copy") for r in server.requests] == ["1", None, "1"]
    assert all(r.headers["authorization"] == BEARER for r in server.requests)


# -- what crosses between the families, seen from the caller's side and from ours --------------------


def test_a_redirect_is_never_followed_through_a_callers_client(fam: ModuleType, server: MockServer) -> None:
    server.default = Reply(307, b"", (("Location", server.url + "/elsewhere"),))
    with fam.Client(follow_redirects=True) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller, max_retries=0)
        with pytest.raises(errors.UnexpectedResponseError) as info:
            kb.cancel("e", reason="r")
    assert info.value.http_status == 307
    assert [r.path for r in server.requests] == ["/api/v1/executions/e/terminate"]


@pytest.mark.anyio
async def test_a_redirect_is_never_followed_through_a_callers_async_client(
    fam: ModuleType, server: MockServer
) -> None:
    server.default = Reply(307, b"", (("Location", server.url + "/elsewhere"),))
    async with fam.AsyncClient(follow_redirects=True) as caller:
        kb = CASES["kubiya"].make(server.url, async_http_client=caller, max_retries=0)
        with pytest.raises(errors.UnexpectedResponseError) as info:
            await kb.acancel("e", reason="r")
    assert info.value.http_status == 307
    assert [r.path for r in server.requests] == ["/api/v1/executions/e/terminate"]


def test_the_callers_hooks_see_the_attempts_timeouts(fam: ModuleType, server: MockServer) -> None:
    server.default = OK
    seen: list[dict[str, float]] = []
    with fam.Client(
        timeout=99, event_hooks={"request": [lambda r: seen.append(r.extensions["timeout"])]}
    ) as c:
        kb = CASES["kubiya"].make(server.url, http_client=c, timeout=20)
        kb.cancel("e", reason="r")
        kb.client.get_httpx_client().get("/api/v1/executions/e")  # the generated client's path
    assert seen == [{"connect": 10.0, "read": 20.0, "write": 20.0, "pool": 20.0}] * 2


def test_the_answer_keeps_its_status_line_headers_and_request(fam: ModuleType, server: MockServer) -> None:
    server.default = Reply(200, OK.body, (*OK.headers, ("X-Request-Id", "req-7")), reason="Fine")
    with fam.Client() as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        result = kb.cancel("e", reason="r")
        raw = kb.client.get_httpx_client().get("/api/v1/executions/x")
    assert (result.request_id, result.headers["x-request-id"]) == ("req-7", "req-7")
    assert (raw.http_version, raw.reason_phrase) == ("HTTP/1.1", "Fine")
    assert str(raw.request.url) == server.url + "/api/v1/executions/x"
    assert isinstance(raw, httpx.Response)  # httpx's classes above the caller's client, always


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_body_cut_short_is_a_network_error_caused_by_the_callers_own(fam: ModuleType, mode: str) -> None:
    def short(conn: Any, srv: RawServer) -> None:
        conn.sendall(
            head(200, "Content-Type: application/json", "Content-Length: 100") + b'{"success": tr'
        )  # 14 of 100

    with RawServer(short) as srv:
        if mode == "sync":
            with fam.Client() as caller:
                kb = CASES["kubiya"].make(srv.url, http_client=caller, max_retries=1)
                with pytest.raises(errors.NetworkError) as info:
                    kb.cancel("e", reason="r")
        else:

            async def main() -> None:
                async with fam.AsyncClient() as caller:
                    kb = CASES["kubiya"].make(srv.url, async_http_client=caller, max_retries=1)
                    await kb.acancel("e", reason="r")

            with pytest.raises(errors.NetworkError) as info:
                anyio.run(main)
    assert info.value.retried == ("network error",)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)  # retried as httpx's own
    below = type(info.value.__cause__.__cause__).__module__.split(".")[0]
    if fam is httpx:  # our own family (under the alias, httpx2 itself): its transport's error
        assert below.startswith("httpcore")
    else:  # the caller's httpx2 error, kept as the cause of the httpx one it became
        assert below == "httpx2"


def test_a_callers_client_with_a_transport_of_its_own_is_used_as_it_is(fam: ModuleType) -> None:
    """No pool to install the deadline in: the transport is the caller's business, and it is used."""
    seen: list[str] = []

    def handler(request: Any) -> Any:
        seen.append(request.url.path)
        return fam.Response(
            200, json={"success": True, "workflow_id": "w", "terminated_at": "2026-11-23T10:00:00Z"}
        )

    with fam.Client(transport=fam.MockTransport(handler)) as caller:
        kb = CASES["kubiya"].make("http://127.0.0.1:9", http_client=caller)
        assert kb.cancel("e", reason="r").outcome == "canceled"
    assert seen == ["/api/v1/executions/e/terminate"]


def test_past_forty_threads_concurrency_still_bounds_them(server: MockServer) -> None:
    """anyio's own thread limiter stops at 40; the bulk call brings one of its own size."""
    server.default = Reply(OK.status, OK.body, OK.headers, delay=2.0)
    counted = InFlight()
    with httpx.Client(event_hooks=counted.hooks()) as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        outcomes = cancel_many(kb, [f"e-{n}" for n in range(50)], concurrency=50, reason="r")
    assert counted.most == 50 and len(outcomes) == 50


def test_wait_is_kept_on_the_threads_of_a_sync_client(server: MockServer) -> None:
    def answer(received: Any) -> Reply:
        return OK if received.method == "POST" else Reply.json(200, kubiya_execution("cancelled"))

    server.default = answer
    with httpx.Client() as caller:
        kb = CASES["kubiya"].make(server.url, http_client=caller)
        outcomes = cancel_many(kb, ["00000000-0000-0000-0000-000000000001"], reason="r", wait=30)
    assert [o.vendor_status for o in outcomes if not isinstance(o, errors.PipelineCancelError)] == [
        "cancelled"
    ]
    assert [r.method for r in server.requests] == ["POST", "GET"]


@pytest.mark.anyio
async def test_inputs_given_by_position_are_refused_by_the_bulk_calls_too(server: MockServer) -> None:
    kb = CASES["kubiya"].make(server.url)
    with pytest.raises(errors.ConfigurationError) as sync:
        await anyio.to_thread.run_sync(lambda: cancel_many(kb, ["e"], 4, "stuck"))  # type: ignore[call-overload]
    with pytest.raises(errors.ConfigurationError) as aio:
        await acancel_many(kb, ["e"], 4, "stuck")  # type: ignore[call-overload]
    for info in (sync, aio):
        assert info.value.vendor == "kubiya"
        assert str(info.value).startswith("kubiya: a run's inputs are keywords; this vendor's cancel takes ")
    assert server.requests == []


# -- a caller's transport over a Unix socket, with its socket options and httpcore's own retries ---
# httpcore asks the network backend for Unix sockets and for its connect retries' sleeps only in a
# pool made with `uds=` or `retries=`; the deadline's backend must pass each through, bounded.


@contextmanager
def unix_server(path: str, *, full: bool = False) -> Iterator[list[bytes]]:
    """A Unix-socket server answering Kubiya's documented success to each request; what it read.
    `full`: its listen queue filled and never served, so a further connect cannot complete."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(0 if full else 8)
    listener.settimeout(0.05)
    seen: list[bytes] = []
    stop = threading.Event()
    queued: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                seen.append(read_request(conn))
                framing = (f"Content-Length: {len(OK.body)}", "Content-Type: application/json")
                conn.sendall(head(200, *framing) + OK.body)

    thread = None if full else threading.Thread(target=serve, daemon=True)
    while full:  # connects that sit in the queue until it takes no more
        filler = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        filler.setblocking(False)
        try:
            filler.connect(path)
        except BlockingIOError:
            filler.close()
            break
        queued.append(filler)
    if thread is not None:
        thread.start()
    try:
        yield seen
    finally:
        stop.set()
        if thread is not None:
            thread.join(5)
        listener.close()
        for filler in queued:
            filler.close()


def test_a_callers_unix_socket_transport_carries_the_cancel(fam: ModuleType, tmp_path: Path) -> None:
    path = str(tmp_path / "vendor.sock")
    with (
        unix_server(path) as seen,
        fam.Client(transport=fam.HTTPTransport(uds=path)) as caller,
        CASES["kubiya"].make("http://localhost", http_client=caller, max_retries=0) as kb,
    ):
        assert kb.cancel("e", reason="r").outcome == "canceled"
    assert seen[0].startswith(b"POST /api/v1/executions/e/terminate HTTP/1.1\r\n")


# httpcore's sync backend leaves a Unix socket to the garbage collector when its setsockopt or
# connect raises (httpcore/_backends/sync.py, `connect_unix_socket`, both families): that
# ResourceWarning is the library's, not the code under test's (whose own sockets are checked above).
# The tests collect that socket themselves (`collect_httpcores_socket`), inside the filter: left to
# the collector, its warning would land on whichever test runs next.
LEFT_BY_HTTPCORE = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def collect_httpcores_socket() -> None:
    gc.collect()


@LEFT_BY_HTTPCORE
def test_a_unix_connect_to_a_full_queue_fails_at_once_and_typed(fam: ModuleType, tmp_path: Path) -> None:
    """httpcore's Unix connect waits only as long as its timeout allows: with the attempt's, a server
    that takes no more connections is a network error now, never a call blocked for good."""
    path = str(tmp_path / "full.sock")
    with (
        unix_server(path, full=True),
        fam.Client(transport=fam.HTTPTransport(uds=path)) as caller,
        CASES["kubiya"].make("http://localhost", http_client=caller, max_retries=0, timeout=2) as kb,
    ):
        start = time.monotonic()
        with pytest.raises(errors.TransportError):
            kb.cancel("e", reason="r")
    assert time.monotonic() - start < 5
    collect_httpcores_socket()


@LEFT_BY_HTTPCORE
def test_a_callers_socket_options_reach_its_unix_socket(fam: ModuleType, tmp_path: Path) -> None:
    """An option the kernel refuses shows it was applied: the connect fails on it."""
    path = str(tmp_path / "vendor.sock")
    refused = [(socket.SOL_SOCKET, 0x7FFF, 1)]
    with (
        unix_server(path) as seen,
        fam.Client(transport=fam.HTTPTransport(uds=path, socket_options=refused)) as caller,
        CASES["kubiya"].make("http://localhost", http_client=caller, max_retries=0) as kb,
        pytest.raises(errors.NetworkError),
    ):
        kb.cancel("e", reason="r")
    assert seen == []
    collect_httpcores_socket()


@LEFT_BY_HTTPCORE
def test_httpcores_own_connect_retries_sleep_through_the_deadline_backend(
    fam: ModuleType, tmp_path: Path
) -> None:
    """A caller's pool made with `retries=` connects again after a pause; nothing answers here, so
    the cancel ends as a typed connection error, not as whatever a broken pause would raise."""
    missing = str(tmp_path / "nobody.sock")
    with (
        fam.Client(transport=fam.HTTPTransport(uds=missing, retries=1)) as caller,
        CASES["kubiya"].make("http://localhost", http_client=caller, max_retries=0) as kb,
        pytest.raises(errors.NetworkError),
    ):
        kb.cancel("e", reason="r")
    collect_httpcores_socket()


def test_a_callers_client_that_follows_redirects_does_not_follow_ours(
    fam: ModuleType, server: MockServer
) -> None:
    """The vendor's credentials never go through a redirect, whatever the caller's client says."""
    server.default = Reply(302, b"", (("Location", "/elsewhere"),))
    with (
        fam.Client(follow_redirects=True) as caller,
        CASES["kubiya"].make(server.url, http_client=caller, max_retries=0) as kb,
        pytest.raises(errors.UnexpectedResponseError, match="HTTP 302"),
    ):
        kb.cancel("e", reason="r")
    assert [r.path for r in server.requests] == ["/api/v1/executions/e/terminate"]
