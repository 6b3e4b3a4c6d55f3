"""Every documented answer of every vendor, and every field of what a caller gets back.

For each vendor's cancel answers: the `CancelResult` field by field, or the exception
with its text, `vendor_status` and typed `response`; for each status answer, the
`RunStatus` field by field. Sync and async must agree, so each case runs both ways.
"""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_cancel import CancelResult, Gumloop, RunStatus, errors
from pipeline_cancel.vendor import Vendor

from tests.support.backends import MODES, run_on
from tests.support.samples import KUBIYA_OK, PIPELINE, RUN, kubiya_execution, pipeline, run
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES


def cancel(obj: Vendor[Any, Any, Any], vendor: str, mode: str, run_id: str = "run_1") -> CancelResult[Any]:
    args = CASES[vendor].cancel_args
    if mode == "sync":
        with obj:
            result: CancelResult[Any] = obj.cancel(run_id, **args)  # type: ignore[attr-defined]
        return result

    async def go() -> CancelResult[Any]:
        try:
            result: CancelResult[Any] = await obj.acancel(run_id, **args)  # type: ignore[attr-defined]
            return result
        finally:
            await obj.aclose()

    return run_on(mode, go)


# vendor, reply, outcome, vendor_status, a field of the typed response and its value
RESULTS = [
    (
        "gumloop",
        Reply.json(200, {"success": True, "run_id": "run_1"}),
        "canceled",
        "success",
        ("success", True),
    ),
    ("vectorshift", Reply.json(200, {"status": "success"}), "canceled", "success", ("status", "success")),
    ("ionworks", Reply.json(200, pipeline("canceled")), "canceled", "canceled", ("name", PIPELINE["name"])),
    ("ionworks", Reply.json(200, pipeline("completed")), "already_finished", "completed", ("id", "pl_1")),
    ("ionworks", Reply.json(200, pipeline("failed")), "already_finished", "failed", ("id", "pl_1")),
    ("runflow", Reply.json(201, RUN), "canceled", "canceled", ("id", RUN["id"])),
    ("runflow", Reply.json(201, run("cancelled")), "canceled", "cancelled", ("id", RUN["id"])),
    ("runflow", Reply.json(200, run("succeeded")), "already_finished", "succeeded", ("model", RUN["model"])),
    ("runflow", Reply.json(200, run("failed")), "already_finished", "failed", ("id", RUN["id"])),
    ("runflow", Reply.json(200, run("canceled")), "already_finished", "canceled", ("id", RUN["id"])),
    (
        "kubiya",
        Reply.json(200, {**KUBIYA_OK, "workflow_id": "wf-9"}),
        "canceled",
        "success",
        ("workflow_id", "wf-9"),
    ),
]


@MODES
@pytest.mark.parametrize(("vendor", "reply", "outcome", "vendor_status", "field"), RESULTS)
def test_every_field_of_a_result(
    server: MockServer,
    mode: str,
    vendor: str,
    reply: Reply,
    outcome: str,
    vendor_status: str,
    field: tuple[str, Any],
) -> None:
    server.reply(reply)
    result = cancel(CASES[vendor].make(server.url), vendor, mode)
    assert (result.vendor, result.run_id, result.outcome) == (vendor, "run_1", outcome)
    assert (result.vendor_status, result.http_status, result.status) == (vendor_status, reply.status, None)
    name, value = field
    assert getattr(result.response, name) == value
    assert len(server.requests) == 1


# vendor, reply, exception class, the text after "vendor: ", vendor_status, a response field
REFUSED = [
    (
        "gumloop",
        Reply.json(200, {"success": False}),
        errors.NotCanceledError,
        "Gumloop answered success: false; the run was not killed (HTTP 200)",
        "success: false",
        ("success", False),
    ),
    (
        "vectorshift",
        Reply.json(200, {"status": "failed"}),
        errors.NotCanceledError,
        "VectorShift answered status: failed; the run was not terminated (HTTP 200)",
        "failed",
        ("status", "failed"),
    ),
    (
        "ionworks",
        Reply.json(200, pipeline("running")),
        errors.NotCanceledError,
        "Ionworks returned the pipeline still running; it was not canceled (HTTP 200)",
        "running",
        ("status", "running"),
    ),
    (
        "ionworks",
        Reply.json(200, pipeline("pending")),
        errors.NotCanceledError,
        "Ionworks returned the pipeline still pending; it was not canceled (HTTP 200)",
        "pending",
        ("id", "pl_1"),
    ),
    (
        "runflow",
        Reply.json(200, run("running")),
        errors.NotCanceledError,
        "Runflow answered 200 but the run is still running; it was not canceled (HTTP 200)",
        "running",
        ("status_code", "running"),
    ),
    (
        "runflow",
        Reply.json(201, run("queued")),
        errors.NotCanceledError,
        "Runflow answered 201 but the run is still queued; it was not canceled (HTTP 201)",
        "queued",
        ("id", RUN["id"]),
    ),
    (
        "runflow",
        Reply.json(201, run("succeeded")),
        errors.UnexpectedResponseError,
        "201 (cancelled by this call) but the run says succeeded (HTTP 201)",
        None,
        None,
    ),
    (
        "kubiya",
        Reply.json(200, {**KUBIYA_OK, "success": False, "workflow_id": "wf-9"}),
        errors.NotCanceledError,
        "Kubiya answered success: false; the execution was not terminated (HTTP 200)",
        "success: false",
        ("workflow_id", "wf-9"),
    ),
    (
        "gumloop",
        Reply.json(200, {"run_id": "run_1"}),
        errors.UnexpectedResponseError,
        "200 without a success field (HTTP 200)",
        None,
        None,
    ),
]


