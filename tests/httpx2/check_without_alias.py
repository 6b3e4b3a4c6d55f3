"""What an application on httpx2 gets without `alias_httpx()` (run by the `httpx2` session only,
in a fresh process, since that session itself runs aliased): its clients used as they are."""

from __future__ import annotations

import subprocess
import sys

from tests.support.samples import DOCUMENTED
from tests.support.server import MockServer

CODE = """
import sys, httpx2
from pipeline_cancel import Kubiya, errors
assert "httpx" in sys.modules and sys.modules["httpx"] is not httpx2
kb = Kubiya(api_key="k", base_url=sys.argv[1], max_retries=0)
print(kb.cancel("e", reason="r").outcome)  # pipeline_cancel on httpx, beside httpx2
seen = []
with httpx2.Client(event_hooks={"request": [lambda r: seen.append(type(r).__module__)]}) as theirs:
    print(Kubiya(api_key="k", base_url=sys.argv[1], http_client=theirs).cancel("e", reason="r").outcome)
print(seen)
try:
    Kubiya(api_key="k", base_url=sys.argv[1], http_client=httpx2.AsyncClient())
except errors.ConfigurationError as exc:
    print(exc)
"""


def test_without_the_alias_an_httpx2_client_is_used_as_it_is() -> None:
    with MockServer(default=DOCUMENTED["kubiya"][200][0]) as server:
        out = subprocess.run(
            [sys.executable, "-c", CODE, server.url], capture_output=True, text=True, check=True, timeout=60
        ).stdout
    assert out.splitlines() == [
        "canceled",
        "canceled",
        "['httpx2']",  # the request its hooks saw is httpx2's own
        "kubiya: http_client must be an httpx.Client or an httpx2.Client, got httpx2.AsyncClient",
    ]
