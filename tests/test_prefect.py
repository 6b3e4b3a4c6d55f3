"""Prefect's rules against a loopback server: every answer the orchestration can give, its
credentials and where they may travel, and its ids. The real server proves the observed
rows (tests/prefect/, `python3 dev.py -s prefect_server`); these pin each rule alone,
including answers a 3.9.1 server was not seen to give (WAIT, an ACCEPT into RUNNING)."""

from __future__ import annotations

import base64
import logging
from typing import Any

import pytest
from pipeline_cancel import Prefect, errors
from pipeline_cancel.vendors.prefect import LOCAL_SERVER, basic

from tests.support.backends import run_on
from tests.support.samples import prefect_result
from tests.support.server import MockServer, Reply

RUN = "3f6c2a9e-8b1d-4e7a-9c05-2d8b7e4f1a63"
ABORT = {"type": "abort_details", "reason": "Run is already in terminal state {}."}


def answer(status: str, state: str | None, reason: str | None = None, code: int = 200) -> Reply:
    details: dict[str, Any] = {"type": f"{status.lower()}_details"}
    if status == "WAIT":
        details["delay_seconds"] = 5
    if reason is not None:
        details["reason"] = reason
    return Reply.json(code, prefect_result(status, state, details))


@pytest.mark.parametrize(
    ("reply", "outcome", "vendor_status"),
    [
        (answer("ACCEPT", "CANCELLING", code=201), "canceled", "CANCELLING"),
        (answer("ACCEPT", "CANCELLED", code=201), "canceled", "CANCELLED"),
        (answer("REJECT", "CANCELLED", "no infrastructure", 201), "canceled", "CANCELLED"),
        (answer("REJECT", "CANCELLING", "already cancelling"), "canceled", "CANCELLING"),
        (
            answer("ABORT", "COMPLETED", "Run is already in terminal state COMPLETED."),
            "already_finished",
            "COMPLETED",
        ),
        (answer("ABORT", "FAILED", "terminal"), "already_finished", "FAILED"),
        (answer("ABORT", "CRASHED", "terminal"), "already_finished", "CRASHED"),
        (answer("ABORT", "CANCELLED", "terminal"), "already_finished", "CANCELLED"),
        (answer("REJECT", "COMPLETED", "it ended first"), "already_finished", "COMPLETED"),
    ],
)
def test_every_answer_that_stops_or_found_stopped(
    server: MockServer, reply: Reply, outcome: str, vendor_status: str
) -> None:
    server.reply(reply)
    with Prefect(base_url=server.url) as prefect:
        result = prefect.cancel(RUN)
    assert (result.vendor, result.run_id, result.outcome) == ("prefect", RUN, outcome)
    assert (result.vendor_status, result.http_status) == (vendor_status, reply.status)
    assert type(result.response).__name__ == "OrchestrationResult"


@pytest.mark.parametrize(
    ("reply", "vendor_status", "text"),
    [
        (
            answer("WAIT", "RUNNING", "wait 5 s"),
            "RUNNING",
            "Prefect answered WAIT with the run RUNNING: wait 5 s",
        ),
        (
            answer("ACCEPT", "RUNNING"),
            "RUNNING",
            "Prefect answered ACCEPT with the run RUNNING: no reason given",
        ),
        (answer("REJECT", "PENDING", "orchestration said no"), "PENDING", "REJECT with the run PENDING"),
        (
            answer("ABORT", "RUNNING", "locked"),
            "RUNNING",
            "Prefect answered ABORT with the run RUNNING: locked",
        ),
        (answer("ABORT", None, "gone"), "ABORT", "Prefect answered ABORT with the run in no state: gone"),
        (answer("ACCEPT", "COMPLETED"), "COMPLETED", "ACCEPT with the run COMPLETED"),
        (answer("ABORT", "CANCELLING", ""), "CANCELLING", "ABORT with the run CANCELLING: no reason given"),
        (answer("WAIT", "CANCELLING"), "CANCELLING", "WAIT with the run CANCELLING"),
    ],
)
def test_every_other_answer_is_not_canceled(
    server: MockServer, reply: Reply, vendor_status: str, text: str
) -> None:
    server.reply(reply)
    with Prefect(base_url=server.url) as prefect, pytest.raises(errors.NotCanceledError) as info:
        prefect.cancel(RUN)
    assert text in str(info.value)
    assert info.value.vendor == "prefect"
    assert info.value.vendor_status == vendor_status
    assert info.value.http_status == 200
    assert type(info.value.response).__name__ == "OrchestrationResult"


