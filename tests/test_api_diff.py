"""The API-change rules, on small packages shaped like openapi-python-client's output."""

from __future__ import annotations

from tools.api_diff import Change, compare, render, surface

OPERATION = """
def sync_detailed(run_id: str, *, client: Client, {params}) -> Response[{returns}]:
    ...


def sync(run_id: str, *, client: Client, {params}) -> {returns} | None:
    ...
"""

MODEL = """
from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class Run:
    id: str
    {fields}
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
"""

ENUM = """
from enum import StrEnum


class RunStatus(StrEnum):
{members}
"""


def package(
    params: str = "reason: str | Unset = UNSET",
    returns: str = "Run | Error",
    fields: str = "status: RunStatus",
    members: tuple[str, ...] = ("canceled", "running"),
    operation: str = "cancel_run",
) -> dict[str, str]:
    body = "\n".join(f'    {m.upper()} = "{m}"' for m in members)
    return {
        f"api/default/{operation}.py": OPERATION.format(params=params, returns=returns),
        "api/default/__init__.py": "",
        "models/run.py": MODEL.format(fields=fields),
        "models/run_status.py": ENUM.format(members=body),
    }


def changes(old: dict[str, str], new: dict[str, str]) -> set[tuple[bool, str]]:
    return {(c.breaking, c.text) for c in compare(surface(old), surface(new))}


def test_identical_packages_and_reordered_unions_are_no_change() -> None:
    assert changes(package(), package()) == set()
    assert changes(package(returns="Run | Error"), package(returns="Error | Run")) == set()


def test_operations() -> None:
    assert changes(package(), package(operation="cancel_run_v2")) == {
        (True, "operation api.default.cancel_run removed"),
        (False, "operation api.default.cancel_run_v2 added"),
    }


def test_parameters() -> None:
    base = "reason: str | Unset = UNSET"
    assert changes(package(), package(params=f"{base}, force: bool | Unset = UNSET")) == {
        (False, "parameter api.default.cancel_run(force) added: bool | Unset (optional)")
    }
    assert changes(package(), package(params=f"{base}, force: bool")) == {
        (True, "parameter api.default.cancel_run(force) added: bool (required)")
    }
    assert changes(package(), package(params="reason: str | None | Unset = UNSET")) == {
        (
            False,
            "parameter api.default.cancel_run(reason) retyped: "
            "str | Unset (optional) -> str | None | Unset (optional)",
        )
    }
    assert changes(package(), package(params="reason: str")) == {
        (True, "parameter api.default.cancel_run(reason) retyped: str | Unset (optional) -> str (required)")
    }
    assert changes(package(), package(params="")) == {
        (True, "parameter api.default.cancel_run(reason) removed")
    }


def test_return_types() -> None:
    assert changes(package(), package(returns="Run | Error | Conflict")) == {
        (
            False,
            "operation api.default.cancel_run returns Run | Error | Conflict | None (was Run | Error | None)",
        )
    }
    assert changes(package(), package(returns="Run")) == {
        (True, "operation api.default.cancel_run returns Run | None (was Run | Error | None)")
    }


def test_fields() -> None:
    assert changes(package(), package(fields="status: RunStatus\n    model: str | Unset = UNSET")) == {
        (False, "field Run.model added: str | Unset (optional)")
    }
    assert changes(package(), package(fields="status: RunStatus\n    model: str")) == {
        (True, "field Run.model added: str (required)")
    }
    assert changes(package(), package(fields="status: RunStatus | Unset = UNSET")) == {
        (True, "field Run.status retyped: RunStatus (required) -> RunStatus | Unset (optional)")
    }
    assert changes(package(), package(fields="")) == {
        (True, "field Run.status removed (was RunStatus (required))")
    }


def test_enum_values() -> None:
    assert changes(package(), package(members=("canceled", "running", "queued"))) == {
        (False, "enum RunStatus value 'queued' added")
    }
    assert changes(package(), package(members=("canceled",))) == {
        (True, "enum RunStatus value 'running' removed")
    }


def test_models_and_enums_appearing_and_disappearing() -> None:
    old = package()
    new = {k: v for k, v in package().items() if k != "models/run_status.py"}
    new["models/error.py"] = MODEL.replace("class Run", "class Error").format(fields="")
    assert changes(old, new) == {(True, "enum RunStatus removed"), (False, "model Error added")}
    assert (False, "enum RunStatus added: 'canceled', 'running'") in changes(new, old)


def test_classes_outside_models_keep_their_module() -> None:
    client = {"client.py": MODEL.replace("class Run", "class Client").format(fields="token: str")}
    assert changes({}, client) == {(False, "class client.Client added")}


def test_render_puts_breaking_changes_first_and_counts_them() -> None:
    text = render(
        {"a_client": [Change(False, "model X added"), Change(True, "model Y removed")], "b_client": []},
        "heading:",
    )
    assert text.splitlines() == [
        "heading:",
        "  a_client:",
        "    BREAKING      model Y removed",
        "    non-breaking  model X added",
        "  b_client: no change to the public surface",
        "  2 change(s): 1 breaking, 1 non-breaking",
    ]
