"""What a successful cancel returns, and what a status read returns."""

from __future__ import annotations

from typing import Generic, Literal

import attrs

from pipeline_cancel._typing import ResponseT_co, StatusT_co

Outcome = Literal["canceled", "already_finished"]


@attrs.frozen
class RunStatus(Generic[StatusT_co]):
    """A run's state as the vendor's status operation reports it.

    `terminal` says the run will not change state again, by the vendor's own
    documented terminal states (each vendor module cites the sentence it rests on);
    `canceled` that it ended canceled or terminated. `response` is the generated model.
    """

    vendor: str
    run_id: str
    vendor_status: str
    terminal: bool
    canceled: bool
    response: StatusT_co = attrs.field(eq=False, repr=False)


@attrs.frozen
class CancelResult(Generic[ResponseT_co]):
    """The run is stopped: by this call (`canceled`) or before it (`already_finished`).

    `vendor_status` is the vendor's own literal (Runflow's `canceled`, Ionworks'
    `completed`, ...) so nothing is lost in the normalisation; `response` is the
    generated typed model of the cancel answer, untouched (`Kubiya.cancel` gives a
    `CancelResult[TerminateWorkflowResponse]`). With `wait=`, `status` is the status
    read that confirmed the run had stopped, and `vendor_status` its literal.
    """

    vendor: str
    run_id: str
    outcome: Outcome
    vendor_status: str
    http_status: int
    response: ResponseT_co = attrs.field(eq=False, repr=False)
    status: RunStatus[object] | None = attrs.field(default=None, eq=False, repr=False)
