"""A downstream SDK's use of pipeline_cancel: the whole public surface, written as a consumer would.

Never run: `python3 dev.py -s consumer` type-checks it with `mypy --strict` and pyright in
strict mode against the installed wheel, and `assert_type` pins each precise type.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Literal, assert_type

import httpx
import httpx2
from gumloop_client.models.kill_pipeline_response_200 import KillPipelineResponse200
from gumloop_client.types import Unset
from ionworks_client.models.pipeline import Pipeline
from kubiya_client.api.default import (
    terminate_execution_api_v1_executions_execution_id_terminate_post as terminate,
)
from kubiya_client.client import AuthenticatedClient
from kubiya_client.models.execution_response import ExecutionResponse
from kubiya_client.models.http_error_detail import HTTPErrorDetail
from kubiya_client.models.http_validation_error import HTTPValidationError
from kubiya_client.models.terminate_workflow_request import TerminateWorkflowRequest
from kubiya_client.models.terminate_workflow_response import TerminateWorkflowResponse
from kubiya_client.types import Response
from pipeline_cancel import (
    CancelResult,
    Gumloop,
    Ionworks,
    Kubiya,
    Outcome,
    RetryPolicy,
    Runflow,
    RunStatus,
    VectorShift,
    Vendor,
    VendorOptions,
    __version__,
    acancel,
    acancel_many,
    cancel,
    cancel_many,
    errors,
)
from pipeline_cancel.result import Retried
from runflow_client.models.run import Run
from vectorshift_client.models.post_pipeline_id_terminate_response_200 import (
    PostPipelineIdTerminateResponse200,
)


def every_vendor(http: httpx.Client) -> None:
    options: VendorOptions = {
        "timeout": 5.0,
        "max_retries": 1,
        "max_response_bytes": 65536,
        "http_client": http,
    }
    with Gumloop(api_key="k", user_id="u", **options) as gl:
        assert_type(gl.cancel("r"), CancelResult[KillPipelineResponse200])
    with Gumloop(access_token="t", project_id="team", base_url="https://example.test") as gl:
        gl.cancel("r")
    with VectorShift(api_key="k") as vs:
        assert_type(vs.cancel("r", pipeline_id="p"), CancelResult[PostPipelineIdTerminateResponse200])
    with Ionworks(api_key="k") as iw, Ionworks(token="jwt") as iw_token:
        assert_type(iw.cancel("pipeline"), CancelResult[Pipeline])
        iw_token.cancel("pipeline")
    with Runflow(admin_key="rf_svc_x") as rf:
        assert_type(rf.cancel("01J0"), CancelResult[Run])
        assert_type(rf.cancel("01J0", reason="duplicate"), CancelResult[Run])
    with Kubiya.from_env(timeout=10.0) as kb:
        result = kb.cancel("exec", reason="stuck")
        assert_type(result, CancelResult[TerminateWorkflowResponse | None])
        assert_type(result.outcome, Literal["canceled", "already_finished"])
        if result.response is not None:  # None: the execution had already ended (Kubiya's 400)
            assert_type(result.response.terminated_at.isoformat(), str)
        fields: tuple[str, str, str, int] = (
            result.vendor,
            result.run_id,
            result.vendor_status,
            result.http_status,
        )
        print(fields, kb.timeout, kb.max_retries, kb.max_response_bytes, kb.base_url)
        assert_type(kb.retry_policy, RetryPolicy)
        assert_type(kb.client, AuthenticatedClient)
        detailed = terminate.sync_detailed(
            "exec", client=kb.client, body=TerminateWorkflowRequest(reason="why")
        )
        assert_type(detailed, Response[HTTPErrorDetail | HTTPValidationError | TerminateWorkflowResponse])


def confirm(kb: Kubiya, gl: Gumloop) -> None:
    result = kb.cancel("exec", reason="stuck", wait=60.0)
    status: RunStatus[object] | None = result.status
    print(status)
    assert_type(kb.status("exec"), RunStatus[ExecutionResponse])
    assert_type(gl.status("run").response.state, str | Unset)
    assert_type(cancel(gl, "run", wait=30), CancelResult[KillPipelineResponse200])
    try:
        gl.cancel("run", wait=30)
    except errors.NotConfirmedError as exc:
        last: RunStatus[object] | None = exc.last_status
        accepted: CancelResult[object] = exc.result
        print(last, accepted.outcome, exc.last_error)


async def confirm_async(rf: Runflow) -> None:
    assert_type(await rf.astatus("01J0"), RunStatus[Run])
    assert_type(await rf.acancel("01J0", wait=10), CancelResult[Run])


def neutral(kb: Kubiya, rf: Runflow) -> None:
    assert_type(cancel(kb, "exec", reason="stuck"), CancelResult[TerminateWorkflowResponse | None])
    assert_type(cancel("kubiya", "exec", reason="stuck"), CancelResult[object])
    assert_type(cancel(kb, "exec", reason="stuck", wait=60.0), CancelResult[TerminateWorkflowResponse | None])
    assert_type(cancel("vectorshift", "run", pipeline_id="p"), CancelResult[object])  # checked at run time
    assert_type(cancel_many(rf, ["a"], 4, reason="dup", wait=30.0), list[Outcome[Run]])
    outcomes = cancel_many(rf, ["a", "b"], concurrency=4)
    assert_type(outcomes, list[Outcome[Run]])
    for outcome in outcomes:
        if isinstance(outcome, CancelResult):
            assert_type(outcome.response.status_code, str)
        else:
            assert_type(outcome, errors.PipelineCancelError)


async def neutral_async(kb: Kubiya) -> None:
    async with kb:
        assert_type(await kb.acancel("exec", reason="stuck"), CancelResult[TerminateWorkflowResponse | None])
        assert_type(await acancel(kb, "exec", reason="stuck"), CancelResult[TerminateWorkflowResponse | None])
        many = await acancel_many(kb, ["a"], reason="stuck")
        assert_type(many, list[Outcome[TerminateWorkflowResponse | None]])
    async with httpx.AsyncClient() as shared, Kubiya(api_key="k", async_http_client=shared) as pooled:
        await pooled.acancel("exec", reason="stuck")


def my_generic_helper(vendor: Vendor[object, Run]) -> str:
    """A consumer's own code that accepts any vendor object answering with a Run."""
    return vendor.name + __version__


