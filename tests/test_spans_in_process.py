"""OpenTelemetry in this process: when a span is made, and what it says, with the real SDK.

test_tracing.py runs whole scenarios in fresh interpreters with a global provider set, as
an application does. Here a test puts an SDK provider where the API keeps the global one
(and monkeypatch takes it back), so the rest of the suite still runs with none set.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import NonRecordingSpan, NoOpTracerProvider, SpanContext, SpanKind, StatusCode
from pipeline_cancel import Kubiya, errors, tracing
from pipeline_cancel._version import __version__

from tests.support.backends import run_on
from tests.support.samples import KUBIYA_OK, kubiya_execution
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES

OK = Reply.json(200, KUBIYA_OK)


@pytest.fixture(autouse=True)
def unlooked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a process does: the API not yet looked for, no tracer kept."""
    monkeypatch.setattr(tracing, "_looked", False)
    monkeypatch.setattr(tracing, "_trace", None)
    monkeypatch.setattr(tracing, "_cached", None)
    monkeypatch.setattr(tracing, "_unset_is_none", False)
    monkeypatch.delenv("OTEL_PYTHON_TRACER_PROVIDER", raising=False)


def provider(monkeypatch: pytest.MonkeyPatch, exporter: InMemorySpanExporter | None = None) -> TracerProvider:
    """An SDK provider as the global one (with `exporter` behind a processor, if given)."""
    made = TracerProvider()
    if exporter is not None:
        made.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", made)
    return made


@pytest.fixture
def exporter(monkeypatch: pytest.MonkeyPatch) -> InMemorySpanExporter:
    found = InMemorySpanExporter()
    provider(monkeypatch, found)
    return found


# -- when a span is made -----------------------------------------------------------------------------


def test_without_the_api_no_span_is_made_and_it_is_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # as if it were not installed
    assert tracing.tracer() is None
    assert tracing._looked and tracing._trace is None
    monkeypatch.delitem(sys.modules, "opentelemetry")
    assert tracing.tracer() is None  # not looked for again


def test_with_no_provider_set_no_span_is_made() -> None:
    assert trace._TRACER_PROVIDER is None  # the suite runs with none set
    assert tracing.tracer() is None
    assert tracing._unset_is_none


def test_when_the_environment_names_a_provider_the_api_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_PYTHON_TRACER_PROVIDER", "some_provider")
    asked: list[bool] = []

    def unset() -> object:
        asked.append(True)
        return trace.ProxyTracerProvider()

    monkeypatch.setattr(trace, "get_tracer_provider", unset)
    assert tracing.tracer() is None
    assert asked == [True] and not tracing._unset_is_none


def test_an_api_without_its_record_of_the_provider_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []

    def unset() -> object:
        asked.append(True)
        return trace.ProxyTracerProvider()

    assert tracing.tracer() is None  # looks for the API: the environment names no provider
    monkeypatch.delattr(trace, "_TRACER_PROVIDER")  # as an API version without it would be
    monkeypatch.setattr(trace, "get_tracer_provider", unset)
    assert tracing.tracer() is None
    assert asked == [True]


def test_the_sdks_provider_without_a_span_processor_gets_no_span(monkeypatch: pytest.MonkeyPatch) -> None:
    provider(monkeypatch)
    assert tracing.tracer() is None


def test_a_provider_with_a_processor_gets_one_tracer_kept_until_the_provider_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = provider(monkeypatch, InMemorySpanExporter())
    found = tracing.tracer()
    assert found is not None and tracing.tracer() is found
    scope = found.instrumentation_info  # type: ignore[attr-defined]
    assert (scope.name, scope.version) == ("pipeline_cancel", __version__)
    provider(monkeypatch, InMemorySpanExporter())
    again = tracing.tracer()
    assert again is not None and again is not found
    assert tracing._cached is not None and tracing._cached[0] is not first


def test_another_kind_of_provider_gets_its_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    other = NoOpTracerProvider()
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", other)
    found = tracing.tracer()
    assert found is not None and tracing._cached == (other, found)


# -- what a span says --------------------------------------------------------------------------------


def local_tracer() -> tuple[Any, InMemorySpanExporter]:
    found = InMemorySpanExporter()
    made = TracerProvider()
    made.add_span_processor(SimpleSpanProcessor(found))
    return made.get_tracer("test"), found


@pytest.mark.parametrize(
    ("url", "host", "port"),
    [
        ("https://api.example:8443/v1", "api.example", 8443),
        ("https://api.example/v1", "api.example", 443),
        ("http://127.0.0.1/v1", "127.0.0.1", 80),
    ],
)
def test_a_call_span_is_a_client_span_named_for_the_call(url: str, host: str, port: int) -> None:
    found, spans = local_tracer()
    with tracing.call_span(found, "cancel", "kubiya", "exec-1", httpx.URL(url)) as span:
        span.ended(2, "canceled")
    [made] = spans.get_finished_spans()
    assert made.name == "cancel kubiya" and made.kind is SpanKind.CLIENT
    assert dict(made.attributes or {}) == {
        "pipeline_cancel.vendor": "kubiya",
        "pipeline_cancel.run_id": "exec-1",
        "server.address": host,
        "server.port": port,
        "pipeline_cancel.attempts": 2,
        "pipeline_cancel.outcome": "canceled",
    }
    assert made.status.status_code is StatusCode.UNSET


