"""`publish`: what it refuses before uploading, and what it says when an index breaks under it.

The real index (pypiserver) is the `index` session's; here a scripted server on
127.0.0.1 plays a broken one, and the artifacts are small but real distributions
(twine reads their metadata before it uploads).
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.server import MockServer, Received, Reply
from tools import provenance, publish


def tree() -> list[tuple[str, str]]:
    return [(name, version) for name, version, _ in publish.tree_versions()]


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def fake_dist(folder: Path) -> Path:
    """A wheel and an sdist of each distribution at the tree's versions; metadata only;
    recorded as built from HEAD of a clean repository, `folder`'s parent, made here."""
    folder.mkdir()
    repo = folder.parent
    git(repo, "init", "-q")
    git(repo, "commit", "-q", "--allow-empty", "-m", "release")
    provenance.record(folder, repo)
    for name, version in tree():
        stem = f"{name.replace('-', '_')}-{version}"
        metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n"
        with zipfile.ZipFile(folder / f"{stem}-py3-none-any.whl", "w") as wheel:
            wheel.writestr(f"{stem}.dist-info/METADATA", metadata)
            wheel.writestr(
                f"{stem}.dist-info/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
            )
            wheel.writestr(f"{stem}.dist-info/RECORD", "")
        with tarfile.open(folder / f"{stem}.tar.gz", "w:gz") as sdist:
            for member, text in (("PKG-INFO", metadata), ("pyproject.toml", "")):
                data = text.encode()
                info = tarfile.TarInfo(f"{stem}/{member}")
                info.size = len(data)
                sdist.addfile(info, io.BytesIO(data))
    return folder