def handle(exc: errors.PipelineCancelError) -> str:
    vendor: str | None = exc.vendor
    status: int | None = exc.http_status
    body: bytes | None = exc.body
    headers: Mapping[str, str] = exc.headers
    text = f"{vendor} {status} {body!r} {dict(headers)} {exc.message}"
    if isinstance(exc, errors.RateLimitError):
        wait: float | None = exc.retry_after
        text += str(wait)
    if isinstance(exc, errors.TransportError):
        attempts: int = exc.attempts
        text += str(attempts)
    return text


def branches(kb: Kubiya) -> str:
    try:
        kb.cancel("exec", reason="stuck")
    except errors.NotCanceledError as exc:
        response: object = exc.response  # the vendor's typed model; `object` when the vendor is unknown
        return f"{exc.vendor_status} {response!r}"
    except errors.ConfigurationError as exc:
        return handle(exc)
    except (errors.RequestTimeoutError, errors.NetworkError) as exc:
        return handle(exc)
    except (errors.ResponseTooLargeError, errors.UnexpectedResponseError) as exc:
        return handle(exc)
    except (
        errors.AuthenticationError,
        errors.PermissionDeniedError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.InvalidRequestError,
        errors.ServerError,
    ) as exc:
        return handle(exc)
    except errors.APIStatusError as exc:
        return handle(exc)
    return "canceled"


def typed_not_canceled(error: errors.NotCanceledError[Pipeline]) -> str:
    return error.response.status.value


if __name__ == "__main__":
    asyncio.run(neutral_async(Kubiya(api_key="k")))


def options_and_record(kb: Kubiya, rf: Runflow) -> None:
    fast = kb.with_options(timeout=2.0, max_retries=0, max_response_bytes=4096)
    assert_type(fast, Kubiya)
    assert_type(rf.with_options(timeout=None), Runflow)
    result = fast.cancel("exec", reason="stuck")
    assert_type(result.request_id, str | None)
    assert_type(result.attempts, int)
    assert_type(result.elapsed, float)
    assert_type(result.headers, Mapping[str, str])
    assert_type(result.retried, tuple[Retried, ...])
    status = rf.status("01J0")
    assert_type(status.request_id, str | None)
    assert_type(status.retried, tuple[Retried, ...])
    try:
        fast.cancel("exec", reason="stuck")
    except errors.PipelineCancelError as exc:
        assert_type(exc.request_id, str | None)
        assert_type(exc.attempts, int)
        assert_type(exc.elapsed, float | None)
        assert_type(exc.retried, tuple[Retried, ...])


def sdk_on_httpx2(client: httpx2.Client, aclient: httpx2.AsyncClient) -> None:
    """An SDK on openai 3.x or anthropic 2.x passes its httpx2 clients as they are, no alias."""
    kb = Kubiya(api_key="k", http_client=client, async_http_client=aclient, default_headers={"X-Team": "ops"})
    traced = kb.with_options(extra_headers={"X-Correlation-Id": "c-1"})
    assert_type(traced, Kubiya)
    assert_type(traced.cancel("exec", reason="r"), CancelResult[TerminateWorkflowResponse | None])
    gl = Gumloop.from_env(http_client=client)
    assert_type(gl, Gumloop)
    mixed = Runflow(admin_key="rf_svc_x", http_client=httpx.Client(), async_http_client=aclient)
    assert_type(mixed, Runflow)
