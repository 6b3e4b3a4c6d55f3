"""`python3 dev.py -s demo`: one cancel on each vendor through the CLI, and a table.

No credentials and no network: Prism mocks run on 127.0.0.1 from the documents in
specs/, and the CLI gets demo credentials and the mock's URL. Prism answers with
the first value its document allows, so a mock can say "not canceled" (Ionworks'
first status is `pending`); the table shows exactly what the CLI concluded. Prism's
fixed answers never reach a final state, so the cancel-and-confirm run (`--wait`)
goes to a small scripted Kubiya on 127.0.0.1 whose execution reads `running` twice
and then `cancelled`. Every command is printed as it runs, ready to copy.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.prism import mocks
from tests.support.samples import kubiya_execution
from tests.support.server import MockServer, Received, Reply

RUNS = {
    "gumloop": (["run_demo_1"], {"GUMLOOP_API_KEY": "demo-personal-key", "GUMLOOP_USER_ID": "demo-user"}),
    "vectorshift": (["run_demo_2", "--pipeline-id", "pl_demo"], {"VECTORSHIFT_API_KEY": "demo-key"}),
    "ionworks": (["pl_demo_3"], {"IONWORKS_API_KEY": "demo-key"}),
    "runflow": (
        ["01J0DEMO4", "--reason", "demo: duplicate submission"],
        {"RUNFLOW_ADMIN_KEY": "rf_svc_demo"},
    ),
    "kubiya": (["exec-demo-5", "--reason", "demo: stuck in retry loop"], {"KUBIYA_API_KEY": "demo-key"}),
    "prefect": (["9b2f6d4e-1c3a-4f5b-8e7d-6a0c2b4d8f10"], {}),  # a self-hosted server needing no credential
}
# Exit codes that mean "the CLI and the mock agreed on a documented answer": stopped, or not canceled.
DOCUMENTED_OUTCOMES = {0, 4}
WAIT_RUN = ["exec-demo-6", "--reason", "demo: stuck in retry loop", "--wait", "30"]


def _scripted_kubiya() -> MockServer:
    """A Kubiya that accepts the terminate and reports the execution running, running, cancelled."""
    states = ["running", "running", "cancelled"]

    def reply(received: Received) -> Reply:
        if received.method == "POST":
            return Reply.json(
                200, {"success": True, "workflow_id": "wf-demo", "terminated_at": "2026-11-23T10:00:00Z"}
            )
        state = states.pop(0) if len(states) > 1 else states[0]
        return Reply.json(200, kubiya_execution(state))

    return MockServer(default=reply)


def _run(
    cli: str, vendor: str, args: list[str], env: dict[str, str], url: str
) -> tuple[int, dict[str, object], str]:
    command = [cli, vendor, *args, "--base-url", url, "--json"]
    shown = " ".join(f"{name}={shlex.quote(value)}" for name, value in env.items())  # demo values only
    print(f"$ {shown} {shlex.join(['pipeline-cancel', *command[1:]])}")
    started = time.perf_counter()
    proc = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **env}, timeout=120, check=False
    )
    elapsed = f"{(time.perf_counter() - started) * 1000:.0f} ms"
    try:
        data: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        data = {}
    return proc.returncode, data, elapsed


def main(argv: list[str]) -> int:
    prism = argv[0]
    cli = shutil.which("pipeline-cancel") or str(Path(sys.executable).parent / "pipeline-cancel")
    rows: list[tuple[str, str, str, str, str]] = []
    failed = False

    def add(vendor: str, run: str, code: int, data: dict[str, object], elapsed: str) -> None:
        nonlocal failed
        if code == 0:
            outcome = f"{data['outcome']} ({data['vendor_status']})"
        else:
            outcome = f"{data.get('error', 'error')}: {data.get('message', '')}"
        rows.append((vendor, run, outcome, str(data.get("http_status", "-")), elapsed))
        failed |= code not in DOCUMENTED_OUTCOMES

    with tempfile.TemporaryDirectory() as tmp:
        print("starting Prism mocks of gumloop, vectorshift, ionworks, runflow, kubiya on 127.0.0.1 ...")
        with mocks(prism, Path(tmp), tuple(RUNS)) as urls:
            for vendor, (args, env) in RUNS.items():
                add(vendor, args[0], *_run(cli, vendor, args, env, urls[vendor]))
        print("mocks stopped.\n")
    print("cancel and confirm (--wait) against a scripted Kubiya on 127.0.0.1:")
    with _scripted_kubiya() as kubiya:
        code, data, elapsed = _run(cli, "kubiya", WAIT_RUN, {"KUBIYA_API_KEY": "demo-key"}, kubiya.url)
        add("kubiya --wait", WAIT_RUN[0], code, data, elapsed)
        polls = sum(1 for r in kubiya.requests if r.method == "GET")
        print(f"  the terminate was accepted; {polls} status reads later the execution read 'cancelled'\n")
        failed |= data.get("vendor_status") != "cancelled"
    headers = ("vendor", "run", "outcome", "HTTP", "time")
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    if failed:
        print("\nat least one cancel ended in an error the documents do not explain")
        return 1
    print(
        "\nEvery cancel went through the CLI to a mock built from the vendor's own document;"
        " the last one was confirmed with --wait."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
