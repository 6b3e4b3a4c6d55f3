"""Prefect: `POST /flow_runs/{id}/set_state` with `{"state": {"type": "CANCELLING"}}`.

This is how Prefect's own CLI cancels a run (`prefect flow-run cancel`,
src/prefect/cli/flow_run.py): it asks for CANCELLING, unforced, and the server's
orchestration rules decide. The answer is an `OrchestrationResult`: a `status` (ACCEPT,
REJECT, ABORT or WAIT), the run's `state` after the call, and `details` with a reason.
Observed on a prefect 3.9.1 server (the `prefect_server` session proves each row):

- a running, pending or paused run: 201 ACCEPT, state CANCELLING. The stop is requested;
  the run ends (CANCELLED) when its worker acts, which `wait=` waits for.
- a scheduled run with no infrastructure: 201 REJECT, state CANCELLED. The server
  cancelled it outright.
- a run already cancelling: 200 REJECT, state CANCELLING.
- a completed, failed, crashed or cancelled run: 200 ABORT, state that terminal state,
  reason "Run is already in terminal state COMPLETED."

The first three are `canceled` (this call stopped the run, requested its stop, or found
its stop requested), the last `already_finished`; `vendor_status` is the state's type.
Anything else (WAIT, or a state no cancel leads to) is a `NotCanceledError` that carries
the server's reason. Ids are flow-run UUIDs, checked before anything is sent: the server
answers an id that is not one with a bare 404 from its router.

`POST /flow_runs/bulk_set_state` is not used: its body is a filter, and the server ignores
a filter key it does not know, so a misspelled one matches every run.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import AUTHORIZATION, bearer
from pipeline_cancel.checks import check_id, env
from pipeline_cancel.errors import ConfigurationError, NotCanceledError
from pipeline_cancel.inputs import InputValue
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code (and uuid) loads when a call first needs it (`_lazy.py`)
    import uuid

    import prefect_client.api.flow_runs.read_flow_run_flow_runs_id_get as read_op
    import prefect_client.api.flow_runs.set_flow_run_state_flow_runs_id_set_state_post as set_state_op
    import prefect_client.models as models
    from prefect_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from prefect_client.models.flow_run_response import FlowRunResponse
    from prefect_client.models.orchestration_result import OrchestrationResult
else:
    read_op = Module("prefect_client.api.flow_runs.read_flow_run_flow_runs_id_get")
    set_state_op = Module("prefect_client.api.flow_runs.set_flow_run_state_flow_runs_id_set_state_post")
    models = Module("prefect_client.models")
    uuid = Module("uuid")  # a millisecond of `from pipeline_cancel import Prefect` otherwise

# src/prefect/client/schemas/objects.py, StateType and `is_final`: these four end a run.
TERMINAL = frozenset({"COMPLETED", "FAILED", "CRASHED", "CANCELLED"})
# What a cancel leads to: the stop requested (CANCELLING) or done (CANCELLED).
STOPPING = frozenset({"CANCELLING", "CANCELLED"})
# The server's default address, as `prefect server start` prints it for PREFECT_API_URL
# (src/prefect/cli/server.py): loopback, so a forgotten base URL never leaves the machine.
LOCAL_SERVER = "http://127.0.0.1:4200/api"


def check_flow_run_id(value: object, vendor: str) -> uuid.UUID:
    """A flow-run id as Prefect's routes take it: a UUID, in any spelling `uuid.UUID` reads."""
    text = check_id(value, "flow_run_id", vendor)
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ConfigurationError(
            f"flow_run_id {text!r} is not a UUID: Prefect names flow runs by UUID (as"
            " `prefect flow-run ls` shows them, e.g. 0c9a51d8-7a4f-4ed2-9d1b-3f1b1e0b6a52)",
            vendor=vendor,
        ) from None


