"""`nox -s demo`: Prism mocks of all five vendors, one cancel on each through the CLI, and a table.

No credentials and no network: the mocks run on 127.0.0.1 from the documents in
specs/, and the CLI gets demo credentials and the mock's URL. Prism answers with
the first value its document allows, so a mock can say "not canceled" (Ionworks'
first status is `pending`); the table shows exactly what the CLI concluded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.prism import mocks

RUNS = {
    "gumloop": (["run_demo_1"], {"GUMLOOP_API_KEY": "demo-personal-key", "GUMLOOP_USER_ID": "demo-user"}),
    "vectorshift": (["run_demo_2", "--pipeline-id", "pl_demo"], {"VECTORSHIFT_API_KEY": "demo-key"}),
    "ionworks": (["pl_demo_3"], {"IONWORKS_API_KEY": "demo-key"}),
    "runflow": (
        ["01J0DEMO4", "--reason", "demo: duplicate submission"],
        {"RUNFLOW_ADMIN_KEY": "rf_svc_demo"},
    ),
    "kubiya": (["exec-demo-5", "--reason", "demo: stuck in retry loop"], {"KUBIYA_API_KEY": "demo-key"}),
}
# Exit codes that mean "the CLI and the mock agreed on a documented answer": stopped, or not canceled.
DOCUMENTED_OUTCOMES = {0, 4}


def main(argv: list[str]) -> int:
    prism = argv[0]
    cli = shutil.which("pipeline-cancel") or str(Path(sys.executable).parent / "pipeline-cancel")
    rows: list[tuple[str, str, str, str, str]] = []
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        print("starting Prism mocks of gumloop, vectorshift, ionworks, runflow, kubiya on 127.0.0.1 ...")
        with mocks(prism, Path(tmp), tuple(RUNS)) as urls:
            for vendor, (args, env) in RUNS.items():
                command = [cli, vendor, *args, "--base-url", urls[vendor], "--json"]
                started = time.perf_counter()
                proc = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    env={**os.environ, **env},
                    timeout=120,
                    check=False,
                )
                elapsed = f"{(time.perf_counter() - started) * 1000:.0f} ms"
                try:
                    data = json.loads(proc.stdout.strip().splitlines()[-1])
                except (ValueError, IndexError):
                    data = {}
                if proc.returncode == 0:
                    outcome = f"{data['outcome']} ({data['vendor_status']})"
                else:
                    outcome = f"{data.get('error', 'error')}: {data.get('message', proc.stderr.strip())}"
                rows.append((vendor, args[0], outcome, str(data.get("http_status", "-")), elapsed))
                failed |= proc.returncode not in DOCUMENTED_OUTCOMES
        print("mocks stopped.\n")
    headers = ("vendor", "run", "outcome", "HTTP", "time")
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    if failed:
        print("\nat least one cancel ended in an error the documents do not explain")
        return 1
    print("\nEvery cancel went through the CLI to a mock built from the vendor's own document.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
