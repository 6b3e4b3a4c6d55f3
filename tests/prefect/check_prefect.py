"""Prefect's cancel against a real Prefect server (run by `python3 dev.py -s prefect_server`).

Named check_*.py so that the main suite does not collect it: the session that runs it
builds the pinned server's environment (requirements/prefect_server.txt) and names its
`prefect` executable in PIPELINE_CANCEL_PREFECT. Two servers start once for the module, on
127.0.0.1 with throw-away SQLite databases: one open, as a self-hosted server often is,
and one that needs a basic-auth string. Runs are made in each state through the server's
own API (`Admin`), and every answer is read into the generated client's models.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pipeline_cancel import Prefect, cancel_many, errors
from prefect_client.models import FlowRunNotFound, FlowRunResponse, OrchestrationResult, StateType

from tests.support.backends import BACKENDS, run_on
from tests.support.generated_ops import without_arguments
from tests.support.prefect_server import Admin, Server, running_servers

AUTH_STRING = f"operator:{secrets.token_hex(12)}"
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Server]]:
    with running_servers(tmp_path_factory.mktemp("prefect"), AUTH_STRING) as pair:
        yield pair


@pytest.fixture(scope="module")
def admin(servers: tuple[Server, Server]) -> Iterator[Admin]:
    made = Admin(servers[0])
    yield made
    made.close()


@pytest.fixture
def prefect(servers: tuple[Server, Server]) -> Iterator[Prefect]:
    with Prefect(base_url=servers[0].api_url) as made:
        yield made


# The table, observed on prefect 3.9.1, plus the states it groups: (the run's state,
# outcome, vendor_status and HTTP status of the cancel, the server's answer, the state after).
ROWS = [
    ("SCHEDULED", "canceled", "CANCELLED", 201, "REJECT"),  # no infrastructure: cancelled outright
    ("RUNNING", "canceled", "CANCELLING", 201, "ACCEPT"),  # the stop requested
    ("PENDING", "canceled", "CANCELLING", 201, "ACCEPT"),
    ("PAUSED", "canceled", "CANCELLING", 201, "ACCEPT"),
    ("CANCELLING", "canceled", "CANCELLING", 200, "REJECT"),  # already being cancelled
    ("COMPLETED", "already_finished", "COMPLETED", 200, "ABORT"),
    ("FAILED", "already_finished", "FAILED", 200, "ABORT"),
    ("CRASHED", "already_finished", "CRASHED", 200, "ABORT"),
    ("CANCELLED", "already_finished", "CANCELLED", 200, "ABORT"),
]


@pytest.mark.parametrize("mode", ["sync", *BACKENDS])
@pytest.mark.parametrize(("state", "outcome", "vendor_status", "http_status", "answer"), ROWS)
def test_every_row_of_the_table(
    admin: Admin,
    servers: tuple[Server, Server],
    mode: str,
    state: str,
    outcome: str,
    vendor_status: str,
    http_status: int,
    answer: str,
) -> None:
    run_id = admin.run_in(state)
    with Prefect(base_url=servers[0].api_url) as prefect:
        if mode == "sync":
            result = prefect.cancel(run_id)
        else:

            async def go() -> Any:
                async with prefect:
                    return await prefect.acancel(run_id)

            result = run_on(mode, go)
    assert (result.outcome, result.vendor_status, result.http_status) == (outcome, vendor_status, http_status)
    assert result.run_id == run_id
    assert isinstance(result.response, OrchestrationResult)
    assert result.response.status.value == answer
    assert admin.state_of(run_id) == vendor_status  # what the server now holds
    if answer == "ABORT":
        assert (
            getattr(result.response.details, "reason", None) == f"Run is already in terminal state {state}."
        )


def test_status_reads_every_state(admin: Admin, prefect: Prefect) -> None:
    for state in StateType:
        run_id = admin.run_in(state.value)
        status = prefect.status(run_id)
        assert isinstance(status.response, FlowRunResponse)
        assert str(status.response.id) == run_id
        assert status.vendor_status == state.value
        assert status.terminal == (state.value in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"})
        assert status.canceled == (state.value == "CANCELLED")


def test_an_unknown_id_is_not_found_on_both_operations(prefect: Prefect) -> None:
    with pytest.raises(errors.NotFoundError) as cancel_error:
        prefect.cancel(UNKNOWN)
    assert str(cancel_error.value) == f"prefect: Flow run with id {UNKNOWN} not found (HTTP 404)"
    assert cancel_error.value.body is not None
    parsed = FlowRunNotFound.from_dict(json.loads(cancel_error.value.body))
    assert parsed.exception_message == f"Flow run with id {UNKNOWN} not found"
    with pytest.raises(errors.NotFoundError) as status_error:
        prefect.status(UNKNOWN)
    assert status_error.value.body is not None
    assert FlowRunNotFound.from_dict(json.loads(status_error.value.body)).detail == "Flow run not found"


def test_a_malformed_id_is_refused_before_anything_is_sent(servers: tuple[Server, Server]) -> None:
    sent: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [sent.append]}) as http:
        prefect = Prefect(base_url=servers[0].api_url, http_client=http)
        for operation in (prefect.cancel, prefect.status):
            with pytest.raises(errors.ConfigurationError, match="flow_run_id 'run-42' is not a UUID"):
                operation("run-42")
    assert sent == []
    # What the server would have answered: its router's bare 404, which the generated model reads too.
    answer = httpx.post(
        f"{servers[0].api_url}/flow_runs/run-42/set_state", json={"state": {"type": "CANCELLING"}}
    )
    assert answer.status_code == 404
    assert FlowRunNotFound.from_dict(answer.json()).detail == "Not Found"


def test_wait_confirms_once_the_worker_cancels_the_run(admin: Admin, prefect: Prefect) -> None:
    run_id = admin.run_in("RUNNING")
    done = threading.Event()

    def worker() -> None:
        """What a Prefect worker does on seeing CANCELLING: stop the run and report CANCELLED."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and admin.state_of(run_id) != "CANCELLING":
            time.sleep(0.1)
        time.sleep(1.5)  # so that at least one read sees CANCELLING
        admin.set_state(run_id, "CANCELLED")
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        result = prefect.cancel(run_id, wait=30)
    finally:
        thread.join()
    assert done.is_set()
    assert (result.outcome, result.vendor_status) == ("canceled", "CANCELLED")  # as confirmed
    assert result.status is not None
    assert (result.status.vendor_status, result.status.terminal, result.status.canceled) == (
        "CANCELLED",
        True,
        True,
    )
    assert isinstance(result.status.response, FlowRunResponse)


