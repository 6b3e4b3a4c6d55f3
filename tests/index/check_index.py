"""Publish to a real index, then install by name as users do (run by `python3 dev.py -s index`).

Named check_*.py so that the main suite does not collect it: the session that runs it
provides the pinned pypiserver, uv and pyright it needs, and a clean clone of HEAD with
dist/ built in it (PIPELINE_CANCEL_RELEASE), which is where a maintainer publishes from:
`publish` runs there, as that checkout's own tool. The tests run in file order against
one index: what `publish` refuses before any upload, the README's install lines, a
downstream project, and then what a client's next minor and next major do to an
installed overlay; last, an index that needs no login.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.package_index import Index, fresh_env, interpreter, isolated_env, run, running_index
from tests.support.paths import ROOT
from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer
from tools.publish import tree_versions
from tools.registry import client_dir

RELEASE = Path(os.environ["PIPELINE_CANCEL_RELEASE"])  # a clean clone of HEAD, dist/ built in it
DIST = RELEASE / "dist"
KUBIYA = "pipeline-cancel-kubiya-client"
NEWEST = interpreter(os.environ.get("PIPELINE_CANCEL_NEWEST", "3.13"))
IDENTITY = ("-c", "user.name=t", "-c", "user.email=t@t")


TREE = {name: version for name, version, _ in tree_versions()}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    with running_index(tmp_path_factory.mktemp("index")) as idx:
        yield idx


@pytest.fixture(scope="module")
def scratch_repo() -> Path:
    """The release clone: publish tags there, not in the checkout under test."""
    return RELEASE


def artifacts() -> set[str]:
    return {p.name for p in DIST.iterdir() if p.suffix in (".whl", ".gz")}


def publish(
    index: Index, repo: Path, *args: str, password: str | None = None, credentials: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    if credentials:
        env.update(TWINE_USERNAME=index.user, TWINE_PASSWORD=password or index.password)
    return subprocess.run(
        [sys.executable, "-m", "tools.publish", "--repository-url", index.url, "--repo", str(repo), *args],
        capture_output=True, text=True, cwd=repo, env=env, timeout=600,
    )  # fmt: skip


def git(*args: str) -> str:
    return run("git", "-C", RELEASE, *IDENTITY, *args)


def refused_before_upload(index: Index, proc: subprocess.CompletedProcess[str], cause: str) -> None:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.startswith(f"error: {cause}"), proc.stderr
    assert proc.stderr.rstrip().endswith("Nothing was uploaded"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stdout == ""
    assert index.files() == set()
    assert git("tag") == ""


def test_a_regenerated_client_not_yet_committed_is_refused_before_any_upload(
    index: Index, scratch_repo: Path
) -> None:
    """The maintainer's report: a spec change regenerated, not committed, then built and published."""
    pyproject = scratch_repo / "generated" / "kubiya_client" / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace(f'version = "{TREE[KUBIYA]}"', 'version = "99.0.0"'))
    try:
        proc = publish(index, scratch_repo)
    finally:
        git("checkout", "--", ".")
    refused_before_upload(
        index,
        proc,
        "the working tree has uncommitted changes to tracked files"
        " (generated/kubiya_client/pyproject.toml): commit or stash them, then run"
        " `python3 dev.py -s build` again",
    )


def test_an_untracked_file_in_a_distribution_is_refused_before_any_upload(
    index: Index, scratch_repo: Path
) -> None:
    stray = scratch_repo / "overlay" / "pipeline_cancel" / "stray.py"
    stray.write_text("# not committed\n")
    elsewhere = scratch_repo / "notes.txt"  # outside every distribution: no reason to refuse
    elsewhere.write_text("scratch\n")
    try:
        proc = publish(index, scratch_repo)
    finally:
        stray.unlink()
        elsewhere.unlink()
    refused_before_upload(
        index,
        proc,
        "untracked files where a distribution takes its files from (overlay/pipeline_cancel/stray.py):"
        " commit or remove them",
    )


def test_a_dist_not_built_from_head_is_refused_before_any_upload(index: Index, scratch_repo: Path) -> None:
    built = git("rev-parse", "HEAD").strip()
    git("commit", "-q", "--allow-empty", "-m", "after the build")
    now = git("rev-parse", "HEAD").strip()
    try:
        proc = publish(index, scratch_repo)
    finally:
        git("reset", "-q", "--hard", built)
    refused_before_upload(
        index,
        proc,
        f"{DIST} was built from {built[:12]}, not HEAD ({now[:12]}):"
        " then run `python3 dev.py -s build` again",
    )


def test_a_tag_of_the_version_on_another_commit_is_refused_before_any_upload(
    index: Index, scratch_repo: Path
) -> None:
    head = git("rev-parse", "HEAD").strip()
    name = f"{KUBIYA}-v{TREE[KUBIYA]}"
    git("commit", "-q", "--allow-empty", "-m", "an earlier release")
    other = git("rev-parse", "HEAD").strip()
    git("tag", name)
    git("reset", "-q", "--hard", head)
    try:
        proc = publish(index, scratch_repo)
    finally:
        git("tag", "-d", name)
    assert proc.returncode == 1
    assert proc.stderr == (
        f"error: {KUBIYA} {TREE[KUBIYA]}: tag {name} already marks {other[:12]}, not HEAD ({head[:12]}):"
        f" that version was released from another commit; give {KUBIYA} a new version. Nothing was uploaded\n"
    )
    assert index.files() == set()


