"""The vendors, read from the overlay's registry (overlay/pipeline_cancel/vendors/__init__.py).

Parsed rather than imported, so the noxfile, the build hook and the tools can read it
before anything is installed, with the standard library alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

# The checkout, for every module of tools/: found from this file, which the build hook runs alone
# (runpy, in the sdist too), so it cannot import it from anywhere.
ROOT = Path(__file__).resolve().parent.parent
REGISTRY_FILE = ROOT / "overlay" / "pipeline_cancel" / "vendors" / "__init__.py"


def read(path: Path = REGISTRY_FILE) -> dict[str, tuple[str, int]]:
    """name -> (class name, client major), in the registry's order."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "REGISTRY"
        ):
            assert node.value is not None
            table: dict[str, tuple[str, int]] = ast.literal_eval(node.value)
            return table
    raise LookupError(f"{path}: no REGISTRY table")


REGISTRY = read()
VENDORS: tuple[str, ...] = tuple(REGISTRY)


def package(vendor: str) -> str:
    """The generated client's import package."""
    return f"{vendor}_client"


def distribution(vendor: str) -> str:
    """The generated client's distribution name on an index."""
    return f"pipeline-cancel-{vendor}-client"


def client_dir(vendor: str) -> Path:
    return ROOT / "generated" / package(vendor)
