"""`update_specs` then `generate`, run for real on a scratch copy, against doc pages on 127.0.0.1.

The served pages are the vendored documents with the edits a vendor might make;
nothing here reaches a vendor (every fetch goes through `--mirror`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.docs_site import DocsSite, page
from tests.support.scratch import digest, git_commit, run_tool
from tests.support.server import MockServer, Reply

KUBIYA_INFO = (
    "https://control-plane.kubiya.ai/api/openapi.json post /api/v1/executions/{execution_id}/terminate"
)
MODEL = "generated/kubiya_client/models/terminate_workflow_response.py"

ADDED_FIELD = (
    "          description: Termination timestamp\n",
    "          description: Termination timestamp\n"
    "        terminated_by:\n"
    "          type: string\n"
    "          description: Who terminated the execution\n",
)
REMOVED_FIELD = [
    (
        "        workflow_id:\n          type: string\n          title: Workflow Id\n"
        "          description: Workflow ID that was terminated\n",
        "",
    ),
    ("        - workflow_id\n", ""),
]
ADDED_OPERATION = (
    "components:\n",
    "  /api/v1/executions/batch/terminate:\n"
    "    post:\n"
    "      summary: Terminate Executions\n"
    "      operationId: terminate_executions_batch\n"
    "      requestBody:\n"
    "        required: true\n"
    "        content:\n"
    "          application/json:\n"
    "            schema:\n"
    "              $ref: '#/components/schemas/TerminateWorkflowRequest'\n"
    "      responses:\n"
    "        '200':\n"
    "          description: Successful Response\n"
    "components:\n",
)


def edited(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture
def site(repo: Path) -> Iterator[DocsSite]:
    with MockServer() as server:
        yield DocsSite(server, repo)


def update(repo: Path, site: DocsSite, *args: str) -> subprocess.CompletedProcess[str]:
    return run_tool(repo, "update_specs", "--mirror", site.mirror, *args, timeout=60)


def snapshot(repo: Path) -> tuple[str, str]:
    return digest(repo / "specs"), digest(repo / "generated")


def kubiya_spec(repo: Path) -> str:
    return (repo / "specs/kubiya.yaml").read_text()


def test_a_new_optional_field_reaches_the_model_and_is_reported_non_breaking(
    repo: Path, site: DocsSite
) -> None:
    git_commit(repo, "as vendored")
    served = edited(kubiya_spec(repo), ADDED_FIELD)
    site.serve_document("kubiya", served, KUBIYA_INFO)

    proc = update(repo, site, "kubiya")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "kubiya       changed: specs/kubiya.yaml differs from" in proc.stdout
    assert "warning" not in proc.stdout  # the full /openapi.json agrees with the page
    assert "python3 dev.py -s generate -- kubiya" in proc.stdout
    assert kubiya_spec(repo) == served  # byte-for-byte the page's block
    record = json.loads((repo / "specs/sources.json").read_text())["kubiya"]
    assert record["sha256"] == hashlib.sha256(served.encode()).hexdigest()
    assert record["retrieved"] in {
        datetime.datetime.now(datetime.UTC).date().isoformat(),
        (datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=5)).date().isoformat(),
    }

    proc = run_tool(repo, "generate", "kubiya")
    assert proc.returncode == 0, proc.stderr
    assert "terminated_by: str | Unset = UNSET" in (repo / MODEL).read_text()
    line = "non-breaking  field TerminateWorkflowResponse.terminated_by added: str | Unset (optional)"
    assert line in proc.stdout
    assert "1 change(s): 0 breaking, 1 non-breaking" in proc.stdout

    diff = run_tool(repo, "api_diff", "--fail-on-breaking", "HEAD")
    assert diff.returncode == 0, diff.stdout + diff.stderr
    assert line in diff.stdout
    # specs/ and generated/ agree again for the vendor that changed; the others are the repository's
    # own, which CI's check_generated covers (regenerating Prefect's document here costs half a minute)
    assert run_tool(repo, "generate", "--check", "kubiya").returncode == 0


def test_a_removed_field_or_operation_is_reported_breaking(repo: Path, site: DocsSite) -> None:
    original = kubiya_spec(repo)
    site.serve_document("kubiya", edited(original, ADDED_OPERATION), KUBIYA_INFO)
    assert update(repo, site, "kubiya").returncode == 0
    proc = run_tool(repo, "generate", "kubiya")
    assert proc.returncode == 0, proc.stderr
    assert "non-breaking  operation api.default.terminate_executions_batch added" in proc.stdout
    git_commit(repo, "vendor added a batch operation")

    site.serve_document("kubiya", edited(original, *REMOVED_FIELD), KUBIYA_INFO)
    assert update(repo, site, "kubiya").returncode == 0
    proc = run_tool(repo, "generate", "kubiya")
    assert proc.returncode == 0, proc.stderr
    expected = [
        "BREAKING      operation api.default.terminate_executions_batch removed",
        "BREAKING      field TerminateWorkflowResponse.workflow_id removed (was str (required))",
    ]
    for line in expected:
        assert line in proc.stdout

    diff = run_tool(repo, "api_diff", "--fail-on-breaking", "HEAD")
    assert diff.returncode == 1
    for line in expected:
        assert line in diff.stdout
    assert "API changes in generated/, HEAD -> working tree:" in diff.stdout
    git_commit(repo, "vendor removed them")
    between = run_tool(repo, "api_diff", "HEAD~1", "HEAD")
    assert between.returncode == 0
    assert all(line in between.stdout for line in expected)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


BROKEN = {
    "invalid-openapi": (
        lambda s: page(s.replace("info:\n", "inf:\n", 1), info=KUBIYA_INFO),
        "invalid OpenAPI",
    ),
    "invalid-yaml": (lambda s: page(s.replace("paths:", "paths: [", 1), info=KUBIYA_INFO), "not valid YAML"),
    "no-yaml-block": (lambda s: b"# Terminate Execution\n\nMoved to the new API reference.\n", "no ````yaml"),
    "unclosed-block": (lambda s: page(s, info=KUBIYA_INFO)[: -len("````\n")], "never closed"),
    "wrong-operation": (
        lambda s: page(s, info="post /api/v1/executions/{execution_id}/cancel"),
        "says it documents POST /api/v1/executions/{execution_id}/cancel",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_document_changes_nothing_and_says_why(repo: Path, site: DocsSite, case: str) -> None:
    build, message = BROKEN[case]
    site.serve_page("kubiya", build(edited(kubiya_spec(repo), ADDED_FIELD)))
    before = snapshot(repo)
    proc = update(repo, site, "kubiya")
    assert proc.returncode == 1
    assert "kubiya       failed:" in proc.stdout
    assert message in proc.stdout
    assert "nothing was written: specs/ is unchanged" in proc.stderr
    assert snapshot(repo) == before
    assert not [p for p in (repo / "specs").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(500, b"upstream exploded"), "answered HTTP 500; try again later"),
        (Reply(503, b"", (("Retry-After", "60"),)), "answered HTTP 503"),
        (Reply(404, b"gone"), "answered HTTP 404: the page is gone"),
        (
            Reply(301, b"", (("Location", "https://docs.kubiya.ai/v2/terminate.md"),)),
            "redirects (301) to https://docs.kubiya.ai/v2/terminate.md",
        ),
        (Reply(200, b"", close=True), "could not be reached"),
        (Reply(200, b"\xff\xfe not text"), "not UTF-8"),
    ],
    ids=["500", "503", "404", "redirect", "dropped", "binary"],
)
def test_an_unusable_answer_changes_nothing_and_says_why(
    repo: Path, site: DocsSite, reply: Reply, message: str
) -> None:
    site.serve_page("kubiya", reply)
    before = snapshot(repo)
    proc = update(repo, site, "kubiya")
    assert proc.returncode == 1
    assert message in proc.stdout
    assert snapshot(repo) == before


def test_a_timeout_changes_nothing_and_says_why(repo: Path, site: DocsSite) -> None:
    site.serve_page("kubiya", Reply(200, page(kubiya_spec(repo)), delay=3.0))
    before = snapshot(repo)
    proc = update(repo, site, "--timeout", "0.5", "kubiya")
    assert proc.returncode == 1
    assert "timed out after 0.5 s" in proc.stdout
    assert snapshot(repo) == before


def test_an_unreachable_host_changes_nothing_and_says_why(repo: Path) -> None:
    before = snapshot(repo)
    proc = run_tool(repo, "update_specs", "--mirror", f"http://127.0.0.1:{closed_port()}", "gumloop")
    assert proc.returncode == 1
    assert "could not be reached (ConnectError" in proc.stdout
    assert snapshot(repo) == before


def test_one_failing_source_means_no_vendor_is_written(repo: Path, site: DocsSite) -> None:
    site.serve_document("kubiya", edited(kubiya_spec(repo), ADDED_FIELD), KUBIYA_INFO)
    site.serve_page("gumloop", Reply(500, b""))
    before = snapshot(repo)
    proc = update(repo, site, "gumloop", "kubiya")
    assert proc.returncode == 1
    assert "kubiya       changed" in proc.stdout
    assert "gumloop      failed" in proc.stdout
    assert "python3 dev.py -s update_specs -- kubiya" in proc.stderr
    assert snapshot(repo) == before


def test_unchanged_pages_write_nothing_and_runflow_is_manual(repo: Path, site: DocsSite) -> None:
    for vendor in ("gumloop", "vectorshift", "ionworks", "kubiya"):
        site.serve_document(vendor, (repo / f"specs/{vendor}.yaml").read_text())
    site.serve_file("prefect", (repo / "specs/prefect.json").read_bytes())  # a whole published file
    before = snapshot(repo)
    proc = update(repo, site)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for vendor in ("gumloop", "vectorshift", "ionworks", "kubiya", "prefect"):
        assert f"{vendor:<12} unchanged" in proc.stdout
    assert "runflow      manual: authored here from prose" in proc.stdout
    assert "specs/ is up to date; nothing written." in proc.stdout
    assert snapshot(repo) == before
    assert not any("runflow" in path for path in site.requested())


@pytest.mark.parametrize(
    "full",
    [{"openapi": "3.1.0", "paths": {"/api/v1/health": {"get": {}}}}, {"paths": ["not", "a", "mapping"]}],
    ids=["other-operations", "malformed"],
)
def test_the_full_document_disagreeing_with_the_page_is_a_warning(
    repo: Path, site: DocsSite, full: dict[str, object]
) -> None:
    served = edited(kubiya_spec(repo), ADDED_FIELD)
    site.serve_page("kubiya", page(served, info=KUBIYA_INFO))
    site.serve_full_document("kubiya", full)
    proc = update(repo, site, "kubiya")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "does not list POST /api/v1/executions/{execution_id}/terminate" in proc.stdout
    assert kubiya_spec(repo) == served


def test_a_generator_patch_the_new_document_outgrew_is_a_warning(repo: Path, site: DocsSite) -> None:
    spec = (repo / "specs/vectorshift.yaml").read_text()
    served = spec.replace("          multipart/form-data:\n", "          text/plain:\n")
    assert served != spec
    site.serve_document("vectorshift", served)
    proc = update(repo, site, "vectorshift")
    assert proc.returncode == 0
    assert "vectorshift.json-body-only.overlay.yaml: action 1" in proc.stdout
    assert "`generate` will stop until the patch is updated or removed" in proc.stdout
    assert run_tool(repo, "generate", "vectorshift").returncode == 1  # and it does, changing nothing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--mirror", "http://docs.example.com"], "only https URLs (or http on 127.0.0.1/localhost)"),
        (["zapier"], "unknown vendor(s) zapier"),
        (["--timeout", "0"], "--timeout must be a positive number"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_fetched(
    repo: Path, site: DocsSite, args: list[str], message: str
) -> None:
    proc = run_tool(repo, "update_specs", *args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert site.requested() == []


def test_api_diff_refuses_a_revision_that_does_not_exist(repo: Path) -> None:
    git_commit(repo, "base")
    proc = run_tool(repo, "api_diff", "no-such-rev")
    assert proc.returncode == 2
    assert "'no-such-rev' is not a git revision" in proc.stderr


def test_a_hand_edited_document_is_replaced_with_a_warning(repo: Path, site: DocsSite) -> None:
    published = kubiya_spec(repo)
    (repo / "specs/kubiya.yaml").write_text(edited(published, ADDED_FIELD))
    site.serve_document("kubiya", published, KUBIYA_INFO)
    proc = update(repo, site, "kubiya")
    assert proc.returncode == 0
    assert "specs/kubiya.yaml was edited after it was recorded" in proc.stdout
    assert kubiya_spec(repo) == published


def test_a_document_published_as_a_file_is_fetched_whole_and_kept_byte_for_byte(
    repo: Path, site: DocsSite
) -> None:
    """A vendor that publishes openapi.json: recorded as kind "file", written as specs/<vendor>.json."""
    import yaml

    sources_file = repo / "specs/sources.json"
    sources = json.loads(sources_file.read_text())
    url = "https://control-plane.kubiya.ai/api/openapi.json"
    record = sources["kubiya"]
    for key in ("page", "extract", "full_document"):
        del record[key]
    record.update(kind="file", url=url, document="kubiya.json")
    sources_file.write_text(json.dumps(sources, indent=2) + "\n")
    document = yaml.safe_load(edited(kubiya_spec(repo), ADDED_FIELD))
    published = json.dumps(document, indent=4).encode() + b"\n"  # the vendor's own layout, kept as is
    site.routes["/control-plane.kubiya.ai/api/openapi.json"] = Reply(
        200, published, (("Content-Type", "application/json"),)
    )

    proc = update(repo, site, "kubiya", "runflow")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (
        f"kubiya       changed: specs/kubiya.json differs from {site.mirror}/control-plane.kubiya.ai"
        in proc.stdout
    )
    assert "runflow      manual: authored here from prose" in proc.stdout  # reported, never a failure
    assert (repo / "specs/kubiya.json").read_bytes() == published
    assert json.loads(sources_file.read_text())["kubiya"]["sha256"] == hashlib.sha256(published).hexdigest()

    proc = run_tool(repo, "generate", "kubiya")
    assert proc.returncode == 0, proc.stderr
    assert "terminated_by: str | Unset = UNSET" in (repo / MODEL).read_text()
    readme = (repo / "generated/kubiya_client/README.md").read_text()
    assert f"The OpenAPI document the vendor publishes, byte for byte:\n{url}" in readme
    assert "specs/kubiya.json" in readme
    assert run_tool(repo, "generate", "--check", "kubiya").returncode == 0  # as above
