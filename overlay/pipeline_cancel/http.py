"""The httpx clients a vendor object sends through.

A vendor always sends through a client it owns: its base URL, auth, timeout, and
the retry transport. When the caller hands in their own `httpx.Client` to share a
connection pool, that client becomes the innermost transport, so pooling, proxies
and event hooks stay the caller's, while redirects stay off and auth stays ours.
"""

from __future__ import annotations

import functools
import ssl
import threading
import urllib.request
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import attrs
import httpx

from pipeline_cancel import httpx2_clients
from pipeline_cancel._extensions import LIMITS, POLICY
from pipeline_cancel._typing import OutgoingT
from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.caller_headers import USER_AGENT, with_caller_headers
from pipeline_cancel.deadline import bound_by_deadline, own_transport
from pipeline_cancel.errors import ConfigurationError
from pipeline_cancel.retries import AttemptLimits, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from pipeline_cancel._typing import SyncHttpClient

HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept-Encoding": "gzip, deflate",  # the codings the bounded reader decodes
}


class ClientOptions(TypedDict):
    base_url: httpx.URL
    auth: VendorAuth
    timeout: httpx.Timeout
    headers: Mapping[str, str]
    follow_redirects: bool
    trust_env: bool


@attrs.frozen
class Connection:
    """Everything a vendor object's clients are built from; immutable, so shared across threads."""

    vendor: str
    base_url: httpx.URL
    auth: VendorAuth
    policy: RetryPolicy
    limits: AttemptLimits
    headers: Mapping[str, str] = attrs.field(factory=dict)
    """The caller's `default_headers`, on every request of the object and its copies."""

    @property
    def timeout(self) -> httpx.Timeout:
        """Per socket operation; the attempt's deadline (the same number) bounds them all together."""
        return httpx.Timeout(**self.limits.timeouts)

    def proxy(self) -> str | None:
        """The proxy the standard variables name for this vendor, for https only.

        Plain http (loopback only) never goes through a proxy: the proxy would read the
        credentials. `HTTPS_PROXY`/`ALL_PROXY` and `NO_PROXY` are read as urllib reads them.
        """
        if self.base_url.scheme != "https":
            return None
        proxies = urllib.request.getproxies()
        if urllib.request.proxy_bypass(self.base_url.host):
            return None
        proxy = proxies.get("https") or proxies.get("all")
        if proxy and httpx.URL(proxy).scheme not in {"http", "https"}:
            raise ConfigurationError(
                f"the proxy in HTTPS_PROXY/ALL_PROXY uses {httpx.URL(proxy).scheme}://; only http:// and"
                " https:// proxies are supported (or pass your own http_client=)",
                vendor=self.vendor,
            )
        return proxy or None

    def client_options(self) -> ClientOptions:
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": {**HEADERS, **self.headers} if self.headers else HEADERS,
            "follow_redirects": False,  # a redirect must never carry the credentials elsewhere
            "trust_env": False,  # proxies are read above, for https only; no .netrc credentials
        }


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """One verified context for every pool: building one costs more than a whole cancel."""
    return httpx.create_ssl_context()


def proxied(client: Any, url: httpx.URL) -> bool:
    """Whether a caller's client would route `url` through a proxy (or another mounted transport).

    Asked exactly as httpx decides it when it sends (`_transport_for_url`: its mounts, from
    `proxy=`, `mounts=` or, with `trust_env`, the environment and NO_PROXY, most specific
    first); there is no public way to ask, and httpx is pinned below 0.29.
    """
    return bool(client._transport_for_url(url) is not client._transport)


