"""What changed in the generated clients' public surface, with breaking changes marked.

Usage: python -m tools.api_diff [--fail-on-breaking] [REV [REV2]]

Compares generated/ at git revision REV (default HEAD) with REV2 (default: the
working tree). The surface is read from the generated source with `ast`, not from
the OpenAPI documents, because it is the Python a user imports that breaks or not:
an operation is a module under `api/` (its `sync_detailed` parameters and its
return type), a model is an attrs class (its fields, their types, whether they are
required), an enum is its set of wire values. `python3 dev.py -s generate` prints the same
report for what it just regenerated.
"""

from __future__ import annotations

import argparse
import ast
import io
import subprocess
import sys
import tarfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tools.registry import ROOT, VENDORS
from tools.specs import GENERATED, package_name

# source text of one package, keyed by path relative to the package folder
Tree = Mapping[str, str]


@dataclass(frozen=True)
class Param:
    annotation: str
    required: bool


@dataclass(frozen=True)
class Operation:
    params: dict[str, Param]
    returns: str


@dataclass
class Surface:
    operations: dict[str, Operation] = field(default_factory=dict)
    models: dict[str, dict[str, Param]] = field(default_factory=dict)
    enums: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    breaking: bool
    text: str


def _types(annotation: str) -> set[str]:
    """The members of a top-level `A | B | None` union, so reordering is not a change."""
    members, depth, start = [], 0, 0
    for i, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(annotation[start:i])
            start = i + 1
    members.append(annotation[start:])
    return {m.strip().strip("'\"") for m in members}


def _same_type(a: str, b: str) -> bool:
    return _types(a) == _types(b)


def _module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".").removesuffix(".__init__")


def _has_default(value: ast.expr | None) -> bool:
    if value is None:
        return False
    if isinstance(value, ast.Call):  # attrs field(...): required unless it has a default
        return any(k.arg in {"default", "factory"} for k in value.keywords)
    return True


def _enum_values(node: ast.ClassDef) -> list[str] | None:
    bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
    if not bases & {"Enum", "StrEnum", "IntEnum"}:
        return None
    values = []
    for stmt in node.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
            values.append(repr(stmt.value.value))
    return values