@MODES
@pytest.mark.parametrize(("vendor", "reply", "cls", "text", "vendor_status", "field"), REFUSED)
def test_every_field_of_a_refusal(
    server: MockServer,
    mode: str,
    vendor: str,
    reply: Reply,
    cls: type[errors.PipelineCancelError],
    text: str,
    vendor_status: str | None,
    field: tuple[str, Any] | None,
) -> None:
    server.reply(reply)
    with pytest.raises(errors.PipelineCancelError) as info:
        cancel(CASES[vendor].make(server.url), vendor, mode)
    error = info.value
    assert type(error) is cls
    assert str(error) == f"{vendor}: {text}"
    assert (error.vendor, error.http_status, error.body) == (vendor, reply.status, reply.body)
    assert error.headers["content-type"] == "application/json"
    if isinstance(error, errors.NotCanceledError):
        assert error.vendor_status == vendor_status
        assert field is not None
        assert getattr(error.response, field[0]) == field[1]


# vendor, status body, vendor_status, terminal, canceled
STATUSES = [
    ("gumloop", {"state": "RUNNING"}, "RUNNING", False, False),
    ("gumloop", {"state": "TERMINATING"}, "TERMINATING", False, False),
    ("gumloop", {"state": "TERMINATED"}, "TERMINATED", True, True),
    ("gumloop", {"state": "DONE"}, "DONE", True, False),
    ("gumloop", {"state": "FAILED"}, "FAILED", True, False),
    ("ionworks", pipeline("running"), "running", False, False),
    ("ionworks", pipeline("canceled"), "canceled", True, True),
    ("ionworks", pipeline("completed"), "completed", True, False),
    ("ionworks", pipeline("failed"), "failed", True, False),
    ("ionworks", {**pipeline("running"), "is_terminal": True}, "running", True, False),
    ("ionworks", {**pipeline("completed"), "is_terminal": False}, "completed", False, False),
    ("ionworks", {**pipeline("failed"), "is_terminal": "yes"}, "failed", True, False),
    ("runflow", run("running"), "running", False, False),
    ("runflow", run("Canceled"), "Canceled", True, True),
    ("runflow", run("cancelled"), "cancelled", True, True),
    ("runflow", run("SUCCEEDED"), "SUCCEEDED", True, False),
    ("runflow", run("failed"), "failed", True, False),
    ("kubiya", kubiya_execution("running"), "running", False, False),
    ("kubiya", kubiya_execution("failed"), "failed", False, False),
    ("kubiya", kubiya_execution("Cancelled"), "Cancelled", True, True),
    ("kubiya", kubiya_execution("canceled"), "canceled", True, True),
    ("kubiya", kubiya_execution("COMPLETED"), "COMPLETED", True, False),
]
STATUS_PATHS = {
    "gumloop": "/get_pl_run?run_id=run_1&user_id=user_1",
    "ionworks": "/pipelines/run_1",
    "runflow": "/v1/runs/run_1",
    "kubiya": "/api/v1/executions/run_1",
}


@MODES
@pytest.mark.parametrize(("vendor", "body", "vendor_status", "terminal", "canceled"), STATUSES)
def test_every_field_of_a_status(
    server: MockServer,
    mode: str,
    vendor: str,
    body: dict[str, Any],
    vendor_status: str,
    terminal: bool,
    canceled: bool,
) -> None:
    server.reply(Reply.json(200, body))
    with CASES[vendor].make(server.url) as obj:
        if mode == "sync":
            status: RunStatus[Any] = obj.status("run_1")  # type: ignore[attr-defined]
        else:
            status = run_on(mode, lambda: obj.astatus("run_1"))
    assert (status.vendor, status.run_id, status.vendor_status) == (vendor, "run_1", vendor_status)
    assert (status.terminal, status.canceled) == (terminal, canceled)
    assert status.response is not None
    assert type(status.response).__name__ == {
        "gumloop": "RunDetails",
        "ionworks": "Pipeline",
        "runflow": "Run",
    }.get(vendor, "ExecutionResponse")
    assert [(r.method, r.path) for r in server.requests] == [("GET", STATUS_PATHS[vendor])]


