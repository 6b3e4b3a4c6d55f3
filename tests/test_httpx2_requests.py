"""The overlay's own requests through a caller's httpx2 client: built in httpx2's classes from the
start (`httpx2_clients.Httpx2Sender`), never copied out of an httpx client of ours, and yet on
the wire byte for byte what an httpx client sends."""

from __future__ import annotations

import importlib
import socket
from types import ModuleType

import httpx
import pytest
from pipeline_cancel import acancel_many, cancel_many

from tests.support.hostile import RawServer, head
from tests.support.server import Reply
from tests.support.vendors import CASES

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
