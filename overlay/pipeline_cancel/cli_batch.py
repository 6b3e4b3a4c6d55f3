"""`pipeline-cancel VENDOR ID ID ...` and `--from FILE`: many runs through `cancel_many`, one line
each in input order as soon as it and those before it are known, a summary, and a clean stop.

On Ctrl-C an operator must know what the vendor may have done: the ids whose lines are
printed are done; those in flight were sent and may have been acted on; the rest were
never sent, and go to a file that `--from` takes to resume.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

import anyio

from pipeline_cancel import bulk, errors
from pipeline_cancel._constants import DEFAULT_CONCURRENCY, DEFAULT_MAX_RETRIES
from pipeline_cancel.bulk import Outcome
from pipeline_cancel.inputs import InputValue, RunInput
from pipeline_cancel.progress import Progress, describe
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor

PENDING, IN_FLIGHT, DONE = 0, 1, 2
INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process the signal ended (cli.EXIT_INTERRUPTED)


def kind(outcome: Outcome[object]) -> str:
    """What a summary counts: the outcome, or the error's class."""
    return outcome.outcome if isinstance(outcome, CancelResult) else type(outcome).__name__


def as_line(outcome: Outcome[object], run_id: str, vendor: str, as_json: bool) -> str:
    """The line a single id prints (its sentence, or its JSON object) for one id of many."""
    if isinstance(outcome, CancelResult):
        if as_json:
            fields = ("vendor", "run_id", "outcome", "vendor_status", "http_status")
            return json.dumps({name: getattr(outcome, name) for name in fields})
        what = "canceled" if outcome.outcome == "canceled" else "already finished"
        return (
            f"{outcome.vendor} {outcome.run_id}: {what} (vendor status {outcome.vendor_status!r},"
            f" HTTP {outcome.http_status})"
        )
    if as_json:
        error = {
            "error": type(outcome).__name__,
            "vendor": outcome.vendor,
            "http_status": outcome.http_status,
        }
        return json.dumps({"run_id": run_id, **error, "message": outcome.message})
    return f"{vendor} {run_id}: error: {type(outcome).__name__}: {outcome.message}"


def summary(counts: Mapping[str, int], total: int, as_json: bool) -> str:
    if as_json:
        return json.dumps({"summary": {"total": total, **dict(sorted(counts.items()))}})
    return f"{total} ids: {describe(counts)}"


class Batch:
    """The events of one bulk cancel, printed in input order, with the progress line kept apart."""

    def __init__(
        self,
        vendor: str,
        ids: Sequence[str],
        as_json: bool,
        out: TextIO,
        progress: Progress,
        exit_code: Callable[[errors.PipelineCancelError], int],
    ) -> None:
        self.vendor, self.ids, self.as_json, self.out, self.progress = vendor, ids, as_json, out, progress
        self.state = [PENDING] * len(ids)
        self.outcomes: list[Outcome[object] | None] = [None] * len(ids)
        self.printed = 0
        self.counts: Counter[str] = Counter()
        self.codes: list[int] = []
        self._exit_code = exit_code

    def started(self, index: int) -> None:
        self.state[index] = IN_FLIGHT

    def finished(self, index: int, outcome: Outcome[object]) -> None:
        self.state[index] = DONE
        self.outcomes[index] = outcome
        self.counts[kind(outcome)] += 1
        if isinstance(outcome, errors.PipelineCancelError):
            self.codes.append(self._exit_code(outcome))
        ready = []
        while self.printed < len(self.ids) and (got := self.outcomes[self.printed]) is not None:
            ready.append(as_line(got, self.ids[self.printed], self.vendor, self.as_json))
            self.printed += 1
        if ready:
            self.progress.clear()
            self.out.write("".join(line + "\n" for line in ready))
            self.out.flush()
        self.progress.update(sum(self.counts.values()), self.counts)

    def unsent(self) -> list[str]:
        return [run_id for run_id, state in zip(self.ids, self.state, strict=True) if state == PENDING]

    def in_flight(self) -> list[str]:
        return [run_id for run_id, state in zip(self.ids, self.state, strict=True) if state == IN_FLIGHT]


