"""Is a parsed answer what the vendor's document says? Checked against the generated model's types.

The generated `from_dict` copies whatever JSON it finds into the model (a string
where a boolean is documented, a number where a string is), so a success could rest
on a value the document rules out. The models' annotations are the document's
types, as the generator wrote them; every field is checked against them, nested
models too. Unknown fields (`additional_properties`) are the vendor's to add.
"""

from __future__ import annotations

import datetime
import enum
import functools
import sys
import types
import typing
from typing import Any

import attrs


class ShapeError(TypeError):
    """A field of a parsed answer does not have its documented type."""


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    models = sys.modules[cls.__module__.rsplit(".", 1)[0]]  # <client>.models re-exports every model
    return typing.get_type_hints(cls, globalns={**vars(models), **vars(module)})


def _fits(value: object, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    if hint is bool:
        return type(value) is bool
    if hint is int:
        return isinstance(value, int) and type(value) is not bool
    if hint is float:
        return isinstance(value, int | float) and type(value) is not bool
    if isinstance(hint, type) and attrs.has(hint):
        if not isinstance(value, hint):
            return False
        check(value)
        return True
    if isinstance(hint, type) and issubclass(hint, enum.Enum | datetime.date | str):
        return isinstance(value, hint)
    return isinstance(value, hint) if isinstance(hint, type) else True


def check(model: Any) -> None:
    """Raise `ShapeError` naming the first field whose value is not of its documented type."""
    cls: Any = type(model)
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        value = getattr(model, field.name)
        if not _fits(value, hints[field.name]):
            raise ShapeError(f"{cls.__name__}.{field.name} is {type(value).__name__}, not as documented")
