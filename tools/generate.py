"""Generate the clients into a scratch folder, then swap them into generated/.

Usage: python -m tools.generate [--check] [VENDOR ...]

Nothing is written to generated/ until every selected vendor has been validated,
patched, generated without a warning, and imported; a failure anywhere leaves
generated/ exactly as it was. Each client's version, CHANGELOG, README and
pyproject.toml are then written by tools/releases.py from the API report. With
--check, nothing is swapped: the fresh output (its metadata included) is compared
with generated/ and any difference is printed as a diff.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tools import reference, releases
from tools.api_diff import Change, diff, read_folder, render, tree
from tools.registry import ROOT
from tools.spec_patches import SpecError
from tools.specs import GENERATED, documents, generator_input, package_name, select_vendors

# The generator's configuration. The post hooks run the pinned ruff in isolation
# (no project config, no cache) so that the output depends only on the pinned tools.
RUFF_HOOKS = [
    "ruff check . --fix-only --extend-select=I --isolated --no-cache --target-version py311",
    "ruff format . --isolated --no-cache --target-version py311",
]

IMPORT_ALL = """
import importlib, pkgutil, sys
for name in sys.argv[1:]:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
"""


def tool_env() -> dict[str, str]:
    """PATH with this interpreter's scripts first: the pinned generator and the ruff its hooks call."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    if shutil.which("openapi-python-client", path=path) is None:
        raise SpecError(
            "openapi-python-client is not installed here;"
            " `python3 dev.py -s generate` installs the pinned one"
        )
    return {**os.environ, "PATH": path}


def generate_one(vendor: str, staging: Path, env: dict[str, str]) -> Path:
    names = " + ".join(str(p.relative_to(ROOT)) for p in documents(vendor))
    return generate_document(generator_input(vendor), package_name(vendor), staging, env, names, vendor)


