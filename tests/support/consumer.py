"""`python3 dev.py -s consumer`: type-check tests/consumer/ the way a downstream SDK would.

Both `mypy --strict` and pyright in strict mode read `pipeline_cancel` and the
generated clients from the installed wheel (this interpreter's site-packages), not
from the source tree. `good.py` must check clean; every line of `bad.py` marked
`# error:` must be rejected by both, and no other line.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT

CONSUMER = ROOT / "tests" / "consumer"


def _installed_from() -> str:
    code = "import pipeline_cancel, kubiya_client; print(pipeline_cancel.__file__, kubiya_client.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=CONSUMER
    )
    return out.stdout.strip()


def _expected(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if re.search(r"\)\s+# error:", line)}


def mypy(path: Path) -> tuple[set[int], str]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(CONSUMER / "mypy.ini"),
            "--no-incremental",
            path.name,
        ],
        capture_output=True,
        text=True,
        cwd=CONSUMER,
    )
    lines = {int(m[1]) for m in re.finditer(rf"^{re.escape(path.name)}:(\d+): error:", proc.stdout, re.M)}
    return lines, proc.stdout


def pyright(binary: str, path: Path) -> tuple[set[int], str]:
    proc = subprocess.run(
        [binary, "--outputjson", "--pythonpath", sys.executable, "-p", str(CONSUMER), str(path)],
        capture_output=True,
        text=True,
        cwd=CONSUMER,
    )
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    text = "\n".join(f"{path.name}:{d['range']['start']['line'] + 1}: {d['message']}" for d in errors)
    return {d["range"]["start"]["line"] + 1 for d in errors}, text


def main(argv: list[str]) -> int:
    where = _installed_from()
    print(f"checking against the installed wheel: {where}")
    if str(ROOT / "overlay") in where or str(ROOT / "generated") in where:
        print("error: pipeline_cancel resolves to the source tree, not an installed wheel")
        return 1
    failed = False
    for checker, run in (("mypy --strict", mypy), ("pyright strict", lambda p: pyright(argv[0], p))):
        good_errors, output = run(CONSUMER / "good.py")
        if good_errors:
            print(f"FAIL {checker}: good.py must check clean:\n{output}")
            failed = True
        else:
            print(f"ok   {checker}: good.py checks clean")
        bad = CONSUMER / "bad.py"
        found, output = run(bad)
        expected = _expected(bad)
        if found != expected:
            print(
                f"FAIL {checker}: bad.py errors on lines {sorted(found)}, expected {sorted(expected)}"
                f" (missed {sorted(expected - found)}, unexpected {sorted(found - expected)}):\n{output}"
            )
            failed = True
        else:
            print(f"ok   {checker}: bad.py rejected on exactly the {len(expected)} marked lines")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
