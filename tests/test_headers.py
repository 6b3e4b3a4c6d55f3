"""Headers of the caller's own on every request: `default_headers=` and `with_options(extra_headers=)`.

An SDK that imports this one sends its tracing and correlation ids with each call, as
Stainless's `extra_headers` and Fern's `additional_headers` let it. They never carry or
replace a credential, nor a header the transport owns: those are refused by name,
before anything is sent.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pipeline_cancel import cancel_many, errors
from pipeline_cancel.options import check_headers

from tests.support.backends import MODES, run_on
from tests.support.made import close_what_was_made, kubiya  # noqa: F401 - the autouse fixture
from tests.support.samples import KUBIYA_OK, kubiya_execution
from tests.support.server import MockServer, Reply
from tests.support.vendors import CASES

OK = Reply.json(200, KUBIYA_OK)


def sent(server: MockServer, name: str) -> list[str | None]:
    return [r.headers.get(name.lower()) for r in server.requests]


@MODES
def test_default_headers_go_with_every_request_and_a_copys_extra_ones_over_them(mode: str) -> None:
    with MockServer(default=OK) as server:
        kb = kubiya(server.url, default_headers={"X-Correlation-Id": "c-1", "X-Team": "ops"})
        traced = kb.with_options(extra_headers={"X-Correlation-Id": "c-2", "traceparent": "00-ab-cd-01"})
        deeper = traced.with_options(timeout=5, extra_headers={"X-Step": "3"})
        for obj in (kb, traced, deeper, kb):
            if mode == "sync":
                obj.cancel("exec-1", reason="r")
            else:
                run_on(mode, lambda obj=obj: obj.acancel("exec-1", reason="r"))  # type: ignore[misc]
    assert sent(server, "X-Correlation-Id") == ["c-1", "c-2", "c-2", "c-1"]
    assert sent(server, "X-Team") == ["ops"] * 4
    assert sent(server, "traceparent") == [None, "00-ab-cd-01", "00-ab-cd-01", None]
    assert sent(server, "X-Step") == [None, None, "3", None]
    assert all(r.headers["authorization"] == "Bearer " + CASES["kubiya"].secret for r in server.requests)
    assert all(r.headers["user-agent"].startswith("pipeline-cancel/") for r in server.requests)


def test_status_reads_and_the_generated_client_carry_them_too() -> None:
    with MockServer(default=Reply.json(200, kubiya_execution("running"))) as server:
        kb = kubiya(server.url, default_headers={"X-Team": "ops"})
        copy = kb.with_options(extra_headers={"X-Correlation-Id": "c-9"})
        copy.status("00000000-0000-0000-0000-000000000001")
        kb.client.get_httpx_client().get("/api/v1/executions/x")
        copy.client.get_httpx_client().get("/api/v1/executions/y")
    assert sent(server, "X-Team") == ["ops"] * 3
    assert sent(server, "X-Correlation-Id") == ["c-9", None, "c-9"]


def test_cancel_many_sends_them_with_every_id() -> None:
    with MockServer(default=OK) as server:
        kb = kubiya(server.url).with_options(extra_headers={"X-Batch": "b-1"})
        outcomes = cancel_many(kb, ["a", "b", "c"], concurrency=2, reason="r")
    assert [o.outcome for o in outcomes if not isinstance(o, errors.PipelineCancelError)] == ["canceled"] * 3
    assert sent(server, "X-Batch") == ["b-1"] * 3


def test_through_a_callers_client_ours_and_theirs_both_arrive() -> None:
    with MockServer(default=OK) as server, httpx.Client(headers={"X-Their": "t"}) as caller:
        kb = kubiya(server.url, http_client=caller, default_headers={"X-Ours": "o"})
        kb.with_options(extra_headers={"X-Call": "1"}).cancel("exec-1", reason="r")
    (request,) = server.requests
    assert (request.headers["x-their"], request.headers["x-ours"], request.headers["x-call"]) == (
        "t",
        "o",
        "1",
    )


REFUSED = [
    ("Authorization", "this vendor's credential header"),  # Kubiya sends its token there
    ("proxy-authorization", "a credential header"),
    ("Cookie", "a credential header"),
    ("X-API-Key", "a credential header"),
    ("x-auth-key", "a credential header"),
    ("Api-Key", "a credential header"),
    ("Host", "set by the transport"),
    ("Content-Length", "set by the transport"),
    ("content-type", "set by the transport"),
    ("Transfer-Encoding", "set by the transport"),
    ("Accept-Encoding", "set by the transport"),
]


@pytest.mark.parametrize(("name", "why"), REFUSED)
def test_a_credential_or_transport_header_is_refused_by_name_before_anything_is_sent(
    name: str, why: str
) -> None:
    with MockServer(default=OK) as server:
        with pytest.raises(errors.ConfigurationError) as made:
            kubiya(server.url, default_headers={name: "x"})
        assert str(made.value).startswith(f"kubiya: default_headers: {name} cannot be set here: it is {why}")
        kb = kubiya(server.url)
        with pytest.raises(errors.ConfigurationError) as copied:
            kb.with_options(extra_headers={"X-Fine": "1", name: "x"})
        assert str(copied.value).startswith(f"kubiya: extra_headers: {name} cannot be set here: it is {why}")
    assert server.requests == []


def test_the_vendors_own_credential_header_is_refused_whatever_its_name() -> None:
    with pytest.raises(
        errors.ConfigurationError, match=r"X-Acme-Token cannot be set here: it is this vendor's"
    ):
        check_headers({"X-Acme-Token": "t"}, "extra_headers", "acme", ["x-acme-token"])
    assert dict(check_headers({"X-Acme-Trace": " t "}, "extra_headers", "acme", ["x-acme-token"])) == {
        "X-Acme-Trace": "t"
    }
    assert dict(check_headers(None, "default_headers", "acme", [])) == {}


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"X-Id": "a\r\nX-Injected: 1"}, "the value of X-Id must be a string of printable ASCII"),
        ({"X-Id": "caf\u00e9"}, "the value of X-Id must be a string of printable ASCII"),
        ({"X-Id": 7}, "the value of X-Id must be a string of printable ASCII"),
        ({"X Id": "1"}, "'X Id' is not a valid header name"),
        ({"X-Id:": "1"}, "'X-Id:' is not a valid header name"),
        ({b"X-Id": "1"}, "b'X-Id' is not a valid header name"),
        ([("X-Id", "1")], "extra_headers must be a mapping of header names to values"),
    ],
)
def test_a_malformed_header_is_refused_before_anything_is_sent(headers: Any, message: str) -> None:
    with MockServer(default=OK) as server:
        kb = kubiya(server.url)
        with pytest.raises(errors.ConfigurationError) as refused:
            kb.with_options(extra_headers=headers)
    assert message in str(refused.value)
    assert str(refused.value).startswith("kubiya: extra_headers")  # the vendor, then the option
    assert server.requests == []


def test_a_value_may_hold_every_printable_character_and_a_tab() -> None:
    value = "".join(chr(c) for c in range(0x20, 0x7F)) + "\tend"
    assert dict(check_headers({"X-Any": value}, "default_headers", "acme", [])) == {"X-Any": value.strip()}


def test_a_value_that_equals_the_credential_is_redacted_where_the_answer_echoes_it() -> None:
    secret = CASES["kubiya"].secret
    echo = Reply.json(400, {"detail": f"bad header X-Echo: {secret}"})
    with MockServer(default=echo) as server:
        kb = kubiya(server.url).with_options(extra_headers={"X-Echo": secret})
        with pytest.raises(errors.PipelineCancelError) as failed:
            kb.cancel("exec-1", reason="r")
    assert secret not in str(failed.value) and secret.encode() not in (failed.value.body or b"")
    assert secret not in repr(kb)


@pytest.mark.anyio
async def test_a_copys_async_generated_client_carries_them() -> None:
    with MockServer(default=Reply.json(200, kubiya_execution("running"))) as server:
        kb = kubiya(server.url, default_headers={"X-Team": "ops"})
        copy = kb.with_options(extra_headers={"X-Correlation-Id": "c-7"})
        await copy.client.get_async_httpx_client().get("/api/v1/executions/z")
        await kb.aclose()
    assert sent(server, "X-Team") == ["ops"]
    assert sent(server, "X-Correlation-Id") == ["c-7"]
