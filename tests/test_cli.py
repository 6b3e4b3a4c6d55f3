"""The operator's CLI: exit codes, messages, --json, and both ways of starting it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pipeline_cancel import cli

from tests.support.samples import DOCUMENTED, run
from tests.support.server import MockServer, Reply


@pytest.fixture
def kubiya_env(monkeypatch: pytest.MonkeyPatch, server: MockServer) -> MockServer:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_cli_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
    return server


def test_canceled_exits_zero(kubiya_env: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    kubiya_env.reply(DOCUMENTED["kubiya"][200][0])
    assert cli.main(["kubiya", "exec-1", "--reason", "stuck"]) == cli.EXIT_OK
    assert "kubiya exec-1: canceled" in capsys.readouterr().out
    assert kubiya_env.requests[0].json() == {"reason": "stuck"}


def test_json_output(kubiya_env: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    kubiya_env.reply(DOCUMENTED["kubiya"][200][0])
    assert cli.main(["kubiya", "exec-1", "--reason", "stuck", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "vendor": "kubiya",
        "run_id": "exec-1",
        "outcome": "canceled",
        "vendor_status": "success",
        "http_status": 200,
    }


def test_already_finished_exits_zero(
    monkeypatch: pytest.MonkeyPatch, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RUNFLOW_ADMIN_KEY", "rf_svc_cli")
    server.reply(Reply.json(200, run("succeeded")))
    assert cli.main(["runflow", "01J0", "--base-url", server.url]) == 0
    assert "already finished" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (Reply.json(404, {"detail": "Execution not found"}), cli.EXIT_VENDOR_ERROR),
        (Reply.json(401, {"detail": "bad token"}), cli.EXIT_VENDOR_ERROR),
        (Reply.json(200, {"success": False, "workflow_id": "w", "terminated_at": "2026-11-23T10:00:00Z"}), 4),
        (Reply(418, b"teapot"), cli.EXIT_UNEXPECTED),
        (Reply(200, b"not json"), cli.EXIT_UNEXPECTED),
    ],
)
def test_failures_have_distinct_exit_codes(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str], reply: Reply, code: int
) -> None:
    kubiya_env.reply(reply)
    assert cli.main(["kubiya", "exec-1", "--reason", "stuck", "--max-retries", "0"]) == code
    assert capsys.readouterr().err.startswith("error: kubiya: ")


def test_transport_failure_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    with MockServer() as dead:
        url = dead.url
    monkeypatch.setenv("KUBIYA_API_KEY", "k")
    assert cli.main(["kubiya", "e", "--reason", "r", "--base-url", url]) == cli.EXIT_TRANSPORT


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["kubiya", "e", "--reason", "r"], "KUBIYA_API_KEY"),
        (["gumloop", "r"], "GUMLOOP_API_KEY or GUMLOOP_ACCESS_TOKEN"),
        (["runflow", "r"], "RUNFLOW_ADMIN_KEY"),
        (["vectorshift", "r"], "--pipeline-id is required"),
        (
            ["gumloop", "r", "--reason", "x"],
            "--reason does not apply: this vendor's cancel takes nothing but the id",
        ),
        (["ionworks", "p", "--pipeline-id", "x"], "--pipeline-id does not apply"),
    ],
)
def test_usage_and_configuration_errors_exit_two_and_send_nothing(
    server: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert cli.main([*argv, "--base-url", server.url]) == cli.EXIT_USAGE
    assert message in capsys.readouterr().err
    assert server.requests == []


def test_runflow_inference_key_is_refused_and_not_echoed(
    monkeypatch: pytest.MonkeyPatch, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RUNFLOW_ADMIN_KEY", "rf_live_SECRET99")
    assert cli.main(["runflow", "01J0", "--base-url", server.url]) == cli.EXIT_USAGE
    captured = capsys.readouterr()
    assert "rf_live_SECRET99" not in captured.err + captured.out
    assert server.requests == []


def test_unknown_vendor_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["zapier", "r"])
    assert info.value.code == cli.EXIT_USAGE


@pytest.mark.parametrize("command", [["pipeline-cancel"], [sys.executable, "-m", "pipeline_cancel"]])
def test_help_lists_vendors_and_variables(command: list[str]) -> None:
    if command[0] == "pipeline-cancel":
        from pathlib import Path

        command = [str(Path(sys.executable).parent / "pipeline-cancel")]
    out = subprocess.run([*command, "--help"], capture_output=True, text=True, check=True, timeout=60).stdout
    for name in [
        "gumloop",
        "vectorshift",
        "ionworks",
        "runflow",
        "kubiya",
        "RUNFLOW_ADMIN_KEY",
        "KUBIYA_API_KEY",
    ]:
        assert name in out


def test_version_names_the_package_and_every_installed_client(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib import metadata

    from pipeline_cancel.vendors import REGISTRY

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == cli.EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"pipeline-cancel {metadata.version('pipeline-cancel')}"
    expected = [
        f"pipeline-cancel-{v}-client {metadata.version(f'pipeline-cancel-{v}-client')}" for v in REGISTRY
    ]
    assert lines[1:] == expected
