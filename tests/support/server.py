"""A scriptable HTTP/1.1 server on 127.0.0.1 that records what it receives.

Tests queue the replies (status, headers, body) and read back every request
exactly as it arrived on the socket, plus how many connections were opened and
how many are still open.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

import attrs


@attrs.frozen
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@attrs.frozen
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    reason: str = "Whatever"
    close: bool = False  # drop the connection without answering (a network failure)
    delay: float = 0.0  # seconds to wait before answering (a slow vendor)

    @classmethod
    def json(cls, status: int, data: Any, *headers: tuple[str, str]) -> Reply:
        return cls(status, json.dumps(data).encode(), (("Content-Type", "application/json"), *headers))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: MockServer._Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._connection_opened()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._connection_closed()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        received = Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        reply = self.server.owner._next_reply(received)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.close:
            self.close_connection = True
            self.wfile.flush()
            return
        self.send_response(reply.status, reply.reason)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_POST = do_GET = do_PUT = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass


class MockServer:
    class _Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = (
            256  # bulk tests connect up to 150 at once; the default 5 drops SYNs for a second
        )
        owner: MockServer

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that timed out and hung up is part of the tests, not a failure

    def __init__(self, default: Reply | Callable[[Received], Reply] | None = None) -> None:
        self.requests: list[Received] = []
        self.replies: deque[Reply] = deque()
        self.default = default or Reply(500, b"no reply scripted")
        self.connections_opened = 0
        self.connections_open = 0
        self._lock = threading.Lock()
        self._server = self._Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def _next_reply(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            if self.replies:
                return self.replies.popleft()
        return self.default(received) if callable(self.default) else self.default

    def _connection_opened(self) -> None:
        with self._lock:
            self.connections_opened += 1
            self.connections_open += 1

    def _connection_closed(self) -> None:
        with self._lock:
            self.connections_open -= 1

    def wait_closed(self, timeout: float = 5.0) -> bool:
        """True once every connection the server accepted has been closed (by either side)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.connections_open == 0:
                return True
            time.sleep(0.01)
        return False

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
