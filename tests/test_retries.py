"""Bounded retries with backoff and Retry-After, without real sleeping, and no leaked connections."""

from __future__ import annotations

import email.utils
import re
import time

import httpx
import pytest
from pipeline_cancel import CancelResult, errors
from pipeline_cancel.retries import RetryPolicy, parse_retry_after

from tests.support.backends import BACKENDS, run_on
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES

FAILURES = {
    "429": Reply.json(429, {"code": "RATE_LIMITED", "message": "slow down"}),
    "502": Reply(502, b"bad gateway"),
    "503": Reply(503, b"unavailable"),
    "504": Reply(504, b"gateway timeout"),
    "disconnect": Reply(close=True),
}
FINAL_ERROR = {
    "429": errors.RateLimitError,
    "502": errors.ServerError,
    "503": errors.ServerError,
    "504": errors.ServerError,
    "disconnect": errors.TransportError,
}
OK = DOCUMENTED["kubiya"][200][0]


def _cancel(url: str, run_async: str | bool, **options: object) -> CancelResult:
    kb = CASES["kubiya"].make(url, **options)

    async def go() -> CancelResult:
        async with kb:
            return await kb.acancel("exec-1", reason="stuck")

    if run_async:
        return run_on(run_async, go)
    with kb:
        return kb.cancel("exec-1", reason="stuck")


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
@pytest.mark.parametrize("failures", [0, 1, 2])
@pytest.mark.parametrize("kind", list(FAILURES))
def test_retry_matrix_recovers(
    server: MockServer, sleeps: list[float], kind: str, failures: int, run_async: str | bool
) -> None:
    server.reply(*[FAILURES[kind]] * failures, OK)
    result = _cancel(server.url, run_async)
    assert result.outcome == "canceled"
    assert len(server.requests) == failures + 1
    assert len(sleeps) == failures
    # exponential backoff with jitter: retry n waits within [0.75, 1] x 0.5 x 2**n seconds
    for n, waited in enumerate(sleeps):
        assert 0.375 * 2**n <= waited <= 0.5 * 2**n


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
@pytest.mark.parametrize("kind", list(FAILURES))
def test_retries_run_out(server: MockServer, sleeps: list[float], kind: str, run_async: str | bool) -> None:
    server.reply(*[FAILURES[kind]] * 3, OK)
    with pytest.raises(FINAL_ERROR[kind]) as info:
        _cancel(server.url, run_async)
    assert len(server.requests) == 3  # max_retries=2: one try and two retries, then stop
    assert len(sleeps) == 2
    assert info.value.vendor == "kubiya"
    assert server.wait_closed(), "a connection was left open after the retries ran out"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 500])
def test_never_retries_other_statuses(server: MockServer, sleeps: list[float], status: int) -> None:
    server.reply(Reply.json(status, {"detail": "no"}), OK)
    with pytest.raises(errors.PipelineCancelError):
        _cancel(server.url, False)
    assert len(server.requests) == 1
    assert sleeps == []


def test_failed_attempts_hand_their_connection_back(server: MockServer) -> None:
    server.reply(FAILURES["503"], FAILURES["503"], OK)
    _cancel(server.url, False)
    assert server.connections_opened == 1  # all three attempts reused one keep-alive connection
    assert server.wait_closed()


@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_max_retries_is_respected(server: MockServer, max_retries: int) -> None:
    server.reply(*[FAILURES["502"]] * 6)
    with pytest.raises(errors.ServerError):
        _cancel(server.url, False, max_retries=max_retries)
    assert len(server.requests) == max_retries + 1


def test_retry_after_seconds_is_honoured(server: MockServer, sleeps: list[float]) -> None:
    server.reply(Reply.json(429, {}, ("Retry-After", "7")), OK)
    _cancel(server.url, False)
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(server: MockServer, sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 12, usegmt=True)
    server.reply(Reply(503, b"", (("Retry-After", when),)), OK)
    _cancel(server.url, False)
    assert len(sleeps) == 1 and 9.0 <= sleeps[0] <= 12.0


@pytest.mark.parametrize(("retry_after", "waits"), [("30", [30.0]), ("30.5", [])])
def test_retry_after_is_honoured_up_to_and_including_the_cap(
    server: MockServer, sleeps: list[float], retry_after: str, waits: list[float]
) -> None:
    """`max_retry_after` (30 s by default) is the longest wait honoured, not the first refused."""
    server.reply(
        Reply.json(429, {"code": "RATE_LIMITED", "message": "later"}, ("Retry-After", retry_after)), OK
    )
    if waits:
        assert _cancel(server.url, False).outcome == "canceled"
    else:
        with pytest.raises(errors.RateLimitError):
            _cancel(server.url, False)
    assert sleeps == waits


