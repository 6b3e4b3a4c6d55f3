"""A new vendor is the documented edits and nothing else: its document, its sources.json entry,
one registry line, its module and its test fixture (docs/contributing.md, "Adding a vendor").

On a scratch copy of the repository, a throwaway vendor ("acme", whose cancel takes a
project in the path besides the run id) is added with exactly those edits. Then, with the
very commands CI's sessions run (tools/sessions.py): generate and check_generated, lint,
typecheck, build (all seven distributions), contract against Prism, and a cancel through
`cancel("acme", ..., project=...)` and through the CLI's derived `--project` flag to a
server on 127.0.0.1. An edit beyond them that crept back into any of them fails here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.lazy import eager_imports
from tests.support.paths import ROOT
from tests.support.scratch import copy_repo, run_tool
from tests.support.server import MockServer, Reply
from tools.registry import REGISTRY

DOCUMENT = """\
openapi: 3.0.3
info:
  title: Acme runs
  version: 1.0.0
servers:
  - url: https://api.acme.invalid
paths:
  /projects/{project}/runs/{run_id}/cancel:
    post:
      operationId: cancelRun
      parameters:
        - name: project
          in: path
          required: true
          schema:
            type: string
        - name: run_id
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The run was canceled.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Cancellation'
      security:
        - bearer: []
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
  schemas:
    Cancellation:
      type: object
      required: [canceled, run_id]
      properties:
        canceled:
          type: boolean
        run_id:
          type: string
"""

MODULE = '''\
"""Acme: `POST /projects/{project}/runs/{run_id}/cancel` (a throwaway vendor for a test)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, Unpack

from pipeline_cancel._lazy import Generated, Models, Module
from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, require_env
from pipeline_cancel.errors import NotCanceledError
from pipeline_cancel.inputs import InputValue, RunInput
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor, VendorOptions

if TYPE_CHECKING:  # the generated code loads when a call first needs it
    import acme_client.api.default.cancel_run as cancel_run
    from acme_client.client import AuthenticatedClient  # noqa: F401 - in the base class's quoted arguments
    from acme_client.models.cancellation import Cancellation
else:
    cancel_run = Module("acme_client.api.default.cancel_run")