def test_a_status_span_has_no_outcome() -> None:
    found, spans = local_tracer()
    with tracing.call_span(found, "status", "runflow", "r1", httpx.URL("https://h.example")) as span:
        span.ended(1)
    [made] = spans.get_finished_spans()
    assert made.name == "status runflow"
    assert "pipeline_cancel.outcome" not in (made.attributes or {})


@pytest.mark.parametrize(("attempts", "recorded"), [(3, 3), (None, None), ("3", None)])
def test_a_failed_call_says_its_error_type_status_error_and_attempts(
    attempts: object, recorded: int | None
) -> None:
    found, spans = local_tracer()
    error = errors.RateLimitError("slow down", vendor="kubiya")
    error.attempts = attempts  # type: ignore[assignment]
    with (
        pytest.raises(errors.RateLimitError),
        tracing.call_span(found, "cancel", "kubiya", "e", httpx.URL("https://h")),
    ):
        raise error
    [made] = spans.get_finished_spans()
    attributes = dict(made.attributes or {})
    assert attributes["error.type"] == "RateLimitError"
    assert attributes.get("pipeline_cancel.attempts") == recorded
    assert made.status.status_code is StatusCode.ERROR
    assert made.events == ()  # no exception event: its text is not an attribute this package chooses


def test_a_span_nobody_records_is_told_nothing() -> None:
    quiet = NonRecordingSpan(SpanContext(trace_id=1, span_id=1, is_remote=False))
    told: list[object] = []
    quiet.set_attribute = lambda *args: told.append(args)  # type: ignore[method-assign]
    tracing.CallSpan(quiet).ended(2, "canceled")
    assert told == []


# -- the vendor object's calls -----------------------------------------------------------------------


def finished(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return list(exporter.get_finished_spans())


@pytest.fixture
def kb(server: MockServer) -> Iterator[Kubiya]:
    made: Kubiya = CASES["kubiya"].make(server.url)
    yield made
    made.close()


@pytest.mark.parametrize("mode", ["sync", "asyncio", "trio"])
def test_each_cancel_is_one_span_with_its_attempts_and_outcome(
    server: MockServer, exporter: InMemorySpanExporter, kb: Kubiya, mode: str
) -> None:
    server.reply(Reply.json(503, {"detail": "busy"}), OK)
    if mode == "sync":
        kb.cancel("exec-1", reason="stuck")
    else:
        run_on(mode, lambda: kb.acancel("exec-1", reason="stuck"))
    [span] = finished(exporter)
    attributes = dict(span.attributes or {})
    assert span.name == "cancel kubiya"
    assert (attributes["pipeline_cancel.attempts"], attributes["pipeline_cancel.outcome"]) == (2, "canceled")


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_each_status_read_is_one_span(
    server: MockServer, exporter: InMemorySpanExporter, kb: Kubiya, mode: str
) -> None:
    server.reply(Reply.json(200, kubiya_execution("running")))
    status = kb.status("exec-1") if mode == "sync" else run_on(mode, lambda: kb.astatus("exec-1"))
    [span] = finished(exporter)
    attributes = dict(span.attributes or {})
    assert span.name == "status kubiya" and attributes["pipeline_cancel.attempts"] == 1
    assert attributes["pipeline_cancel.run_id"] == "exec-1"
    assert (status.run_id, status.vendor_status) == ("exec-1", "running")  # read under the span too


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_status_read_logs_as_a_status_operation(
    server: MockServer, kb: Kubiya, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """With tracing off as on, the lines name the operation `status`, never `cancel`."""
    server.reply(Reply.json(200, kubiya_execution("running")))
    with caplog.at_level("DEBUG", logger="pipeline_cancel"):
        if mode == "sync":
            kb.status("exec-1")
        else:
            run_on(mode, lambda: kb.astatus("exec-1"))
    attempt, outcome = (r.getMessage() for r in caplog.records)
    assert attempt.startswith("kubiya status GET /api/v1/executions/exec-1: attempt 1 of 3: HTTP 200 in ")
    assert outcome.startswith("kubiya status exec-1: 'running' after 1 attempt in ")


def test_a_refused_cancel_is_a_span_with_its_error(
    server: MockServer, exporter: InMemorySpanExporter, kb: Kubiya
) -> None:
    server.reply(Reply.json(404, {"detail": "no such execution"}))
    with pytest.raises(errors.NotFoundError):
        kb.cancel("exec-1", reason="stuck")
    [span] = finished(exporter)
    assert dict(span.attributes or {})["error.type"] == "NotFoundError"
    assert span.status.status_code is StatusCode.ERROR


def test_with_wait_the_status_reads_are_spans_under_the_cancels(
    server: MockServer, exporter: InMemorySpanExporter, kb: Kubiya
) -> None:
    server.reply(OK, Reply.json(200, kubiya_execution("cancelled")))
    kb.cancel("exec-1", reason="stuck", wait=30)
    read, cancel = finished(exporter)
    assert (read.name, cancel.name) == ("status kubiya", "cancel kubiya")
    assert read.parent is not None and cancel.context is not None
    assert read.parent.span_id == cancel.context.span_id