def test_the_request_is_prefects_own_cancel(server: MockServer) -> None:
    server.reply(answer("ACCEPT", "CANCELLING", code=201))
    with Prefect(base_url=f"{server.url}/api") as prefect:
        prefect.cancel(RUN.upper())
    [request] = server.requests
    assert (request.method, request.path) == ("POST", f"/api/flow_runs/{RUN}/set_state")
    assert request.json() == {"state": {"type": "CANCELLING"}, "force": False}
    assert "authorization" not in request.headers  # no credential: none is sent


@pytest.mark.parametrize("spelling", [RUN.upper(), "{" + RUN + "}", "urn:uuid:" + RUN, RUN.replace("-", "")])
def test_every_uuid_spelling_reaches_the_canonical_path(server: MockServer, spelling: str) -> None:
    server.reply(answer("ACCEPT", "CANCELLING", code=201))
    with Prefect(base_url=server.url) as prefect:
        result = prefect.cancel(spelling)
    assert server.requests[0].path == f"/flow_runs/{RUN}/set_state"
    assert result.run_id == spelling  # the caller's id, as given


@pytest.mark.parametrize(
    ("run_id", "text"), [("run-42", "'run-42' is not a UUID"), ("..", "'..' is not an id"), ("", "is empty")]
)
def test_an_id_that_is_not_a_uuid_is_refused_before_sending(
    server: MockServer, run_id: str, text: str
) -> None:
    with Prefect(base_url=server.url) as prefect:
        for call in (prefect.cancel, prefect.status):
            with pytest.raises(errors.ConfigurationError) as info:
                call(run_id)
            assert str(info.value).startswith(
                f"prefect: flow_run_id {text}" if "UUID" in text or ".." in text else "prefect: flow_run_id"
            )
            assert text in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize(
    ("body", "vendor_status", "terminal", "canceled"),
    [
        ({"state_type": "RUNNING"}, "RUNNING", False, False),
        ({"state_type": "CANCELLING"}, "CANCELLING", False, False),
        ({"state_type": "CANCELLED"}, "CANCELLED", True, True),
        ({"state_type": "COMPLETED"}, "COMPLETED", True, False),
        ({"state_type": "FAILED"}, "FAILED", True, False),
        ({"state_type": "CRASHED"}, "CRASHED", True, False),
        ({"state_type": "PAUSED"}, "PAUSED", False, False),
        ({"state_type": None, "state": {"id": RUN, "type": "CANCELLED"}}, "CANCELLED", True, True),
        ({"state": {"id": RUN, "type": "COMPLETED"}}, "COMPLETED", True, False),
        ({"state_type": None, "state": None}, "NONE", False, False),
        ({}, "NONE", False, False),
    ],
)
def test_a_status_read(
    server: MockServer, body: dict[str, Any], vendor_status: str, terminal: bool, canceled: bool
) -> None:
    stamp = "2026-12-06T02:02:15.414600Z"
    server.reply(Reply.json(200, {"id": RUN, "flow_id": RUN, "created": stamp, "updated": stamp, **body}))
    with Prefect(base_url=server.url) as prefect:
        status = prefect.status(RUN)
    assert (status.vendor_status, status.terminal, status.canceled) == (vendor_status, terminal, canceled)
    assert server.requests[0].path == f"/flow_runs/{RUN}"
    assert type(status.response).__name__ == "FlowRunResponse"


