"""A caller's own httpx clients: their pool and hooks are used; their auth and proxies never are."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pipeline_cancel import errors

from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer
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


def test_a_callers_async_client_auth_never_replaces_the_vendor_credentials(server: MockServer) -> None:
    server.default = OK

    async def go() -> None:
        async with (
            httpx.AsyncClient(auth=("caller", "secret")) as caller,
            CASES["kubiya"].make(server.url, async_http_client=caller) as kb,
        ):
            await kb.acancel("e", reason="r")

    asyncio.run(go())
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
        asyncio.run(caller.aclose())
