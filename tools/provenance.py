"""What a build was made from, and whether a checkout can vouch for it: `build` writes the record,
`publish` reads it and refuses what it cannot vouch for before anything is uploaded.

A release is the commit it is tagged with. So the artifacts must be built from that
commit alone: a working tree with a change to a tracked file, or a new file where a
distribution takes its files from, builds something no commit holds (a regenerated
client whose new version is not committed yet is tagged at a commit that still says
the old one). The record (`dist/BUILT_FROM.json`) names the commit `build` saw and
whether the tree was clean then; `publish` checks the tree again and compares the
commit with HEAD.
"""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

from tools.registry import ROOT

RECORD = "BUILT_FROM.json"
REBUILD = "then run `python3 dev.py -s build` again"


class NotVouchedError(Exception):
    """One line: what is wrong with the tree or the build, and what to do."""


def _git(repo: Path, *args: str) -> str:
    proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise NotVouchedError(
            f"{repo} is not a git checkout ({proc.stderr.strip() or 'git failed'}): publish from one"
        )
    return proc.stdout


def distribution_paths() -> tuple[str, ...]:
    """Where the distributions take their files from: every generated client, and what the
    overlay's sdist includes (pyproject.toml's `only-include`, read rather than repeated)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    sdist = config["tool"]["hatch"]["build"]["targets"]["sdist"]["only-include"]
    return ("generated/", "pyproject.toml", *(p + "/" if (ROOT / p).is_dir() else p for p in sdist))


def _under(path: str, roots: tuple[str, ...]) -> bool:
    return any(path == root or (root.endswith("/") and path.startswith(root)) for root in roots)


def tree_problem(repo: Path) -> str | None:
    """Why `repo`'s working tree is not what HEAD holds, in one line; None when it is."""
    status = _git(repo, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames")
    entries = [(e[:2], e[3:]) for e in status.split("\0") if e]
    changed = sorted(path for code, path in entries if code not in ("??", "!!"))
    roots = distribution_paths()
    untracked = sorted(path for code, path in entries if code == "??" and _under(path, roots))
    if changed:
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        return (
            f"the working tree has uncommitted changes to tracked files ({', '.join(changed[:3])}{more}):"
            f" commit or stash them, {REBUILD}"
        )
    if untracked:
        more = f" and {len(untracked) - 3} more" if len(untracked) > 3 else ""
        return (
            f"untracked files where a distribution takes its files from ({', '.join(untracked[:3])}{more}):"
            f" commit or remove them, {REBUILD}"
        )
    return None


def head(repo: Path) -> str:
    return _git(repo, "rev-parse", "HEAD").strip()


def record(dist: Path, repo: Path = ROOT) -> dict[str, str | None]:
    """Write what `dist` was just built from: HEAD, and the tree's problem (None when clean)."""
    try:
        made = {"commit": head(repo), "problem": tree_problem(repo)}
    except NotVouchedError as exc:  # built outside a git checkout: fine to test, never to publish
        made = {"commit": None, "problem": str(exc)}
    (dist / RECORD).write_text(json.dumps(made, indent=2) + "\n", encoding="utf-8")
    return made


def vouch(dist: Path, repo: Path) -> str:
    """HEAD, when `repo` is clean and `dist` was built from HEAD of a clean tree; else `NotVouchedError`."""
    problem = tree_problem(repo)
    if problem is not None:
        raise NotVouchedError(problem)
    try:
        built = json.loads((dist / RECORD).read_text(encoding="utf-8"))
        commit, dirty = built["commit"], built["problem"]
    except (OSError, ValueError, KeyError, TypeError):
        raise NotVouchedError(f"{dist} has no readable record of what it was built from: {REBUILD}") from None
    current = head(repo)
    if dirty is not None:
        raise NotVouchedError(
            f"{dist} was built from a working tree HEAD does not hold ({dirty.split(':')[0]}); {REBUILD}"
        )
    if commit != current:
        raise NotVouchedError(f"{dist} was built from {commit[:12]}, not HEAD ({current[:12]}): {REBUILD}")
    return current


def tag_elsewhere(repo: Path, name: str, commit: str) -> str | None:
    """The commit tag `name` marks, when it exists and marks another than `commit`."""
    proc = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"refs/tags/{name}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    marked = proc.stdout.strip()
    return marked if proc.returncode == 0 and marked != commit else None
