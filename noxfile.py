"""Every command a developer runs. `python3 dev.py` alone runs the checks CI runs (see README).

Every Python install comes from a lock in requirements/ with `--require-hashes`, so
what runs is exactly what was reviewed. A session keeps its virtual environment
while the locks it installs are unchanged (a stamp in the environment records their
digest), so a second `python3 dev.py -s generate -- kubiya` installs nothing; a
changed lock gets a fresh environment.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT))  # the noxfile reads the vendor registry through tools/
from tools.registry import VENDORS, package  # noqa: E402
from tools.sessions import LANES, TOOLING_TESTS  # noqa: E402

PYTHON = "3.11"  # the oldest Python every distribution claims (pyproject.toml classifiers)
NEWEST = "3.13"  # the newest; `tests_newest` runs the suite on it
CLIENTS = [f"generated/{package(v)}" for v in VENDORS]
STAMP = "pipeline-cancel-locks.sha256"
CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _runs(command: str | None) -> bool:
    return command is not None and subprocess.run([command, "-c", ""], capture_output=True).returncode == 0


def _find_python(version: str) -> bool:
    """Make `python<version>` findable by nox: from PATH when it runs there, else from pyenv's versions
    folder (where these machines keep 3.12 and 3.13 while only 3.11 is on PATH)."""
    if _runs(shutil.which(f"python{version}")):
        return True
    versions = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    found = sorted(
        versions.glob(f"{version}.*/bin/python{version}"),
        key=lambda p: [int(x) if x.isdigit() else -1 for x in p.parent.parent.name.split(".")],
    )
    if not found or not _runs(str(found[-1])):
        return False
    os.environ["PATH"] = os.pathsep.join([str(found[-1].parent), os.environ.get("PATH", "")])
    return True


HAVE_NEWEST = _find_python(NEWEST)

# What `nox` alone runs: CI's checks. `python3 dev.py` alone runs the same, in LANES side by side.
nox.options.sessions = [name for lane in LANES for name in lane]
nox.options.error_on_missing_interpreters = True
# uv builds the environments (from the `uv` package in the bootstrap lock) and installs into them,
# linking files from its cache: seconds where pip took minutes, and one copy of each file on disk.
# Nothing can be downloaded here, so it uses the Pythons it finds and never fetches one.
nox.options.default_venv_backend = "uv"
nox.options.download_python = "never"
SEED = ["--seed"]  # pip in the environment, for the tests that run `python -m pip` themselves


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


def _install_project(session: nox.Session, lock: str = "dev") -> None:
    """Every distribution as users get it: built into wheels from this checkout and installed.

    No build isolation: hatchling comes from the hashed lock like everything else.
    """
    _install_locked(session, lock)
    session.install("--no-deps", "--no-build-isolation", "--force-reinstall", "--quiet", *CLIENTS, ".")


def _npm_tool(session: nox.Session, name: str) -> str:
    """Install a pinned Node tool into tools/<name>/node_modules from its lock file (integrity-checked).

    Kept, as a session's environment is, while its lock is unchanged: `npm ci` writes a stamp of the
    lock's digest after it succeeds, so the second session of a run that needs the tool installs
    nothing, and a changed lock (or an interrupted install, which leaves no stamp) installs afresh.
    """
    folder = ROOT / "tools" / name
    stamp = folder / "node_modules" / STAMP
    digest = hashlib.sha256((folder / "package-lock.json").read_bytes()).hexdigest()
    tool = folder / "node_modules" / ".bin" / name
    if not (stamp.is_file() and stamp.read_text() == digest and tool.is_file()):
        session.run(
            "npm", "ci", "--prefix", f"tools/{name}", "--ignore-scripts", "--no-audit", "--no-fund",
            "--silent", external=True,
        )  # fmt: skip
        stamp.write_text(digest)
    return str(tool)


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
    """Fail with a diff when generated/ (code, versions, CHANGELOGs) is not what specs/ generates, or
    when docs/reference/ is not what the code says."""
    _install_locked(session, "generate")
    session.run("python", "-m", "tools.generate", "--check", *session.posargs)
    session.run("python", "-m", "tools.reference", "--check")


@nox.session(python=PYTHON, reuse_venv=_reuse("reference", "generate"))
def reference(session: nox.Session) -> None:
    """Write docs/reference/ from the code (read with griffe): pipeline_cancel and every generated client.
    `check_generated` fails, naming the symbol, when it is stale."""
    _install_locked(session, "generate")
    session.run("python", "-m", "tools.reference", *session.posargs)


@nox.session(python=PYTHON, venv_backend="none")
def changelog(session: nox.Session) -> None:
    """Check that CHANGELOG.md's newest entry names the overlay's version and sources; `-- --record`
    writes the sources' sha256 into it (for a version not yet published). Standard library only."""
    session.run(sys.executable, "-m", "tools.changelog", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("lint", "generate"))
