"""Run nox from a fresh machine: `python3 dev.py [nox arguments]`.

Creates .bootstrap/ (a virtual environment holding only the pinned nox, installed
from requirements/bootstrap.txt with its hashes checked) on first use, then hands
every argument to nox. Nothing is installed outside the repo, so it works the same
on a system Python that refuses global installs.

With no arguments it runs CI's checks (the noxfile's default sessions) in the lanes
`tools/sessions.py` names, side by side: one lane prints as it runs, each other writes
to `.nox/lanes/<n>.log`, printed once it and the first lane have ended. The exit status is
the first failing lane's, or 0.
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


def bootstrap() -> Path:
    """The pinned nox, installed once per lock."""
    bindir = HOME / ("Scripts" if os.name == "nt" else "bin")
    stamp = HOME / "installed.txt"
    wanted = LOCK.read_text()
    if not stamp.is_file() or stamp.read_text() != wanted:
        venv.EnvBuilder(with_pip=True, clear=True).create(HOME)
        install = [str(bindir / "python"), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(LOCK)]
        subprocess.run(install, check=True)
        stamp.write_text(wanted)
    return bindir / "nox"


def run_lanes(nox: list[str]) -> int:
    """Every lane at once; the first on this terminal, the others into logs shown after it ends."""
    sys.path.insert(0, str(ROOT))
    from tools.sessions import LANES

    logs = ROOT / ".nox" / "lanes"
    logs.mkdir(parents=True, exist_ok=True)
    others = []
    for number, lane in enumerate(LANES[1:], 2):
        log = logs / f"{number}.log"
        with log.open("wb") as out:  # the child holds its own descriptor
            child = subprocess.Popen([*nox, "-s", *lane], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        others.append((number, lane, log, child))
    print(f"dev.py: lane 1 ({' '.join(LANES[0])}) below; ", end="")
    print("; ".join(f"lane {n} ({' '.join(ln)}) into {log.relative_to(ROOT)}" for n, ln, log, _ in others))
    sys.stdout.flush()
    codes = [subprocess.call([*nox, "-s", *LANES[0]], cwd=ROOT)]
    for number, _lane, log, child in others:
        codes.append(child.wait())
        print(f"\n---- lane {number}: {log.relative_to(ROOT)} (exit status {codes[-1]}) ----", flush=True)
        sys.stdout.buffer.write(log.read_bytes())
        sys.stdout.flush()
    failed = [str(n) for n, code in enumerate(codes, 1) if code]
    print(f"\ndev.py: {'lane(s) ' + ', '.join(failed) + ' failed' if failed else 'every lane passed'}")
    return next((code for code in codes if code), 0)  # the first lane's failure, in lane order


def main() -> int:
    nox = [str(bootstrap()), "-f", str(ROOT / "noxfile.py")]
    if not sys.argv[1:]:
        return run_lanes(nox)
    return subprocess.call([*nox, *sys.argv[1:]], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
