"""Reading a run's state through the vendor's status operation: what `status()`, the reads of
`wait=` and a refusal that names the run's state all send, and how an answer becomes a `RunStatus`.

A base of `Vendor`, which supplies the sending (`_send`/`_asend`); a vendor module supplies
the generated status models (`_status_responses`, empty when the vendor documents no such
operation), the request (`_build_status`) and the reading by its terminal states
(`_read_status`).
"""

from __future__ import annotations

import abc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic

import httpx

from pipeline_cancel._lazy import Module
from pipeline_cancel._typing import StatusT_co
from pipeline_cancel.errors import ConfigurationError, PipelineCancelError
from pipeline_cancel.options import check_wait
from pipeline_cancel.result import RunStatus

if TYPE_CHECKING:
    from pipeline_cancel import answers, record, tracing
    from pipeline_cancel.auth import VendorAuth
    from pipeline_cancel.http import Connection
else:  # what only a call reads loads with the first call, not with `import` (`_lazy.py`)
    answers = Module("pipeline_cancel.answers")
    record = Module("pipeline_cancel.record")
    tracing = Module("pipeline_cancel.tracing")


class StatusReads(abc.ABC, Generic[StatusT_co]):
    name: ClassVar[str]
    _status_responses: ClassVar[Mapping[int, Any]] = {}  # empty: the vendor documents no status operation
    _auth: VendorAuth
    _conn: Connection

    @abc.abstractmethod
    def _send(
        self, request: dict[str, Any], deadline: float | None = None, operation: str = "cancel"
    ) -> httpx.Response:
        """Send through the object's sync pool, with its options."""

    @abc.abstractmethod
    async def _asend(
        self,
        request: dict[str, Any],
        client: httpx.AsyncClient | None = None,
        deadline: float | None = None,
        operation: str = "cancel",
    ) -> httpx.Response:
        """Send through the running loop's async pool (or `client`), with the object's options."""

    def _check_wait(self, wait: object) -> float | None:
        return check_wait(wait, self._status_responses, self.name)

    def _status(self, run_id: str, deadline: float | None = None) -> RunStatus[StatusT_co]:
        found = tracing.tracer()
        if found is None:
            return self._finish_status(run_id, self._send(self._build_status(run_id), deadline, "status"))
        with tracing.call_span(found, "status", self.name, run_id, self._conn.base_url) as span:
            status = self._finish_status(run_id, self._send(self._build_status(run_id), deadline, "status"))
            span.ended(status.attempts)
            return status

    async def _astatus(
        self, run_id: str, client: httpx.AsyncClient | None = None, deadline: float | None = None
    ) -> RunStatus[StatusT_co]:
        request = self._build_status(run_id)
        found = tracing.tracer()
        if found is None:
            return self._finish_status(run_id, await self._asend(request, client, deadline, "status"))
        with tracing.call_span(found, "status", self.name, run_id, self._conn.base_url) as span:
            status = self._finish_status(run_id, await self._asend(request, client, deadline, "status"))
            span.ended(status.attempts)
            return status

    def _finish_status(self, run_id: str, response: httpx.Response) -> RunStatus[StatusT_co]:
        parsed, _ = answers.parse(self.name, self._auth, response, self._status_responses)
        status = record.fill(self._read_status(run_id, parsed), response, self._auth.redact)
        record.log_outcome("status", repr(status.vendor_status), status)
        return status

    def _status_or_none(self, run_id: str) -> RunStatus[StatusT_co] | None:
        """One read for a refusal that named the run's state; None when the read fails too."""
        try:
            return self._status(run_id)
        except PipelineCancelError:
            return None

    async def _astatus_or_none(
        self, run_id: str, client: httpx.AsyncClient | None
    ) -> RunStatus[StatusT_co] | None:
        try:
            return await self._astatus(run_id, client)
        except PipelineCancelError:
            return None

    def _build_status(self, run_id: str) -> dict[str, Any]:
        """The request for reading `run_id`'s state, from the generated status operation."""
        raise ConfigurationError("this vendor documents no operation to read a run's state", vendor=self.name)

    def _read_status(self, run_id: str, parsed: Any) -> RunStatus[StatusT_co]:
        """Turn a parsed status answer into a `RunStatus`, by the vendor's terminal states."""
        raise NotImplementedError
