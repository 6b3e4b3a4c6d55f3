"""`pipeline-cancel VENDOR RUN_ID...`: stop runs now, from a shell, with credentials from the environment.

One id is one request and one line; several (or `--from FILE`, `-` for standard input) go
through `cancel_many` (cli_batch.py). Ctrl-C ends either with one line saying what may
have reached the vendor, and exit status 130, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Mapping
from typing import NoReturn

from pipeline_cancel import _logs, errors
from pipeline_cancel._constants import DEFAULT_CONCURRENCY, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from pipeline_cancel._version import __version__
from pipeline_cancel.cli_input import InputError, check_each, read_ids, stray_ids
from pipeline_cancel.confirm import confirm
from pipeline_cancel.inputs import InputValue, RunInput
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor
from pipeline_cancel.vendors import REGISTRY, vendor_class

EXIT_OK = 0
EXIT_USAGE = 2  # bad arguments or configuration; nothing was sent
EXIT_VENDOR_ERROR = 3  # the vendor refused: 4xx or 5xx
EXIT_NOT_CANCELED = 4  # the vendor answered 2xx but did not stop the run
EXIT_UNEXPECTED = 5  # undocumented status or a body that does not match the document
EXIT_TRANSPORT = 6  # no answer: timeouts, connection failures, after retries
EXIT_NOT_CONFIRMED = 7  # --wait: the cancel was accepted, but the run was not seen to stop in time
EXIT_NOT_TERMINAL = 8  # `status`: the run has not reached a final state yet
EXIT_BAD_INPUT = 9  # an id that is not one, an unreadable --from file, or no id at all; nothing sent
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT): one line says what may have reached the vendor

EXIT_HELP = """\
exit codes:
  0 canceled or already finished    2 usage or configuration (nothing sent)
  3 the vendor refused (4xx/5xx)    4 the vendor answered but did not stop the run
  5 unexpected response             6 transport failure after retries
  7 --wait: accepted, but the run was not seen to stop in time
  9 bad input: an id that is not one, an unreadable --from file, no id (nothing sent)
  130 interrupted (Ctrl-C): one line says what was sent and what was not
  status: 0 the run is in a final state, 8 it is not yet; errors as above
  many ids: 0 when every id ended canceled or already finished, else the most
  serious status among them, in this order: 2, 6, 5, 4, 3, 7

