"""Each vendor's one generated operation, with valid arguments, for tests and the contract session."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import uuid
from types import ModuleType
from typing import Any

from tests.support.vendors import CASES

OPERATIONS = {
    "gumloop": "gumloop_client.api.execution.kill_pipeline",
    "vectorshift": "vectorshift_client.api.default.post_pipeline_id_terminate",
    "ionworks": "ionworks_client.api.pipeline.cancel_pipeline_pipelines_pipeline_id_cancel_post",
    "runflow": "runflow_client.api.default.cancel_run",
    "kubiya": "kubiya_client.api.default.terminate_execution_api_v1_executions_execution_id_terminate_post",
    "prefect": "prefect_client.api.flow_runs.set_flow_run_state_flow_runs_id_set_state_post",
}
PREFECT_RUN = CASES["prefect"].run_id  # a flow-run UUID, as the fixture gives it


def _arguments(vendor: str) -> dict[str, Any]:
    if vendor == "gumloop":
        from gumloop_client.models import KillPipelineBody

        return {"body": KillPipelineBody(run_id="run_1", user_id="user_1")}
    if vendor == "vectorshift":
        from vectorshift_client.models import PipelineTerminateRequest

        return {"id": "pl_1", "body": PipelineTerminateRequest(run_id="run_1")}
    if vendor == "ionworks":
        return {"pipeline_id": "pl_1"}
    if vendor == "runflow":
        from runflow_client.models import CancellationRequest

        return {"run_id": "01J0ABC", "body": CancellationRequest(reason="duplicate submission")}
    if vendor == "kubiya":
        from kubiya_client.models import TerminateWorkflowRequest

        return {"execution_id": "exec-1", "body": TerminateWorkflowRequest(reason="stuck")}
    from prefect_client.models import BodySetFlowRunStateFlowRunsIdSetStatePost, StateCreate, StateType

    body = BodySetFlowRunStateFlowRunsIdSetStatePost(state=StateCreate(type_=StateType.CANCELLING))
    return {"id": uuid.UUID(PREFECT_RUN), "body": body}


STATUS_OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "gumloop": ("gumloop_client.api.default.get_automation_run", {"run_id": "run_1", "user_id": "user_1"}),
    "ionworks": (
        "ionworks_client.api.pipeline.get_pipeline_pipelines_pipeline_id_get",
        {"pipeline_id": "pl_1"},
    ),
    "runflow": ("runflow_client.api.default.get_run", {"id": "01J0ABC"}),
    "kubiya": (
        "kubiya_client.api.default.get_execution_api_v1_executions_execution_id_get",
        {"execution_id": "e-1"},
    ),
    "prefect": (
        "prefect_client.api.flow_runs.read_flow_run_flow_runs_id_get",
        {"id": uuid.UUID(PREFECT_RUN)},
    ),
}


def call_status_operation(vendor: str, client: Any) -> Any:
    """The vendor's generated status operation (VectorShift has none), with valid arguments."""
    module, args = STATUS_OPERATIONS[vendor]
    return importlib.import_module(module).sync_detailed(client=client, **args)


def operation(vendor: str) -> tuple[ModuleType, dict[str, Any]]:
    """The vendor's one generated operation module, and valid arguments for it."""
    return importlib.import_module(OPERATIONS[vendor]), _arguments(vendor)


def call_operation(vendor: str, client: Any) -> Any:
    op, args = operation(vendor)
    return op.sync_detailed(client=client, **args)


def without_arguments(vendor: str) -> list[ModuleType]:
    """Every operation module of the vendor's client whose `sync_detailed` needs nothing but `client`:
    what can be called with no knowledge of the vendor's data (all 49 such of Prefect's 179)."""
    api = importlib.import_module(f"{vendor}_client.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        call = getattr(module, "sync_detailed", None)
        if call is None:
            continue
        parameters = inspect.signature(call).parameters.values()
        if all(p.name == "client" or p.default is not inspect.Parameter.empty for p in parameters):
            found.append(module)
    return found
