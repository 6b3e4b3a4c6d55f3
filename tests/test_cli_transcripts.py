"""What an operator sees, exactly: each CLI invocation's stdout, stderr and exit code.

The help texts are kept in tests/golden/ as the operator reads them at 100 columns;
a change to a flag, a vendor line or the exit-code table shows up there as a diff.
"""

from __future__ import annotations

import json
import socket
import sys
from importlib import metadata
from pathlib import Path

import pytest
from pipeline_cancel import cli
from pipeline_cancel.vendors import REGISTRY

from tests.support.hostile import RawServer
from tests.support.samples import DOCUMENTED, kubiya_execution, run
from tests.support.server import MockServer, Reply

GOLDEN = Path(__file__).parent / "golden"
CLOSED = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def kubiya_env(monkeypatch: pytest.MonkeyPatch, server: MockServer) -> MockServer:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_cli_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
    return server


def exits(argv: list[str]) -> int:
    """The exit code, whether main returns it or argparse exits with it."""
    try:
        return cli.main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("argv", "golden"), [(["--help"], "cli-help.txt"), (["status", "-h"], "cli-status-help.txt")]
)
def test_help_is_exactly_the_golden_text(
    capsys: pytest.CaptureFixture[str], argv: list[str], golden: str
) -> None:
    assert exits(argv) == 0
    out = capsys.readouterr()
    assert out.out == (GOLDEN / golden).read_text()
    assert out.err == ""


# The usage line shows the flags of the vendor named (its declared inputs), and none when no
# registered vendor is named: only that vendor's module is imported to read them.
KUBIYA_USAGE = """\
usage: pipeline-cancel [-h] [--version] [--reason REASON] [--from FILE]
                       [--concurrency CONCURRENCY] [--base-url BASE_URL] [--timeout TIMEOUT]
                       [--max-retries MAX_RETRIES] [--wait SECONDS] [--json] [-v]
                       VENDOR [RUN_ID ...]
       pipeline-cancel status [-h] [--base-url BASE_URL] [--timeout TIMEOUT] [--json] [-v] VENDOR RUN_ID
"""
USAGE = """\
usage: pipeline-cancel [-h] [--version] [--from FILE] [--concurrency CONCURRENCY]
                       [--base-url BASE_URL] [--timeout TIMEOUT] [--max-retries MAX_RETRIES]
                       [--wait SECONDS] [--json] [-v]
                       VENDOR [RUN_ID ...]
       pipeline-cancel status [-h] [--base-url BASE_URL] [--timeout TIMEOUT] [--json] [-v] VENDOR RUN_ID
"""
STATUS_USAGE = """\
usage: pipeline-cancel status [-h] [--base-url BASE_URL] [--timeout TIMEOUT] [--json] [-v]
                              VENDOR RUN_ID
"""


@pytest.mark.parametrize(
    ("argv", "err"),
    [
        (
            ["kubiya"],
            KUBIYA_USAGE + "pipeline-cancel: error: give a RUN_ID, several, or --from FILE\n"
            "Run `pipeline-cancel --help` for the vendors.\n",
        ),
        (
            ["acme", "r"],
            USAGE + "pipeline-cancel: error: argument VENDOR: invalid choice: 'acme' (choose from 'gumloop',"
            " 'ionworks', 'kubiya', 'prefect', 'runflow', 'vectorshift')\n"
            "Run `pipeline-cancel --help` for the vendors.\n",
        ),
        (
            ["status", "nope", "x"],
            STATUS_USAGE
            + "pipeline-cancel status: error: argument VENDOR: invalid choice: 'nope' (choose from"
            " 'gumloop', 'ionworks', 'kubiya', 'prefect', 'runflow', 'vectorshift')\n"
            "Run `pipeline-cancel status --help` for the vendors.\n",
        ),
    ],
)
def test_usage_errors_name_the_problem_and_the_help(
    capsys: pytest.CaptureFixture[str], argv: list[str], err: str
) -> None:
    assert exits(argv) == cli.EXIT_USAGE
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", err)


@pytest.mark.parametrize(
    ("argv", "err"),
    [
        (["kubiya", "e"], "error: kubiya: --reason is required by this vendor's cancel\n"),
        (
            ["kubiya", "e", "--reason", "r", "--pipeline-id", "p"],
            "error: kubiya: --pipeline-id does not apply: this vendor's cancel takes --reason\n",
        ),
        (["vectorshift", "e"], "error: vectorshift: --pipeline-id is required by this vendor's cancel\n"),
    ],
)
def test_per_run_flags_are_spelled_as_flags(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], err: str
) -> None:
    assert exits(argv) == cli.EXIT_USAGE
    assert capsys.readouterr().err == err
    assert kubiya_env.requests == []


