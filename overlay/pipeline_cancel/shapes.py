"""Is a parsed answer what the vendor's document says? Checked against the generated model's types.

The generated `from_dict` copies whatever JSON it finds into the model (a string
where a boolean is documented, a number where a string is), so a success could rest
on a value the document rules out. The models' annotations are the document's
types, as the generator wrote them; every field is checked against them, nested
models too. Unknown fields (`additional_properties`) are the vendor's to add.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs


class ShapeError(TypeError):
    """A field of a parsed answer does not have its documented type."""


Check = Callable[[object], bool]


def _is(kind: type) -> Check:
    return lambda value: isinstance(value, kind)


@functools.cache
def _checker(hint: Any) -> Check:
    """A predicate for one annotation, built once per annotation."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = tuple(_checker(arg) for arg in typing.get_args(hint))
        return lambda value: any(fits(value) for fits in options)
    if origin is list:
        item = _checker((typing.get_args(hint) or (Any,))[0])
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if origin is dict:
        return _is(dict)
    if hint is Any:
        return lambda value: True
    if hint is None or hint is type(None):
        return lambda value: value is None
    if hint is bool:
        return lambda value: type(value) is bool
    if hint is int:
        return lambda value: isinstance(value, int) and type(value) is not bool
    if hint is float:
        return lambda value: isinstance(value, int | float) and type(value) is not bool
    if isinstance(hint, type) and attrs.has(hint):
        return lambda value: isinstance(value, hint) and _check_fields(value)
    if isinstance(hint, type):
        return _is(hint)
    return lambda value: True


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Check], ...]:
    """Each documented field of a generated model with its predicate; unknown fields are the vendor's."""
    module = sys.modules[cls.__module__]
    models = sys.modules[cls.__module__.rsplit(".", 1)[0]]  # <client>.models re-exports every model
    hints = typing.get_type_hints(cls, globalns={**vars(models), **vars(module)})
    names = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    return tuple((name, _checker(hints[name])) for name in names)


def _check_fields(model: object) -> bool:
    check(model)
    return True


def check(model: object) -> None:
    """Raise `ShapeError` naming the first field whose value is not of its documented type."""
    cls: Any = type(model)
    for name, fits in _fields(cls):
        value = getattr(model, name)
        if not fits(value):
            raise ShapeError(f"{type(model).__name__}.{name} is {type(value).__name__}, not as documented")