def pip_from_index(python: Path, index: Index, *args: str | Path, check: bool = True) -> str:
    """`pip install` from the index alone: no configuration file, no cache, no other index."""
    return run(
        python, "-m", "pip", "install", "--no-cache-dir", "--index-url", index.simple, *args,
        env=isolated_env(), check=check,
    )  # fmt: skip


def installed(python: Path) -> dict[str, str]:
    out = run(python, "-m", "pip", "list", "--format=json", env=isolated_env())
    return {p["name"].lower(): p["version"] for p in json.loads(out)}


def test_wrong_credentials_are_one_line_and_upload_nothing(index: Index, scratch_repo: Path) -> None:
    wrong = "not-the-" + index.password
    proc = publish(index, scratch_repo, password=wrong)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: pipeline-cancel-gumloop-client ")
    assert "the index refused the credentials (HTTP 40" in proc.stderr
    assert "uploaded before it stopped: nothing" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert wrong not in proc.stdout + proc.stderr
    assert index.files() == set()


def test_a_file_that_differs_under_a_published_version_is_refused_before_any_upload(
    index: Index, scratch_repo: Path, tmp_path: Path
) -> None:
    (wheel,) = DIST.glob("pipeline_cancel_kubiya_client-*.whl")
    foreign = tmp_path / wheel.name
    shutil.copy(wheel, foreign)
    with zipfile.ZipFile(foreign, "a") as archive:
        archive.writestr("kubiya_client/extra.py", "# not what the tree builds\n")
    run(sys.executable, "-m", "twine", "upload", "--non-interactive", "--repository-url", index.url,
        "-u", index.user, "-p", index.password, foreign)  # fmt: skip
    proc = publish(index, scratch_repo)
    assert proc.returncode == 1
    version = TREE[KUBIYA]
    assert proc.stderr.startswith(
        f"error: {KUBIYA} {version}: the index already holds {wheel.name} with other contents"
    )
    assert proc.stderr.rstrip().endswith("Nothing was uploaded")
    assert index.files() == {wheel.name}
    (index.packages / wheel.name).unlink()  # the index as it was, for what follows


