"""Each generated client as a distribution of its own: version, CHANGELOG, README, pyproject.toml.

Versions follow the API report (tools/api_diff.py) of what regenerating changed
against what was committed: a breaking change makes the next major, an addition the
next minor, any other change to the generated files (docstrings, wire-only
constraints, a new document with the same surface) the next patch; a client whose
files and document are unchanged keeps its version and its CHANGELOG. The CHANGELOG
is the record: its newest entry names the version, the date, the document's sha256
and the report, and pyproject.toml and README.md are written from it, so
`check_generated` fails when a version, a CHANGELOG or a README disagrees with the
documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.api_diff import Change, surface, tree
from tools.registry import REGISTRY, distribution, package
from tools.specs import documents, patches_for, read_sources, sha256

META_FILES = frozenset({"pyproject.toml", "README.md", "CHANGELOG.md"})
FIRST_VERSION = "1.0.0"
GENERATOR = "openapi-python-client 0.29.1"
PYTHONS = ("3.11", "3.12", "3.13")
"""The Pythons every distribution claims; CI runs the oldest and the newest (noxfile PYTHON, NEWEST)."""
CLASSIFIERS = [
    "Programming Language :: Python :: 3",
    *(f"Programming Language :: Python :: {v}" for v in PYTHONS),
    "Typing :: Typed",
]
_ENTRY = re.compile(r"^## (\d+)\.(\d+)\.(\d+) \((\d{4}-\d\d-\d\d)\)$", re.M)
_DOCUMENTS = re.compile(r"^Documents?: (.+)$", re.M)
_PREAMBLE = """\
# Changelog: {dist}

Versions follow the API report of `python3 dev.py -s api_diff`: a breaking change to the
client's public surface makes the next major version, an addition the next minor, and
any other change to the generated files (docstrings, wire-only constraints, a new
document with the same surface) the next patch.
"""


@dataclass(frozen=True)
class Release:
    version: str
    changelog: str
    bumped: str | None  # "first", "major", "minor", "patch", or None when nothing changed


def code_files(folder: Path) -> dict[str, bytes]:
    return {name: data for name, data in tree(folder).items() if name not in META_FILES}


def recorded(changelog: str) -> tuple[str, str] | None:
    """The newest entry's version, and the documents (with their sha256) it was generated from."""
    entry = _ENTRY.search(changelog)
    if entry is None:
        return None
    rest = changelog[entry.end() :]
    following = _ENTRY.search(rest)
    documents = _DOCUMENTS.search(rest[: following.start() if following else None])
    return ".".join(entry.group(1, 2, 3)), documents.group(1).rstrip(".") if documents else ""


def documents_line(vendor: str) -> str:
    """Every document the client is generated from, with its sha256."""
    return ", ".join(f"specs/{p.name}, sha256 {sha256(p.read_bytes())}" for p in documents(vendor))


def _next(version: str, kind: str) -> str:
    major, minor, patch = (int(p) for p in version.split("."))
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def plan(vendor: str, committed: Path, regenerated: Path, changes: Sequence[Change], today: str) -> Release:
    """The release that `regenerated` is, given what is `committed`."""
    sources = documents_line(vendor)
    log_path = committed / "CHANGELOG.md"
    old_log = log_path.read_text(encoding="utf-8") if log_path.is_file() else ""
    previous = recorded(old_log)
    if previous is None:
        version, kind, body = FIRST_VERSION, "first", "First release as a distribution of its own."
        old_entries = ""
    else:
        old_version, old_sources = previous
        code_changed = code_files(committed) != code_files(regenerated)
        if any(c.breaking for c in changes):
            kind = "major"
        elif changes:
            kind = "minor"
        elif code_changed or old_sources != sources:
            kind = "patch"
        else:
            return Release(old_version, old_log, None)
        version = _next(old_version, kind)
        report = "\n".join(f"- {'BREAKING: ' if c.breaking else ''}{c.text}" for c in changes)
        body = report or "- No change to the public surface; the generated files changed."
        old_entries = old_log[_ENTRY.search(old_log).start() :]  # type: ignore[union-attr]
    label = "Documents" if len(documents(vendor)) > 1 else "Document"
    entry = f"## {version} ({today})\n\n{label}: {sources}.\n\n{body}\n"
    changelog = (
        _PREAMBLE.format(dist=distribution(vendor))
        + "\n"
        + entry
        + ("\n" + old_entries if old_entries else "")
    )
    return Release(version, changelog, kind)


def _operations(vendor: str, folder: Path) -> list[str]:
    pkg = package(vendor)
    return [
        f"`{pkg}.{name}`"
        for name in surface(
            {k: v.decode() for k, v in code_files(folder).items() if k.endswith(".py")}
        ).operations
    ]


