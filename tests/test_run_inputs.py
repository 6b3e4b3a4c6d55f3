"""Per-run inputs: declared once by the vendor module, checked before anything is sent.

The neutral functions take the vendor's declared inputs as keywords; the CLI's flags come
from the same declarations, reading only the module of the vendor it is given.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from typing import Any

import pytest
from pipeline_cancel import acancel, acancel_many, cancel, cancel_many, cli, errors
from pipeline_cancel.inputs import RunInput, check_inputs
from pipeline_cancel.vendors import REGISTRY, vendor_class

from tests.support.backends import MODES, run_on
from tests.support.server import MockServer
from tests.support.vendors import CASES

DECLARED = (RunInput("project", "the project", required=True), RunInput("priority", "a number", type=int))


@pytest.mark.parametrize(
    "name", ["Project", "project-id", "9lives", "class", "wait", "run_id", "concurrency", "json", ""]
)
def test_an_input_name_must_be_a_plain_unreserved_keyword(name: str) -> None:
    with pytest.raises(ValueError, match="lowercase identifier and not reserved"):
        RunInput(name, "help")


def test_an_input_is_text_or_a_whole_number() -> None:
    with pytest.raises(ValueError, match="str or an int"):
        RunInput("ratio", "help", type=float)  # type: ignore[arg-type]
    assert RunInput("project_id", "help").flag == "--project-id"
    assert RunInput("n", "help", type=int).type is int


def test_declared_inputs_are_checked_by_name_presence_and_type() -> None:
    assert check_inputs("acme", DECLARED, {"project": "p", "priority": 3, "other": None}) == {
        "project": "p",
        "priority": 3,
    }
    cases: list[tuple[dict[str, object], str]] = [
        ({"project": "p", "pipeline_id": "x"}, "pipeline_id does not apply: this vendor's cancel takes"
         " project, priority"),
        ({"priority": 1}, "project is required by this vendor's cancel"),
        ({"project": "p", "priority": "1"}, "priority must be a whole number, got str"),
        ({"project": "p", "priority": True}, "priority must be a whole number, got bool"),
        ({"project": 5}, "project must be a string, got int"),
    ]  # fmt: skip
    for given, text in cases:
        with pytest.raises(errors.ConfigurationError) as info:
            check_inputs("acme", DECLARED, given)
        assert str(info.value) == f"acme: {text}"
        assert info.value.vendor == "acme"


def test_the_cli_spelling_names_flags() -> None:
    with pytest.raises(
        errors.ConfigurationError, match=r"--pipeline-id does not apply: .* takes --project, --priority"
    ):
        check_inputs("acme", DECLARED, {"pipeline_id": "x"}, spell=True)
    with pytest.raises(errors.ConfigurationError, match="--project is required"):
        check_inputs("acme", DECLARED, {}, spell=True)
    with pytest.raises(errors.ConfigurationError, match="takes nothing but the id"):
        check_inputs("acme", (), {"reason": "x"})


def test_every_registered_vendor_declares_what_its_own_cancel_names() -> None:
    """The declarations and the vendor's typed `cancel` must agree: the same keywords, and a
    required declaration exactly where the signature has no default."""
    import inspect

    for name in REGISTRY:
        cls = vendor_class(name)
        params = inspect.signature(cls.cancel).parameters  # type: ignore[attr-defined]
        keywords = {p.name: p for p in params.values() if p.kind is p.KEYWORD_ONLY and p.name != "wait"}
        assert {d.name for d in cls.inputs} == set(keywords), name
        for declared in cls.inputs:
            assert declared.required == (keywords[declared.name].default is inspect.Parameter.empty), name


@MODES
def test_a_vendor_given_by_name_has_its_keywords_checked_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, server: MockServer, mode: str
) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "kb_key")
    monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
    monkeypatch.setenv("VECTORSHIFT_API_KEY", "vs_key")
    monkeypatch.setenv("VECTORSHIFT_BASE_URL", server.url)
    attempts: list[tuple[str, dict[str, Any], str]] = [
        ("kubiya", {"reasn": "stuck"}, "kubiya: reasn does not apply: this vendor's cancel takes reason"),
        ("kubiya", {}, "kubiya: reason is required by this vendor's cancel"),
        ("kubiya", {"reason": "r", "pipeline_id": "p"}, "kubiya: pipeline_id does not apply"),
        ("vectorshift", {"pipeline_id": 7}, "vectorshift: pipeline_id must be a string, got int"),
    ]
    for vendor, kwargs, text in attempts:
        one, many = (
            functools.partial(acancel, vendor, "run_1"),
            functools.partial(acancel_many, vendor, ["a"]),
        )
        with pytest.raises(errors.ConfigurationError) as info:
            if mode == "sync":
                cancel(vendor, "run_1", **kwargs)
            else:
                run_on(mode, functools.partial(one, **kwargs))
        assert str(info.value).startswith(text)
        with pytest.raises(errors.ConfigurationError) as bulk:
            if mode == "sync":
                cancel_many(vendor, ["a", "b"], **kwargs)
            else:
                run_on(mode, functools.partial(many, **kwargs))
        assert str(bulk.value).startswith(text)
    assert server.requests == []


def test_a_vendor_object_is_checked_at_run_time_too(server: MockServer) -> None:
    """A caller without a type checker (or with `Any`) gets the same refusal, naming the keyword."""
    kb: Any = CASES["kubiya"].make(server.url)
    with kb, pytest.raises(errors.ConfigurationError, match="project does not apply"):
        cancel(kb, "e1", reason="r", project="p")
    with pytest.raises(
        errors.ConfigurationError, match="inputs are keywords; this vendor's cancel takes reason"
    ):
        cancel(kb, "e1", "a reason given positionally")
    assert server.requests == []


@pytest.mark.parametrize("vendor", list(CASES))
def test_the_declared_inputs_reach_the_request(server: MockServer, vendor: str) -> None:
    case = CASES[vendor]
    server.reply(case.canceled)
    with case.make(server.url) as obj:
        result = cancel(obj, case.run_id, **case.cancel_args)
    assert result.outcome == "canceled"
    (request,) = server.requests
    assert request.path == case.path_for(case.run_id)
    sent = json.dumps(request.json()) if request.body else ""
    for value in case.cancel_args.values():
        assert value in request.path or value in sent


@pytest.mark.parametrize("vendor", list(CASES))
def test_the_cli_takes_each_vendors_inputs_as_its_flags(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: MockServer, vendor: str
) -> None:
    case = CASES[vendor]
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv(f"{vendor.upper()}_BASE_URL", server.url)
    server.reply(case.canceled)
    assert cli.main([vendor, case.run_id, *case.flags(), "--json"]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)["outcome"] == "canceled"
    assert [r.path for r in server.requests] == [case.path_for(case.run_id)]


@pytest.mark.parametrize(
    ("argv", "text"),
    [
        (["kubiya", "e1", "--reason", "r", "--pipeline-id", "p"], "--pipeline-id does not apply"),
        (["ionworks", "--reason=r", "p1"], "--reason does not apply: this vendor's cancel takes nothing but"),
        (["vectorshift", "r1", "--reasn", "x"], "--reasn does not apply: this vendor's cancel takes --pip"),
        (["vectorshift", "r1"], "--pipeline-id is required by this vendor's cancel"),
    ],
)  # fmt: skip
def test_the_cli_refuses_an_input_the_vendor_does_not_take_by_its_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], text: str
) -> None:
    monkeypatch.setenv("KUBIYA_API_KEY", "k")
    assert cli.main(argv) == cli.EXIT_USAGE
    assert text in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "vendor"),
    [
        (["kubiya", "e1"], "kubiya"),
        (["--reason", "kubiya", "runflow", "r1"], "runflow"),
        (["--timeout=3", "--json", "VectorShift", "r1"], "VectorShift"),
        (["--json", "--pipeline-id", "p", "vectorshift"], "vectorshift"),
        (["--help"], None),
    ],
)
def test_the_vendor_is_found_without_knowing_any_vendors_flags(argv: list[str], vendor: str | None) -> None:
    assert cli.named_vendor(argv) == vendor


def test_the_cli_reads_only_the_named_vendors_module() -> None:
    code = (
        "import sys; from pipeline_cancel import cli; cli.build_parser(['kubiya', 'e1', '--reason', 'r']);"
        " print(' '.join(sorted(m for m in sys.modules if m.removesuffix('_client') in cli.REGISTRY)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert set(out.split()) <= {"kubiya_client"}  # none at all, since the models load on first call
