"""The overlay's own requests through a caller's httpx2 client: built in httpx2's classes from the
start (`httpx2_clients.Httpx2Sender`), never copied out of an httpx client of ours, and yet on
the wire byte for byte what an httpx client sends."""

from __future__ import annotations

import importlib
import socket
from types import ModuleType
from typing import Any

import httpx
import pytest
from pipeline_cancel import Kubiya, acancel_many, cancel_many, errors
from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.httpx2_clients import _Builder

from tests.support.backends import BACKENDS, run_on
from tests.support.hostile import RawServer, head
from tests.support.samples import DOCUMENTED, kubiya_execution
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

OK = DOCUMENTED["kubiya"][200][0]

# A path under the host, so the join of the base URL and the operation's path is compared too.
PREFIX = "/gateway/v2"


@pytest.fixture
def h2() -> ModuleType:
    """httpx2 passed as it is (no alias: the httpx2 session, which aliases it, does not run this file)."""
    return importlib.import_module("httpx2")


def replying(reply: Reply) -> RawServer:
    """A server that records each request whole and gives `reply`, one per connection (it says so:
    no client keeps a connection the server then drops, which would be retried)."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        fields = [f"{name}: {value}" for name, value in reply.headers]
        framing = (f"Content-Length: {len(reply.body)}", "Connection: close")
        conn.sendall(head(reply.status, *framing, *fields) + reply.body)

    return RawServer(behaviour)


def callers(family: ModuleType, kind: str) -> object:
    """A caller's client whose own defaults are the same in both families."""
    return getattr(family, kind)(headers={"User-Agent": "sdk/3.1", "X-Sdk": "1"})


@pytest.mark.parametrize("vendor", sorted(CASES))
def test_a_cancel_through_an_httpx2_client_is_on_the_wire_what_an_httpx_one_sends(
    vendor: str, h2: ModuleType
) -> None:
    case = CASES[vendor]
    with replying(case.canceled) as server:
        for family in (httpx, h2):
            with (
                callers(family, "Client") as caller,  # type: ignore[attr-defined]
                case.make(server.url + PREFIX, http_client=caller, default_headers={"X-Trace": "t-1"}) as obj,
            ):
                obj.cancel(case.run_id, **case.cancel_args)
                # The same operation through the generated client, which speaks httpx: copied into
                # httpx2's classes for an httpx2 client, and still the same bytes.
                obj.client.get_httpx_client().request(**obj._build(case.run_id, case.cancel_args))
    sent_by_httpx, generated_by_httpx, sent_by_httpx2, generated_by_httpx2 = server.requests
    assert sent_by_httpx2 == sent_by_httpx
    assert generated_by_httpx2 == generated_by_httpx == sent_by_httpx
    request_line = sent_by_httpx.split(b"\r\n", 1)[0]
    assert f" {PREFIX}/".encode() in request_line  # the base URL's path, joined
    assert b"x-trace: t-1" in sent_by_httpx.lower() and b"x-sdk: 1" in sent_by_httpx.lower()


@pytest.mark.anyio
@pytest.mark.parametrize("vendor", sorted(CASES))
async def test_an_async_cancel_through_an_httpx2_client_is_on_the_wire_what_an_httpx_one_sends(
    vendor: str, h2: ModuleType
) -> None:
    case = CASES[vendor]
    with replying(case.canceled) as server:
        for family in (httpx, h2):
            async with (
                callers(family, "AsyncClient") as caller,  # type: ignore[attr-defined]
                case.make(server.url + PREFIX, async_http_client=caller) as obj,
            ):
                await obj.acancel(case.run_id, **case.cancel_args)
    sent_by_httpx, sent_by_httpx2 = server.requests
    assert sent_by_httpx2 == sent_by_httpx


