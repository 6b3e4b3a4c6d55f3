"""The overlay's dependencies, derived from the vendor registry when the package is built.

`pipeline-cancel` needs httpx, attrs and each registered vendor's client, in the
range of the major version the registry says the overlay works with: every
non-breaking release of a client is accepted, a breaking one is not.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

# anyio comes with httpx; the overlay's async path imports it directly, and needs 4.11
# (`anyio.lowlevel.current_token`), so it says so.
RUNTIME = ["httpx>=0.23.1,<0.29", "attrs>=22.2.0", "anyio>=4.11"]


def _registry(root: Path) -> dict[str, tuple[str, int]]:
    """The registry, parsed by tools/registry.py (run from its file: the build has no tools package)."""
    table: dict[str, tuple[str, int]] = runpy.run_path(str(root / "tools" / "registry.py"))["REGISTRY"]
    return table


def dependencies(root: Path) -> list[str]:
    clients = [
        f"pipeline-cancel-{vendor}-client>={major}.0.0,<{major + 1}"
        for vendor, (_, major) in _registry(root).items()
    ]
    return [*RUNTIME, *clients]


class RegistryDependencies(MetadataHookInterface):
    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        metadata["dependencies"] = dependencies(Path(self.root))
