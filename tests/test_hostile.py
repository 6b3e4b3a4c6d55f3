"""A hostile or broken server, and bad input: every call bounded, every failure typed, no credential out.

Each test names the guard it rests on; removing the guard turns the test red (a drip
server outlasting a missing deadline ends in a NetworkError, not a RequestTimeoutError;
a missing size cap reads the whole body; and so on).
"""

from __future__ import annotations

import json
import os
import socket
import ssl
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pipeline_cancel import CancelResult, Kubiya, Runflow, acancel_many, cancel_many, errors
from pipeline_cancel.errors import MAX_ERROR_BODY
from pipeline_cancel.vendor import Vendor
from pipeline_cancel.vendors import REGISTRY

from tests.support.backends import BACKENDS, run_on
from tests.support.hostile import (
    MAX_SECONDS,
    RawServer,
    Unaccepted,
    answer,
    drip,
    endless_chunked,
    gzip_bomb,
    read_request,
    recording_proxy,
)
from tests.support.paths import ROOT
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES, SECRETS

RUN_MODES = pytest.mark.parametrize("run_async", [False, *BACKENDS], ids=["sync", *BACKENDS])


def run_cancel(obj: Vendor[Any, Any], vendor: str, run_async: str | bool, run_id: str = "run_1") -> Any:
    args = CASES[vendor].cancel_args
    if not run_async:
        with obj:
            return obj._cancel(run_id, args)

    async def go() -> Any:
        async with obj:
            return await obj._acancel(run_id, args)

    return run_on(run_async, go)


# -- 1. one deadline per attempt, for the whole exchange -----------------------------------------


@RUN_MODES
@pytest.mark.parametrize("in_headers", [True, False], ids=["headers", "body"])
def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(
    run_async: str | bool, in_headers: bool
) -> None:
    with RawServer(drip(in_headers=in_headers)) as srv:
        kb = CASES["kubiya"].make(srv.url, timeout=0.5, max_retries=1)
        with pytest.raises(errors.RequestTimeoutError) as info:
            run_cancel(kb, "kubiya", run_async)
    assert info.value.attempts == 2
    assert len(srv.requests) == 2
    assert "after 2 attempts" in str(info.value)


@RUN_MODES
def test_a_server_that_never_finishes_the_tls_handshake_is_bounded_by_the_deadline(
    run_async: str | bool,
) -> None:
    with RawServer(_silent) as srv:
        kb = CASES["kubiya"].make(f"https://127.0.0.1:{srv.port}", timeout=0.4, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as info:
            run_cancel(kb, "kubiya", run_async)
        assert time.monotonic() - started < 5  # the server holds the handshake for 20 s
    assert info.value.attempts == 1


@pytest.mark.parametrize(
    ("max_retries", "timeout", "worst"), [(2, None, 150.0), (0, 5, 5.0), (1, 5, 40.0), (10, 1, 311.0)]
)
def test_worst_case_is_every_attempt_to_its_deadline_and_every_wait_at_its_cap(
    max_retries: int, timeout: float | None, worst: float
) -> None:
    kb = CASES["kubiya"].make("http://127.0.0.1:9", max_retries=max_retries, timeout=timeout)
    assert kb.retry_policy.worst_case(kb.timeout) == worst


def _silent(conn: socket.socket, server: RawServer) -> None:
    server.stopped.wait(MAX_SECONDS)


@RUN_MODES
@pytest.mark.parametrize("behaviour", ["silent", "drip-headers", "drip-body"])
def test_a_deadline_that_passes_says_which_figure_to_raise(run_async: str | bool, behaviour: str) -> None:
    server = _silent if behaviour == "silent" else drip(in_headers=behaviour == "drip-headers")
    with RawServer(server) as srv:
        kb = CASES["kubiya"].make(srv.url, timeout=0.5, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError) as info:
            run_cancel(kb, "kubiya", run_async)
    assert str(info.value) == (
        "kubiya: DeadlineExceeded after 1 attempt: no complete answer within 0.5s;"
        " each attempt may take 0.5s (timeout=)"
    )


@RUN_MODES
def test_a_connect_that_never_completes_is_bounded_by_the_deadline(run_async: str | bool) -> None:
    with Unaccepted(full=True) as busy:
        kb = CASES["kubiya"].make(f"http://127.0.0.1:{busy.port}", timeout=0.4, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError) as info:
            run_cancel(kb, "kubiya", run_async)
    assert info.value.attempts == 1


def test_connecting_alone_gives_up_after_10_seconds_so_a_longer_timeout_is_left_for_retries() -> None:
    """A host that never completes the connect costs 10 s, not the whole 12 s deadline (README)."""
    with Unaccepted(full=True, hold=15) as busy:
        kb = CASES["kubiya"].make(f"http://127.0.0.1:{busy.port}", timeout=12, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError) as info:
            run_cancel(kb, "kubiya", False)
    assert str(info.value) == (
        "kubiya: ConnectTimeout after 1 attempt: timed out; each attempt may take 12s (timeout=)"
    )


def test_a_server_that_never_reads_the_request_is_bounded_by_the_deadline() -> None:
    """Sending is bounded too: a large body through `.client` to a host that reads nothing."""
    with (
        Unaccepted(full=False) as deaf,
        CASES["kubiya"].make(f"http://127.0.0.1:{deaf.port}", timeout=0.5, max_retries=0) as kb,
    ):
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException, match=r"^no complete answer within 0\.5s$"):
            kb.client.get_httpx_client().post("/api/v1/echo", content=b"a" * 64 * 1024 * 1024)
        # Unbounded, the send waits until the listener gives up at 5 s (and the answer's read then fails).
        assert time.monotonic() - started < 4


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    """With no retries to hide it, the second call still succeeds: it opens a new connection."""
    hung_up = threading.Event()
    ok = answer(200, DOCUMENTED["kubiya"][200][0].body, "Content-Type: application/json")

    def then_hang_up(conn: socket.socket, server: RawServer) -> None:
        ok(conn, server)
        conn.close()
        hung_up.set()

    with RawServer(then_hang_up) as srv, CASES["kubiya"].make(srv.url, max_retries=0) as kb:
        first = kb.cancel("exec-1", reason="stuck")
        assert hung_up.wait(5)
        time.sleep(0.05)  # the hang-up reaches the client's socket
        second = kb.cancel("exec-2", reason="stuck")
    assert (first.outcome, second.outcome) == ("canceled", "canceled")
    assert len(srv.requests) == 2


