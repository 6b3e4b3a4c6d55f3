"""The vendored documents: where they live, how they are read, checked and patched.

Everything that turns a file in specs/ into the document the generator sees goes
through here, so `generate`, `check_generated`, `update_specs` and the tests all
read the same thing the same way.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import yaml

from tools.registry import ROOT, VENDORS, package
from tools.spec_patches import SpecError, apply_overlay

SPECS = ROOT / "specs"
PATCHES = SPECS / "generator-patches"
SOURCES = SPECS / "sources.json"
GENERATED = ROOT / "generated"


def package_name(vendor: str) -> str:
    return package(vendor)


def spec_path(vendor: str) -> Path:
    """The vendor's main document: `specs/<vendor>.yaml`, or as sources.json names it (a `.json`
    file, for a vendor that publishes its document as one)."""
    return SPECS / str(read_sources().get(vendor, {}).get("document", f"{vendor}.yaml"))


def select_vendors(names: list[str]) -> list[str]:
    """Vendors named on the command line, in the canonical order; all when none are named."""
    unknown = [n for n in names if n not in VENDORS]
    if unknown:
        raise SpecError(f"unknown vendor(s) {', '.join(unknown)}; choose from {', '.join(VENDORS)}")
    return [v for v in VENDORS if not names or v in names]


class JsonDataLoader(yaml.SafeLoader):
    """YAML read as the JSON data model, by YAML 1.2 core-schema rules.

    PyYAML resolves plain scalars by YAML 1.1, where `2026-11-23T10:00:00Z` is a datetime
    and `yes`/`no`/`on`/`off` are booleans. OpenAPI documents are JSON data: here a timestamp
    or a date stays the string it is written as, and so do those words; booleans are
    `true`/`false`, numbers are JSON's (plus 1.2's `0o`/`0x` integers and `.inf`/`.nan`),
    and a key that is not a string (`200:`) becomes the string it is written as.
    """


JsonDataLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
):
    JsonDataLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _json_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    return int(text, 0) if text[:2] in ("0o", "0x") else int(text)


JsonDataLoader.add_constructor("tag:yaml.org,2002:int", _json_int)


def _json_keys(value: Any) -> Any:
    """Every mapping key a string, as JSON's are (`200:` -> "200", `true:` -> "true")."""
    if isinstance(value, dict):
        return {_json_key(k): _json_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_keys(v) for v in value]
    return value


def _json_key(key: Any) -> str:
    if isinstance(key, str):
        return key
    return json.dumps(key) if key is None or isinstance(key, bool) else str(key)


def load_json_data(text: str) -> Any:
    """A YAML (or JSON) document as JSON data (see `JsonDataLoader`); `yaml.YAMLError` if it is not YAML."""
    return _json_keys(yaml.load(text, Loader=JsonDataLoader))  # noqa: S506 - a SafeLoader subclass


