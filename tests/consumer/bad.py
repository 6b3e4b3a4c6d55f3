"""Mistakes a consumer can make; both checkers must reject every line marked with an error comment."""

from __future__ import annotations

import httpx2
from kubiya_client.models.terminate_workflow_response import TerminateWorkflowResponse
from pipeline_cancel import CancelResult, Ionworks, Kubiya, Runflow, VectorShift, cancel, cancel_many
from runflow_client.models.run import Run

Kubiya(api_key="k", timout=3)  # error: misspelled keyword
Kubiya(api_key="k").cancel("exec")  # error: missing required reason
Kubiya(api_key=3)  # error: wrong type
Kubiya(api_key="k", timeout="30")  # error: wrong type
Kubiya(api_key="k").cancel("exec", reason=5)  # error: wrong type
VectorShift(api_key="k").cancel("run", pipline_id="p")  # error: misspelled keyword
Ionworks(api_key="k").cancel("p", reason="why")  # error: Ionworks takes no reason
Runflow(admin_key="rf_svc_x", max_retries="2")  # error: wrong type
wrong: CancelResult[Run] = Kubiya(api_key="k").cancel("exec", reason="r")  # error: type
print(cancel(Kubiya(api_key="k"), "exec", reason="r").response.no_such_field)  # error: no such field
outcome: str = Kubiya(api_key="k").cancel("exec", reason="r").outcome  # fine: a Literal is a str
also_wrong: CancelResult[TerminateWorkflowResponse] = Runflow(admin_key="rf_svc_x").cancel("r")  # error: type
VectorShift(api_key="k").cancel("run", pipeline_id="p", wait=10)  # error: VectorShift cannot confirm
VectorShift(api_key="k").status("run")  # error: VectorShift documents no status operation
Kubiya(api_key="k").cancel("exec", reason="r", wait="60")  # error: wrong type
print(Kubiya(api_key="k").cancel("exec", reason="r").response.success)  # error: None when it had ended
cancel(Kubiya(api_key="k"), "exec", reasn="r")  # error: misspelled keyword, through the neutral function
cancel(Kubiya(api_key="k"), "exec")  # error: missing required reason, through the neutral function
cancel(Ionworks(api_key="k"), "p", pipeline_id="p")  # error: an input Ionworks does not take
cancel_many(VectorShift(api_key="k"), ["r"], pipeline_id="p", wait=10)  # error: VectorShift cannot confirm
cancel_many(Runflow(admin_key="rf_svc_x"), ["r"], 4, reason=3)  # error: wrong type
Kubiya(api_key="k").cancel("exec", reason="r", timeout=5)  # error: no per-call timeout (with_options)
Kubiya(api_key="k").with_options(timeout="5")  # error: wrong type
Kubiya(api_key="k").with_options(headers={"a": "b"})  # error: not an option of with_options
Kubiya(api_key="k", async_http_client=httpx2.Client())  # error: a sync httpx2 client as the async one
Kubiya(api_key="k", http_client=httpx2.AsyncClient())  # error: an async httpx2 client as the sync one
Kubiya(api_key="k", default_headers={"X-Id": 1})  # error: a header value is a string
Kubiya(api_key="k").with_options(extra_headers=["X-Id"])  # error: headers are a mapping
