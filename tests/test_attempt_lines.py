"""The DEBUG line of each attempt and the INFO line of each retry, read in this process.

The subprocess tests in test_options_and_record.py show what `PIPELINE_CANCEL_LOG` prints;
these read the same records through pytest's handler, for a failed attempt, an answered
one, and a request that is not one of the vendor object's own calls.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest
from pipeline_cancel import Kubiya

from tests.support.backends import run_on
from tests.support.samples import KUBIYA_OK, kubiya_execution
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES, SECRETS

WHAT = "kubiya cancel POST /api/v1/executions/exec-1/terminate"


@pytest.fixture
def kb(server: MockServer) -> Iterator[Kubiya]:
    made: Kubiya = CASES["kubiya"].make(server.url)
    yield made
    made.close()


def lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.levelname} {r.getMessage()}" for r in caplog.records if r.name == "pipeline_cancel"]


@pytest.mark.parametrize("mode", ["sync", "asyncio", "trio"])
def test_a_lost_answer_then_a_success_is_two_attempt_lines_and_a_retry_line(
    server: MockServer, kb: Kubiya, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    server.reply(Reply(close=True), Reply.json(200, KUBIYA_OK, ("X-Request-Id", f"r-{SECRETS['kubiya']}")))
    with caplog.at_level(logging.DEBUG, logger="pipeline_cancel"):
        if mode == "sync":
            kb.cancel("exec-1", reason="stuck")
        else:
            run_on(mode, lambda: kb.acancel("exec-1", reason="stuck"))
    first, retry, second, outcome = lines(caplog)
    assert re.fullmatch(rf"DEBUG {WHAT}: attempt 1 of 3: RemoteProtocolError in \d+ ms", first), first
    assert re.fullmatch(rf"INFO {WHAT}: retrying in [\d.]+s \(retry 1 of 2\): network error", retry), retry
    assert re.fullmatch(
        rf"DEBUG {WHAT}: attempt 2 of 3: HTTP 200, request id r-<redacted> in \d+ ms", second
    ), second
    assert outcome.startswith("INFO kubiya cancel exec-1: canceled after 2 attempts in ")


def test_a_request_of_the_generated_client_is_named_by_its_method_and_path(
    server: MockServer, kb: Kubiya, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(Reply.json(200, KUBIYA_OK))
    with caplog.at_level(logging.DEBUG, logger="pipeline_cancel"):
        kb.client.get_httpx_client().post("/api/v1/executions/exec-1/terminate", json={"reason": "r"})
    [line] = lines(caplog)
    assert re.fullmatch(
        r"DEBUG request POST /api/v1/executions/exec-1/terminate: attempt 1 of 3: HTTP 200 in \d+ ms", line
    )


def test_no_attempt_line_below_debug(
    server: MockServer, kb: Kubiya, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(Reply.json(200, KUBIYA_OK))
    with caplog.at_level(logging.INFO, logger="pipeline_cancel"):
        kb.cancel("exec-1", reason="stuck")
    assert [line.split(" ")[0] for line in lines(caplog)] == ["INFO"]


@pytest.mark.parametrize("mode", ["sync", "asyncio", "trio"])
def test_a_status_reads_attempt_line_names_the_status_operation(
    server: MockServer, kb: Kubiya, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    server.reply(Reply.json(200, kubiya_execution("running")))
    with caplog.at_level(logging.DEBUG, logger="pipeline_cancel"):
        if mode == "sync":
            kb.status("exec-1")
        else:
            run_on(mode, lambda: kb.astatus("exec-1"))
    attempt = lines(caplog)[0]
    assert re.fullmatch(
        r"DEBUG kubiya status GET /api/v1/executions/exec-1: attempt 1 of 3: HTTP 200 in \d+ ms", attempt
    )
