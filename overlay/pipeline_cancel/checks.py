"""Client-side refusals: what the vendors' docs forbid is refused here, before anything is sent."""

from __future__ import annotations

import os
import re

from pipeline_cancel.errors import ConfigurationError

MAX_ID_LENGTH = 1024
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly


def check_id(value: object, what: str, vendor: str) -> str:
    """An id that can only ever name one resource inside the documented route.

    The generated clients percent-encode path parameters (so `/`, `?`, `#` cannot
    escape), but `.` and `..` are unreserved and would be resolved as path segments,
    and control characters are never part of a real id.
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string, got {type(value).__name__}", vendor=vendor)
    if not value.strip():
        raise ConfigurationError(f"{what} is empty", vendor=vendor)
    if value in {".", ".."}:
        raise ConfigurationError(f"{what} {value!r} is not an id", vendor=vendor)
    if len(value) > MAX_ID_LENGTH:
        raise ConfigurationError(
            f"{what} is {len(value)} characters long; no vendor's ids are longer than {MAX_ID_LENGTH}",
            vendor=vendor,
        )
    if _CONTROL.search(value):
        raise ConfigurationError(
            f"{what} contains control characters (line breaks, tabs, NUL)", vendor=vendor
        )
    return value


def check_text(value: object, what: str, vendor: str, *, min_len: int, max_len: int) -> str:
    """A free-text field with the vendor's documented length limits; never all whitespace."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string, got {type(value).__name__}", vendor=vendor)
    if not value.strip():
        raise ConfigurationError(f"{what} must not be empty or only whitespace", vendor=vendor)
    if not min_len <= len(value) <= max_len:
        raise ConfigurationError(
            f"{what} must be {min_len}-{max_len} characters, got {len(value)}", vendor=vendor
        )
    return value


def env(*names: str) -> str | None:
    """The first of `names` that is set to something non-blank."""
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def require_env(vendor: str, name: str) -> str:
    """The one variable a vendor's credential comes from; its absence is a configuration error."""
    value = env(name)
    if value is None:
        raise ConfigurationError(f"set {name} in the environment", vendor=vendor)
    return value
