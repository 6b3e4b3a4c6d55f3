"""What a vendor module names of its generated client, imported when a call first needs it.

A generated package's `models/__init__.py` imports every model it has, so a vendor module
that imported its models at the top made `from pipeline_cancel import Kubiya` load all of
Kubiya's, and importing every vendor load every model of every client. Naming them
as `"package.module:Name"` here defers that to the first call that reads an answer, and
a `Module` defers an operation's module to the first call that builds its request.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any


def resolve(path: str) -> Any:
    """`"package.module:Name"` -> the object; the import runs once, later calls find it loaded."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class Models(Mapping[int, Any]):
    """Status code -> generated model class, each imported on first read."""

    def __init__(self, paths: Mapping[int, str]) -> None:
        self._paths = dict(paths)
        self._loaded: dict[int, Any] = {}

    def __getitem__(self, status: int) -> Any:
        found = self._loaded.get(status)
        if found is None:
            found = self._loaded[status] = resolve(self._paths[status])
        return found

    def get(self, status: int, default: Any = None) -> Any:
        """`Mapping.get` without its exception round trip: every answer's status is looked up here."""
        found = self._loaded.get(status)
        if found is not None:
            return found
        return self[status] if status in self._paths else default

    def __iter__(self) -> Iterator[int]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


class Module:
    """A generated module, imported when one of its names is first read.

    After that its names are this object's own attributes, so a call reads them as fast
    as from the module itself, and no import statement runs on each call. A vendor
    module binds one of these only at run time; the type checker sees the real module.
    """

    def __init__(self, name: str) -> None:
        self.__dict__["_lazy_module_name"] = name

    def __getattr__(self, attr: str) -> Any:  # only for names not yet copied here
        module = importlib.import_module(self.__dict__["_lazy_module_name"])
        self.__dict__.update(vars(module))
        return getattr(module, attr)


class Generated:
    """A class attribute naming one generated object (the client class), imported on first read."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._loaded: Any = None

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if self._loaded is None:
            self._loaded = resolve(self._path)
        return self._loaded
