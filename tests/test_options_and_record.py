"""Per-call options (`with_options`) and the record every outcome carries, on real sockets.

A `with_options` copy shares the original's credentials, base URL and pools, and its
options travel with each of its requests; every result, status and error that got as
far as sending says which request id answered, how many attempts it took, how long,
with what headers, and why each earlier attempt was retried.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from typing import Any

import httpx
import pytest
from pipeline_cancel import CancelResult, Kubiya, errors

from tests.support.backends import MODES, run_on
from tests.support.made import close_what_was_made, kubiya  # noqa: F401 - the autouse fixture
from tests.support.samples import KUBIYA_OK, kubiya_execution
from tests.support.server import MockServer, Reply
from tests.support.vendors import SECRETS

OK = Reply.json(200, KUBIYA_OK, ("X-Request-Id", "req-ok"))
BUSY = Reply.json(503, {"detail": "busy"}, ("X-Request-Id", "req-busy"))


def slow(seconds: float) -> Reply:
    return Reply(200, json.dumps(KUBIYA_OK).encode(), (("Content-Type", "application/json"),), delay=seconds)


def cancel(kb: Kubiya, mode: str) -> CancelResult[Any]:
    if mode == "sync":
        return kb.cancel("exec-1", reason="stuck")
    return run_on(mode, lambda: kb.acancel("exec-1", reason="stuck"))


# -- with_options ------------------------------------------------------------------------------


def test_with_options_is_a_copy_of_the_same_class_with_only_the_options_given_changed() -> None:
    kb = kubiya("http://127.0.0.1:9", timeout=5, max_retries=3, max_response_bytes=4096)
    fast = kb.with_options(timeout=1.5)
    assert type(fast) is Kubiya
    assert (fast.timeout, fast.max_retries, fast.max_response_bytes) == (1.5, 3, 4096)
    assert (kb.timeout, kb.max_retries, kb.max_response_bytes) == (5, 3, 4096)
    other = fast.with_options(max_retries=0, max_response_bytes=2048)
    assert (other.timeout, other.max_retries, other.max_response_bytes) == (1.5, 0, 2048)
    assert fast.with_options(timeout=None).timeout == 30.0  # None is the default, as in the constructor
    assert fast.base_url == kb.base_url and repr(fast) == repr(kb)


@pytest.mark.parametrize(
    ("options", "text"),
    [
        ({"timeout": 0}, "timeout must be a positive, finite number of seconds (at most 3600)"),
        ({"timeout": float("nan")}, "timeout must be a positive, finite number of seconds (at most 3600)"),
        ({"timeout": "5"}, "timeout must be a number of seconds, got str"),
        ({"max_retries": 11}, "max_retries must be a whole number from 0 to 10"),
        ({"max_retries": True}, "max_retries must be a whole number from 0 to 10"),
        ({"max_response_bytes": 100}, "max_response_bytes must be a whole number of at least 1024"),
    ],
)
def test_with_options_refuses_what_the_constructor_refuses(options: dict[str, Any], text: str) -> None:
    kb = kubiya("http://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError) as copied:
        kb.with_options(**options)
    with pytest.raises(errors.ConfigurationError) as made:
        kubiya("http://127.0.0.1:9", **options)
    assert str(copied.value) == str(made.value) == f"kubiya: {text}"


@MODES
def test_a_copy_sends_through_the_same_pool_with_its_own_retries(server: MockServer, mode: str) -> None:
    server.reply(BUSY, OK, BUSY)
    kb = kubiya(server.url)
    once = kb.with_options(max_retries=0)
    assert cancel(kb, mode).attempts == 2  # the original retries the 503
    with pytest.raises(errors.ServerError) as info:
        cancel(once, mode)  # the copy does not
    assert info.value.attempts == 1 and info.value.request_id == "req-busy"
    if mode == "sync":
        assert server.connections_opened == 1  # one pool: the copy opened no connection of its own
    once.close()  # releases nothing: the pool is the original's
    server.reply(OK)
    assert cancel(kb, mode).outcome == "canceled"
    if mode == "sync":
        assert server.connections_opened == 1
    kb.close()


@MODES
def test_a_copys_timeout_applies_to_each_of_its_attempts_longer_or_shorter(
    server: MockServer, mode: str
) -> None:
    """Longer than the pool's: the socket timeouts travel with the request, not the pool."""
    kb = kubiya(server.url, timeout=0.3, max_retries=0)
    server.reply(slow(0.6))
    with pytest.raises(errors.RequestTimeoutError, match=r"each attempt may take 0.3s"):
        cancel(kb, mode)
    patient = kb.with_options(timeout=3)
    server.reply(slow(0.6))
    assert cancel(patient, mode).outcome == "canceled"
    server.reply(slow(0.6))
    with pytest.raises(errors.RequestTimeoutError, match=r"each attempt may take 0.2s"):
        cancel(patient.with_options(timeout=0.2), mode)
    kb.close()


