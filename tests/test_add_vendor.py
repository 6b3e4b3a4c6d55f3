"""A sixth vendor is four edits: its document, its sources.json entry, one registry line, one module.

On a scratch copy of the repository, a throwaway vendor ("acme") is added with exactly
those four edits; then it is generated, all seven distributions are built and checked,
installed, and a cancel goes through both `cancel("acme", ...)` and the CLI to a
server on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.scratch import copy_repo, run_tool
from tests.support.server import MockServer, Reply

DOCUMENT = """\
openapi: 3.0.3
info:
  title: Acme runs
  version: 1.0.0
servers:
  - url: https://api.acme.invalid
paths:
  /runs/{run_id}/cancel:
    post:
      operationId: cancelRun
      parameters:
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
"""Acme: `POST /runs/{run_id}/cancel` (a throwaway vendor for a test)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, Unpack

from acme_client.api.default import cancel_run
from acme_client.client import AuthenticatedClient
from acme_client.models.cancellation import Cancellation

from pipeline_cancel.auth import bearer
from pipeline_cancel.checks import check_id, require_env
from pipeline_cancel.errors import NotCanceledError
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor, VendorOptions


class Acme(Vendor[AuthenticatedClient, Cancellation, object]):  # no status operation
    name = "acme"
    default_base_url = "https://api.acme.invalid"
    base_url_env = ("ACME_BASE_URL",)
    credential_env = ("ACME_API_KEY",)
    cli_help = "ACME_API_KEY"
    _responses = {200: Cancellation}
    _client_class = AuthenticatedClient

    def __init__(self, *, api_key: str, **options: Unpack[VendorOptions]) -> None:
        super().__init__(bearer(self.name, api_key, "api_key"), **options)

    @classmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        return cls(api_key=require_env(cls.name, "ACME_API_KEY"), **options)

    def cancel(self, run_id: str) -> CancelResult[Cancellation]:
        return self._cancel(run_id, {})

    async def acancel(self, run_id: str) -> CancelResult[Cancellation]:
        return await self._acancel(run_id, {})

    def _build(self, run_id: str, options: Mapping[str, str]) -> dict[str, Any]:
        return cancel_run._get_kwargs(check_id(run_id, "run_id", self.name))

    def _interpret(self, run_id: str, status: int, parsed: Cancellation) -> CancelResult[Cancellation]:
        if parsed.canceled:
            return CancelResult(self.name, run_id, "canceled", "canceled", status, parsed)
        raise NotCanceledError("not canceled", vendor_status="false", response=parsed, vendor=self.name)
'''

USE = """
import json, sys
from pipeline_cancel import cancel
from pipeline_cancel.cli import main
result = cancel("acme", "run-1")
print(json.dumps({"outcome": result.outcome, "type": type(result.response).__name__}))
sys.exit(main(["acme", "run-2", "--json"]))
"""


def add_acme(repo: Path) -> None:
    """The four edits, and nothing else."""
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


def test_a_sixth_vendor_is_four_edits(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    add_acme(repo)

    generated = run_tool(repo, "generate", "acme")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert "pipeline-cancel-acme-client -> 1.0.0 (first)" in generated.stdout
    assert run_tool(repo, "generate", "--check").returncode == 0

    built = run_tool(repo, "build", "--skip-alone", timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted((repo / "dist").glob("*.whl"))
    assert len(wheels) == 7
    overlay_wheel = next(w for w in wheels if w.name.startswith("pipeline_cancel-"))
    info = "-".join(overlay_wheel.name.split("-")[:2]) + ".dist-info"
    metadata = subprocess.run(
        [sys.executable, "-c", f"import zipfile; z = zipfile.ZipFile({str(overlay_wheel)!r}); "
         f"print(z.read('{info}/METADATA').decode())"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "Requires-Dist: pipeline-cancel-acme-client<2,>=1.0.0" in metadata

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            *map(str, wheels),
        ],
        check=True,
    )
    with MockServer() as server:
        server.default = Reply.json(200, {"canceled": True, "run_id": "run-1"})
        env = {
            **os.environ,
            "PYTHONPATH": str(target),
            "ACME_API_KEY": "acme-key",
            "ACME_BASE_URL": server.url,
        }
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
    assert run.returncode == 0, run.stderr
    first, second = (json.loads(line) for line in run.stdout.strip().splitlines())
    assert first == {"outcome": "canceled", "type": "Cancellation"}
    assert second["outcome"] == "canceled" and second["run_id"] == "run-2"
    assert [r.path for r in server.requests] == ["/runs/run-1/cancel", "/runs/run-2/cancel"]
    assert server.requests[0].headers["authorization"] == "Bearer acme-key"
    assert "pipeline-cancel-acme-client 1.0.0" in version.stdout
