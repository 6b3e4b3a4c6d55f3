"""Running one check on every path a caller has: sync, and async under each backend anyio supports.

A sync test that drives the async API runs its coroutine with `anyio.run(..., backend=mode)`,
so "asyncio" and "trio" are each that event loop for real (natively async tests use the
anyio pytest plugin and its `anyio_backend` fixture instead).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
import pytest

T = TypeVar("T")

BACKENDS = ("asyncio", "trio")
MODES = pytest.mark.parametrize("mode", ["sync", *BACKENDS])
"""A test's `mode`: "sync", or the async backend its coroutine runs under."""
ASYNC_MODES = pytest.mark.parametrize("mode", BACKENDS)


def run_on(mode: str, main: Callable[[], Awaitable[T]]) -> T:
    """`main()` to completion under the backend `mode` names."""
    assert mode in BACKENDS, mode
    return anyio.run(main, backend=mode)
