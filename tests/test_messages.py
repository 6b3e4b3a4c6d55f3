"""The exact text a user reads when a call is refused before anything is sent.

Each message names the vendor, the argument, and what would be accepted; `vendor` is
set on the exception for code that branches on it. Nothing here reaches a server: the
base URL is a closed loopback port, and a refusal that let a request out would fail
with a network error instead of the message.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from pipeline_cancel import (
    Gumloop,
    Ionworks,
    Kubiya,
    Runflow,
    VectorShift,
    acancel_many,
    cancel,
    cancel_many,
    errors,
)

CLOSED = "http://127.0.0.1:9"
NOT_PRINTABLE = (
    "contains a character that is not printable ASCII (a line break, a control character or a"
    " non-ASCII letter pasted with it?); refusing to put it in a header"
)


def kubiya() -> Kubiya:
    return Kubiya(api_key="k", base_url=CLOSED)


def runflow() -> Runflow:
    return Runflow(admin_key="rf_svc_x", base_url=CLOSED)


REFUSALS: list[tuple[str, Callable[[], object], str]] = [
    # ids
    (
        "id not a string",
        lambda: kubiya().cancel(5, reason="r"),
        "kubiya: execution_id must be a string, got int",
    ),  # type: ignore[arg-type]
    ("id empty", lambda: kubiya().cancel("", reason="r"), "kubiya: execution_id is empty"),
    ("id blank", lambda: kubiya().cancel(" \t", reason="r"), "kubiya: execution_id is empty"),
    ("id dot", lambda: kubiya().cancel(".", reason="r"), "kubiya: execution_id '.' is not an id"),
    ("id dotdot", lambda: kubiya().cancel("..", reason="r"), "kubiya: execution_id '..' is not an id"),
    (
        "id too long",
        lambda: kubiya().cancel("x" * 1025, reason="r"),
        "kubiya: execution_id is 1025 characters long; no vendor's ids are longer than 1024",
    ),
    (
        "id with a line break",
        lambda: kubiya().cancel("a\nb", reason="r"),
        "kubiya: execution_id contains control characters (line breaks, tabs, NUL)",
    ),
    ("runflow id", lambda: runflow().cancel(""), "runflow: run_id is empty"),
    (
        "ionworks id",
        lambda: Ionworks(api_key="k", base_url=CLOSED).cancel(".."),
        "ionworks: pipeline_id '..' is not an id",
    ),
    (
        "gumloop id",
        lambda: Gumloop(api_key="k", user_id="u", base_url=CLOSED).cancel(""),
        "gumloop: run_id is empty",
    ),
    (
        "vectorshift id",
        lambda: VectorShift(api_key="k", base_url=CLOSED).cancel("", pipeline_id="p"),
        "vectorshift: run_id is empty",
    ),
    (
        "vectorshift pipeline id",
        lambda: VectorShift(api_key="k", base_url=CLOSED).cancel("r", pipeline_id=".."),
        "vectorshift: pipeline_id '..' is not an id",
    ),
    # reasons
    (
        "reason not a string",
        lambda: kubiya().cancel("e", reason=5),
        "kubiya: reason must be a string, got int",
    ),  # type: ignore[arg-type]
    (
        "reason empty",
        lambda: kubiya().cancel("e", reason=""),
        "kubiya: reason must not be empty or only whitespace",
    ),
    (
        "reason blank",
        lambda: kubiya().cancel("e", reason="  "),
        "kubiya: reason must not be empty or only whitespace",
    ),
    (
        "reason too long",
        lambda: kubiya().cancel("e", reason="x" * 501),
        "kubiya: reason must be 1-500 characters, got 501",
    ),
    (
        "runflow reason short",
        lambda: runflow().cancel("r", reason="ab"),
        "runflow: reason must be 3-500 characters, got 2",
    ),
    (
        "runflow reason long",
        lambda: runflow().cancel("r", reason="x" * 501),
        "runflow: reason must be 3-500 characters, got 501",
    ),
    # per-run keywords through the neutral functions
    (
        "option that does not apply",
        lambda: cancel(kubiya(), "e", pipeline_id="p", reason="r"),
        "kubiya: pipeline_id does not apply: this vendor's cancel takes reason",
    ),
    ("required option", lambda: cancel(kubiya(), "e"), "kubiya: reason is required by this vendor's cancel"),
    (
        "vectorshift without pipeline",
        lambda: cancel(VectorShift(api_key="k", base_url=CLOSED), "r"),
        "vectorshift: pipeline_id is required by this vendor's cancel",
    ),
    (
        "vectorshift wait",
        lambda: cancel(VectorShift(api_key="k", base_url=CLOSED), "r", pipeline_id="p", wait=5),
        "vectorshift: this vendor documents no operation to read a run's state, so a cancel cannot be"
        " confirmed: call cancel() without wait=",
    ),
    (
        "wait zero",
        lambda: kubiya().cancel("e", reason="r", wait=0),
        "kubiya: wait must be a positive number of seconds (at most 86400)",
    ),
    (
        "wait over a day",
        lambda: kubiya().cancel("e", reason="r", wait=86401),
        "kubiya: wait must be a positive number of seconds (at most 86400)",
    ),
    (
        "wait infinite",
        lambda: kubiya().cancel("e", reason="r", wait=math.inf),
        "kubiya: wait must be a positive number of seconds (at most 86400)",
    ),
    (
        "wait NaN",
        lambda: kubiya().cancel("e", reason="r", wait=math.nan),
        "kubiya: wait must be a positive number of seconds (at most 86400)",
    ),
    (
        "wait bool",
        lambda: kubiya().cancel("e", reason="r", wait=True),
        "kubiya: wait must be a positive number of seconds (at most 86400)",
    ),
    (
        "concurrency zero",
        lambda: cancel_many(kubiya(), ["e"], reason="r", concurrency=0),
        "concurrency must be a whole number from 1 to 1000",
    ),
    (
        "concurrency high",
        lambda: cancel_many(kubiya(), ["e"], reason="r", concurrency=1001),
        "concurrency must be a whole number from 1 to 1000",
    ),
    (
        "concurrency bool",
        lambda: cancel_many(kubiya(), ["e"], reason="r", concurrency=True),
        "concurrency must be a whole number from 1 to 1000",
    ),
    (
        "run ids as one string",
        lambda: cancel_many(kubiya(), "abc", reason="r"),
        "run_ids must be a list of ids, not one string",
    ),
    ("not a vendor", lambda: cancel(5, "e"), "expected a vendor name or a vendor object, got int"),  # type: ignore[call-overload]
    (
        "unknown vendor",
        lambda: cancel("acme", "e"),
        "unknown vendor 'acme'; choose from gumloop, vectorshift, ionworks, runflow, kubiya, prefect",
    ),
    # constructor options
    (
        "base_url not a string",
        lambda: Kubiya(api_key="k", base_url=5),
        "kubiya: base_url must be a string, got int",
    ),  # type: ignore[arg-type]
    (
        "base_url relative",
        lambda: Kubiya(api_key="k", base_url="not a url"),
        "kubiya: base_url 'not a url' must be an absolute http(s) URL",
    ),
    (
        "base_url ftp",
        lambda: Kubiya(api_key="k", base_url="ftp://x"),
        "kubiya: base_url 'ftp://x' must be an absolute http(s) URL",
    ),
    (
        "base_url no host",
        lambda: Kubiya(api_key="k", base_url="http://"),
        "kubiya: base_url 'http://' must be an absolute http(s) URL",
    ),
    (
        "base_url with a password",
        lambda: Kubiya(api_key="k", base_url="https://u:p@h"),
        "kubiya: base_url carries a user name or password; credentials go in the constructor's arguments,"
        " never in the URL",
    ),
    (
        "base_url with a query",
        lambda: Kubiya(api_key="k", base_url="https://h?q=1"),
        "kubiya: base_url 'https://h?q=1' must not carry a query or fragment",
    ),
    (
        "base_url with a fragment",
        lambda: Kubiya(api_key="k", base_url="https://h#f"),
        "kubiya: base_url 'https://h#f' must not carry a query or fragment",
    ),
    (
        "base_url cleartext",
        lambda: Kubiya(api_key="k", base_url="http://example.com"),
        "kubiya: refusing to send credentials to http://example.com: use an https:// base URL"
        " (plain http is allowed only for loopback addresses and localhost)",
    ),
    (
        "timeout text",
        lambda: Kubiya(api_key="k", timeout="1"),
        "kubiya: timeout must be a number of seconds, got str",
    ),  # type: ignore[arg-type]
    (
        "timeout bool",
        lambda: Kubiya(api_key="k", timeout=True),
        "kubiya: timeout must be a number of seconds, got bool",
    ),
    (
        "timeout zero",
        lambda: Kubiya(api_key="k", timeout=0),
        "kubiya: timeout must be a positive, finite number of seconds (at most 3600)",
    ),
    (
        "timeout NaN",
        lambda: Kubiya(api_key="k", timeout=math.nan),
        "kubiya: timeout must be a positive, finite number of seconds (at most 3600)",
    ),
    (
        "timeout infinite",
        lambda: Kubiya(api_key="k", timeout=math.inf),
        "kubiya: timeout must be a positive, finite number of seconds (at most 3600)",
    ),
    (
        "timeout over an hour",
        lambda: Kubiya(api_key="k", timeout=3600.5),
        "kubiya: timeout must be a positive, finite number of seconds (at most 3600)",
    ),
    (
        "max_response_bytes small",
        lambda: Kubiya(api_key="k", max_response_bytes=1023),
        "kubiya: max_response_bytes must be a whole number of at least 1024",
    ),
    (
        "max_response_bytes float",
        lambda: Kubiya(api_key="k", max_response_bytes=4096.0),
        "kubiya: max_response_bytes must be a whole number of at least 1024",
    ),  # type: ignore[arg-type]
    (
        "max_retries negative",
        lambda: Kubiya(api_key="k", max_retries=-1),
        "kubiya: max_retries must be a whole number from 0 to 10",
    ),
    (
        "max_retries eleven",
        lambda: Kubiya(api_key="k", max_retries=11),
        "kubiya: max_retries must be a whole number from 0 to 10",
    ),
    (
        "max_retries bool",
        lambda: Kubiya(api_key="k", max_retries=True),
        "kubiya: max_retries must be a whole number from 0 to 10",
    ),
    # credentials
    ("key not a string", lambda: Kubiya(api_key=5), "kubiya: api_key must be a string, got int"),  # type: ignore[arg-type]
    ("key empty", lambda: Kubiya(api_key=""), "kubiya: api_key is empty"),
    ("key blank", lambda: Kubiya(api_key="  "), "kubiya: api_key is empty"),
    ("key padded", lambda: Kubiya(api_key=" k "), "kubiya: api_key has leading or trailing whitespace"),
    (
        "key with a line break",
        lambda: Kubiya(api_key="a\nb"),
        "kubiya: api_key " + NOT_PRINTABLE,
    ),
    (
        "key with a non-ASCII letter",
        lambda: Ionworks(api_key="clé"),
        "ionworks: api_key " + NOT_PRINTABLE,
    ),
    ("ionworks token", lambda: Ionworks(token=""), "ionworks: token is empty"),
    (
        "ionworks both",
        lambda: Ionworks(api_key="k", token="t"),
        "ionworks: pass either api_key (X-API-Key) or token (Bearer), not both",
    ),
    ("vectorshift key", lambda: VectorShift(api_key=""), "vectorshift: api_key is empty"),
    (
        "gumloop both",
        lambda: Gumloop(api_key="k", access_token="t", user_id="u"),
        "gumloop: pass either api_key (personal key, with user_id) or access_token (OAuth), not both",
    ),
    (
        "gumloop key without user",
        lambda: Gumloop(api_key="k"),
        "gumloop: a personal api_key needs user_id (sent as x-auth-key)",
    ),
    (
        "gumloop token alone",
        lambda: Gumloop(access_token="t"),
        "gumloop: pass user_id or project_id with the access_token",
    ),
    (
        "gumloop token empty",
        lambda: Gumloop(access_token="", project_id="p"),
        "gumloop: access_token is empty",
    ),
    ("gumloop key empty", lambda: Gumloop(api_key="", user_id="u"), "gumloop: api_key is empty"),
    (
        "gumloop user id",
        lambda: Gumloop(api_key="k", user_id="u\n"),
        "gumloop: user_id has leading or trailing whitespace",
    ),
    (
        "gumloop token user id",
        lambda: Gumloop(access_token="t", user_id=" u"),
        "gumloop: user_id has leading or trailing whitespace",
    ),
    (
        "runflow key with a tab",
        lambda: Runflow(admin_key="rf_svc_a\tb"),
        "runflow: admin_key " + NOT_PRINTABLE,
    ),
    (
        "gumloop project id",
        lambda: Gumloop(access_token="t", project_id=".."),
        "gumloop: project_id '..' is not an id",
    ),
    (
        "runflow inference key",
        lambda: Runflow(admin_key="rf_live_x"),
        "runflow: admin_key is an inference key (rf_live_); the cancellation endpoint needs a service key"
        " (rf_svc_...) with admin scope",
    ),
    (
        "runflow other key",
        lambda: Runflow(admin_key="RF_SVC_x"),
        "runflow: admin_key is not a service key; the cancellation endpoint needs a service key (rf_svc_...)"
        " with admin scope",
    ),
]


@pytest.mark.parametrize(("call", "message"), [pytest.param(c, m, id=i) for i, c, m in REFUSALS])
def test_the_refusal_says_exactly_this(call: Callable[[], object], message: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        call()
    assert str(info.value) == message
    vendor, _, rest = message.partition(": ")
    if vendor in {"gumloop", "vectorshift", "ionworks", "runflow", "kubiya"}:
        assert info.value.vendor == vendor
        assert info.value.message == rest
    else:
        assert info.value.vendor is None
        assert info.value.message == message
    assert info.value.http_status is None
    assert repr(info.value) == f"ConfigurationError({message!r})"
    assert isinstance(info.value, ValueError)  # what argument checks raise, for callers who catch that


@pytest.mark.anyio
async def test_acancel_many_refuses_the_same_way() -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        await acancel_many(kubiya(), ["e"], reason="r", concurrency=0)
    assert str(info.value) == "concurrency must be a whole number from 1 to 1000"
    with pytest.raises(errors.ConfigurationError) as info:
        await acancel_many(kubiya(), "abc", reason="r")
    assert str(info.value) == "run_ids must be a list of ids, not one string"


def test_a_vendor_objects_repr_shows_where_it_sends_and_never_what() -> None:
    assert repr(kubiya()) == "Kubiya(base_url='http://127.0.0.1:9', credentials=<redacted>)"
    assert repr(Gumloop(api_key="gl_secret", user_id="u", base_url=CLOSED + "/")) == (
        "Gumloop(base_url='http://127.0.0.1:9', credentials=<redacted>)"
    )


def test_vendor_names_are_case_insensitive_and_anything_else_is_refused() -> None:
    from pipeline_cancel.vendors import vendor_class

    assert vendor_class("KuBiYa") is Kubiya
    with pytest.raises(errors.ConfigurationError) as info:
        vendor_class(None)  # type: ignore[arg-type]
    assert (
        str(info.value)
        == "unknown vendor None; choose from gumloop, vectorshift, ionworks, runflow, kubiya, prefect"
    )
