"""One configured vendor object per vendor, pointed at a loopback server, for table-driven tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from pipeline_cancel import Gumloop, Ionworks, Kubiya, Runflow, VectorShift
from pipeline_cancel.vendor import Vendor

SECRETS = {
    "gumloop": "gl_personal_SECRET_1234",
    "vectorshift": "vs_SECRET_5678",
    "ionworks": "iw_SECRET_9012",
    "runflow": "rf_svc_SECRET_3456",
    "kubiya": "kb_SECRET_7890",
}


@attrs.frozen
class Case:
    vendor: str
    make: Callable[..., Vendor[Any, Any]]
    cancel_args: dict[str, str]
    route: str  # the documented path, with {id} where the run id goes
    auth_headers: dict[str, str]

    @property
    def pipeline_id(self) -> str | None:
        return self.cancel_args.get("pipeline_id")

    @property
    def reason(self) -> str | None:
        return self.cancel_args.get("reason")

    def path_for(self, encoded_id: str) -> str:
        return self.route.replace("{id}", encoded_id)


CASES: dict[str, Case] = {
    "gumloop": Case(
        "gumloop",
        lambda url, **o: Gumloop(api_key=SECRETS["gumloop"], user_id="user_1", base_url=url, **o),
        {},
        "/kill_pipeline",
        {"authorization": f"Bearer {SECRETS['gumloop']}", "x-auth-key": "user_1"},
    ),
    "vectorshift": Case(
        "vectorshift",
        lambda url, **o: VectorShift(api_key=SECRETS["vectorshift"], base_url=url, **o),
        {"pipeline_id": "pl_1"},
        "/pipeline/pl_1/terminate",
        {"authorization": f"Bearer {SECRETS['vectorshift']}"},
    ),
    "ionworks": Case(
        "ionworks",
        lambda url, **o: Ionworks(api_key=SECRETS["ionworks"], base_url=url, **o),
        {},
        "/pipelines/{id}/cancel",
        {"x-api-key": SECRETS["ionworks"]},
    ),
    "runflow": Case(
        "runflow",
        lambda url, **o: Runflow(admin_key=SECRETS["runflow"], base_url=url, **o),
        {"reason": "duplicate submission"},
        "/v1/admin/runs/{id}/cancellation",
        {"authorization": f"Bearer {SECRETS['runflow']}"},
    ),
    "kubiya": Case(
        "kubiya",
        lambda url, **o: Kubiya(api_key=SECRETS["kubiya"], base_url=url, **o),
        {"reason": "stuck in retry loop"},
        "/api/v1/executions/{id}/terminate",
        {"authorization": f"Bearer {SECRETS['kubiya']}"},
    ),
}

# A success body per vendor that means "this call stopped it".
CANCELED_REPLY_STATUS = {"gumloop": 200, "vectorshift": 200, "ionworks": 200, "runflow": 201, "kubiya": 200}
