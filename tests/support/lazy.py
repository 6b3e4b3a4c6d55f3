"""Which vendor modules load their generated package at import time (the import budget's guard).

A vendor module must leave its generated client unloaded until a call needs it
(`pipeline_cancel/_lazy.py`): one that imports it at the top still passes every
behavioural test, while `from pipeline_cancel import Prefect` would load hundreds of
models. Each module is imported in a fresh interpreter, one after another, and every
module of the vendor's generated package then in `sys.modules` is reported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence

PROBE = """
import importlib, json, sys
found = {}
for vendor, module, package in json.loads(sys.argv[1]):
    importlib.import_module(module)
    found[vendor] = sorted(m for m in sys.modules if m == package or m.startswith(package + "."))
print(json.dumps(found))
"""


def eager_imports(
    vendors: Sequence[tuple[str, str, str]], env: Mapping[str, str] | None = None
) -> dict[str, list[str]]:
    """vendor -> the modules of its generated package that importing its module loaded, for each
    (vendor, vendor module, generated package)."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(vendors))],
        capture_output=True, text=True, env=None if env is None else dict(env), timeout=120,
    )  # fmt: skip
    if proc.returncode != 0:
        raise AssertionError(f"importing the vendor modules failed:\n{proc.stderr}")
    found: dict[str, list[str]] = json.loads(proc.stdout)
    return found


def complaint(found: Mapping[str, Sequence[str]]) -> str | None:
    """The failure message naming every vendor that loads its generated code eagerly; None if none does."""
    eager = {vendor: modules for vendor, modules in found.items() if modules}
    if not eager:
        return None
    named = "; ".join(f"{vendor} (loads {', '.join(modules[:3])})" for vendor, modules in eager.items())
    return (
        f"these vendor modules import their generated package at import time: {named}. Import it under"
        " TYPE_CHECKING and name what a call needs with _lazy.Module, Models and Generated"
        " (docs: adding a vendor)"
    )
