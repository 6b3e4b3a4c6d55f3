"""Every Python example in README.md and docs/ runs, against loopback servers, as a reader would.

The examples are read from the documents themselves (Markdown parsed by markdown-it, so a
fence is a fence), never copied here. Each runs as its own program, in a scratch folder,
with every vendor's credentials and `<VENDOR>_BASE_URL` in its environment pointing at a
server on 127.0.0.1 that answers as the vendor does when a cancel succeeds and a run is
read in a final state. A block that cannot run says why in the comment right before it:
`<!-- example not run: <reason> -->`. A failing example names its file and line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import attrs
import pytest
from markdown_it import MarkdownIt

from tests.support.paths import ROOT
from tests.support.samples import kubiya_execution, pipeline, run
from tests.support.server import MockServer, Received, Reply
from tests.support.vendors import CASES

OPT_OUT = "<!-- example not run:"
STAMP = "2026-12-06T02:02:15.414600Z"
# What each vendor's status read answers: the run in a final state, canceled.
FINAL = {
    "gumloop": {"state": "TERMINATED"},
    "ionworks": pipeline("canceled"),
    "runflow": run("canceled"),
    "kubiya": kubiya_execution("cancelled"),
    "prefect": {"id": CASES["prefect"].run_id, "flow_id": CASES["prefect"].run_id, "created": STAMP,
                "updated": STAMP, "state_type": "CANCELLED"},
}  # fmt: skip


@attrs.frozen
class Example:
    document: str  # relative to the repository
    line: int  # 1-based, the opening fence
    code: str
    skipped: str | None  # the reason given, when the block is not run

    @property
    def where(self) -> str:
        return f"{self.document}:{self.line}"


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def examples(paths: list[Path]) -> list[Example]:
    found: list[Example] = []
    for path in paths:
        tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
        for index, token in enumerate(tokens):
            if token.type != "fence" or token.info.split()[:1] != ["python"]:
                continue
            before = tokens[index - 1] if index else None
            reason = None
            if before is not None and before.type == "html_block" and before.content.startswith(OPT_OUT):
                reason = before.content.strip().removeprefix(OPT_OUT).removesuffix("-->").strip()
            assert token.map is not None
            name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
            found.append(Example(name, token.map[0] + 1, token.content, reason))
    return found


EXAMPLES = examples(documents())


def test_the_documents_hold_examples_and_each_opt_out_gives_its_reason() -> None:
    assert len([e for e in EXAMPLES if e.skipped is None]) >= 6, "no (or too few) examples collected"
    assert {e.document for e in EXAMPLES} >= {"README.md", "docs/contributing.md"}
    for example in EXAMPLES:
        assert example.skipped != "", f"{example.where}: an example that is not run must say why"


def test_a_document_with_no_example_collects_none(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Title\n\n```sh\necho not python\n```\n\n    indented = 'not a fence'\n")
    assert examples([page]) == []


def _reply(vendor: str) -> Any:
    def reply(received: Received) -> Reply:
        if received.method == "GET":
            return Reply.json(200, FINAL[vendor])
        return CASES[vendor].canceled

    return reply


@pytest.fixture(scope="module")
def environment() -> Iterator[dict[str, str]]:
    with ExitStack() as stack:
        servers = {vendor: stack.enter_context(MockServer(default=_reply(vendor))) for vendor in CASES}
        env = {k: v for k, v in os.environ.items() if not k.startswith(tuple(f"{v.upper()}_" for v in CASES))}
        for vendor, server in servers.items():
            env.update(CASES[vendor].env)
            env[f"{vendor.upper()}_BASE_URL"] = server.url
        env.pop("PIPELINE_CANCEL_LOG", None)
        yield env


def failure(example: Example, env: dict[str, str], cwd: Path) -> str | None:
    """What is wrong with the example when it runs, naming its file and line; None when it works."""
    proc = subprocess.run(
        [sys.executable, "-c", example.code],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode == 0:
        return None
    return f"{example.where}: the example failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_the_example_runs(example: Example, environment: dict[str, str], tmp_path: Path) -> None:
    if example.skipped is not None:
        pytest.skip(f"{example.where}: {example.skipped}")
    problem = failure(example, environment, tmp_path)
    if problem is not None:
        pytest.fail(problem)


def test_an_example_that_stops_working_is_named_by_file_and_line(
    environment: dict[str, str], tmp_path: Path
) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# A guide\n\n```python\nfrom pipeline_cancel import Kubiya\n\n"
        "with Kubiya.from_env() as kb:\n    kb.cancel('e-1')\n```\n"
    )
    [example] = examples([page])
    problem = failure(example, environment, tmp_path)
    assert problem is not None
    assert problem.startswith("page.md:3: the example failed (exit 1):")
    assert "TypeError" in problem  # `reason` is required: what a reader would see