def test_a_dripping_server_cannot_hold_a_cancel_many_slot() -> None:
    with RawServer(drip(in_headers=False)) as srv:
        kb = CASES["kubiya"].make(srv.url, timeout=0.3, max_retries=0)
        outcomes = cancel_many(kb, ["a", "b", "c"], concurrency=1, reason="r")
    assert [type(o) for o in outcomes] == [errors.RequestTimeoutError] * 3


# -- 2. a response size cap, on decoded bytes, retries' drains included ---------------------------


@RUN_MODES
@pytest.mark.parametrize("status", [200, 503])
def test_an_endless_body_stops_at_the_cap(run_async: str | bool, status: int) -> None:
    with RawServer(endless_chunked(status)) as srv:
        kb = CASES["kubiya"].make(srv.url, max_response_bytes=64 * 1024)
        with pytest.raises(errors.ResponseTooLargeError, match="larger than 65536 bytes"):
            run_cancel(kb, "kubiya", run_async)
    assert len(srv.requests) == 1  # a body past the cap is not retried


@RUN_MODES
def test_a_compression_bomb_stops_at_the_cap(run_async: str | bool) -> None:
    with RawServer(gzip_bomb(200, inflated=8 * 1024 * 1024)) as srv:
        kb = CASES["kubiya"].make(srv.url)
        with pytest.raises(errors.ResponseTooLargeError, match=r"larger than 1048576 bytes"):
            run_cancel(kb, "kubiya", run_async)


@RUN_MODES
@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
def test_a_large_body_read_in_many_pieces_is_whole(run_async: str | bool, gzipped: bool) -> None:
    import gzip
    import random

    noise = random.Random(7).randbytes(300_000).hex()  # noqa: S311 - test data, incompressible
    body = {"success": True, "workflow_id": "wf", "terminated_at": "2026-11-23T10:00:00Z", "pad": noise}
    raw = json.dumps(body).encode()
    behaviour = answer(
        200,
        gzip.compress(raw) if gzipped else raw,
        "Content-Type: application/json",
        *(["Content-Encoding: gzip"] if gzipped else []),
    )
    with RawServer(behaviour) as srv:
        result = run_cancel(
            CASES["kubiya"].make(srv.url, max_response_bytes=2 * 1024 * 1024), "kubiya", run_async
        )
    assert result.response.additional_properties["pad"] == noise


@RUN_MODES
def test_gzip_within_the_cap_is_read(run_async: str | bool) -> None:
    body = json.dumps({"success": True, "workflow_id": "wf", "terminated_at": "2026-11-23T10:00:00Z"})
    import gzip

    behaviour = answer(
        200, gzip.compress(body.encode()), "Content-Type: application/json", "Content-Encoding: gzip"
    )
    with RawServer(behaviour) as srv:
        result = run_cancel(CASES["kubiya"].make(srv.url), "kubiya", run_async)
    assert result.outcome == "canceled"
    assert b"accept-encoding: gzip, deflate" in srv.requests[0].lower()


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, gzip", "compress"])
def test_an_encoding_the_reader_cannot_bound_is_refused(encoding: str) -> None:
    behaviour = answer(200, b"\x00\x01binary", f"Content-Encoding: {encoding}")
    with RawServer(behaviour) as srv, pytest.raises(errors.UnexpectedResponseError, match="Content-Encoding"):
        run_cancel(CASES["kubiya"].make(srv.url), "kubiya", False)