def test_the_sentences_for_canceled_and_already_finished(
    kubiya_env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kubiya_env.reply(DOCUMENTED["kubiya"][200][0])
    assert exits(["kubiya", "exec-1", "--reason", "stuck"]) == cli.EXIT_OK
    assert capsys.readouterr().out == "kubiya exec-1: canceled (vendor status 'success', HTTP 200)\n"
    monkeypatch.setenv("RUNFLOW_ADMIN_KEY", "rf_svc_cli")
    kubiya_env.reply(Reply.json(200, run("succeeded")))
    assert exits(["runflow", "01J0", "--base-url", kubiya_env.url]) == cli.EXIT_OK
    assert capsys.readouterr().out == "runflow 01J0: already finished (vendor status 'succeeded', HTTP 200)\n"


@pytest.mark.parametrize("as_json", [False, True])
def test_a_vendor_error_on_stderr_and_as_json(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    kubiya_env.reply(Reply.json(404, {"detail": "Execution not found"}))
    assert exits(["kubiya", "e", "--reason", "r", *(["--json"] if as_json else [])]) == cli.EXIT_VENDOR_ERROR
    out = capsys.readouterr()
    assert out.err == "error: kubiya: Execution not found (HTTP 404)\n"
    if as_json:
        assert json.loads(out.out) == {
            "error": "NotFoundError",
            "vendor": "kubiya",
            "http_status": 404,
            "message": "Execution not found",
        }
    else:
        assert out.out == ""


def test_max_retries_is_passed_on(kubiya_env: MockServer) -> None:
    kubiya_env.default = Reply(503, b"busy")
    assert exits(["kubiya", "e", "--reason", "r", "--max-retries", "0"]) == cli.EXIT_VENDOR_ERROR
    assert len(kubiya_env.requests) == 1
    assert exits(["kubiya", "e", "--reason", "r"]) == cli.EXIT_VENDOR_ERROR
    assert len(kubiya_env.requests) == 1 + 3  # two retries by default


def _silent(conn: socket.socket, server: RawServer) -> None:
    server.stopped.wait(10)


@pytest.mark.parametrize("sub", [[], ["status"]])
def test_timeout_is_passed_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sub: list[str]
) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_cli_key")
    extra = ["--reason", "r", "--max-retries", "0"] if not sub else []
    with RawServer(_silent) as silent:
        code = exits([*sub, "kubiya", "e", "--base-url", silent.url, "--timeout", "0.3", *extra])
    assert code == cli.EXIT_TRANSPORT
    attempts = "1 attempt" if not sub else "3 attempts"  # `status` retries as the library does
    assert capsys.readouterr().err == (
        f"error: kubiya: DeadlineExceeded after {attempts}: no complete answer within 0.3s;"
        " each attempt may take 0.3s (timeout=)\n"
    )


@pytest.mark.parametrize(
    ("state", "code", "sentence"),
    [
        ("running", cli.EXIT_NOT_TERMINAL, "kubiya exec-1: running (not final yet)\n"),
        ("completed", cli.EXIT_OK, "kubiya exec-1: completed (final)\n"),
        ("cancelled", cli.EXIT_OK, "kubiya exec-1: cancelled (final, canceled)\n"),
    ],
)
def test_status_sentences_and_exit_codes(
    monkeypatch: pytest.MonkeyPatch,
    server: MockServer,
    capsys: pytest.CaptureFixture[str],
    state: str,
    code: int,
    sentence: str,
) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_cli_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", CLOSED)  # --base-url must win over it
    server.default = Reply.json(200, kubiya_execution(state))
    assert exits(["status", "kubiya", "exec-1", "--base-url", server.url]) == code
    assert capsys.readouterr().out == sentence
    assert exits(["status", "kubiya", "exec-1", "--base-url", server.url, "--json"]) == code
    assert json.loads(capsys.readouterr().out) == {
        "vendor": "kubiya",
        "run_id": "exec-1",
        "vendor_status": state,
        "terminal": code == cli.EXIT_OK,
        "canceled": state == "cancelled",
    }
    assert server.requests[0].path == "/api/v1/executions/exec-1"


def test_status_errors_on_stderr_and_as_json(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    kubiya_env.default = Reply.json(404, {"detail": "Execution not found"})
    assert exits(["status", "kubiya", "e", "--json"]) == cli.EXIT_VENDOR_ERROR
    out = capsys.readouterr()
    assert json.loads(out.out)["error"] == "NotFoundError"
    assert out.err == "error: kubiya: Execution not found (HTTP 404)\n"


def test_main_reads_sys_argv_when_given_nothing(
    kubiya_env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kubiya_env.reply(DOCUMENTED["kubiya"][200][0])
    monkeypatch.setattr(sys, "argv", ["pipeline-cancel", "kubiya", "exec-1", "--reason", "stuck"])
    assert cli.main() == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("kubiya exec-1: canceled")


def test_version_says_when_a_client_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = metadata.version

    def version(name: str) -> str:
        if name == "pipeline-cancel-gumloop-client":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "version", version)
    assert exits(["--version"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"pipeline-cancel {cli.__version__}"
    assert lines[1] == "pipeline-cancel-gumloop-client (not installed)"
    assert lines[2] == f"pipeline-cancel-vectorshift-client {real('pipeline-cancel-vectorshift-client')}"
    assert len(lines) == 1 + len(REGISTRY)


def test_status_of_a_vendor_without_a_status_operation_says_so(
    monkeypatch: pytest.MonkeyPatch, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VECTORSHIFT_API_KEY", "vs_cli_key")
    assert exits(["status", "vectorshift", "r1", "--base-url", server.url]) == cli.EXIT_USAGE
    assert (
        capsys.readouterr().err
        == "error: vectorshift: this vendor documents no operation to read a run's state\n"
    )
    assert server.requests == []


@pytest.mark.parametrize("name", ["Kubiya", "KUBIYA"])
def test_a_vendor_name_in_any_case_is_the_vendor(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    kubiya_env.reply(DOCUMENTED["kubiya"][200][0], Reply.json(200, kubiya_execution("running")))
    assert exits([name, "exec-1", "--reason", "stuck"]) == cli.EXIT_OK
    assert capsys.readouterr().out == "kubiya exec-1: canceled (vendor status 'success', HTTP 200)\n"
    assert exits(["status", name, "exec-1"]) == cli.EXIT_NOT_TERMINAL
    assert capsys.readouterr().out == "kubiya exec-1: running (not final yet)\n"
