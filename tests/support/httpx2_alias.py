"""A pytest plugin for the `httpx2` session: `import httpx` is httpx2 from here on, as in an
application that called `httpx2.alias_httpx()` before anything imported httpx.

Loaded with `-p tests.support.httpx2_alias`, which pytest imports before conftest.py and the
installed plugins, so nothing has imported httpx yet. The session fails unless the package
under test really ran on httpx2.
"""

from __future__ import annotations

import sys

import httpx2
import pytest

httpx2.alias_httpx()


def pytest_report_header() -> str:
    return f"httpx is httpx2 {httpx2.__version__} (alias_httpx)"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import pipeline_cancel.http
    import pipeline_cancel.retries

    modules = (
        sys.modules["httpx"],
        vars(pipeline_cancel.http)["httpx"],
        vars(pipeline_cancel.retries)["httpx"],
    )
    if any(module is not httpx2 for module in modules):
        print("error: pipeline_cancel did not run on httpx2", file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