def test_exceptions_keep_a_small_body(server: MockServer) -> None:
    server.reply(Reply(404, b"x" * 2_000_000))
    with pytest.raises(errors.NotFoundError) as info:
        run_cancel(CASES["kubiya"].make(server.url, max_response_bytes=4 * 1024 * 1024), "kubiya", False)
    assert info.value.body == b"x" * MAX_ERROR_BODY


MEMORY_PROBE = textwrap.dedent(
    """
    import resource, sys
    from tests.support.hostile import RawServer, endless_chunked, gzip_bomb
    from tests.support.vendors import CASES
    from pipeline_cancel import errors
    behaviour = gzip_bomb(200, 400 * 1024 * 1024) if sys.argv[1] == "bomb" else endless_chunked(503)
    with RawServer(behaviour) as srv:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kb = CASES["kubiya"].make(srv.url)
        try:
            kb.cancel("run_1", reason="r")
        except errors.ResponseTooLargeError:
            pass
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print((after - before) // 1024)
    """
)


@pytest.mark.parametrize("kind", ["bomb", "endless"])
def test_memory_stays_bounded_whatever_the_body(kind: str) -> None:
    """In a child process, so its peak memory is its own: 400 MB of inflated body, 1 MiB kept."""
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, kind],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    grown_mb = int(out.stdout.strip().splitlines()[-1])
    assert grown_mb < 64, f"peak memory grew by {grown_mb} MB while reading a {kind}"


# -- 3. a malformed answer is never a success -----------------------------------------------------

MALFORMED = {
    "gumloop": [{"success": "true", "run_id": "r"}, {"success": 1}, [["success", True], ["run_id", "r"]]],
    "vectorshift": [{"status": True}, {"status": ["success"]}, ["status", "success"]],
    "ionworks": [{"id": "p", "status": "canceled"}, [], "canceled"],
    "runflow": [{"id": "r", "status_code": 5}, {"id": 7, "status_code": "canceled"}, None],
    "kubiya": [
        {"success": True, "workflow_id": 5, "terminated_at": "2026-11-23T10:00:00Z"},
        {"success": "yes", "workflow_id": "w", "terminated_at": "2026-11-23T10:00:00Z"},
        {"success": True, "workflow_id": "w", "terminated_at": 17},
    ],
}


@RUN_MODES
@pytest.mark.parametrize(
    ("vendor", "body"), [(v, b) for v, bodies in MALFORMED.items() for b in bodies], ids=lambda p: str(p)[:40]
)
def test_a_body_that_breaks_the_document_is_unexpected(
    server: MockServer, vendor: str, body: object, run_async: str | bool
) -> None:
    status = 201 if vendor == "runflow" else 200
    server.reply(Reply.json(status, body))
    with pytest.raises(errors.UnexpectedResponseError):
        run_cancel(CASES[vendor].make(server.url), vendor, run_async)


def test_an_ionworks_nested_model_of_the_wrong_shape_is_unexpected(server: MockServer) -> None:
    good = json.loads(DOCUMENTED["ionworks"][200][0].body)
    server.reply(Reply.json(200, {**good, "options": {"live_progress_updates": "yes"}}))
    with pytest.raises(errors.UnexpectedResponseError):
        run_cancel(CASES["ionworks"].make(server.url), "ionworks", False)


# -- 4. every failure of the public API is a PipelineCancelError ---------------------------------

DEEP = b"[" * 200_000 + b"]" * 200_000


@RUN_MODES
@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(200, DEEP, (("Content-Type", "application/json"),)), errors.UnexpectedResponseError),
        (Reply(500, DEEP), errors.ServerError),
        (Reply(422, b'{"detail": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"), errors.InvalidRequestError),
        (
            Reply.json(422, {"detail": [{"loc": 5, "msg": {"a": 1}}, "x", {"loc": [1, {"b": 2}]}]}),
            errors.InvalidRequestError,
        ),
        (
            Reply.json(422, {"detail": {"loc": "body"}, "errors": [{"type": 5}], "code": ["x"]}),
            errors.InvalidRequestError,
        ),
        (Reply.json(429, {}, ("Retry-After", "Fri, 31 Dec 99999 23:59:59 GMT")), errors.RateLimitError),
        (Reply.json(429, {}, ("Retry-After", "1e999")), errors.RateLimitError),
        (Reply(599, b"\xff\xfe not utf-8"), errors.ServerError),
        (Reply(299, b""), errors.UnexpectedResponseError),
    ],
    ids=["deep-200", "deep-500", "deep-422", "odd-422", "odder-422", "date-overflow", "inf", "599", "299"],
)
def test_whatever_the_server_sends_the_error_is_typed(
    server: MockServer, reply: Reply, expected: type[Exception], run_async: str | bool
) -> None:
    server.default = reply
    with pytest.raises(expected):
        run_cancel(CASES["kubiya"].make(server.url), "kubiya", run_async)