def basic(vendor: str, auth_string: object) -> dict[str, str]:
    """PREFECT_API_AUTH_STRING as Prefect's client sends it: `Basic` and the string in base64."""
    if not isinstance(auth_string, str):
        raise ConfigurationError(
            f"auth_string must be a string, got {type(auth_string).__name__}", vendor=vendor
        )
    if not auth_string:
        raise ConfigurationError("auth_string is empty", vendor=vendor)
    if any(c < " " or c == "\x7f" for c in auth_string):
        raise ConfigurationError(
            "auth_string contains a control character (a line break pasted with it?)", vendor=vendor
        )
    token = base64.b64encode(auth_string.encode("utf-8")).decode("ascii")
    return {AUTHORIZATION: f"Basic {token}"}


def _state_type(result: OrchestrationResult) -> str | None:
    state = result.state
    return None if state is None else str(state.type_.value)


def _reason(result: OrchestrationResult) -> str:
    reason = getattr(result.details, "reason", None)
    return reason if isinstance(reason, str) and reason else "no reason given"


class Prefect(Vendor["AuthenticatedClient", "OrchestrationResult", "FlowRunResponse"]):
    """A Prefect server's API: Prefect Cloud (an API key) or a self-hosted server (its basic-auth
    string, or nothing).

    The base URL is the API's, as PREFECT_API_URL holds it: for Prefect Cloud
    `https://api.prefect.cloud/api/accounts/<account id>/workspaces/<workspace id>`, for a
    self-hosted server `http(s)://<host>:4200/api`. Without one, the local server's default,
    `http://127.0.0.1:4200/api`.

    A credential travels only over https or to a loopback address; a self-hosted server on
    plain http elsewhere is reached with no credential at all (nothing secret crosses the
    network), and one that needs its auth string over https, or through a tunnel to
    127.0.0.1.
    """

    name = "prefect"
    default_base_url = LOCAL_SERVER
    base_url_env = ("PREFECT_BASE_URL", "PREFECT_API_URL")
    credential_env = ("PREFECT_API_KEY", "PREFECT_API_AUTH_STRING")
    cli_help = "PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING, or neither  (RUN_ID: flow-run UUID)"
    _responses = Models(
        {
            200: "prefect_client.models.orchestration_result:OrchestrationResult",
            201: "prefect_client.models.orchestration_result:OrchestrationResult",
        }
    )
    _status_responses = Models({200: "prefect_client.models.flow_run_response:FlowRunResponse"})
    _client_class = Generated("prefect_client.client:AuthenticatedClient")

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_string: str | None = None,
        **options: Unpack[VendorOptions],
    ) -> None:
        """Args:
            api_key: a Prefect Cloud API key, sent as `Authorization: Bearer <key>`.
            auth_string: a self-hosted server's `PREFECT_SERVER_API_AUTH_STRING` (`user:password`),
                sent as `Authorization: Basic <base64>`, as Prefect's client sends it.
            **options: `base_url` (the API's URL, ending in `/api` for a self-hosted server),
                `timeout`, `max_retries`, `max_response_bytes`, `http_client`,
                `async_http_client`, `default_headers`.

        Raises:
            ConfigurationError: both credentials given, a credential that cannot be a header, or a
                credential bound for plain http on a host that is not loopback.
        """
        if api_key is not None and auth_string is not None:
            raise ConfigurationError(
                "give api_key (Prefect Cloud) or auth_string (a self-hosted server), not both",
                vendor=self.name,
            )
        credentials: dict[str, str] = {}
        secrets: tuple[str, ...] = ()
        if api_key is not None:
            credentials = bearer(self.name, api_key, "api_key")
        elif auth_string is not None:
            credentials = basic(self.name, auth_string)
            secrets = (auth_string, auth_string.partition(":")[2])
        super().__init__(credentials, also_redact=secrets, **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        api_key, auth_string = env("PREFECT_API_KEY"), env("PREFECT_API_AUTH_STRING")
        if api_key is not None and auth_string is not None:
            raise ConfigurationError(
                "both PREFECT_API_KEY and PREFECT_API_AUTH_STRING are set: keep the one for this"
                " server (the key for Prefect Cloud, the auth string for a self-hosted server)",
                vendor=cls.name,
            )
        return cls(api_key=api_key, auth_string=auth_string, **options)

    def cancel(self, flow_run_id: str, *, wait: float | None = None) -> CancelResult[OrchestrationResult]:
        """Ask Prefect to cancel a flow run, as `prefect flow-run cancel` does.

        Args:
            flow_run_id: the flow run's UUID.
            wait: seconds to wait for the run to reach CANCELLED (or another final state),
                reading it about once a second; None returns on the server's answer.

        Returns:
            `canceled` when the server cancelled the run, requested its stop (CANCELLING), or
            found it already cancelling; `already_finished` when it had ended. `vendor_status`
            is the run's state type after the call; `response` the server's OrchestrationResult.

        Raises:
            ConfigurationError: an id that is not a UUID, before anything is sent.
            NotFoundError: no flow run has this id.
            NotCanceledError: the server neither cancelled nor requested the stop (its reason is
                in the message).
            NotConfirmedError: `wait` passed without the run reaching a final state.
            APIStatusError, TransportError: as for every vendor.
        """
        return self._cancel(flow_run_id, wait=wait)

    async def acancel(
        self, flow_run_id: str, *, wait: float | None = None
    ) -> CancelResult[OrchestrationResult]:
        """`cancel`, awaited on the running event loop (asyncio or trio).

        Args:
            flow_run_id, wait: as for `cancel`.

        Returns:
            The same `CancelResult` as `cancel`.

        Raises:
            The errors `cancel` raises.
        """
        return await self._acancel(flow_run_id, wait=wait)

    def status(self, flow_run_id: str) -> RunStatus[FlowRunResponse]:
        """Read a flow run (`GET /flow_runs/{id}`).

        Args:
            flow_run_id: the flow run's UUID.

        Returns:
            `vendor_status` is its state type; `terminal` for COMPLETED, FAILED, CRASHED and
            CANCELLED; `response` the server's FlowRunResponse.

        Raises:
            ConfigurationError: an id that is not a UUID. NotFoundError: no flow run has it.
        """
        return self._status(flow_run_id)

    async def astatus(self, flow_run_id: str) -> RunStatus[FlowRunResponse]:
        """`status`, awaited on the running event loop.

        Args:
            flow_run_id: as for `status`.

        Returns:
            The same `RunStatus` as `status`.

        Raises:
            The errors `status` raises.
        """
        return await self._astatus(flow_run_id)

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        body = models.BodySetFlowRunStateFlowRunsIdSetStatePost(
            state=models.StateCreate(type_=models.StateType.CANCELLING)
        )
        return set_state_op._get_kwargs(check_flow_run_id(run_id, self.name), body=body)

    def _interpret(
        self, run_id: str, status: int, parsed: OrchestrationResult
    ) -> CancelResult[OrchestrationResult]:
        answer = str(parsed.status.value)
        state = _state_type(parsed)
        if state in STOPPING and answer in {"ACCEPT", "REJECT"}:
            return CancelResult(self.name, run_id, "canceled", state, status, parsed)
        if state in TERMINAL and answer in {"ABORT", "REJECT"}:
            return CancelResult(self.name, run_id, "already_finished", state, status, parsed)
        raise NotCanceledError(
            f"Prefect answered {answer} with the run {state or 'in no state'}: {_reason(parsed)}",
            vendor_status=state or answer,
            response=parsed,
            vendor=self.name,
            http_status=status,
        )

    def _build_status(self, run_id: str) -> dict[str, Any]:
        return read_op._get_kwargs(check_flow_run_id(run_id, self.name))

    def _read_status(self, run_id: str, parsed: FlowRunResponse) -> RunStatus[FlowRunResponse]:
        state = parsed.state_type
        if not isinstance(state, models.StateType):
            held = parsed.state
            state = held.type_ if isinstance(held, models.State) else None
        kind = "NONE" if state is None else str(state.value)
        return RunStatus(self.name, run_id, kind, kind in TERMINAL, kind == "CANCELLED", parsed)
