"""Each vendor class, over loopback: the request it sends and what every answer becomes."""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_cancel import CancelResult, Gumloop, Ionworks, errors
from pipeline_cancel.vendors import vendor_class

from tests.support.backends import BACKENDS, run_on
from tests.support.openapi import validate_request, validate_response
from tests.support.samples import DOCUMENTED, KUBIYA_OK, pipeline, run
from tests.support.server import MockServer, Reply
from tests.support.vendors import CANCELED_REPLY_STATUS, CASES

VENDORS = list(CASES)


def _expected_body(vendor: str) -> Any:
    return {
        "gumloop": {"run_id": "run_1", "user_id": "user_1"},
        "vectorshift": {"run_id": "run_1"},
        "ionworks": None,
        "runflow": {"reason": "duplicate submission"},
        "kubiya": {"reason": "stuck in retry loop"},
        "prefect": {"state": {"type": "CANCELLING"}, "force": False},
    }[vendor]


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
@pytest.mark.parametrize("vendor", VENDORS)
def test_request_shape_and_canceled_outcome(server: MockServer, vendor: str, run_async: str | bool) -> None:
    case = CASES[vendor]
    reply, _ = DOCUMENTED[vendor][CANCELED_REPLY_STATUS[vendor]]
    server.reply(reply)
    obj = case.make(server.url)
    if run_async:

        async def go() -> CancelResult:
            async with obj:
                return await obj.acancel(case.run_id, **case.cancel_args)

        result = run_on(run_async, go)
    else:
        with obj:
            result = obj.cancel(case.run_id, **case.cancel_args)

    [received] = server.requests
    assert received.method == "POST"
    assert received.path == case.path_for(case.run_id)
    for name, value in case.auth_headers.items():
        assert received.headers[name] == value
    assert received.headers["user-agent"].startswith("pipeline-cancel/")
    body = _expected_body(vendor)
    if body is None:
        assert received.body == b""
    else:
        assert received.json() == body
    validate_request(vendor, received)
    validate_response(vendor, received, reply)
    assert result.vendor == vendor
    assert result.run_id == case.run_id
    assert result.outcome == "canceled"
    assert result.http_status == CANCELED_REPLY_STATUS[vendor]
    assert type(result.response).__module__.startswith(f"{vendor}_client.models")


def test_gumloop_oauth_token_sends_bearer_only_and_project_id(server: MockServer) -> None:
    server.reply(DOCUMENTED["gumloop"][200][0])
    with Gumloop(access_token="oauth_tok", project_id="team_1", base_url=server.url) as gl:
        gl.cancel("run_9")
    [received] = server.requests
    assert received.headers["authorization"] == "Bearer oauth_tok"
    assert "x-auth-key" not in received.headers
    assert received.json() == {"run_id": "run_9", "project_id": "team_1"}
    validate_request("gumloop", received)


def test_ionworks_token_is_sent_as_bearer(server: MockServer) -> None:
    server.reply(Reply.json(200, pipeline("canceled")))
    with Ionworks(token="jwt.token.here", base_url=server.url) as iw:
        iw.cancel("pl_7")
    assert server.requests[0].headers["authorization"] == "Bearer jwt.token.here"
    assert "x-api-key" not in server.requests[0].headers