BAD_CONFIG: dict[str, Callable[[], object]] = {
    "non-ASCII key": lambda: Kubiya(api_key="kéy-123"),
    "control character in key": lambda: Kubiya(api_key="key\x01123"),
    "tab in key": lambda: Kubiya(api_key="key\t123"),
    "malformed IDNA host": lambda: Kubiya(api_key="k", base_url="https://xn--ls8h-.la"),
    "empty A-label": lambda: Kubiya(api_key="k", base_url="https://xn--.com"),
    "infinite timeout": lambda: Kubiya(api_key="k", timeout=float("inf")),
    "NaN timeout": lambda: Kubiya(api_key="k", timeout=float("nan")),
    "boolean timeout": lambda: Kubiya(api_key="k", timeout=True),
    "tiny size cap": lambda: Kubiya(api_key="k", max_response_bytes=10),
    "boolean retries": lambda: Kubiya(api_key="k", max_retries=True),
    "userinfo in base URL": lambda: Kubiya(api_key="k", base_url="https://user:hunter2pass@example.com"),
    "*.localhost over http": lambda: Kubiya(api_key="k", base_url="http://api.localhost:8080"),
    "localhost.localdomain over http": lambda: Kubiya(api_key="k", base_url="http://localhost.localdomain"),
}


@pytest.mark.parametrize("make", list(BAD_CONFIG.values()), ids=list(BAD_CONFIG))
def test_bad_configuration_is_refused_before_anything_is_sent(make: Callable[[], object]) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        make()
    for secret in ("kéy", "key\x01", "key\t", "hunter2pass"):
        assert secret not in str(info.value) and secret not in repr(info.value)


@RUN_MODES
def test_an_over_long_id_is_refused_before_anything_is_sent(
    server: MockServer, run_async: str | bool
) -> None:
    with pytest.raises(errors.ConfigurationError, match="1025 characters"):
        run_cancel(CASES["kubiya"].make(server.url), "kubiya", run_async, run_id="e" * 1025)
    assert server.requests == []


# -- 5. cancel_many keeps every outcome -------------------------------------------------------------


def test_cancel_many_keeps_every_outcome_whatever_one_id_does(monkeypatch: pytest.MonkeyPatch) -> None:
    def by_id(received: Any) -> Reply:
        run_id = received.path.split("/")[-2]
        if run_id == "deep":
            return Reply(200, DEEP, (("Content-Type", "application/json"),))
        if run_id == "typed-wrong":
            return Reply.json(200, {"success": "yes", "workflow_id": 1, "terminated_at": "x"})
        return Reply.json(
            200, {"success": True, "workflow_id": run_id, "terminated_at": "2026-11-23T10:00:00Z"}
        )

    original = Kubiya._build

    def build(self: Kubiya, run_id: str, options: Any) -> Any:
        if run_id == "bug":
            raise RuntimeError("a bug inside the package")
        return original(self, run_id, options)

    monkeypatch.setattr(Kubiya, "_build", build)
    ids = ["ok-1", "deep", "x" * 5000, "bug", "typed-wrong", "nul\x00", "ok-2"]
    with MockServer(default=by_id) as server:
        outcomes = cancel_many(CASES["kubiya"].make(server.url), ids, concurrency=3, reason="r")
    kinds = [type(o).__name__ for o in outcomes]
    assert kinds == [
        "CancelResult",
        "UnexpectedResponseError",
        "ConfigurationError",
        "PipelineCancelError",
        "UnexpectedResponseError",
        "ConfigurationError",
        "CancelResult",
    ]
    assert isinstance(outcomes[3], errors.PipelineCancelError)
    assert (str(outcomes[3]), outcomes[3].vendor) == ("kubiya: internal error: RuntimeError", "kubiya")
    assert isinstance(outcomes[3].__cause__, RuntimeError)
    assert [o.run_id for o in outcomes if isinstance(o, CancelResult)] == ["ok-1", "ok-2"]


# -- 6. no credential in any exception, anywhere ------------------------------------------------------


def _texts(value: object, depth: int = 0) -> list[str]:
    """Every string an exception holds: message, attributes, headers, body, the typed response."""
    if depth > 6:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes):
        return [value.decode("latin-1")]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in (*_texts(k, depth + 1), *_texts(v, depth + 1))]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts(v, depth + 1)]
    if hasattr(value, "__dict__") or hasattr(value, "__attrs_attrs__"):
        fields = {
            k: getattr(value, k)
            for k in dir(value)
            if not k.startswith("__") and not callable(getattr(value, k))
        }
        return [repr(value), str(value), *_texts(fields, depth + 1)]
    return [repr(value)]


