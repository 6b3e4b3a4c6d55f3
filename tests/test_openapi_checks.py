"""The openapi-core checks the suite relies on can fail: they reject what the documents forbid."""

from __future__ import annotations

import pytest
from openapi_core.exceptions import OpenAPIError

from tests.support.openapi import validate_request, validate_response
from tests.support.samples import DOCUMENTED
from tests.support.server import Received, Reply
from tests.support.vendors import CASES

JSON = {"content-type": "application/json"}
BEARER = {**JSON, "authorization": "Bearer t"}


@pytest.mark.parametrize(
    ("vendor", "received"),
    [
        ("gumloop", Received("POST", "/kill_pipeline", BEARER, b'{"user_id": "u"}')),  # no run_id
        ("kubiya", Received("POST", "/api/v1/executions/e/terminate", JSON, b'{"reason": "x"}')),  # no auth
        ("kubiya", Received("POST", "/api/v1/executions/e/terminate", BEARER, b'{"reason": ""}')),
        ("runflow", Received("POST", "/v1/admin/runs/r/cancellation", BEARER, b'{"reason": "   "}')),
        ("vectorshift", Received("POST", "/pipeline/p/terminate", BEARER, b"{}")),
        ("ionworks", Received("POST", "/pipelines/a/b/cancel", {}, b"")),  # an id that escaped its segment
    ],
)
def test_invalid_requests_are_rejected(vendor: str, received: Received) -> None:
    with pytest.raises(OpenAPIError):
        validate_request(vendor, received)


@pytest.mark.parametrize(
    ("vendor", "reply"),
    [
        ("kubiya", Reply.json(200, {"success": True})),
        ("ionworks", Reply.json(200, {"id": "x", "status": "paused"})),
        ("vectorshift", Reply.json(200, {"status": "maybe"})),
        ("gumloop", Reply.json(418, {})),
    ],
)
def test_invalid_responses_are_rejected(vendor: str, reply: Reply) -> None:
    path = {"kubiya": "/api/v1/executions/e/terminate", "ionworks": "/pipelines/p/cancel"}.get(
        vendor, "/pipeline/p/terminate" if vendor == "vectorshift" else "/kill_pipeline"
    )
    with pytest.raises(OpenAPIError):
        validate_response(vendor, Received("POST", path, BEARER, b'{"run_id": "r"}'), reply)


@pytest.mark.parametrize(("vendor", "status"), [(v, s) for v, t in DOCUMENTED.items() for s in t])
def test_every_canned_sample_is_valid(vendor: str, status: int) -> None:
    path = {
        "gumloop": "/kill_pipeline",
        "vectorshift": "/pipeline/p/terminate",
        "ionworks": "/pipelines/p/cancel",
        "runflow": "/v1/admin/runs/r/cancellation",
        "kubiya": "/api/v1/executions/e/terminate",
        "prefect": CASES["prefect"].path_for(CASES["prefect"].run_id),
    }[vendor]
    validate_response(vendor, Received("POST", path, BEARER, b"{}"), DOCUMENTED[vendor][status][0])
