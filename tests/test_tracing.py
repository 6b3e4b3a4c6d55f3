"""OpenTelemetry spans, with the real SDK and its in-memory exporter, against a server on 127.0.0.1.

Each scenario runs in a fresh interpreter: a process has one global TracerProvider, and
the rest of the suite runs with none set (the API alone, as most applications have it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from tests.support.samples import KUBIYA_OK, kubiya_execution
from tests.support.server import MockServer, Reply
from tests.support.vendors import SECRETS

OK = Reply.json(200, KUBIYA_OK)
BUSY = Reply.json(503, {"detail": "busy"})

SCRIPT = """
import json, sys
import anyio
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
key, url, scenario = sys.argv[1:4]
if scenario == "httpx":
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    HTTPXClientInstrumentor().instrument()

from pipeline_cancel import Kubiya, cancel_many, errors

kb = Kubiya(api_key=key, base_url=url)
app = trace.get_tracer("app")
try:
    if scenario in ("cancel", "httpx"):
        kb.cancel("exec-1", reason="stuck")
    elif scenario == "wait":
        kb.cancel("exec-1", reason="stuck", wait=30)
    elif scenario == "error":
        kb.cancel("exec-1", reason="stuck")
    elif scenario == "many":
        with app.start_as_current_span("batch"):
            cancel_many(kb, ["a", "b", "c"], reason="stuck")
    elif scenario == "astatus":
        anyio.run(kb.astatus, "exec-1", backend="trio")
except errors.PipelineCancelError as exc:
    print("raised", type(exc).__name__, file=sys.stderr)
print(json.dumps([
    {
        "name": s.name,
        "kind": s.kind.name,
        "attributes": dict(s.attributes or {}),
        "status": s.status.status_code.name,
        "trace": format(s.context.trace_id, "032x"),
        "id": s.context.span_id,
        "parent": s.parent.span_id if s.parent else None,
    }
    for s in exporter.get_finished_spans()
]))
"""


def spans(server: MockServer, scenario: str) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, SECRETS["kubiya"], server.url, scenario],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert SECRETS["kubiya"] not in done.stdout  # in no name, attribute or status
    found: list[dict[str, Any]] = json.loads(done.stdout)
    return found


def ours(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [s for s in found if s["name"].startswith(("cancel ", "status "))]


def test_a_cancel_is_one_client_span_over_all_its_attempts(server: MockServer) -> None:
    server.reply(BUSY, OK)
    (span,) = spans(server, "cancel")
    host, port = server.url.removeprefix("http://").split(":")
    assert (span["name"], span["kind"], span["status"]) == ("cancel kubiya", "CLIENT", "UNSET")
    assert span["attributes"] == {
        "pipeline_cancel.vendor": "kubiya",
        "pipeline_cancel.run_id": "exec-1",
        "server.address": host,
        "server.port": int(port),
        "pipeline_cancel.attempts": 2,
        "pipeline_cancel.outcome": "canceled",
    }


def test_a_failed_call_says_its_error_type_and_status_error(server: MockServer) -> None:
    server.reply(Reply.json(404, {"detail": "Execution not found"}))
    (span,) = spans(server, "error")
    assert span["status"] == "ERROR"
    assert span["attributes"]["error.type"] == "NotFoundError"
    assert span["attributes"]["pipeline_cancel.attempts"] == 1
    assert "pipeline_cancel.outcome" not in span["attributes"]


def test_the_reads_of_wait_are_status_spans_under_the_cancels(server: MockServer) -> None:
    server.reply(
        OK, Reply.json(200, kubiya_execution("running")), Reply.json(200, kubiya_execution("cancelled"))
    )
    found = spans(server, "wait")
    (cancel,) = [s for s in found if s["name"] == "cancel kubiya"]
    reads = [s for s in found if s["name"] == "status kubiya"]
    assert len(reads) == 2
    assert all(s["parent"] == cancel["id"] and s["trace"] == cancel["trace"] for s in reads)
    assert cancel["attributes"]["pipeline_cancel.outcome"] == "canceled"


def test_each_id_of_cancel_many_is_a_span_under_the_callers_own(server: MockServer) -> None:
    server.default = OK
    found = spans(server, "many")
    (batch,) = [s for s in found if s["name"] == "batch"]
    cancels = ours(found)
    assert sorted(s["attributes"]["pipeline_cancel.run_id"] for s in cancels) == ["a", "b", "c"]
    assert all(s["parent"] == batch["id"] for s in cancels)
    assert len(found) == 4  # no span of cancel_many's own


def test_a_status_read_on_trio_is_a_status_span(server: MockServer) -> None:
    server.reply(Reply.json(200, kubiya_execution("completed")))
    (span,) = spans(server, "astatus")
    assert span["name"] == "status kubiya" and span["attributes"]["pipeline_cancel.attempts"] == 1


def test_the_httpx_instrumentations_attempt_spans_nest_under_the_call_and_carry_traceparent(
    server: MockServer,
) -> None:
    server.reply(BUSY, OK)
    found = spans(server, "httpx")
    (call,) = ours(found)
    attempts = [s for s in found if s not in ours(found)]
    assert len(attempts) == 2
    assert all(s["parent"] == call["id"] and s["kind"] == "CLIENT" for s in attempts)
    sent = [r.headers.get("traceparent", "") for r in server.requests]
    assert all(header.split("-")[1] == call["trace"] for header in sent), sent
    assert {header.split("-")[2] for header in sent} == {format(s["id"], "016x") for s in attempts}


@pytest.mark.parametrize("module", ["pipeline_cancel", "pipeline_cancel.vendors.kubiya"])
def test_importing_the_package_never_imports_opentelemetry(module: str) -> None:
    code = f"import sys, {module}; print('opentelemetry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
