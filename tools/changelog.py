"""The overlay's CHANGELOG: each entry records the sources it describes, so an unreleased change shows.

Usage: python -m tools.changelog [--record]

`pipeline-cancel`'s version is set by hand in `overlay/pipeline_cancel/_version.py`;
CHANGELOG.md's newest entry must name that version and carry the sha256 of the
overlay's sources (every file under `overlay/pipeline_cancel/`, the vendor registry
and its client majors included). Without arguments this checks both and exits 1 with
what to do; `--record` writes the current sha256 into the newest entry, for a version
that has not been published yet. `publish` refuses a version without an entry, and the
test suite runs the check, so overlay code cannot change under a released version.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from tools.registry import ROOT

CHANGELOG = ROOT / "CHANGELOG.md"
OVERLAY = ROOT / "overlay" / "pipeline_cancel"
VERSION_FILE = OVERLAY / "_version.py"

_ENTRY = re.compile(r"^## (\d+\.\d+\.\d+) \((\d{4}-\d\d-\d\d|unreleased)\)$", re.M)
_SOURCES = re.compile(r"^Sources: sha256 ([0-9a-f]{64})\b.*$", re.M)
RECORD = "python3 dev.py -s changelog -- --record"


class ChangelogError(Exception):
    """The CHANGELOG and the overlay disagree; the text says how to fix it."""


@dataclass(frozen=True)
class Entry:
    version: str
    date: str
    sources: str | None  # the recorded sha256, None when the entry has no Sources line
    start: int  # where the entry's text starts in CHANGELOG.md, and where it ends
    end: int


def sources_digest(root: Path = OVERLAY) -> str:
    """sha256 over every file of the overlay package, by path, in a fixed order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def tree_version(path: Path = VERSION_FILE) -> str:
    match = re.search(r'^__version__ = "([^"]+)"$', path.read_text(encoding="utf-8"), re.M)
    if match is None:
        raise ChangelogError(f"{path.relative_to(ROOT)}: no __version__ line")
    return match.group(1)


def entries(text: str) -> list[Entry]:
    heads = list(_ENTRY.finditer(text))
    out = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        sources = _SOURCES.search(text, head.end(), end)
        out.append(
            Entry(head.group(1), head.group(2), sources.group(1) if sources else None, head.start(), end)
        )
    return out


def entry_for(version: str, text: str) -> Entry | None:
    return next((e for e in entries(text) if e.version == version), None)


def check(changelog: Path = CHANGELOG, overlay: Path = OVERLAY) -> str:
    """The version the tree is at, once the CHANGELOG's newest entry names it and its sources."""
    version = tree_version(overlay / "_version.py")
    if not changelog.is_file():
        raise ChangelogError(f"{changelog.name} is missing; it records each version of pipeline-cancel")
    found = entries(changelog.read_text(encoding="utf-8"))
    if not found or found[0].version != version:
        newest = found[0].version if found else "none"
        raise ChangelogError(
            f"_version.py says {version}, but CHANGELOG.md's newest entry is {newest}:"
            f" add a `## {version} (YYYY-MM-DD)` entry on top, then `{RECORD}`"
        )
    if found[0].sources != sources_digest(overlay):
        raise ChangelogError(
            f"overlay/pipeline_cancel changed since CHANGELOG.md's entry for {version} was recorded."
            f" If {version} is published, give the change a new version (docs/releasing.md) and an"
            f" entry; if it is not, describe the change in {version}'s entry and run `{RECORD}`"
        )
    return version


def record(changelog: Path = CHANGELOG, overlay: Path = OVERLAY) -> str:
    """Write the current sources' sha256 into the newest entry (which must name the tree's version)."""
    version = tree_version(overlay / "_version.py")
    text = changelog.read_text(encoding="utf-8")
    found = entries(text)
    if not found or found[0].version != version:
        raise ChangelogError(f"add a `## {version} (YYYY-MM-DD)` entry on top of CHANGELOG.md first")
    newest = found[0]
    line = f"Sources: sha256 {sources_digest(overlay)} (overlay/pipeline_cancel)"
    body = text[newest.start : newest.end]
    sources = _SOURCES.search(body)
    if sources:
        body = body[: sources.start()] + line + body[sources.end() :]
    else:
        head, _, rest = body.partition("\n")
        body = f"{head}\n\n{line}\n{rest}"
    changelog.write_text(text[: newest.start] + body + text[newest.end :], encoding="utf-8")
    return version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="changelog", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--record", action="store_true", help="write the sources' sha256 into the newest entry"
    )
    args = parser.parse_args(argv)
    try:
        version = record() if args.record else check()
    except ChangelogError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"pipeline-cancel {version}: CHANGELOG.md {'recorded' if args.record else 'matches the sources'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