@pytest.fixture
def no_httpx_client_of_ours(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every send through an httpx client (ours: the callers here are httpx2's) is counted."""
    sends: list[str] = []
    sync_send, async_send = httpx.Client.send, httpx.AsyncClient.send

    def send(self: httpx.Client, request: httpx.Request, **kwargs: object) -> httpx.Response:
        sends.append(str(request.url))
        return sync_send(self, request, **kwargs)  # type: ignore[arg-type]

    async def asend(self: httpx.AsyncClient, request: httpx.Request, **kwargs: object) -> httpx.Response:
        sends.append(str(request.url))
        return await async_send(self, request, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", asend)
    return sends


def test_the_overlays_requests_pass_no_httpx_client_of_ours(
    h2: ModuleType, no_httpx_client_of_ours: list[str]
) -> None:
    """One client layer, the caller's: cancels, a confirming status read and `cancel_many` alike.
    The generated `.client` speaks httpx, so it still goes through ours (the control)."""
    case = CASES["kubiya"]
    seen: list[str] = []
    hooks = {"request": [lambda request: seen.append(request.url.path)]}
    with (
        replying(case.canceled) as server,
        h2.Client(event_hooks=hooks) as caller,
        case.make(server.url, http_client=caller) as kb,
    ):
        kb.cancel(case.run_id, **case.cancel_args)
        cancel_many(kb, ["e-1", "e-2"], concurrency=2, **case.cancel_args)
        assert no_httpx_client_of_ours == []
        kb.client.get_httpx_client().get("/api/v1/executions/e-3")  # the control
    assert len(no_httpx_client_of_ours) == 1
    assert len(seen) == 4  # every request reached the caller's client, the control's too


@pytest.mark.anyio
async def test_the_overlays_async_requests_pass_no_httpx_client_of_ours(
    h2: ModuleType, no_httpx_client_of_ours: list[str]
) -> None:
    case = CASES["kubiya"]
    seen: list[str] = []

    async def hook(request: object) -> None:
        seen.append("sent")

    with replying(case.canceled) as server:
        async with (
            h2.AsyncClient(event_hooks={"request": [hook]}) as caller,
            case.make(server.url, async_http_client=caller) as kb,
        ):
            await kb.acancel(case.run_id, **case.cancel_args)
            outcomes = await acancel_many(kb, ["e-1", "e-2", "e-3"], concurrency=2, **case.cancel_args)
    assert no_httpx_client_of_ours == []
    assert [o.outcome for o in outcomes] == ["canceled"] * 3  # type: ignore[union-attr]
    assert len(seen) == 4


# -- the builder, against httpx's own client ----------------------------------------------------------


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "https://api.example/gateway/v1/"])
@pytest.mark.parametrize(
    "url",
    [
        "/runs/r-1/cancel",
        "/runs/a%20b?force=1",
        "runs/r-1",
        "//other.example/x",
        "https://elsewhere.example/x",
    ],
)
def test_a_url_is_joined_to_the_base_url_as_httpxs_client_joins_it(base: str, url: str) -> None:
    with httpx.Client(base_url=base) as client:
        builder = _Builder(client.base_url, client.headers, VendorAuth("test", {}, client.base_url))
        assert builder._url(url) == str(client.build_request("GET", url).url)


def test_a_request_is_built_as_httpxs_client_builds_it(h2: ModuleType) -> None:
    """Method, URL with its query, headers in order (a name the operation gives again replaces the
    client's default, at the end, as `Headers.update` does) and the JSON body."""
    kwargs = {
        "method": "post",
        "url": "/runs/r-1/cancel",
        "params": {"force": "true"},
        "json": {"reason": "stuck", "n": 1},
        "headers": {"Accept": "application/json", "Content-Type": "application/json", "X-Op": "1"},
    }
    with httpx.Client(base_url="https://api.example/v1", headers={"X-Default": "d"}) as client:
        builder = _Builder(client.base_url, client.headers, VendorAuth("test", {}, client.base_url))
        theirs = client.build_request(**kwargs)  # type: ignore[arg-type]
        ours = builder.build_request(**kwargs)  # type: ignore[arg-type]
    assert isinstance(ours, h2.Request)
    assert (ours.method, str(ours.url)) == (theirs.method, str(theirs.url))
    assert ours.headers.raw == theirs.headers.raw
    assert ours.read() == theirs.read()


# -- the errors of that path are the errors of every other --------------------------------------------


def through_caller(h2: ModuleType, mode: str, url: str, call: Any, **options: Any) -> Any:
    """`call(kb)` on a Kubiya sending through a caller's client of the family `h2` (httpx2 here, unless
    a test passes httpx): sync, or on `mode`'s loop."""
    if mode == "sync":
        with h2.Client() as caller, CASES["kubiya"].make(url, http_client=caller, **options) as kb:
            return call(kb)

    async def go() -> Any:
        async with (
            h2.AsyncClient() as caller,
            CASES["kubiya"].make(url, async_http_client=caller, **options) as kb,
        ):
            return await call(kb)

    return run_on(mode, go)


def cancel_of(mode: str, **kwargs: Any) -> Any:
    return (lambda kb: kb.cancel("e", **kwargs)) if mode == "sync" else (lambda kb: kb.acancel("e", **kwargs))


MODES = pytest.mark.parametrize("mode", ["sync", *BACKENDS])


@MODES
def test_a_request_that_leaves_the_base_url_is_refused_with_its_record(
    h2: ModuleType, mode: str, server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def build(self: Kubiya, run_id: str, options: Any) -> dict[str, Any]:
        return {"method": "post", "url": "https://elsewhere.example/x", "json": {"reason": "r"}}

    monkeypatch.setattr(Kubiya, "_build", build)
    with pytest.raises(errors.ConfigurationError) as info:
        through_caller(h2, mode, server.url, cancel_of(mode, reason="r"), max_retries=0)
    assert str(info.value) == (
        "kubiya: refusing to send credentials to https://elsewhere.example:"
        " they go only to the vendor object's base URL"
    )
    assert info.value.attempts == 1 and info.value.elapsed is None
    assert server.requests == []


@MODES
@pytest.mark.parametrize("family", ["httpx", "httpx2"])
def test_a_send_error_is_raised_from_what_failed_below_it_and_ours_from_nothing(
    h2: ModuleType, family: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The traceback of a failed send shows what failed below (httpx's error, or its refusal of a
    closed client), and nothing under an error of ours, which says it all; on every path."""
    fam = h2 if family == "httpx2" else httpx
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(errors.NetworkError) as below:
        through_caller(fam, mode, refused, cancel_of(mode, reason="r"), max_retries=0)
    assert isinstance(below.value.__cause__, httpx.ConnectError)

    def build(self: Kubiya, run_id: str, options: Any) -> dict[str, Any]:
        return {"method": "post", "url": "https://elsewhere.example/x", "json": {"reason": "r"}}

    with monkeypatch.context() as patch, pytest.raises(errors.ConfigurationError) as ours:
        patch.setattr(Kubiya, "_build", build)
        through_caller(fam, mode, refused, cancel_of(mode, reason="r"), max_retries=0)
    assert ours.value.__cause__ is None and ours.value.__suppress_context__

    with pytest.raises(errors.ConfigurationError) as closed:
        if mode == "sync":
            shut = fam.Client()
            shut.close()
            CASES["kubiya"].make(refused, http_client=shut).cancel("e", reason="r")
        else:

            async def go() -> None:
                shut = fam.AsyncClient()
                await shut.aclose()
                await CASES["kubiya"].make(refused, async_http_client=shut).acancel("e", reason="r")

            run_on(mode, go)
    assert isinstance(closed.value.__cause__, RuntimeError)
    assert "cannot be used" in str(closed.value)


def test_a_closed_httpx2_client_says_what_to_pass_instead(h2: ModuleType, server: MockServer) -> None:
    closed = h2.Client()
    closed.close()
    with pytest.raises(errors.ConfigurationError) as info:
        CASES["kubiya"].make(server.url, http_client=closed).cancel("e", reason="r")
    assert str(info.value) == (
        "kubiya: the http_client passed in cannot be used (Cannot send a request, as the client has been"
        " closed.); pass an open client, or none"
    )
    assert server.requests == []


@pytest.mark.anyio
async def test_a_closed_httpx2_async_client_says_what_to_pass_instead(
    h2: ModuleType, server: MockServer
) -> None:
    closed = h2.AsyncClient()
    await closed.aclose()
    with pytest.raises(errors.ConfigurationError) as info:
        await CASES["kubiya"].make(server.url, async_http_client=closed).acancel("e", reason="r")
    assert str(info.value).startswith(
        "kubiya: the async_http_client passed in cannot be used here (Cannot send a request, as the client"
    )
    assert server.requests == []


@MODES
def test_wait_bounds_a_hanging_status_read_through_an_httpx2_client(h2: ModuleType, mode: str) -> None:
    """The object's own timeout is 30 s; `wait=1` still ends the call in about a second, and the
    status read's error says what each attempt may take."""

    def reply(received: Received) -> Reply:
        if received.method == "POST":
            return OK
        running = Reply.json(200, kubiya_execution("running"))
        return Reply(running.status, running.body, running.headers, delay=5)

    with MockServer(default=reply) as server, pytest.raises(errors.NotConfirmedError) as info:
        through_caller(h2, mode, server.url, cancel_of(mode, reason="r", wait=1))
    error = info.value.last_error
    assert isinstance(error, errors.RequestTimeoutError)
    assert "; each attempt may take 30s (timeout=)" in str(error)
