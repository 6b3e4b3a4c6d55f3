"""A real Prefect server on 127.0.0.1, for the `prefect_server` session (tests/prefect/).

The server comes from its own environment (requirements/prefect_server.txt, built by the
session: it is the vendor, not part of the project), runs with a throw-away SQLite
database in a temporary PREFECT_HOME, without its UI, background services or analytics,
and is stopped on exit. `Admin` plays Prefect's other clients over plain httpx: it makes
flows and runs in the states the tests need, and moves a run as a worker would.
"""

from __future__ import annotations

import base64
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import attrs
import httpx

from tests.support.package_index import free_port

STARTUP_SECONDS = 90  # about 15 s on this machine when idle; the budget covers a busy one


@attrs.frozen
class Server:
    api_url: str  # as PREFECT_API_URL holds it: http://127.0.0.1:<port>/api
    auth_string: str | None
    log: Path


def prefect_executable() -> str:
    found = os.environ.get("PIPELINE_CANCEL_PREFECT")
    if not found:
        raise RuntimeError(
            "PIPELINE_CANCEL_PREFECT is not set: run these tests with `python3 dev.py -s prefect_server`"
        )
    return found


def _environment(home: Path, auth_string: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_API_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_UI_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
    )
    if auth_string is not None:
        env["PREFECT_SERVER_API_AUTH_STRING"] = auth_string
    return env


@contextmanager
def _process(folder: Path, auth_string: str | None) -> Iterator[tuple[subprocess.Popen[bytes], Server]]:
    folder.mkdir(parents=True)
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                prefect_executable(), "server", "start", "--host", "127.0.0.1", "--port", str(port),
                "--no-services", "--no-ui", "--analytics-off",
            ],
            env=_environment(folder, auth_string),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    try:
        yield process, Server(f"http://127.0.0.1:{port}/api", auth_string, log)
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_healthy(process: subprocess.Popen[bytes], server: Server, deadline: float) -> None:
    while True:
        try:
            if httpx.get(f"{server.api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            tail = server.log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"the Prefect server did not start ({server.api_url}):\n{tail}")
        time.sleep(0.25)


@contextmanager
def running_servers(folder: Path, auth_string: str) -> Iterator[tuple[Server, Server]]:
    """Two servers started at once (each takes seconds to start): one open, one that needs `auth_string`."""
    with ExitStack() as stack:
        open_process, open_server = stack.enter_context(_process(folder / "open", None))
        auth_process, auth_server = stack.enter_context(_process(folder / "auth", auth_string))
        deadline = time.monotonic() + STARTUP_SECONDS
        _wait_healthy(open_process, open_server, deadline)
        _wait_healthy(auth_process, auth_server, deadline)
        yield open_server, auth_server


class Admin:
    """What the tests do to a server besides cancelling: Prefect's API over plain httpx."""

    def __init__(self, server: Server) -> None:
        headers = {}
        if server.auth_string is not None:
            token = base64.b64encode(server.auth_string.encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        self.http = httpx.Client(base_url=server.api_url, headers=headers, timeout=30)
        self.flow_id = self._json("POST", "/flows/", {"name": "pipeline-cancel-tests"})["id"]

    def _json(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, path, json=body)
        response.raise_for_status()
        return response.json()

    def run_in(self, state: str) -> str:
        """A new flow run of the test flow, created directly in `state` (no deployment, no infrastructure)."""
        created = self._json("POST", "/flow_runs/", {"flow_id": self.flow_id, "state": {"type": state}})
        run_id: str = created["id"]
        return run_id

    def state_of(self, run_id: str) -> str:
        state: str = self._json("GET", f"/flow_runs/{run_id}")["state_type"]
        return state

    def set_state(self, run_id: str, state: str) -> dict[str, Any]:
        result: dict[str, Any] = self._json(
            "POST", f"/flow_runs/{run_id}/set_state", {"state": {"type": state}}
        )
        return result

    def close(self) -> None:
        self.http.close()
