"""What a successful cancel returns."""

from __future__ import annotations

from typing import Generic, Literal

import attrs

from pipeline_cancel._typing import ResponseT_co

Outcome = Literal["canceled", "already_finished"]


@attrs.frozen
class CancelResult(Generic[ResponseT_co]):
    """The run is stopped: by this call (`canceled`) or before it (`already_finished`).

    `vendor_status` is the vendor's own literal (Runflow's `canceled`, Ionworks'
    `completed`, ...) so nothing is lost in the normalisation; `response` is the
    generated typed model, untouched (`Kubiya.cancel` gives a
    `CancelResult[TerminateWorkflowResponse]`).
    """

    vendor: str
    run_id: str
    outcome: Outcome
    vendor_status: str
    http_status: int
    response: ResponseT_co = attrs.field(eq=False, repr=False)