def lint(session: nox.Session) -> None:
    _install_locked(session, "generate")  # holds the pinned ruff
    session.run("python", "-m", "tools.sessions", "lint")


@nox.session(python=PYTHON, reuse_venv=_reuse("typecheck", "dev"))
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the overlay, the generated clients, the test helpers and the tools, with
    pyproject.toml's settings plus the registry's generated client.py override (tools/mypy_config.py)."""
    _install_locked(session, "dev")
    config = str(Path(session.virtualenv.location) / "mypy.ini")
    session.run("python", "-m", "tools.sessions", "typecheck", config)


@nox.session(python=PYTHON, reuse_venv=_reuse("consumer", "dev"))
def consumer(session: nox.Session) -> None:
    """Type-check tests/consumer/ as a downstream SDK would: mypy --strict and pyright strict, against
    the installed wheels; good.py must pass and every marked line of bad.py must fail, in both."""
    pyright = _npm_tool(session, "pyright")
    _install_project(session)
    session.run("python", "-m", "tests.support.consumer", pyright)


@nox.session(python=PYTHON, reuse_venv=_reuse("build", "dev"))
def build(session: nox.Session) -> None:
    """Wheels and sdists of every distribution into dist/, checked; each client installed alone."""
    _install_locked(session, "dev")
    # The clients' install-alone checks build their environments with the uv nox runs on.
    session.run(
        "python", "-m", "tools.build", *session.posargs, env={"PIPELINE_CANCEL_UV": nox.virtualenv.UV}
    )


# The suites spread over every core (pytest-xdist): their tests share no state but the checkout,
# and each waits mostly on sockets. `-- -n 0` (or any pytest arguments) runs them as told instead.
# Four workers on two cores: most tests wait on a socket or a clock, not on the CPU.
PARALLEL = ["-n", "4", "--dist", "worksteal"]  # idle workers take over queued tests: the tool tests are long


@nox.session(python=PYTHON, reuse_venv=_reuse("tests", "dev"), venv_params=SEED)
def tests(session: nox.Session) -> None:
    # tests/test_add_vendor.py runs the contract check on its scratch copy, with this Prism.
    prism = _npm_tool(session, "prism")
    _install_project(session)
    session.run("pytest", *(session.posargs or PARALLEL), env={"PIPELINE_CANCEL_PRISM": prism})


@nox.session(
    python=NEWEST if HAVE_NEWEST else None, reuse_venv=_reuse("tests_newest", "dev"), venv_params=SEED
)
def tests_newest(session: nox.Session) -> None:
    """The suite on the newest Python the package claims, less the tests of the repository's own tools
    (`TOOLING_TESTS`), which only ever run on PYTHON. Where that Python is missing: an error under
    CI=true, one line outside CI (so a machine with only 3.11 still runs `python3 dev.py`)."""
    if not HAVE_NEWEST:
        what = f"Python {NEWEST} was not found (on PATH, or under pyenv's versions folder)"
        if CI:
            session.error(f"{what}; CI runs the suite on it")
        session.skip(f"{what}; the suite ran on {PYTHON} only")
    _install_project(session)
    newest = session.posargs or [*PARALLEL, *(f"--ignore={test}" for test in TOOLING_TESTS)]
    session.run("pytest", *newest)


# What the httpx2 session runs: the transport, deadline, size cap, caller clients and generated clients.
HTTPX2_TESTS = [
    "tests/test_retries.py", "tests/test_hostile.py", "tests/test_generated_clients.py",
    "tests/test_caller_clients.py", "tests/test_async_backends.py", "tests/test_vendors.py",
    "tests/httpx2",  # check_*.py: httpx2 without the alias, in a fresh process
]  # fmt: skip


@nox.session(python=PYTHON, reuse_venv=_reuse("httpx2", "httpx2"))
def httpx2(session: nox.Session) -> None:
    """The transport, deadline, size-cap and generated-client tests with `import httpx` aliased to
    httpx2 (`httpx2.alias_httpx()`, applied by a plugin before anything imports httpx)."""
    _install_project(session, "httpx2")
    # `python -m pytest` puts the checkout on sys.path, so `-p` can import the plugin from tests/.
    session.run(
        "python", "-m", "pytest", "-p", "tests.support.httpx2_alias",
        "-o", "python_files=test_*.py check_*.py", *(session.posargs or [*PARALLEL, *HTTPX2_TESTS]),
    )  # fmt: skip


@nox.session(python=PYTHON, reuse_venv=_reuse("publish", "dev"))
def publish(session: nox.Session) -> None:
    """Upload dist/ to a package index: `-- --repository-url URL [--index-url URL]`, the clients first,
    the overlay last, only what the index lacks; credentials from TWINE_USERNAME/TWINE_PASSWORD.
    `-- --index-url URL --list` lists each distribution's version here and on the index."""
    _install_locked(session, "dev")
    session.run("python", "-m", "tools.publish", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=_reuse("index", "index"))
