"""`from_env` and vendor names: the variables read, which win, and what a user reads when one is missing."""

from __future__ import annotations

import pytest
from pipeline_cancel import cancel, errors
from pipeline_cancel.vendors import vendor_class

from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer
from tests.support.vendors import CANCELED_REPLY_STATUS, CASES

MISSING = [
    ("gumloop", {}, "gumloop: set GUMLOOP_API_KEY or GUMLOOP_ACCESS_TOKEN in the environment"),
    (
        "gumloop",
        {"GUMLOOP_API_KEY": "   "},
        "gumloop: set GUMLOOP_API_KEY or GUMLOOP_ACCESS_TOKEN in the environment",
    ),
    ("gumloop", {"GUMLOOP_API_KEY": "k"}, "gumloop: set GUMLOOP_USER_ID (a personal key needs it)"),
    (
        "gumloop",
        {"GUMLOOP_API_KEY": "k", "GUMLOOP_PROJECT_ID": "p"},
        "gumloop: set GUMLOOP_USER_ID (a personal key needs it)",
    ),
    ("gumloop", {"GUMLOOP_ACCESS_TOKEN": "t"}, "gumloop: set GUMLOOP_USER_ID or GUMLOOP_PROJECT_ID"),
    (
        "gumloop",
        {"GUMLOOP_USER_ID": "u"},
        "gumloop: set GUMLOOP_API_KEY or GUMLOOP_ACCESS_TOKEN in the environment",
    ),
    ("vectorshift", {}, "vectorshift: set VECTORSHIFT_API_KEY in the environment"),
    ("ionworks", {}, "ionworks: set IONWORKS_API_KEY or IONWORKS_API_TOKEN in the environment"),
    (
        "ionworks",
        {"IONWORKS_API_TOKEN": "\t"},
        "ionworks: set IONWORKS_API_KEY or IONWORKS_API_TOKEN in the environment",
    ),
    ("runflow", {}, "runflow: set RUNFLOW_ADMIN_KEY in the environment"),
    ("kubiya", {}, "kubiya: set KUBIYA_API_KEY in the environment"),
]


@pytest.mark.parametrize(("vendor", "variables", "message"), MISSING)
def test_what_is_missing_is_named(
    monkeypatch: pytest.MonkeyPatch, vendor: str, variables: dict[str, str], message: str
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(errors.ConfigurationError) as info:
        vendor_class(vendor).from_env()
    assert str(info.value) == message
    assert info.value.vendor == vendor
    with pytest.raises(errors.ConfigurationError) as by_name:
        cancel(vendor, "run_1", **CASES[vendor].cancel_args)
    assert str(by_name.value) == message


# (vendor, variables, headers the vendor receives, fields of the request body beyond the run id)
FOUND = [
    (
        "gumloop",
        {"GUMLOOP_API_KEY": "k1", "GUMLOOP_USER_ID": "u1"},
        {"authorization": "Bearer k1", "x-auth-key": "u1"},
        {"user_id": "u1"},
    ),
    (
        "gumloop",
        {"GUMLOOP_API_KEY": "k1", "GUMLOOP_USER_ID": "u1", "GUMLOOP_PROJECT_ID": "p1"},
        {"authorization": "Bearer k1", "x-auth-key": "u1"},
        {"user_id": "u1", "project_id": "p1"},
    ),
    (
        "gumloop",  # both credentials set: the personal key is the one used
        {"GUMLOOP_API_KEY": "k1", "GUMLOOP_ACCESS_TOKEN": "t1", "GUMLOOP_USER_ID": "u1"},
        {"authorization": "Bearer k1", "x-auth-key": "u1"},
        {"user_id": "u1"},
    ),
    (
        "gumloop",
        {"GUMLOOP_ACCESS_TOKEN": "t1", "GUMLOOP_PROJECT_ID": "p1"},
        {"authorization": "Bearer t1", "x-auth-key": None},
        {"project_id": "p1"},
    ),
    (
        "gumloop",
        {"GUMLOOP_ACCESS_TOKEN": "t1", "GUMLOOP_USER_ID": "u1"},
        {"authorization": "Bearer t1", "x-auth-key": None},
        {"user_id": "u1"},
    ),
    ("vectorshift", {"VECTORSHIFT_API_KEY": "v1"}, {"authorization": "Bearer v1"}, {}),
    ("ionworks", {"IONWORKS_API_KEY": "i1"}, {"x-api-key": "i1", "authorization": None}, {}),
    ("ionworks", {"IONWORKS_API_TOKEN": "i2"}, {"authorization": "Bearer i2", "x-api-key": None}, {}),
    (
        "ionworks",  # both: the API key is the one used
        {"IONWORKS_API_KEY": "i1", "IONWORKS_API_TOKEN": "i2"},
        {"x-api-key": "i1", "authorization": None},
        {},
    ),
    ("runflow", {"RUNFLOW_ADMIN_KEY": " rf_svc_r1 "}, {"authorization": "Bearer rf_svc_r1"}, {}),
    ("kubiya", {"KUBIYA_API_KEY": "b1"}, {"authorization": "Bearer b1"}, {}),
]


@pytest.mark.parametrize(("vendor", "variables", "headers", "fields"), FOUND)
def test_credentials_from_the_environment_are_what_is_sent(
    monkeypatch: pytest.MonkeyPatch,
    vendor: str,
    variables: dict[str, str],
    headers: dict[str, str | None],
    fields: dict[str, str],
) -> None:
    reply = DOCUMENTED[vendor][CANCELED_REPLY_STATUS[vendor]][0]
    with MockServer(default=reply) as server:
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv(vendor_class(vendor).base_url_env[0], server.url)
        with vendor_class(vendor).from_env() as obj:
            obj.cancel("run_1", **CASES[vendor].cancel_args)
        assert cancel(vendor, "run_2", **CASES[vendor].cancel_args).run_id == "run_2"
    for received in server.requests:
        for name, value in headers.items():
            assert received.headers.get(name) == value, name
    if vendor == "gumloop":
        assert server.requests[0].json() == {"run_id": "run_1", **fields}


def test_ionworks_reads_its_older_base_url_variable_when_the_newer_is_unset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reply = DOCUMENTED["ionworks"][200][0]
    with MockServer(default=reply) as used, MockServer(default=reply) as unused:
        monkeypatch.setenv("IONWORKS_API_KEY", "i1")
        monkeypatch.setenv("IONWORKS_API_URL", used.url)
        cancel("ionworks", "p1")
        monkeypatch.setenv("IONWORKS_BASE_URL", unused.url)
        monkeypatch.setenv("IONWORKS_API_URL", used.url)
        cancel("ionworks", "p2")
    assert [r.path for r in used.requests] == ["/pipelines/p1/cancel"]
    assert [r.path for r in unused.requests] == ["/pipelines/p2/cancel"]


def test_a_base_url_passed_in_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    reply = DOCUMENTED["kubiya"][200][0]
    with MockServer(default=reply) as passed, MockServer(default=reply) as from_env:
        monkeypatch.setenv("KUBIYA_API_KEY", "b1")
        monkeypatch.setenv("KUBIYA_BASE_URL", from_env.url)
        with vendor_class("kubiya").from_env(base_url=passed.url, max_retries=0) as kb:
            assert kb.base_url == passed.url
            assert kb.max_retries == 0
            kb.cancel("e", reason="r")
    assert len(passed.requests) == 1
    assert from_env.requests == []
