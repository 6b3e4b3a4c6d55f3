"""Kubiya refuses to terminate an execution that is not running or pending, with a 400.

Its server (kubiya-control-plane-api 1.0.2) answers `{"detail": "Cannot terminate
workflow in status: <state>"}`. A completed or cancelled execution has stopped, so the
refusal is `already_finished`, as on every other vendor; any other state is decided by
one status read; a 400 of any other shape stays an error. Every request and answer
here is checked against Kubiya's documents by openapi-core.
"""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_cancel import CancelResult, Kubiya, acancel_many, cancel, cancel_many, cli, errors

from tests.support.backends import BACKENDS, run_on
from tests.support.openapi import validate_request, validate_response
from tests.support.samples import DOCUMENTED, kubiya_execution
from tests.support.server import MockServer, Received, Reply

RUN_MODES = pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
OK = DOCUMENTED["kubiya"][200][0]


def refusal(state: str) -> Reply:
    return Reply.json(400, {"detail": f"Cannot terminate workflow in status: {state}"})


def execution(state: str) -> Reply:
    return Reply.json(200, kubiya_execution(state))


def kubiya(server: MockServer) -> Kubiya:
    return Kubiya(api_key="kb_key", base_url=server.url, max_retries=0)


def run(server: MockServer, run_async: str | bool, wait: float | None = None) -> CancelResult[Any]:
    kb = kubiya(server)
    if not run_async:
        with kb:
            return kb.cancel("exec-1", reason="stuck", wait=wait)

    async def go() -> CancelResult[Any]:
        async with kb:
            return await kb.acancel("exec-1", reason="stuck", wait=wait)

    return run_on(run_async, go)


def checked(server: MockServer, *replies: Reply) -> None:
    """Each request the server received, and the reply it got, are what Kubiya's documents allow."""
    assert len(server.requests) == len(replies)
    for received, reply in zip(server.requests, replies, strict=True):
        validate_request("kubiya", received)
        validate_response("kubiya", received, reply)


@RUN_MODES
@pytest.mark.parametrize("state", ["completed", "cancelled", "canceled"])
def test_an_execution_that_ended_is_already_finished_without_a_read(
    server: MockServer, run_async: str | bool, state: str
) -> None:
    server.reply(refusal(state))
    result = run(server, run_async)
    assert (result.vendor, result.run_id, result.outcome) == ("kubiya", "exec-1", "already_finished")
    assert (result.vendor_status, result.http_status) == (state, 400)
    assert result.response is None
    assert result.status is None
    checked(server, refusal(state))


@RUN_MODES
@pytest.mark.parametrize("read", ["cancelled", "completed"])
def test_failed_is_settled_by_one_read_that_shows_it_ended(
    server: MockServer, run_async: str | bool, read: str
) -> None:
    server.reply(refusal("failed"), execution(read))
    result = run(server, run_async)
    assert (result.outcome, result.vendor_status, result.http_status) == ("already_finished", read, 400)
    assert result.response is None
    assert result.status is not None
    assert (result.status.vendor_status, result.status.terminal) == (read, True)
    assert [r.method for r in server.requests] == ["POST", "GET"]
    assert server.requests[1].path == "/api/v1/executions/exec-1"
    checked(server, refusal("failed"), execution(read))


@RUN_MODES
@pytest.mark.parametrize(("state", "read"), [("failed", "running"), ("paused", "paused")])
def test_a_state_the_read_shows_not_ended_is_an_error_naming_it(
    server: MockServer, run_async: str | bool, state: str, read: str
) -> None:
    server.reply(refusal(state), execution(read))
    with pytest.raises(errors.InvalidRequestError) as caught:
        run(server, run_async)
    assert str(caught.value) == (
        f"kubiya: will not terminate an execution in status {state!r} (only running or pending ones),"
        f" and a status read shows it {read!r}, not ended (HTTP 400)"
    )
    assert caught.value.body == refusal(state).body
    assert caught.value.headers["content-type"] == "application/json"
    checked(server, refusal(state), execution(read))


@RUN_MODES
@pytest.mark.parametrize("read_reply", [Reply.json(404, {"detail": "Execution not found"}), Reply(500, b"x")])
def test_a_failed_read_leaves_the_refusal_as_it_was(
    server: MockServer, run_async: str | bool, read_reply: Reply
) -> None:
    server.reply(refusal("None"), read_reply)
    with pytest.raises(errors.InvalidRequestError) as caught:
        run(server, run_async)
    assert str(caught.value) == "kubiya: Cannot terminate workflow in status: None (HTTP 400)"
    assert [r.method for r in server.requests] == ["POST", "GET"]
    validate_response("kubiya", server.requests[0], refusal("None"))


