"""Small misbehaving servers on 127.0.0.1, on raw sockets: they answer the way broken networks and
hostile vendors do (dripping bytes, endless bodies, compression bombs, a proxy that records).

Each connection runs a `Behaviour` after the request has been read; every behaviour stops by
itself (when the client hangs up, when the server is closed, or after `MAX_SECONDS`), so no
test can leave a loop running.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Self

MAX_SECONDS = 20.0

Behaviour = Callable[[socket.socket, "RawServer"], None]


def read_request(conn: socket.socket) -> bytes:
    """The request head and its Content-Length body, or what arrived before the client went quiet."""
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class RawServer:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[bytes] = []
        self.stopped = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._handlers: list[threading.Thread] = []

    @property
    def port(self) -> int:
        port: int = self._sock.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            handler = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._handlers.append(handler)
            handler.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.requests.append(read_request(conn))
                self.behaviour(conn, self)
            except OSError:
                pass  # the client hung up: what the behaviour was waiting for

    def send_for_a_while(self, conn: socket.socket, pieces: Callable[[], bytes], pause: float) -> None:
        """Send piece after piece until the client hangs up, the server closes, or time runs out."""
        conn.settimeout(5)
        deadline = time.monotonic() + MAX_SECONDS
        while not self.stopped.is_set() and time.monotonic() < deadline:
            conn.sendall(pieces())
            if pause:
                time.sleep(pause)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopped.set()
        self._sock.close()
        self._thread.join(5)
        # Every connection's handler has recorded what it read once this returns (they all stop
        # on `stopped`), so a test reads `requests` whole, not while a handler is still reading.
        deadline = time.monotonic() + 5
        for handler in self._handlers:
            handler.join(max(0.0, deadline - time.monotonic()))


def head(status: int, *headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(status: int, body: bytes, *headers: str) -> Behaviour:
    """A complete, well-framed answer (whatever its body says)."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(head(status, f"Content-Length: {len(body)}", *headers) + body)

    return behaviour


def drip(status: int = 200, *, in_headers: bool, pause: float = 0.05) -> Behaviour:
    """One byte at a time: within the headers, or within a body that never ends."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        if in_headers:
            prefix = iter(b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000_000)
        else:
            conn.sendall(head(status, "Content-Type: application/json", "Content-Length: 100000000"))
            prefix = iter(b'{"success": true, "pad": "' + b"a" * 10_000_000)
        server.send_for_a_while(conn, lambda: bytes([next(prefix)]), pause)

    return behaviour


def endless_chunked(status: int) -> Behaviour:
    """A chunked body that never ends, as fast as the client reads it."""
    chunk = b"1000\r\n" + b"a" * 0x1000 + b"\r\n"

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(head(status, "Content-Type: application/json", "Transfer-Encoding: chunked"))
        server.send_for_a_while(conn, lambda: chunk * 16, 0)

    return behaviour


def gzip_bomb(status: int, inflated: int) -> Behaviour:
    """A small gzip body that inflates to `inflated` bytes of JSON-looking padding."""
    body = gzip.compress(b'{"success": true, "pad": "' + b"a" * inflated + b'"}', compresslevel=9)
    return answer(status, body, "Content-Type: application/json", "Content-Encoding: gzip")


def recording_proxy(status: int = 403) -> Behaviour:
    """An HTTP proxy that records what it is asked and refuses to tunnel."""
    return answer(status, b"no tunnels here")


class Unaccepted:
    """A listener that never accepts: what a host too busy to answer looks like.

    Connections wait in its queue with nothing reading them, so a request large enough
    blocks in `send`; with `full=True` the queue is already full, so the kernel drops
    new connection attempts and a connect never completes. After `hold` seconds the
    listener closes, so a client without a bound fails (refused or reset) instead of
    hanging the test.
    """

    def __init__(self, *, full: bool, hold: float = 5.0) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(0)
        self.port: int = self._sock.getsockname()[1]
        self._queued: list[socket.socket] = []
        for _ in range(3 if full else 0):  # a backlog of 0 still queues one, or two
            waiting = socket.socket()
            waiting.setblocking(False)
            waiting.connect_ex(("127.0.0.1", self.port))
            self._queued.append(waiting)
        time.sleep(0.05)  # let the queued handshakes settle before the client tries
        self._timer = threading.Timer(hold, self.close)
        self._timer.daemon = True

    def close(self) -> None:
        self._sock.close()
        for waiting in self._queued:
            waiting.close()

    def __enter__(self) -> Self:
        self._timer.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._timer.cancel()
        self.close()