def index(session: nox.Session) -> None:
    """A real index (pypiserver) on 127.0.0.1: `publish` to it, then install `pipeline-cancel` by name
    with pip and uv into fresh environments, a downstream project, and client releases on top."""
    pyright = _npm_tool(session, "pyright")
    _install_project(session, "index")  # the tests' shared conftest and helpers import it
    # Publishing is from a clean checkout of HEAD, so the tests publish from one: a clone, built there.
    tmp = Path(session.create_tmp()).resolve()
    release = tmp / "release"
    shutil.rmtree(release, ignore_errors=True)
    session.run("git", "clone", "--quiet", "--no-tags", str(ROOT), str(release), external=True)
    try:
        with session.chdir(release):
            session.run("python", "-m", "tools.build", "--skip-alone")
        session.run(
            "pytest", "-o", "python_files=check_*.py", "-p", "no:cacheprovider", "tests/index",
            *session.posargs, env={"PIPELINE_CANCEL_PYRIGHT": pyright, "PIPELINE_CANCEL_NEWEST": NEWEST,
                 "PIPELINE_CANCEL_RELEASE": str(release)},
        )  # fmt: skip
    finally:  # the clone and the tests' environments (pip's, not linked): over 100 MB left in .nox
        shutil.rmtree(tmp, ignore_errors=True)


@nox.session(python=PYTHON, reuse_venv=_reuse("prefect_server", "dev"))
def prefect_server(session: nox.Session) -> None:
    """A real Prefect server (PyPI `prefect`, pinned and hashed, SQLite) on 127.0.0.1: every outcome of
    Prefect's cancel, its errors, wait=, the CLI, cancel_many and basic auth (tests/prefect/)."""
    _install_project(session)
    # The server is the vendor, not part of the project: an environment of its own, made from its
    # hashed lock for this run (uv links it from its cache in seconds) and removed after, so that
    # `.nox/` does not keep a second copy of Prefect's 140 MB.
    tmp = Path(session.create_tmp()).resolve()
    server = tmp / "prefect-server"
    shutil.rmtree(server, ignore_errors=True)
    uv = nox.virtualenv.UV
    try:
        session.run(uv, "venv", "--quiet", "--python", sys.executable, str(server), external=True)
        session.run(
            uv, "pip", "install", "--quiet", "--python", str(server / "bin" / "python"), "--require-hashes",
            "-r", "requirements/prefect_server.txt", external=True,
        )  # fmt: skip
        session.run(
            "pytest", "-o", "python_files=check_*.py", "-p", "no:cacheprovider", "-s", "tests/prefect",
            *session.posargs, env={"PIPELINE_CANCEL_PREFECT": str(server / "bin" / "prefect")},
        )  # fmt: skip
    finally:
        shutil.rmtree(server, ignore_errors=True)


@nox.session(python=PYTHON, reuse_venv=_reuse("contract", "dev"))
def contract(session: nox.Session) -> None:
    """Drive every vendor's cancel against Stoplight Prism mocks started from specs/ (`-- VENDOR ...`:
    those alone, with Kubiya's for the negative control)."""
    prism = _npm_tool(session, "prism")
    _install_project(session)
    session.run("python", "-m", "tools.sessions", "contract", prism, *session.posargs)


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
