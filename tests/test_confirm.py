"""Cancel and confirm: `status()`, and `cancel(..., wait=)` polling the vendor's status operation.

Each vendor with a status operation gets a scripted server on 127.0.0.1: the cancel is
answered, then each status read is answered from a script (the last answer repeats).
The clock the polling reads is advanced by the waits it asks for, so no test sleeps.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from pipeline_cancel import (
    CancelResult,
    Gumloop,
    Ionworks,
    Kubiya,
    Runflow,
    RunStatus,
    VectorShift,
    acancel_many,
    cancel,
    cancel_many,
    cli,
    confirm,
    errors,
)

from tests.support.backends import BACKENDS, run_on
from tests.support.openapi import validate_request, validate_response
from tests.support.samples import DOCUMENTED, kubiya_execution
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

RUN_MODES = pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])


@pytest.fixture(autouse=True)
def fast_clock(monkeypatch: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    """The polling deadline runs on a clock that the (recorded, not slept) waits advance."""
    monkeypatch.setattr(confirm, "_monotonic", lambda: time.monotonic() + sum(sleeps))


def pipeline(status: str, **extra: object) -> dict[str, Any]:
    sample = json.loads(DOCUMENTED["ionworks"][200][0].body)
    return {**sample, "status": status, **extra}


STATE = {
    "gumloop": lambda s: Reply.json(200, {"state": s, "user_id": "user_1", "log": []}),
    "kubiya": lambda s: Reply.json(200, kubiya_execution(s)),
    "runflow": lambda s: Reply.json(200, {"id": "01J0", "status_code": s}),
    "ionworks": lambda s: Reply.json(200, pipeline(s)),
}
CANCEL_OK = {
    "gumloop": Reply.json(200, {"success": True, "run_id": "run_1"}),
    "kubiya": DOCUMENTED["kubiya"][200][0],
}
RUNNING = {"gumloop": "TERMINATING", "kubiya": "running"}
STOPPED = {"gumloop": "TERMINATED", "kubiya": "cancelled"}
FINISHED = {"gumloop": "DONE", "kubiya": "completed"}


def scripted(vendor: str, statuses: list[Reply | str]) -> Callable[[Received], Reply]:
    """The cancel answers; each GET takes the next scripted status (the last one repeats)."""
    script = [STATE[vendor](s) if isinstance(s, str) else s for s in statuses]

    def reply(received: Received) -> Reply:
        if received.method == "POST":
            return CANCEL_OK[vendor]
        return script.pop(0) if len(script) > 1 else script[0]

    return reply


def cancel_and_wait(vendor: str, url: str, run_async: str | bool, wait: float = 60) -> CancelResult[Any]:
    obj = CASES[vendor].make(url, max_retries=0)
    args = CASES[vendor].cancel_args
    if not run_async:
        with obj:
            return obj._cancel("run_1", args, wait=wait)

    async def go() -> CancelResult[Any]:
        async with obj:
            return await obj._acancel("run_1", args, wait=wait)

    return run_on(run_async, go)


def gets(server: MockServer) -> list[Received]:
    return [r for r in server.requests if r.method == "GET"]


@RUN_MODES
@pytest.mark.parametrize("vendor", ["gumloop", "kubiya"])
def test_confirmed_after_some_polls(vendor: str, run_async: str | bool, sleeps: list[float]) -> None:
    with MockServer(default=scripted(vendor, [RUNNING[vendor]] * 3 + [STOPPED[vendor]])) as server:
        result = cancel_and_wait(vendor, server.url, run_async)
    assert result.outcome == "canceled"
    assert result.vendor_status == STOPPED[vendor]
    assert result.status is not None and result.status.terminal and result.status.canceled
    assert len(gets(server)) == 4
    assert len(sleeps) == 3 and sleeps[0] < sleeps[1] < sleeps[2]  # backoff, with jitter
    for received in gets(server):
        validate_request(vendor, received)


@RUN_MODES
@pytest.mark.parametrize("vendor", ["gumloop", "kubiya"])
def test_a_run_that_finished_by_itself_meanwhile_is_already_finished(
    vendor: str, run_async: str | bool
) -> None:
    with MockServer(default=scripted(vendor, [RUNNING[vendor], FINISHED[vendor]])) as server:
        result = cancel_and_wait(vendor, server.url, run_async)
    assert result.outcome == "already_finished"
    assert result.vendor_status == FINISHED[vendor]
    assert result.http_status == 200 and result.response is not None  # the cancel's own answer, kept


@RUN_MODES
@pytest.mark.parametrize("vendor", ["gumloop", "kubiya"])
def test_never_terminal_within_the_deadline_is_not_confirmed(
    vendor: str, run_async: str | bool, sleeps: list[float]
) -> None:
    with (
        MockServer(default=scripted(vendor, [RUNNING[vendor]])) as server,
        pytest.raises(errors.NotConfirmedError) as info,
    ):
        cancel_and_wait(vendor, server.url, run_async, wait=20)
    error = info.value
    assert error.last_status is not None and error.last_status.vendor_status == RUNNING[vendor]
    assert isinstance(error.result, CancelResult) and error.result.outcome == "canceled"
    assert f"pipeline-cancel status {vendor} run_1" in str(error)
    assert sum(sleeps) < 20  # it gave up before the deadline rather than sleep past it
    assert 3 <= len(gets(server)) <= 10
    assert cli._exit_code(error) == cli.EXIT_NOT_CONFIRMED


@RUN_MODES
@pytest.mark.parametrize("vendor", ["gumloop", "kubiya"])
def test_a_status_read_that_fails_transiently_is_retried(
    vendor: str, run_async: str | bool, sleeps: list[float]
) -> None:
    script: list[Reply | str] = [
        Reply(503, b"busy"),
        Reply(close=True),
        Reply.json(429, {"message": "slow down"}, ("Retry-After", "7")),
        STOPPED[vendor],
    ]
    with MockServer(default=scripted(vendor, script)) as server:
        result = cancel_and_wait(vendor, server.url, run_async)
    assert result.outcome == "canceled"
    assert len(gets(server)) == 4
    assert sleeps[2] >= 7.0  # the 429's Retry-After was honoured


@pytest.mark.parametrize("error", [Reply.json(404, {"detail": "Execution not found"}), Reply.json(401, {})])
def test_a_status_read_the_vendor_refuses_is_raised_at_once(error: Reply) -> None:
    with MockServer(default=scripted("kubiya", [error])) as server, pytest.raises(errors.APIStatusError):
        cancel_and_wait("kubiya", server.url, False)
    assert len(gets(server)) == 1


@RUN_MODES
def test_kubiya_failed_then_retried_is_not_taken_as_the_end(run_async: str | bool) -> None:
    """The executions lifecycle: a failed execution may be retried automatically."""
    with MockServer(default=scripted("kubiya", ["failed", "running", "cancelled"])) as server:
        result = cancel_and_wait("kubiya", server.url, run_async)
    assert result.outcome == "canceled"
    assert [json.loads(r.body or b"null") for r in gets(server)] == [None, None, None]


@pytest.mark.parametrize("vendor", ["runflow", "ionworks"])
def test_a_cancel_answer_that_is_already_final_needs_no_status_read(vendor: str, server: MockServer) -> None:
    reply = DOCUMENTED[vendor][201 if vendor == "runflow" else 200][0]
    if vendor == "ionworks":
        reply = Reply.json(200, pipeline("canceled"))
    server.reply(reply)
    result = cancel_and_wait(vendor, server.url, False)
    assert result.outcome == "canceled"
    assert gets(server) == []


def test_vectorshift_refuses_wait_before_anything_is_sent(server: MockServer) -> None:
    vs = VectorShift(api_key="k", base_url=server.url)
    with pytest.raises(TypeError):  # its own cancel has no wait= at all: type checkers reject it first
        vs.cancel("run_1", pipeline_id="pl_1", wait=10)  # type: ignore[call-arg]
    with pytest.raises(errors.ConfigurationError, match="documents no operation to read a run's state"):
        cancel(vs, "run_1", pipeline_id="pl_1", wait=10)
    with pytest.raises(errors.ConfigurationError):
        cancel_many(vs, ["a", "b"], pipeline_id="pl_1", wait=10)
    assert not hasattr(vs, "status")
    assert server.requests == []


@pytest.mark.parametrize("wait", [0, -1, float("inf"), float("nan"), True, "10"])
def test_a_wait_that_is_not_a_positive_finite_number_is_refused(server: MockServer, wait: object) -> None:
    with pytest.raises(errors.ConfigurationError, match="wait"):
        cancel(CASES["kubiya"].make(server.url), "e", reason="r", wait=wait)  # type: ignore[arg-type]
    assert server.requests == []


def test_a_wait_of_a_whole_day_is_the_longest_accepted(server: MockServer) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        cancel(CASES["kubiya"].make(server.url), "e", reason="r", wait=86400.5)
    assert str(info.value) == "kubiya: wait must be a positive number of seconds (at most 86400)"
    server.reply(DOCUMENTED["kubiya"][200][0], Reply.json(200, kubiya_execution("cancelled")))
    with CASES["kubiya"].make(server.url) as kb:  # the common functions leave a caller's object open
        result = cancel(kb, "e", reason="r", wait=86400)
    assert (result.outcome, result.vendor_status) == ("canceled", "cancelled")
    assert [r.method for r in server.requests] == ["POST", "GET"]


# -- status() for every vendor with a status operation ---------------------------------------------

STATUS_CASES = [
    ("gumloop", "RUNNING", False, False),
    ("gumloop", "TERMINATING", False, False),
    ("gumloop", "TERMINATED", True, True),
    ("gumloop", "DONE", True, False),
    ("gumloop", "FAILED", True, False),
    ("gumloop", "STARTED", False, False),  # not on the page, seen by the vendor's SDK: read, not final
    ("ionworks", "running", False, False),
    ("ionworks", "canceled", True, True),
    ("ionworks", "completed", True, False),
    ("ionworks", "failed", True, False),
    ("runflow", "queued", False, False),
    ("runflow", "canceled", True, True),
    ("runflow", "succeeded", True, False),
    ("runflow", "failed", True, False),
    ("kubiya", "running", False, False),
    ("kubiya", "failed", False, False),
    ("kubiya", "cancelled", True, True),
    ("kubiya", "completed", True, False),
]


@RUN_MODES
@pytest.mark.parametrize(("vendor", "state", "terminal", "canceled"), STATUS_CASES)
def test_status_reads_the_vendors_state(
    server: MockServer, vendor: str, state: str, terminal: bool, canceled: bool, run_async: str | bool
) -> None:
    server.reply(STATE[vendor](state))
    obj = CASES[vendor].make(server.url)
    if run_async:

        async def go() -> RunStatus[Any]:
            async with obj:
                return await obj._astatus("run_1")

        status = run_on(run_async, go)
    else:
        with obj:
            status = obj._status("run_1")
    assert (status.vendor, status.run_id, status.vendor_status) == (vendor, "run_1", state)
    assert (status.terminal, status.canceled) == (terminal, canceled)
    validate_request(vendor, server.requests[0])
    if vendor != "gumloop" or state != "STARTED":
        validate_response(vendor, server.requests[0], STATE[vendor](state))


def test_ionworks_is_terminal_field_is_the_vendors_own_word(server: MockServer) -> None:
    server.reply(Reply.json(200, pipeline("running", is_terminal=True)))
    with Ionworks(api_key="k", base_url=server.url) as iw:
        status = iw.status("pl_1")
    assert status.terminal and not status.canceled


def test_public_status_methods_are_typed_per_vendor(server: MockServer) -> None:
    server.reply(STATE["gumloop"]("TERMINATED"), STATE["runflow"]("canceled"), STATE["kubiya"]("completed"))
    with Gumloop(api_key="k", user_id="u", base_url=server.url) as gl:
        assert gl.status("r").response.state == "TERMINATED"
    with Runflow(admin_key="rf_svc_x", base_url=server.url) as rf:
        assert rf.status("r").response.status_code == "canceled"
    with Kubiya(api_key="k", base_url=server.url) as kb:
        assert kb.status("e").response.entity_id == "agent-1"
    assert [r.path for r in server.requests] == [
        "/get_pl_run?run_id=r&user_id=u",
        "/v1/runs/r",
        "/api/v1/executions/e",
    ]


# -- the vendor-neutral functions and the CLI -----------------------------------------------------------


def test_cancel_many_confirms_each_id(sleeps: list[float]) -> None:
    with MockServer(default=scripted("kubiya", ["running", "cancelled"])) as server:
        outcomes = cancel_many(CASES["kubiya"].make(server.url), ["a", "b", "c"], reason="r", wait=30)
    assert [o.outcome for o in outcomes if isinstance(o, CancelResult)] == ["canceled"] * 3


@pytest.mark.anyio
async def test_acancel_many_keeps_a_not_confirmed_id_as_its_outcome() -> None:
    with MockServer(default=scripted("kubiya", ["running"])) as server:
        outcomes = await acancel_many(CASES["kubiya"].make(server.url), ["a", "b"], reason="r", wait=5)
    assert [type(o) for o in outcomes] == [errors.NotConfirmedError] * 2


def test_cli_wait_and_status(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_cli_key")
    with MockServer(default=scripted("kubiya", ["running", "cancelled"])) as server:
        monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
        assert cli.main(["kubiya", "e-1", "--reason", "stuck", "--wait", "30", "--json"]) == cli.EXIT_OK
        out = json.loads(capsys.readouterr().out)
        assert (out["outcome"], out["vendor_status"]) == ("canceled", "cancelled")
        assert cli.main(["status", "kubiya", "e-1", "--json"]) == cli.EXIT_OK
        assert json.loads(capsys.readouterr().out)["terminal"] is True
    with MockServer(default=scripted("kubiya", ["running"])) as server:
        monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
        assert cli.main(["kubiya", "e-1", "--reason", "stuck", "--wait", "3"]) == cli.EXIT_NOT_CONFIRMED
        assert "not seen to stop" in capsys.readouterr().err
        assert cli.main(["status", "kubiya", "e-1"]) == cli.EXIT_NOT_TERMINAL
        assert "e-1: running (not final yet)" in capsys.readouterr().out
    monkeypatch.setenv("VECTORSHIFT_API_KEY", "k")
    assert cli.main(["status", "vectorshift", "run_1"]) == cli.EXIT_USAGE
    assert cli.main(["vectorshift", "run_1", "--pipeline-id", "p", "--wait", "5"]) == cli.EXIT_USAGE


# -- what the caller reads when confirmation runs out of time -------------------------------------


def test_not_confirmed_names_the_last_state_and_the_command_to_check_later(sleeps: list[float]) -> None:
    with (
        MockServer(default=scripted("kubiya", ["running"])) as server,
        pytest.raises(errors.NotConfirmedError) as info,
    ):
        cancel_and_wait("kubiya", server.url, False, wait=20)
    error = info.value
    assert str(error) == (
        "kubiya: the cancel of run_1 was accepted, but the run was not seen to stop within 20s:"
        " its last state was 'running'; check it later with `pipeline-cancel status kubiya run_1`"
        " or wait longer"
    )
    assert (error.vendor, error.http_status, error.last_error) == ("kubiya", None, None)
    assert error.last_status is not None and error.last_status.vendor_status == "running"
    assert error.result.run_id == "run_1" and error.result.vendor_status == "success"


@RUN_MODES
def test_not_confirmed_when_no_status_read_succeeded_names_the_last_error(run_async: str | bool) -> None:
    with (
        MockServer(default=scripted("kubiya", [Reply(503, b"busy")])) as server,
        pytest.raises(errors.NotConfirmedError) as info,
    ):
        cancel_and_wait("kubiya", server.url, run_async, wait=4.5)
    error = info.value
    assert str(error) == (
        "kubiya: the cancel of run_1 was accepted, but the run was not seen to stop within 4.5s:"
        " no status read succeeded (last error: kubiya: busy (HTTP 503)); check it later with"
        " `pipeline-cancel status kubiya run_1` or wait longer"
    )
    assert error.last_status is None
    assert isinstance(error.last_error, errors.ServerError) and error.last_error.http_status == 503


def test_not_confirmed_after_a_state_then_an_error_keeps_both(sleeps: list[float]) -> None:
    with (
        MockServer(default=scripted("kubiya", ["running", Reply(503, b"busy")])) as server,
        pytest.raises(errors.NotConfirmedError) as info,
    ):
        cancel_and_wait("kubiya", server.url, False, wait=20)
    error = info.value
    assert "its last state was 'running'; check it later" in str(error)
    assert "last error" not in str(error)
    assert error.last_status is not None and error.last_status.vendor_status == "running"
    assert isinstance(error.last_error, errors.ServerError)


def test_polls_back_off_from_half_a_second_to_eight_with_jitter(sleeps: list[float]) -> None:
    with (
        MockServer(default=scripted("kubiya", ["running"])) as server,
        pytest.raises(errors.NotConfirmedError),
    ):
        cancel_and_wait("kubiya", server.url, False, wait=60)
    assert len(sleeps) >= 8
    for attempt, pause in enumerate(sleeps):
        base = min(8.0, 0.5 * 2**attempt)
        assert 0.75 * base <= pause <= base, (attempt, pause)
    assert sum(sleeps) < 60


@RUN_MODES
def test_a_hanging_status_read_cannot_stretch_wait(run_async: str | bool) -> None:
    """The vendor object's own timeout is 30 s; `wait=1` still ends the call in about a second."""

    def reply(received: Received) -> Reply:
        if received.method == "POST":
            return CANCEL_OK["kubiya"]
        running = Reply.json(200, kubiya_execution("running"))
        return Reply(running.status, running.body, running.headers, delay=8)

    with MockServer(default=reply) as server, pytest.raises(errors.NotConfirmedError) as info:
        started = time.monotonic()
        cancel_and_wait("kubiya", server.url, run_async, wait=1)
    assert time.monotonic() - started < 5
    assert info.value.last_status is None
    assert isinstance(info.value.last_error, errors.RequestTimeoutError)


@pytest.mark.anyio
async def test_acancel_many_reads_status_through_its_own_pool_and_closes_it() -> None:
    with MockServer(default=scripted("kubiya", ["running", "cancelled"])) as server:
        async with CASES["kubiya"].make(server.url) as kb:
            outcomes = await acancel_many(kb, ["a", "b"], reason="r", wait=30)
            assert [o.outcome for o in outcomes if isinstance(o, CancelResult)] == ["canceled"] * 2
            assert server.wait_closed(), "a status read went through a pool the bulk call did not close"