SECRET = SECRETS["runflow"]
ESCAPED = "".join(f"\\u{ord(c):04x}" for c in SECRET)


@RUN_MODES
@pytest.mark.parametrize(
    "reply",
    [
        Reply(
            200,
            f'{{"id": "r", "status_code": "running {SECRET}"}}'.encode(),
            (("Content-Type", "application/json"),),
        ),
        Reply(
            200,
            f'{{"id": "r", "status_code": "running {ESCAPED}"}}'.encode(),
            (("Content-Type", "application/json"),),
        ),
        Reply(
            401,
            f'{{"code": "UNAUTHORIZED", "message": "key {ESCAPED} is bad"}}'.encode(),
            (("X-Echo", SECRET),),
        ),
        Reply(404, f"not found: Bearer {SECRET}".encode()),
        Reply(
            422,
            f'{{"detail": [{{"loc": ["body"], "msg": "bad key {ESCAPED}"}}]}}'.encode(),
            (("Content-Type", "application/json"),),
        ),
        Reply(
            201, f'{{"id": "r", "status_code": "{SECRET}"}}'.encode(), (("Content-Type", "application/json"),)
        ),
    ],
    ids=[
        "2xx-echo",
        "2xx-escaped",
        "401-escaped-and-header",
        "404-text",
        "422-escaped-in-a-list",
        "201-odd-state",
    ],
)
def test_no_credential_in_any_attribute_of_any_exception(
    server: MockServer, reply: Reply, run_async: str | bool
) -> None:
    server.reply(reply)
    with pytest.raises(errors.PipelineCancelError) as info:
        run_cancel(CASES["runflow"].make(server.url), "runflow", run_async)
    texts = _texts(info.value)
    assert any("<redacted>" in t for t in texts)
    for text in texts:
        assert SECRET not in text and SECRET[3:] not in text
        assert ESCAPED not in text


def test_a_transport_error_never_quotes_a_credential() -> None:
    with MockServer() as dead:
        url = dead.url
    kb = Runflow(admin_key=SECRET, base_url=url, max_retries=0)
    with pytest.raises(errors.NetworkError) as info:
        kb.cancel("r")
    assert all(SECRET not in t for t in _texts(info.value))


# -- 7. credentials leave the machine only over TLS; never to another origin ----------------------


@RUN_MODES
@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "ALL_PROXY"])
def test_the_sdk_client_sends_https_through_the_environment_proxy_as_a_tunnel(
    monkeypatch: pytest.MonkeyPatch, run_async: str | bool, variable: str
) -> None:
    with RawServer(recording_proxy()) as proxy:
        monkeypatch.setenv(variable, proxy.url)  # conftest cleared every proxy variable
        kb = Kubiya(api_key=SECRETS["kubiya"], base_url="https://vendor.invalid", max_retries=0)
        with pytest.raises(errors.NetworkError, match="ProxyError"):
            run_cancel(kb, "kubiya", run_async)
    assert len(proxy.requests) == 1
    seen = proxy.requests[0]
    assert seen.startswith(b"CONNECT vendor.invalid:443 ")
    assert SECRETS["kubiya"].encode() not in seen and b"authorization" not in seen.lower()


@RUN_MODES
def test_no_proxy_sends_that_host_direct(monkeypatch: pytest.MonkeyPatch, run_async: str | bool) -> None:
    with RawServer(recording_proxy()) as proxy, Unaccepted(full=False) as vendor:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        kb = Kubiya(
            api_key=SECRETS["kubiya"], base_url=f"https://127.0.0.1:{vendor.port}", max_retries=0, timeout=0.3
        )
        with pytest.raises(errors.RequestTimeoutError):  # straight to the vendor, which never answers
            run_cancel(kb, "kubiya", run_async)
    assert proxy.requests == []


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "ALL_PROXY"])
def test_a_proxy_the_sdk_cannot_speak_is_refused_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "socks5://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError) as info:
        run_cancel(Kubiya(api_key=SECRETS["kubiya"], base_url="https://vendor.invalid"), "kubiya", False)
    assert str(info.value) == (
        "kubiya: the proxy in HTTPS_PROXY/ALL_PROXY uses socks5://; only http:// and https:// proxies"
        " are supported (or pass your own http_client=)"
    )
    assert info.value.vendor == "kubiya"


def test_an_https_proxy_is_spoken_to_over_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    with RawServer(_silent) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", f"https://127.0.0.1:{proxy.port}")
        # A second: enough, on a loaded machine, for the connect and the ClientHello to happen in time.
        kb = Kubiya(api_key=SECRETS["kubiya"], base_url="https://vendor.invalid", max_retries=0, timeout=1)
        with pytest.raises(errors.RequestTimeoutError):  # the proxy never finishes the handshake
            run_cancel(kb, "kubiya", False)
    assert proxy.requests[0][:1] == b"\x16"  # a TLS handshake record: the ClientHello


