"""VectorShift: `POST /pipeline/{id}/terminate` with `{run_id}`; `{status: failed}` means not terminated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, require_env
from pipeline_cancel.errors import NotCanceledError
from pipeline_cancel.inputs import InputValue, RunInput
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code loads when a call first needs it (`_lazy.py`)
    import vectorshift_client.api.default.post_pipeline_id_terminate as post_pipeline_id_terminate
    import vectorshift_client.models.pipeline_terminate_request as request_model
    from vectorshift_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from vectorshift_client.models.post_pipeline_id_terminate_response_200 import (
        PostPipelineIdTerminateResponse200,
    )
else:
    post_pipeline_id_terminate = Module("vectorshift_client.api.default.post_pipeline_id_terminate")
    request_model = Module("vectorshift_client.models.pipeline_terminate_request")


_MODELS = "vectorshift_client.models"


class VectorShift(Vendor["AuthenticatedClient", "PostPipelineIdTerminateResponse200", object]):
    """VectorShift documents no REST operation to read a run's state: no `status()`, and no `wait=`."""

    name = "vectorshift"
    default_base_url = "https://api.vectorshift.ai/v1"
    base_url_env = ("VECTORSHIFT_BASE_URL",)
    credential_env = ("VECTORSHIFT_API_KEY",)
    cli_help = "VECTORSHIFT_API_KEY  (needs --pipeline-id)"
    inputs = (RunInput("pipeline_id", "the pipeline the run belongs to", required=True),)
    _responses = Models(
        {200: f"{_MODELS}.post_pipeline_id_terminate_response_200:PostPipelineIdTerminateResponse200"}
    )
    _client_class = Generated("vectorshift_client.client:AuthenticatedClient")

    def __init__(self, *, api_key: str, **options: Unpack[VendorOptions]) -> None:
        super().__init__(bearer(self.name, api_key, "api_key"), **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        return cls(api_key=require_env(cls.name, "VECTORSHIFT_API_KEY"), **options)

    def cancel(self, run_id: str, *, pipeline_id: str) -> CancelResult[PostPipelineIdTerminateResponse200]:
        """Terminate a VectorShift pipeline run (`POST /pipeline/{pipeline_id}/terminate`).

        Args:
            run_id: the run to terminate.
            pipeline_id: the pipeline the run belongs to (required by the route).

        Returns:
            `canceled` when VectorShift answers `status: success`. VectorShift documents no
            status operation, so there is no `wait=`.

        Raises:
            ConfigurationError: a bad argument, before anything is sent.
            APIStatusError: the vendor refused (a subclass per status: NotFoundError, ...).
            TransportError: no answer within the deadline, after the retries.
            UnexpectedResponseError: an answer the vendor's document does not allow.
            NotCanceledError: any other `status`.
        """
        return self._cancel(run_id, {"pipeline_id": pipeline_id})

    async def acancel(
        self, run_id: str, *, pipeline_id: str
    ) -> CancelResult[PostPipelineIdTerminateResponse200]:
        """`cancel`, awaited on the running event loop (asyncio or trio).

        Args:
            run_id, pipeline_id: as for `cancel`.

        Returns:
            The same `CancelResult` as `cancel`.

        Raises:
            The errors `cancel` raises.
        """
        return await self._acancel(run_id, {"pipeline_id": pipeline_id})

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        return post_pipeline_id_terminate._get_kwargs(
            check_id(options.get("pipeline_id"), "pipeline_id", self.name),
            body=request_model.PipelineTerminateRequest(run_id=check_id(run_id, "run_id", self.name)),
        )

    def _interpret(
        self, run_id: str, status: int, parsed: PostPipelineIdTerminateResponse200
    ) -> CancelResult[PostPipelineIdTerminateResponse200]:
        if parsed.status.value == "success":  # the generated enum's SUCCESS
            return CancelResult(self.name, run_id, "canceled", parsed.status.value, status, parsed)
        raise NotCanceledError(
            "VectorShift answered status: failed; the run was not terminated",
            vendor_status=parsed.status.value,
            response=parsed,
            vendor=self.name,
            http_status=status,
        )
