"""How a record is read from what the transport noted, in this process.

test_options_and_record.py holds the record end to end on real sockets; these hold the
reading itself: the defaults of an outcome made without an answer, the redaction of what
an answer echoes, what an error's record carries over to a result, and the outcome line.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from pipeline_cancel import errors, record
from pipeline_cancel.result import NO_RECORD, CancelResult, Record, RedactedHeaders, RunStatus
from pipeline_cancel.retries import ATTEMPTS, ELAPSED, REQUEST_ID, RETRIED, STARTED


def hide(text: str) -> str:
    return text.replace("s3cret", "<redacted>")


def answer(
    *headers: tuple[str, str], noted: dict[str, Any] | None = None, **answer_notes: Any
) -> httpx.Response:
    request = httpx.Request("POST", "https://api.example/runs/r1/cancel")
    request.extensions.update(noted or {})
    response = httpx.Response(200, headers=headers, request=request)
    response.extensions.update(answer_notes)
    return response


def result(**fields: Any) -> CancelResult[None]:
    return CancelResult("kubiya", "r1", "canceled", "success", 200, None, **fields)


def test_an_outcome_made_without_an_answer_has_an_empty_record() -> None:
    for made in (result(), RunStatus("kubiya", "r1", "running", False, False, None)):
        assert (made.request_id, made.attempts, made.elapsed, made.retried) == (None, 0, 0.0, ())
        assert dict(made.headers) == {}
    assert result()._record is NO_RECORD


def test_a_filled_outcome_reads_its_answers_notes() -> None:
    response = answer(
        ("X-Request-Id", "id-s3cret"), ("X-Echo", "s3cret"),
        noted={ATTEMPTS: 3, RETRIED: ["HTTP 503", "timeout"]}, **{REQUEST_ID: "id-s3cret", ELAPSED: 1.25},
    )  # fmt: skip
    made = record.fill(result(), response, hide)
    assert (made.request_id, made.attempts, made.elapsed) == ("id-<redacted>", 3, 1.25)
    assert made.retried == ("HTTP 503", "timeout")
    assert made.headers["X-ECHO"] == "<redacted>" and made.headers["x-request-id"] == "id-<redacted>"
    assert made.headers is made.headers  # made once, when first read


def test_an_answer_with_no_notes_reads_as_none_and_nothing() -> None:
    made = record.fill(result(), answer(), hide)
    assert (made.request_id, made.attempts, made.elapsed, made.retried) == (None, 0, 0.0, ())


def test_redacted_headers_are_redacted_once_and_read_as_a_mapping() -> None:
    seen: list[str] = []

    def counting(text: str) -> str:
        seen.append(text)
        return hide(text)

    headers = RedactedHeaders(httpx.Headers({"A": "1", "B": "s3cret"}), counting)
    assert seen == []  # nothing is redacted until read
    assert (headers["a"], headers["B"], len(headers), list(headers)) == ("1", "<redacted>", 2, ["a", "b"])
    assert repr(headers) == "{'a': '1', 'b': '<redacted>'}"
    assert seen == ["1", "s3cret"]
    with pytest.raises(KeyError):
        headers["c"]


def test_a_record_of_values_already_read_keeps_them_as_they_are() -> None:
    made = Record.of("r-<redacted>", 2, 0.5, {"x-request-id": "r-<redacted>"}, ("HTTP 429",))
    assert (made.request_id, made.attempts, made.elapsed, made.retried) == (
        "r-<redacted>",
        2,
        0.5,
        ("HTTP 429",),
    )
    assert dict(made.headers) == {"x-request-id": "r-<redacted>"}


def test_an_error_without_an_answer_gets_its_requests_attempts_reasons_and_time() -> None:
    request = httpx.Request("POST", "https://api.example/x")
    error = record.stamp(errors.NetworkError("down", attempts=1, vendor="kubiya"), request)
    assert (error.attempts, error.retried, error.elapsed, error.request_id) == (1, (), None, None)
    request.extensions.update({ATTEMPTS: 3, RETRIED: ["network error"] * 2, STARTED: 0.0})
    error = record.stamp(errors.NetworkError("down", attempts=1, vendor="kubiya"), request)
    assert (error.attempts, error.retried) == (3, ("network error", "network error"))
    assert error.elapsed is not None and error.elapsed > 0


def test_an_error_read_from_an_answer_gets_that_answers_record() -> None:
    response = answer(noted={ATTEMPTS: 2, RETRIED: ["HTTP 502"]}, **{REQUEST_ID: "s3cret-1", ELAPSED: 0.75})
    error = record.stamp_answer(errors.NotFoundError("gone", vendor="kubiya"), response, hide)
    assert (error.request_id, error.attempts, error.elapsed, error.retried) == (
        "<redacted>-1", 2, 0.75, ("HTTP 502",)
    )  # fmt: skip


@pytest.mark.parametrize(("elapsed", "kept"), [(0.5, 0.5), (None, 0.0)])
def test_a_result_made_from_a_refusal_carries_the_refusals_record(elapsed: float | None, kept: float) -> None:
    error = errors.InvalidRequestError("ended", vendor="kubiya", headers={"x-request-id": "r9"})
    error.request_id, error.attempts, error.elapsed, error.retried = "r9", 2, elapsed, ("HTTP 503",)
    made = record.of_error(result(), error)
    assert (made.request_id, made.attempts, made.elapsed, made.retried) == ("r9", 2, kept, ("HTTP 503",))
    assert dict(made.headers) == {"x-request-id": "r9"}
    assert (made.vendor, made.outcome) == ("kubiya", "canceled")


def outcome_line(caplog: pytest.LogCaptureFixture, made: CancelResult[None]) -> list[str]:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="pipeline_cancel"):
        record.log_outcome("cancel", made.outcome, made)
    return [r.getMessage() for r in caplog.records]


def test_the_outcome_line_says_what_after_how_many_attempts_how_long_and_the_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    one = result(record=Record.of(None, 1, 0.0123, {}, ()))
    assert outcome_line(caplog, one) == ["kubiya cancel r1: canceled after 1 attempt in 12 ms"]
    two = result(record=Record.of("req-7", 2, 1.5, {}, ("HTTP 503",)))
    assert outcome_line(caplog, two) == [
        "kubiya cancel r1: canceled after 2 attempts in 1500 ms, request id req-7"
    ]


def test_no_outcome_line_below_info(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pipeline_cancel"):
        record.log_outcome("cancel", "canceled", result())
    assert caplog.records == []
