"""Fetch each vendored document from where specs/sources.json says it is published.

Usage: python -m tools.update_specs [--mirror URL] [--timeout S] [VENDOR ...]

Every selected source is fetched, its document extracted from the page's yaml block
(kind "vendored"), or taken whole from the file the vendor publishes (kind "file", a
yaml or json document written byte for byte), and validated before anything is
written; if any of them fails (network, timeout, HTTP status, a page with no block,
an invalid document) nothing is written at all, so specs/ never holds half an update.
Redirects are not followed:
a page that moved is a change to review in sources.json, not something to guess.
A document authored here from prose (kind "authored", Runflow's) is reported as manual
and skipped, never a failure.

--mirror serves the same paths from another origin (`https://docs.x.com/a.md` is
fetched as `MIRROR/docs.x.com/a.md`): for a caching proxy, and for the tests,
which never reach a vendor.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from tools.registry import ROOT
from tools.spec_patches import SpecError
from tools.specs import (
    SPECS,
    fenced_block,
    parse_document,
    patches_for,
    read_sources,
    select_vendors,
    sha256,
    validate_document,
    write_sources,
)

MAX_BYTES = 10 * 1024 * 1024
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


class FetchError(Exception):
    """A source that could not be read; the text says what happened and where."""


@dataclass
class Outcome:
    vendor: str
    status: str  # "unchanged", "changed", "manual", "failed"
    message: str
    document: bytes = b""
    warnings: list[str] = field(default_factory=list)


def source_url(url: str, mirror: str | None) -> str:
    if mirror is None:
        return url
    parts = urlsplit(url)
    return f"{mirror.rstrip('/')}/{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def check_url(url: str, what: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname in LOOPBACK:
        return
    raise SpecError(f"{what} {url!r}: only https URLs (or http on 127.0.0.1/localhost) are fetched")


def fetch(client: httpx.Client, url: str) -> bytes:
    try:
        with client.stream("GET", url) as response:
            if response.is_redirect:
                where = response.headers.get("location", "?")
                raise FetchError(
                    f"{url} redirects ({response.status_code}) to {where}; if the page moved,"
                    " review it and record the new address in specs/sources.json"
                )
            if response.status_code in {404, 410}:
                raise FetchError(
                    f"{url} answered HTTP {response.status_code}: the page is gone; find where the"
                    " vendor moved it and record that in specs/sources.json"
                )
            if response.status_code != 200:
                raise FetchError(f"{url} answered HTTP {response.status_code}; try again later")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise FetchError(f"{url} sent more than {MAX_BYTES // 1024 // 1024} MB; refusing it")
            return bytes(body)
    except httpx.TimeoutException:
        limit = client.timeout.read
        raise FetchError(f"{url} timed out after {limit:g} s; try again, or raise --timeout") from None
    except httpx.TransportError as exc:
        raise FetchError(f"{url} could not be reached ({type(exc).__name__}: {exc or 'no detail'})") from None


def operations(doc: Any) -> Iterator[tuple[str, str]]:
    """(METHOD, path) for each operation; tolerant, since the full document is only a cross-check."""
    paths = doc.get("paths") if isinstance(doc, dict) else None
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        for method in item if isinstance(item, dict) else {}:
            if method in HTTP_METHODS:
                yield method.upper(), path


def named_operation(info: str) -> tuple[str, str] | None:
    """Mintlify's fence info ends with the operation the page documents: `[source] METHOD /path`."""
    words = info.split()
    if len(words) >= 2 and words[-2].lower() in HTTP_METHODS and words[-1].startswith("/"):
        return words[-2].upper(), words[-1]
    return None


def read_page(client: httpx.Client, url: str, vendor: str) -> tuple[bytes, dict[str, Any]]:
    origin = f"{vendor} page {url}"
    try:
        page = fetch(client, url).decode("utf-8")
    except UnicodeDecodeError:
        raise SpecError(f"{origin}: not UTF-8 text") from None
    info, text = fenced_block(page, origin)
    doc = parse_document(text, origin)
    validate_document(doc, origin)
    named = named_operation(info)
    if named is not None and named not in set(operations(doc)):
        raise SpecError(
            f"{origin}: the yaml block says it documents {' '.join(named)}, but has no such operation"
        )
    return text.encode("utf-8"), doc


def read_file(client: httpx.Client, url: str, vendor: str, name: str) -> tuple[bytes, dict[str, Any]]:
    """A document the vendor publishes as a file: fetched whole, kept byte for byte."""
    origin = f"{vendor} document {url}"
    data = fetch(client, url)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SpecError(f"{origin}: not UTF-8 text") from None
    doc = parse_document(text, origin, as_json=name.endswith(".json"))
    validate_document(doc, origin)
    return data, doc


