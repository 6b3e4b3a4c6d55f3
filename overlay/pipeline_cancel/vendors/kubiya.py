"""Kubiya: `POST /api/v1/executions/{execution_id}/terminate` with a required reason (1-500 chars).

The id may be the execution UUID or the Temporal workflow id. The document lists no
server, so the base URL defaults to Kubiya's control plane.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, Unpack

from kubiya_client.api.default import (
    get_execution_api_v1_executions_execution_id_get as status_op,
)
from kubiya_client.api.default import (
    terminate_execution_api_v1_executions_execution_id_terminate_post as terminate_op,
)
from kubiya_client.client import AuthenticatedClient
from kubiya_client.models.execution_response import ExecutionResponse
from kubiya_client.models.terminate_workflow_request import TerminateWorkflowRequest
from kubiya_client.models.terminate_workflow_response import TerminateWorkflowResponse

from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, check_text, require_env
from pipeline_cancel.errors import NotCanceledError
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.vendor import Vendor, VendorOptions

# The terminate page: the execution "will be cancelled and its status will be updated to
# 'cancelled'". The executions lifecycle page: a failed execution may be retried automatically,
# so `failed` is not final here; only a cancelled or completed execution is.
CANCELED = frozenset({"cancelled", "canceled"})
TERMINAL = CANCELED | {"completed"}


class Kubiya(Vendor[AuthenticatedClient, TerminateWorkflowResponse, ExecutionResponse]):
    name = "kubiya"
    default_base_url = "https://control-plane.kubiya.ai"
    base_url_env = ("KUBIYA_BASE_URL",)
    credential_env = ("KUBIYA_API_KEY",)
    cli_help = "KUBIYA_API_KEY  (--reason required, 1-500 chars)"
    run_options = {"reason": True}
    _responses = {200: TerminateWorkflowResponse}
    _status_responses = {200: ExecutionResponse}
    _client_class = AuthenticatedClient

    def __init__(self, *, api_key: str, **options: Unpack[VendorOptions]) -> None:
        super().__init__(bearer(self.name, api_key, "api_key"), **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        return cls(api_key=require_env(cls.name, "KUBIYA_API_KEY"), **options)

    def cancel(
        self, execution_id: str, *, reason: str, wait: float | None = None
    ) -> CancelResult[TerminateWorkflowResponse]:
        return self._cancel(execution_id, {"reason": reason}, wait=wait)

    async def acancel(
        self, execution_id: str, *, reason: str, wait: float | None = None
    ) -> CancelResult[TerminateWorkflowResponse]:
        return await self._acancel(execution_id, {"reason": reason}, wait=wait)

    def status(self, execution_id: str) -> RunStatus[ExecutionResponse]:
        return self._status(execution_id)

    async def astatus(self, execution_id: str) -> RunStatus[ExecutionResponse]:
        return await self._astatus(execution_id)

    def _build_status(self, run_id: str) -> dict[str, Any]:
        return status_op._get_kwargs(check_id(run_id, "execution_id", self.name))

    def _read_status(self, run_id: str, parsed: ExecutionResponse) -> RunStatus[ExecutionResponse]:
        state = parsed.status
        return RunStatus(
            self.name, run_id, state, state.lower() in TERMINAL, state.lower() in CANCELED, parsed
        )

    def _build(self, run_id: str, options: Mapping[str, str]) -> dict[str, Any]:
        reason = check_text(options.get("reason"), "reason", self.name, min_len=1, max_len=500)
        return terminate_op._get_kwargs(
            check_id(run_id, "execution_id", self.name), body=TerminateWorkflowRequest(reason=reason)
        )

    def _interpret(
        self, run_id: str, status: int, parsed: TerminateWorkflowResponse
    ) -> CancelResult[TerminateWorkflowResponse]:
        if parsed.success:
            return CancelResult(self.name, run_id, "canceled", "success", status, parsed)
        raise NotCanceledError(
            "Kubiya answered success: false; the execution was not terminated",
            vendor_status="success: false",
            response=parsed,
            vendor=self.name,
            http_status=status,
        )
