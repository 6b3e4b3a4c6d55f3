"""Every command a developer runs. `nox` alone runs the checks CI runs (see README)."""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYTHON = "3.11"
CLIENTS = [f"generated/{v}_client" for v in ("gumloop", "vectorshift", "ionworks", "runflow", "kubiya")]

nox.options.sessions = ["check_generated", "lint", "typecheck", "consumer", "tests", "contract"]
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"


def _pinned(*names: str) -> list[str]:
    """Exact pins for `names`, read from the locked dev set so every session agrees."""
    pins = {}
    for line in (ROOT / "requirements/dev.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            pins[line.split("==")[0].lower()] = line.strip()
    return [pins[name.lower()] for name in names]


def _install_project(session: nox.Session) -> None:
    session.install("-r", "requirements/dev.txt")
    # Install the wheel, not the source tree: tests see what users get from `pip install .`.
    session.install("--no-deps", "--force-reinstall", ".")


def _npm_tool(session: nox.Session, name: str) -> str:
    """Install a pinned Node tool into tools/<name>/node_modules from its lock file (integrity-checked)."""
    session.run(
        "npm", "ci", "--prefix", f"tools/{name}", "--ignore-scripts", "--no-audit", "--no-fund", "--silent",
        external=True,
    )  # fmt: skip
    return str(ROOT / f"tools/{name}/node_modules/.bin/{name}")


def _prism(session: nox.Session) -> str:
    return _npm_tool(session, "prism")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ (all vendors, or those named after --)."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "-m", "tools.generate", *session.posargs)


@nox.session(python=PYTHON)
def update_specs(session: nox.Session) -> None:
    """Fetch the vendors' published documents into specs/ (all, or those named after --); writes
    nothing unless every one was fetched and is valid. Then run `generate`."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "-m", "tools.update_specs", *session.posargs)


@nox.session(python=PYTHON)
def api_diff(session: nox.Session) -> None:
    """The generated clients' API changes since a git revision: `nox -s api_diff -- REV [REV2]`."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "-m", "tools.api_diff", *session.posargs)


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail with a diff when generated/ is not exactly what specs/ generates."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "-m", "tools.generate", "--check", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install(*_pinned("ruff"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the overlay, the generated clients, the test helpers and the tools."""
    session.install("-r", "requirements/dev.txt")
    session.run("mypy", "--strict", "overlay/pipeline_cancel", *CLIENTS, "tests/support", "tools")


@nox.session(python=PYTHON)
def consumer(session: nox.Session) -> None:
    """Type-check tests/consumer/ as a downstream SDK would: mypy --strict and pyright strict, against
    the installed wheel; good.py must pass and every marked line of bad.py must fail, in both."""
    pyright = _npm_tool(session, "pyright")
    _install_project(session)
    session.run("python", "-m", "tests.support.consumer", pyright)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    _install_project(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    """Drive every vendor's cancel against Stoplight Prism mocks started from specs/."""
    prism = _prism(session)
    _install_project(session)
    session.run("python", "-m", "tests.support.contract", prism)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: cancel one run on each vendor, through the CLI, against local Prism mocks."""
    prism = _prism(session)
    _install_project(session)
    session.run("python", "-m", "tests.support.demo", prism)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """The overlay against raw httpx on one loopback server, in one run; prints ratios."""
    _install_project(session)
    session.run("python", "-m", "tests.support.bench", *session.posargs)
