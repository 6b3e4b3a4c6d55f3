"""The regeneration workflow, run for real on a scratch copy of specs/, tools/ and generated/."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_cancel.vendors import REGISTRY

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
    stale = run_tool(repo, "reference", "--check")
    assert stale.returncode == 0, stale.stderr  # the reference follows generated/, not specs/
    proc = run_generate(repo, "kubiya")
    assert proc.returncode == 0, proc.stderr
    model = (repo / "generated/kubiya_client/models/terminate_workflow_response.py").read_text()
    assert "terminated_by: str | Unset = UNSET" in model
    # generate rewrote the client's page of the reference, so it is current with the new model
    assert "terminated_by: str | Unset" in (repo / "docs/reference/kubiya_client.md").read_text()
    assert run_tool(repo, "reference", "--check").returncode == 0
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
    for vendor in REGISTRY:
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
    from tools.spec_patches import SpecError
    from tools.specs import merge

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


def test_a_document_is_json_data_so_timestamps_and_yes_stay_strings(repo: Path) -> None:
    """YAML 1.1 would read these as a datetime and a boolean, which no JSON document holds."""
    spec = repo / "specs/kubiya.yaml"
    anchor = "          description: Termination timestamp\n"
    text = spec.read_text()
    assert anchor in text
    spec.write_text(
        text.replace(anchor, anchor + "          example: 2026-11-23T10:05:00Z\n          x-note: yes\n")
    )
    proc = run_generate(repo, "kubiya")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr

    from tools.specs import load_json_data

    doc = load_json_data(spec.read_text())
    field = doc["components"]["schemas"]["TerminateWorkflowResponse"]["properties"]["terminated_at"]
    assert (field["example"], field["x-note"]) == ("2026-11-23T10:05:00Z", "yes")
    assert load_json_data("200: ok\non: off\nn: 0x1F\n") == {"200": "ok", "on": "off", "n": 31}


def test_what_the_generator_reports_stops_generation_with_one_message(repo: Path) -> None:
    spec = repo / "specs/kubiya.yaml"
    text = spec.read_text()
    anchor = "    HTTPValidationError:\n"
    duplicate = (
        "    Terminate_Workflow_Response:\n      type: object\n      properties:\n        x: {type: string}\n"
    )
    assert anchor in text
    spec.write_text(text.replace(anchor, duplicate + anchor, 1))
    before = digest(repo / "generated")
    proc = run_generate(repo, "kubiya")
    assert proc.returncode == 1
    assert proc.stderr.startswith(
        "error: openapi-python-client 0.29.1 cannot generate specs/kubiya.yaml + specs/kubiya.status.yaml"
        " + specs/kubiya.refusals.yaml whole:\n"
    )
    assert (
        "  - schema /components/schemas/Terminate_Workflow_Response: Attempted to generate duplicate models"
        ' with name "TerminateWorkflowResponse"\n'
        "    fix: the schemas TerminateWorkflowResponse and Terminate_Workflow_Response both become the class"
        " TerminateWorkflowResponse: rename one in a generator patch"
    ) in proc.stderr
    assert "specs/generator-patches/kubiya.<what>.overlay.yaml" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.rstrip().endswith("generated/ was left unchanged.")
    assert digest(repo / "generated") == before


# openapi-python-client 0.29.1's own report for a response it cannot read, as it printed it.
GENERATOR_REPORT = """Generating /tmp/out
Warning(s) encountered while generating. Client was generated, but some pieces may be missing
WARNING parsing POST /runs/{id}/cancel within default.

Cannot parse response for status code <openapi_python_client.schema.untrusted_string.UntrustedString \
object at 0x7ff57b167890> (Could not find reference in parsed models or enums), response will be omitted \
from generated client

{
  "$ref": "#/components/schemas/Missing"
}

Unable to parse schema /components/schemas/RunStatus

Unable to parse this part of your OpenAPI document: : Attempted to generate duplicate models with name \
"RunStatus"

{
  "type": "object"
}

If you believe this was a mistake or this tool is missing a feature you need, please open an issue at x
""".replace("\\\n", "")


def test_the_generators_report_is_read_problem_by_problem() -> None:
    from tools.generate import generator_problems

    assert generator_problems(GENERATOR_REPORT) == [
        (
            "operation POST /runs/{id}/cancel",
            "Cannot parse response for status code (a status code) (Could not find reference in parsed"
            " models or enums), response will be omitted from generated client",
        ),
        (
            "schema /components/schemas/RunStatus",
            'Attempted to generate duplicate models with name "RunStatus"',
        ),
    ]
    assert generator_problems("Traceback (most recent call last):\n  ...\nTypeError: boom") == [
        ("the document", "TypeError: boom")
    ]


def test_the_mypy_override_names_every_registered_client_py_and_nothing_else(tmp_path: Path) -> None:
    """typecheck's config comes from pyproject.toml and the registry: a sixth vendor needs no edit."""
    from tools.mypy_config import config
    from tools.registry import VENDORS

    text = config()
    clients = ",".join(f"{vendor}_client.client" for vendor in VENDORS)
    assert f"[mypy-{clients}]\ndisable_error_code = arg-type\n" in text
    assert "*.client" not in text
    assert "strict = True" in text

    # Without the override, the generated client.py fails exactly as the reason says.
    ini = tmp_path / "mypy.ini"
    ini.write_text(text.replace("disable_error_code = arg-type", "warn_unused_ignores = True"))
    client_py = "generated/kubiya_client/client.py"
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", ini, "--no-incremental", client_py],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stdout.count("[arg-type]") == 12