def run_publish(*args: str, password: str = "s3cret-pw") -> subprocess.CompletedProcess[str]:  # noqa: S107
    env = {**os.environ, "TWINE_USERNAME": "maintainer", "TWINE_PASSWORD": password}
    if "--dist" in args and "--repo" not in args:  # the repository fake_dist made
        args = (*args, "--repo", str(Path(args[args.index("--dist") + 1]).parent))
    return subprocess.run(
        [sys.executable, "-m", "tools.publish", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_without_a_repository_url_it_says_what_to_pass_and_sends_nothing() -> None:
    proc = run_publish()
    assert proc.returncode == 1
    assert proc.stderr == (
        "error: pass --repository-url URL, the index's upload URL (for pypiserver, http://HOST:PORT/),"
        " and, unless it is pypiserver-style, --index-url for its simple API; nothing is published"
        " without one\n"
    )


def test_credentials_in_the_url_are_refused_unprinted() -> None:
    proc = run_publish("--repository-url", "https://maintainer:hunter2@index.invalid/")
    assert proc.returncode == 1
    assert proc.stderr == (
        "error: --repository-url must not carry credentials: set TWINE_USERNAME and TWINE_PASSWORD instead\n"
    )


def test_without_a_build_it_says_to_build_first(tmp_path: Path) -> None:
    proc = run_publish("--repository-url", "http://127.0.0.1:9/", "--dist", str(tmp_path / "dist"))
    assert proc.returncode == 1
    assert proc.stderr == f"error: {tmp_path / 'dist'} does not exist: run `python3 dev.py -s build` first\n"
    dist = fake_dist(tmp_path / "dist")
    name, version = tree()[0]
    stem = f"{name.replace('-', '_')}-{version}"
    (dist / f"{stem}.tar.gz").unlink()
    proc = run_publish("--repository-url", "http://127.0.0.1:9/", "--dist", str(dist))
    assert proc.stderr == (
        f"error: {dist} has no {stem}.tar.gz ({name} {version}): run `python3 dev.py -s build` first\n"
    )
    (dist / provenance.RECORD).unlink()
    proc = run_publish("--repository-url", "http://127.0.0.1:9/", "--dist", str(dist))
    assert proc.stderr == (
        f"error: {dist} has no readable record of what it was built from: then run"
        " `python3 dev.py -s build` again. Nothing was uploaded\n"
    )


def test_an_unreachable_index_is_one_line(tmp_path: Path) -> None:
    from tests.support.package_index import free_port

    url = f"http://127.0.0.1:{free_port()}/"
    proc = run_publish("--repository-url", url, "--dist", str(fake_dist(tmp_path / "dist")))
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"error: cannot reach the index at {url}simple/ (")
    assert proc.stderr.endswith("); check --index-url\n")
    assert proc.stdout == ""


def test_a_partial_upload_says_exactly_what_was_uploaded_before_it_stopped(tmp_path: Path) -> None:
    """The index lists nothing, takes three files, then fails: nothing after the failure is sent."""
    posts: list[Received] = []

    def index(received: Received) -> Reply:
        if received.method == "GET":
            return Reply(404, b"not here")
        posts.append(received)
        return Reply(200, b"OK") if len(posts) <= 3 else Reply(400, b"Bad Request", reason="Bad Request")

    dist = fake_dist(tmp_path / "dist")
    with MockServer(index) as server:
        proc = run_publish("--repository-url", server.url + "/", "--dist", str(dist), "--repo", str(tmp_path))
    (gl_name, gl_version), (vs_name, vs_version) = tree()[:2]
    gl, vs = f"{gl_name.replace('-', '_')}-{gl_version}", f"{vs_name.replace('-', '_')}-{vs_version}"
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [f"uploaded {gl}-py3-none-any.whl", f"uploaded {gl}.tar.gz",
                                        f"uploaded {vs}-py3-none-any.whl"]  # fmt: skip
    assert proc.stderr.startswith(f"error: {vs_name} {vs_version}: twine upload failed: ")
    assert proc.stderr.endswith(
        f"; uploaded before it stopped: {gl}-py3-none-any.whl, {gl}.tar.gz, {vs}-py3-none-any.whl\n"
    )
    assert len(posts) == 4
    assert b"s3cret-pw" not in proc.stdout.encode() + proc.stderr.encode()


def test_the_index_refusing_credentials_is_one_line_without_them(tmp_path: Path) -> None:
    dist = fake_dist(tmp_path / "dist")
    with MockServer(
        lambda r: Reply(404) if r.method == "GET" else Reply(403, b"no", reason="Forbidden")
    ) as server:
        proc = run_publish("--repository-url", server.url + "/", "--dist", str(dist), password="wrong-pw-123")
    assert proc.returncode == 1
    name, version = tree()[0]
    assert proc.stderr == (
        f"error: {name} {version}: the index refused the credentials (HTTP 403): set TWINE_USERNAME and"
        " TWINE_PASSWORD (or TWINE_USERNAME=__token__ and a token in TWINE_PASSWORD); uploaded before it"
        " stopped: nothing\n"
    )
    assert "wrong-pw-123" not in proc.stdout + proc.stderr


def test_an_index_listing_that_needs_credentials_is_explained(tmp_path: Path) -> None:
    dist = fake_dist(tmp_path / "dist")
    with MockServer(Reply(401, b"who are you")) as server:
        proc = run_publish("--repository-url", server.url + "/", "--dist", str(dist))
        assert [r.method for r in server.requests] == ["GET"]
    assert proc.stderr.startswith(f"error: the index at {server.url}/simple/ refused to list ")


def test_the_simple_api_is_read_as_json_and_as_html() -> None:
    html = (
        b'<html><body><a href="../../packages/p-1.0.tar.gz#sha256=aa">p-1.0.tar.gz</a>'
        b'<a href="/p/p-1.0-py3-none-any.whl">p-1.0-py3-none-any.whl</a></body></html>'
    )
    json_page = b'{"files": [{"filename": "p-2.0.tar.gz", "hashes": {"sha256": "bb"}}]}'
    with MockServer() as server:
        server.reply(Reply(200, html, (("Content-Type", "text/html"),)))
        assert publish.index_files(server.url + "/simple/", "P") == {
            "p-1.0.tar.gz": "aa",
            "p-1.0-py3-none-any.whl": None,
        }
        server.reply(Reply(200, json_page, (("Content-Type", "application/vnd.pypi.simple.v1+json"),)))
        assert publish.index_files(server.url + "/simple/", "p") == {"p-2.0.tar.gz": "bb"}
        server.reply(Reply(404))
        assert publish.index_files(server.url + "/simple/", "Some_Project") == {}
        assert [r.path for r in server.requests] == ["/simple/p/", "/simple/p/", "/simple/some-project/"]
        assert server.requests[0].headers["accept"] == publish.SIMPLE_ACCEPT
    assert publish.latest({"p-1.0.tar.gz": None, "p-1.10.0-py3-none-any.whl": None, "junk": None}) == "1.10.0"
    assert publish.latest({}) == "-"


def test_a_version_its_changelog_does_not_record_is_refused(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 1.0.0 (2026-11-23)\n")
    item = publish.Distribution("pipeline-cancel-x-client", "1.1.0", changelog, ())
    with pytest.raises(publish.PublishError, match=r"pipeline-cancel-x-client 1\.1\.0 has no entry in"):
        publish.check_changelogs([item])
    publish.check_changelogs([publish.Distribution("pipeline-cancel-x-client", "1.0.0", changelog, ())])


def test_a_file_the_index_holds_with_the_same_bytes_is_skipped_other_bytes_refused(tmp_path: Path) -> None:
    wheel = tmp_path / "p-1.0-py3-none-any.whl"
    wheel.write_bytes(b"wheel")
    sdist = tmp_path / "p-1.0.tar.gz"
    sdist.write_bytes(b"sdist")
    item = publish.Distribution("p", "1.0", tmp_path, (wheel, sdist))
    same = hashlib.sha256(b"wheel").hexdigest()
    assert publish.missing_files(item, {wheel.name: same}) == [sdist]
    assert publish.missing_files(item, {wheel.name: same, sdist.name: None}) == []
    with pytest.raises(
        publish.PublishError, match=r"^p 1\.0: the index already holds p-1\.0\.tar\.gz with other"
    ):
        publish.missing_files(item, {sdist.name: hashlib.sha256(b"other").hexdigest()})


def test_tags_mark_head_once_and_never_move(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(tmp_path), *args], capture_output=True, text=True, check=True
        ).stdout

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "one")
    item = publish.Distribution("pipeline-cancel", "9.0.0", tmp_path, ())
    assert publish.tag(tmp_path, item) == "tagged pipeline-cancel-v9.0.0"
    assert publish.tag(tmp_path, item) == "tag pipeline-cancel-v9.0.0 already marks HEAD"
    first = git("rev-parse", "HEAD").strip()
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "two")
    assert publish.tag(tmp_path, item) == (
        f"not tagged pipeline-cancel-v9.0.0: the tag exists and marks {first[:12]}, not HEAD"
    )
    assert git("rev-parse", "pipeline-cancel-v9.0.0^{commit}").strip() == first
    assert publish.tag(tmp_path / "nowhere", item).startswith("not tagged pipeline-cancel-v9.0.0: ")