@pytest.mark.parametrize(
    ("vendor", "reply", "outcome", "vendor_status"),
    [
        ("ionworks", Reply.json(200, pipeline("canceled")), "canceled", "canceled"),
        ("ionworks", Reply.json(200, pipeline("completed")), "already_finished", "completed"),
        ("ionworks", Reply.json(200, pipeline("failed")), "already_finished", "failed"),
        ("runflow", Reply.json(201, run("canceled")), "canceled", "canceled"),
        ("runflow", Reply.json(200, run("succeeded")), "already_finished", "succeeded"),
        ("runflow", Reply.json(200, run("failed")), "already_finished", "failed"),
        ("runflow", Reply.json(200, run("canceled")), "already_finished", "canceled"),
        ("runflow", Reply.json(200, run("cancelled")), "already_finished", "cancelled"),
        ("runflow", Reply.json(201, run("cancelled")), "canceled", "cancelled"),
        ("vectorshift", Reply.json(200, {"status": "success"}), "canceled", "success"),
        ("gumloop", Reply.json(200, {"success": True, "run_id": "run_1"}), "canceled", "success"),
        ("kubiya", Reply.json(200, KUBIYA_OK), "canceled", "success"),
    ],
)
def test_success_outcomes(
    server: MockServer, vendor: str, reply: Reply, outcome: str, vendor_status: str
) -> None:
    server.reply(reply)
    with CASES[vendor].make(server.url) as obj:
        result = obj.cancel(CASES[vendor].run_id, **CASES[vendor].cancel_args)
    assert (result.outcome, result.vendor_status, result.http_status) == (
        outcome,
        vendor_status,
        reply.status,
    )


@pytest.mark.parametrize(
    ("vendor", "reply", "vendor_status"),
    [
        ("vectorshift", Reply.json(200, {"status": "failed"}), "failed"),
        ("gumloop", Reply.json(200, {"success": False, "run_id": "run_1"}), "success: false"),
        ("kubiya", Reply.json(200, {**KUBIYA_OK, "success": False}), "success: false"),
        ("ionworks", Reply.json(200, pipeline("running")), "running"),
        ("ionworks", Reply.json(200, pipeline("pending")), "pending"),
        ("runflow", Reply.json(200, run("running")), "running"),
        ("runflow", Reply.json(201, run("queued")), "queued"),
    ],
)
def test_answered_but_not_canceled_is_never_success(
    server: MockServer, vendor: str, reply: Reply, vendor_status: str
) -> None:
    server.reply(reply)
    with CASES[vendor].make(server.url) as obj, pytest.raises(errors.NotCanceledError) as info:
        obj.cancel(CASES[vendor].run_id, **CASES[vendor].cancel_args)
    assert info.value.vendor == vendor
    assert info.value.vendor_status == vendor_status
    assert info.value.http_status == reply.status


ERROR_STATUSES = [
    (400, errors.InvalidRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (422, errors.InvalidRequestError),
    (429, errors.RateLimitError),
    (500, errors.ServerError),
    (502, errors.ServerError),
    (503, errors.ServerError),
    (520, errors.ServerError),
    (599, errors.ServerError),
    (418, errors.UnexpectedResponseError),
    (405, errors.UnexpectedResponseError),
    (302, errors.UnexpectedResponseError),
    (202, errors.UnexpectedResponseError),
    (299, errors.UnexpectedResponseError),
]


@pytest.mark.parametrize(("status", "error"), ERROR_STATUSES)
@pytest.mark.parametrize("vendor", VENDORS)
def test_error_statuses_map_to_one_class_each(
    server: MockServer, vendor: str, status: int, error: type[errors.PipelineCancelError]
) -> None:
    server.reply(Reply.json(status, {"message": "nope"}))
    with CASES[vendor].make(server.url, max_retries=0) as obj, pytest.raises(error) as info:
        obj.cancel(CASES[vendor].run_id, **CASES[vendor].cancel_args)
    assert isinstance(info.value, errors.PipelineCancelError)
    assert (info.value.vendor, info.value.http_status) == (vendor, status)
    assert info.value.body == b'{"message": "nope"}'


@pytest.mark.parametrize(("vendor", "status"), [(v, s) for v, t in DOCUMENTED.items() for s in t if s >= 300])
def test_every_documented_error_response(server: MockServer, vendor: str, status: int) -> None:
    reply, _ = DOCUMENTED[vendor][status]
    server.reply(reply)
    with CASES[vendor].make(server.url, max_retries=0) as obj, pytest.raises(errors.APIStatusError) as info:
        obj.cancel(CASES[vendor].run_id, **CASES[vendor].cancel_args)
    validate_response(vendor, server.requests[0], reply)
    assert info.value.http_status == status


def test_runflow_error_envelope_reaches_the_message(server: MockServer) -> None:
    server.reply(DOCUMENTED["runflow"][409][0])
    with CASES["runflow"].make(server.url) as rf, pytest.raises(errors.ConflictError) as info:
        rf.cancel("run_1")
    assert "[CONFLICT]" in str(info.value)
    assert "self_action_forbidden" in str(info.value)


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, errors.InvalidRequestError), (403, errors.PermissionDeniedError), (404, errors.NotFoundError)],
)
def test_kubiya_detail_reaches_the_exception(server: MockServer, status: int, error: type[Exception]) -> None:
    server.reply(Reply.json(status, {"detail": "Cannot terminate execution with status completed"}))
    with CASES["kubiya"].make(server.url) as kb, pytest.raises(error) as info:
        kb.cancel("exec-1", reason="stuck")
    assert "Cannot terminate execution with status completed" in str(info.value)


