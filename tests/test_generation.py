"""The regeneration workflow, run for real on a scratch copy of specs/, tools/ and generated/."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.scratch import digest, run_tool


def run_generate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_tool(repo, "generate", *args)


def test_committed_tree_matches_and_hand_edits_are_caught(repo: Path) -> None:
    assert run_generate(repo, "--check", "kubiya").returncode == 0
    model = repo / "generated/kubiya_client/models/terminate_workflow_response.py"
    model.write_text(model.read_text().replace("success: bool", "success: bool | None"))
    (repo / "generated/kubiya_client/stray.py").write_text("x = 1\n")
    (repo / "generated/kubiya_client/py.typed").unlink()
    proc = run_generate(repo, "--check", "kubiya")
    assert proc.returncode == 1
    assert "-    success: bool | None" in proc.stdout
    assert "deleted (committed but no longer generated): generated/kubiya_client/stray.py" in proc.stdout
    assert "new file (not committed): generated/kubiya_client/py.typed" in proc.stdout
    assert "python3 dev.py -s generate" in proc.stdout


def test_spec_change_fails_the_check_until_generate_brings_it_into_the_models(repo: Path) -> None:
    spec = repo / "specs/kubiya.yaml"
    text = spec.read_text()
    anchor = "          description: Termination timestamp\n"
    assert anchor in text
    spec.write_text(
        text.replace(
            anchor,
            anchor
            + "        terminated_by:\n          type: string\n          description: Who terminated it\n",
            1,
        )
    )
    check = run_generate(repo, "--check", "kubiya")
    assert check.returncode == 1
    assert "API changes regenerating would make:" in check.stdout
    assert "non-breaking  field TerminateWorkflowResponse.terminated_by added" in check.stdout
    proc = run_generate(repo, "kubiya")
    assert proc.returncode == 0, proc.stderr
    model = (repo / "generated/kubiya_client/models/terminate_workflow_response.py").read_text()
    assert "terminated_by: str | Unset = UNSET" in model
    first = digest(repo / "generated")
    assert run_generate(repo, "--check", "kubiya").returncode == 0  # byte-for-byte repeatable
    assert run_generate(repo, "kubiya").returncode == 0
    assert digest(repo / "generated") == first


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda t: t.replace("info:\n", "inf:\n", 1), "invalid OpenAPI document"),
        (lambda t: t.replace("paths:", "paths: [", 1), "not valid YAML"),
        (
            lambda t: t.replace(
                "$ref: '#/components/schemas/TerminateWorkflowResponse'", "$ref: '#/nowhere'"
            ),
            "",
        ),
    ],
    ids=["schema", "yaml", "dangling-ref"],
)
def test_a_broken_document_stops_generation_and_leaves_generated_as_it_was(
    repo: Path, breakage: object, message: str
) -> None:
    spec = repo / "specs/kubiya.yaml"
    spec.write_text(breakage(spec.read_text()))  # type: ignore[operator]
    before = digest(repo / "generated")
    proc = run_generate(repo)  # all vendors: the four good ones must not be swapped in either
    assert proc.returncode == 1
    assert "specs/kubiya.yaml" in proc.stderr
    assert message in proc.stderr
    assert "generated/ was left unchanged" in proc.stderr
    assert digest(repo / "generated") == before
    assert not list(repo.glob(".generate-*"))


def test_a_generator_patch_that_no_longer_applies_is_reported(repo: Path) -> None:
    spec = repo / "specs/vectorshift.yaml"
    spec.write_text(spec.read_text().replace("          multipart/form-data:\n", "          text/plain:\n"))
    proc = run_generate(repo, "--check", "vectorshift")
    assert proc.returncode == 1
    assert "vectorshift.json-body-only.overlay.yaml: action 1" in proc.stderr
    assert "matches nothing" in proc.stderr


def test_unknown_vendor_is_refused(repo: Path) -> None:
    proc = run_generate(repo, "zapier")
    assert proc.returncode == 1
    assert "unknown vendor(s) zapier" in proc.stderr


def test_vendored_documents_match_their_recorded_sources() -> None:
    import json

    sources = json.loads((ROOT / "specs/sources.json").read_text())
    for vendor in ("gumloop", "vectorshift", "ionworks", "runflow", "kubiya"):
        for record in [sources[vendor], *sources[vendor].get("extra_documents", [])]:
            data = (ROOT / "specs" / record["document"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == record["sha256"], f"specs/{record['document']} changed"
    assert sources["runflow"]["kind"] == "authored"
    # The pages as the developers received them sit beside a clean clone in CI (not part of the repo).
    seed_names = {
        "gumloop": "gumloop-kill-flow-run.md",
        "vectorshift": "vectorshift-terminate-pipeline-run.md",
        "ionworks": "ionworks-cancel-pipeline.md",
        "kubiya": "kubiya-terminate-execution.md",
    }
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():  # beside a clean clone in CI: the vendored block is byte-for-byte the page's
        sys.path.insert(0, str(ROOT))
        from tools.specs import extract_fenced_yaml

        for vendor in ("gumloop", "vectorshift", "ionworks", "kubiya"):
            page = (seeds / seed_names[vendor]).read_text()
            assert extract_fenced_yaml(page, vendor) == (ROOT / f"specs/{vendor}.yaml").read_text()


def test_an_extra_document_may_add_only_new_responses_to_an_operation_the_vendor_documents() -> None:
    from tools.specs import SpecError, merge

    main = {"paths": {"/x": {"post": {"operationId": "x", "responses": {"200": {"description": "ok"}}}}}}
    added = merge(
        main, {"paths": {"/x": {"post": {"responses": {400: {"description": "no"}}}}}}, "extra.yaml"
    )
    assert added["paths"]["/x"]["post"] == {
        "operationId": "x",
        "responses": {"200": {"description": "ok"}, "400": {"description": "no"}},
    }
    assert "400" not in main["paths"]["/x"]["post"]["responses"]  # the vendor's document is left as it was
    with pytest.raises(SpecError, match=r"extra.yaml: POST /x: response 200 is already in the vendor's main"):
        merge(
            main, {"paths": {"/x": {"post": {"responses": {"200": {"description": "mine"}}}}}}, "extra.yaml"
        )
    with pytest.raises(SpecError, match=r"may only add responses to it \(it also sets operationId\)"):
        merge(main, {"paths": {"/x": {"post": {"operationId": "y", "responses": {}}}}}, "extra.yaml")