@pytest.mark.parametrize("vendor", ["gumloop", "ionworks", "runflow", "kubiya"])
@MODES
def test_a_status_read_checks_the_id_first(server: MockServer, vendor: str, mode: str) -> None:
    obj = CASES[vendor].make(server.url)  # nothing is sent, so no pool is opened
    what = {"ionworks": "pipeline_id", "kubiya": "execution_id"}.get(vendor, "run_id")
    with pytest.raises(errors.ConfigurationError) as info:
        if mode == "sync":
            obj.status("..")  # type: ignore[attr-defined]
        else:
            run_on(mode, lambda: obj.astatus(".."))
    assert str(info.value) == f"{vendor}: {what} '..' is not an id"
    assert server.requests == []


@pytest.mark.parametrize("vendor", ["ionworks", "runflow"])
@MODES
def test_a_final_cancel_answer_needs_no_status_read_but_wait_is_still_checked(
    server: MockServer, vendor: str, mode: str
) -> None:
    reply = Reply.json(200, pipeline("canceled")) if vendor == "ionworks" else Reply.json(201, RUN)
    server.reply(reply)
    obj = CASES[vendor].make(server.url)
    args = CASES[vendor].cancel_args
    if mode == "sync":
        with obj:
            result = obj.cancel("run_1", wait=5, **args)  # type: ignore[attr-defined]
            with pytest.raises(errors.ConfigurationError, match="wait must be a positive number"):
                obj.cancel("run_1", wait=-1, **args)  # type: ignore[attr-defined]
    else:

        async def go() -> CancelResult[Any]:
            async with obj:
                with pytest.raises(errors.ConfigurationError, match="wait must be a positive number"):
                    await obj.acancel("run_1", wait=-1, **args)  # type: ignore[attr-defined]
                return await obj.acancel("run_1", wait=5, **args)  # type: ignore[attr-defined]

        result = run_on(mode, go)
    assert (result.outcome, result.status) == ("canceled", None)
    assert len(server.requests) == 1  # the cancel only: its answer already showed the final state


@MODES
@pytest.mark.parametrize(
    ("vendor", "running", "stopped"),
    [("gumloop", "TERMINATING", "TERMINATED"), ("kubiya", "running", "cancelled")],
)
def test_the_public_cancel_confirms_with_wait(
    server: MockServer, mode: str, vendor: str, running: str, stopped: str
) -> None:
    answers = {
        "gumloop": Reply.json(200, {"success": True, "run_id": "run_1"}),
        "kubiya": Reply.json(200, KUBIYA_OK),
    }
    states = {"gumloop": lambda s: {"state": s}, "kubiya": kubiya_execution}
    server.reply(
        answers[vendor], Reply.json(200, states[vendor](running)), Reply.json(200, states[vendor](stopped))
    )
    obj = CASES[vendor].make(server.url)
    args = CASES[vendor].cancel_args
    if mode == "sync":
        with obj:
            result: CancelResult[Any] = obj.cancel("run_1", wait=60, **args)  # type: ignore[attr-defined]
    else:

        async def go() -> CancelResult[Any]:
            async with obj:
                confirmed: CancelResult[Any] = await obj.acancel("run_1", wait=60, **args)  # type: ignore[attr-defined]
                return confirmed

        result = run_on(mode, go)
    assert (result.outcome, result.vendor_status) == ("canceled", stopped)
    assert result.status is not None and result.status.vendor_status == stopped
    assert [r.method for r in server.requests] == ["POST", "GET", "GET"]


def test_gumloop_reads_status_by_project_when_it_has_no_user(server: MockServer) -> None:
    server.reply(Reply.json(200, {"state": "DONE"}))
    with Gumloop(access_token="t1", project_id="p1", base_url=server.url) as gl:
        assert gl.status("run_1").terminal
    assert server.requests[0].path == "/get_pl_run?run_id=run_1&project_id=p1"


def test_gumloop_run_details_without_a_state_are_unexpected(server: MockServer) -> None:
    server.reply(Reply.json(200, {"user_id": "user_1"}))
    with CASES["gumloop"].make(server.url) as gl, pytest.raises(errors.UnexpectedResponseError) as info:
        gl.status("run_1")  # type: ignore[attr-defined]
    assert str(info.value) == "gumloop: the run details carry no state (HTTP 200)"
    assert (info.value.vendor, info.value.http_status) == ("gumloop", 200)
