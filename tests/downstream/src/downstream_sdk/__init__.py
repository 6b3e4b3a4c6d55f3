"""A downstream SDK's use of pipeline-cancel: stop a Kubiya execution, say what happened.

Installed and type-checked where httpx2 is absent: the client parameters, typed for both
families, must still take an httpx client cleanly (mypy --strict, pyright strict)."""

from __future__ import annotations

import httpx
from kubiya_client.models.terminate_workflow_response import TerminateWorkflowResponse
from pipeline_cancel import CancelResult, Kubiya, errors


def stop(execution_id: str, *, api_key: str, base_url: str, http_client: httpx.Client | None = None) -> str:
    with Kubiya(
        api_key=api_key,
        base_url=base_url,
        max_retries=0,
        timeout=10,
        http_client=http_client,
        default_headers={"X-Downstream": "1"},
    ) as kb:
        try:
            result: CancelResult[TerminateWorkflowResponse | None] = kb.cancel(
                execution_id, reason="stopped by downstream-sdk"
            )
        except errors.PipelineCancelError as exc:
            return f"error: {exc}"
    ended = "" if result.response is None else f" at {result.response.terminated_at.isoformat()}"
    return f"{result.outcome} ({result.vendor_status}){ended}"
