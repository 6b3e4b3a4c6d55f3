"""Reading an answer's body within its limits: at most `max_response_bytes` decoded, by the deadline.

The transport (sync and async) reads the body here, before anything above it sees the
response, so neither the overlay nor the generated client nor a retry's drain can be
held by a slow server or flooded by a large or compressed one.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable

import httpx

from pipeline_cancel._extensions import REQUEST_ID
from pipeline_cancel.deadline import DeadlineExceeded

# httpx's headers ignore case, so how these names are spelled is free.
CONTENT_ENCODING = "content-encoding"
CONTENT_LENGTH = "content-length"
_ENCODING_HEADERS = frozenset({CONTENT_ENCODING, CONTENT_LENGTH, "transfer-encoding"})


class ResponseTooLarge(httpx.DecodingError):
    """The decoded body passed the limit; the connection is dropped unread."""


REQUEST_ID_HEADERS = (b"x-request-id", b"request-id")
"""Where a request id is read from, in this order: none of the six vendors documents one."""
_NOTED = frozenset({b"content-encoding", *REQUEST_ID_HEADERS})


def answer_headers(headers: httpx.Headers) -> tuple[str | None, str | None]:
    """The answer's `Content-Encoding` and request id (`X-Request-Id`, else `Request-Id`: none of
    the vendors documents one), in one pass over the raw pairs, where `Headers.get` raises and
    catches a KeyError for each absent name. Repeated encodings are joined, as `get` joins them."""
    encoding: bytes | None = None
    found: bytes | None = None
    fallback: bytes | None = None
    for name, value in headers.raw:
        lowered = name.lower()
        if lowered not in _NOTED:  # most headers: one test
            continue
        if lowered == b"content-encoding":
            encoding = value if encoding is None else encoding + b", " + value
        elif lowered == REQUEST_ID_HEADERS[0] and found is None:
            found = value
        elif lowered == REQUEST_ID_HEADERS[1] and fallback is None:
            fallback = value
    rid = found if found is not None else fallback
    return (
        None if encoding is None else encoding.decode("latin-1"),
        None if rid is None else rid.decode("latin-1"),
    )


class BodyReader:
    """Collect a body, decoding gzip/deflate as it streams, and stop at `limit` decoded bytes.

    zlib is asked for at most the room left, so a small compressed body cannot expand
    in memory past the limit, even for one chunk.
    """

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in {"gzip", "x-gzip", "deflate"}):
            raise httpx.DecodingError(f"unsupported Content-Encoding {content_encoding!r}")
        # wbits 32+: accept either a gzip or a zlib header, as servers mix the two up.
        self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS) if codings else None
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0

    def _append(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise ResponseTooLarge(f"response body is larger than {self._limit} bytes")
        if data:
            self._parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._zlib is None:
            self._append(chunk)
            return
        # At most one byte past the limit comes out of zlib, which is enough to know the body
        # is too large; when less comes out, zlib has consumed the whole chunk.
        room = self._limit - self._size + 1  # pragma: no mutate: a few bytes more or less read the same
        try:
            self._append(self._zlib.decompress(chunk, room))
        except zlib.error as exc:
            raise httpx.DecodingError(f"compressed body is corrupt: {exc}") from exc

    def finish(self) -> bytes:
        if self._zlib is not None:  # feed() consumed every byte given, so flush() only drains output
            self._append(self._zlib.flush())
        return b"".join(self._parts)


def read_response(response: httpx.Response, limit: int, deadline: float, encoding: str | None) -> bytes:
    """The decoded body of a streamed response (its `encoding` as `answer_headers` read it), within
    the byte limit and the deadline.

    Reads the transport's stream itself (`response.stream`), as a transport may: the
    client-level machinery of `iter_raw` is for callers, and costs a loopback call
    several per cent.
    """
    chunks: Iterable[bytes] = response.stream  # type: ignore[assignment]
    if encoding is not None:
        reader = BodyReader(encoding, limit)
        for chunk in chunks:
            reader.feed(chunk)
            if time.monotonic() > deadline:
                raise DeadlineExceeded()
        return reader.finish()
    parts, size = [], 0  # the common case, kept lean: no decoding, just counting
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"response body is larger than {limit} bytes")
        parts.append(chunk)
        if time.monotonic() > deadline:
            raise DeadlineExceeded()
    return b"".join(parts)


def with_body(
    response: httpx.Response, body: bytes, encoding: str | None, request_id: str | None
) -> httpx.Response:
    """The same response, now carrying `body` as read: decoded, so a Content-Encoding no longer
    applies; and its request id noted for the record.

    Only the transport's stream was read and closed (never `Response.read`/`close`),
    so the response is still fresh for the client above to read from its new stream.
    """
    response.extensions[REQUEST_ID] = request_id
    if encoding is not None:
        for name in _ENCODING_HEADERS:
            response.headers.pop(name, None)
        response.headers[CONTENT_LENGTH] = str(len(body))
    response.stream = httpx.ByteStream(body)
    return response


async def aread_response(response: httpx.Response, limit: int, encoding: str | None) -> bytes:
    """The decoded body, within the limit, read from the transport's own stream (see `read_response`).

    When the cap stops the read, the stream's iterator is closed here, not left to the
    garbage collector, which trio warns about. (A deadline or a cancellation lands inside
    the iterator, which then ends by itself.)
    """
    reader = BodyReader(encoding, limit)
    chunks = aiter(response.stream)  # type: ignore[arg-type]  # a transport's response: async stream
    try:
        async for chunk in chunks:
            reader.feed(chunk)
    finally:
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()
    return reader.finish()
