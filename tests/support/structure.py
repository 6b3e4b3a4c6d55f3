"""The shape the code keeps: no module over the line cap, and no import circle between modules.

Imports are read with `ast`, every statement counted wherever it stands: at the top, inside
a function (a deferred import) or under `TYPE_CHECKING`. A circle through any of them
means two modules cannot be read, or moved, one without the other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

MAX_LINES = 400


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """name -> file, for every module of `packages` (folders under `root`)."""
    return {module_name(root, p): p for package in packages for p in sorted((root / package).rglob("*.py"))}


def _targets(
    node: ast.Import | ast.ImportFrom, name: str, is_package: bool, known: Mapping[str, Path]
) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        here = name.split(".") if is_package else name.split(".")[:-1]
        base = ".".join([*here[: len(here) - node.level + 1], *([node.module] if node.module else [])])
    # `from package import module` names the module; `from module import name`, the module.
    return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]


def import_graph(known: Mapping[str, Path]) -> dict[str, set[str]]:
    """module -> the modules among `known` it imports (the nearest enclosing one for a deeper name)."""
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(node, name, path.name == "__init__.py", known):
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def circles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or round a longer loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def too_long(known: Mapping[str, Path], limit: int = MAX_LINES) -> dict[str, int]:
    """module -> its line count, for every module over `limit` lines."""
    counts = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in known.items()}
    return {name: count for name, count in counts.items() if count > limit}