many ids: pipeline-cancel VENDOR ID ID ... or --from FILE (- for standard input), one id
a line, blank lines and # comments skipped, each id sent once; one line per id in input
order (JSON Lines with --json), then a summary line.
reading a run's state: pipeline-cancel status VENDOR RUN_ID [--json]
"""


def vendor_help() -> str:
    """The vendors and their variables, from each class (imported only when help is shown)."""
    lines = ["vendors and their environment variables:"]
    also = []
    for name in REGISTRY:
        cls = vendor_class(name)
        lines.append(f"  {name:12} {cls.cli_help}")
        others = [var for var in cls.base_url_env if var != f"{name.upper()}_BASE_URL"]
        if others:
            also.append(f"{cls.__name__}: {', '.join(others)} too")
    lines.append(f"  every vendor also reads <VENDOR>_BASE_URL ({'; '.join(also)}).")
    return "\n".join(lines) + "\n\n" + EXIT_HELP


def versions() -> str:
    """The overlay's version and each installed client's: what a bug report needs."""
    from importlib import metadata

    lines = [f"pipeline-cancel {__version__}"]
    for name in REGISTRY:
        dist = f"pipeline-cancel-{name}-client"
        try:
            lines.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{dist} (not installed)")
    return "\n".join(lines)


class _Version(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(versions())
        parser.exit(EXIT_OK)


class _Parser(argparse.ArgumentParser):
    def format_help(self) -> str:
        self.epilog = vendor_help()
        return super().format_help()

    def error(self, message: str) -> NoReturn:  # argparse exits 2 too; keep its message, add the hint
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\nRun `{self.prog} --help` for the vendors.\n")


# The options every vendor shares, and which of them take no value: what is needed to find
# VENDOR in argv without knowing any vendor's own flags.
_SWITCHES = frozenset({"-h", "--help", "--version", "--json", "-v", "--verbose"})  # all others take a value
VERBOSE_HELP = "log each attempt, retry and outcome on stderr"


def named_vendor(argv: list[str]) -> str | None:
    """The VENDOR argument as written: the first word that is neither an option nor an option's
    value (every vendor's input flag takes a value). None when there is none."""
    value_next = False
    for word in argv:
        if value_next:
            value_next = False
        elif word.startswith("-") and word != "-":
            value_next = "=" not in word and word not in _SWITCHES
        else:
            return word
    return None


def input_flags(argv: list[str]) -> list[tuple[RunInput, str]]:
    """The flags of the vendor `argv` names, from its declared inputs (one vendor module, one client
    imported); for `--help` without a known vendor, every vendor's, each with who takes it."""
    name = (named_vendor(argv) or "").lower()
    if name in REGISTRY:
        return [(d, d.help + (" (required)" if d.required else "")) for d in vendor_class(name).inputs]
    if not _SWITCHES.intersection(("-h", "--help")).intersection(argv):
        return []
    merged: dict[str, tuple[RunInput, list[str]]] = {}
    for vendor in REGISTRY:
        cls = vendor_class(vendor)
        for d in cls.inputs:
            said = f"{REGISTRY[vendor][0]}{' (required)' if d.required else ''}: {d.help}"
            merged.setdefault(d.name, (d, []))[1].append(said)
    return [(d, "; ".join(said)) for d, said in merged.values()]


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pipeline-cancel",
        description="Cancel a run on a workflow vendor. Credentials come from the environment.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="print the versions of the package and clients"
    )
    parser.add_argument(
        "vendor", type=str.lower, choices=sorted(REGISTRY), metavar="VENDOR", help=", ".join(REGISTRY)
    )
    parser.add_argument(
        "run_ids",
        nargs="*",
        metavar="RUN_ID",
        help="the run (Ionworks: pipeline; Kubiya: execution) id, or several",
    )
    for declared, text in input_flags(sys.argv[1:] if argv is None else argv):
        parser.add_argument(
            declared.flag,
            dest=f"input_{declared.name}",
            metavar=declared.name.upper(),
            type=declared.type,
            help=text,
        )
    parser.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="read the ids from FILE, one a line (- for standard input); # comments and blank lines skipped",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        help=f"requests in flight at once with many ids (default {DEFAULT_CONCURRENCY})",
    )
    parser.add_argument("--base-url", help="override the vendor's API base URL")
    parser.add_argument("--timeout", type=float, help=f"seconds per attempt (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULT_MAX_RETRIES,
        help="retries on 429/502/503/504 and connection errors",
    )
    parser.add_argument(
        "--wait",
        type=float,
        metavar="SECONDS",
        help="after the vendor accepts, read the run's state until it has stopped (not VectorShift)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per id (and the summary) instead of sentences",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
    parser.usage = parser.format_usage().removeprefix("usage: ").rstrip() + f"\n       {STATUS_USAGE}"
    return parser


STATUS_USAGE = (
    "pipeline-cancel status [-h] [--base-url BASE_URL] [--timeout TIMEOUT] [--json] [-v] VENDOR RUN_ID"
)


def build_status_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pipeline-cancel status",
        description="Read a run's state from the vendor's status operation (credentials from the env).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "vendor", type=str.lower, choices=sorted(REGISTRY), metavar="VENDOR", help=", ".join(REGISTRY)
    )
    parser.add_argument("run_id", metavar="RUN_ID", help="the run (Ionworks: pipeline; Kubiya: execution) id")
    parser.add_argument("--base-url", help="override the vendor's API base URL")
    parser.add_argument("--timeout", type=float, help=f"seconds per attempt (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a sentence")
    parser.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
    return parser


def _exit_code(exc: errors.PipelineCancelError) -> int:
    if isinstance(exc, errors.ConfigurationError):
        return EXIT_USAGE
    if isinstance(exc, errors.APIStatusError):
        return EXIT_VENDOR_ERROR
    if isinstance(exc, errors.NotCanceledError):
        return EXIT_NOT_CANCELED
    if isinstance(exc, errors.NotConfirmedError):
        return EXIT_NOT_CONFIRMED
    if isinstance(exc, errors.TransportError):
        return EXIT_TRANSPORT
    return EXIT_UNEXPECTED


def _report(result: CancelResult[object], as_json: bool) -> None:
    if as_json:
        fields = ("vendor", "run_id", "outcome", "vendor_status", "http_status")
        print(json.dumps({name: getattr(result, name) for name in fields}))
    else:
        what = "canceled" if result.outcome == "canceled" else "already finished"
        print(
            f"{result.vendor} {result.run_id}: {what} (vendor status {result.vendor_status!r}, "
            f"HTTP {result.http_status})"
        )


