"""VectorShift: `POST /pipeline/{id}/terminate` with `{run_id}`; `{status: failed}` means not terminated."""

from __future__ import annotations

from typing import Any

from vectorshift_client.api.default import post_pipeline_id_terminate
from vectorshift_client.client import AuthenticatedClient
from vectorshift_client.models.pipeline_terminate_request import PipelineTerminateRequest
from vectorshift_client.models.post_pipeline_id_terminate_response_200 import (
    PostPipelineIdTerminateResponse200,
)
from vectorshift_client.models.post_pipeline_id_terminate_response_200_status import (
    PostPipelineIdTerminateResponse200Status as Status,
)

from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, require_env
from pipeline_cancel.errors import NotCanceledError
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor


class VectorShift(Vendor[AuthenticatedClient]):
    name = "vectorshift"
    default_base_url = "https://api.vectorshift.ai/v1"
    base_url_env = ("VECTORSHIFT_BASE_URL",)

    def __init__(self, *, api_key: str, **options: Any) -> None:
        super().__init__(bearer(self.name, api_key, "api_key"), **options)

    @classmethod
    def from_env(cls, **options: Any) -> VectorShift:
        options.setdefault("base_url", cls._env_base_url())
        return cls(api_key=require_env(cls.name, "VECTORSHIFT_API_KEY"), **options)

    _operation = post_pipeline_id_terminate
    _client_class = AuthenticatedClient

    def _request(self, run_id: str, pipeline_id: str) -> dict[str, Any]:
        return post_pipeline_id_terminate._get_kwargs(
            check_id(pipeline_id, "pipeline_id", self.name),
            body=PipelineTerminateRequest(run_id=check_id(run_id, "run_id", self.name)),
        )

    def cancel(self, run_id: str, *, pipeline_id: str) -> CancelResult:
        return self._send(run_id, self._request(run_id, pipeline_id))

    async def acancel(self, run_id: str, *, pipeline_id: str) -> CancelResult:
        return await self._asend(run_id, self._request(run_id, pipeline_id))

    def _interpret(self, run_id: str, status: int, parsed: Any) -> CancelResult:
        assert isinstance(parsed, PostPipelineIdTerminateResponse200)
        if parsed.status is Status.SUCCESS:
            return CancelResult(self.name, run_id, "canceled", parsed.status.value, status, parsed)
        raise NotCanceledError(
            "VectorShift answered status: failed; the run was not terminated",
            vendor_status=parsed.status.value,
            response=parsed,
            vendor=self.name,
            http_status=status,
        )