def test_a_copys_byte_cap_applies_to_its_answers_only(server: MockServer) -> None:
    big = Reply.json(200, {**KUBIYA_OK, "padding": "x" * 3000})
    kb = kubiya(server.url)
    capped = kb.with_options(max_response_bytes=1024)
    server.reply(big, big)
    with pytest.raises(errors.ResponseTooLargeError):
        capped.cancel("exec-1", reason="stuck")
    assert kb.cancel("exec-1", reason="stuck").outcome == "canceled"


def test_the_original_and_a_copy_run_at_once_from_threads(server: MockServer) -> None:
    """Each request carries its own object's options: a copy without retries fails on the 503 it
    gets while the original, in other threads, retries its own."""
    server.default = BUSY
    kb = kubiya(server.url)
    once = kb.with_options(max_retries=0)
    outcomes: list[object] = []

    def use(obj: Kubiya) -> None:
        try:
            outcomes.append(obj.cancel("exec-1", reason="stuck"))
        except errors.PipelineCancelError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=use, args=(obj,)) for obj in (kb, once) * 4]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Every request is answered 503: the original's end after 3 attempts, the copy's after 1.
    attempts = sorted(o.attempts for o in outcomes if isinstance(o, errors.ServerError))
    assert attempts == [1, 1, 1, 1, 3, 3, 3, 3]


def test_a_copys_generated_client_sends_with_the_copys_options(server: MockServer) -> None:
    from kubiya_client.api.default import (
        terminate_execution_api_v1_executions_execution_id_terminate_post as terminate,
    )
    from kubiya_client.models import TerminateWorkflowRequest

    kb = kubiya(server.url)
    once = kb.with_options(max_retries=0)
    body = TerminateWorkflowRequest(reason="stuck")
    server.reply(BUSY)
    assert terminate.sync_detailed("exec-1", client=once.client, body=body).status_code == 503
    server.reply(BUSY, OK)
    assert terminate.sync_detailed("exec-1", client=kb.client, body=body).status_code == 200
    assert len(server.requests) == 3
    assert server.connections_opened == 1
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRETS['kubiya']}"


# -- the record ------------------------------------------------------------------------------------


@MODES
def test_a_result_records_its_request_id_attempts_elapsed_headers_and_why_it_retried(
    server: MockServer, mode: str
) -> None:
    server.reply(
        BUSY,
        Reply(close=True),
        Reply.json(200, KUBIYA_OK, ("Request-Id", "req-3"), ("X-Echo", "kb_SECRET_7890")),
    )
    before = time.monotonic()
    result = cancel(kubiya(server.url), mode)
    took = time.monotonic() - before
    assert (result.request_id, result.attempts, result.retried) == ("req-3", 3, ("HTTP 503", "network error"))
    assert 0 < result.elapsed <= took
    assert result.headers["x-echo"] == "<redacted>"  # as error headers are
    assert result.headers["content-type"] == "application/json"


def test_x_request_id_comes_first_and_an_echoed_credential_is_redacted(server: MockServer) -> None:
    server.reply(Reply.json(200, KUBIYA_OK, ("Request-Id", "second"), ("X-Request-Id", "first")))
    assert kubiya(server.url).cancel("exec-1", reason="r").request_id == "first"
    server.reply(Reply.json(200, KUBIYA_OK, ("X-Request-Id", f"id-{SECRETS['kubiya']}")))
    assert kubiya(server.url).cancel("exec-1", reason="r").request_id == "id-<redacted>"
    server.reply(Reply.json(200, KUBIYA_OK))
    result = kubiya(server.url).cancel("exec-1", reason="r")
    assert (result.request_id, result.attempts, result.retried) == (None, 1, ())


