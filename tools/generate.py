"""Generate the five clients into a scratch folder, then swap them into generated/.

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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import releases
from tools.api_diff import Change, diff, read_folder, render, tree
from tools.specs import GENERATED, ROOT, SpecError, generator_input, package_name, select_vendors

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
    package = package_name(vendor)
    document = staging / f"{vendor}.openapi.json"
    document.write_text(json.dumps(generator_input(vendor), indent=2), encoding="utf-8")
    config = staging / f"{vendor}.config.json"
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
        raise SpecError(f"openapi-python-client failed on specs/{vendor}.yaml:\n{output}")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    # --meta none writes no py.typed; without it type checkers ignore the package.
    (out / "py.typed").write_text("", encoding="utf-8")
    return out


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