def _resume_file(ids: Sequence[str], vendor: str) -> str:
    """The never-sent ids, one per line, in a new file here (or in the temp folder if here is
    read-only); its path."""
    for folder in (os.getcwd(), tempfile.gettempdir()):
        try:
            handle, path = tempfile.mkstemp(
                prefix=f"pipeline-cancel-{vendor}-unsent-", suffix=".txt", dir=folder
            )
        except OSError:
            continue
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write("".join(f"{run_id}\n" for run_id in ids))
        return os.path.relpath(path) if folder == os.getcwd() else path
    return "(no file could be written)"


def interrupted_line(batch: Batch, command: str, has_status: bool) -> str:
    done = sum(state == DONE for state in batch.state)
    flying, unsent = batch.in_flight(), batch.unsent()
    parts = [f"interrupted: {done} of {len(batch.ids)} ids done (their lines are above)"]
    if flying:
        shown = ", ".join(flying[:10]) + (f" and {len(flying) - 10} more" if len(flying) > 10 else "")
        check = f"; check them with `pipeline-cancel status {batch.vendor} ID`" if has_status else ""
        parts.append(f"{len(flying)} in flight, which {batch.vendor} may have acted on: {shown}{check}")
    if unsent:
        path = _resume_file(unsent, batch.vendor)
        parts.append(f"{len(unsent)} never sent, listed in {path}; resume with `{command} --from {path}`")
    else:
        parts.append("none left unsent")
    return "; ".join(parts)


def run(
    vendor: Vendor[object, object, object],
    ids: Sequence[str],
    inputs: Mapping[str, InputValue],
    wait: float | None,
    concurrency: int,
    as_json: bool,
    out: TextIO,
    err: TextIO,
    exit_code: Callable[[errors.PipelineCancelError], int],
    command: str,
) -> int:
    """Cancel `ids`; print each line, the summary, and return the exit status (see cli.EXIT_HELP)."""
    progress = Progress(len(ids), err, enabled=err.isatty())
    batch = Batch(vendor.name, ids, as_json, out, progress, exit_code)
    kwargs: dict[str, object] = {**inputs, "wait": wait}
    try:
        anyio.run(bulk._acancel_many, vendor, list(ids), concurrency, (), kwargs, batch)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # a second Ctrl-C ends the process at once
        progress.clear()
        err.write(interrupted_line(batch, command, bool(vendor._status_responses)) + "\n")
        err.flush()
        return INTERRUPTED
    progress.clear()
    out.write(summary(batch.counts, len(ids), as_json) + "\n")
    out.flush()
    return most_serious(batch.codes)


def resume_command(
    vendor: str,
    inputs: Mapping[str, InputValue],
    declared: tuple[RunInput, ...],
    options: Mapping[str, object],
) -> str:
    """What to run to resume with the ids never sent (they go in a file for `--from`)."""
    words = ["pipeline-cancel", vendor]
    for item in declared:
        if item.name in inputs:
            words += [item.flag, str(inputs[item.name])]
    for flag, value, default in (
        ("--base-url", options["base_url"], None),
        ("--wait", options["wait"], None),
        ("--timeout", options["timeout"], None),
        ("--max-retries", options["max_retries"], DEFAULT_MAX_RETRIES),
        ("--concurrency", options["concurrency"], DEFAULT_CONCURRENCY),
    ):
        if value != default:
            words += [flag, str(value)]
    words += ["--json"] if options["json"] else []
    return shlex.join(words)


# Most serious first: what leaves the operator knowing least comes first.
SEVERITY = (2, 6, 5, 4, 3, 7)


def most_serious(codes: Sequence[int]) -> int:
    for code in SEVERITY:
        if code in codes:
            return code
    return max(codes, default=0)
