"""Run nox from a fresh machine: `python3 dev.py [nox arguments]`.

Creates .bootstrap/ (a virtual environment holding only the pinned nox, installed
from requirements/bootstrap.txt with its hashes checked) on first use, then hands
every argument to nox. Nothing is installed outside the repo, so it works the same
on a system Python that refuses global installs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
HOME = ROOT / ".bootstrap"
LOCK = ROOT / "requirements" / "bootstrap.txt"


def main() -> int:
    bindir = HOME / ("Scripts" if os.name == "nt" else "bin")
    stamp = HOME / "installed.txt"
    wanted = LOCK.read_text()
    if not stamp.is_file() or stamp.read_text() != wanted:
        venv.EnvBuilder(with_pip=True, clear=True).create(HOME)
        install = [str(bindir / "python"), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(LOCK)]
        subprocess.run(install, check=True)
        stamp.write_text(wanted)
    return subprocess.call([str(bindir / "nox"), "-f", str(ROOT / "noxfile.py"), *sys.argv[1:]], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
