"""Property tests: no id escapes its route, and no answer escapes the error hierarchy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pipeline_cancel import CancelResult, errors

from tests.support.openapi import validate_request
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

NASTY = st.sampled_from(
    ["/", "..", ".", "%2F", "%2e%2e", "?", "#", "\r\n", "a/../b", "../admin", "x?y=1#z", " "]
)
IDS = st.one_of(st.text(max_size=40), st.lists(NASTY, min_size=1, max_size=4).map("".join))
PATH_VENDORS = ["vectorshift", "ionworks", "runflow", "kubiya"]


@pytest.fixture(scope="module")
def shared_server() -> Iterator[MockServer]:
    with MockServer(default=Reply(404, b'{"detail": "not found"}')) as srv:
        yield srv


@pytest.mark.parametrize("vendor", PATH_VENDORS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(run_id=IDS)
def test_ids_stay_inside_the_route_or_are_refused(
    shared_server: MockServer, vendor: str, run_id: str
) -> None:
    case = CASES[vendor]
    if vendor == "vectorshift":  # the run id travels in the body; the pipeline id is the path segment
        call = {"pipeline_id": run_id}
        run = "run_1"
    else:
        call = dict(case.cancel_args)
        run = run_id
    before = len(shared_server.requests)
    with case.make(shared_server.url, max_retries=0) as obj:
        try:
            obj.cancel(run, **call)
        except errors.ConfigurationError:
            assert len(shared_server.requests) == before  # refused: nothing was sent
            return
        except errors.NotFoundError:
            pass
    received = shared_server.requests[-1]
    prefix, _, suffix = (
        case.route.partition("{id}") if "{id}" in case.route else ("/pipeline/", "", "/terminate")
    )
    assert received.path.startswith(prefix)
    assert received.path.endswith(suffix)
    segment = received.path[len(prefix) : len(received.path) - len(suffix)]
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert unquote(segment) == run_id  # the vendor sees exactly the id, nothing more
    validate_request(vendor, received)


@pytest.fixture(scope="module")
def echo_server() -> Iterator[MockServer]:
    """Replies with whatever status and body the test put in the request's reason."""

    def reply(received: Received) -> Reply:
        spec = json.loads(received.body)["reason"]
        status, _, body = spec.partition(":")
        return Reply(
            int(status), body.encode("utf-8", "surrogatepass"), (("Content-Type", "application/json"),)
        )

    with MockServer(default=reply) as srv:
        yield srv


BODIES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        ['{"success": true}', '{"success": false}', "[]", "null", '{"detail": "x"}', '{"success": 1}']
    ),
    st.builds(
        lambda ok, wf: json.dumps(
            {"success": ok, "workflow_id": wf, "terminated_at": "2026-11-23T10:00:00Z"}
        ),
        st.booleans(),
        st.text(alphabet="abc", max_size=5),
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.integers(min_value=200, max_value=599), body=BODIES)
def test_any_status_and_body_ends_in_a_result_or_a_package_error(
    echo_server: MockServer, status: int, body: str
) -> None:
    if status in (204, 304) or "\x00" in body:
        body = ""  # bodiless statuses; http.server cannot carry NUL in our echo protocol
    with CASES["kubiya"].make(echo_server.url, max_retries=0, timeout=5) as kb:
        try:
            outcome: object = kb.cancel("exec-1", reason=f"{status}:{body}"[:500] or "x")
        except errors.PipelineCancelError as exc:
            outcome = exc
    assert isinstance(outcome, CancelResult | errors.PipelineCancelError)
    if isinstance(outcome, CancelResult):
        assert status == 200 and '"success": true' in body


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from([100, 102, 103, 150, 199]))
def test_informational_statuses_never_escape(echo_server: MockServer, status: int) -> None:
    with CASES["kubiya"].make(echo_server.url, max_retries=0, timeout=0.3) as kb:
        try:
            kb.cancel("exec-1", reason=f"{status}:")
        except errors.PipelineCancelError:
            return
    pytest.fail("a 1xx answer was taken for success")