def _is_attrs_class(node: ast.ClassDef) -> bool:
    names = {ast.unparse(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list}
    return bool(names & {"_attrs_define", "define", "attrs.define", "attr.s", "attrs.frozen"})


def _operation(tree: ast.Module) -> Operation | None:
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    detailed, plain = funcs.get("sync_detailed"), funcs.get("sync")
    if detailed is None:
        return None
    args = detailed.args
    params: dict[str, Param] = {}
    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    for i, arg in enumerate(positional):
        params[arg.arg] = Param(ast.unparse(arg.annotation) if arg.annotation else "", i < first_default)
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        params[arg.arg] = Param(ast.unparse(arg.annotation) if arg.annotation else "", default is None)
    returns = plain if plain is not None else detailed
    return Operation(params, ast.unparse(returns.returns) if returns.returns else "")


def surface(files: Tree) -> Surface:
    result = Surface()
    for path in sorted(files):
        if not path.endswith(".py"):
            continue
        module = ast.parse(files[path], filename=path)
        name = _module_name(path)
        if path.startswith("api/") and not path.endswith("__init__.py"):
            op = _operation(module)
            if op is not None:
                result.operations[name] = op
        for node in module.body:
            if not isinstance(node, ast.ClassDef):
                continue
            # models/ classes are exported by their bare name; others keep their module
            key = node.name if name.startswith("models") else f"{name}.{node.name}"
            values = _enum_values(node)
            if values is not None:
                result.enums[key] = values
            elif _is_attrs_class(node):
                fields = {}
                for stmt in node.body:
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                        required = not _has_default(stmt.value)
                        fields[stmt.target.id] = Param(ast.unparse(stmt.annotation), required)
                result.models[key] = fields
    return result


def _describe(p: Param) -> str:
    return f"{p.annotation} ({'required' if p.required else 'optional'})"


def _kind(name: str) -> str:
    """Classes from models/ are keyed by bare name; client.py's and types.py's keep their module."""
    return "class" if "." in name else "model"


def _presence(
    old: Mapping[str, object], new: Mapping[str, object], label: Callable[[str], str], detail: str = ""
) -> list[Change]:
    """Removed names break callers, added ones do not; `detail` is formatted with `new[name]`."""
    removed = [Change(True, f"{label(n)} removed") for n in sorted(old.keys() - new.keys())]
    added = [
        Change(False, f"{label(n)} added" + detail.format(new[n])) for n in sorted(new.keys() - old.keys())
    ]
    return removed + added


def compare(old: Surface, new: Surface) -> list[Change]:
    changes = _presence(old.operations, new.operations, lambda name: f"operation {name}")
    for name in sorted(old.operations.keys() & new.operations.keys()):
        a, b = old.operations[name], new.operations[name]
        for param in sorted(a.params.keys() - b.params.keys()):
            changes.append(Change(True, f"parameter {name}({param}) removed"))
        for param in sorted(b.params.keys() - a.params.keys()):
            p = b.params[param]
            changes.append(Change(p.required, f"parameter {name}({param}) added: {_describe(p)}"))
        for param in sorted(a.params.keys() & b.params.keys()):
            pa, pb = a.params[param], b.params[param]
            if _same_type(pa.annotation, pb.annotation) and pa.required == pb.required:
                continue
            # a parameter may accept more than before and stay optional; anything else breaks callers
            widened = _types(pa.annotation) <= _types(pb.annotation) and (pa.required or not pb.required)
            changes.append(
                Change(not widened, f"parameter {name}({param}) retyped: {_describe(pa)} -> {_describe(pb)}")
            )
        if not _same_type(a.returns, b.returns):
            lost = _types(a.returns) - _types(b.returns)
            changes.append(Change(bool(lost), f"operation {name} returns {b.returns} (was {a.returns})"))

    changes += _presence(old.models, new.models, lambda name: f"{_kind(name)} {name}")
    for name in sorted(old.models.keys() & new.models.keys()):
        fa, fb = old.models[name], new.models[name]
        for attr in sorted(fa.keys() - fb.keys()):
            changes.append(Change(True, f"field {name}.{attr} removed (was {_describe(fa[attr])})"))
        for attr in sorted(fb.keys() - fa.keys()):
            p = fb[attr]
            changes.append(Change(p.required, f"field {name}.{attr} added: {_describe(p)}"))
        for attr in sorted(fa.keys() & fb.keys()):
            pa, pb = fa[attr], fb[attr]
            # models are both built and read by users, so any change of type or of
            # requiredness breaks one side of them
            if not _same_type(pa.annotation, pb.annotation) or pa.required != pb.required:
                changes.append(
                    Change(True, f"field {name}.{attr} retyped: {_describe(pa)} -> {_describe(pb)}")
                )

    joined = {name: ", ".join(values) for name, values in new.enums.items()}
    changes += _presence(old.enums, joined, lambda name: f"enum {name}", ": {}")
    for name in sorted(old.enums.keys() & new.enums.keys()):
        va, vb = old.enums[name], new.enums[name]
        for value in (v for v in va if v not in vb):
            changes.append(Change(True, f"enum {name} value {value} removed"))
        for value in (v for v in vb if v not in va):
            changes.append(Change(False, f"enum {name} value {value} added"))
    return changes


def render(reports: Mapping[str, list[Change]], heading: str) -> str:
    lines = [heading]
    for package, changes in reports.items():
        if not changes:
            lines.append(f"  {package}: no change to the public surface")
            continue
        lines.append(f"  {package}:")
        for change in sorted(changes, key=lambda c: not c.breaking):
            lines.append(f"    {'BREAKING    ' if change.breaking else 'non-breaking'}  {change.text}")
    every = [c for cs in reports.values() for c in cs]
    breaking = sum(c.breaking for c in every)
    lines.append(f"  {len(every)} change(s): {breaking} breaking, {len(every) - breaking} non-breaking")
    return "\n".join(lines) + "\n"


def tree(path: Path) -> dict[str, bytes]:
    """Every file of a generated package, keyed by its posix path inside it."""
    if not path.is_dir():
        return {}
    return {
        p.relative_to(path).as_posix(): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def read_folder(folder: Path) -> dict[str, str]:
    return {name: data.decode("utf-8") for name, data in tree(folder).items() if name.endswith(".py")}


class RevisionError(Exception):
    pass


def _git(*args: str) -> bytes:
    proc = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=False)
    if proc.returncode != 0:
        raise RevisionError(proc.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return proc.stdout


def read_revision(rev: str) -> dict[str, dict[str, str]]:
    """generated/ at `rev`, per package; a package the revision does not have is empty."""
    try:
        commit = _git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except RevisionError:
        raise RevisionError(f"{rev!r} is not a git revision in {ROOT}") from None
    trees: dict[str, dict[str, str]] = {package_name(v): {} for v in VENDORS}
    if not _git("ls-tree", "--name-only", commit, "generated/").strip():
        return trees
    with tarfile.open(fileobj=io.BytesIO(_git("archive", "--format=tar", commit, "generated/"))) as tar:
        for member in tar.getmembers():
            parts = member.name.split("/", 2)
            if not member.isfile() or len(parts) < 3 or parts[1] not in trees:
                continue
            if parts[2].endswith(".py"):
                data = tar.extractfile(member)
                assert data is not None
                trees[parts[1]][parts[2]] = data.read().decode("utf-8")
    return trees


def read_worktree() -> dict[str, dict[str, str]]:
    return {package_name(v): read_folder(GENERATED / package_name(v)) for v in VENDORS}


def diff(old: Mapping[str, Tree], new: Mapping[str, Tree]) -> dict[str, list[Change]]:
    return {package: compare(surface(old.get(package, {})), surface(new[package])) for package in new}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.api_diff", description=__doc__.splitlines()[0])
    parser.add_argument("old", nargs="?", default="HEAD", help="git revision to compare from (default HEAD)")
    parser.add_argument("new", nargs="?", help="git revision to compare to (default: the working tree)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    args = parser.parse_args(argv)
    try:
        old = read_revision(args.old)
        new = read_revision(args.new) if args.new else read_worktree()
    except RevisionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    reports = diff(old, new)
    heading = f"API changes in generated/, {args.old} -> {args.new or 'working tree'}:"
    sys.stdout.write(render(reports, heading))
    breaking = any(c.breaking for cs in reports.values() for c in cs)
    return 1 if args.fail_on_breaking and breaking else 0


if __name__ == "__main__":
    sys.exit(main())
