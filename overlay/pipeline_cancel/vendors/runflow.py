"""Runflow: `POST /v1/admin/runs/{run_id}/cancellation`, admin service keys only.

201 means this call cancelled the run; 200 means it was already terminal and comes
back unchanged. Only `rf_svc_` keys can work (inference `rf_live_` keys get 401), so
any other key is refused here without being sent or echoed. Cancelling does not
stop the provider-side compute and does not refund.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, check_text, require_env
from pipeline_cancel.errors import ConfigurationError, NotCanceledError, UnexpectedResponseError
from pipeline_cancel.inputs import InputValue, RunInput
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code loads when a call first needs it (`_lazy.py`)
    import runflow_client.api.default.cancel_run as cancel_run
    import runflow_client.api.default.get_run as get_run
    import runflow_client.models.cancellation_request as request_model
    import runflow_client.types as generated_types
    from runflow_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from runflow_client.models.run import Run
else:
    cancel_run = Module("runflow_client.api.default.cancel_run")
    get_run = Module("runflow_client.api.default.get_run")
    request_model = Module("runflow_client.models.cancellation_request")
    generated_types = Module("runflow_client.types")


SERVICE_KEY_PREFIX = "rf_svc_"
# Run status_code: queued, running, succeeded, failed, canceled; "the last three are terminal".
TERMINAL = {"succeeded", "failed", "canceled", "cancelled"}
CANCELED = {"canceled", "cancelled"}  # run records say "canceled"; webhook events say "cancelled"


class Runflow(Vendor["AuthenticatedClient", "Run", "Run"]):
    name = "runflow"
    default_base_url = "https://api.runflow.io"
    base_url_env = ("RUNFLOW_BASE_URL",)
    credential_env = ("RUNFLOW_ADMIN_KEY",)
    cli_help = "RUNFLOW_ADMIN_KEY (rf_svc_... admin service key)  (--reason optional, 3-500 chars)"
    inputs = (RunInput("reason", "why, for the audit log (3-500 characters)"),)
    _responses = Models({200: "runflow_client.models.run:Run", 201: "runflow_client.models.run:Run"})
    _status_responses = Models({200: "runflow_client.models.run:Run"})
    cancel_answer_is_final = True  # 201 and 200 both return the run in a terminal state
    _client_class = Generated("runflow_client.client:AuthenticatedClient")

    def __init__(self, *, admin_key: str, **options: Unpack[VendorOptions]) -> None:
        if not isinstance(admin_key, str) or not admin_key.startswith(SERVICE_KEY_PREFIX):
            kind = (
                "an inference key (rf_live_)"
                if isinstance(admin_key, str) and admin_key.startswith("rf_live_")
                else "not a service key"
            )
            raise ConfigurationError(
                f"admin_key is {kind}; the cancellation endpoint needs a service key"
                f" ({SERVICE_KEY_PREFIX}...) with admin scope",
                vendor=self.name,
            )
        super().__init__(bearer(self.name, admin_key, "admin_key"), **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        return cls(admin_key=require_env(cls.name, "RUNFLOW_ADMIN_KEY"), **options)

    def cancel(
        self, run_id: str, *, reason: str | None = None, wait: float | None = None
    ) -> CancelResult[Run]:
        """Cancel a Runflow run as an admin (`POST /v1/admin/runs/{id}/cancellation`).

        Args:
            run_id: the run to cancel.
            reason: why, for the audit log (3-500 characters), or None.
            wait: seconds to read the run's state after an accepted cancel, until it is final
                (canceled, succeeded or failed); None (the default) returns on the cancel's answer.

        Returns:
            `canceled` when this call cancelled it (201), `already_finished` when the run had
            already ended (200, the run unchanged); `response` is the run.

        Raises:
            ConfigurationError: a bad argument, before anything is sent.
            APIStatusError: the vendor refused (a subclass per status: NotFoundError, ...).
            TransportError: no answer within the deadline, after the retries.
            UnexpectedResponseError: an answer the vendor's document does not allow.
            NotCanceledError: the run still queued or running. NotConfirmedError: `wait` ran out.
        """
        return self._cancel(run_id, self.check_inputs({"reason": reason}), wait=wait)

    async def acancel(
        self, run_id: str, *, reason: str | None = None, wait: float | None = None
    ) -> CancelResult[Run]:
        """`cancel`, awaited on the running event loop (asyncio or trio).

        Args:
            run_id, reason, wait: as for `cancel`.

        Returns:
            The same `CancelResult` as `cancel`.

        Raises:
            The errors `cancel` raises.
        """
        return await self._acancel(run_id, self.check_inputs({"reason": reason}), wait=wait)

    def status(self, run_id: str) -> RunStatus[Run]:
        """Read a run's state (`GET /v1/runs/{id}`).

        Args:
            run_id: the run to read.

        Returns:
            `vendor_status` is its `status_code`; `terminal` for canceled, succeeded and failed.

        Raises:
            ConfigurationError: a bad id, before anything is sent. APIStatusError,
            TransportError, UnexpectedResponseError: as for `cancel`.
        """
        return self._status(run_id)

    async def astatus(self, run_id: str) -> RunStatus[Run]:
        """`status`, awaited on the running event loop.

        Args:
            run_id: as for `status`.

        Returns:
            The same `RunStatus` as `status`.

        Raises:
            The errors `status` raises.
        """
        return await self._astatus(run_id)

    def _build_status(self, run_id: str) -> dict[str, Any]:
        return get_run._get_kwargs(check_id(run_id, "run_id", self.name))

    def _read_status(self, run_id: str, parsed: Run) -> RunStatus[Run]:
        state = parsed.status_code
        return RunStatus(
            self.name, run_id, state, state.lower() in TERMINAL, state.lower() in CANCELED, parsed
        )

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        reason = options.get("reason")
        checked = (
            generated_types.UNSET
            if reason is None
            else check_text(reason, "reason", self.name, min_len=3, max_len=500)
        )
        return cancel_run._get_kwargs(
            check_id(run_id, "run_id", self.name), body=request_model.CancellationRequest(reason=checked)
        )

    def _interpret(self, run_id: str, status: int, parsed: Run) -> CancelResult[Run]:
        state = parsed.status_code
        if state.lower() not in TERMINAL:
            raise NotCanceledError(
                f"Runflow answered {status} but the run is still {state}; it was not canceled",
                vendor_status=state,
                response=parsed,
                vendor=self.name,
                http_status=status,
            )
        if status == 201:
            if state.lower() not in CANCELED:
                raise UnexpectedResponseError(
                    f"201 (cancelled by this call) but the run says {state}",
                    vendor=self.name,
                    http_status=status,
                )
            return CancelResult(self.name, run_id, "canceled", state, status, parsed)
        return CancelResult(self.name, run_id, "already_finished", state, status, parsed)
