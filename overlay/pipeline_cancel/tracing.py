"""OpenTelemetry spans for each call, when `opentelemetry-api` is installed (`pipeline-cancel[otel]`).

One span per logical call (`cancel {vendor}`, `status {vendor}`), kind CLIENT, over all
its retries, as OpenTelemetry's RPC and database conventions do; the status reads that
`wait=` makes are `status` spans under the cancel's, and each id of `cancel_many` is a
span under the caller's current one. The HTTP attempts are not spanned here:
`opentelemetry-instrumentation-httpx`, when the application enables it, gives one span
per attempt, which nests under ours, with `traceparent` on the wire.

`import pipeline_cancel` never imports opentelemetry: the first call looks for it once.
No span is made where none would reach anyone: without the API, before the application
sets a provider, or when its provider (the SDK's) has no span processor. No credential is ever an attribute:
the attributes are the vendor, the run id, the server's host and port, the attempts, the
outcome, and on failure the exception's class name.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx

from pipeline_cancel._version import __version__

if TYPE_CHECKING:
    from types import ModuleType

    from opentelemetry.trace import Span, Tracer

_lock = threading.Lock()
_looked = False
_trace: ModuleType | None = None
_cached: tuple[object, Tracer] | None = None  # the provider last seen, and its tracer
_unset_is_none = False


def tracer() -> Tracer | None:
    """The package's tracer, or None when no span would reach anyone: without the API, while the
    application has set no provider, or when its provider has no span processor."""
    global _looked, _trace, _unset_is_none, _cached
    if not _looked:
        with _lock:
            if not _looked:
                try:
                    from opentelemetry import trace
                except ImportError:
                    _trace = None
                else:
                    _trace = trace
                    # Without OTEL_PYTHON_TRACER_PROVIDER, an unset provider stays None in the API.
                    _unset_is_none = "OTEL_PYTHON_TRACER_PROVIDER" not in os.environ
                _looked = True
    if _trace is None:
        return None
    # The API's own record of the provider set (read without its environment lookup): None while
    # none is; asked of the API itself when the environment may name one, or the record is missing.
    found = getattr(_trace, "_TRACER_PROVIDER", ...) if _unset_is_none else ...
    if found is None:
        return None
    provider = _trace.get_tracer_provider() if found is ... else found
    if isinstance(provider, _trace.ProxyTracerProvider):
        return None  # tracing is off: the application set no provider
    # The SDK's provider keeps its processors here; with none, every span would be made and dropped.
    # Another provider, or another SDK version without this attribute, gets its spans.
    processors = getattr(getattr(provider, "_active_span_processor", None), "_span_processors", None)
    if processors == ():
        return None
    cached = _cached
    if cached is None or cached[0] is not provider:
        made: Tracer = provider.get_tracer("pipeline_cancel", __version__)
        _cached = cached = (provider, made)
    return cached[1]


class CallSpan:
    """What a call tells its span once it has an outcome."""

    __slots__ = ("span",)

    def __init__(self, span: Span) -> None:
        self.span = span

    def ended(self, attempts: int, outcome: str | None = None) -> None:
        if self.span.is_recording():
            self.span.set_attribute("pipeline_cancel.attempts", attempts)
            if outcome is not None:
                self.span.set_attribute("pipeline_cancel.outcome", outcome)


@contextlib.contextmanager
def call_span(
    found: Tracer, operation: str, vendor: str, run_id: str, base_url: httpx.URL
) -> Iterator[CallSpan]:
    """The span of one call (`operation` is "cancel" or "status"), current while the call runs.
    Callers ask `tracer()` first, so a call that makes no span pays for no context manager."""
    from opentelemetry.trace import SpanKind, StatusCode

    attributes: dict[str, str | int] = {
        "pipeline_cancel.vendor": vendor,
        "pipeline_cancel.run_id": run_id,
        "server.address": base_url.host,
        "server.port": base_url.port or (443 if base_url.scheme == "https" else 80),
    }
    with found.start_as_current_span(
        f"{operation} {vendor}",
        kind=SpanKind.CLIENT,
        attributes=attributes,
        record_exception=False,  # its message and traceback are not attributes we choose
        set_status_on_exception=False,
    ) as span:
        try:
            yield CallSpan(span)
        except BaseException as exc:  # a cancellation ends the call too: its span says so
            if span.is_recording():
                span.set_attribute("error.type", type(exc).__name__)
                attempts = getattr(exc, "attempts", None)
                if isinstance(attempts, int):
                    span.set_attribute("pipeline_cancel.attempts", attempts)
                span.set_status(StatusCode.ERROR)
            raise
