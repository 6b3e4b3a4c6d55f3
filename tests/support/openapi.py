"""Validate requests and responses against the vendored documents with openapi-core.

The check is someone else's reading of the documents: a request the clients build
or a canned response the tests serve that the document does not allow fails here,
whatever our own code thinks. Requests are judged as if sent to the document's
own server, with the path exactly as it went over the wire (still percent-encoded).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.support.server import Received, Reply


@functools.cache
def document(vendor: str) -> dict[str, Any]:
    """The vendor's documents as published (no generator patch), merged as `generate` merges them."""
    from tools.specs import extra_documents, merge, parse_document, spec_path

    def read(path: Path) -> dict[str, Any]:
        return parse_document(path.read_text(encoding="utf-8"), path.name, as_json=path.suffix == ".json")

    loaded = read(spec_path(vendor))
    for extra in extra_documents(vendor):
        loaded = merge(loaded, read(extra), extra.name)
    return loaded


@functools.cache
def api(vendor: str) -> OpenAPI:
    # The document itself is not validated again here: `generate` validates every vendored
    # document with openapi-spec-validator (tools/specs.py), the library openapi-core would call,
    # and that check of Prefect's whole document costs seconds in every test process.
    return OpenAPI.from_dict(document(vendor), config=Config(spec_validator_cls=None))


def documented_server(vendor: str) -> tuple[str, str]:
    """(scheme://host, path prefix) of the document's first server; Kubiya lists none."""
    servers = document(vendor).get("servers") or [{"url": "http://localhost/"}]
    parts = urlsplit(servers[0]["url"])
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


@attrs.define
class _Request:
    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters


@attrs.define
class _Response:
    data: bytes
    status_code: int
    content_type: str
    headers: Headers


def validate_request(vendor: str, received: Received) -> None:
    """Raise openapi-core's error when `received` is not a request the document allows."""
    host, prefix = documented_server(vendor)
    path, _, query = received.path.partition("?")
    request = _Request(
        host_url=host,
        path=prefix + path,
        method=received.method.lower(),
        body=received.body or None,
        content_type=received.headers.get("content-type", "application/octet-stream"),
        parameters=RequestParameters(
            query=ImmutableMultiDict(
                [(k, v) for k, _, v in (q.partition("=") for q in query.split("&") if q)]
            ),
            header=Headers(list(received.headers.items())),
        ),
    )
    api(vendor).validate_request(request)


def validate_response(vendor: str, received: Received, reply: Reply) -> None:
    """Raise when `reply` is not a response the document declares for that request."""
    host, prefix = documented_server(vendor)
    request = _Request(
        host_url=host,
        path=prefix + received.path.partition("?")[0],
        method=received.method.lower(),
        body=received.body or None,
        content_type=received.headers.get("content-type", "application/octet-stream"),
        parameters=RequestParameters(header=Headers(list(received.headers.items()))),
    )
    headers = Headers(list(reply.headers))
    response = _Response(
        data=reply.body,
        status_code=reply.status,
        content_type=headers.get("Content-Type", "application/json").split(";")[0],
        headers=headers,
    )
    api(vendor).validate_response(request, response)