def test_publish_uploads_every_file_clients_first_and_tags_them(index: Index, scratch_repo: Path) -> None:
    proc = publish(index, scratch_repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    uploads = [
        line.removeprefix("uploaded ") for line in proc.stdout.splitlines() if line.startswith("uploaded ")
    ]
    assert set(uploads) == artifacts() == index.files()
    assert len(uploads) == 2 * len(TREE)  # a wheel and an sdist of each distribution
    assert uploads[-2:] == [f"pipeline_cancel-{TREE['pipeline-cancel']}-py3-none-any.whl",
                            f"pipeline_cancel-{TREE['pipeline-cancel']}.tar.gz"]  # fmt: skip
    tags = set(run("git", "-C", scratch_repo, "tag").split())
    assert tags == {f"{name}-v{version}" for name, version in TREE.items()}
    assert index.password not in proc.stdout + proc.stderr


def test_publishing_the_same_versions_again_uploads_nothing(index: Index, scratch_repo: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in index.packages.iterdir()}
    proc = publish(index, scratch_repo)
    assert proc.returncode == 0, proc.stderr
    assert "nothing to upload: every file is on the index already" in proc.stdout
    assert proc.stdout.count("skipped ") == len(TREE)
    assert {p.name: p.stat().st_mtime_ns for p in index.packages.iterdir()} == before


def test_list_gives_each_distribution_here_and_on_the_index(index: Index, scratch_repo: Path) -> None:
    proc = publish(index, scratch_repo, "--list")
    assert proc.returncode == 0, proc.stderr
    rows = {line.split()[0]: line.split()[1:] for line in proc.stdout.splitlines()[1:]}
    assert rows == {name: [version, version, "nothing"] for name, version in TREE.items()}


def test_pip_install_by_name_takes_all_six_from_the_index(index: Index, tmp_path: Path) -> None:
    python = fresh_env(tmp_path / "env")
    report = tmp_path / "report.json"
    pip_from_index(python, index, "--report", report, "pipeline-cancel")
    got = {
        item["metadata"]["name"]: (item["metadata"]["version"], item["download_info"]["url"])
        for item in json.loads(report.read_text())["install"]
    }
    assert {name: version for name, (version, _) in got.items()} == TREE  # httpx, attrs: the lock's
    assert all(url.startswith(index.url) for _, url in got.values())
    run(python, "-c", "from pipeline_cancel import Kubiya, cancel; import kubiya_client")


def test_uv_pip_install_by_name_takes_all_six_from_the_index(index: Index, tmp_path: Path) -> None:
    python = fresh_env(tmp_path / "env")
    before = installed(python)
    out = run("uv", "pip", "install", "--python", python, "--no-cache", "--index-url", index.simple,
              "pipeline-cancel", env=isolated_env())  # fmt: skip
    added = {k: v for k, v in installed(python).items() if k not in before}
    assert added == TREE, out
    run(python, "-c", "import pipeline_cancel, gumloop_client, vectorshift_client")


def test_one_client_installs_alone_by_name(index: Index, tmp_path: Path) -> None:
    python = fresh_env(tmp_path / "env")
    before = installed(python)
    pip_from_index(python, index, KUBIYA)
    assert {k: v for k, v in installed(python).items() if k not in before} == {KUBIYA: TREE[KUBIYA]}


@pytest.fixture(scope="module")
def downstream(index: Index, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/downstream/ built, and installed from the index with what it names, on the newest Python."""
    folder = tmp_path_factory.mktemp("downstream")
    run(sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", folder / "dist",
        ROOT / "tests/downstream", cwd=folder)  # fmt: skip
    (wheel,) = (folder / "dist").glob("*.whl")
    python = fresh_env(folder / "env", NEWEST)
    pip_from_index(python, index, wheel)
    return python


def stop_one(python: Path) -> str:
    with MockServer() as server:
        server.reply(DOCUMENTED["kubiya"][200][0])
        code = f"from downstream_sdk import stop; print(stop('exec-1', api_key='k', base_url={server.url!r}))"
        out = run(python, "-c", code).strip()
        assert server.requests[0].json() == {"reason": "stopped by downstream-sdk"}
        assert server.requests[0].headers["x-downstream"] == "1"
    return out


def test_a_downstream_project_naming_pipeline_cancel_installs_type_checks_and_cancels(
    downstream: Path,
) -> None:
    versions = installed(downstream)
    assert {name: versions[name] for name in TREE} == TREE
    assert "httpx2" not in versions  # the consumer check without httpx2: its client types unresolved
    project = ROOT / "tests/downstream"
    run(sys.executable, "-m", "mypy", "--python-executable", downstream, "--no-incremental",
        "src/downstream_sdk", cwd=project)  # fmt: skip
    pyright = os.environ["PIPELINE_CANCEL_PYRIGHT"]
    run(pyright, "--pythonpath", downstream, "-p", project, cwd=project)
    assert stop_one(downstream) == "canceled (success) at 2026-11-23T10:05:00+00:00"


def release(index: Index, tmp_path: Path, version: str) -> None:
    """The Kubiya client as it is, under another version, uploaded to the index."""
    copy = tmp_path / f"kubiya_client-{version}"
    shutil.copytree(client_dir("kubiya"), copy)
    pyproject = copy / "pyproject.toml"
    pyproject.write_text(
        re.sub(r'^version = ".+"$', f'version = "{version}"', pyproject.read_text(), flags=re.M)
    )
    run(
        sys.executable,
        "-m",
        "build",
        "--no-isolation",
        "--wheel",
        "--outdir",
        tmp_path / "out",
        copy,
        cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "out").glob(f"*-{version}-*.whl")
    run(sys.executable, "-m", "twine", "upload", "--non-interactive", "--repository-url", index.url,
        "-u", index.user, "-p", index.password, wheel)  # fmt: skip


def test_a_new_client_minor_is_taken_by_upgrade_and_the_overlay_keeps_working(
    index: Index, downstream: Path, tmp_path: Path
) -> None:
    major, minor, _ = TREE[KUBIYA].split(".")
    newer = f"{major}.{int(minor) + 1}.0"
    release(index, tmp_path, newer)
    pip_from_index(downstream, index, "-U", KUBIYA)
    assert installed(downstream)[KUBIYA] == newer
    assert stop_one(downstream).startswith("canceled (success)")


def test_a_new_client_major_is_refused_with_the_overlay_range_unless_forced_alone(
    index: Index, downstream: Path, tmp_path: Path
) -> None:
    major = int(TREE[KUBIYA].split(".")[0])
    release(index, tmp_path, f"{major + 1}.0.0")
    refused = pip_from_index(downstream, index, "pipeline-cancel", f"{KUBIYA}>={major + 1}", check=False)
    assert "ResolutionImpossible" in refused
    assert f"{KUBIYA}<{major + 1} and >={major}.0.0" in refused
    assert installed(downstream)[KUBIYA] != f"{major + 1}.0.0"
    forced = pip_from_index(downstream, index, "-U", KUBIYA)
    assert installed(downstream)[KUBIYA] == f"{major + 1}.0.0"
    assert f"requires {KUBIYA}<{major + 1},>={major}.0.0, but you have {KUBIYA} {major + 1}.0.0" in forced


def test_an_index_that_needs_no_login_takes_an_upload_without_credentials(
    tmp_path: Path, scratch_repo: Path
) -> None:
    with running_index(tmp_path / "open", login=False) as index:
        proc = publish(index, scratch_repo, "--dist", str(DIST), credentials=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert index.files() == artifacts()
