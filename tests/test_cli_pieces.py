"""The CLI's pieces for many ids, in-process: reading the ids, the progress line, the batch's output,
the Ctrl-C report and the resume command (tests/test_cli_batch.py runs the whole CLI as a process)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pipeline_cancel import cli, cli_batch, errors
from pipeline_cancel.cli_input import InputError, check_each, read_ids, stray_ids
from pipeline_cancel.inputs import RunInput
from pipeline_cancel.progress import CLEAR, Progress, describe
from pipeline_cancel.result import CancelResult

from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES


def result(run_id: str, outcome: Any = "canceled") -> CancelResult[object]:
    return CancelResult("kubiya", run_id, outcome, "success", 200, None)


# -- reading ids -----------------------------------------------------------------------------------


def test_ids_from_lines_skip_blanks_and_comments_and_keep_the_first_place_of_each() -> None:
    got = read_ids([], "-", io.StringIO("# header\n a \n\nb\n  # note\na\nc\r\n"))
    assert got.ids == ("a", "b", "c")
    assert got.where == ("line 2", "line 4", "line 7")
    assert got.repeated == {"a": ("line 2", "line 6")}


def test_ids_from_arguments_are_named_by_position(tmp_path: Path) -> None:
    got = read_ids(["x", "y", "x"], None)
    assert (got.ids, got.where, got.repeated) == (("x", "y"), ("argument 1", "argument 2"),
                                                  {"x": ("argument 1", "argument 3")})  # fmt: skip
    listed = tmp_path / "ids.txt"
    listed.write_text("p\nq\n", encoding="utf-8")
    assert read_ids([], str(listed)).ids == ("p", "q")


@pytest.mark.parametrize(
    ("arguments", "source", "stdin", "message"),
    [
        (["a"], "-", "", "give the run ids as arguments or with --from, not both"),
        ([], "-", "\n#x\n", "standard input holds no run id (blank lines and # comments are skipped)"),
        ([], None, "", "the arguments holds no run id (blank lines and # comments are skipped)"),
    ],
)
def test_what_cannot_be_read_is_one_line(
    arguments: list[str], source: str | None, stdin: str, message: str
) -> None:
    with pytest.raises(InputError) as info:
        read_ids(arguments, source, io.StringIO(stdin))
    assert str(info.value) == message


def test_an_unreadable_or_undecodable_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^cannot read .*nope\.txt: No such file or directory$"):
        read_ids([], str(tmp_path / "nope.txt"))
    binary = tmp_path / "ids.bin"
    binary.write_bytes(b"ok\n\xff\xfe\n")
    with pytest.raises(InputError, match=r"ids\.bin is not UTF-8 text$"):
        read_ids([], str(binary))
    stdin = io.TextIOWrapper(io.BytesIO(b"\xff\n"), encoding="utf-8")
    with pytest.raises(InputError, match=r"^standard input is not UTF-8 text$"):
        read_ids([], "-", stdin)


def test_check_each_names_the_first_refused_line_only() -> None:
    ids = read_ids([], "-", io.StringIO("fine\nbad\nworse\n"))
    seen: list[str] = []

    def check(value: str) -> None:
        seen.append(value)
        if value != "fine":
            raise errors.ConfigurationError(f"{value} is refused", vendor="kubiya")

    with pytest.raises(InputError) as info:
        check_each(ids, check)
    assert str(info.value) == "line 2: bad is refused"
    assert seen == ["fine", "bad"]


def test_stray_words_after_an_unknown_flag_are_ids_but_its_value_is_not() -> None:
    assert stray_ids(["--reasn", "x", "id-1", "--other=v", "id-2", "-", "id-3"]) == [
        "id-1",
        "id-2",
        "-",
        "id-3",
    ]
    assert stray_ids([]) == []


# -- the progress line -----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_progress_line_says_done_counts_rate_and_time_left() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(10, stream, enabled=True, clock=clock)
    assert progress.line(0, {}) == "0/10 done: none yet; 0.0/s, time left unknown"
    clock.now += 2
    assert progress.line(4, {"canceled": 3, "NotFoundError": 1}) == (
        "4/10 done: 3 canceled, 1 NotFoundError; 2.0/s, ~3s left"
    )


def test_the_progress_line_is_redrawn_at_most_ten_times_a_second_and_cleared() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(3, stream, enabled=True, clock=clock)
    progress.update(1, {"canceled": 1})
    clock.now += 0.05
    progress.update(2, {"canceled": 2})  # too soon: not drawn
    assert stream.getvalue().count(CLEAR) == 1
    clock.now += 0.1
    progress.update(2, {"canceled": 2})
    progress.update(3, {"canceled": 3})  # the last one always
    assert stream.getvalue().count(CLEAR) == 3
    progress.clear()
    assert stream.getvalue().endswith(CLEAR)
    progress.clear()  # nothing shown: nothing written
    assert stream.getvalue().count(CLEAR) == 4


def test_without_a_terminal_nothing_is_written() -> None:
    stream = io.StringIO()
    progress = Progress(2, stream, enabled=False)
    progress.update(1, {"canceled": 1})
    progress.clear()
    assert stream.getvalue() == ""


def test_counts_read_in_a_fixed_order() -> None:
    assert describe({"ServerError": 1, "already_finished": 2, "canceled": 3, "AuthenticationError": 1}) == (
        "3 canceled, 2 already finished, 1 AuthenticationError, 1 ServerError"
    )
    assert describe({"canceled": 0}) == "none yet"


# -- the batch's output ----------------------------------------------------------------------------


def make_batch(ids: list[str], as_json: bool = False) -> tuple[cli_batch.Batch, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    progress = Progress(len(ids), err, enabled=True, clock=Clock())
    return cli_batch.Batch("kubiya", ids, as_json, out, progress, cli._exit_code), out, err


def test_lines_come_out_in_input_order_whatever_order_ids_finish_in() -> None:
    batch, out, err = make_batch(["a", "b", "c"])
    for index in range(3):
        batch.started(index)
    batch.finished(2, result("c"))
    assert out.getvalue() == ""  # a and b not known yet
    gone = errors.NotFoundError("Execution not found", vendor="kubiya", http_status=404)
    batch.finished(0, gone)
    assert out.getvalue() == "kubiya a: error: NotFoundError: Execution not found\n"
    batch.finished(1, result("b", "already_finished"))
    assert out.getvalue().splitlines()[1:] == [
        "kubiya b: already finished (vendor status 'success', HTTP 200)",
        "kubiya c: canceled (vendor status 'success', HTTP 200)",
    ]
    assert dict(batch.counts) == {"canceled": 1, "already_finished": 1, "NotFoundError": 1}
    assert batch.codes == [cli.EXIT_VENDOR_ERROR]
    assert CLEAR in err.getvalue()


def test_json_lines_for_results_errors_and_the_summary() -> None:
    assert json.loads(cli_batch.as_line(result("a"), "a", "kubiya", True)) == {
        "vendor": "kubiya", "run_id": "a", "outcome": "canceled", "vendor_status": "success",
        "http_status": 200,
    }  # fmt: skip
    error = errors.ServerError("down", vendor="kubiya", http_status=500)
    assert json.loads(cli_batch.as_line(error, "b", "kubiya", True)) == {
        "run_id": "b", "error": "ServerError", "vendor": "kubiya", "http_status": 500, "message": "down"
    }  # fmt: skip
    assert json.loads(cli_batch.summary({"canceled": 2, "ServerError": 1}, 3, True)) == {
        "summary": {"total": 3, "ServerError": 1, "canceled": 2}
    }
    assert cli_batch.summary({"canceled": 2}, 2, False) == "2 ids: 2 canceled"


def test_the_interrupt_report_and_the_resume_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    batch, _, _ = make_batch([f"e{n}" for n in range(15)])
    for index in range(13):
        batch.started(index)
    batch.finished(0, result("e0"))
    line = cli_batch.interrupted_line(batch, "pipeline-cancel kubiya --reason r", has_status=False)
    assert line.startswith(
        "interrupted: 1 of 15 ids done (their lines are above); 12 in flight, which kubiya may have acted on:"
        " e1, e2, e3, e4, e5, e6, e7, e8, e9, e10 and 2 more; 2 never sent, listed in pipeline-cancel-kubiya-"
    )
    path = line.split("listed in ")[1].split(";")[0]
    assert (tmp_path / path).read_text() == "e13\ne14\n"
    assert line.endswith(f"; resume with `pipeline-cancel kubiya --reason r --from {path}`")
    for index in range(13, 15):
        batch.started(index)
    assert cli_batch.interrupted_line(batch, "x", has_status=True).endswith(
        "check them with `pipeline-cancel status kubiya ID`; none left unsent"
    )


def test_the_resume_command_repeats_what_differs_from_the_defaults() -> None:
    options: dict[str, object] = {"base_url": None, "wait": None, "timeout": None, "max_retries": 2,
                                  "concurrency": 16, "json": False}  # fmt: skip
    declared = (RunInput("reason", "why"), RunInput("pipeline_id", "which"))
    assert cli_batch.resume_command("kubiya", {"reason": "it's stuck"}, declared, options) == (
        "pipeline-cancel kubiya --reason 'it'\"'\"'s stuck'"
    )
    options.update(
        base_url="http://127.0.0.1:1", wait=60.0, timeout=5.0, max_retries=0, concurrency=4, json=True
    )
    assert cli_batch.resume_command("kubiya", {}, declared, options) == (
        "pipeline-cancel kubiya --base-url http://127.0.0.1:1 --wait 60.0 --timeout 5.0 --max-retries 0"
        " --concurrency 4 --json"
    )


# -- the whole path, in-process ----------------------------------------------------------------------


@pytest.fixture
def kubiya_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    def answer(received: Received) -> Reply:
        return Reply.json(404, {"detail": "Execution not found"}) if "gone" in received.path else OK

    with MockServer(answer) as server:
        monkeypatch.setenv("KUBIYA_API_KEY", CASES["kubiya"].secret)
        monkeypatch.setenv("KUBIYA_BASE_URL", server.url)
        yield server


OK = DOCUMENTED["kubiya"][200][0]


def test_many_ids_in_process(kubiya_env: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["kubiya", "a", "gone-1", "b", "a", "--reason", "r", "--concurrency", "2"]) == 3
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "kubiya a: canceled (vendor status 'success', HTTP 200)",
        "kubiya gone-1: error: NotFoundError: Execution not found",
        "kubiya b: canceled (vendor status 'success', HTTP 200)",
        "3 ids: 2 canceled, 1 NotFoundError",
    ]
    assert err == "note: a is given 2 times (argument 1, argument 4); sent once\n"
    assert len(kubiya_env.requests) == 3


def test_bad_input_and_wait_where_it_cannot_be_kept_send_nothing(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli.main(["kubiya", "a", "..", "--reason", "r"]) == cli.EXIT_BAD_INPUT
    assert capsys.readouterr().err == "error: argument 2: execution_id '..' is not an id; nothing was sent\n"
    monkeypatch.setenv("VECTORSHIFT_API_KEY", "vs-key-123456")
    assert cli.main(["vectorshift", "a", "b", "--pipeline-id", "p", "--wait", "5"]) == cli.EXIT_USAGE
    assert "cannot be confirmed" in capsys.readouterr().err
    assert kubiya_env.requests == []


def test_ctrl_c_in_process_for_one_id_and_for_many(
    kubiya_env: MockServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline_cancel.vendors.kubiya import Kubiya

    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    handlers: list[object] = []  # the process's own handler stays: recorded, not installed
    monkeypatch.setattr(cli.signal, "signal", lambda number, handler: handlers.append((number, handler)))
    cancel, build = Kubiya._cancel, Kubiya._build
    monkeypatch.setattr(Kubiya, "_cancel", interrupted)
    assert cli.main(["kubiya", "e-1", "--reason", "r"]) == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err == (
        "interrupted while the cancel of e-1 was being sent: kubiya may have acted on it;"
        " check it with `pipeline-cancel status kubiya e-1`\n"
    )
    monkeypatch.setattr(Kubiya, "_build", interrupted)
    assert cli.main(["kubiya", "e-1", "--reason", "r"]) == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err == "interrupted before anything was sent\n"
    monkeypatch.setattr(Kubiya, "_cancel", cancel)
    monkeypatch.setattr(Kubiya, "_build", build)
    monkeypatch.setattr(cli_batch.anyio, "run", interrupted)
    monkeypatch.setattr(cli_batch, "_resume_file", lambda ids, vendor: "unsent.txt")
    assert cli.main(["kubiya", "e-1", "e-2", "--reason", "r"]) == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err == (
        "interrupted: 0 of 2 ids done (their lines are above); 2 never sent, listed in unsent.txt;"
        " resume with `pipeline-cancel kubiya --reason r --from unsent.txt`\n"
    )
    # each time, a second Ctrl-C is left to end the process at once
    assert handlers == [(cli.signal.SIGINT, cli.signal.SIG_DFL)] * 3