def test_a_deadline_that_passes_before_the_tls_handshake_closes_the_socket() -> None:
    """Between the connect (to a vendor, or an https proxy) and its TLS, the deadline may pass."""
    import httpcore
    from pipeline_cancel.deadline import DEADLINE_VAR, DeadlineExceeded, _DeadlineBackend

    with RawServer(_silent) as server:
        stream = _DeadlineBackend(httpcore.SyncBackend()).connect_tcp(host="127.0.0.1", port=server.port)
        sock = stream.get_extra_info("socket")
        token = DEADLINE_VAR.set(time.monotonic() - 1)
        try:
            with pytest.raises(DeadlineExceeded):
                stream.start_tls(ssl.create_default_context(), "vendor.invalid", 5)
        finally:
            DEADLINE_VAR.reset(token)
        assert sock.fileno() == -1  # closed here, not left for the garbage collector


def test_plain_http_to_loopback_never_goes_through_a_proxy(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RawServer(recording_proxy()) as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        server.reply(DOCUMENTED["kubiya"][200][0])
        run_cancel(CASES["kubiya"].make(server.url), "kubiya", False)
        with pytest.raises(errors.ConfigurationError, match="proxy"):
            CASES["kubiya"].make(server.url, http_client=httpx.Client(trust_env=True))
        with pytest.raises(errors.ConfigurationError, match="proxy"):
            CASES["kubiya"].make(server.url, async_http_client=httpx.AsyncClient(proxy=proxy.url))
    assert proxy.requests == []
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRETS['kubiya']}"


@RUN_MODES
def test_a_callers_client_never_follows_a_redirect(server: MockServer, run_async: str | bool) -> None:
    hooks: list[str] = []
    with MockServer() as elsewhere:
        server.reply(Reply(302, b"", (("Location", f"{elsewhere.url}/steal"),)))
        if run_async:

            async def hook(request: httpx.Request) -> None:
                hooks.append(request.url.path)

            async def go() -> None:
                async with httpx.AsyncClient(
                    follow_redirects=True, event_hooks={"request": [hook]}
                ) as caller:
                    obj = CASES["ionworks"].make(server.url, async_http_client=caller)
                    with pytest.raises(errors.UnexpectedResponseError, match="302"):
                        await obj.acancel("run_1")
                    assert not caller.is_closed

            run_on(run_async, go)
        else:
            with httpx.Client(
                follow_redirects=True, event_hooks={"request": [lambda r: hooks.append(r.url.path)]}
            ) as sync_caller:
                obj = CASES["ionworks"].make(server.url, http_client=sync_caller)
                with pytest.raises(errors.UnexpectedResponseError, match="302"):
                    run_cancel(obj, "ionworks", False)
                assert not sync_caller.is_closed
    assert elsewhere.requests == []
    assert hooks == ["/pipelines/run_1/cancel"]  # the caller's hooks still ran, once


def test_the_generated_client_sends_credentials_to_the_vendor_origin_only(server: MockServer) -> None:
    with (
        MockServer() as elsewhere,
        CASES["kubiya"].make(server.url) as kb,
        pytest.raises(errors.ConfigurationError) as info,
    ):
        kb.client.get_httpx_client().get(f"{elsewhere.url}/api/v1/executions/e/terminate")
    assert elsewhere.requests == []
    assert str(info.value) == (
        "kubiya: refusing to send credentials to http://127.0.0.1:"
        " they go only to the vendor object's base URL"
    )
    assert info.value.vendor == "kubiya"


@pytest.mark.parametrize("host", ["localhost", "localhost.", "LOCALHOST", "127.0.0.2", "[::1]"])
def test_every_spelling_of_loopback_may_use_plain_http(host: str) -> None:
    """A fully qualified `localhost.` is still this machine; so is all of 127/8 and ::1."""
    assert Kubiya(api_key="k", base_url=f"http://{host}:9").base_url == f"http://{host.lower()}:9"


@pytest.mark.parametrize("host", ["localhost.example", "example.localhost", "10.0.0.1", "[::2]"])
def test_a_name_that_only_looks_local_may_not_use_plain_http(host: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="refusing to send credentials"):
        Kubiya(api_key="k", base_url=f"http://{host}:9")


def test_a_credential_may_hold_any_printable_ascii_spaces_included(server: MockServer) -> None:
    server.reply(DOCUMENTED["kubiya"][200][0])
    with Kubiya(api_key="two words ~!", base_url=server.url) as kb:
        kb.cancel("exec-1", reason="r")
    assert server.requests[0].headers["authorization"] == "Bearer two words ~!"


def test_the_longest_timeout_accepted_is_an_hour() -> None:
    assert Kubiya(api_key="k", base_url="http://127.0.0.1:9", timeout=3600).timeout == 3600
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        Kubiya(api_key="k", base_url="http://127.0.0.1:9", timeout=3600.5)


