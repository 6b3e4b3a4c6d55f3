"""The commands behind the lint, typecheck and contract sessions, run in the checkout this file sits in.

The noxfile's sessions call these (each with its pinned tools on PATH), and so does
`tests/test_add_vendor.py` on its scratch copy: the checks a new vendor must pass are the
very commands CI runs, never a copy of them. Standard library only, like tools/registry.py.

Usage: python -m tools.sessions lint | typecheck | contract PRISM [VENDOR ...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.registry import ROOT, VENDORS, package

# The checks `python3 dev.py` runs with no arguments (CI's run), in two lanes that run side by
# side, each session after the one before it in its lane. The lanes are split so that CPU-bound
# sessions overlap with those that mostly wait (on an index, a server, a child process), and so
# that no two sessions that write the same place run at once: `npm ci` empties the tool's folder
# it installs, so the two Prism sessions (tests, contract) share a lane, as do the two pyright
# ones (consumer, index). typecheck writes the checkout's .mypy_cache, which test_add_vendor (in
# tests) copies: it runs before tests in the same lane, and no other session writes that cache.
LANES = (
    ("check_generated", "changelog", "lint", "typecheck", "tests", "contract", "prefect_server"),
    ("consumer", "build", "index", "tests_newest", "httpx2"),
)

# Tests of the repository itself (its tools: generation, releases, spec updates, a sixth vendor's
# build; and its shape): they exercise no overlay code in-process, and the tools run only on the
# sessions' Python, so mutation testing leaves them out and the newest Python's suite does not
# repeat them.
TOOLING_TESTS = (
    "tests/test_add_vendor.py",
    "tests/test_api_diff.py",
    "tests/test_corpus.py",
    "tests/test_generation.py",
    "tests/test_reference.py",
    "tests/test_releases.py",
    "tests/test_structure.py",
    "tests/test_update_specs.py",
)


def commands(session: str, *args: str) -> list[list[str]]:
    """The commands of `session`, in order; each must exit 0."""
    python = sys.executable
    if session == "lint":
        return [["ruff", "check", "."], ["ruff", "format", "--check", "."]]
    if session == "typecheck":
        # The config is written from pyproject.toml and the registry (tools/mypy_config.py).
        config = str(Path(args[0]) if args else ROOT / ".mypy.ini")
        clients = [f"generated/{package(v)}" for v in VENDORS]
        checked = ["overlay/pipeline_cancel", *clients, "tests/support", "tools", "hatch_build.py"]
        return [
            [python, "-m", "tools.mypy_config", config],
            ["mypy", "--config-file", config, "--strict", *checked],
        ]
    if session == "contract":
        if not args:
            raise SystemExit("usage: python -m tools.sessions contract PRISM [VENDOR ...]")
        return [[python, "-m", "tests.support.contract", *args]]
    raise SystemExit(f"unknown session {session!r}; choose from lint, typecheck, contract")


def main(argv: list[str]) -> int:
    if not argv:
        raise SystemExit(__doc__)
    for command in commands(argv[0], *argv[1:]):
        print("$ " + " ".join(command), flush=True)
        code = subprocess.run(command, cwd=ROOT, check=False).returncode
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
