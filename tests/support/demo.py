"""`python3 dev.py -s demo`: cancels on every vendor through the CLI, each row saying what the mock
vendor was asked to play and why the outcome follows.

No credentials and no network: Prism mocks run on 127.0.0.1 from the documents in specs/,
and a loopback server in front of each adds Prism's `Prefer: code=...` header, which picks the
documented answer a row needs (the CLI sends no such header of its own). Where no answer
Prism can make from the document plays the part (Prism fills a body with each field's
first allowed value: an Ionworks pipeline `pending`, a Prefect run `SCHEDULED`), a fake
on 127.0.0.1 sends the body the vendor sends: Ionworks' canceled record, and what a real
Prefect 3.9.1 server answers (the `prefect_server` session observes both rows). Last, a
cancel confirmed with `--wait` against a scripted Kubiya whose execution reads `running`
twice and then `cancelled`. The commands are printed as patterns: the mocks stop with the
demo, so `<mock URL>` stands for a mock of your own (`prism mock specs/kubiya.yaml`).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

import attrs
import httpx

from tests.support.prism import mocks
from tests.support.samples import PREFECT_ENDED, kubiya_execution
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

KEYS = {
    "gumloop": {"GUMLOOP_API_KEY": "demo-personal-key", "GUMLOOP_USER_ID": "demo-user"},
    "vectorshift": {"VECTORSHIFT_API_KEY": "demo-key"},
    "ionworks": {"IONWORKS_API_KEY": "demo-key"},
    "runflow": {"RUNFLOW_ADMIN_KEY": "rf_svc_demo"},
    "kubiya": {"KUBIYA_API_KEY": "demo-key"},
    "prefect": {},  # a self-hosted Prefect server that needs no credential
}
REASON = ["--reason", "demo: stuck in retry loop"]


@attrs.frozen
class Row:
    vendor: str
    args: list[str]
    plays: str  # what the mock was asked to play
    why: str  # why the outcome follows from it
    expected: str  # the outcome, or the error's class
    prefer: int | None = None  # Prism's `Prefer: code=...`; None: a fake sends `fake`
    fake: Reply | None = None


ROWS = [
    Row("gumloop", ["run_demo_1"], "Prism: the kill page's 200", "success: true is Gumloop's yes",
        "canceled", prefer=200),
    Row("vectorshift", ["run_demo_2", "--pipeline-id", "pl_demo"], "Prism: the terminate page's 200",
        "status: success", "canceled", prefer=200),
    Row("ionworks", ["pl_demo_3"], "a fake: the record with status canceled",
        "the pipeline came back canceled (Prism's first status would be pending)", "canceled",
        fake=CASES["ionworks"].canceled),
    Row("runflow", ["01J0DEMO4", *REASON[:1], "demo: duplicate submission"], "Prism: the page's 201",
        "201 means this call cancelled the run", "canceled", prefer=201),
    Row("kubiya", ["8c2b1f0e-5d4a-4f3b-9e21-7a6c0d9b3e55", *REASON], "Prism: the terminate page's 200",
        "success: true", "canceled", prefer=200),
    Row("prefect", ["0c9a51d8-7a4f-4ed2-9d1b-3f1b1e0b6a52"], "a fake: Prefect 3.9.1's 201 ACCEPT",
        "the server moved the running run to CANCELLING", "canceled", fake=CASES["prefect"].canceled),
    Row("runflow", ["01J0DEMO7", *REASON[:1], "demo: duplicate submission"], "Prism: the page's 200",
        "200 returns the run unchanged: it had already ended", "already_finished", prefer=200),
    Row("prefect", ["5e7f3b1a-2c4d-4e6f-8a9b-0c1d2e3f4a5b"], "a fake: Prefect 3.9.1's 200 ABORT",
        "the run was already COMPLETED", "already_finished", fake=Reply.json(200, PREFECT_ENDED)),
    Row("gumloop", ["run_demo_9"], "Prism: the kill page's 401", "the key is refused",
        "AuthenticationError", prefer=401),
    Row("ionworks", ["pl_demo_10"], "Prism: the page's 200, status pending",
        "the answer says the pipeline did not stop", "NotCanceledError", prefer=200),
]  # fmt: skip
WAIT_RUN = ["exec-demo-6", *REASON, "--wait", "30"]


def prefer(upstream: str, code: int) -> MockServer:
    """A server on 127.0.0.1 that forwards each request to its Prism mock with Prism's
    `Prefer: code=...` header added, and answers with what Prism answered."""
    skip = {"host", "content-length", "transfer-encoding", "connection", "content-encoding"}

    def forward(received: Received) -> Reply:
        headers = {k: v for k, v in received.headers.items() if k.lower() not in skip}
        answer = httpx.request(
            received.method, upstream + received.path, headers={**headers, "Prefer": f"code={code}"},
            content=received.body, timeout=30,
        )  # fmt: skip
        kept = tuple((k, v) for k, v in answer.headers.items() if k.lower() not in skip)
        return Reply(answer.status_code, answer.content, kept)

    return MockServer(default=forward)


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


def _run(cli: str, vendor: str, args: list[str], url: str) -> tuple[int, dict[str, object]]:
    env = KEYS[vendor]
    shown = " ".join(f"{name}={shlex.quote(value)}" for name, value in env.items())  # demo values only
    pattern = shlex.join(["pipeline-cancel", vendor, *args]) + " --base-url '<mock URL>' --json"
    print(f"$ {shown + ' ' if shown else ''}{pattern}")
    proc = subprocess.run(
        [cli, vendor, *args, "--base-url", url, "--json"],
        capture_output=True, text=True, env={**os.environ, **env}, timeout=120, check=False,
    )  # fmt: skip
    try:
        data: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        data = {"error": "no output", "message": proc.stderr.strip()[-300:]}
    return proc.returncode, data


def _outcome(code: int, data: dict[str, object]) -> str:
    if code == 0:
        return str(data.get("outcome"))
    return str(data.get("error", "error"))


def main(argv: list[str]) -> int:
    prism = argv[0]
    cli = shutil.which("pipeline-cancel") or str(Path(sys.executable).parent / "pipeline-cancel")
    table: list[tuple[str, str, str, str, str]] = []
    wrong = 0
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        needed = tuple(dict.fromkeys(row.vendor for row in ROWS if row.prefer is not None))
        print(f"starting Prism mocks of {', '.join(needed)} on 127.0.0.1 ...")
        urls = stack.enter_context(mocks(prism, Path(tmp), needed))
        for row in ROWS:
            mock = prefer(urls[row.vendor], row.prefer) if row.prefer is not None else MockServer(row.fake)
            url = stack.enter_context(mock).url
            code, data = _run(cli, row.vendor, row.args, url)
            got = _outcome(code, data)
            detail = f" ({data['vendor_status']})" if code == 0 else f" (exit {code})"
            mark = "" if got == row.expected else f"  <- expected {row.expected}"
            wrong += got != row.expected
            table.append(
                (row.vendor, row.plays, got + detail + mark, row.why, str(data.get("http_status", "-")))
            )
    print("mocks stopped.\n")
    print("cancel and confirm (--wait) against a scripted Kubiya on 127.0.0.1:")
    with _scripted_kubiya() as kubiya:
        code, data = _run(cli, "kubiya", WAIT_RUN, kubiya.url)
        polls = sum(1 for r in kubiya.requests if r.method == "GET")
        confirmed = code == 0 and data.get("vendor_status") == "cancelled"
        wrong += not confirmed
        table.append(("kubiya --wait", "a fake: running, running, cancelled", f"{_outcome(code, data)}"
                      f" ({data.get('vendor_status', '-')})", f"{polls} status reads until it stopped",
                      str(data.get("http_status", "-"))))  # fmt: skip
    print()
    headers = ("vendor", "the mock plays", "outcome", "why", "HTTP")
    widths = [max(len(r[i]) for r in [headers, *table]) for i in range(len(headers))]
    for line in [headers, tuple("-" * w for w in widths), *table]:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    if wrong:
        print(f"\n{wrong} row(s) did not end as the mock's answer says they should")
        return 1
    print(
        "\nEvery row ended as its answer says: a cancel on each vendor, a run that had already"
        " ended, a refused key, an answer that did not stop the run, and a cancel confirmed with --wait."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
