"""A throwaway copy of the repository's regeneration pieces, and a way to run its tools.

The tools compute their paths from where they sit, so running the copy's
`python -m tools.X` with the copy as working directory touches only the copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT

PIECES = ("specs", "tools", "generated", "overlay", "docs", "requirements")
FILES = ("pyproject.toml", "hatch_build.py", "README.md")


def copy_repo(target: Path, with_tests: bool = False) -> Path:
    """The regeneration pieces (and tests/, for checks that type-check or run its helpers)."""
    for name in (*PIECES, "tests") if with_tests else PIECES:
        shutil.copytree(
            ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "node_modules")
        )
    for name in FILES:
        shutil.copy2(ROOT / name, target / name)
    return target


def git_commit(repo: Path, message: str) -> None:
    """Commit the copy as it is, so `tools.api_diff` has a revision to compare with."""
    if not (repo / ".git").exists():
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
    identity = ["-c", "user.name=tests", "-c", "user.email=tests@example.invalid"]
    identity += ["-c", "commit.gpgsign=false"]  # a developer's global signing setup must not apply
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(repo), *identity, "commit", "-q", "-m", message], check=True)


def run_tool(
    repo: Path, tool: str, *args: str, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m tools.<tool> ARGS` in the copy, with this interpreter's scripts on PATH."""
    base = os.environ if env is None else env
    env = {**base, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{base.get('PATH', '')}"}
    return subprocess.run(
        [sys.executable, "-m", f"tools.{tool}", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def digest(folder: Path) -> str:
    """One hash over every file's name and bytes: equal digests mean nothing was touched."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