@MODES
@pytest.mark.parametrize(
    ("replies", "cls", "retried", "request_id"),
    [
        ([Reply.json(429, {}, ("X-Request-Id", f"r{n}")) for n in range(3)], errors.RateLimitError,
         ("HTTP 429", "HTTP 429"), "r2"),
        ([Reply(close=True)] * 3, errors.NetworkError, ("network error", "network error"), None),
        ([BUSY, Reply.json(404, {"detail": "gone"}, ("X-Request-Id", "nf"))], errors.NotFoundError,
         ("HTTP 503",), "nf"),
        ([Reply.json(200, {"success": False, "workflow_id": "w", "terminated_at": "2026-11-23T10:05:00Z"},
                     ("X-Request-Id", "nc"))], errors.NotCanceledError, (), "nc"),
        ([Reply(200, b"not json", (("X-Request-Id", "bad"),))], errors.UnexpectedResponseError, (), "bad"),
    ],
)  # fmt: skip
def test_every_kind_of_error_records_its_request(
    server: MockServer, mode: str, replies: list[Reply], cls: type[errors.PipelineCancelError],
    retried: tuple[str, ...], request_id: str | None,
) -> None:  # fmt: skip
    server.reply(*replies)
    with pytest.raises(cls) as info:
        cancel(kubiya(server.url), mode)
    error = info.value
    assert (error.attempts, error.retried, error.request_id) == (len(replies), retried, request_id)
    assert error.elapsed is not None and error.elapsed > 0


def test_a_timeout_is_a_retry_reason_and_an_error_before_sending_has_an_empty_record(
    server: MockServer,
) -> None:
    server.reply(slow(0.5), OK)
    result = kubiya(server.url, timeout=0.2).cancel("exec-1", reason="r")
    assert (result.attempts, result.retried) == (2, ("timeout",))
    with pytest.raises(errors.ConfigurationError) as info:
        kubiya(server.url).cancel("exec-1", reason="")
    assert (info.value.attempts, info.value.retried, info.value.request_id, info.value.elapsed) == (
        0,
        (),
        None,
        None,
    )


@MODES
def test_with_wait_the_status_carries_the_last_reads_record_and_the_result_the_cancels(
    server: MockServer, mode: str
) -> None:
    server.reply(
        OK,
        Reply.json(200, kubiya_execution("running"), ("X-Request-Id", "read-1")),
        BUSY,
        Reply.json(200, kubiya_execution("cancelled"), ("X-Request-Id", "read-2")),
    )
    kb = kubiya(server.url)
    if mode == "sync":
        result = kb.cancel("exec-1", reason="r", wait=30)
    else:
        result = run_on(mode, lambda: kb.acancel("exec-1", reason="r", wait=30))
    assert (result.request_id, result.attempts) == ("req-ok", 1)
    assert result.status is not None
    assert (result.status.request_id, result.status.attempts, result.status.retried) == (
        "read-2",
        2,
        ("HTTP 503",),
    )


def test_a_not_confirmed_error_carries_both_records(server: MockServer) -> None:
    server.default = Reply.json(200, kubiya_execution("running"), ("X-Request-Id", "read"))
    server.reply(OK)
    with pytest.raises(errors.NotConfirmedError) as info:
        kubiya(server.url).cancel("exec-1", reason="r", wait=0.3)
    assert info.value.result.request_id == "req-ok"
    assert info.value.last_status is not None and info.value.last_status.request_id == "read"


def test_an_execution_that_had_ended_carries_the_refusals_record(server: MockServer) -> None:
    server.reply(
        Reply.json(
            400, {"detail": "Cannot terminate workflow in status: completed"}, ("X-Request-Id", "r400")
        )
    )
    result = kubiya(server.url).cancel("exec-1", reason="r")
    assert (result.outcome, result.request_id, result.attempts, result.http_status) == (
        "already_finished", "r400", 1, 400,
    )  # fmt: skip