@RUN_MODES
@pytest.mark.parametrize(
    "body",
    [
        {"detail": "Cannot terminate execution"},
        {"detail": "Cannot terminate workflow in status: completed and more"},
        {"detail": "cannot terminate workflow in status: completed"},
        {"detail": ["Cannot terminate workflow in status: completed"]},
        {"message": "Cannot terminate workflow in status: completed"},
    ],
)
def test_a_400_of_any_other_shape_stays_an_error_with_no_read(
    server: MockServer, run_async: str | bool, body: dict[str, Any]
) -> None:
    server.reply(Reply.json(400, body))
    with pytest.raises(errors.InvalidRequestError):
        run(server, run_async)
    assert len(server.requests) == 1


@RUN_MODES
def test_the_same_text_with_422_is_not_a_refusal_of_state(server: MockServer, run_async: str | bool) -> None:
    server.reply(Reply.json(422, {"detail": "Cannot terminate workflow in status: completed"}))
    with pytest.raises(errors.InvalidRequestError):
        run(server, run_async)
    assert len(server.requests) == 1


@RUN_MODES
def test_with_wait_an_ended_execution_is_final_at_once(server: MockServer, run_async: str | bool) -> None:
    server.reply(refusal("completed"))
    result = run(server, run_async, wait=30)
    assert (result.outcome, result.vendor_status) == ("already_finished", "completed")
    assert len(server.requests) == 1


@RUN_MODES
def test_with_wait_a_read_that_shows_it_ended_is_final_at_once(
    server: MockServer, run_async: str | bool
) -> None:
    server.reply(refusal("waiting_for_input"), execution("cancelled"))
    result = run(server, run_async, wait=30)
    assert (result.outcome, result.vendor_status) == ("already_finished", "cancelled")
    assert len(server.requests) == 2


def mixed(received: Received) -> Reply:
    """e-ok is terminated; e-done had completed; e-paused is paused and stays so."""
    if received.method == "GET":
        return execution("paused")
    if "/e-done/" in received.path:
        return refusal("completed")
    if "/e-paused/" in received.path:
        return refusal("paused")
    return OK


IDS = ["e-ok", "e-done", "e-paused"]


def test_cancel_many_over_a_mixed_list() -> None:
    with MockServer(mixed) as server, kubiya(server) as kb:
        outcomes = cancel_many(kb, IDS, reason="cleanup")
    assert [type(o).__name__ for o in outcomes] == ["CancelResult", "CancelResult", "InvalidRequestError"]
    first, second, third = outcomes
    assert isinstance(first, CancelResult) and isinstance(second, CancelResult)
    assert (first.run_id, first.outcome) == ("e-ok", "canceled")
    assert (second.run_id, second.outcome, second.vendor_status) == (
        "e-done",
        "already_finished",
        "completed",
    )
    assert "'paused'" in str(third)


@pytest.mark.anyio
async def test_acancel_many_over_a_mixed_list() -> None:
    with MockServer(mixed) as server:
        async with kubiya(server) as kb:
            outcomes = await acancel_many(kb, IDS, reason="cleanup")
    assert [getattr(o, "outcome", type(o).__name__) for o in outcomes] == [
        "canceled",
        "already_finished",
        "InvalidRequestError",
    ]


def test_cancel_by_name_reads_the_refusal_too(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
    server.reply(refusal("cancelled"))
    result = cancel("kubiya", "exec-1", reason="stuck")
    assert (result.outcome, result.vendor_status, result.response) == ("already_finished", "cancelled", None)


def test_the_cli_exits_zero_for_an_ended_execution(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
    server.reply(refusal("completed"))
    assert cli.main(["kubiya", "exec-1", "--reason", "stuck"]) == cli.EXIT_OK
    assert (
        capsys.readouterr().out == "kubiya exec-1: already finished (vendor status 'completed', HTTP 400)\n"
    )


def test_the_cli_exits_three_for_a_paused_execution(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
    server.reply(refusal("paused"), execution("paused"))
    assert cli.main(["kubiya", "exec-1", "--reason", "stuck"]) == cli.EXIT_VENDOR_ERROR
    assert "will not terminate an execution in status 'paused'" in capsys.readouterr().err
