"""The API reference (docs/reference/, `python3 dev.py -s reference`) and its check in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.scratch import copy_repo, run_tool


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("reference"))


def test_the_committed_reference_matches_the_code() -> None:
    proc = run_tool(ROOT, "reference", "--check")
    assert proc.returncode == 0, proc.stderr
    assert "docs/reference/ matches the code (7 pages)" in proc.stdout


def _edit(path: Path, old: str, new: str) -> str:
    text = path.read_text()
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new, 1))
    return text


@pytest.mark.parametrize(
    ("where", "old", "new", "page", "symbol"),
    [
        (  # a signature: a default changed
            "overlay/pipeline_cancel/vendors/kubiya.py",
            "self, execution_id: str, *, reason: str, wait: float | None = None\n    ) -> CancelResult",
            "self, execution_id: str, *, reason: str, wait: float | None = 5.0\n    ) -> CancelResult",
            "pipeline_cancel.md",
            "Kubiya.cancel",
        ),
        (  # a docstring
            "overlay/pipeline_cancel/bulk.py",
            "Cancel many runs at once, at most `concurrency` in flight; never stops halfway.",
            "Cancel many runs at once.",
            "pipeline_cancel.md",
            "acancel_many",
        ),
        (  # a name under TYPE_CHECKING only: the generated model a vendor's cancel returns
            "overlay/pipeline_cancel/vendors/prefect.py",
            "wait: float | None = None) -> CancelResult[OrchestrationResult]:",
            "wait: float | None = None) -> CancelResult[FlowRunResponse]:",
            "pipeline_cancel.md",
            "Prefect.cancel",
        ),
        (  # an error class's docstring, in the tree as well
            "overlay/pipeline_cancel/errors.py",
            "404: the vendor does not know this id",
            "404: unknown id",
            "pipeline_cancel.md",
            "errors",
        ),
        (  # a generated model's field
            "generated/kubiya_client/models/terminate_workflow_request.py",
            "    reason: str\n",
            "    reason: str | None\n",
            "kubiya_client.md",
            "kubiya_client.models.TerminateWorkflowRequest",
        ),
    ],
    ids=["signature", "docstring", "type-checking-name", "error-tree", "generated-model"],
)
def test_a_change_the_reference_does_not_show_fails_the_check_naming_it(
    scratch: Path, where: str, old: str, new: str, page: str, symbol: str
) -> None:
    original = _edit(scratch / where, old, new)
    try:
        proc = run_tool(scratch, "reference", "--check")
        assert proc.returncode == 1
        first = proc.stderr.splitlines()[0]
        assert (
            first
            == f"docs/reference/{page}: `{symbol}` differs from the code (its signature or docstring changed)"
        )
        assert "run `python3 dev.py -s reference`" in proc.stderr
    finally:
        (scratch / where).write_text(original)


def test_writing_the_reference_brings_it_back_in_line(scratch: Path) -> None:
    where = scratch / "overlay/pipeline_cancel/vendors/kubiya.py"
    page = scratch / "docs/reference/pipeline_cancel.md"
    before = page.read_text()
    original = _edit(where, "reason: str, wait: float | None = None", "reason: str, wait: float | None = 5.0")
    try:
        written = run_tool(scratch, "reference")
        assert written.returncode == 0, written.stderr
        assert (
            written.stdout == "wrote docs/reference/pipeline_cancel.md\n"
        )  # the client pages are as they were
        assert "reason: str, wait: float | None = 5.0) -> CancelResult" in page.read_text()
        assert run_tool(scratch, "reference", "--check").returncode == 0
    finally:
        where.write_text(original)
        page.write_text(before)


def test_a_missing_page_and_a_removed_symbol_are_named(scratch: Path) -> None:
    page = scratch / "docs/reference/runflow_client.md"
    text = page.read_text()
    page.unlink()
    proc = run_tool(scratch, "reference", "--check")
    assert "docs/reference/runflow_client.md: missing" in proc.stderr
    page.write_text(text + "\n## `runflow_client.models.Gone`\n\nno longer in the code\n")
    proc = run_tool(scratch, "reference", "--check")
    assert "`runflow_client.models.Gone` differs" in proc.stderr
    page.write_text(text)
