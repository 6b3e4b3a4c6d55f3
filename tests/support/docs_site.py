"""A stand-in for the vendors' documentation sites, served from a MockServer on 127.0.0.1.

`tools.update_specs --mirror URL` fetches `https://host/path` as `URL/host/path`;
this maps those paths to replies the tests choose, and answers 404 for the rest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.support.server import MockServer, Received, Reply


def page(document: str, title: str = "Terminate Execution", info: str = "") -> bytes:
    """A Mintlify-style API reference page embedding `document`, as the vendors publish them."""
    return (
        f"> ## Documentation Index\n> Fetch the complete documentation index at: /llms.txt\n\n"
        f"# {title}\n\n> What this endpoint does, in prose.\n\n## OpenAPI\n\n"
        f"````yaml {info}\n{document}````\n"
    ).encode()


def markdown(body: bytes) -> Reply:
    return Reply(200, body, (("Content-Type", "text/markdown; charset=utf-8"),))


class DocsSite:
    def __init__(self, server: MockServer, repo: Path) -> None:
        self.server = server
        self.sources: dict[str, Any] = json.loads((repo / "specs/sources.json").read_text())
        self.routes: dict[str, Reply] = {}
        server.default = self._route

    @property
    def mirror(self) -> str:
        return self.server.url

    @staticmethod
    def _path(url: str) -> str:
        parts = urlsplit(url)
        return f"/{parts.netloc}{parts.path}"

    def _route(self, received: Received) -> Reply:
        return self.routes.get(received.path, Reply(404, b"not found"))

    def serve_page(self, vendor: str, reply: Reply | bytes) -> None:
        self.routes[self._path(self.sources[vendor]["page"])] = (
            markdown(reply) if isinstance(reply, bytes) else reply
        )

    def serve_document(self, vendor: str, document: str, info: str = "") -> None:
        """The vendor's page, embedding `document` verbatim, and its full /openapi.json to match."""
        self.serve_page(vendor, page(document, info=info))
        if "full_document" in self.sources[vendor]:
            self.serve_full_document(vendor, yaml.safe_load(document))

    def serve_file(self, vendor: str, data: bytes) -> None:
        """A document the vendor publishes as a file (kind `file`), at its recorded URL."""
        self.routes[self._path(self.sources[vendor]["url"])] = Reply(200, data)

    def serve_full_document(self, vendor: str, doc: dict[str, Any]) -> None:
        self.routes[self._path(self.sources[vendor]["full_document"])] = Reply.json(200, doc)

    def requested(self) -> list[str]:
        return [r.path for r in self.server.requests]