def cross_check(client: httpx.Client, url: str, doc: dict[str, Any]) -> str:
    """Compare the page's operations with the vendor's full /openapi.json: a note, never a failure."""
    try:
        check_url(url, "full document")
        full = json.loads(fetch(client, url))
    except (FetchError, SpecError) as exc:
        return f"could not cross-check: {exc}"
    except ValueError as exc:
        return f"could not cross-check: {url} is not JSON ({exc})"
    published = set(operations(full))
    missing = [f"{m} {p}" for m, p in operations(doc) if (m, p) not in published]
    if missing:
        return (
            f"{url} does not list {', '.join(missing)}: the page and the API disagree;"
            " review before generating"
        )
    return ""


def patch_warnings(vendor: str, doc: dict[str, Any]) -> list[str]:
    from tools.spec_patches import apply_overlay

    warnings = []
    for patch in patches_for(vendor):
        origin = str(patch.relative_to(ROOT))
        try:
            apply_overlay(doc, parse_document(patch.read_text(encoding="utf-8"), origin), origin)
        except SpecError as exc:
            warnings.append(f"{exc}; `generate` will stop until the patch is updated or removed")
    return warnings


def check_vendor(client: httpx.Client, vendor: str, record: dict[str, Any], mirror: str | None) -> Outcome:
    if record.get("kind") == "authored":
        return Outcome(
            vendor,
            "manual",
            f"authored here from prose ({record['page']}); edit specs/{record['document']} by hand,"
            " with an x-source for every change",
        )
    whole = record.get("kind") == "file"
    url = source_url(record["url"] if whole else record["page"], mirror)
    try:
        check_url(url, f"{vendor} source")
        data, doc = (
            read_file(client, url, vendor, record["document"]) if whole else read_page(client, url, vendor)
        )
    except (FetchError, SpecError) as exc:
        return Outcome(vendor, "failed", str(exc))
    current = SPECS / record["document"]
    old = current.read_bytes() if current.is_file() else b""
    warnings = []
    if record.get("full_document"):
        note = cross_check(client, source_url(record["full_document"], mirror), doc)
        if note:
            warnings.append(note)
    if old and sha256(old) != record.get("sha256"):
        warnings.append(
            f"specs/{record['document']} was edited after it was recorded (its sha256 is not the one in"
            " sources.json); the published document replaces it. Patches belong in specs/generator-patches/"
        )
    if data == old:
        return Outcome(vendor, "unchanged", f"specs/{record['document']} matches {url}", data, warnings)
    warnings += patch_warnings(vendor, doc)
    return Outcome(
        vendor,
        "changed",
        f"specs/{record['document']} differs from {url} (sha256 {sha256(old)[:12]} -> {sha256(data)[:12]})",
        data,
        warnings,
    )


def write_atomically(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)


def run(vendors: list[str], mirror: str | None, timeout: float) -> int:
    if mirror is not None:
        check_url(mirror, "--mirror")
    sources = read_sources()
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    headers = {"User-Agent": "pipeline-cancel-update-specs", "Accept": "text/markdown, application/json, */*"}
    with httpx.Client(
        timeout=limits,
        headers=headers,
        follow_redirects=False,
        transport=httpx.HTTPTransport(retries=1),  # one more try on a refused connection only
    ) as client:
        outcomes = [check_vendor(client, v, sources[v], mirror) for v in vendors]

    for outcome in outcomes:
        print(f"{outcome.vendor:<12} {outcome.status}: {outcome.message}")
        for warning in outcome.warnings:
            print(f"{'':<12} warning: {warning}")

    failed = [o.vendor for o in outcomes if o.status == "failed"]
    if failed:
        good = [o.vendor for o in outcomes if o.status in {"changed", "unchanged"}]
        hint = f" or name only the others: python3 dev.py -s update_specs -- {' '.join(good)}" if good else ""
        print(
            f"\nerror: {', '.join(failed)} could not be updated, so nothing was written: specs/ is unchanged."
            f"\nRerun when the source is back,{hint}",
            file=sys.stderr,
        )
        return 1
    changed = [o for o in outcomes if o.status == "changed"]
    if not changed:
        print("\nspecs/ is up to date; nothing written.")
        return 0
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    for outcome in changed:
        record = sources[outcome.vendor]
        write_atomically(SPECS / record["document"], outcome.document)
        record["sha256"] = sha256(outcome.document)
        record["retrieved"] = today
    write_sources(sources)
    written = ", ".join(f"specs/{sources[o.vendor]['document']}" for o in changed)
    print(
        f"\nwrote {written} and specs/sources.json.\nNext: python3 dev.py -s generate -- "
        f"{' '.join(o.vendor for o in changed)}  (it prints what changed in each client's API);"
        " then review and commit."
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.update_specs", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mirror", help="fetch every source from this origin instead (https, or http on loopback)"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    parser.add_argument("vendors", nargs="*", help="vendors to update (default: all)")
    args = parser.parse_args(argv)
    if not args.timeout > 0:
        parser.error("--timeout must be a positive number of seconds")
    try:
        return run(select_vendors(args.vendors), args.mirror, args.timeout)
    except SpecError as exc:
        print(f"error: {exc}\nspecs/ was left unchanged.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