def generate_document(
    data: dict[str, Any], package: str, staging: Path, env: dict[str, str], names: str, patch_prefix: str
) -> Path:
    """One document through the pinned generator into staging/out/<package>; any problem it reports
    is a SpecError with one message (`generator_stopped`). tests/test_corpus.py runs whole
    published documents of other products through here."""
    document = staging / f"{package}.openapi.json"
    document.write_text(json.dumps(data, indent=2), encoding="utf-8")
    config = staging / f"{package}.config.json"
    config.write_text(
        json.dumps(
            {
                "package_name_override": package,
                "project_name_override": package.replace("_", "-"),
                "post_hooks": RUFF_HOOKS,
            }
        ),
        encoding="utf-8",
    )
    out = staging / "out" / package
    proc = subprocess.run(
        [
            "openapi-python-client",
            "generate",
            "--path",
            str(document),
            "--meta",
            "none",
            "--config",
            str(config),
            "--output-path",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=staging,
        env=env,
    )
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0 or "Warning" in output or "Error" in output or not out.is_dir():
        raise SpecError(generator_stopped(names, patch_prefix, output, data))
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    # --meta none writes no py.typed; without it type checkers ignore the package.
    (out / "py.typed").write_text("", encoding="utf-8")
    return out


# How openapi-python-client 0.29.1 reports a problem: a block naming where, then one with its words.
_OPERATION = re.compile(r"^WARNING parsing (\S+) (\S+) within \S+?\.\s*(.*)$")
_SCHEMA = re.compile(r"^Unable to (?:parse|process) schema (\S+?):?$")
_NOISE = ("Generating ", "Warning(s) encountered", "Error(s) encountered", "Skipping Integration",
          "If you believe this was a mistake", "ruff is not in PATH",
          "Failure to process schema has resulted in the removal of")  # fmt: skip
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")
PATCHES_HINT = (
    "Write the patch as specs/generator-patches/{vendor}.<what>.overlay.yaml (an OpenAPI Overlay 1.0,"
    " with x-reason and x-upstream; docs/contributing.md, 'Regenerating'): the vendor's document stays"
    " as published."
)


def _same_class(document: dict[str, Any], name: str) -> list[str]:
    """The component schemas whose names the generator turns into the class `name`."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    wanted = re.sub(r"[^0-9A-Za-z]", "", name).lower()
    return sorted(key for key in schemas if re.sub(r"[^0-9A-Za-z]", "", key).lower() == wanted)


def _fix_for(words: str, document: dict[str, Any]) -> str:
    duplicate = re.search(r'duplicate models with name "([^"]+)"', words)
    if duplicate:
        found = _same_class(document, duplicate[1])
        which = (
            f"the schemas {' and '.join(found)} both become"
            if len(found) > 1
            else "two schemas (or a schema and an inline model) both become"
        )
        return (
            f"{which} the class {duplicate[1]}: rename one in a generator patch (remove it and add it"
            " back under another name, with the $refs to it), or remove the one the client does not need"
        )
    if "is not allowed in path" in words:
        return (
            "a path parameter can be neither null nor a union: give it one plain type (drop `null`) in a"
            " generator patch"
        )
    if "Unsupported content type" in words:
        return (
            "the generator reads JSON, form, multipart and octet-stream bodies only: in a generator patch,"
            " remove the other content types of this operation (or the operation, if the client does not"
            " need it)"
        )
    if "Incorrect path templating" in words:
        return "the path's {names} and its path parameters differ: make them match in a generator patch"
    if "response will be omitted" in words:
        return (
            "the client would lose this response: give it a schema the generator can read in a generator"
            " patch (for example the object inline instead of a $ref it cannot resolve)"
        )
    if "will not be generated" in words:
        return (
            "the client would lose this operation: reshape what the generator cannot read (its"
            " parameters, request body or responses) in a generator patch"
        )
    return "change the part named here in a generator patch, so the generator can read it"


def generator_problems(output: str) -> list[tuple[str, str]]:
    """(where, the generator's own words) for each part of the document openapi-python-client's report
    names, in its order; a crash is its last line."""
    if "Traceback (most recent call last):" in output:
        return [("the document", output.strip().splitlines()[-1].strip())]
    found: dict[str, list[str]] = {}
    where = "the document"
    blocks = (b.strip() for b in re.split(r"\n\s*\n", output))
    lines = [
        line.strip()
        for block in blocks
        if not block.startswith(("{", "[", "Reference("))  # the offending part, as JSON: shown by name
        for line in block.splitlines()
    ]
    for line in lines:
        if not line or line.startswith(_NOISE):
            continue
        operation, schema = _OPERATION.match(line), _SCHEMA.match(line)
        if operation:
            where = f"operation {operation[1]} {operation[2]}"
            words = operation[3].strip()
        elif schema:
            where = f"schema {schema[1]}"
            words = ""
        else:
            words = _OBJECT_REPR.sub("(a status code)", line)
            words = words.removeprefix("Unable to parse this part of your OpenAPI document: : ")
        said = found.setdefault(where, [])
        if words and words.rstrip(".") not in said:
            said.append(words.rstrip("."))
    return [(where, "; ".join(said)) for where, said in found.items() if said]


def generator_stopped(names: str, vendor: str, output: str, document: dict[str, Any]) -> str:
    """One message for whatever stopped the generator: the documents, each problem, what to do."""
    problems = generator_problems(output)
    if not problems:  # a crash, or a report this reader does not know: its last words
        lines = [line for line in output.splitlines() if line.strip()]
        problems = [("the document", lines[-1].strip() if lines else "no output")]
    lines = [f"openapi-python-client 0.29.1 cannot generate {names} whole:"]
    for where, words in problems:
        lines.append(f"  - {where}: {words}")
        lines.append(f"    fix: {_fix_for(words, document)}")
    lines.append(PATCHES_HINT.format(vendor=vendor))
    return "\n".join(lines)


def import_all(staging: Path, packages: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, *packages],
        capture_output=True,
        text=True,
        cwd=staging / "out",
        env={"PYTHONPATH": str(staging / "out"), "PYTHONDONTWRITEBYTECODE": "1", "PATH": ""},
    )
    if proc.returncode != 0:
        raise SpecError(f"generated code does not import:\n{proc.stderr.strip()}")


def diff_trees(old: Path, new: Path, label: str) -> list[str]:
    before, after = tree(old), tree(new)
    lines: list[str] = []
    for name in sorted(before.keys() | after.keys()):
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        if a is None:
            lines.append(f"new file (not committed): {label}/{name}")
        elif b is None:
            lines.append(f"deleted (committed but no longer generated): {label}/{name}")
        lines.extend(
            difflib.unified_diff(
                (a or b"").decode("utf-8", "replace").splitlines(keepends=True),
                (b or b"").decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"committed/{label}/{name}",
                tofile=f"regenerated/{label}/{name}",
            )
        )
    return lines


def api_changes(outputs: dict[str, Path]) -> dict[str, list[Change]]:
    """What regenerating changes in each client's public surface (see tools/api_diff.py)."""
    old = {package_name(v): read_folder(GENERATED / package_name(v)) for v in outputs}
    new = {package_name(v): read_folder(out) for v, out in outputs.items()}
    return diff(old, new)


def release_all(outputs: dict[str, Path], changes: dict[str, list[Change]]) -> list[str]:
    """Write each client's version, CHANGELOG, README and pyproject.toml into its fresh output."""
    today = _today()
    lines = []
    for vendor, out in outputs.items():
        release = releases.plan(
            vendor, GENERATED / package_name(vendor), out, changes[package_name(vendor)], today
        )
        releases.write(vendor, out, release)
        lines.append(releases.describe(vendor, release))
    return lines


def _today() -> str:
    """The date for a new CHANGELOG entry; SOURCE_DATE_EPOCH fixes it, as reproducible builds do."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch
        else datetime.datetime.now(datetime.UTC)
    )
    return when.date().isoformat()


def run(vendors: list[str], check: bool) -> int:
    env = tool_env()
    GENERATED.mkdir(exist_ok=True)
    # Staging sits beside generated/ so the final swap is a rename on one filesystem.
    with tempfile.TemporaryDirectory(prefix=".generate-", dir=ROOT) as tmp:
        staging = Path(tmp)
        outputs = {vendor: generate_one(vendor, staging, env) for vendor in vendors}
        import_all(staging, [package_name(v) for v in vendors])
        changes = api_changes(outputs)
        versions = release_all(outputs, changes)
        if check:
            problems: list[str] = []
            for vendor, out in outputs.items():
                problems += diff_trees(
                    GENERATED / package_name(vendor), out, f"generated/{package_name(vendor)}"
                )
            if problems:
                sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in problems)
                print()
                sys.stdout.write(render(changes, "API changes regenerating would make:"))
                print("\n".join(f"  {line}" for line in versions))
                print(
                    "\ngenerated/ (code, versions, CHANGELOGs, READMEs) does not match what specs/ generates."
                    " Never edit generated/ by hand: change specs/ (or a generator patch) and run"
                    " `python3 dev.py -s generate`."
                )
                return 1
            print(f"generated/ matches specs/ for {', '.join(vendors)}")
            return 0
        report = render(changes, "API changes in generated/ (against what was there before):")
        report += "".join(f"  {line}\n" for line in versions)
        for vendor, out in outputs.items():
            target = GENERATED / package_name(vendor)
            if target.exists():
                target.rename(staging / f"old-{vendor}")
            out.rename(target)
            print(f"generated {target.relative_to(ROOT)}")
    reference.write(reference.pages(clients=vendors, overlay=False))  # the clients' part of the reference
    sys.stdout.write(report)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of writing it")
    parser.add_argument("vendors", nargs="*", help="vendors to generate (default: all)")
    args = parser.parse_args(argv)
    try:
        return run(select_vendors(args.vendors), args.check)
    except SpecError as exc:
        print(f"error: {exc}\ngenerated/ was left unchanged.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