@RUN_MODES
def test_an_id_of_exactly_1024_characters_is_sent(server: MockServer, run_async: str | bool) -> None:
    server.reply(DOCUMENTED["kubiya"][200][0])
    run_cancel(CASES["kubiya"].make(server.url), "kubiya", run_async, run_id="e" * 1024)
    assert server.requests[0].path == f"/api/v1/executions/{'e' * 1024}/terminate"


# -- import cost: what `from pipeline_cancel import Kubiya` loads ------------------------------------


@pytest.mark.parametrize("vendor", sorted(REGISTRY))
def test_importing_one_vendor_loads_nothing_else(vendor: str) -> None:
    cls = REGISTRY[vendor][0]
    code = f"import sys; from pipeline_cancel import {cls}; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert f"pipeline_cancel.vendors.{vendor}" in loaded  # the reading sees the import
    for absent in (
        "asyncio",
        "anyio",
        "pipeline_cancel.cli",
        "pipeline_cancel.bulk",
        *(f"{other}_client" for other in REGISTRY),  # generated models load when a call needs them
        *(f"pipeline_cancel.vendors.{other}" for other in REGISTRY if other != vendor),
        "dateutil",
        "opentelemetry",
        "httpx2",  # the extra's: imported by the caller who passes one of its clients, never here
        # the transport, the answer reading, confirm and tracing: they load with the first vendor object
        "pipeline_cancel.http",
        "pipeline_cancel.pools",
        "pipeline_cancel.retries",
        "pipeline_cancel.answers",
        "pipeline_cancel.confirm",
        "pipeline_cancel.tracing",
    ):
        assert absent not in loaded, f"from pipeline_cancel import {cls} loads {absent}"