def _provenance(vendor: str) -> str:
    source: dict[str, Any] = read_sources()[vendor]
    if source.get("kind") == "authored":
        text = (
            f"Written by the pipeline-cancel developers from the vendor's documentation page\n"
            f"({source['page']}), which publishes no OpenAPI document; every element of the\n"
            f"document carries an `x-source` naming the part of the page it rests on."
        )
    elif source.get("kind") == "file":
        text = (
            f"The OpenAPI document the vendor publishes, byte for byte:\n"
            f"{source['url']} (retrieved {source.get('retrieved', 'unknown')})."
        )
        if "repository" in source:
            text += (
                f" It is `{source['path']}` of {source['repository']} at commit {source['commit']}"
                f" ({source.get('licence', 'licence not recorded')})."
            )
    else:
        text = (
            f"The OpenAPI block of the vendor's documentation page, byte for byte:\n"
            f"{source['page']} (retrieved {source.get('retrieved', 'unknown')})."
        )
    for extra in source.get("extra_documents", []):
        text += (
            f"\n\nMerged with it, `specs/{extra['document']}` ({extra.get('operation', 'more operations')}),"
            f" authored from {extra['page']}: {extra.get('note', 'written from the page')}."
        )
    patches = [p.name for p in patches_for(vendor)]
    if patches:
        names = ", ".join(f"`{name}`" for name in patches)
        text += (
            f"\n\nBefore generation, the repository's generator patches {names} (OpenAPI Overlays,"
            " each with its reason) are applied to what the generator reads; the document itself"
            " stays as published."
        )
    shas = ", ".join(f"`specs/{p.name}` `{sha256(p.read_bytes())}`" for p in documents(vendor))
    return f"{text}\n\nsha256 (in the pipeline-cancel repository): {shas}."


def readme(vendor: str, version: str, folder: Path) -> str:
    pkg, dist = package(vendor), distribution(vendor)
    found = _operations(vendor, folder)
    operations = "\n".join(f"- {op}" for op in found) or "- (none)"
    parent, _, leaf = (found[0].strip("`") if found else f"{pkg}.api.default.operation").rpartition(".")
    cls = REGISTRY[vendor][0]
    return f"""# {dist} {version}

A typed Python client for {REGISTRY[vendor][0]}'s API, generated by {GENERATOR} from the
vendor's own OpenAPI document. Import package: `{pkg}`. It depends on httpx and attrs
only and ships `py.typed`. It is one of the clients of pipeline-cancel, which adds one
way to cancel a run on several workflow vendors; this distribution installs alone.

## Timeouts and retries: read this first

The generated `Client` and `AuthenticatedClient` wait forever unless they are given a
`timeout`: its default is `None`, which httpx reads as "never time out", so a server that
stops answering holds the call for good. They never retry either. Give every client a
timeout:

```python
import httpx
from {parent} import {leaf} as operation
from {pkg}.client import AuthenticatedClient

client = AuthenticatedClient(base_url="https://...", token="...", timeout=httpx.Timeout(30.0, connect=10.0))
with client:
    response = operation.sync_detailed(client=client, ...)
```

httpx's timeout bounds each read, not the whole answer: a server that sends a byte now and
then can still stretch a call. pipeline-cancel (`pip install pipeline-cancel`) hands out
the same client with a deadline on the whole exchange, a cap on the answer's size and
bounded retries of timeouts, connection failures, 429, 502, 503 and 504, with its
credentials from the environment:

```python
from pipeline_cancel import {cls}

with {cls}.from_env(timeout=30, max_retries=2) as vendor:
    response = operation.sync_detailed(client=vendor.client, ...)
```

## Operations

{operations}

Each module has `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`, taking an
`AuthenticatedClient` (`{pkg}.client`) as `client=`.

## Where the document comes from

{_provenance(vendor)}

## Versions

See CHANGELOG.md (in the source distribution): a breaking change to this client's
public surface makes a new major version, an addition a new minor, anything else a
new patch.
"""


def pyproject(vendor: str, version: str) -> str:
    pkg, dist = package(vendor), distribution(vendor)
    return f"""# Written by tools/releases.py from CHANGELOG.md; regenerate, never edit.
[build-system]
requires = ["hatchling==1.33.0"]
build-backend = "hatchling.build"

[project]
name = "{dist}"
version = "{version}"
description = "Typed client for {REGISTRY[vendor][0]}'s API, generated from the vendor's OpenAPI document."
readme = "README.md"
requires-python = ">=3.11"
license = "MIT"
dependencies = ["httpx>=0.23.1,<0.29", "attrs>=22.2.0"]
classifiers = {json.dumps(CLASSIFIERS)}

# This folder is the import package itself: its modules go under {pkg}/ in the wheel.
[tool.hatch.build.targets.wheel]
include = ["/**/*.py", "/py.typed"]

[tool.hatch.build.targets.wheel.sources]
"" = "{pkg}"
"""


def write(vendor: str, folder: Path, release: Release) -> None:
    (folder / "CHANGELOG.md").write_text(release.changelog, encoding="utf-8")
    (folder / "README.md").write_text(readme(vendor, release.version, folder), encoding="utf-8")
    (folder / "pyproject.toml").write_text(pyproject(vendor, release.version), encoding="utf-8")


def describe(vendor: str, release: Release) -> str:
    if release.bumped is None:
        return f"{distribution(vendor)} stays {release.version}"
    return f"{distribution(vendor)} -> {release.version} ({release.bumped})"
