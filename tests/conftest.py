from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_cancel import aio, retries, shapes
from pipeline_cancel.vendors import REGISTRY, vendor_class

from tests.support.scratch import copy_repo
from tests.support.server import MockServer

VENDOR_ENV = [
    name
    for vendor in REGISTRY
    for name in (*vendor_class(vendor).credential_env, *vendor_class(vendor).base_url_env)
]
PROXY_ENV = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Every `@pytest.mark.anyio` test runs twice, under asyncio and under trio (the anyio plugin)."""
    backend: str = request.param
    return backend


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may see a developer's real credentials or base URLs."""
    for name in VENDOR_ENV:
        monkeypatch.delenv(name, raising=False)
    for name in PROXY_ENV:  # a developer's proxy must not reroute the loopback tests
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries wait on this list instead of the clock; tests read the delays back."""
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)

    async def asleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(retries, "_sleep", sleep)
    monkeypatch.setattr(aio, "_asleep", asleep)
    return waited


@pytest.fixture(autouse=True)
def cold_shape_checks() -> None:
    """Every test builds the shape predicates it needs, so none passes on ones an earlier test built."""
    shapes._checker.cache_clear()
    shapes._fields.cache_clear()


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer() as srv:
        yield srv


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch copy of specs/, tools/ and generated/ for tests that run the regeneration tools."""
    return copy_repo(tmp_path / "repo")