def test_a_call_loads_the_generated_code_it_needs_and_no_other_vendors(server: MockServer) -> None:
    code = (
        "import sys; from pipeline_cancel import Kubiya\n"
        f"Kubiya(api_key='k', base_url={server.url!r}).cancel('e', reason='r')\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    server.reply(DOCUMENTED["kubiya"][200][0])
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "kubiya_client.models.terminate_workflow_response" in loaded
    assert not {"gumloop_client", "vectorshift_client", "ionworks_client", "runflow_client"} & loaded


@pytest.mark.anyio
async def test_acancel_many_accepts_a_caller_async_client(server: MockServer) -> None:
    server.default = DOCUMENTED["kubiya"][200][0]
    async with httpx.AsyncClient() as caller:
        kb = CASES["kubiya"].make(server.url, async_http_client=caller)
        outcomes = await acancel_many(kb, ["a", "b", "c"], concurrency=2, reason="r")
        assert not caller.is_closed
    assert [o.outcome for o in outcomes if isinstance(o, CancelResult)] == ["canceled"] * 3


# -- decoding: what a compressed body may say, and what it may cost ---------------------------------


@pytest.mark.parametrize(
    "encoding", ["identity", "gzip, identity", "GZIP", "x-gzip", "gzip,identity", "deflate", "Deflate"]
)
def test_the_content_encodings_that_are_read(encoding: str) -> None:
    import gzip
    import zlib

    body = json.dumps(
        {"success": True, "workflow_id": "wf", "terminated_at": "2026-11-23T10:00:00Z"}
    ).encode()
    raw = body if encoding == "identity" else gzip.compress(body)
    if encoding.lower() == "deflate":
        raw = zlib.compress(body)  # HTTP's deflate: the zlib format
    with RawServer(
        answer(200, raw, "Content-Type: application/json", f"Content-Encoding: {encoding}")
    ) as srv:
        assert run_cancel(CASES["kubiya"].make(srv.url), "kubiya", False).outcome == "canceled"


@RUN_MODES
@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_not(
    run_async: str | bool, gzipped: bool
) -> None:
    import gzip

    head = b'{"success": true, "workflow_id": "wf", "terminated_at": "2026-11-23T10:00:00Z", "pad": "'
    exact = head + b"a" * (1024 - len(head) - 2) + b'"}'
    assert len(exact) == 1024
    for body, fits in ((exact, True), (exact[:-2] + b'a"}', False)):
        headers = ["Content-Type: application/json", *(["Content-Encoding: gzip"] if gzipped else [])]
        payload = gzip.compress(body) if gzipped else body
        with RawServer(answer(200, payload, *headers)) as srv:
            kb = CASES["kubiya"].make(srv.url, max_response_bytes=1024, max_retries=0)
            if fits:
                assert run_cancel(kb, "kubiya", run_async).outcome == "canceled"
            else:
                with pytest.raises(errors.ResponseTooLargeError) as info:
                    run_cancel(kb, "kubiya", run_async)
                assert str(info.value) == (
                    "kubiya: response body is larger than 1024 bytes; raise max_response_bytes if the vendor"
                    " really sends that much"
                )


def test_a_corrupt_gzip_body_says_so() -> None:
    with (
        RawServer(answer(200, b"\x1f\x8b not really gzip", "Content-Encoding: gzip")) as srv,
        pytest.raises(errors.UnexpectedResponseError) as info,
    ):
        run_cancel(CASES["kubiya"].make(srv.url, max_retries=0), "kubiya", False)
    assert str(info.value).startswith(
        "kubiya: the body could not be decoded: compressed body is corrupt: Error -3"
    )


def test_a_compression_bomb_is_never_inflated_in_memory() -> None:
    """In this process, traced: a 16 MB bomb against a 64 KiB cap allocates about the cap, not the bomb."""
    import tracemalloc

    with RawServer(gzip_bomb(200, inflated=16 * 1024 * 1024)) as srv:
        kb = CASES["kubiya"].make(srv.url, max_response_bytes=64 * 1024, max_retries=0)
        tracemalloc.start()
        try:
            with pytest.raises(errors.ResponseTooLargeError):
                run_cancel(kb, "kubiya", False)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


class _TLSServer:
    """A TLS listener on 127.0.0.1 with a self-signed certificate; records what gets through."""

    def __init__(self) -> None:
        import ssl

        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        here = ROOT / "tests" / "support" / "tls"  # test-only key, for 127.0.0.1, made with openssl
        self.context.load_cert_chain(here / "selfsigned.pem", here / "selfsigned.key")
        self.sock = socket.create_server(("127.0.0.1", 0))
        # Long enough for a fresh interpreter on a loaded machine to connect (the SSL_CERT_FILE test's
        # client is one); every test using this server connects, so the wait ends with its connect.
        self.sock.settimeout(30)
        self.port = self.sock.getsockname()[1]
        self.decrypted: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
            with self.context.wrap_socket(conn, server_side=True) as tls:
                self.decrypted.append(read_request(tls))
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        except OSError:
            pass  # the client refused the certificate: the handshake failed, nothing was sent

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


@RUN_MODES
def test_a_certificate_that_does_not_verify_ends_the_call_before_any_credential_is_sent(
    run_async: str | bool,
) -> None:
    server = _TLSServer()
    try:
        kb = CASES["kubiya"].make(f"https://127.0.0.1:{server.port}", max_retries=0)
        with pytest.raises(errors.NetworkError) as info:
            run_cancel(kb, "kubiya", run_async)
    finally:
        server.close()
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert server.decrypted == []


@RUN_MODES
def test_a_certificate_authority_named_by_ssl_cert_file_is_trusted(run_async: str | bool) -> None:
    """A private CA (a corporate proxy's, say) works as httpx documents, in a fresh process."""
    server = _TLSServer()
    code = textwrap.dedent(
        f"""
        import anyio
        from pipeline_cancel import Kubiya, errors
        kb = Kubiya(api_key="{SECRETS["kubiya"]}", base_url="https://127.0.0.1:{server.port}", max_retries=0)
        try:
            if {run_async!r}:
                anyio.run(lambda: kb.acancel("exec-1", reason="r"), backend={run_async!r})
            else:
                kb.cancel("exec-1", reason="r")
        except errors.PipelineCancelError as exc:
            print(type(exc).__name__)
        """
    )
    env = {**os.environ, "SSL_CERT_FILE": str(ROOT / "tests" / "support" / "tls" / "selfsigned.pem")}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
        )
    finally:
        server.close()
    assert done.stdout == "UnexpectedResponseError\n", done.stderr  # an empty body, over verified TLS
    assert server.decrypted[0].startswith(b"POST /api/v1/executions/exec-1/terminate ")


def test_the_deadline_a_message_names_is_rounded_to_the_millisecond() -> None:
    with RawServer(_silent) as srv:
        kb = CASES["kubiya"].make(srv.url, timeout=0.3004, max_retries=0)
        with pytest.raises(errors.RequestTimeoutError) as info:
            run_cancel(kb, "kubiya", False)
    assert "no complete answer within 0.3s;" in str(info.value)


@RUN_MODES
def test_a_request_that_leaves_the_base_url_is_refused_with_its_record(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, run_async: str | bool
) -> None:
    """The credentials go only to the base URL's origin, whatever a request was built to reach."""

    def build(self: Kubiya, run_id: str, options: Any) -> dict[str, Any]:
        return {"method": "post", "url": "https://elsewhere.example/x", "json": {"reason": "r"}}

    monkeypatch.setattr(Kubiya, "_build", build)
    kb = CASES["kubiya"].make(server.url, max_retries=0)
    with pytest.raises(errors.ConfigurationError) as info:
        run_cancel(kb, "kubiya", run_async)
    assert str(info.value) == (
        "kubiya: refusing to send credentials to https://elsewhere.example:"
        " they go only to the vendor object's base URL"
    )
    assert info.value.attempts == 1 and info.value.elapsed is None  # refused before any attempt began
    assert server.requests == []
