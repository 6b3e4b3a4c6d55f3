"""Cancel a run on Gumloop, VectorShift, Ionworks, Runflow, Kubiya or Prefect, the same way on each.

Names load on first use, so `import pipeline_cancel` costs little more than the
interpreter, and `from pipeline_cancel import Kubiya` loads Kubiya's client and
nothing of the other vendors, the CLI or asyncio.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from pipeline_cancel._version import __version__

if TYPE_CHECKING:  # the same names as _LAZY, spelled out for type checkers
    from pipeline_cancel import errors
    from pipeline_cancel.bulk import Outcome, acancel, acancel_many, cancel, cancel_many
    from pipeline_cancel.result import CancelResult, RunStatus
    from pipeline_cancel.retries import RetryPolicy
    from pipeline_cancel.vendor import Vendor, VendorOptions
    from pipeline_cancel.vendors.gumloop import Gumloop
    from pipeline_cancel.vendors.ionworks import Ionworks
    from pipeline_cancel.vendors.kubiya import Kubiya
    from pipeline_cancel.vendors.prefect import Prefect
    from pipeline_cancel.vendors.runflow import Runflow
    from pipeline_cancel.vendors.vectorshift import VectorShift

# Public name -> the module that defines it, for `__getattr__`.
_LAZY = {
    "CancelResult": "pipeline_cancel.result",
    "Gumloop": "pipeline_cancel.vendors.gumloop",
    "Ionworks": "pipeline_cancel.vendors.ionworks",
    "Kubiya": "pipeline_cancel.vendors.kubiya",
    "Outcome": "pipeline_cancel.bulk",
    "Prefect": "pipeline_cancel.vendors.prefect",
    "RetryPolicy": "pipeline_cancel.retries",
    "RunStatus": "pipeline_cancel.result",
    "Runflow": "pipeline_cancel.vendors.runflow",
    "VectorShift": "pipeline_cancel.vendors.vectorshift",
    "Vendor": "pipeline_cancel.vendor",
    "VendorOptions": "pipeline_cancel.vendor",
    "acancel": "pipeline_cancel.bulk",
    "acancel_many": "pipeline_cancel.bulk",
    "cancel": "pipeline_cancel.bulk",
    "cancel_many": "pipeline_cancel.bulk",
}

# Spelled out for type checkers, which cannot read a computed list; tests/test_public_api.py
# checks it is exactly _LAZY's names plus these two.
__all__ = [
    "CancelResult",
    "Gumloop",
    "Ionworks",
    "Kubiya",
    "Outcome",
    "Prefect",
    "RetryPolicy",
    "RunStatus",
    "Runflow",
    "VectorShift",
    "Vendor",
    "VendorOptions",
    "__version__",
    "acancel",
    "acancel_many",
    "cancel",
    "cancel_many",
    "errors",
]


def __getattr__(name: str) -> object:
    if name == "errors":
        return importlib.import_module("pipeline_cancel.errors")
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline_cancel' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
