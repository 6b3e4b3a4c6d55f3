"""The overlay and the tools keep their shape: every module under the line cap, no import circle.

Both properties were reached by moving code (the transport split as httpx splits its own,
answer reading out of the vendor base, the defaults in `_constants.py`); these tests keep
later work from undoing them, and say which module does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.structure import MAX_LINES, circles, import_graph, modules, too_long

TREES = {"the overlay": (ROOT / "overlay", "pipeline_cancel"), "the tools": (ROOT, "tools")}


@pytest.mark.parametrize("tree", TREES)
def test_no_module_is_over_the_line_cap(tree: str) -> None:
    root, package = TREES[tree]
    found = modules(root, [package])
    assert len(found) > 5
    long = too_long(found)
    assert not long, f"over {MAX_LINES} lines in {tree}: " + ", ".join(f"{m} ({n})" for m, n in long.items())


@pytest.mark.parametrize("tree", TREES)
def test_no_two_modules_import_each_other(tree: str) -> None:
    root, package = TREES[tree]
    graph = import_graph(modules(root, [package]))
    assert sum(len(edges) for edges in graph.values()) > 10  # the graph was read at all
    found = circles(graph)
    assert not found, f"import circles in {tree}: " + "; ".join(" <-> ".join(group) for group in found)


def test_the_checks_find_what_they_guard(tmp_path: Path) -> None:
    """Negative controls: a circle through a deferred import, one through TYPE_CHECKING and a
    relative import, a longer loop, and a module one line over the cap, each named."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("import pkg.b\n")
    (pkg / "b.py").write_text("def f():\n    from pkg import a\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub import d\n")
    (pkg / "sub" / "d.py").write_text("from ..c import x\n")
    (pkg / "e.py").write_text("from pkg.f import y\n")
    (pkg / "f.py").write_text("from pkg.g import z\n")
    (pkg / "g.py").write_text("import pkg.e as e\n" + "\n" * MAX_LINES)
    (pkg / "h.py").write_text("from pkg import a, b\n" + "x = 1\n" * (MAX_LINES - 1))
    found = modules(tmp_path, ["pkg"])
    assert circles(import_graph(found)) == [
        ["pkg.a", "pkg.b"], ["pkg.c", "pkg.sub.d"], ["pkg.e", "pkg.f", "pkg.g"]
    ]  # fmt: skip
    assert too_long(found) == {"pkg.g": MAX_LINES + 1}


def _node_tools_by_session() -> dict[str, set[str]]:
    """session -> the Node tools it installs with `_npm_tool` (read from the noxfile)."""
    found: dict[str, set[str]] = {}
    for node in ast.parse((ROOT / "noxfile.py").read_text()).body:
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "_npm_tool"
                    and isinstance(call.args[1], ast.Constant)
                ):
                    found.setdefault(node.name, set()).add(str(call.args[1].value))
    return found


def test_ci_lanes_run_every_session_once_and_never_two_installs_of_one_node_tool_at_once() -> None:
    """`python3 dev.py` runs the lanes side by side; `npm ci` empties the folder it fills, so two
    sessions installing one tool in different lanes could pull it from under each other."""
    from tools.sessions import LANES

    sessions = [name for lane in LANES for name in lane]
    assert len(sessions) == len(set(sessions)), "a session is in two lanes"
    tools = _node_tools_by_session()
    assert {"prism", "pyright"} <= set().union(*tools.values())  # the reading finds them
    for tool in {t for used in tools.values() for t in used}:
        lanes = {n for n, lane in enumerate(LANES, 1) for name in lane if tool in tools.get(name, ())}
        assert len(lanes) <= 1, f"{tool} is installed by sessions in lanes {sorted(lanes)}"
