from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_cancel import aio, retries

from tests.support.scratch import copy_repo
from tests.support.server import MockServer

VENDOR_ENV = [
    "GUMLOOP_API_KEY", "GUMLOOP_ACCESS_TOKEN", "GUMLOOP_USER_ID", "GUMLOOP_PROJECT_ID", "GUMLOOP_BASE_URL",
    "VECTORSHIFT_API_KEY", "VECTORSHIFT_BASE_URL",
    "IONWORKS_API_KEY", "IONWORKS_API_TOKEN", "IONWORKS_API_URL", "IONWORKS_BASE_URL",
    "RUNFLOW_ADMIN_KEY", "RUNFLOW_BASE_URL",
    "KUBIYA_API_KEY", "KUBIYA_BASE_URL",
]  # fmt: skip


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may see a developer's real credentials or base URLs."""
    for name in VENDOR_ENV:
        monkeypatch.delenv(name, raising=False)


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


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer() as srv:
        yield srv


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch copy of specs/, tools/ and generated/ for tests that run the regeneration tools."""
    return copy_repo(tmp_path / "repo")
