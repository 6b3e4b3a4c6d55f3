"""Gumloop: `POST /kill_pipeline` kills a flow run and all its subflow runs.

A personal API key acts as its owner and needs `x-auth-key: <user_id>` beside the
Bearer token; an OAuth 2.0 access token is sent alone. The body names the run and
either the user (`user_id`) or the team (`project_id`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import bearer, check_header_value
from pipeline_cancel.checks import check_id, env
from pipeline_cancel.errors import ConfigurationError, NotCanceledError, UnexpectedResponseError
from pipeline_cancel.inputs import InputValue
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code loads when a call first needs it (`_lazy.py`)
    import gumloop_client.api.default.get_automation_run as get_automation_run
    import gumloop_client.api.execution.kill_pipeline as kill_pipeline
    import gumloop_client.models.kill_pipeline_body as body_model
    from gumloop_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from gumloop_client.models.kill_pipeline_response_200 import KillPipelineResponse200
    from gumloop_client.models.run_details import RunDetails
else:
    get_automation_run = Module("gumloop_client.api.default.get_automation_run")
    kill_pipeline = Module("gumloop_client.api.execution.kill_pipeline")
    body_model = Module("gumloop_client.models.kill_pipeline_body")


# "Retrieve run details" lists the states RUNNING, DONE, TERMINATING, FAILED, TERMINATED;
# a killed run passes through TERMINATING to TERMINATED, so only these three are final.
TERMINAL = frozenset({"DONE", "FAILED", "TERMINATED"})
CANCELED = frozenset({"TERMINATED"})
USER_HEADER = "x-auth-key"  # a personal key's user id; header names are case-insensitive


class Gumloop(Vendor["AuthenticatedClient", "KillPipelineResponse200", "RunDetails"]):
    name = "gumloop"
    default_base_url = "https://api.gumloop.com/api/v1"
    base_url_env = ("GUMLOOP_BASE_URL",)
    credential_env = ("GUMLOOP_API_KEY", "GUMLOOP_ACCESS_TOKEN", "GUMLOOP_USER_ID", "GUMLOOP_PROJECT_ID")
    cli_help = (
        "GUMLOOP_API_KEY + GUMLOOP_USER_ID, or GUMLOOP_ACCESS_TOKEN + GUMLOOP_USER_ID|GUMLOOP_PROJECT_ID"
    )
    _responses = Models({200: "gumloop_client.models.kill_pipeline_response_200:KillPipelineResponse200"})
    _status_responses = Models({200: "gumloop_client.models.run_details:RunDetails"})
    _client_class = Generated("gumloop_client.client:AuthenticatedClient")

    def __init__(
        self,
        *,
        api_key: str | None = None,
        user_id: str | None = None,
        access_token: str | None = None,
        project_id: str | None = None,
        **options: Unpack[VendorOptions],
    ) -> None:
        if (api_key is None) == (access_token is None):
            raise ConfigurationError(
                "pass either api_key (personal key, with user_id) or access_token (OAuth), not both",
                vendor=self.name,
            )
        if api_key is not None:
            if user_id is None:
                raise ConfigurationError(
                    "a personal api_key needs user_id (sent as x-auth-key)", vendor=self.name
                )
            headers = bearer(self.name, api_key, "api_key")
            headers[USER_HEADER] = check_header_value(user_id, "user_id", self.name)
        else:
            if user_id is None and project_id is None:
                raise ConfigurationError("pass user_id or project_id with the access_token", vendor=self.name)
            headers = bearer(self.name, access_token, "access_token")
        self.user_id = None if user_id is None else check_header_value(user_id, "user_id", self.name)
        self.project_id = None if project_id is None else check_id(project_id, "project_id", self.name)
        # Sent with every request (body of the kill, query of the status read), only when given.
        self._ids = {
            name: value
            for name, value in (("user_id", self.user_id), ("project_id", self.project_id))
            if value
        }
        super().__init__(headers, **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        """GUMLOOP_API_KEY + GUMLOOP_USER_ID, or GUMLOOP_ACCESS_TOKEN + GUMLOOP_USER_ID/GUMLOOP_PROJECT_ID."""
        api_key, token = env("GUMLOOP_API_KEY"), env("GUMLOOP_ACCESS_TOKEN")
        user_id, project_id = env("GUMLOOP_USER_ID"), env("GUMLOOP_PROJECT_ID")
        if api_key is None and token is None:
            raise ConfigurationError(
                "set GUMLOOP_API_KEY or GUMLOOP_ACCESS_TOKEN in the environment", vendor=cls.name
            )
        if api_key is not None and user_id is None:
            raise ConfigurationError("set GUMLOOP_USER_ID (a personal key needs it)", vendor=cls.name)
        if api_key is None and user_id is None and project_id is None:
            raise ConfigurationError("set GUMLOOP_USER_ID or GUMLOOP_PROJECT_ID", vendor=cls.name)
        if api_key is not None:
            return cls(api_key=api_key, user_id=user_id, project_id=project_id, **options)
        return cls(access_token=token, user_id=user_id, project_id=project_id, **options)

    def cancel(self, run_id: str, *, wait: float | None = None) -> CancelResult[KillPipelineResponse200]:
        """Kill a Gumloop run and its subflow runs (`POST /kill_pipeline`).

        Args:
            run_id: the run to kill.
            wait: seconds to read the run's state after an accepted cancel, until it is final
                (TERMINATED, DONE or FAILED); None (the default) returns on the cancel's answer.

        Returns:
            `canceled` when Gumloop answers `success: true`; `response` is that answer.

        Raises:
            ConfigurationError: a bad argument, before anything is sent.
            APIStatusError: the vendor refused (a subclass per status: NotFoundError, ...).
            TransportError: no answer within the deadline, after the retries.
            UnexpectedResponseError: an answer the vendor's document does not allow.
            NotCanceledError: `success: false`. NotConfirmedError: `wait` ran out first.
        """
        return self._cancel(run_id, wait=wait)

    async def acancel(
        self, run_id: str, *, wait: float | None = None
    ) -> CancelResult[KillPipelineResponse200]:
        """`cancel`, awaited on the running event loop (asyncio or trio).

        Args:
            run_id, wait: as for `cancel`.

        Returns:
            The same `CancelResult` as `cancel`.

        Raises:
            The errors `cancel` raises.
        """
        return await self._acancel(run_id, wait=wait)

    def status(self, run_id: str) -> RunStatus[RunDetails]:
        """Read a run's state (`GET /get_pl_run`).

        Args:
            run_id: the run to read.

        Returns:
            `vendor_status` is its `state`; `terminal` is true for TERMINATED, DONE and FAILED.

        Raises:
            ConfigurationError: a bad id, before anything is sent. APIStatusError,
            TransportError, UnexpectedResponseError: as for `cancel`.
        """
        return self._status(run_id)

    async def astatus(self, run_id: str) -> RunStatus[RunDetails]:
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
        return get_automation_run._get_kwargs(run_id=check_id(run_id, "run_id", self.name), **self._ids)

    def _read_status(self, run_id: str, parsed: RunDetails) -> RunStatus[RunDetails]:
        if not isinstance(parsed.state, str):
            raise UnexpectedResponseError("the run details carry no state", vendor=self.name, http_status=200)
        state = parsed.state
        return RunStatus(self.name, run_id, state, state in TERMINAL, state in CANCELED, parsed)

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        body = body_model.KillPipelineBody(run_id=check_id(run_id, "run_id", self.name), **self._ids)
        return kill_pipeline._get_kwargs(body=body)

    def _interpret(
        self, run_id: str, status: int, parsed: KillPipelineResponse200
    ) -> CancelResult[KillPipelineResponse200]:
        if parsed.success is True:
            return CancelResult(self.name, run_id, "canceled", "success", status, parsed)
        if parsed.success is False:
            raise NotCanceledError(
                "Gumloop answered success: false; the run was not killed",
                vendor_status="success: false",
                response=parsed,
                vendor=self.name,
                http_status=status,
            )
        raise UnexpectedResponseError("200 without a success field", vendor=self.name, http_status=status)
