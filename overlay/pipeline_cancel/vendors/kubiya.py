"""Kubiya: `POST /api/v1/executions/{execution_id}/terminate` with a required reason (1-500 chars).

The page says the id may be the execution UUID or the Temporal workflow id, so any id
is sent; but Kubiya's server (kubiya-control-plane-api 1.0.2, routers/executions.py)
compares it with a UUID column first, and answers 500 to an id that is not a UUID, on
terminate and on the status read alike. The document lists no server, so the base URL
defaults to Kubiya's control plane.

The server terminates only `running` or `pending` executions
(services/workflow_operations_service.py) and refuses any other with
`400 {"detail": "Cannot terminate workflow in status: <state>"}`. A `completed` or
`cancelled` execution has stopped, so that refusal is `already_finished`, as every
other vendor reports a run that had already ended; for any other state one status read
decides (a failed execution may be retried, so `failed` alone is not the end).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, check_text, require_env
from pipeline_cancel.errors import APIStatusError, InvalidRequestError, NotCanceledError
from pipeline_cancel.inputs import InputValue, RunInput
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code loads when a call first needs it (`_lazy.py`)
    import kubiya_client.api.default.get_execution_api_v1_executions_execution_id_get as status_op
    import kubiya_client.api.default.terminate_execution_api_v1_executions_execution_id_terminate_post as terminate_op  # noqa: E501
    import kubiya_client.models.terminate_workflow_request as request_model
    from kubiya_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from kubiya_client.models.execution_response import ExecutionResponse
    from kubiya_client.models.terminate_workflow_response import TerminateWorkflowResponse
else:
    status_op = Module("kubiya_client.api.default.get_execution_api_v1_executions_execution_id_get")
    terminate_op = Module(
        "kubiya_client.api.default.terminate_execution_api_v1_executions_execution_id_terminate_post"
    )
    request_model = Module("kubiya_client.models.terminate_workflow_request")


# The terminate page: the execution "will be cancelled and its status will be updated to
# 'cancelled'". The executions lifecycle page: a failed execution may be retried automatically,
# so `failed` is not final here; only a cancelled or completed execution is.
CANCELED = frozenset({"cancelled", "canceled"})
TERMINAL = CANCELED | {"completed"}
# The server's refusal of a state it does not terminate (routers/executions.py); the state
# column is nullable, so it can read `None`.
REFUSED = re.compile(r"Cannot terminate workflow in status: (\S+)")


class Kubiya(Vendor["AuthenticatedClient", "TerminateWorkflowResponse | None", "ExecutionResponse"]):
    name = "kubiya"
    default_base_url = "https://control-plane.kubiya.ai"
    base_url_env = ("KUBIYA_BASE_URL",)
    credential_env = ("KUBIYA_API_KEY",)
    cli_help = "KUBIYA_API_KEY  (--reason required, 1-500 chars)"
    inputs = (RunInput("reason", "why, for the audit log (1-500 characters)", required=True),)
    _responses = Models({200: "kubiya_client.models.terminate_workflow_response:TerminateWorkflowResponse"})
    _status_responses = Models({200: "kubiya_client.models.execution_response:ExecutionResponse"})
    _client_class = Generated("kubiya_client.client:AuthenticatedClient")

    def __init__(self, *, api_key: str, **options: Unpack[VendorOptions]) -> None:
        super().__init__(bearer(self.name, api_key, "api_key"), **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        return cls(api_key=require_env(cls.name, "KUBIYA_API_KEY"), **options)

    def cancel(
        self, execution_id: str, *, reason: str, wait: float | None = None
    ) -> CancelResult[TerminateWorkflowResponse | None]:
        """Terminate a Kubiya execution (`POST /api/v1/executions/{execution_id}/terminate`).

        Args:
            execution_id: the execution (its UUID; Kubiya's server answers 500 to any other id).
            reason: why, for the audit log (1-500 characters).
            wait: seconds to read the run's state after an accepted cancel, until it is final
                (cancelled or completed); None (the default) returns on the cancel's answer.

        Returns:
            `canceled` when Kubiya answers `success: true`; `already_finished` when it refuses an
            execution that had ended (its 400), with `response` None.

        Raises:
            ConfigurationError: a bad argument, before anything is sent.
            APIStatusError: the vendor refused (a subclass per status: NotFoundError, ...).
            TransportError: no answer within the deadline, after the retries.
            UnexpectedResponseError: an answer the vendor's document does not allow.
            NotCanceledError: `success: false`. NotConfirmedError: `wait` ran out.
        """
        return self._cancel(execution_id, {"reason": reason}, wait=wait)

    async def acancel(
        self, execution_id: str, *, reason: str, wait: float | None = None
    ) -> CancelResult[TerminateWorkflowResponse | None]:
        """`cancel`, awaited on the running event loop (asyncio or trio).

        Args:
            execution_id, reason, wait: as for `cancel`.

        Returns:
            The same `CancelResult` as `cancel`.

        Raises:
            The errors `cancel` raises.
        """
        return await self._acancel(execution_id, {"reason": reason}, wait=wait)

    def status(self, execution_id: str) -> RunStatus[ExecutionResponse]:
        """Read an execution's state (`GET /api/v1/executions/{execution_id}`).

        Args:
            execution_id: the execution to read.

        Returns:
            `vendor_status` is its `status`; `terminal` for cancelled and completed (a failed
            execution may be retried, so it is not final).

        Raises:
            ConfigurationError: a bad id, before anything is sent. APIStatusError,
            TransportError, UnexpectedResponseError: as for `cancel`.
        """
        return self._status(execution_id)

    async def astatus(self, execution_id: str) -> RunStatus[ExecutionResponse]:
        """`status`, awaited on the running event loop.

        Args:
            execution_id: as for `status`.

        Returns:
            The same `RunStatus` as `status`.

        Raises:
            The errors `status` raises.
        """
        return await self._astatus(execution_id)

    def _build_status(self, run_id: str) -> dict[str, Any]:
        return status_op._get_kwargs(check_id(run_id, "execution_id", self.name))

    def _read_status(self, run_id: str, parsed: ExecutionResponse) -> RunStatus[ExecutionResponse]:
        state = parsed.status
        return RunStatus(
            self.name, run_id, state, state.lower() in TERMINAL, state.lower() in CANCELED, parsed
        )

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        reason = check_text(options.get("reason"), "reason", self.name, min_len=1, max_len=500)
        return terminate_op._get_kwargs(
            check_id(run_id, "execution_id", self.name),
            body=request_model.TerminateWorkflowRequest(reason=reason),
        )

    def _interpret(
        self, run_id: str, status: int, parsed: TerminateWorkflowResponse
    ) -> CancelResult[TerminateWorkflowResponse | None]:
        if parsed.success:
            return CancelResult(self.name, run_id, "canceled", "success", status, parsed)
        raise NotCanceledError(
            "Kubiya answered success: false; the execution was not terminated",
            vendor_status="success: false",
            response=parsed,
            vendor=self.name,
            http_status=status,
        )

    def _refused_state(self, error: APIStatusError) -> tuple[str, bool] | None:
        if error.http_status != 400 or error.body is None:
            return None
        try:
            detail = json.loads(error.body).get("detail")
        except (ValueError, AttributeError, RecursionError):
            return None
        match = REFUSED.fullmatch(detail) if isinstance(detail, str) else None
        if match is None:
            return None
        state = match.group(1)
        return state, state.lower() in TERMINAL

    def _refused(
        self,
        run_id: str,
        error: APIStatusError,
        state: str,
        read: RunStatus[ExecutionResponse] | None,
    ) -> CancelResult[TerminateWorkflowResponse | None]:
        status = error.http_status or 400
        if state.lower() in TERMINAL:
            return CancelResult(self.name, run_id, "already_finished", state, status, None)
        if read is None:  # the read failed: nothing shows that the execution stopped
            raise error
        if read.terminal:
            return CancelResult(
                self.name, run_id, "already_finished", read.vendor_status, status, None, status=read
            )
        raise InvalidRequestError(
            f"will not terminate an execution in status {state!r} (only running or pending ones),"
            f" and a status read shows it {read.vendor_status!r}, not ended",
            vendor=self.name,
            http_status=error.http_status,
            body=error.body,
            headers=error.headers,
        ) from error