def check_caller_clients(conn: Connection, sync: object, asynchronous: object) -> None:
    """Refuse, before anything is sent, a caller's client of neither family, or one that would send
    a plain-http URL through a proxy, which would read the credentials."""
    for caller, kinds, option in (
        (sync, (httpx.Client, httpx2_clients.is_sync_client), "http_client"),
        (asynchronous, (httpx.AsyncClient, httpx2_clients.is_async_client), "async_http_client"),
    ):
        if caller is None:
            continue
        kind, of_httpx2 = kinds
        if not (isinstance(caller, kind) or of_httpx2(caller)):
            raise ConfigurationError(
                f"{option} must be an httpx.{kind.__name__} or an httpx2.{kind.__name__}, got"
                f" {type(caller).__module__}.{type(caller).__name__}",
                vendor=conn.vendor,
            )
        if conn.base_url.scheme == "http" and proxied(caller, conn.base_url):
            raise ConfigurationError(
                "the http client passed in would send this plain-http URL through a proxy, which would"
                " read the credentials; use an https:// base URL, or a client without proxies",
                vendor=conn.vendor,
            )


def with_headers(request: OutgoingT, headers: Mapping[str, str]) -> OutgoingT:
    """`request` with a `with_options` copy's `extra_headers` (checked there: never a credential)."""
    for name, value in headers.items():
        request.headers[name] = value
    return request


class CallerTransport(httpx.BaseTransport):
    """Send through a caller's `httpx.Client` (its pool) without closing it: it is theirs."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Never the caller's redirect setting or auth: the request already carries ours.
        request = with_caller_headers(request, self._client.headers.multi_items())
        return self._client.send(request, stream=True, follow_redirects=False, auth=None)

    def close(self) -> None:
        pass


class WithOptions(httpx.BaseTransport):
    """Send through a vendor object's own client with a `with_options` copy's options on each
    request: what the copy's generated client sends through, so it opens no pool of its own."""

    def __init__(
        self, client: httpx.Client, policy: RetryPolicy, limits: AttemptLimits, headers: Mapping[str, str]
    ) -> None:
        self._client = client
        self._options = {POLICY: policy, LIMITS: limits}
        self._headers = headers

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions.update(self._options)
        with_headers(request, self._headers)
        return self._client.send(request, stream=True, follow_redirects=False, auth=None)

    def close(self) -> None:
        pass  # the pool is the vendor object's


class SyncClients:
    """The one pooled sync client of a vendor object, made once however many threads ask."""

    def __init__(self, conn: Connection, caller: SyncHttpClient | None) -> None:
        self._conn = conn
        self.caller = caller
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._native: httpx2_clients.Httpx2Sender | None = None

    def native(self) -> httpx2_clients.Httpx2Sender | None:
        """What sends the overlay's own requests through a caller's httpx2 client, built in its
        classes (None for any other client): made with the pooled client, so as safely."""
        self.get()
        return self._native

    def get(self) -> httpx.Client:
        client = self._client  # pragma: no mutate: a lock-free fast path; None only takes the lock
        if client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._build()
                client = self._client
        return client

    def _build(self) -> httpx.Client:
        conn = self._conn
        inner: httpx.BaseTransport
        if self.caller is not None:
            # httpx's own transport (or httpx2's) gets the whole-exchange deadline in its pool, as
            # ours has; nothing changes for the caller's other requests (no deadline is set for them).
            transport = self.caller._transport_for_url(conn.base_url)  # type: ignore[arg-type]
            if isinstance(transport, httpx.HTTPTransport) or httpx2_clients.is_http_transport(transport):
                bound_by_deadline(transport)
            if isinstance(self.caller, httpx.Client):
                inner = CallerTransport(self.caller)
            else:
                inner = httpx2_clients.Httpx2CallerTransport(self.caller)
        else:
            inner = own_transport(conn.proxy(), ssl_context())
        transport = RetryTransport(inner, conn.policy, conn.limits)
        client = httpx.Client(transport=transport, **conn.client_options())
        if isinstance(inner, httpx2_clients.Httpx2CallerTransport):
            self._native = httpx2_clients.Httpx2Sender(client.base_url, client.headers, conn.auth, transport)
        return client

    def close(self) -> None:
        with self._lock:
            client, self._client, self._native = self._client, None, None
        if client is not None:
            client.close()