def parse_document(text: str, origin: str, as_json: bool = False) -> dict[str, Any]:
    """A document from its text: JSON for a .json document (`as_json`), YAML (as JSON data) otherwise."""
    try:
        doc = json.loads(text) if as_json else load_json_data(text)
    except yaml.YAMLError as exc:
        raise SpecError(f"{origin}: not valid YAML: {exc}") from None
    except ValueError as exc:
        raise SpecError(f"{origin}: not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise SpecError(f"{origin}: expected an OpenAPI document (a mapping), got {type(doc).__name__}")
    return doc


def validate_document(doc: dict[str, Any], origin: str) -> None:
    """Reject what openapi-spec-validator rejects, naming the file and the first problem."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", ()) or ())
        raise SpecError(
            f"{origin}: invalid OpenAPI document{f' at {where}' if where else ''}: {exc.message}"
        ) from None
    except Exception as exc:  # the validator raises plain errors for non-OpenAPI input
        raise SpecError(f"{origin}: invalid OpenAPI document: {exc}") from None


def load_document(vendor: str) -> dict[str, Any]:
    path = spec_path(vendor)
    origin = str(path.relative_to(ROOT))
    if not path.is_file():
        raise SpecError(f"{origin}: missing")
    doc = parse_document(path.read_text(encoding="utf-8"), origin, as_json=path.suffix == ".json")
    validate_document(doc, origin)
    return doc


def patches_for(vendor: str) -> list[Path]:
    return sorted(PATCHES.glob(f"{vendor}.*.overlay.yaml"))


def extra_documents(vendor: str) -> list[Path]:
    """Documents merged into the vendor's client beside its main one (sources.json `extra_documents`)."""
    entry: dict[str, Any] = read_sources().get(vendor, {})
    return [SPECS / extra["document"] for extra in entry.get("extra_documents", [])]


def documents(vendor: str) -> list[Path]:
    return [spec_path(vendor), *extra_documents(vendor)]


def _add_responses(operation: dict[str, Any], extra: dict[str, Any], where: str) -> None:
    """Answers a vendor's page documents in prose, added to an operation its document already has.

    Only new status codes, and nothing else of the operation: what the vendor's own
    document says is never replaced.
    """
    other = sorted(k for k in extra if k != "responses" and not k.startswith("x-"))
    if other or not extra.get("responses"):
        also = f" (it also sets {', '.join(other)})" if other else ""
        raise SpecError(
            f"{where} is already in the vendor's main document; an extra document may only add"
            f" responses to it{also}"
        )
    responses = operation.setdefault("responses", {})
    for code, response in extra["responses"].items():
        if str(code) in {str(c) for c in responses}:
            raise SpecError(f"{where}: response {code} is already in the vendor's main document")
        responses[str(code)] = response


def merge(doc: dict[str, Any], extra: dict[str, Any], origin: str) -> dict[str, Any]:
    """`extra`'s operations and components added to `doc`; a name both define differently is an error.

    An operation the main document already has may gain responses (see `_add_responses`).
    """
    merged: dict[str, Any] = json.loads(json.dumps(doc))
    paths = merged.setdefault("paths", {})
    for route, item in (extra.get("paths") or {}).items():
        target = paths.setdefault(route, {})
        for method, operation in item.items():
            if method in target:
                _add_responses(target[method], operation, f"{origin}: {method.upper()} {route}")
            else:
                target[method] = operation
    for section, entries in (extra.get("components") or {}).items():
        target = merged.setdefault("components", {}).setdefault(section, {})
        for name, value in entries.items():
            if name in target and target[name] != value:
                raise SpecError(f"{origin}: components/{section}/{name} differs from the main document's")
            target[name] = value
    return merged


def generator_input(vendor: str) -> dict[str, Any]:
    """The vendor's documents merged, with its generator patches applied, validated before and after."""
    doc = load_document(vendor)
    extras = extra_documents(vendor)
    for path in extras:
        origin = str(path.relative_to(ROOT))
        if not path.is_file():
            raise SpecError(f"{origin}: missing")
        extra = parse_document(path.read_text(encoding="utf-8"), origin, as_json=path.suffix == ".json")
        doc = merge(doc, extra, origin)
    if extras:
        names = " + ".join(str(p.relative_to(ROOT)) for p in documents(vendor))
        validate_document(doc, names)
    for patch in patches_for(vendor):
        origin = str(patch.relative_to(ROOT))
        overlay = parse_document(patch.read_text(encoding="utf-8"), origin)
        doc = apply_overlay(doc, overlay, origin)
        validate_document(doc, f"{spec_path(vendor).relative_to(ROOT)} after {origin}")
    return doc


def fenced_block(page: str, origin: str) -> tuple[str, str]:
    """A Mintlify-style Markdown page's ````yaml block: its info string and its text, verbatim."""
    lines = page.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("````yaml")), None)
    if start is None:
        raise SpecError(f"{origin}: the page has no ````yaml block (is it still the API reference page?)")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("````")), None)
    if end is None:
        raise SpecError(f"{origin}: the page's ````yaml block is never closed")
    return lines[start].removeprefix("````yaml").strip(), "".join(lines[start + 1 : end])


def extract_fenced_yaml(page: str, origin: str) -> str:
    """The OpenAPI document a doc page embeds, verbatim."""
    return fenced_block(page, origin)[1]


def read_sources() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SOURCES.read_text(encoding="utf-8"))
    return data


def write_sources(data: dict[str, Any]) -> None:
    SOURCES.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
