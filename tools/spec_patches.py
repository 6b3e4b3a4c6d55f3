"""Apply OpenAPI Overlay 1.0 documents (the generator patches) to a vendored document.

Only the part of Overlay 1.0 the patches use is supported, and anything else is
refused rather than guessed at: targets are JSONPath of plain segments
(`$.a.b`, `$['a/b']`) naming exactly one node; actions are `update` (recursive
merge: objects merge, arrays append, scalars replace) or `remove: true`.
"""

from __future__ import annotations

import copy
import re
from typing import Any


class SpecError(Exception):
    """A document (or a patch) that must not reach the generator; the text says which and why."""


_SEGMENT = re.compile(r"""\.([A-Za-z_][\w-]*)|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]""")


class OverlayError(Exception):
    pass


def parse_target(target: str) -> list[str]:
    if not target.startswith("$"):
        raise OverlayError(f"target {target!r} must start with '$'")
    keys: list[str] = []
    pos = 1
    while pos < len(target):
        match = _SEGMENT.match(target, pos)
        if match is None:
            raise OverlayError(f"target {target!r}: unsupported JSONPath at {target[pos:]!r}")
        keys.append(next(g for g in match.groups() if g is not None))
        pos = match.end()
    return keys


def _resolve(doc: Any, keys: list[str], target: str) -> Any:
    node = doc
    for key in keys:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise OverlayError(
                f"target {target!r} matches nothing (no {key!r}); the document changed, review the patch"
            )
    return node


def _merge(into: Any, update: Any) -> Any:
    if isinstance(into, dict) and isinstance(update, dict):
        for key, value in update.items():
            into[key] = _merge(into[key], value) if key in into else copy.deepcopy(value)
        return into
    if isinstance(into, list) and isinstance(update, list):
        return into + copy.deepcopy(update)
    return copy.deepcopy(update)


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any], origin: str) -> dict[str, Any]:
    """A patched copy of `doc`; `doc` itself is left as it was."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(f"{origin}: not an OpenAPI Overlay 1.x document")
    result = copy.deepcopy(doc)
    for number, action in enumerate(overlay.get("actions") or [], start=1):
        target = action.get("target", "")
        try:
            keys = parse_target(target)
            if action.get("remove") is True:
                if not keys:
                    raise OverlayError("cannot remove the whole document")
                parent = _resolve(result, keys[:-1], target)
                _resolve(result, keys, target)
                if isinstance(parent, list):
                    del parent[int(keys[-1])]
                else:
                    del parent[keys[-1]]
            elif "update" in action:
                node = _resolve(result, keys, target)
                merged = _merge(node, action["update"])
                if merged is not node:
                    if not keys:
                        raise OverlayError("the document root must stay an object")
                    _resolve(result, keys[:-1], target)[keys[-1]] = merged
            else:
                raise OverlayError("an action needs `update` or `remove: true`")
        except OverlayError as exc:
            raise SpecError(f"{origin}: action {number}: {exc}") from None
    return result
