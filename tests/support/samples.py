"""Canned vendor responses, one per documented status, each valid against its document.

`tests/test_samples.py` validates every one of them with openapi-core, so a sample
the document does not allow fails the suite before any test relies on it.
"""

from __future__ import annotations

from typing import Any

from tests.support.server import Reply

PIPELINE = {
    "id": "pl_1",
    "project_id": "prj_1",
    "name": "nightly fit",
    "status": "canceled",
    "created_at": "2026-11-23T10:00:00Z",
    "updated_at": "2026-11-23T10:05:00Z",
    "organization_id": "org_1",
}
RUN = {
    "id": "01J0ABCDEF",
    "status_code": "canceled",
    "model": "runflow/background-removal",
    "completed_at": "2026-05-23T10:42:11.000+00:00",
    "flow_id": "flow_1",  # one of the Run object's many undeclared fields
}
KUBIYA_OK = {"success": True, "workflow_id": "wf-1", "terminated_at": "2026-11-23T10:05:00Z"}
FASTAPI_422 = {
    "detail": [{"loc": ["body", "reason"], "msg": "String should have at least 1 character", "type": "x"}]
}


def kubiya_execution(status: str) -> dict[str, Any]:
    """A Kubiya Get Execution body with every field the page marks required."""
    nullable = "entity_name system_prompt response error_message runner_name user_id user_name"
    body: dict[str, Any] = dict.fromkeys(f"{nullable} user_email user_avatar started_at completed_at".split())
    body.update(
        id="exec-1", organization_id="org", execution_type="agent", entity_id="agent-1", prompt="p",
        status=status, usage={}, execution_metadata={}, created_at="2026-11-23T10:00:00Z",
        updated_at="2026-11-23T10:00:01Z", participants=[],
    )  # fmt: skip
    return body


def prefect_result(status: str, state: str | None, details: dict[str, Any]) -> dict[str, Any]:
    """A Prefect OrchestrationResult, as a 3.9.1 server answers set_state (its state trimmed to the
    fields the answer always has)."""
    held = None
    if state is not None:
        held = {
            "id": "01a24916-69f6-7f80-a89f-bedc53bc677e",
            "type": state,
            "name": state.title(),
            "timestamp": "2026-12-06T02:02:15.414600Z",
        }
    return {"status": status, "state": held, "details": details}


PREFECT_ACCEPTED = prefect_result("ACCEPT", "CANCELLING", {"type": "accept_details"})
PREFECT_ENDED = prefect_result(
    "ABORT", "COMPLETED", {"type": "abort_details", "reason": "Run is already in terminal state COMPLETED."}
)


def envelope(code: str, message: str, *errors: dict[str, Any]) -> dict[str, Any]:
    return {"code": code, "message": message, "errors": list(errors)}


def pipeline(status: str) -> dict[str, Any]:
    return {**PIPELINE, "status": status}


def run(status: str) -> dict[str, Any]:
    return {**RUN, "status_code": status}


# vendor -> status -> (reply, name of the generated model it parses into, or None for no body)
DOCUMENTED: dict[str, dict[int, tuple[Reply, str | None]]] = {
    "gumloop": {
        200: (Reply.json(200, {"success": True, "run_id": "run_1"}), "KillPipelineResponse200"),
        400: (Reply(400), None),
        401: (Reply(401), None),
        403: (Reply(403), None),
        404: (Reply(404), None),
        500: (Reply(500), None),
    },
    "vectorshift": {
        200: (Reply.json(200, {"status": "success"}), "PostPipelineIdTerminateResponse200"),
        400: (Reply.json(400, {"status": "failed", "error": "run_id is required"}), "Error"),
        401: (Reply.json(401, {"error": "Invalid API key"}), "PostPipelineIdTerminateResponse401"),
        500: (Reply.json(500, {"status": "failed", "error": "internal"}), "Error"),
    },
    "ionworks": {
        200: (Reply.json(200, PIPELINE), "Pipeline"),
        422: (Reply.json(422, FASTAPI_422), "HTTPValidationError"),
    },
    "runflow": {
        200: (Reply.json(200, run("succeeded")), "Run"),
        201: (Reply.json(201, RUN), "Run"),
        401: (Reply.json(401, envelope("UNAUTHORIZED", "Use a service key")), "ErrorEnvelope"),
        403: (Reply.json(403, envelope("PERMISSION_DENIED", "Not an admin of this org")), "ErrorEnvelope"),
        404: (Reply.json(404, envelope("RUN_NOT_FOUND", "Run not found")), "ErrorEnvelope"),
        409: (
            Reply.json(409, envelope("CONFLICT", "State invariant", {"type": "self_action_forbidden"})),
            "ErrorEnvelope",
        ),
        422: (
            Reply.json(422, envelope("VALIDATION_ERROR", "reason too short", {"type": "too_short"})),
            "ErrorEnvelope",
        ),
        429: (Reply.json(429, envelope("RATE_LIMITED", "Slow down")), "ErrorEnvelope"),
    },
    "kubiya": {
        200: (Reply.json(200, KUBIYA_OK), "TerminateWorkflowResponse"),
        400: (
            Reply.json(400, {"detail": "Cannot terminate workflow in status: paused"}),
            "HTTPErrorDetail",
        ),
        422: (Reply.json(422, FASTAPI_422), "HTTPValidationError"),
    },
    "prefect": {
        200: (Reply.json(200, PREFECT_ENDED), "OrchestrationResult"),
        201: (Reply.json(201, PREFECT_ACCEPTED), "OrchestrationResult"),
        404: (
            Reply.json(404, {"exception_message": "Flow run with id 3f6c2a9e not found"}),
            "FlowRunNotFound",
        ),
        422: (Reply.json(422, FASTAPI_422), "HTTPValidationError"),
    },
}
