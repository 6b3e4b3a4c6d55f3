"""A caller's httpx2 client as the innermost transport: our requests in httpx2's classes, its
answers and errors back in httpx's.

httpx2 (pydantic's continuation of httpx, which openai 3.x and anthropic 2.x run on) has
classes of its own, and its client sends only its own `Request`. So a request built by a
vendor object (httpx's, with our auth, limits and options on it) is copied into an
`httpx2.Request` at the last step, sent through the caller's client (its pool, proxies,
TLS settings and event hooks), and the answer comes back as an httpx response whose
stream reads the caller's. Everything above, from the retries to the size cap, sees
httpx's classes only; an httpx2 error becomes the httpx error of the same name, so it is
retried and reported as httpx's would be.

The overlay's own requests (a cancel, a status read) skip that copy: `Httpx2Sender` builds
them in httpx2's classes from the start and gives them to the same retry transport, so
the only client layer they pass is the caller's. The generated `.client` speaks httpx, so
what it sends still takes the copy.

httpx2 is never imported here: a caller who passed one of its clients has imported it,
and this module takes its classes from there (`sys.modules`).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from pipeline_cancel.caller_headers import with_caller_headers

if TYPE_CHECKING:
    import httpx2

    from pipeline_cancel.auth import VendorAuth

FAMILY = "httpx2"


def loaded() -> ModuleType | None:
    """httpx2, when something (the caller) has imported it; never imported here."""
    return sys.modules.get(FAMILY)


def is_sync_client(client: object) -> bool:
    h2 = loaded()
    return h2 is not None and isinstance(client, h2.Client)


def is_async_client(client: object) -> bool:
    h2 = loaded()
    return h2 is not None and isinstance(client, h2.AsyncClient)


def is_http_transport(transport: object) -> bool:
    """httpx2's own `HTTPTransport`, whose pool the attempt's deadline can be installed in."""
    h2 = loaded()
    return h2 is not None and isinstance(transport, h2.HTTPTransport)


def _as_httpx2(h2: ModuleType, request: httpx.Request, body: bytes) -> httpx2.Request:
    return h2.Request(  # type: ignore[no-any-return]
        request.method,
        str(request.url),
        headers=request.headers.raw,
        content=body,
        extensions={"timeout": request.extensions["timeout"]},  # the attempt's, set by the retry transport
    )


@contextmanager
def _as_httpx_errors(h2: ModuleType, request: httpx.Request) -> Iterator[None]:
    """httpx2's errors raised as httpx's error of the same name (so retried and reported as httpx's
    would be), caused by the original; any other exception as it is."""
    try:
        yield
    except h2.HTTPError as exc:
        kind = getattr(httpx, type(exc).__name__, None)
        if not (isinstance(kind, type) and issubclass(kind, httpx.TransportError)):
            kind = httpx.TransportError
        raise kind(str(exc), request=request) from exc


def _answer(
    theirs: Any, request: httpx.Request, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    return httpx.Response(
        theirs.status_code,
        headers=theirs.headers.raw,
        stream=stream,
        extensions={k: v for k, v in theirs.extensions.items() if k in ("http_version", "reason_phrase")},
        request=request,
    )


class _Body(httpx.SyncByteStream):
    """The caller's response's raw bytes, read as httpx reads a transport's stream."""

    def __init__(self, h2: ModuleType, theirs: Any, request: httpx.Request) -> None:
        self._h2, self._theirs, self._request = h2, theirs, request

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors(self._h2, self._request):
            yield from self._theirs.stream

    def close(self) -> None:
        self._theirs.close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, h2: ModuleType, theirs: Any, request: httpx.Request) -> None:
        self._h2, self._theirs, self._request = h2, theirs, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = aiter(self._theirs.stream)
        try:
            with _as_httpx_errors(self._h2, self._request):
                async for chunk in chunks:
                    yield chunk
        finally:  # closed here when the cap stops the read, not by the garbage collector (trio warns)
            await chunks.aclose()

    async def aclose(self) -> None:
        await self._theirs.aclose()


def _theirs(h2: ModuleType, request: httpx.Request | httpx2.Request, body: bytes) -> httpx2.Request:
    """The request in httpx2's class: as it is when `Httpx2Sender` built it, else a copy."""
    return request if isinstance(request, h2.Request) else _as_httpx2(h2, request, body)  # type: ignore[arg-type]


