"""The API reference in docs/reference/, written from the code: `python3 dev.py -s reference`.

The code is read with griffe, statically: nothing is imported, so the names a module
imports only under `TYPE_CHECKING` (every vendor module's generated types) resolve like
any other, and no regular expression reads Python. One page for `pipeline_cancel` (every
public name, its signature and docstring, and the error tree) and one per generated client
(its operations with their parameters and return types, its models with their fields).
Each symbol is a `## ` section of its own, so `--check` (run by `check_generated` in CI)
names the first symbol whose signature or docstring no longer matches the page.
`generate` rewrites the client pages of what it regenerates.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import griffe

from tools.registry import ROOT, VENDORS, package

OUT = ROOT / "docs" / "reference"
OVERLAY_PAGE = OUT / "pipeline_cancel.md"
HEADING = "## "
Section = tuple[str, str]  # (the symbol, what the page says of it)


def client_page(vendor: str) -> Path:
    return OUT / f"{package(vendor)}.md"


# -- rendering ---------------------------------------------------------------------------------


def _parameters(function: griffe.Function) -> str:
    parts: list[str] = []
    starred = False
    for index, parameter in enumerate(function.parameters):
        if index == 0 and parameter.name in {"self", "cls"}:
            continue
        kind = parameter.kind
        if kind is griffe.ParameterKind.keyword_only and not starred:
            parts.append("*")
            starred = True
        text = parameter.name
        if kind is griffe.ParameterKind.var_positional:
            text, starred = f"*{text}", True
        elif kind is griffe.ParameterKind.var_keyword:
            text = f"**{text}"
        if parameter.annotation is not None:
            text += f": {parameter.annotation}"
        if parameter.default is not None and kind not in {
            griffe.ParameterKind.var_positional,
            griffe.ParameterKind.var_keyword,
        }:
            text += f" = {parameter.default}" if parameter.annotation is not None else f"={parameter.default}"
        parts.append(text)
        following = function.parameters[index + 1].kind if index + 1 < len(function.parameters) else None
        if (
            kind is griffe.ParameterKind.positional_only
            and following is not griffe.ParameterKind.positional_only
        ):
            parts.append("/")
    return ", ".join(parts)


def signature(function: griffe.Function, name: str | None = None) -> str:
    prefix = "async def" if "async" in function.labels else "def"
    returns = f" -> {function.returns}" if function.returns is not None else ""
    return f"{prefix} {name or function.name}({_parameters(function)}){returns}"


def _docstring(obj: griffe.Object | griffe.Alias) -> str:
    doc = obj.docstring
    return doc.value.strip() if doc is not None else "(no docstring)"


def _code(lines: Iterable[str]) -> str:
    return "```python\n" + "\n".join(lines) + "\n```"


def _function(function: griffe.Function, name: str) -> str:
    overloads = [signature(o, name) for o in (function.overloads or [])]
    shown = overloads or [signature(function, name)]
    return f"{_code(shown)}\n\n{_docstring(function)}"


def _attribute(attribute: griffe.Attribute, name: str) -> str:
    annotation = f": {attribute.annotation}" if attribute.annotation is not None else ""
    prop = "property" in attribute.labels
    value = f" = {attribute.value}" if attribute.value is not None and not prop else ""
    doc = f"\n\n{_docstring(attribute)}" if attribute.docstring is not None else ""
    return f"{_code([f'{name}{annotation}{value}'])}{' (a read-only property)' if prop else ''}{doc}"


def _class(cls: griffe.Class, name: str, members: Iterable[str]) -> Iterator[Section]:
    bases = ", ".join(str(base) for base in cls.bases)
    short = name.rsplit(".", 1)[-1]
    head = f"class {short}({bases})" if bases else f"class {short}"
    init = cls.members.get("__init__")
    lines = [head]
    if isinstance(init, griffe.Function):
        lines.append(f"    {signature(init, '__init__')}")
    # A vendor class says what it is in its module's docstring (the vendor's facts).
    described = cls if cls.docstring is not None or cls.module.docstring is None else cls.module
    text = f"{_code(lines)}\n\n{_docstring(described)}"
    if isinstance(init, griffe.Function) and init.docstring is not None:
        text += f"\n\n{_docstring(init)}"
    yield name, text
    for member in members:
        obj = cls.all_members[member]
        target = obj.final_target if isinstance(obj, griffe.Alias) else obj
        if isinstance(target, griffe.Function):
            yield f"{name}.{member}", _function(target, member)
        elif isinstance(target, griffe.Attribute):
            yield f"{name}.{member}", _attribute(target, member)


def _public(cls: griffe.Class, inherited: bool) -> list[str]:
    names = cls.all_members if inherited else cls.members
    return sorted(name for name in names if not name.startswith("_"))


def page(title: str, intro: str, sections: Iterable[Section]) -> str:
    body = "".join(f"\n{HEADING}`{symbol}`\n\n{text}\n" for symbol, text in sections)
    note = "<!-- Written by `python3 dev.py -s reference` from the code; never edit by hand. -->"
    return f"# {title}\n\n{note}\n\n{intro}\n{body}"


# -- the pages ---------------------------------------------------------------------------------


def _load(name: str, folder: str) -> griffe.Module:
    module = griffe.load(
        name, search_paths=[str(ROOT / folder)], resolve_aliases=True, resolve_external=False
    )
    assert isinstance(module, griffe.Module)
    return module


def error_tree(errors: griffe.Module) -> str:
    classes = {n: c for n, c in errors.classes.items() if not c.is_alias and isinstance(c, griffe.Class)}
    children: dict[str, list[str]] = {}
    roots = []
    for name, cls in classes.items():
        # A base as written (`Generic[T]`, `errors.X`): the class name it names.
        parents = [str(base).split("[")[0].rsplit(".", 1)[-1] for base in cls.bases]
        inside = [parent for parent in parents if parent in classes]
        for parent in inside:
            children.setdefault(parent, []).append(name)
        if not inside:
            roots.append(name)
    lines: list[str] = []

    def walk(name: str, depth: int) -> None:
        first = _docstring(classes[name]).splitlines()[0]
        lines.append(f"{'    ' * depth}{name}: {first}")
        for child in children.get(name, []):
            walk(child, depth + 1)

    for root in roots:
        walk(root, 0)
    return "```\n" + "\n".join(lines) + "\n```"


def overlay_sections() -> Iterator[Section]:
    top = _load("pipeline_cancel", "overlay")
    exported = [str(name) for name in top.exports or []]
    errors = top["errors"]
    assert isinstance(errors, griffe.Module)
    vendor_base = top["vendor.Vendor"]
    for name in sorted(n for n in exported if n not in {"__version__", "errors"}):
        target = top[name].final_target if top[name].is_alias else top[name]
        if isinstance(target, griffe.Class):
            # A vendor class shows what it adds; what every vendor has is under `Vendor`.
            own = target is vendor_base or vendor_base.path not in {b.path for b in target.mro()}
            yield from _class(target, name, _public(target, inherited=own))
        elif isinstance(target, griffe.Function):
            yield name, _function(target, name)
        elif isinstance(target, griffe.Attribute):
            yield name, _attribute(target, name)
    yield "errors", f"{_docstring(errors).splitlines()[0]}\n\n{error_tree(errors)}"
    for name, cls in sorted(errors.classes.items()):
        if not cls.is_alias and isinstance(cls, griffe.Class):
            yield from _class(cls, f"errors.{name}", [])


def _modules(module: griffe.Module) -> Iterator[griffe.Module]:
    for name in sorted(module.modules):
        child = module.modules[name]
        if isinstance(child, griffe.Module) and not child.is_alias:
            yield child
            yield from _modules(child)


def client_sections(vendor: str) -> Iterator[Section]:
    root = _load(package(vendor), "generated")
    api, models = root["api"], root["models"]
    assert isinstance(api, griffe.Module)
    assert isinstance(models, griffe.Module)
    for module in _modules(api):
        sync = module.members.get("sync_detailed")
        if isinstance(sync, griffe.Function):
            summary = _docstring(sync).split("\n\n")[0]
            text = (
                _code([signature(sync, "sync_detailed")])
                + f"\n\n{summary}\n\nAlso `sync`, `asyncio`, `asyncio_detailed`."
            )
            yield module.path, text
    for module in _modules(models):
        for name, cls in sorted(module.classes.items()):
            if cls.is_alias or not isinstance(cls, griffe.Class):
                continue
            fields = [
                f"{field}: {attr.annotation}"
                for field, attr in cls.members.items()
                if isinstance(attr, griffe.Attribute)
                and attr.annotation is not None
                and not field.startswith("_")
            ]
            values = [  # an enum's members
                f"{field} = {attr.value}"
                for field, attr in cls.members.items()
                if isinstance(attr, griffe.Attribute) and attr.annotation is None and field.isupper()
            ]
            yield (
                f"{package(vendor)}.models.{name}",
                _code([f"class {name}", *(f"    {f}" for f in fields + values)]),
            )


def pages(clients: Iterable[str] = VENDORS, overlay: bool = True) -> dict[Path, str]:
    out: dict[Path, str] = {}
    if overlay:
        out[OVERLAY_PAGE] = page(
            "`pipeline_cancel` API reference",
            "Every public name of `pipeline_cancel` (its `__all__`), with its signature and docstring,\n"
            "and the error tree. The generated clients have a page each, beside this one.",
            overlay_sections(),
        )
    for vendor in clients:
        out[client_page(vendor)] = page(
            f"`{package(vendor)}` API reference",
            f"The generated client for {vendor}: each operation module's `sync_detailed` (its\n"
            "parameters and return type), then each model with its fields.",
            client_sections(vendor),
        )
    return out


# -- writing and checking ----------------------------------------------------------------------


def sections_of(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    symbol = ""
    for line in text.splitlines():
        if line.startswith(HEADING + "`") and line.endswith("`"):
            symbol = line[len(HEADING) + 1 : -1]
            found[symbol] = ""
        else:
            found[symbol] = found.get(symbol, "") + line + "\n"
    return {symbol: text.strip() for symbol, text in found.items()}


def first_difference(committed: str, fresh: str) -> str | None:
    """The first symbol whose section differs (or is missing from one side), in the code's order."""
    old, new = sections_of(committed), sections_of(fresh)
    for symbol in [*new, *(s for s in old if s not in new)]:
        if old.get(symbol) != new.get(symbol):
            return symbol or "(the page's heading)"
    return None


def check(wanted: dict[Path, str]) -> list[str]:
    problems = []
    for path, fresh in wanted.items():
        label = path.relative_to(ROOT)
        if not path.is_file():
            problems.append(f"{label}: missing")
            continue
        symbol = first_difference(path.read_text(encoding="utf-8"), fresh)
        if symbol is not None:
            problems.append(f"{label}: `{symbol}` differs from the code (its signature or docstring changed)")
    return problems


def write(wanted: dict[Path, str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for path, text in wanted.items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.reference", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with docs/reference/ instead of writing"
    )
    args = parser.parse_args(argv)
    wanted = pages()
    if not args.check:
        write(wanted)
        return 0
    problems = check(wanted)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            "the API reference is stale: run `python3 dev.py -s reference` and commit docs/reference/",
            file=sys.stderr,
        )
        return 1
    print(f"docs/reference/ matches the code ({len(wanted)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
