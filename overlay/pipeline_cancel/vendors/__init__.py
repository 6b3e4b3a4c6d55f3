"""The registry of vendors: one line each. Everything else follows from it.

A vendor named `acme` here has its class in `pipeline_cancel.vendors.acme`, its
document in `specs/acme.yaml` (with an entry in `specs/sources.json`), its generated
client in `generated/acme_client` (import package `acme_client`, distribution
`pipeline-cancel-acme-client`). The number is the major version of that client this
overlay works with: `pipeline-cancel` depends on `>=N.0.0,<N+1`, and it moves only when
the overlay has been made to work with a new major. The noxfile, the packaging, the
tools, the CLI and the tests read this table (the tools parse it, so it must stay a
literal).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline_cancel.vendor import Vendor

REGISTRY: dict[str, tuple[str, int]] = {
    "gumloop": ("Gumloop", 1),
    "vectorshift": ("VectorShift", 1),
    "ionworks": ("Ionworks", 1),
    "runflow": ("Runflow", 1),
    "kubiya": ("Kubiya", 1),
    "prefect": ("Prefect", 1),
}


def vendor_class(name: str) -> type[Vendor[object, object, object]]:
    from pipeline_cancel.errors import ConfigurationError

    key = name.lower() if isinstance(name, str) else name
    if key not in REGISTRY:
        raise ConfigurationError(f"unknown vendor {name!r}; choose from {', '.join(REGISTRY)}")
    cls: type[Vendor[object, object, object]] = getattr(
        importlib.import_module(f"pipeline_cancel.vendors.{key}"), REGISTRY[key][0]
    )
    return cls
