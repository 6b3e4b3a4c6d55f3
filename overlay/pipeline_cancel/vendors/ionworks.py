"""Ionworks: `POST /pipelines/{pipeline_id}/cancel` returns the whole Pipeline record.

The record says `canceled` when the cancel took effect, otherwise its current state:
`completed`/`failed` mean it had already ended; `pending`/`running` mean it was not
stopped. The seed document declares no security; Ionworks' own SDK sends
`X-API-Key` (or a Bearer JWT), and so does this class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import bearer, check_header_value
from pipeline_cancel.checks import check_id, env
from pipeline_cancel.errors import ConfigurationError, NotCanceledError
from pipeline_cancel.inputs import InputValue
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code loads when a call first needs it (`_lazy.py`)
    import ionworks_client.api.pipeline.cancel_pipeline_pipelines_pipeline_id_cancel_post as cancel_op
    import ionworks_client.api.pipeline.get_pipeline_pipelines_pipeline_id_get as status_op
    from ionworks_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from ionworks_client.models.pipeline import Pipeline
else:
    cancel_op = Module("ionworks_client.api.pipeline.cancel_pipeline_pipelines_pipeline_id_cancel_post")
    status_op = Module("ionworks_client.api.pipeline.get_pipeline_pipelines_pipeline_id_get")


# The Pipeline record's status is one of pending, running, completed, failed, canceled; the
# vendor's SDK calls the last three terminal, and sends `is_terminal` as the server's own word,
# which wins where present.
TERMINAL = frozenset({"completed", "failed", "canceled"})  # PipelineStatus's values
API_KEY_HEADER = "X-API-Key"  # header names are case-insensitive; this is the page's spelling


class Ionworks(Vendor["AuthenticatedClient", "Pipeline", "Pipeline"]):
    name = "ionworks"
    default_base_url = "https://api.ionworks.com"
    base_url_env = ("IONWORKS_BASE_URL", "IONWORKS_API_URL")
    credential_env = ("IONWORKS_API_KEY", "IONWORKS_API_TOKEN")
    cli_help = "IONWORKS_API_KEY or IONWORKS_API_TOKEN  (RUN_ID is the pipeline id)"
    _responses = Models({200: "ionworks_client.models.pipeline:Pipeline"})
    _status_responses = Models({200: "ionworks_client.models.pipeline:Pipeline"})
    cancel_answer_is_final = True  # the cancel answers with the record, canceled or in its final state
    _client_class = Generated("ionworks_client.client:AuthenticatedClient")

    def __init__(
        self, *, api_key: str | None = None, token: str | None = None, **options: Unpack[VendorOptions]
    ) -> None:
        if (api_key is None) == (token is None):
            raise ConfigurationError(
                "pass either api_key (X-API-Key) or token (Bearer), not both", vendor=self.name
            )
        headers = (
            {API_KEY_HEADER: check_header_value(api_key, "api_key", self.name)}
            if api_key is not None
            else bearer(self.name, token, "token")
        )
        super().__init__(headers, **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        api_key, token = env("IONWORKS_API_KEY"), env("IONWORKS_API_TOKEN")
        if api_key is not None:
            return cls(api_key=api_key, **options)
        if token is not None:
            return cls(token=token, **options)
        raise ConfigurationError(
            "set IONWORKS_API_KEY or IONWORKS_API_TOKEN in the environment", vendor=cls.name
        )

    def cancel(self, pipeline_id: str, *, wait: float | None = None) -> CancelResult[Pipeline]:
        """Cancel an Ionworks pipeline (`POST /pipelines/{pipeline_id}/cancel`).

        Args:
            pipeline_id: the pipeline; Ionworks cancels a pipeline by its id, so it is the run id.
            wait: seconds to read the run's state after an accepted cancel, until it is final
                (canceled, completed or failed); None (the default) returns on the cancel's answer.

        Returns:
            `canceled` when the record comes back `canceled`, `already_finished` when it comes
            back `completed` or `failed`; `response` is the pipeline record.

        Raises:
            ConfigurationError: a bad argument, before anything is sent.
            APIStatusError: the vendor refused (a subclass per status: NotFoundError, ...).
            TransportError: no answer within the deadline, after the retries.
            UnexpectedResponseError: an answer the vendor's document does not allow.
            NotCanceledError: the record still running or pending. NotConfirmedError: `wait` ran out.
        """
        return self._cancel(pipeline_id, wait=wait)

    async def acancel(self, pipeline_id: str, *, wait: float | None = None) -> CancelResult[Pipeline]:
        """`cancel`, awaited on the running event loop (asyncio or trio).

        Args:
            pipeline_id, wait: as for `cancel`.

        Returns:
            The same `CancelResult` as `cancel`.

        Raises:
            The errors `cancel` raises.
        """
        return await self._acancel(pipeline_id, wait=wait)

    def status(self, pipeline_id: str) -> RunStatus[Pipeline]:
        """Read a pipeline's state (`GET /pipelines/{pipeline_id}`).

        Args:
            pipeline_id: the pipeline to read.

        Returns:
            `vendor_status` is its `status`; `terminal` follows `is_terminal` when the record has it.

        Raises:
            ConfigurationError: a bad id, before anything is sent. APIStatusError,
            TransportError, UnexpectedResponseError: as for `cancel`.
        """
        return self._status(pipeline_id)

    async def astatus(self, pipeline_id: str) -> RunStatus[Pipeline]:
        """`status`, awaited on the running event loop.

        Args:
            pipeline_id: as for `status`.

        Returns:
            The same `RunStatus` as `status`.

        Raises:
            The errors `status` raises.
        """
        return await self._astatus(pipeline_id)

    def _build_status(self, run_id: str) -> dict[str, Any]:
        return status_op._get_kwargs(check_id(run_id, "pipeline_id", self.name))

    def _read_status(self, run_id: str, parsed: Pipeline) -> RunStatus[Pipeline]:
        said = parsed.additional_properties.get("is_terminal")
        terminal = said if isinstance(said, bool) else parsed.status.value in TERMINAL
        canceled = parsed.status.value == "canceled"
        return RunStatus(self.name, run_id, parsed.status.value, terminal, canceled, parsed)

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        return cancel_op._get_kwargs(check_id(run_id, "pipeline_id", self.name))

    def _interpret(self, run_id: str, status: int, parsed: Pipeline) -> CancelResult[Pipeline]:
        state = parsed.status
        if state.value == "canceled":
            return CancelResult(self.name, run_id, "canceled", state.value, status, parsed)
        if state.value in TERMINAL:
            return CancelResult(self.name, run_id, "already_finished", state.value, status, parsed)
        raise NotCanceledError(
            f"Ionworks returned the pipeline still {state.value}; it was not canceled",
            vendor_status=state.value,
            response=parsed,
            vendor=self.name,
            http_status=status,
        )
