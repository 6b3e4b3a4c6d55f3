"""Every command a developer runs. `python3 dev.py` alone runs the checks CI runs (see README).

Every Python install comes from a lock in requirements/ with `--require-hashes`, so
what runs is exactly what was reviewed. A session keeps its virtual environment
while the locks it installs are unchanged (a stamp in the environment records their
digest), so a second `python3 dev.py -s generate -- kubiya` installs nothing; a
changed lock gets a fresh environment.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT))  # the noxfile reads the vendor registry through tools/
from tools.registry import VENDORS, package  # noqa: E402

PYTHON = "3.11"
CLIENTS = [f"generated/{package(v)}" for v in VENDORS]
STAMP = "pipeline-cancel-locks.sha256"

nox.options.sessions = ["check_generated", "lint", "typecheck", "consumer", "build", "tests", "contract"]
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"


def _digest(locks: tuple[str, ...]) -> str:
    return hashlib.sha256(
        b"".join((ROOT / f"requirements/{name}.txt").read_bytes() for name in locks)
    ).hexdigest()


def _reuse(name: str, *locks: str) -> bool:
    """Keep `.nox/<name>` when it was built from exactly these locks."""
    stamp = ROOT / ".nox" / name / STAMP
    return stamp.is_file() and stamp.read_text() == _digest(locks)


def _install_locked(session: nox.Session, *locks: str) -> None:
    venv = Path(session.virtualenv.location)
    digest = _digest(locks)
    if (venv / STAMP).is_file() and (venv / STAMP).read_text() == digest:
        return
    for name in locks:
        session.install("--require-hashes", "-r", f"requirements/{name}.txt")
    (venv / STAMP).write_text(digest)


def _install_project(session: nox.Session) -> None:
    """The six distributions as users get them: built into wheels from this checkout and installed.

    No build isolation: hatchling comes from the hashed dev lock like everything else.
    """
    _install_locked(session, "dev")
    session.install("--no-deps", "--no-build-isolation", "--force-reinstall", "--quiet", *CLIENTS, ".")


def _npm_tool(session: nox.Session, name: str) -> str:
    """Install a pinned Node tool into tools/<name>/node_modules from its lock file (integrity-checked)."""
    session.run(
        "npm", "ci", "--prefix", f"tools/{name}", "--ignore-scripts", "--no-audit", "--no-fund", "--silent",
        external=True,
    )  # fmt: skip
    return str(ROOT / f"tools/{name}/node_modules/.bin/{name}")


@nox.session(python=PYTHON, reuse_venv=_reuse("generate", "generate"))
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ (all vendors, or those named after --), versions included."""
    _install_locked(session, "generate")
    session.run("python", "-m", "tools.generate", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("update_specs", "generate"))
def update_specs(session: nox.Session) -> None:
    """Fetch the vendors' published documents into specs/ (all, or those named after --); writes
    nothing unless every one was fetched and is valid. Then run `generate`."""
    _install_locked(session, "generate")
    session.run("python", "-m", "tools.update_specs", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("api_diff", "generate"))
def api_diff(session: nox.Session) -> None:
    """The generated clients' API changes since a git revision: `-- REV [REV2]`."""
    _install_locked(session, "generate")
    session.run("python", "-m", "tools.api_diff", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("check_generated", "generate"))
def check_generated(session: nox.Session) -> None:
    """Fail with a diff when generated/ (code, versions, CHANGELOGs) is not what specs/ generates."""
    _install_locked(session, "generate")
    session.run("python", "-m", "tools.generate", "--check", *session.posargs)


@nox.session(python=PYTHON, venv_backend="none")
def changelog(session: nox.Session) -> None:
    """Check that CHANGELOG.md's newest entry names the overlay's version and sources; `-- --record`
    writes the sources' sha256 into it (for a version not yet published). Standard library only."""
    session.run(sys.executable, "-m", "tools.changelog", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("lint", "generate"))
def lint(session: nox.Session) -> None:
    _install_locked(session, "generate")  # holds the pinned ruff
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON, reuse_venv=_reuse("typecheck", "dev"))
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the overlay, the generated clients, the test helpers and the tools."""
    _install_locked(session, "dev")
    session.run(
        "mypy", "--strict", "overlay/pipeline_cancel", *CLIENTS, "tests/support", "tools", "hatch_build.py"
    )


@nox.session(python=PYTHON, reuse_venv=_reuse("consumer", "dev"))
def consumer(session: nox.Session) -> None:
    """Type-check tests/consumer/ as a downstream SDK would: mypy --strict and pyright strict, against
    the installed wheels; good.py must pass and every marked line of bad.py must fail, in both."""
    pyright = _npm_tool(session, "pyright")
    _install_project(session)
    session.run("python", "-m", "tests.support.consumer", pyright)


@nox.session(python=PYTHON, reuse_venv=_reuse("build", "dev"))
def build(session: nox.Session) -> None:
    """Wheels and sdists of all six distributions into dist/, checked; each client installed alone."""
    _install_locked(session, "dev")
    session.run("python", "-m", "tools.build", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("tests", "dev"))
def tests(session: nox.Session) -> None:
    _install_project(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("contract", "dev"))
def contract(session: nox.Session) -> None:
    """Drive every vendor's cancel against Stoplight Prism mocks started from specs/."""
    prism = _npm_tool(session, "prism")
    _install_project(session)
    session.run("python", "-m", "tests.support.contract", prism)


@nox.session(python=PYTHON, reuse_venv=_reuse("demo", "dev"))
def demo(session: nox.Session) -> None:
    """The main job: cancel one run on each vendor, through the CLI, against local Prism mocks."""
    prism = _npm_tool(session, "prism")
    _install_project(session)
    session.run("python", "-m", "tests.support.demo", prism)


@nox.session(python=PYTHON, reuse_venv=_reuse("bench", "dev"))
def bench(session: nox.Session) -> None:
    """The overlay against raw httpx on one loopback server, in one run; prints ratios."""
    _install_project(session)
    session.run("python", "-m", "tests.support.bench", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("lock", "lock"))
def lock(session: nox.Session) -> None:
    """Rewrite requirements/*.txt, with hashes, from requirements/*.in (the one command for the locks).

    Versions already locked are kept; `-- --upgrade` (or `-- --upgrade-package NAME`) moves them.
    """
    _install_locked(session, "lock")
    for path in sorted((ROOT / "requirements").glob("*.in")):
        session.run(
            "uv", "pip", "compile", str(path.relative_to(ROOT)), "--generate-hashes", "--universal",
            "--python-version", PYTHON, "--custom-compile-command", "python3 dev.py -s lock",
            "--output-file", str(path.with_suffix(".txt").relative_to(ROOT)), "--quiet", *session.posargs,
        )  # fmt: skip


@nox.session(python=PYTHON, reuse_venv=_reuse("mutation", "mutation"))
def mutation(session: nox.Session) -> None:
    """Mutants of the overlay against the suite, in parallel; scores per module (not in CI: minutes)."""
    _install_locked(session, "mutation")
    session.install("--no-deps", "--no-build-isolation", "--force-reinstall", "--quiet", *CLIENTS, ".")
    session.run("python", "-m", "tools.mutation", *session.posargs)
