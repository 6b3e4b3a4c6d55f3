"""The operator's CLI with many ids, and Ctrl-C: run as a subprocess, against servers on 127.0.0.1.

An incident has hundreds of stuck runs: one process, one pool, a line per id in input
order, a summary, an exit status that says the worst that happened, progress on a
terminal, and a Ctrl-C that says what may have reached the vendor and what never left.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_cancel.cli_batch import most_serious

from tests.support.samples import DOCUMENTED, kubiya_execution
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

OK = DOCUMENTED["kubiya"][200][0]
ENDED = Reply.json(400, {"detail": "Cannot terminate workflow in status: completed"})
GONE = Reply.json(404, {"detail": "Execution not found"})
BROKEN = Reply.json(500, {"detail": "temporal is down"})
GARBLED = Reply(200, b"<html>not json</html>", (("Content-Type", "text/html"),))


def run_id_of(received: Received) -> str:
    return received.path.split("/")[4]


def mixed(received: Received) -> Reply:
    """e-N: every 5th gone, every 7th already ended, every 11th a server failure; the rest canceled."""
    n = int(run_id_of(received).removeprefix("e-"))
    if n % 5 == 0:
        return GONE
    if n % 7 == 0:
        return ENDED
    if n % 11 == 0:
        return BROKEN
    return OK


def expected(n: int) -> str:
    return "NotFoundError" if n % 5 == 0 else "already_finished" if n % 7 == 0 else (
        "ServerError" if n % 11 == 0 else "canceled"
    )  # fmt: skip


@pytest.fixture
def env() -> dict[str, str]:
    return {**os.environ, "KUBIYA_API_KEY": CASES["kubiya"].secret, "PIPELINE_CANCEL_LOG": ""}


def cli(
    env: dict[str, str], url: str, *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline_cancel", "kubiya", *args, "--base-url", url, "--max-retries", "0"],
        input=stdin, capture_output=True, text=True, env=env, timeout=120, cwd=cwd,
    )  # fmt: skip


IDS = [f"e-{n}" for n in range(1, 51)]
STDIN = "# stuck since the 04:00 deploy\n" + "\n".join(IDS[:25]) + "\n\n" + "\n".join(IDS[25:]) + "\ne-3\n"


def test_fifty_ids_from_stdin_one_line_each_in_input_order_and_a_summary(env: dict[str, str]) -> None:
    with MockServer(mixed) as server:
        proc = cli(
            env, server.url, "--from", "-", "--reason", "incident 4711", "--concurrency", "8", stdin=STDIN
        )
    lines = proc.stdout.splitlines()
    assert len(lines) == 51
    for n, line in zip(range(1, 51), lines, strict=False):
        outcome = expected(n)
        if outcome in ("canceled", "already_finished"):
            assert line.startswith(f"kubiya e-{n}: {outcome.replace('_', ' ')} (vendor status "), line
        else:
            assert line.startswith(f"kubiya e-{n}: error: {outcome}: "), line
    counts = {o: sum(expected(n) == o for n in range(1, 51)) for o in {expected(n) for n in range(1, 51)}}
    assert lines[-1] == (
        f"50 ids: {counts['canceled']} canceled, {counts['already_finished']} already finished,"
        f" {counts['NotFoundError']} NotFoundError, {counts['ServerError']} ServerError"
    )
    assert proc.stderr == "note: e-3 is given 2 times (line 4, line 53); sent once\n"  # no progress: no tty
    assert sorted(run_id_of(r) for r in server.requests) == sorted(IDS)  # each once
    assert proc.returncode == 3  # the vendor refused some


def test_json_lines_carry_the_single_id_fields_and_a_summary_object(env: dict[str, str]) -> None:
    with MockServer(mixed) as server:
        proc = cli(env, server.url, "--from", "-", "--reason", "r", "--json", stdin="\n".join(IDS[:10]))
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows[0] == {"vendor": "kubiya", "run_id": "e-1", "outcome": "canceled", "vendor_status": "success",
                       "http_status": 200}  # fmt: skip
    assert rows[4] == {"run_id": "e-5", "error": "NotFoundError", "vendor": "kubiya", "http_status": 404,
                       "message": rows[4]["message"]}  # fmt: skip
    assert "Execution not found" in rows[4]["message"]
    assert rows[6]["outcome"] == "already_finished"
    assert rows[-1] == {"summary": {"total": 10, "NotFoundError": 2, "already_finished": 1, "canceled": 7}}
    assert proc.stderr == ""


@pytest.mark.parametrize(
    ("replies", "status"),
    [
        ({"e-1": OK, "e-2": ENDED}, 0),
        ({"e-1": OK, "e-2": GONE}, 3),
        ({"e-1": GARBLED, "e-2": GONE}, 5),  # an answer nobody can read is worse than a refusal
    ],
)
def test_the_exit_status_is_the_most_serious_outcome(env: dict[str, str], replies: dict[str, Reply],
                                                      status: int) -> None:  # fmt: skip
    with MockServer(lambda r: replies[run_id_of(r)]) as server:
        proc = cli(env, server.url, "e-1", "e-2", "--reason", "r")
    assert proc.returncode == status, proc.stdout + proc.stderr


def test_severity_orders_every_status() -> None:
    assert most_serious([]) == 0
    assert most_serious([7, 3]) == 3
    assert most_serious([3, 4]) == 4
    assert most_serious([4, 5, 3]) == 5
    assert most_serious([5, 6]) == 6
    assert most_serious([6, 2]) == 2


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("e-1\ne-2\n..\n", "error: line 3: execution_id '..' is not an id"),
        ("e-1\n\n  # only a comment\n", None),
        ("\n# nothing\n\n", "error: standard input holds no run id (blank lines and # comments are skipped)"),
        ("e-1\n" + "x" * 2000 + "\n", "error: line 2: execution_id is 2000 characters long; no vendor's"),
    ],
)
def test_bad_input_is_named_by_line_and_nothing_is_sent(env: dict[str, str], stdin: str, message: str | None
                                                        ) -> None:  # fmt: skip
    with MockServer(OK) as server:
        proc = cli(env, server.url, "--from", "-", "--reason", "r", stdin=stdin)
    if message is None:  # blank lines and comments only skipped: the one id is sent
        assert proc.returncode == 0 and len(server.requests) == 1
        return
    assert proc.returncode == 9
    assert proc.stderr.startswith(message), proc.stderr
    assert proc.stderr.endswith("; nothing was sent\n")
    assert server.requests == []


def test_a_missing_file_and_ids_given_twice_over_are_refused(env: dict[str, str], tmp_path: Path) -> None:
    with MockServer(OK) as server:
        missing = cli(env, server.url, "--from", str(tmp_path / "nope.txt"), "--reason", "r")
        both = cli(env, server.url, "e-1", "--from", "-", "--reason", "r", stdin="e-2\n")
        no_id = cli(env, server.url, "--reason", "r")
    assert (missing.returncode, both.returncode, no_id.returncode) == (9, 9, 2)
    assert (
        missing.stderr
        == f"error: cannot read {tmp_path / 'nope.txt'}: No such file or directory; nothing was sent\n"
    )
    assert both.stderr == "error: give the run ids as arguments or with --from, not both; nothing was sent\n"
    assert "give a RUN_ID, several, or --from FILE" in no_id.stderr
    assert server.requests == []


# -- Ctrl-C ----------------------------------------------------------------------------------------


STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def reap() -> Iterator[None]:
    """Every CLI process a test started is gone after it, pipes closed, whatever the test did."""
    yield
    while STARTED:
        proc = STARTED.pop()
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def interruptible() -> None:
    """Ctrl-C's default for the child, whatever this process inherited: CI may start the suite with
    SIGINT ignored (a background job), which a child would inherit, and Python then installs no
    KeyboardInterrupt at all, as in any program started that way."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(env: dict[str, str], url: str, *args: str, cwd: Path) -> subprocess.Popen[str]:
    """The CLI as a process, in `cwd` (where an interrupted batch writes its file of unsent ids)."""
    return track(subprocess.Popen(
        [sys.executable, "-m", "pipeline_cancel", "kubiya", *args, "--base-url", url, "--max-retries", "0"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd,
        preexec_fn=interruptible,
    ))  # fmt: skip


def track(proc: subprocess.Popen[str]) -> subprocess.Popen[str]:
    STARTED.append(proc)
    return proc


def until(condition: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def reading_stdin(proc: subprocess.Popen[str]) -> bool:
    """Whether the process's main thread is blocked in read(0, ...): it got as far as reading the ids
    (Linux's /proc; a fixed sleep raced the interpreter's start on a loaded machine)."""
    try:
        return Path(f"/proc/{proc.pid}/syscall").read_text().startswith("0 0x0 ")
    except OSError:
        return False


def interrupt(proc: subprocess.Popen[str], stdin: str | None = None) -> tuple[int, str, str]:
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


def test_ctrl_c_during_one_request_says_it_may_have_reached_the_vendor(
    env: dict[str, str], tmp_path: Path
) -> None:
    with MockServer(Reply(OK.status, OK.body, OK.headers, delay=20)) as server:
        proc = start(env, server.url, "e-1", "--reason", "r", cwd=tmp_path)
        until(lambda: server.requests)
        code, out, err = interrupt(proc)
    assert code == 130
    assert out == ""
    assert err == (
        "interrupted while the cancel of e-1 was being sent: kubiya may have acted on it;"
        " check it with `pipeline-cancel status kubiya e-1`\n"
    )


def test_ctrl_c_while_waiting_says_the_cancel_was_accepted(env: dict[str, str], tmp_path: Path) -> None:
    def answer(received: Received) -> Reply:
        return OK if received.method == "POST" else Reply.json(200, kubiya_execution("running"))

    run = "00000000-0000-0000-0000-000000000001"
    with MockServer(answer) as server:
        proc = start(env, server.url, run, "--reason", "r", "--wait", "60", cwd=tmp_path)
        until(lambda: any(r.method == "GET" for r in server.requests))
        code, _, err = interrupt(proc)
    assert code == 130
    assert err == (
        f"interrupted while waiting: kubiya accepted the cancel of {run};"
        f" check it with `pipeline-cancel status kubiya {run}`\n"
    )


def test_ctrl_c_in_a_batch_names_what_was_in_flight_and_writes_exactly_the_unsent_ids(
    env: dict[str, str], tmp_path: Path
) -> None:
    ids = [f"e-{n}" for n in range(1, 21)]
    with MockServer(lambda r: Reply(OK.status, OK.body, OK.headers, delay=0 if r.path.split("/")[4] in
                                    ("e-1", "e-2") else 30)) as server:  # fmt: skip
        proc = start(env, server.url, "--from", "-", "--reason", "r", "--concurrency", "3", cwd=tmp_path)
        assert proc.stdin is not None
        proc.stdin.write("\n".join(ids) + "\n")
        proc.stdin.close()
        proc.stdin = None  # given whole: communicate() has nothing more to send
        until(lambda: len(server.requests) == 5)  # e-1, e-2 answered; e-3..e-5 held by the server
        time.sleep(0.3)  # nothing else may start: the gate is full
        code, out, err = interrupt(proc)
    assert code == 130
    assert out.splitlines() == [
        "kubiya e-1: canceled (vendor status 'success', HTTP 200)",
        "kubiya e-2: canceled (vendor status 'success', HTTP 200)",
    ]
    match = re.fullmatch(
        r"interrupted: 2 of 20 ids done \(their lines are above\); 3 in flight, which kubiya may have acted"
        r" on: e-3, e-4, e-5; check them with `pipeline-cancel status kubiya ID`; 15 never sent, listed in"
        r" (\S+); resume with `pipeline-cancel kubiya --reason r --base-url http://127\.0\.0\.1:\d+"
        r" --max-retries 0 --concurrency 3 --from \1`\n",
        err,
    )
    assert match, err
    unsent = (tmp_path / match.group(1)).read_text().splitlines()
    assert unsent == ids[5:]
    assert not {run_id_of(r) for r in server.requests} & set(unsent)


def test_ctrl_c_before_anything_is_sent_says_so(env: dict[str, str], tmp_path: Path) -> None:
    with MockServer(OK) as server:
        proc = start(env, server.url, "--from", "-", "--reason", "r", cwd=tmp_path)  # waits on stdin
        until(lambda: reading_stdin(proc), seconds=60)
        code, out, err = interrupt(proc)
    assert (code, out, err) == (130, "", "interrupted before anything was sent\n")
    assert server.requests == []


# -- progress --------------------------------------------------------------------------------------


def test_progress_is_one_line_redrawn_on_a_terminal_and_cleared_at_the_end(env: dict[str, str]) -> None:
    slow = Reply(OK.status, OK.body, OK.headers, delay=0.05)
    leader, follower = pty.openpty()
    with MockServer(slow) as server:
        proc = track(subprocess.Popen(
            [sys.executable, "-m", "pipeline_cancel", "kubiya", "--from", "-", "--reason", "r",
             "--concurrency", "2", "--base-url", server.url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=follower, text=True, env=env,
        ))  # fmt: skip
        os.close(follower)
        out, _ = proc.communicate("\n".join(IDS[:30]), timeout=60)
        seen = b""
        while select.select([leader], [], [], 0.5)[0]:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        os.close(leader)
    text = seen.decode()
    assert proc.returncode == 0
    assert "\r\x1b[K" in text and "/30 done: " in text and "/s, ~" in text
    assert text.endswith("\r\x1b[K")  # gone at the end
    assert "\n" not in text  # one line, redrawn in place
    assert "\r" not in out and len(out.splitlines()) == 31  # the output itself never carries it


def test_ctrl_c_for_a_vendor_without_a_status_operation_names_no_status_command() -> None:
    env = {**os.environ, "VECTORSHIFT_API_KEY": "vs-key-123456"}
    with MockServer(
        Reply(200, b'{"status": "success"}', (("Content-Type", "application/json"),), delay=20)
    ) as s:
        proc = track(subprocess.Popen(
            [sys.executable, "-m", "pipeline_cancel", "vectorshift", "r-1", "--pipeline-id", "p",
             "--base-url", s.url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, preexec_fn=interruptible,
        ))  # fmt: skip
        until(lambda: s.requests)
        code, _, err = interrupt(proc)
    assert code == 130
    assert err == "interrupted while the cancel of r-1 was being sent: vectorshift may have acted on it\n"


def test_a_second_ctrl_c_ends_at_once(env: dict[str, str], tmp_path: Path) -> None:
    """The first Ctrl-C starts the clean stop; a second, while it runs, ends the process there."""
    with MockServer(Reply(OK.status, OK.body, OK.headers, delay=30)) as server:
        proc = start(env, server.url, "--from", "-", "--reason", "r", "--concurrency", "4", cwd=tmp_path)
        assert proc.stdin is not None
        proc.stdin.write("\n".join(IDS) + "\n")
        proc.stdin.close()
        proc.stdin = None
        until(lambda: len(server.requests) == 4)
        proc.send_signal(signal.SIGINT)
        proc.send_signal(signal.SIGINT)
        started = time.monotonic()
        proc.communicate(timeout=30)
    assert time.monotonic() - started < 10
    assert proc.returncode in (130, -signal.SIGINT)