def _report_error(exc: errors.PipelineCancelError, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "error": type(exc).__name__,
                    "vendor": exc.vendor,
                    "http_status": exc.http_status,
                    "message": exc.message,
                }
            )
        )
    print(f"error: {exc}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["status"]:
        return status_main(argv[1:])
    parser = build_parser(argv)
    args, unknown = parser.parse_known_args(argv)
    args.run_ids += stray_ids(unknown)  # after an unknown flag, argparse stops taking RUN_IDs
    if args.verbose:
        _logs.to_stderr(logging.DEBUG)
    many = args.from_file is not None or len(args.run_ids) > 1
    if not many and not args.run_ids:
        parser.error("give a RUN_ID, several, or --from FILE")
    sent = _Sent()
    try:
        cls = vendor_class(args.vendor)
        given: dict[str, object] = {
            key.removeprefix("input_"): value for key, value in vars(args).items() if key.startswith("input_")
        }
        flags = [word for word in unknown if word.startswith("--")]
        odd = [word for word in unknown if word.startswith("-") and word not in flags and word != "-"]
        if odd:
            parser.error(f"unrecognized arguments: {' '.join(odd)}")
        for flag in flags:  # another vendor's input, or a misspelled one: refused with its name
            given[flag[2:].split("=", 1)[0].replace("-", "_")] = flag
        inputs = cls.check_inputs(given, spell=True)
        ids = read_ids(args.run_ids, args.from_file) if many else None
        with cls.from_env(
            base_url=args.base_url, timeout=args.timeout, max_retries=args.max_retries
        ) as vendor:
            if ids is not None:
                vendor._check_wait(args.wait)
                check_each(ids, lambda run_id: vendor._build(run_id, inputs))
                for run_id, places in ids.repeated.items():
                    print(f"note: {run_id} is given {len(places)} times ({', '.join(places)}); sent once",
                          file=sys.stderr)  # fmt: skip
                from pipeline_cancel import cli_batch  # anyio and the bulk path: only for many ids

                command = cli_batch.resume_command(args.vendor, inputs, cls.inputs, vars(args))
                sent.phase = "batch"
                return cli_batch.run(
                    vendor, ids.ids, inputs, args.wait, args.concurrency, args.json,
                    sys.stdout, sys.stderr, _exit_code, command,
                )  # fmt: skip
            result = _cancel_one(vendor, args.run_ids[0], inputs, args.wait, sent)
    except InputError as exc:
        print(f"error: {exc}; nothing was sent", file=sys.stderr)
        return EXIT_BAD_INPUT
    except errors.PipelineCancelError as exc:
        _report_error(exc, args.json)
        return _exit_code(exc)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # a second Ctrl-C ends the process at once
        has_status = bool(vendor_class(args.vendor)._status_responses)
        print(sent.interrupted(args.vendor, args.run_ids[:1], has_status), file=sys.stderr)
        return EXIT_INTERRUPTED
    _report(result, args.json)
    return EXIT_OK


class _Sent:
    """How far one id's call got, for the line Ctrl-C prints."""

    def __init__(self) -> None:
        self.phase = "before"  # then "sending", "waiting" (with --wait, once the vendor accepted)

    def interrupted(self, vendor: str, run_id: list[str], has_status: bool) -> str:
        check = (
            f"; check it with `pipeline-cancel status {vendor} {run_id[0]}`" if run_id and has_status else ""
        )
        if self.phase == "sending":
            return (
                f"interrupted while the cancel of {run_id[0]} was being sent: {vendor} may have acted on it"
                + check
            )
        if self.phase == "waiting":
            return f"interrupted while waiting: {vendor} accepted the cancel of {run_id[0]}" + check
        return "interrupted before anything was sent"


def _cancel_one(
    vendor: Vendor[object, object, object],
    run_id: str,
    inputs: Mapping[str, InputValue],
    wait: float | None,
    sent: _Sent,
) -> CancelResult[object]:
    """One cancel, and with `wait` its confirmation, noting how far it got for Ctrl-C."""
    seconds = vendor._check_wait(wait)
    vendor._build(run_id, inputs)  # refuses a bad id before anything is sent
    sent.phase = "sending"
    result = vendor._cancel(run_id, inputs)
    if seconds is None or vendor.cancel_answer_is_final or result.outcome != "canceled":
        return result
    sent.phase = "waiting"
    return confirm(vendor.name, result, seconds, vendor._status)


def status_main(argv: list[str]) -> int:
    args = build_status_parser().parse_args(argv)
    if args.verbose:
        _logs.to_stderr(logging.DEBUG)
    try:
        cls = vendor_class(args.vendor)
        with cls.from_env(base_url=args.base_url, timeout=args.timeout) as vendor:
            status = vendor._status(args.run_id)
    except errors.PipelineCancelError as exc:
        _report_error(exc, args.json)
        return _exit_code(exc)
    if args.json:
        fields = ("vendor", "run_id", "vendor_status", "terminal", "canceled")
        print(json.dumps({name: getattr(status, name) for name in fields}))
    else:
        state = ("final, canceled" if status.canceled else "final") if status.terminal else "not final yet"
        print(f"{status.vendor} {status.run_id}: {status.vendor_status} ({state})")
    return EXIT_OK if status.terminal else EXIT_NOT_TERMINAL
