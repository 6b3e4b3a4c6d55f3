"""Build every distribution into dist/, check their metadata, and install each client alone.

Usage: python -m tools.build [--skip-alone]

Each project is built as a user's installer would build it: an sdist first, then
the wheel from that sdist (so an sdist missing a file fails here). `twine check
--strict` reads every artifact's metadata. Then every client wheel goes into a
fresh virtual environment that holds only requirements/runtime.txt (httpx, attrs and
what they need, hash-checked), is installed from there with no index (so any other
dependency would fail to resolve), must add nothing but itself, and must import
every one of its modules and carry `py.typed`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from tools import provenance
from tools.registry import ROOT, VENDORS, client_dir, distribution, package

DIST = ROOT / "dist"
RUNTIME_LOCK = ROOT / "requirements" / "runtime.txt"

IMPORT_ALL = """
import importlib, pathlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
assert (pathlib.Path(package.__file__).parent / "py.typed").is_file(), "no py.typed"
modules = [info.name for info in pkgutil.walk_packages(package.__path__, sys.argv[1] + ".")]
for name in modules:
    importlib.import_module(name)
print(len(modules) + 1)
"""


class BuildError(Exception):
    pass


def _run(*args: str | Path, cwd: Path | None = None) -> str:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        raise BuildError(f"{' '.join(str(a) for a in args)} failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def build_all(projects: list[Path]) -> list[Path]:
    shutil.rmtree(DIST, ignore_errors=True)
    with tempfile.TemporaryDirectory() as elsewhere:  # not inside a client: its types.py would shadow stdlib
        for project in projects:
            _run(
                sys.executable,
                "-m",
                "build",
                "--no-isolation",
                "--outdir",
                DIST,
                project,
                cwd=Path(elsewhere),
            )
    artifacts = sorted(DIST.iterdir())
    _run(sys.executable, "-m", "twine", "check", "--strict", *artifacts)
    return artifacts


def check_overlay_wheel(artifacts: list[Path]) -> str:
    """The overlay's wheel holds every file of overlay/pipeline_cancel, and no other package.

    It is built from the sdist, which hatchling writes from the paths pyproject.toml lists;
    a wheel without the package would install and then fail at import.
    """
    import zipfile

    source = ROOT / "overlay" / "pipeline_cancel"
    wanted = {
        f"pipeline_cancel/{p.relative_to(source).as_posix()}"
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    (wheel,) = (a for a in artifacts if a.name.startswith("pipeline_cancel-") and a.suffix == ".whl")
    with zipfile.ZipFile(wheel) as archive:
        held = {n for n in archive.namelist() if ".dist-info/" not in n}
    if held != wanted:
        raise BuildError(
            f"{wheel.name} does not hold the overlay as it is: missing {sorted(wanted - held)[:5]},"
            f" extra {sorted(held - wanted)[:5]}; check [tool.hatch.build.targets.sdist] in pyproject.toml"
        )
    return f"{wheel.name}: all {len(wanted)} files of overlay/pipeline_cancel, nothing else"


def _names(lines: str) -> set[str]:
    return {
        line.split("==")[0].strip().lower().replace("_", "-") for line in lines.splitlines() if "==" in line
    }


def _installer(env: Path) -> tuple[list[str | Path], list[str | Path]]:
    """A fresh environment at `env` holding nothing but the interpreter; the commands that install
    into it and list it: uv's where the session names one (seconds, from its cache), else pip's."""
    uv = os.environ.get("PIPELINE_CANCEL_UV")
    python = env / "bin" / "python"
    if uv:
        _run(uv, "venv", "--quiet", "--python", sys.executable, env)
        return [uv, "pip", "install", "--quiet", "--python", python], [uv, "pip", "list", "--python", python]
    venv.EnvBuilder(with_pip=True).create(env)
    pip: list[str | Path] = [python, "-m", "pip"]
    return [*pip, "install", "--quiet", "--disable-pip-version-check"], [*pip, "list"]


def install_alone(vendor: str, wheel: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        env = Path(tmp) / "env"
        install, listing = _installer(env)
        _run(*install, "--require-hashes", "-r", RUNTIME_LOCK)
        before = _names(_run(*listing, "--format=freeze"))
        _run(*install, "--no-index", wheel)  # its dependencies must already be there
        added = _names(_run(*listing, "--format=freeze")) - before
        if added != {distribution(vendor)}:
            raise BuildError(
                f"installing {wheel.name} added {sorted(added)}, not just {distribution(vendor)}"
            )
        modules = _run(env / "bin" / "python", "-c", IMPORT_ALL, package(vendor), cwd=Path(tmp)).strip()
    return (
        f"{distribution(vendor)}: installs alone beside httpx and attrs; {modules} modules import; py.typed"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build", description=__doc__.splitlines()[0])
    parser.add_argument("--skip-alone", action="store_true", help="build and check only")
    args = parser.parse_args(argv)
    try:
        artifacts = build_all([*(client_dir(v) for v in VENDORS), ROOT])
        for artifact in artifacts:
            print(f"built dist/{artifact.name}")
        made = provenance.record(DIST)
        refused = "" if made["problem"] is None else f"; publish will refuse it: {made['problem']}"
        print(f"dist/{provenance.RECORD}: built from {made['commit']}{refused}")
        print(f"twine check --strict: {len(artifacts)} artifacts pass")
        print(check_overlay_wheel(artifacts))
        if not args.skip_alone:
            for vendor in VENDORS:
                stem = distribution(vendor).replace("-", "_")
                (wheel,) = DIST.glob(f"{stem}-*.whl")
                print(install_alone(vendor, wheel))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