def test_the_tree_vouches_only_when_head_holds_what_a_distribution_takes(tmp_path: Path) -> None:
    """What `build` records and `publish` checks: tracked changes anywhere, untracked files where a
    distribution takes its files from, and a build of another commit or of a changed tree."""
    repo, dist = tmp_path / "repo", tmp_path / "repo" / "dist"
    (repo / "generated" / "x_client").mkdir(parents=True)
    (repo / "generated" / "x_client" / "pyproject.toml").write_text('version = "1.0.0"\n')
    (repo / ".gitignore").write_text("dist/\n")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "one")
    head = git(repo, "rev-parse", "HEAD").strip()
    dist.mkdir()
    assert provenance.record(dist, repo) == {"commit": head, "problem": None}
    assert provenance.vouch(dist, repo) == head

    (repo / "scratch.txt").write_text("outside every distribution\n")
    assert provenance.tree_problem(repo) is None
    (repo / "generated" / "x_client" / "new.py").write_text("")
    assert provenance.tree_problem(repo) == (
        "untracked files where a distribution takes its files from (generated/x_client/new.py):"
        " commit or remove them, then run `python3 dev.py -s build` again"
    )
    (repo / "generated" / "x_client" / "new.py").unlink()
    (repo / "generated" / "x_client" / "pyproject.toml").write_text('version = "2.0.0"\n')
    changed = (
        r"^the working tree has uncommitted changes to tracked files \(generated/x_client/pyproject\.toml\)"
    )
    with pytest.raises(provenance.NotVouchedError, match=changed):
        provenance.vouch(dist, repo)
    provenance.record(dist, repo)  # a build of the changed tree
    git(repo, "checkout", "--", ".")
    with pytest.raises(provenance.NotVouchedError, match=r"was built from a working tree HEAD does not hold"):
        provenance.vouch(dist, repo)

    provenance.record(dist, repo)
    git(repo, "commit", "-q", "--allow-empty", "-m", "two")
    with pytest.raises(provenance.NotVouchedError, match=rf"was built from {head[:12]}, not HEAD \("):
        provenance.vouch(dist, repo)


def test_many_changes_are_named_three_and_counted(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    for n in range(5):
        (tmp_path / f"f{n}").write_text("a\n")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "one")
    for n in range(5):
        (tmp_path / f"f{n}").write_text("b\n")
    assert provenance.tree_problem(tmp_path) == (
        "the working tree has uncommitted changes to tracked files (f0, f1, f2 and 2 more): commit or"
        " stash them, then run `python3 dev.py -s build` again"
    )


def test_outside_a_checkout_nothing_is_vouched_for(tmp_path: Path) -> None:
    (tmp_path / "dist").mkdir()
    made = provenance.record(tmp_path / "dist", tmp_path)
    assert made["commit"] is None
    assert str(made["problem"]).startswith(f"{tmp_path} is not a git checkout (")
    with pytest.raises(provenance.NotVouchedError, match=r"is not a git checkout .*: publish from one$"):
        provenance.vouch(tmp_path / "dist", tmp_path)


def test_a_tag_elsewhere_is_found_and_one_on_head_is_not(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "one")
    first = git(tmp_path, "rev-parse", "HEAD").strip()
    git(tmp_path, "tag", "p-v1.0.0")
    assert provenance.tag_elsewhere(tmp_path, "p-v1.0.0", first) is None
    assert provenance.tag_elsewhere(tmp_path, "p-v2.0.0", first) is None
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "two")
    second = git(tmp_path, "rev-parse", "HEAD").strip()
    assert provenance.tag_elsewhere(tmp_path, "p-v1.0.0", second) == first


def test_no_credentials_means_an_anonymous_upload_and_given_ones_are_twines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    assert publish._anonymous() == ["--username", "", "--password", ""]
    monkeypatch.setenv("TWINE_PASSWORD", "pypi-token")
    assert publish._anonymous() == []
    monkeypatch.delenv("TWINE_PASSWORD")
    monkeypatch.setenv("TWINE_USERNAME", "maintainer")
    assert publish._anonymous() == []