def test_a_status_read_records_its_request(server: MockServer) -> None:
    server.reply(BUSY, Reply.json(200, kubiya_execution("completed"), ("X-Request-Id", "s1")))
    status = kubiya(server.url).status("exec-1")
    assert (status.request_id, status.attempts, status.retried) == ("s1", 2, ("HTTP 503",))
    assert status.headers["x-request-id"] == "s1"


# -- the generated client ------------------------------------------------------------------------


def test_the_generated_client_refuses_to_change_what_every_call_sends(server: MockServer) -> None:
    kb = kubiya(server.url)
    for change in (
        lambda: kb.client.with_headers({"X-Tenant": "t"}),
        lambda: kb.client.with_timeout(httpx.Timeout(1.0)),
        lambda: kb.client.with_cookies({"c": "v"}),
    ):
        with pytest.raises(errors.ConfigurationError, match=r"use vendor.with_options\(\.\.\.\)"):
            change()
    server.reply(OK)
    kb.cancel("exec-1", reason="r")
    assert "x-tenant" not in server.requests[0].headers


def test_leaving_a_with_block_on_the_generated_client_leaves_the_pools_open(server: MockServer) -> None:
    kb = kubiya(server.url)
    with kb.client as generated:
        assert generated is kb.client
    server.reply(OK, OK)
    assert kb.cancel("exec-1", reason="r").outcome == "canceled"

    async def go() -> None:
        async with kb.client:
            pass
        assert (await kb.acancel("exec-1", reason="r")).outcome == "canceled"

    run_on("asyncio", go)


# -- logging -----------------------------------------------------------------------------------------

SCRIPT = """
import sys
from pipeline_cancel import Kubiya
kb = Kubiya(api_key=sys.argv[1], base_url=sys.argv[2])
kb.cancel("exec-1", reason="stuck")
"""


@pytest.mark.parametrize("level", ["debug", "info", ""])
def test_pipeline_cancel_log_prints_each_attempt_retry_and_outcome_on_stderr(
    server: MockServer, level: str
) -> None:
    server.reply(BUSY, Reply.json(200, KUBIYA_OK, ("X-Request-Id", f"rid-{SECRETS['kubiya']}")))
    env = {**os.environ, "PIPELINE_CANCEL_LOG": level, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, SECRETS["kubiya"], server.url], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert SECRETS["kubiya"] not in done.stderr
    what = "kubiya cancel POST /api/v1/executions/exec-1/terminate"
    attempts = [line for line in lines if " DEBUG " in line]
    infos = [line for line in lines if " INFO " in line]
    if level == "":
        assert lines == []
        return
    assert re.search(rf"INFO {what}: retrying in \S+s \(retry 1 of 2\): HTTP 503$", infos[0])
    assert re.search(
        r"INFO kubiya cancel exec-1: canceled after 2 attempts in \d+ ms, request id rid-<redacted>$",
        infos[1],
    )
    if level == "info":
        assert attempts == []
        return
    assert re.search(rf"DEBUG {what}: attempt 1 of 3: HTTP 503, request id req-busy in \d+ ms$", attempts[0])
    assert re.search(
        rf"DEBUG {what}: attempt 2 of 3: HTTP 200, request id rid-<redacted> in \d+ ms$", attempts[1]
    )


def test_the_clis_verbose_flag_shows_the_same_lines(server: MockServer) -> None:
    server.reply(OK)
    env = {**os.environ, "KUBIYA_API_KEY": SECRETS["kubiya"], "KUBIYA_BASE_URL": server.url,
           "PYTHONPATH": os.pathsep.join(sys.path)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "pipeline_cancel", "kubiya", "exec-1", "--reason", "r", "-v"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    what = "kubiya cancel POST /api/v1/executions/exec-1/terminate"
    assert re.search(rf"DEBUG {what}: attempt 1 of 3: HTTP 200, request id req-ok in \d+ ms", done.stderr)
    assert "INFO kubiya cancel exec-1: canceled after 1 attempt in" in done.stderr
