"""Each generated client, called for real over loopback, speaks its vendor's document."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest

from tests.support.backends import BACKENDS, run_on
from tests.support.generated_ops import PREFECT_RUN, call_operation, operation
from tests.support.openapi import validate_request, validate_response
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer

CLIENTS = ["gumloop_client", "vectorshift_client", "ionworks_client", "runflow_client", "kubiya_client"]


def _call(vendor: str, run_async: str | bool, base_url: str) -> Any:
    package = importlib.import_module(f"{vendor}_client")
    op, args = operation(vendor)
    if run_async:

        async def go() -> Any:
            async with package.AuthenticatedClient(base_url=base_url, token="tok_1") as client:
                return await op.asyncio_detailed(client=client, **args)

        return run_on(run_async, go)
    with package.AuthenticatedClient(base_url=base_url, token="tok_1") as client:
        return call_operation(vendor, client)


EXPECTED_REQUEST = {
    "gumloop": ("/kill_pipeline", {"run_id": "run_1", "user_id": "user_1"}),
    "vectorshift": ("/pipeline/pl_1/terminate", {"run_id": "run_1"}),
    "ionworks": ("/pipelines/pl_1/cancel", None),
    "runflow": ("/v1/admin/runs/01J0ABC/cancellation", {"reason": "duplicate submission"}),
    "kubiya": ("/api/v1/executions/exec-1/terminate", {"reason": "stuck"}),
    "prefect": (f"/flow_runs/{PREFECT_RUN}/set_state", {"state": {"type": "CANCELLING"}, "force": False}),
}

STATUS_CASES = [(v, s) for v, table in DOCUMENTED.items() for s in table]


@pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])
@pytest.mark.parametrize(("vendor", "status"), STATUS_CASES)
def test_generated_client_request_and_every_documented_response(
    server: MockServer, vendor: str, status: int, run_async: str | bool
) -> None:
    reply, model_name = DOCUMENTED[vendor][status]
    server.reply(reply)
    response = _call(vendor, run_async, server.url)

    [received] = server.requests
    path, body = EXPECTED_REQUEST[vendor]
    assert received.method == "POST"
    assert received.path == path
    assert received.headers["authorization"] == "Bearer tok_1"
    if body is None:
        assert received.body == b""
    else:
        assert received.headers["content-type"] == "application/json"
        assert received.json() == body
    validate_request(vendor, received)
    validate_response(vendor, received, reply)

    assert int(response.status_code) == status
    if model_name is None:
        assert response.parsed is None
    else:
        assert type(response.parsed).__name__ == model_name
        assert type(response.parsed).__module__.startswith(f"{vendor}_client.models.")


@pytest.mark.parametrize("package", CLIENTS)
def test_every_module_imports_from_the_installed_wheel(package: str) -> None:
    root = importlib.import_module(package)
    location = Path(root.__file__ or "")
    assert "site-packages" in location.parts, f"{package} imported from {location}, not the installed wheel"
    assert (location.parent / "py.typed").is_file()
    names = [info.name for info in pkgutil.walk_packages(root.__path__, package + ".")]
    assert any(".models." in n for n in names) and any(".api." in n for n in names)
    for name in names:
        importlib.import_module(name)


def test_undocumented_status_leaves_parsed_empty(server: MockServer) -> None:
    from tests.support.server import Reply

    server.reply(Reply(418, b"teapot"))
    response = _call("kubiya", False, server.url)
    assert response.parsed is None