def test_retry_after_beyond_the_cap_ends_retries(server: MockServer, sleeps: list[float]) -> None:
    server.reply(Reply.json(429, {"code": "RATE_LIMITED", "message": "later"}, ("Retry-After", "3600")), OK)
    with pytest.raises(errors.RateLimitError) as info:
        _cancel(server.url, False)
    assert sleeps == []
    assert info.value.retry_after == 3600.0
    assert len(server.requests) == 1


def test_timeout_is_finite_and_retried(server: MockServer, sleeps: list[float]) -> None:
    server.reply(*[Reply(200, b"{}", delay=0.5)] * 2)
    with pytest.raises(errors.RequestTimeoutError) as info:
        _cancel(server.url, False, timeout=0.1, max_retries=1)
    assert "after 2 attempts" in str(info.value)
    assert info.value.attempts == 2
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert len(server.requests) == 2 and len(sleeps) == 1


def test_connection_refused_is_a_transport_error(sleeps: list[float]) -> None:
    with MockServer() as dead:
        url = dead.url
    with pytest.raises(errors.NetworkError) as info:
        _cancel(url, False)
    assert "ConnectError after 3 attempts" in str(info.value)
    assert info.value.attempts == 3
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        ("0.5", 0.5),
        ("0", 0.0),
        ("-2", 0.0),
        ("nan", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("Wed, 21 Oct 2015 07:28:00", None),  # no zone: unreadable
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_policy_bounds() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    policy = RetryPolicy(max_delay=2.0)
    assert all(policy.backoff(n) <= 2.0 for n in range(20))


# -- what an operator reads in the logs, and waits that would pass a deadline ------------------------


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
def test_each_retry_is_logged_with_its_wait_and_reason(
    server: MockServer, caplog: pytest.LogCaptureFixture, run_async: str | bool
) -> None:
    server.reply(Reply(503, b"busy", (("Retry-After", "1"),)), Reply(close=True), OK)
    with caplog.at_level("INFO", logger="pipeline_cancel"):
        _cancel(server.url, run_async)
    retries = [
        r.getMessage() for r in caplog.records if r.name == "pipeline_cancel" and r.levelname == "INFO"
    ]
    what = "kubiya cancel POST /api/v1/executions/exec-1/terminate"
    assert retries[0] == f"{what}: retrying in 1.00s (retry 1 of 2): HTTP 503"
    assert retries[1].startswith(f"{what}: retrying in ")
    assert retries[1].endswith("s (retry 2 of 2): network error")
    assert re.fullmatch(r"kubiya cancel exec-1: canceled after 3 attempts in \d+ ms", retries[2])
    assert len(retries) == 3


def test_each_answer_is_logged_at_debug_with_its_status(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(Reply.json(404, {"detail": "Execution not found"}))
    with caplog.at_level("DEBUG", logger="pipeline_cancel"), pytest.raises(errors.NotFoundError):
        _cancel(server.url, False)
    debug = [r.getMessage() for r in caplog.records if r.name == "pipeline_cancel" and r.levelname == "DEBUG"]
    (line,) = debug
    what = "kubiya cancel POST /api/v1/executions/exec-1/terminate"
    assert re.fullmatch(rf"{what}: attempt 1 of 3: HTTP 404 in \d+ ms", line), line


def _not_confirmed(status_reply: Reply, wait: float, run_async: str | bool) -> errors.NotConfirmedError:
    """Cancel with `wait=`, every status read answered `status_reply`: the error it ends in."""

    def reply(received: object) -> Reply:
        return OK if getattr(received, "method", "") == "POST" else status_reply

    with MockServer(default=reply) as server:
        kb = CASES["kubiya"].make(server.url)

        async def go() -> None:
            async with kb:
                await kb.acancel("exec-1", reason="stuck", wait=wait)

        with pytest.raises(errors.NotConfirmedError) as info:
            if run_async:
                run_on(run_async, go)
            else:
                with kb:
                    kb.cancel("exec-1", reason="stuck", wait=wait)
    return info.value


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
def test_a_retry_wait_that_would_pass_wait_is_not_taken(run_async: str | bool, sleeps: list[float]) -> None:
    """Under `wait=2`, a status read answered 503 with Retry-After: 5 is not retried after 5 s."""
    error = _not_confirmed(Reply(503, b"busy", (("Retry-After", "5"),)), 2, run_async)
    assert 5.0 not in sleeps  # the vendor's Retry-After would have outlived the wait
    assert isinstance(error.last_error, errors.ServerError)  # every status read was refused


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
def test_a_network_failure_under_wait_is_retried_only_while_the_wait_allows(
    run_async: str | bool, sleeps: list[float]
) -> None:
    """Under `wait=0.3`, a status read whose connection drops is not retried after a 0.375 s backoff."""
    error = _not_confirmed(Reply(close=True), 0.3, run_async)
    assert isinstance(error.last_error, errors.NetworkError)
    assert error.last_error.attempts == 1  # the backoff (0.375 s at least) would pass the wait
    assert not [s for s in sleeps if s >= 0.375]