class Acme(Vendor["AuthenticatedClient", "Cancellation", object]):  # no status operation
    name = "acme"
    default_base_url = "https://api.acme.invalid"
    base_url_env = ("ACME_BASE_URL",)
    credential_env = ("ACME_API_KEY",)
    cli_help = "ACME_API_KEY  (--project required)"
    inputs = (RunInput("project", "the project the run belongs to", required=True),)
    _responses = Models({200: "acme_client.models.cancellation:Cancellation"})
    _client_class = Generated("acme_client.client:AuthenticatedClient")

    def __init__(self, *, api_key: str, **options: Unpack[VendorOptions]) -> None:
        super().__init__(bearer(self.name, api_key, "api_key"), **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        return cls(api_key=require_env(cls.name, "ACME_API_KEY"), **options)

    def cancel(self, run_id: str, *, project: str) -> CancelResult[Cancellation]:
        return self._cancel(run_id, {"project": project})

    async def acancel(self, run_id: str, *, project: str) -> CancelResult[Cancellation]:
        return await self._acancel(run_id, {"project": project})

    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        project = check_id(options.get("project"), "project", self.name)
        return cancel_run._get_kwargs(project, check_id(run_id, "run_id", self.name))

    def _interpret(self, run_id: str, status: int, parsed: Cancellation) -> CancelResult[Cancellation]:
        if parsed.canceled:
            return CancelResult(self.name, run_id, "canceled", "canceled", status, parsed)
        raise NotCanceledError("not canceled", vendor_status="false", response=parsed, vendor=self.name)
'''

USE = """
import json, sys
from pipeline_cancel import cancel
from pipeline_cancel.cli import main
result = cancel("acme", "run-1", project="p1")
print(json.dumps({"outcome": result.outcome, "type": type(result.response).__name__}))
sys.exit(main(["acme", "run-2", "--project", "p2", "--json"]))
"""

FIXTURE = {
    "about": "What the tests need of Acme (a throwaway vendor for a test).",
    "credentials": {"api_key": "acme_SECRET_1"},
    "env": {"ACME_API_KEY": "acme_SECRET_1"},
    "secret": "acme_SECRET_1",
    "run_id": "run_1",
    "inputs": {"project": "p1"},
    "route": "/projects/p1/runs/{id}/cancel",
    "auth_headers": {"authorization": "Bearer acme_SECRET_1"},
    "canceled": {"status": 200, "body": {"canceled": True, "run_id": "run_1"}},
}


def add_acme(repo: Path) -> None:
    """The documented edits, and nothing else."""
    (repo / "specs/acme.yaml").write_text(DOCUMENT)
    sources = json.loads((repo / "specs/sources.json").read_text())
    sources["acme"] = {
        "kind": "authored",
        "document": "acme.yaml",
        "page": "https://docs.acme.invalid/cancel (a throwaway vendor for a test)",
        "written": "2026-11-23",
        "sha256": hashlib.sha256(DOCUMENT.encode()).hexdigest(),
    }
    (repo / "specs/sources.json").write_text(json.dumps(sources, indent=2) + "\n")
    registry = repo / "overlay/pipeline_cancel/vendors/__init__.py"
    line = '    "kubiya": ("Kubiya", 1),\n'
    registry.write_text(registry.read_text().replace(line, line + '    "acme": ("Acme", 1),\n'))
    (repo / "overlay/pipeline_cancel/vendors/acme.py").write_text(MODULE)
    (repo / "specs/acme.fixture.json").write_text(json.dumps(FIXTURE, indent=2) + "\n")


def prism() -> str:
    """The pinned Prism the tests session installs (it says where); a checkout's own otherwise."""
    found = os.environ.get("PIPELINE_CANCEL_PRISM") or str(ROOT / "tools/prism/node_modules/.bin/prism")
    assert Path(found).is_file(), "run this through `python3 dev.py -s tests`, which installs Prism"
    return found


def checked(
    repo: Path, tool: str, *args: str, env: dict[str, str] | None = None, timeout: float = 600
) -> str:
    done = run_tool(repo, tool, *args, timeout=timeout, env=env)
    assert done.returncode == 0, f"{tool} {' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done.stdout


def test_a_new_vendor_is_the_documented_edits(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo", with_tests=True)
    add_acme(repo)

    assert "pipeline-cancel-acme-client -> 1.0.0 (first)" in checked(repo, "generate", "acme")
    # check_generated over the new vendor: the others are the repository's own, which CI's own
    # check_generated covers (regenerating Prefect's 141-path document again here costs half a minute).
    checked(repo, "generate", "--check", "acme")
    checked(repo, "sessions", "lint")
    # mypy starts from the checkout's cache when the typecheck session left one (CI runs it first):
    # it checks each file's hash, so only what Acme changed is read again.
    if (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", repo / ".mypy_cache")
    typecheck = checked(repo, "sessions", "typecheck", str(tmp_path / "mypy.ini"))
    assert "acme_client.client" in (tmp_path / "mypy.ini").read_text()
    assert "generated/acme_client" in typecheck and "Success: no issues found" in typecheck

    checked(repo, "build", "--skip-alone")
    wheels = sorted((repo / "dist").glob("*.whl"))
    assert len(wheels) == len(REGISTRY) + 2  # every registered client's, Acme's and the overlay's
    overlay_wheel = next(w for w in wheels if w.name.startswith("pipeline_cancel-"))
    info = "-".join(overlay_wheel.name.split("-")[:2]) + ".dist-info"
    metadata = subprocess.run(
        [sys.executable, "-c", f"import zipfile; z = zipfile.ZipFile({str(overlay_wheel)!r}); "
         f"print(z.read('{info}/METADATA').decode())"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "Requires-Dist: pipeline-cancel-acme-client<2,>=1.0.0" in metadata

    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
    subprocess.run([*pip, *map(str, wheels)], check=True)
    installed = {**os.environ, "PYTHONPATH": str(target)}
    assert eager_imports([("acme", "pipeline_cancel.vendors.acme", "acme_client")], installed) == {"acme": []}
    # Acme's exchanges (and Kubiya's, the negative control's mock); CI's contract session runs the rest.
    contract = checked(repo, "sessions", "contract", prism(), "acme", env=installed)
    for label in ("acme overlay sync", "acme overlay async", "acme generated"):
        assert f"ok   {label} " in contract
    assert "POST /projects/p1/runs/run_1/cancel" in contract
    assert "no violations; negative control flagged as expected" in contract

    with MockServer() as server:
        server.default = Reply.json(200, {"canceled": True, "run_id": "run-1"})
        env = {**installed, "ACME_API_KEY": "acme-key", "ACME_BASE_URL": server.url}
        run = subprocess.run(
            [sys.executable, "-c", USE], capture_output=True, text=True, env=env, cwd=tmp_path
        )
        version = subprocess.run(
            [sys.executable, "-m", "pipeline_cancel", "--version"],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        refused = subprocess.run(
            [sys.executable, "-m", "pipeline_cancel", "acme", "run-3", "--reason", "x"],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
    assert run.returncode == 0, run.stderr
    first, second = (json.loads(line) for line in run.stdout.strip().splitlines())
    assert first == {"outcome": "canceled", "type": "Cancellation"}
    assert second["outcome"] == "canceled" and second["run_id"] == "run-2"
    assert [r.path for r in server.requests] == [
        "/projects/p1/runs/run-1/cancel",
        "/projects/p2/runs/run-2/cancel",
    ]
    assert server.requests[0].headers["authorization"] == "Bearer acme-key"
    assert "pipeline-cancel-acme-client 1.0.0" in version.stdout
    assert refused.returncode == 2
    assert "--reason does not apply: this vendor's cancel takes --project" in refused.stderr
