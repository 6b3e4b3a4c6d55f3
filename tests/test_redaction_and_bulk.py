"""Secrets never printed; bulk cancels give one outcome per id and never stop halfway."""

from __future__ import annotations

import logging

import pytest
from pipeline_cancel import CancelResult, Kubiya, acancel, acancel_many, cancel, cancel_many, errors

from tests.support.backends import BACKENDS, run_on
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES, SECRETS


@pytest.mark.parametrize("vendor", list(CASES))
def test_secrets_stay_out_of_reprs_errors_and_logs(
    server: MockServer, vendor: str, caplog: pytest.LogCaptureFixture
) -> None:
    secret = SECRETS[vendor]
    # A hostile or buggy vendor that echoes the credential back in its error body.
    server.reply(
        Reply.json(503, {"message": f"bad key {secret}"}), Reply.json(401, {"message": f"bad key {secret}"})
    )
    caplog.set_level(logging.DEBUG)
    with CASES[vendor].make(server.url) as obj, pytest.raises(errors.AuthenticationError) as info:
        text = [repr(obj), str(obj), repr(obj.client), repr(obj._auth)]
        obj.cancel(CASES[vendor].run_id, **CASES[vendor].cancel_args)
    text += [str(info.value), repr(info.value), caplog.text]
    assert caplog.text, "expected debug/info log lines to inspect"
    for item in text:
        assert secret not in item
    assert "<redacted>" in str(info.value)


@pytest.mark.parametrize(
    ("key", "echo", "reads"),
    [
        ("kb_SECRET_7890", "you sent Bearer kb_SECRET_7890", "you sent <redacted>"),  # one value, one mark
        ("kb_SECRET_7890", "key kb_SECRET_7890 is revoked", "key <redacted> is revoked"),
        ("k3y9", "key k3y9 is revoked", "key <redacted> is revoked"),  # four characters are enough
    ],
)
def test_an_echoed_credential_reads_as_one_redaction(
    server: MockServer, key: str, echo: str, reads: str
) -> None:
    server.reply(Reply.json(401, {"message": echo}, ("X-Echo", echo)))
    with Kubiya(api_key=key, base_url=server.url) as kb, pytest.raises(errors.AuthenticationError) as info:
        kb.cancel("exec-1", reason="r")
    assert str(info.value) == f"kubiya: {reads} (HTTP 401)"
    assert info.value.headers["x-echo"] == reads


def test_cancel_by_name_reads_the_environment(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNFLOW_ADMIN_KEY", "rf_svc_from_env")
    monkeypatch.setenv("RUNFLOW_BASE_URL", server.url)
    server.reply(DOCUMENTED["runflow"][201][0], DOCUMENTED["runflow"][200][0])
    result = cancel("runflow", "01J0", reason="duplicate submission")
    assert result.outcome == "canceled"
    assert server.requests[0].headers["authorization"] == "Bearer rf_svc_from_env"
    for mode in BACKENDS:
        server.reply(DOCUMENTED["runflow"][200][0])
        assert run_on(mode, lambda: acancel("runflow", "01J0")).outcome == "already_finished"


def _by_id(received: Received) -> Reply:
    run_id = received.path.split("/")[-2]
    if run_id.startswith("missing"):
        return Reply.json(404, {"detail": "Execution not found"})
    if run_id.startswith("slow"):
        return Reply.json(503, {})
    return Reply.json(200, {"success": True, "workflow_id": run_id, "terminated_at": "2026-11-23T10:00:00Z"})


def test_cancel_many_gives_one_outcome_per_id_in_order() -> None:
    ids = [f"exec-{n}" for n in range(40)] + ["missing-1", "", "slow-1", "exec-last"]
    with MockServer(default=_by_id) as server:
        kb = CASES["kubiya"].make(server.url)
        outcomes = cancel_many(kb, ids, concurrency=8, reason="bulk cleanup")
    assert len(outcomes) == len(ids)
    for run_id, outcome in zip(ids, outcomes, strict=True):
        if run_id.startswith("exec-"):
            assert isinstance(outcome, CancelResult) and outcome.run_id == run_id
    assert isinstance(outcomes[40], errors.NotFoundError)
    assert isinstance(outcomes[41], errors.ConfigurationError)
    assert isinstance(outcomes[42], errors.ServerError)  # retried, then reported, and the rest went on
    assert len([r for r in server.requests if "slow-1" in r.path]) == 3
    assert server.connections_opened <= 8
    assert server.wait_closed()


@pytest.mark.anyio
async def test_acancel_many_from_async_code_and_sync_wrapper_refuses_inside_a_loop() -> None:
    with MockServer(default=_by_id) as server:
        kb = CASES["kubiya"].make(server.url)
        with pytest.raises(errors.ConfigurationError, match="acancel_many"):
            cancel_many(kb, ["a"], reason="r")
        outcomes = await acancel_many(kb, ["a", "b"], concurrency=2, reason="r")
    assert [o.run_id for o in outcomes if isinstance(o, CancelResult)] == ["a", "b"]
