"""The httpx clients a vendor object sends through.

A vendor always sends through a client it owns (its base URL, auth, timeout, and the
retry transport). When the caller hands in their own `httpx.Client` to share a
connection pool, that client becomes the innermost transport, so pooling, proxies
and event hooks stay the caller's while retries and auth stay ours.
"""

from __future__ import annotations

from typing import Any

import httpx

from pipeline_cancel import __version__
from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.retries import AsyncRetryTransport, RetryPolicy, RetryTransport

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"pipeline-cancel/{__version__}"


class ClientTransport(httpx.BaseTransport):
    """Send through a caller's `httpx.Client` (its pool) without closing it: it is theirs."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if not timeout > 0:
        raise ValueError("timeout must be a positive number of seconds")
    return httpx.Timeout(timeout)


def _client_options(base_url: str, auth: VendorAuth, timeout: httpx.Timeout) -> dict[str, Any]:
    return {
        "base_url": base_url,
        "auth": auth,
        "timeout": timeout,
        "headers": {"User-Agent": USER_AGENT},
        "follow_redirects": False,  # a redirect must never carry the credentials elsewhere
    }


def sync_client(
    base_url: str,
    auth: VendorAuth,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    shared: httpx.Client | None,
) -> httpx.Client:
    inner: httpx.BaseTransport = ClientTransport(shared) if shared is not None else httpx.HTTPTransport()
    return httpx.Client(transport=RetryTransport(inner, policy), **_client_options(base_url, auth, timeout))


def async_client(
    base_url: str,
    auth: VendorAuth,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    shared: httpx.AsyncClient | None,
    limits: httpx.Limits | None = None,
) -> httpx.AsyncClient:
    inner: httpx.AsyncBaseTransport = (
        AsyncClientTransport(shared)
        if shared is not None
        else httpx.AsyncHTTPTransport(limits=limits or httpx.Limits(max_connections=100))
    )
    return httpx.AsyncClient(
        transport=AsyncRetryTransport(inner, policy), **_client_options(base_url, auth, timeout)
    )