class Httpx2CallerTransport(httpx.BaseTransport):
    """Send through a caller's `httpx2.Client` (its pool) without closing it: it is theirs."""

    def __init__(self, client: httpx2.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        h2 = sys.modules[FAMILY]
        request = with_caller_headers(request, self._client.headers.multi_items())
        theirs = _theirs(h2, request, request.read())
        with _as_httpx_errors(h2, request):
            # Never the caller's redirect setting or auth: the request already carries ours.
            answer = self._client.send(theirs, stream=True, follow_redirects=False, auth=None)
        return _answer(answer, request, _Body(h2, answer, request))

    def close(self) -> None:
        pass


class AsyncHttpx2CallerTransport(httpx.AsyncBaseTransport):
    """Send through a caller's `httpx2.AsyncClient` without closing it."""

    def __init__(self, client: httpx2.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        h2 = sys.modules[FAMILY]
        request = with_caller_headers(request, self._client.headers.multi_items())
        theirs = _theirs(h2, request, await request.aread())
        with _as_httpx_errors(h2, request):
            answer = await self._client.send(theirs, stream=True, follow_redirects=False, auth=None)
        return _answer(answer, request, _AsyncBody(h2, answer, request))

    async def aclose(self) -> None:
        pass


class _Builder:
    """Requests in httpx2's classes, as an httpx client of ours would build them in httpx's: the
    base URL joined to the path, its default headers, then the request's own."""

    def __init__(self, base_url: httpx.URL, defaults: httpx.Headers, auth: VendorAuth) -> None:
        # An httpx client's base URL, whose path ends with "/" (which `str` leaves out for the root).
        self._base = str(base_url).rstrip("/") + "/"
        self._defaults = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in defaults.raw]
        self._auth = auth

    def build_request(
        self,
        *,
        method: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx2.Request:
        h2 = sys.modules[FAMILY]
        merged = self._defaults
        if headers:  # as httpx's `Headers.update`: a name given again replaces the default, at the end
            given = {name.lower() for name in headers}
            merged = [(k, v) for k, v in merged if k.lower() not in given] + list(headers.items())
        return h2.Request(method, self._url(url), params=params, headers=merged, json=json)  # type: ignore[no-any-return]

    def _url(self, url: str) -> str:
        """`url` joined to the base URL as httpx's client joins it."""
        if url.startswith("/") and not url.startswith("//"):  # every OpenAPI path: joined, not parsed
            return self._base + url[1:]
        merged = httpx.URL(url)  # anything else as httpx takes it: an absolute URL stays, for the auth
        if merged.is_relative_url:
            return self._base + merged.raw_path.lstrip(b"/").decode("ascii")
        return str(merged)

    def credentials(self, request: httpx2.Request) -> httpx2.Request:
        """The vendor's credentials on `request`, by the same auth (it reads only the URL and the
        headers, which the two families share), which refuses any origin but the base URL's."""
        flow = self._auth.auth_flow(request)  # type: ignore[arg-type]
        sent = next(flow)
        flow.close()
        return sent  # type: ignore[return-value]


class Httpx2Sender(_Builder):
    """The overlay's requests for a caller's `httpx2.Client`: built in httpx2's classes and given to
    the retry transport, whose innermost step sends them through the caller's client as they are."""

    def __init__(
        self, base_url: httpx.URL, defaults: httpx.Headers, auth: VendorAuth, transport: httpx.BaseTransport
    ) -> None:
        super().__init__(base_url, defaults, auth)
        self._transport = transport

    def send(self, request: httpx2.Request) -> httpx.Response:
        request = self.credentials(request)
        try:
            # The retry transport reads a request's method, URL, headers and extensions only.
            response = self._transport.handle_request(request)  # type: ignore[arg-type]
        except httpx.RequestError as exc:
            exc.request = request  # type: ignore[assignment]  # as httpx's client marks what it sent
            raise
        response.read()  # read by the transport already, within its limits: this only keeps it
        return response


class AsyncHttpx2Sender(_Builder):
    """`Httpx2Sender` for a caller's `httpx2.AsyncClient`."""

    def __init__(
        self,
        base_url: httpx.URL,
        defaults: httpx.Headers,
        auth: VendorAuth,
        transport: httpx.AsyncBaseTransport,
    ) -> None:
        super().__init__(base_url, defaults, auth)
        self._transport = transport

    async def send(self, request: httpx2.Request) -> httpx.Response:
        request = self.credentials(request)
        try:
            response = await self._transport.handle_async_request(request)  # type: ignore[arg-type]
        except httpx.RequestError as exc:
            exc.request = request  # type: ignore[assignment]
            raise
        response.read()
        return response
