"""Everything the vendors' docs forbid is refused before a byte is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pipeline_cancel import Gumloop, Ionworks, Kubiya, Runflow, VectorShift, cancel, cancel_many, errors

from tests.support.server import MockServer
from tests.support.vendors import CASES, SECRETS

BAD_IDS = ["", "   ", "\t", ".", "..", "run\r\nX-Evil: 1", "run\n", "a\x00b", "\x7f"]


@pytest.mark.parametrize("bad_id", BAD_IDS)
@pytest.mark.parametrize("vendor", list(CASES))
def test_bad_ids_are_refused(server: MockServer, vendor: str, bad_id: str) -> None:
    with CASES[vendor].make(server.url) as obj, pytest.raises(errors.ConfigurationError):
        obj.cancel(bad_id, **CASES[vendor].cancel_args)
    assert server.requests == []


@pytest.mark.parametrize("bad_id", ["", "..", "x\ny"])
def test_vectorshift_pipeline_id_is_checked_too(server: MockServer, bad_id: str) -> None:
    with VectorShift(api_key="k", base_url=server.url) as vs, pytest.raises(errors.ConfigurationError):
        vs.cancel("run_1", pipeline_id=bad_id)
    assert server.requests == []


@pytest.mark.parametrize(
    ("vendor", "reason"),
    [
        ("runflow", "ab"),
        ("runflow", "   "),
        ("runflow", " \t\n "),
        ("runflow", "x" * 501),
        ("runflow", ""),
        ("kubiya", ""),
        ("kubiya", "   "),
        ("kubiya", "x" * 501),
    ],
)
def test_reasons_outside_the_vendors_limits(server: MockServer, vendor: str, reason: str) -> None:
    with CASES[vendor].make(server.url) as obj, pytest.raises(errors.ConfigurationError, match="reason"):
        obj.cancel("run_1", reason=reason)
    assert server.requests == []


@pytest.mark.parametrize(("vendor", "reason"), [("runflow", "abc"), ("runflow", "x" * 500), ("kubiya", "x")])
def test_reasons_at_the_limits_are_sent(server: MockServer, vendor: str, reason: str) -> None:
    from tests.support.samples import DOCUMENTED
    from tests.support.vendors import CANCELED_REPLY_STATUS

    server.reply(DOCUMENTED[vendor][CANCELED_REPLY_STATUS[vendor]][0])
    with CASES[vendor].make(server.url) as obj:
        obj.cancel("run_1", reason=reason)
    assert server.requests[0].json() == {"reason": reason}


def test_runflow_without_reason_sends_an_empty_body(server: MockServer) -> None:
    from tests.support.openapi import validate_request
    from tests.support.samples import DOCUMENTED

    server.reply(DOCUMENTED["runflow"][201][0])
    with Runflow(admin_key="rf_svc_x", base_url=server.url) as rf:
        rf.cancel("01J0")
    assert server.requests[0].json() == {}
    validate_request("runflow", server.requests[0])


@pytest.mark.parametrize("key", ["rf_live_abcdef123", "sk_test_abc", "", "RF_SVC_upper", " rf_svc_x"])
def test_runflow_refuses_non_service_keys_without_echoing_them(key: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        Runflow(admin_key=key)
    if key.strip():
        assert key.strip() not in str(info.value)
        assert key.strip() not in repr(info.value)
    if key.startswith("rf_live_"):
        assert "inference key" in str(info.value)


CONSTRUCTORS: list[tuple[str, Callable[[], Any]]] = [
    ("gumloop key without user_id", lambda: Gumloop(api_key="k")),
    ("gumloop key and token", lambda: Gumloop(api_key="k", user_id="u", access_token="t")),
    ("gumloop token without user or project", lambda: Gumloop(access_token="t")),
    ("gumloop nothing", lambda: Gumloop()),
    ("ionworks nothing", lambda: Ionworks()),
    ("ionworks both", lambda: Ionworks(api_key="a", token="t")),
    ("crlf in key", lambda: Kubiya(api_key="abc\r\nX-Injected: 1")),
    ("crlf in user id", lambda: Gumloop(api_key="k", user_id="u\nx")),
    ("blank key", lambda: VectorShift(api_key="  ")),
    ("plain http to a real host", lambda: Kubiya(api_key="k", base_url="http://control-plane.kubiya.ai")),
    ("plain http to a private address", lambda: Kubiya(api_key="k", base_url="http://10.0.0.8")),
    ("not a url", lambda: Kubiya(api_key="k", base_url="control-plane")),
    ("ftp", lambda: Kubiya(api_key="k", base_url="ftp://example.com")),
    ("zero timeout", lambda: Kubiya(api_key="k", timeout=0)),
    ("negative retries", lambda: Kubiya(api_key="k", max_retries=-1)),
    ("too many retries", lambda: Kubiya(api_key="k", max_retries=100)),
]


@pytest.mark.parametrize("make", [c[1] for c in CONSTRUCTORS], ids=[c[0] for c in CONSTRUCTORS])
def test_bad_configuration_is_refused_at_construction(make: Callable[[], Any]) -> None:
    with pytest.raises(errors.ConfigurationError):
        make()


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9", "https://example.com"]
)
def test_https_and_loopback_base_urls_are_accepted(url: str) -> None:
    assert Kubiya(api_key="k", base_url=url).base_url == url


def test_unknown_vendor_name() -> None:
    with pytest.raises(errors.ConfigurationError, match="unknown vendor 'zapier'"):
        cancel("zapier", "run_1")


@pytest.mark.parametrize(
    ("vendor", "variable"),
    [
        ("gumloop", "GUMLOOP_API_KEY or GUMLOOP_ACCESS_TOKEN"),
        ("vectorshift", "VECTORSHIFT_API_KEY"),
        ("ionworks", "IONWORKS_API_KEY or IONWORKS_API_TOKEN"),
        ("runflow", "RUNFLOW_ADMIN_KEY"),
        ("kubiya", "KUBIYA_API_KEY"),
    ],
)
def test_from_env_names_the_missing_variable(vendor: str, variable: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=variable):
        cancel(vendor, "run_1")


def test_wrong_vendor_arguments_are_a_configuration_error(server: MockServer) -> None:
    kb = CASES["kubiya"].make(server.url)
    with pytest.raises(errors.ConfigurationError, match="reason"):
        cancel(kb, "exec-1")
    with pytest.raises(errors.ConfigurationError, match="pipeline_id"):
        cancel(kb, "exec-1", reason="r", pipeline_id="x")
    with pytest.raises(errors.ConfigurationError, match="concurrency"):
        cancel_many(kb, ["a"], concurrency=0, reason="r")
    assert server.requests == []


def test_credentials_never_leave_over_plain_http_even_via_the_generated_client() -> None:
    """The auth flow itself refuses: an absolute http:// URL on `.client` fails before connecting."""
    kb = Kubiya(api_key=SECRETS["kubiya"], base_url="https://control-plane.example")
    with pytest.raises(errors.ConfigurationError, match="refusing to send credentials") as info:
        kb.client.get_httpx_client().post("http://control-plane.example/api/v1/executions/e/terminate")
    assert SECRETS["kubiya"] not in str(info.value)
