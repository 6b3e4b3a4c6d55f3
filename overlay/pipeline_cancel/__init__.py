"""Cancel a run on Gumloop, VectorShift, Ionworks, Runflow or Kubiya, the same way on each.

Names load on first use, so `import pipeline_cancel` costs little more than the
interpreter: the vendor clients (and httpx) are imported when a vendor is touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from pipeline_cancel import errors
    from pipeline_cancel.bulk import acancel, acancel_many, cancel, cancel_many
    from pipeline_cancel.result import CancelResult
    from pipeline_cancel.retries import RetryPolicy
    from pipeline_cancel.vendor import Vendor
    from pipeline_cancel.vendors.gumloop import Gumloop
    from pipeline_cancel.vendors.ionworks import Ionworks
    from pipeline_cancel.vendors.kubiya import Kubiya
    from pipeline_cancel.vendors.runflow import Runflow
    from pipeline_cancel.vendors.vectorshift import VectorShift

__all__ = [
    "CancelResult",
    "Gumloop",
    "Ionworks",
    "Kubiya",
    "RetryPolicy",
    "Runflow",
    "VectorShift",
    "Vendor",
    "__version__",
    "acancel",
    "acancel_many",
    "cancel",
    "cancel_many",
    "errors",
]

_LAZY = {
    "CancelResult": "pipeline_cancel.result",
    "Gumloop": "pipeline_cancel.vendors.gumloop",
    "Ionworks": "pipeline_cancel.vendors.ionworks",
    "Kubiya": "pipeline_cancel.vendors.kubiya",
    "RetryPolicy": "pipeline_cancel.retries",
    "Runflow": "pipeline_cancel.vendors.runflow",
    "VectorShift": "pipeline_cancel.vendors.vectorshift",
    "Vendor": "pipeline_cancel.vendor",
    "acancel": "pipeline_cancel.bulk",
    "acancel_many": "pipeline_cancel.bulk",
    "cancel": "pipeline_cancel.bulk",
    "cancel_many": "pipeline_cancel.bulk",
}


def __getattr__(name: str) -> Any:
    if name == "errors":
        return importlib.import_module("pipeline_cancel.errors")
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline_cancel' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
