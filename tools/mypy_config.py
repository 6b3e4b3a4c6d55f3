"""The mypy configuration `typecheck` runs with: pyproject.toml's [tool.mypy], plus one override
for the generated `client.py` of every client the registry names, and no other module.

Usage: python -m tools.mypy_config OUTPUT.ini

openapi-python-client 0.29.1's `client.py` forwards `*args: Any` from `__exit__`/`__aexit__`
to httpx, whose signatures are typed: 12 `arg-type` errors per client (no upstream issue
found as of 2026-11-23). The override disables that one code in that one module of each
client; it is derived from the registry so that a new vendor needs no edit here, and it
names modules exactly, not `*.client`, which would reach other packages. Drop it when the
pinned generator emits typed signatures.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from tools.registry import ROOT, VENDORS, package

CLIENT_OVERRIDE = {"disable_error_code": ["arg-type"]}


def _ini(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def client_modules() -> list[str]:
    return [f"{package(vendor)}.client" for vendor in VENDORS]


def config(root: Path = ROOT) -> str:
    mypy = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    overrides = [{"module": client_modules(), **CLIENT_OVERRIDE}, *mypy.pop("overrides", [])]
    lines = ["# Written by tools/mypy_config.py from pyproject.toml and the vendor registry.", "[mypy]"]
    lines += [f"{key} = {_ini(value)}" for key, value in mypy.items()]
    for override in overrides:
        modules = override.pop("module")
        lines += ["", f"[mypy-{_ini(modules if isinstance(modules, list) else [modules])}]"]
        lines += [f"{key} = {_ini(value)}" for key, value in override.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tools.mypy_config OUTPUT.ini", file=sys.stderr)
        return 2
    Path(argv[0]).write_text(config(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
