"""One module per vendor; each is imported only when its class is first used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline_cancel.vendor import Vendor

# name -> (module, class): the CLI, `cancel("gumloop", ...)` and lazy exports all read this.
REGISTRY: dict[str, tuple[str, str]] = {
    "gumloop": ("pipeline_cancel.vendors.gumloop", "Gumloop"),
    "vectorshift": ("pipeline_cancel.vendors.vectorshift", "VectorShift"),
    "ionworks": ("pipeline_cancel.vendors.ionworks", "Ionworks"),
    "runflow": ("pipeline_cancel.vendors.runflow", "Runflow"),
    "kubiya": ("pipeline_cancel.vendors.kubiya", "Kubiya"),
}


def vendor_class(name: str) -> type[Vendor[object, object]]:
    from pipeline_cancel.errors import ConfigurationError

    try:
        module, attr = REGISTRY[name.lower()]
    except KeyError:
        raise ConfigurationError(f"unknown vendor {name!r}; choose from {', '.join(REGISTRY)}") from None
    cls: type[Vendor[object, object]] = getattr(importlib.import_module(module), attr)
    return cls