def test_vectorshift_error_text_reaches_the_exception(server: MockServer) -> None:
    server.reply(DOCUMENTED["vectorshift"][401][0])
    with CASES["vectorshift"].make(server.url) as vs, pytest.raises(errors.AuthenticationError) as info:
        vs.cancel("run_1", pipeline_id="pl_1")
    assert "Invalid API key" in str(info.value)


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b"null", b'{"status_code": 5}', b'{"id": "x"}', b"\xff\xfe"],
)
@pytest.mark.parametrize("vendor", VENDORS)
def test_unparseable_or_schema_violating_success_body(server: MockServer, vendor: str, body: bytes) -> None:
    server.reply(Reply(CANCELED_REPLY_STATUS[vendor], body, (("Content-Type", "application/json"),)))
    with CASES[vendor].make(server.url) as obj, pytest.raises(errors.UnexpectedResponseError) as info:
        obj.cancel(CASES[vendor].run_id, **CASES[vendor].cancel_args)
    assert info.value.body == body


def test_shared_http_client_pool_is_used_and_left_open(server: MockServer) -> None:
    import httpx

    seen: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: seen.append(str(r.url))]}) as shared:
        server.reply(DOCUMENTED["kubiya"][200][0], DOCUMENTED["kubiya"][200][0])
        with CASES["kubiya"].make(server.url, http_client=shared) as kb:
            kb.cancel("e1", reason="r")
            kb.cancel("e2", reason="r")
        assert not shared.is_closed  # the caller's client is theirs to close
    assert seen == [
        f"{server.url}/api/v1/executions/e1/terminate",
        f"{server.url}/api/v1/executions/e2/terminate",
    ]
    assert server.requests[1].headers["authorization"].startswith("Bearer ")


def test_generated_client_property_is_wired(server: MockServer) -> None:
    from kubiya_client.api.default import (
        terminate_execution_api_v1_executions_execution_id_terminate_post as op,
    )
    from kubiya_client.models import TerminateWorkflowRequest

    server.reply(Reply.json(503, {}), DOCUMENTED["kubiya"][200][0])
    with CASES["kubiya"].make(server.url) as kb:
        response = op.sync_detailed("exec-1", client=kb.client, body=TerminateWorkflowRequest(reason="x"))
        timeout = kb.client.get_httpx_client().timeout
    assert response.status_code == 200  # the 503 was retried by the shared transport
    assert len(server.requests) == 2
    assert server.requests[1].headers["authorization"] == CASES["kubiya"].auth_headers["authorization"]
    assert timeout.read == 30.0 and timeout.connect == 10.0


@pytest.mark.parametrize("vendor", sorted(CASES))
def test_the_base_url_is_the_vendors_own_unless_given_and_kept_without_a_trailing_slash(vendor: str) -> None:
    """Nothing is sent: the object only says where it would send."""
    case = CASES[vendor]
    cls = vendor_class(vendor)
    with case.make(None) as obj:
        assert obj.base_url == cls.default_base_url
    with case.make("http://127.0.0.1:9/gateway/vX/") as obj:
        assert obj.base_url == "http://127.0.0.1:9/gateway/vX"  # the slash only