def test_wait_without_a_worker_is_not_confirmed(admin: Admin, prefect: Prefect) -> None:
    run_id = admin.run_in("RUNNING")
    with pytest.raises(errors.NotConfirmedError) as info:
        prefect.cancel(run_id, wait=2)
    assert info.value.vendor == "prefect"
    assert "CANCELLING" in str(info.value)
    assert admin.state_of(run_id) == "CANCELLING"


def test_cancel_many_over_a_mixed_list(admin: Admin, prefect: Prefect) -> None:
    ids = [admin.run_in(s) for s in ("SCHEDULED", "RUNNING", "COMPLETED", "CANCELLING")] + [UNKNOWN, "nope"]
    outcomes = cancel_many(prefect, ids, concurrency=3)
    assert len(outcomes) == len(ids)
    seen = [
        (o.outcome, o.vendor_status) if not isinstance(o, errors.PipelineCancelError) else type(o).__name__
        for o in outcomes
    ]
    assert seen == [
        ("canceled", "CANCELLED"),
        ("canceled", "CANCELLING"),
        ("already_finished", "COMPLETED"),
        ("canceled", "CANCELLING"),
        "NotFoundError",
        "ConfigurationError",
    ]


def _cli(
    servers: tuple[Server, Server], *argv: str, auth: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_API_URL"] = servers[1 if auth else 0].api_url
    if auth:
        env["PREFECT_API_AUTH_STRING"] = auth
    return subprocess.run(
        [sys.executable, "-m", "pipeline_cancel", *argv], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_cli_cancels_many_and_reads_a_status(admin: Admin, servers: tuple[Server, Server]) -> None:
    running, done = admin.run_in("RUNNING"), admin.run_in("COMPLETED")
    proc = _cli(servers, "prefect", running, done, "--json")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(line.get("run_id"), line.get("outcome")) for line in lines[:2]] == [
        (running, "canceled"),
        (done, "already_finished"),
    ]
    status = _cli(servers, "status", "prefect", done, "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["vendor_status"] == "COMPLETED"
    pending = _cli(servers, "status", "prefect", running)
    assert pending.returncode == 8  # CANCELLING is not final
    bad = _cli(servers, "prefect", "run-42")
    assert bad.returncode == 2
    assert "flow_run_id 'run-42' is not a UUID" in bad.stderr


def test_a_server_with_an_auth_string(servers: tuple[Server, Server]) -> None:
    secured = Admin(servers[1])
    try:
        run_id = secured.run_in("RUNNING")
        with Prefect(base_url=servers[1].api_url, auth_string=AUTH_STRING) as right:
            assert right.cancel(run_id).vendor_status == "CANCELLING"
            assert right.status(run_id).vendor_status == "CANCELLING"
        for wrong in (
            Prefect(base_url=servers[1].api_url, auth_string="operator:wrong"),
            Prefect(base_url=servers[1].api_url),
        ):
            with wrong, pytest.raises(errors.AuthenticationError) as info:
                wrong.cancel(secured.run_in("RUNNING"))
            assert info.value.http_status == 401
            assert str(info.value) == "prefect: Unauthorized (HTTP 401)"
            assert "wrong" not in repr(info.value)
        proc = _cli(servers, "prefect", secured.run_in("SCHEDULED"), auth=AUTH_STRING)
        assert proc.returncode == 0, proc.stderr
        assert AUTH_STRING not in proc.stdout + proc.stderr
    finally:
        secured.close()


def test_the_first_cancel_in_a_fresh_process(
    admin: Admin, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    """What the first cancel costs, generated models included, printed for the note (not asserted)."""
    script = tmp_path / "first.py"
    script.write_text(
        "import sys, time\n"
        "t0 = time.perf_counter()\n"
        "from pipeline_cancel import Prefect\n"
        "t1 = time.perf_counter()\n"
        "Prefect(base_url=sys.argv[1]).cancel(sys.argv[2])\n"
        "t2 = time.perf_counter()\n"
        "loaded = [m for m in sys.modules if m.startswith('prefect_client.')]\n"
        "print(f'{t1 - t0:.3f} {t2 - t1:.3f} {len(loaded)}')\n"
    )
    run_id = admin.run_in("RUNNING")
    proc = subprocess.run(
        [sys.executable, str(script), servers[0].api_url, run_id], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    imported, first, modules = proc.stdout.split()
    print(
        f"\nfirst Prefect cancel in a fresh process: import {imported} s, cancel {first} s,"
        f" {modules} prefect_client modules"
    )
    assert int(modules) > 500  # the models package loaded whole, once


READ_ONLY = (
    "read_",
    "count_",
    "paginate_",
    "health_",
    "hello_",
    "server_version",
    "perform_readiness",
    "average_",
)


def test_every_read_only_operation_needing_no_argument_parses_the_real_servers_answer(
    admin: Admin, servers: tuple[Server, Server]
) -> None:
    """Beyond the two operations a cancel uses: each read of the whole client that needs nothing but
    the client (health, version, settings, every filter, count and page) against the real server,
    through `.client`, its answer read into the generated models."""
    admin.run_in("RUNNING")  # so that the flow-run reads have something to read
    called = []
    with Prefect(base_url=servers[0].api_url) as prefect:
        for module in without_arguments("prefect"):
            name = module.__name__.rsplit(".", 1)[-1]
            if not name.startswith(READ_ONLY):
                continue
            response = module.sync_detailed(client=prefect.client)
            assert response.status_code == 200, (name, response.content[:300])
            assert response.parsed is not None, name
            assert type(response.parsed).__module__.startswith("prefect_client.models") or isinstance(
                response.parsed, list | dict | int | float | str | bool
            ), (name, type(response.parsed))
            called.append(name)
    assert len(called) >= 30, called
    print(f"\n{len(called)} read-only operations of the generated client parsed the real server's answers")