def test_an_api_key_is_a_bearer_token_and_an_auth_string_is_basic(server: MockServer) -> None:
    server.reply(answer("ACCEPT", "CANCELLING", code=201), answer("ACCEPT", "CANCELLING", code=201))
    with Prefect(base_url=server.url, api_key="pnu_key_1234") as cloud:
        cloud.cancel(RUN)
    with Prefect(base_url=server.url, auth_string="admin:pässword") as hosted:
        hosted.cancel(RUN)
    assert server.requests[0].headers["authorization"] == "Bearer pnu_key_1234"
    token = base64.b64encode("admin:pässword".encode()).decode()
    assert server.requests[1].headers["authorization"] == f"Basic {token}"


def test_both_credentials_are_refused() -> None:
    with pytest.raises(errors.ConfigurationError, match=r"give api_key \(Prefect Cloud\) or auth_string"):
        Prefect(api_key="k" * 8, auth_string="a:b")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (7, "auth_string must be a string, got int"),
        ("", "auth_string is empty"),
        ("a:b\n", "control character"),
    ],
)
def test_a_bad_auth_string_is_refused_without_echoing_it(value: object, text: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        basic("prefect", value)
    assert text in str(info.value)
    assert "a:b" not in str(info.value)


def test_the_default_base_url_is_the_local_server() -> None:
    assert Prefect().base_url == LOCAL_SERVER == "http://127.0.0.1:4200/api"


def test_plain_http_elsewhere_only_without_a_credential() -> None:
    assert Prefect(base_url="http://prefect.internal:4200/api").base_url == "http://prefect.internal:4200/api"
    for credential in ({"api_key": "pnu_key_1234"}, {"auth_string": "admin:secret"}):
        with pytest.raises(
            errors.ConfigurationError, match=r"refusing to send credentials to http://prefect\.internal"
        ):
            Prefect(base_url="http://prefect.internal:4200/api", **credential)  # type: ignore[arg-type]
    assert Prefect(base_url="https://prefect.internal/api", auth_string="admin:secret").base_url.startswith(
        "https"
    )


def test_from_env_reads_prefects_own_variables(monkeypatch: pytest.MonkeyPatch, server: MockServer) -> None:
    for name in ("PREFECT_BASE_URL", "PREFECT_API_URL", "PREFECT_API_KEY", "PREFECT_API_AUTH_STRING"):
        monkeypatch.delenv(name, raising=False)
    assert Prefect.from_env().base_url == LOCAL_SERVER
    monkeypatch.setenv("PREFECT_API_URL", f"{server.url}/api")
    monkeypatch.setenv("PREFECT_API_AUTH_STRING", "admin:from-env")
    server.reply(answer("ACCEPT", "CANCELLING", code=201))
    with Prefect.from_env() as prefect:
        assert prefect.base_url == f"{server.url}/api"
        prefect.cancel(RUN)
    assert server.requests[0].headers["authorization"].startswith("Basic ")
    monkeypatch.setenv("PREFECT_API_KEY", "pnu_key_1234")
    with pytest.raises(
        errors.ConfigurationError, match="both PREFECT_API_KEY and PREFECT_API_AUTH_STRING are set"
    ):
        Prefect.from_env()
    monkeypatch.delenv("PREFECT_API_AUTH_STRING")
    assert Prefect.from_env()._auth.header_names == ("Authorization",)


def test_an_echoed_auth_string_is_redacted(server: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.reply(Reply.json(401, {"exception_message": "bad admin:hunter22 (hunter22)"}))
    with (
        Prefect(base_url=server.url, auth_string="admin:hunter22") as prefect,
        pytest.raises(errors.AuthenticationError) as info,
    ):
        prefect.cancel(RUN)
    text = str(info.value) + repr(info.value) + (info.value.body or b"").decode() + caplog.text
    assert "hunter22" not in text
    assert "<redacted>" in str(info.value)


def test_prefects_error_field_is_the_message(server: MockServer) -> None:
    server.reply(Reply.json(404, {"exception_message": f"Flow run with id {RUN} not found"}))
    with Prefect(base_url=server.url) as prefect, pytest.raises(errors.NotFoundError) as info:
        prefect.cancel(RUN)
    assert str(info.value) == f"prefect: Flow run with id {RUN} not found (HTTP 404)"


def test_every_refusal_names_the_vendor_and_says_exactly_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {
        lambda: Prefect(api_key="pnu_key_1234", auth_string="a:bcde"): (
            "prefect: give api_key (Prefect Cloud) or auth_string (a self-hosted server), not both"
        ),
        lambda: Prefect(api_key=""): "prefect: api_key is empty",
        lambda: Prefect(auth_string=""): "prefect: auth_string is empty",
        lambda: Prefect(auth_string=7): "prefect: auth_string must be a string, got int",  # type: ignore[arg-type]
        lambda: Prefect(auth_string="a:b\x7f"): (
            "prefect: auth_string contains a control character (a line break pasted with it?)"
        ),
        lambda: Prefect().cancel("run-42"): (
            "prefect: flow_run_id 'run-42' is not a UUID: Prefect names flow runs by UUID (as"
            " `prefect flow-run ls` shows them, e.g. 0c9a51d8-7a4f-4ed2-9d1b-3f1b1e0b6a52)"
        ),
    }
    for make, text in expected.items():
        with pytest.raises(errors.ConfigurationError) as info:
            make()
        assert (str(info.value), info.value.vendor) == (text, "prefect")
    monkeypatch.setenv("PREFECT_API_KEY", "pnu_key_1234")
    monkeypatch.setenv("PREFECT_API_AUTH_STRING", "admin:secret")
    with pytest.raises(errors.ConfigurationError) as both:
        Prefect.from_env()
    assert (str(both.value), both.value.vendor) == (
        "prefect: both PREFECT_API_KEY and PREFECT_API_AUTH_STRING are set: keep the one for this"
        " server (the key for Prefect Cloud, the auth string for a self-hosted server)",
        "prefect",
    )


def test_an_auth_string_may_hold_spaces_and_any_letter() -> None:
    """Prefect compares the decoded string as it is: only control characters are refused."""
    for value in ("user:pass word", "ü:ß€", "a:" + "~" * 8):
        token = base64.b64encode(value.encode("utf-8")).decode()
        assert basic("prefect", value) == {"Authorization": f"Basic {token}"}


def test_an_echoed_password_with_a_colon_is_redacted_whole(server: MockServer) -> None:
    server.reply(Reply.json(401, {"exception_message": "password pa:ss:wd refused"}))
    with (
        Prefect(base_url=server.url, auth_string="admin:pa:ss:wd") as prefect,
        pytest.raises(errors.AuthenticationError) as info,
    ):
        prefect.cancel(RUN)
    assert "pa:ss:wd" not in str(info.value)
    assert "password <redacted> refused" in str(info.value)


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_wait_reaches_the_status_reads_and_a_status_names_its_run(server: MockServer, mode: str) -> None:
    stamp = "2026-12-06T02:02:15.414600Z"
    done = Reply.json(
        200, {"id": RUN, "flow_id": RUN, "created": stamp, "updated": stamp, "state_type": "CANCELLED"}
    )
    server.reply(answer("ACCEPT", "CANCELLING", code=201), done, done)
    with Prefect(base_url=server.url) as prefect:
        if mode == "sync":
            result = prefect.cancel(RUN, wait=10)
            status = prefect.status(RUN)
        else:

            async def go() -> tuple[Any, Any]:
                async with prefect:
                    return await prefect.acancel(RUN, wait=10), await prefect.astatus(RUN)

            result, status = run_on(mode, go)
    assert result.status is not None
    assert (result.status.vendor, result.status.run_id, result.vendor_status) == ("prefect", RUN, "CANCELLED")
    assert (status.vendor, status.run_id, status.vendor_status) == ("prefect", RUN, "CANCELLED")
    assert [r.method for r in server.requests] == ["POST", "GET", "GET"]
