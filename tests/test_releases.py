"""Each client's version follows its API report; the CHANGELOG records it; check_generated holds them to it.

Run for real on a scratch copy of the repository, with SOURCE_DATE_EPOCH fixing the date.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.scratch import run_tool
from tools.registry import REGISTRY, VENDORS, distribution
from tools.specs import spec_path

EPOCH = "1798761600"  # 2027-01-01
KUBIYA = "generated/kubiya_client"
ANCHOR = "          description: Termination timestamp\n"
ADDED = ANCHOR + "        terminated_by:\n          type: string\n          description: Who terminated it\n"


def generate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        return run_tool(repo, "generate", *args)
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def version(repo: Path) -> str:
    match = re.search(r'^version = "(.+)"$', (repo / KUBIYA / "pyproject.toml").read_text(), re.M)
    assert match is not None
    return match.group(1)


def edit_spec(repo: Path, old: str, new: str) -> str:
    spec = repo / "specs/kubiya.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    return hashlib.sha256(spec.read_bytes()).hexdigest()


def test_every_committed_client_is_a_consistent_release() -> None:
    for vendor in VENDORS:
        folder = ROOT / f"generated/{vendor}_client"
        pyproject = (folder / "pyproject.toml").read_text()
        changelog = (folder / "CHANGELOG.md").read_text()
        newest = re.search(r"^## (\S+) \(", changelog, re.M)
        assert newest is not None
        assert f'version = "{newest.group(1)}"' in pyproject
        assert f'name = "{distribution(vendor)}"' in pyproject
        assert 'dependencies = ["httpx>=0.23.1,<0.29", "attrs>=22.2.0"]' in pyproject
        sha = hashlib.sha256(spec_path(vendor).read_bytes()).hexdigest()
        assert sha in changelog.split("\n## ")[1]  # the newest entry names the documents it was made from
        assert sha in (folder / "README.md").read_text()


def bump(current: str, kind: str) -> str:
    major, minor, patch = (int(p) for p in current.split("."))
    return {
        "major": f"{major + 1}.0.0",
        "minor": f"{major}.{minor + 1}.0",
        "patch": f"{major}.{minor}.{patch + 1}",
    }[kind]


def test_additions_breakage_and_other_changes_bump_minor_major_and_patch(repo: Path) -> None:
    start = version(repo)
    minor = bump(start, "minor")
    patch = bump(minor, "patch")
    major = bump(patch, "major")

    sha = edit_spec(repo, ANCHOR, ADDED)
    assert generate(repo, "--check", "kubiya").returncode == 1  # not regenerated yet
    proc = generate(repo, "kubiya")
    assert proc.returncode == 0, proc.stderr
    assert f"pipeline-cancel-kubiya-client -> {minor} (minor)" in proc.stdout
    assert version(repo) == minor
    changelog = (repo / KUBIYA / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {minor} (2027-01-01)") < changelog.index(f"## {start}")
    assert f"sha256 {sha}" in changelog
    assert "- field TerminateWorkflowResponse.terminated_by added" in changelog
    assert minor in (repo / KUBIYA / "README.md").read_text()
    assert generate(repo, "--check", "kubiya").returncode == 0
    again = generate(repo, "kubiya")
    assert f"stays {minor}" in again.stdout  # nothing changed: no new version, no new entry

    edit_spec(repo, "Who terminated it", "Who or what terminated it")  # a docstring only
    assert f"-> {patch} (patch)" in generate(repo, "kubiya").stdout
    assert "- No change to the public surface" in (repo / KUBIYA / "CHANGELOG.md").read_text()

    edit_spec(repo, ADDED.replace("Who terminated", "Who or what terminated"), ANCHOR)  # removed again
    proc = generate(repo, "kubiya")
    assert f"-> {major} (major)" in proc.stdout
    assert (
        "- BREAKING: field TerminateWorkflowResponse.terminated_by removed"
        in (repo / KUBIYA / "CHANGELOG.md").read_text()
    )
    # Every other client kept its version.
    runflow = (ROOT / "generated/runflow_client/pyproject.toml").read_text()
    assert runflow == (repo / "generated/runflow_client/pyproject.toml").read_text()


@pytest.mark.parametrize("target", ["pyproject.toml", "CHANGELOG.md", "README.md"])
def test_a_hand_edited_version_or_changelog_fails_the_check(repo: Path, target: str) -> None:
    path = repo / KUBIYA / target
    current = version(repo)
    path.write_text(path.read_text().replace(current, "9.9.9"))
    proc = generate(repo, "--check", "kubiya")
    assert proc.returncode == 1
    # The CHANGELOG is the record, so pyproject.toml and README.md are what disagree with it.
    named = "pyproject.toml" if target == "CHANGELOG.md" else target
    assert f"regenerated/generated/kubiya_client/{named}" in proc.stdout


def test_the_overlay_depends_on_each_client_within_its_major(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build

        deps = hatch_build.dependencies(ROOT)
    finally:
        sys.path.remove(str(ROOT))
    assert deps[:3] == ["httpx>=0.23.1,<0.29", "attrs>=22.2.0", "anyio>=4.11"]
    assert {d.split(">=")[0] for d in deps[3:]} == {distribution(v) for v in VENDORS}
    assert all(d.endswith(">=1.0.0,<2") for d in deps[3:])


def test_the_overlay_changelog_records_the_overlay_as_it_is() -> None:
    import pipeline_cancel

    from tools.changelog import check

    assert check() == pipeline_cancel.__version__


@pytest.fixture
def overlay_copy(tmp_path: Path) -> tuple[Path, Path]:
    import shutil

    overlay = tmp_path / "pipeline_cancel"
    shutil.copytree(ROOT / "overlay/pipeline_cancel", overlay, ignore=shutil.ignore_patterns("__pycache__"))
    changelog = tmp_path / "CHANGELOG.md"
    shutil.copy(ROOT / "CHANGELOG.md", changelog)
    return changelog, overlay


def test_overlay_code_changed_under_a_recorded_version_fails_until_recorded(
    overlay_copy: tuple[Path, Path],
) -> None:
    from tools.changelog import ChangelogError, check, record

    changelog, overlay = overlay_copy
    version = check(changelog, overlay)
    registry = overlay / "vendors/__init__.py"
    registry.write_text(registry.read_text().replace('"kubiya": ("Kubiya", 1)', '"kubiya": ("Kubiya", 2)'))
    with pytest.raises(
        ChangelogError, match=f"changed since CHANGELOG.md's entry for {version} was recorded"
    ):
        check(changelog, overlay)
    assert record(changelog, overlay) == version
    assert check(changelog, overlay) == version
    assert changelog.read_text().count("Sources: sha256") == (ROOT / "CHANGELOG.md").read_text().count(
        "Sources: sha256"
    )


def test_a_version_without_an_entry_fails_and_cannot_be_recorded(overlay_copy: tuple[Path, Path]) -> None:
    from tools.changelog import ChangelogError, check, record

    changelog, overlay = overlay_copy
    (overlay / "_version.py").write_text('__version__ = "9.9.9"\n')
    newest = r"_version\.py says 9\.9\.9, but CHANGELOG\.md's newest entry is"
    with pytest.raises(ChangelogError, match=newest):
        check(changelog, overlay)
    with pytest.raises(ChangelogError, match=r"add a `## 9.9.9 \(YYYY-MM-DD\)` entry"):
        record(changelog, overlay)
    changelog.write_text(changelog.read_text().replace("\n## ", "\n## 9.9.9 (unreleased)\n\n- x\n\n## ", 1))
    assert record(changelog, overlay) == "9.9.9"
    assert check(changelog, overlay) == "9.9.9"


def test_build_refuses_an_overlay_wheel_that_lacks_the_package(tmp_path: Path) -> None:
    """What hatchling made of the overlay once a symlink to overlay/ sat in a git-ignored folder."""
    import zipfile

    from tools.build import BuildError, check_overlay_wheel

    source = ROOT / "overlay/pipeline_cancel"
    files = sorted(p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    wheel = tmp_path / "pipeline_cancel-0.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("pipeline_cancel-0.0.0.dist-info/METADATA", "")
        for path in files:
            archive.writestr(f"pipeline_cancel/{path.relative_to(source).as_posix()}", path.read_bytes())
    assert check_overlay_wheel([wheel]) == (
        f"{wheel.name}: all {len(files)} files of overlay/pipeline_cancel, nothing else"
    )
    empty = tmp_path / "empty" / wheel.name
    empty.parent.mkdir()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("pipeline_cancel-0.0.0.dist-info/METADATA", "")
        archive.writestr("generated/README.md", "")
    with pytest.raises(BuildError, match=r"does not hold the overlay as it is: missing \['pipeline_cancel/"):
        check_overlay_wheel([empty])


def test_every_distribution_claims_the_pythons_ci_runs(tmp_path: Path) -> None:
    import tomllib

    from tools.releases import CLASSIFIERS, PYTHONS

    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["classifiers"] == CLASSIFIERS
    for vendor in VENDORS:
        project = tomllib.loads((ROOT / f"generated/{vendor}_client/pyproject.toml").read_text())["project"]
        assert project["classifiers"] == CLASSIFIERS
        assert project["requires-python"] == f">={PYTHONS[0]}"
    noxfile = (ROOT / "noxfile.py").read_text()
    assert f'PYTHON = "{PYTHONS[0]}"' in noxfile
    assert f'NEWEST = "{PYTHONS[-1]}"' in noxfile


@pytest.mark.parametrize(("ci", "code", "says"), [("true", 1, "CI runs the suite on it"), ("", 0, "skipped")])
def test_a_missing_newest_python_is_an_error_under_ci_and_one_line_elsewhere(
    tmp_path: Path, ci: str, code: int, says: str
) -> None:
    """No python3.13 on PATH and an empty pyenv: what `python3 dev.py` does on a machine without it."""
    from tools.releases import PYTHONS

    env = {"PATH": "/usr/bin:/bin", "PYENV_ROOT": str(tmp_path), "HOME": str(tmp_path), "CI": ci}
    proc = subprocess.run(
        [ROOT / ".bootstrap/bin/nox", "-f", ROOT / "noxfile.py", "-s", "tests_newest", "--no-venv"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert f"Python {PYTHONS[-1]} was not found (on PATH, or under pyenv's versions folder)" in proc.stderr
    assert says in proc.stderr


def test_every_clients_readme_says_how_to_bound_a_call() -> None:
    """The generated clients wait forever by default; each README (one template) says so and shows
    a bounded call alone and through pipeline_cancel's `.client`."""
    for vendor in VENDORS:
        text = (ROOT / f"generated/{vendor}_client/README.md").read_text()
        assert "wait forever unless they are given a\n`timeout`" in text
        assert "They never retry either." in text
        assert "timeout=httpx.Timeout(30.0, connect=10.0)" in text
        assert f"with {REGISTRY[vendor][0]}.from_env(timeout=30, max_retries=2) as vendor:" in text
        assert "operation.sync_detailed(client=vendor.client, ...)" in text
