"""One configured vendor object per registered vendor, pointed at a loopback server, for
table-driven tests: the registry says which vendors, and each vendor's fixture file
(`specs/<vendor>.fixture.json`, beside its document) says what the tests need of it.

A vendor added with the documented edits is in every table that iterates `CASES`, and in
the contract session, without an edit here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
from pipeline_cancel.vendors import REGISTRY, vendor_class

from tests.support.paths import ROOT
from tests.support.server import Reply

FIXTURE_KEYS = frozenset(
    {"about", "credentials", "env", "secret", "run_id", "inputs", "route", "auth_headers", "canceled"}
)


@attrs.frozen
class Case:
    vendor: str
    credentials: dict[str, str]
    cancel_args: dict[str, str]
    route: str  # the documented path, with {id} where the run id goes
    auth_headers: dict[str, str]
    env: dict[str, str]
    secret: str
    canceled: Reply
    run_id: str  # an id of the vendor's shape (Prefect's are UUIDs, checked before sending)

    @property
    def make(self) -> Callable[..., Any]:
        """`make(base_url, **options)`: the vendor object, with this fixture's credentials. Typed `Any`:
        each vendor's constructor and `cancel` take their own keywords, which a table cannot spell."""
        cls: Any = vendor_class(self.vendor)

        def make(url: str, **options: Any) -> Any:
            return cls(**self.credentials, base_url=url, **options)

        return make

    @property
    def pipeline_id(self) -> str | None:
        return self.cancel_args.get("pipeline_id")

    @property
    def reason(self) -> str | None:
        return self.cancel_args.get("reason")

    def path_for(self, encoded_id: str) -> str:
        return self.route.replace("{id}", encoded_id)

    def flags(self) -> list[str]:
        """The cancel's inputs as CLI flags, spelled as the vendor declares them."""
        out: list[str] = []
        for declared in vendor_class(self.vendor).inputs:
            if declared.name in self.cancel_args:
                out += [declared.flag, str(self.cancel_args[declared.name])]
        return out


def load(vendor: str) -> Case:
    path = ROOT / "specs" / f"{vendor}.fixture.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if set(data) != FIXTURE_KEYS:
        raise ValueError(f"{path.name}: keys must be exactly {sorted(FIXTURE_KEYS)}, got {sorted(data)}")
    answer = data["canceled"]
    return Case(
        vendor=vendor,
        credentials=data["credentials"],
        cancel_args=data["inputs"],
        route=data["route"],
        auth_headers=data["auth_headers"],
        env=data["env"],
        secret=data["secret"],
        canceled=Reply.json(answer["status"], answer["body"]),
        run_id=data["run_id"],
    )


CASES: dict[str, Case] = {vendor: load(vendor) for vendor in REGISTRY}
SECRETS = {vendor: case.secret for vendor, case in CASES.items()}

# The status of the answer that means "this call stopped it", per vendor.
CANCELED_REPLY_STATUS = {vendor: case.canceled.status for vendor, case in CASES.items()}
