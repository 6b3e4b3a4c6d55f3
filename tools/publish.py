"""Upload what `build` made to a package index: the clients first, the overlay last, only what is missing.

Usage: python -m tools.publish --repository-url URL [--index-url URL] [--list] [--dist DIR] [--repo DIR]

The index is asked what it already holds (its simple API, PEP 691 JSON or PEP 503
HTML) before anything is uploaded, because twine's `--skip-existing` works only
against PyPI. A file already there with the same sha256 is skipped, so publishing the
same versions twice uploads nothing; a file there with another sha256 is an error that
names the distribution and version, found before any upload. Before that, the
checkout must vouch for dist/ (tools/provenance.py): no uncommitted change to a tracked
file, no untracked file where a distribution takes its files from, dist/ built from
HEAD of such a tree, and no tag of a version to upload marking another commit. twine uploads each
distribution's wheel and sdist, with the credentials twine reads from the environment
(`TWINE_USERNAME`/`TWINE_PASSWORD`, or `__token__` and a token), which nothing here
prints; with neither set, it uploads without credentials, as an index that needs no
login takes it. Each distribution that was uploaded is tagged `<distribution>-v<version>` in the
local repository (pushing tags is the maintainer's step). There is no default
repository: nothing reaches a public index by accident.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from hashlib import sha256
from html.parser import HTMLParser
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from tools import provenance
from tools.changelog import ChangelogError
from tools.changelog import check as check_overlay_changelog
from tools.registry import ROOT, VENDORS, client_dir, distribution

DIST = ROOT / "dist"
OVERLAY = "pipeline-cancel"
TIMEOUT = 30.0
MAX_PAGE = 10 * 1024 * 1024  # an index page larger than this is not one we can trust
SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, text/html;q=0.1"


class PublishError(Exception):
    """One line that says what went wrong and what to do; the exit status is 1."""


@dataclass(frozen=True)
class Distribution:
    name: str
    version: str
    changelog: Path
    files: tuple[Path, ...]  # the wheel, then the sdist


def _client_version(vendor: str) -> str:
    text = (client_dir(vendor) / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"$', text, re.M)
    if match is None:
        raise PublishError(f"generated/{client_dir(vendor).name}/pyproject.toml has no version")
    return match.group(1)


def tree_versions() -> list[tuple[str, str, Path]]:
    """(distribution, version in the tree, its CHANGELOG) for every distribution the registry
    implies, clients in registry order and the overlay last."""
    from tools.changelog import CHANGELOG, tree_version

    clients = [(distribution(v), _client_version(v), client_dir(v) / "CHANGELOG.md") for v in VENDORS]
    return [*clients, (OVERLAY, tree_version(), CHANGELOG)]


def planned(dist: Path) -> list[Distribution]:
    """What `build` made for each of `tree_versions()`, in that order."""
    wanted = tree_versions()
    out = []
    for name, version, changelog in wanted:
        stem = f"{name.replace('-', '_')}-{version}"
        files = (dist / f"{stem}-py3-none-any.whl", dist / f"{stem}.tar.gz")
        missing = [f.name for f in files if not f.is_file()]
        if missing:
            raise PublishError(
                f"{dist} has no {' or '.join(missing)} ({name} {version}):"
                " run `python3 dev.py -s build` first"
            )
        out.append(Distribution(name, version, changelog, files))
    return out


def check_changelogs(plan: list[Distribution]) -> None:
    """Refuse a version that its CHANGELOG does not record (the overlay's also records its sources)."""
    for item in plan:
        if item.name == OVERLAY:
            try:
                check_overlay_changelog()
            except ChangelogError as exc:
                raise PublishError(f"{OVERLAY} {item.version}: {exc}") from None
        elif not re.search(rf"^## {re.escape(item.version)} \(", item.changelog.read_text(), re.M):
            where = (
                item.changelog.relative_to(ROOT) if item.changelog.is_relative_to(ROOT) else item.changelog
            )
            raise PublishError(
                f"{item.name} {item.version} has no entry in {where}: run `python3 dev.py -s generate`"
            )


class _Links(HTMLParser):
    """PEP 503: one anchor per file, its sha256 in the URL's fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, str | None] = {}
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href, self._text = dict(attrs).get("href") or "", ""

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            parts = urllib.parse.urlsplit(self._href)
            name = self._text.strip() or urllib.parse.unquote(parts.path.rsplit("/", 1)[-1])
            fragment = dict(urllib.parse.parse_qsl(parts.fragment))
            self.files[name] = fragment.get("sha256")
            self._href = None


def _open(request: urllib.request.Request) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - http(s) checked
            body = response.read(MAX_PAGE + 1)
            return response.status, response.headers.get("Content-Type", ""), body
    except urllib.error.HTTPError as exc:
        return exc.code, "", b""


def index_files(index_url: str, project: str) -> dict[str, str | None]:
    """filename -> sha256 (None when the index gives none) of what the index holds for `project`."""
    url = f"{index_url.rstrip('/')}/{canonicalize_name(project)}/"
    request = urllib.request.Request(url, headers={"Accept": SIMPLE_ACCEPT})  # noqa: S310 - http(s) checked
    try:
        status, kind, body = _open(request)
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PublishError(f"cannot reach the index at {index_url} ({reason}); check --index-url") from None
    if status == 404:
        return {}
    if status in (401, 403):
        raise PublishError(
            f"the index at {index_url} refused to list {project} (HTTP {status}); publish reads it"
            " anonymously: pass an --index-url that can be read without credentials"
        )
    if status != 200 or len(body) > MAX_PAGE:
        raise PublishError(
            f"the index at {index_url} answered HTTP {status} for {project}; check --index-url"
        )
    if kind.startswith("application/vnd.pypi.simple.v1+json"):
        data = json.loads(body)
        return {f["filename"]: f.get("hashes", {}).get("sha256") for f in data.get("files", [])}
    links = _Links()
    links.feed(body.decode("utf-8", errors="replace"))
    return links.files


def _version_of(filename: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        return parse_sdist_filename(filename)[1]
    except (ValueError, InvalidVersion):
        return None


def latest(files: dict[str, str | None]) -> str:
    versions = [v for v in map(_version_of, files) if v is not None]
    return str(max(versions)) if versions else "-"


def missing_files(item: Distribution, remote: dict[str, str | None]) -> list[Path]:
    """The files of `item` the index lacks; an error when it holds one of them with other bytes."""
    todo = []
    for path in item.files:
        if path.name not in remote:
            todo.append(path)
            continue
        theirs = remote[path.name]
        if theirs is not None and theirs != sha256(path.read_bytes()).hexdigest():
            raise PublishError(
                f"{item.name} {item.version}: the index already holds {path.name} with other contents"
                f" (sha256 {theirs}); a published version never changes: give {item.name} a new"
                " version, or rebuild exactly what was published. Nothing was uploaded"
            )
    return todo


def _redact(text: str) -> str:
    password = os.environ.get("TWINE_PASSWORD")
    return text.replace(password, "<redacted>") if password else text


def _anonymous() -> list[str]:
    """Empty credentials when none are given, which twine then sends none of: an index that needs
    no login takes the upload, one that does answers 401 (said below). Given ones are twine's."""
    if os.environ.get("TWINE_USERNAME") or os.environ.get("TWINE_PASSWORD"):
        return []
    return ["--username", "", "--password", ""]


def upload(repository_url: str, file: Path) -> None:
    """One file through twine, non-interactive; its failure read into one line."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            repository_url,
            *_anonymous(),
            str(file),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_COLOR": "1"},
    )
    if proc.returncode == 0:
        return
    output = _redact(proc.stdout + proc.stderr)
    status = re.search(r"\b(401|403)\b", output)
    if status:
        raise PublishError(
            f"the index refused the credentials (HTTP {status.group(1)}): set TWINE_USERNAME and"
            " TWINE_PASSWORD (or TWINE_USERNAME=__token__ and a token in TWINE_PASSWORD)"
        )
    if re.search(r"Connection ?(refused|Error)|Max retries exceeded|Name or service not known", output):
        raise PublishError(f"cannot reach the repository at {repository_url}; check --repository-url")
    lines = [line.strip() for line in re.sub(r"\x1b\[[0-9;]*m", "", output).splitlines() if line.strip()]
    start = next(
        (i for i, line in enumerate(lines) if line.startswith(("ERROR", "HTTPError"))), len(lines) - 1
    )
    detail = " ".join(" ".join(lines[start:]).split()) if lines else "no detail"
    raise PublishError(f"twine upload failed: {detail}")


def tag(repo: Path, item: Distribution) -> str:
    name = f"{item.name}-v{item.version}"
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        return f"not tagged {name}: {repo} is not a git repository"
    existing = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"refs/tags/{name}^{{commit}}"],
        capture_output=True,
        text=True,
    )
    if existing.returncode == 0:
        if existing.stdout.strip() == head.stdout.strip():
            return f"tag {name} already marks HEAD"
        return f"not tagged {name}: the tag exists and marks {existing.stdout.strip()[:12]}, not HEAD"
    subprocess.run(["git", "-C", str(repo), "tag", name], check=True, capture_output=True)
    return f"tagged {name}"


def _check_url(url: str, option: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PublishError(f"{option} {url!r} must be an http(s) URL")
    if parts.username or parts.password:
        raise PublishError(
            f"{option} must not carry credentials: set TWINE_USERNAME and TWINE_PASSWORD instead"
        )
    return url


def default_index_url(repository_url: str) -> str:
    """A pypiserver-style index: uploads go to the root, the simple API is under /simple/."""
    return repository_url.rstrip("/") + "/simple/"


def _vouched(dist: Path, repo: Path) -> str:
    """HEAD, when what `dist` holds was built from it on a clean tree (tools/provenance.py)."""
    try:
        return provenance.vouch(dist, repo)
    except provenance.NotVouchedError as exc:
        raise PublishError(f"{exc}. Nothing was uploaded") from None


def run(args: argparse.Namespace) -> int:
    if not args.repository_url and not (args.list and args.index_url):
        raise PublishError(
            "pass --repository-url URL, the index's upload URL (for pypiserver, http://HOST:PORT/),"
            " and, unless it is pypiserver-style, --index-url for its simple API; nothing is"
            " published without one"
        )
    repository = _check_url(args.repository_url, "--repository-url") if args.repository_url else ""
    index_url = _check_url(args.index_url or default_index_url(repository), "--index-url")
    if not Path(args.dist).is_dir():
        raise PublishError(f"{args.dist} does not exist: run `python3 dev.py -s build` first")
    commit = "" if args.list else _vouched(Path(args.dist), Path(args.repo))  # before reading the tree
    plan = planned(Path(args.dist))
    remote = {item.name: index_files(index_url, item.name) for item in plan}
    if args.list:
        print(f"{'distribution':<34} {'in the tree':<12} {'on the index':<13} would upload")
        for item in plan:
            try:
                kinds = [
                    "wheel" if p.suffix == ".whl" else "sdist" for p in missing_files(item, remote[item.name])
                ]
                would = " and ".join(kinds) or "nothing"
            except PublishError:
                would = "no: the index holds other bytes for this version"
            print(f"{item.name:<34} {item.version:<12} {latest(remote[item.name]):<13} {would}")
        return 0
    check_changelogs(plan)
    plan_files = [
        (item, missing_files(item, remote[item.name])) for item in plan
    ]  # every mismatch before any upload
    for item, files in plan_files:
        name = f"{item.name}-v{item.version}"
        elsewhere = provenance.tag_elsewhere(Path(args.repo), name, commit) if files else None
        if elsewhere is not None:
            raise PublishError(
                f"{item.name} {item.version}: tag {name} already marks {elsewhere[:12]}, not HEAD"
                f" ({commit[:12]}): that version was released from another commit; give {item.name}"
                " a new version. Nothing was uploaded"
            )
    uploaded: list[Path] = []
    tagged: list[Distribution] = []
    for item, files in plan_files:
        if not files:
            print(f"skipped {item.name} {item.version}: already on the index, the same files")
            continue
        for path in files:  # one at a time, so that a failure can say exactly what is on the index
            try:
                upload(repository, path)
            except PublishError as exc:
                done = ", ".join(u.name for u in uploaded) or "nothing"
                raise PublishError(
                    f"{item.name} {item.version}: {exc}; uploaded before it stopped: {done}"
                ) from None
            uploaded.append(path)
            print(f"uploaded {path.name}")
        tagged.append(item)
    if not uploaded:
        print("nothing to upload: every file is on the index already")
    for item in tagged:
        print(tag(Path(args.repo), item))
    if uploaded:
        print("push the tags when you are ready: git push origin --tags")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="publish", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repository-url", help="the index's upload URL (no default)")
    parser.add_argument("--index-url", help="its simple API (default: URL/simple/, as pypiserver serves it)")
    parser.add_argument("--list", action="store_true", help="only list each distribution's versions")
    parser.add_argument("--dist", default=str(DIST), help="where `build` put the artifacts (dist/)")
    parser.add_argument("--repo", default=str(ROOT), help="the git repository to tag (this one)")
    try:
        return run(parser.parse_args(argv))
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
