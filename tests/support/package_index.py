"""A real package index on 127.0.0.1 (pypiserver, from requirements/index.txt), and clean environments.

The index asks for credentials to upload (an htpasswd file with one maintainer) and
never falls back to PyPI, so whatever pip or uv installs from it was published to it.
The environments see the runtime lock (httpx, attrs) and, for anything named
`pipeline-cancel*`, only the index: pip and uv run with no configuration file, no
extra index, no find-links and no cache.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs

from tests.support.paths import ROOT

RUNTIME_LOCK = ROOT / "requirements" / "runtime.txt"


@attrs.frozen
class Index:
    url: str  # where twine uploads
    packages: Path  # the folder it serves
    user: str
    password: str = attrs.field(repr=False)

    @property
    def simple(self) -> str:
        return f"{self.url}simple/"

    def files(self) -> set[str]:
        return {p.name for p in self.packages.iterdir()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_index(folder: Path, login: bool = True) -> Iterator[Index]:
    """pypiserver on a free loopback port, stopped (and its folder left) on exit; with `login=False`,
    one that takes uploads from anyone (`-a . -P .`), as many private indexes do."""
    packages = folder / "packages"
    packages.mkdir(parents=True)
    user, password = "maintainer", secrets.token_hex(12)
    sha1 = base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()  # noqa: S324 - htpasswd {SHA}
    htpasswd = folder / "htpasswd"
    htpasswd.write_text(f"{user}:{{SHA}}{sha1}\n")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port),
            *(["--passwords", str(htpasswd), "-a", "update"] if login else ["-P", ".", "-a", "."]),
            "--disable-fallback",
            "--log-stream", "none", str(packages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    index = Index(f"http://127.0.0.1:{port}/", packages, user, password)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(index.simple, timeout=2):  # noqa: S310 - loopback http
                    break
            except (urllib.error.URLError, OSError):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pypiserver did not start on port {port}") from None
                time.sleep(0.1)
        yield index
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def isolated_env(**extra: str) -> dict[str, str]:
    """This process's environment without any pip or uv setting, and with no configuration file."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "UV_", "VIRTUAL_ENV"))}
    return {
        **env,
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
        "UV_NO_CONFIG": "1",
        **extra,
    }


def run(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None, check: bool = True
) -> str:
    proc = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"{' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}"
        )
    return proc.stdout + proc.stderr


def interpreter(version: str) -> str:
    """`python<version>` as the noxfile found it (it puts pyenv's on PATH), else this one."""
    return shutil.which(f"python{version}") or sys.executable


def fresh_env(folder: Path, python: str = sys.executable) -> Path:
    """A new virtual environment holding only the runtime lock (hash-checked); its python."""
    run(python, "-m", "venv", folder)
    env_python = folder / "bin" / "python"
    run(env_python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--require-hashes", "-r", RUNTIME_LOCK)  # fmt: skip
    return env_python
