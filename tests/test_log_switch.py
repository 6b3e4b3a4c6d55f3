"""`PIPELINE_CANCEL_LOG` and `to_stderr`, in this process (the subprocess tests in
test_options_and_record.py show the lines a user sees; these hold the switch's rules)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from pipeline_cancel import Kubiya, _logs

LOGGER = logging.getLogger("pipeline_cancel")


@pytest.fixture(autouse=True)
def unread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with the switch not yet read and leaves the logger as it found it."""
    monkeypatch.setattr(_logs, "_read", False)
    handlers, level = list(LOGGER.handlers), LOGGER.level
    BEFORE[:] = handlers
    yield
    LOGGER.handlers[:] = handlers
    LOGGER.setLevel(level)


BEFORE: list[logging.Handler] = []


def added() -> list[logging.Handler]:
    """The handlers the test's calls attached."""
    return [h for h in LOGGER.handlers if h not in BEFORE]


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_the_switch_attaches_one_stderr_handler_at_its_level_once(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    monkeypatch.setenv(_logs.ENV, value)
    LOGGER.setLevel(logging.NOTSET)
    _logs.from_env()
    _logs.from_env()
    [handler] = added()
    assert handler.level == level and LOGGER.level == level


@pytest.mark.parametrize("value", ["", "verbose", "warning"])
def test_without_a_level_it_knows_the_switch_attaches_nothing(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(_logs.ENV, value)
    _logs.from_env()
    assert added() == []
    assert _logs._read


def test_the_switch_is_read_once_even_when_it_changes_later(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_logs.ENV, raising=False)
    _logs.from_env()
    monkeypatch.setenv(_logs.ENV, "debug")
    _logs.from_env()
    assert added() == []


def test_constructing_a_vendor_object_reads_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_logs.ENV, "info")
    Kubiya(api_key="k" * 12, base_url="http://127.0.0.1:9").close()
    [handler] = added()
    assert handler.level == logging.INFO


@pytest.mark.parametrize(
    ("before", "asked", "after"),
    [
        (logging.NOTSET, logging.INFO, logging.INFO),
        (logging.WARNING, logging.INFO, logging.INFO),
        (logging.DEBUG, logging.INFO, logging.DEBUG),  # never raised: the application asked for more
        (logging.INFO, logging.INFO, logging.INFO),
    ],
)
def test_the_logger_is_lowered_to_the_handlers_level_never_raised(
    before: int, asked: int, after: int
) -> None:
    LOGGER.setLevel(before)
    _logs.to_stderr(asked)
    assert LOGGER.level == after


def test_a_line_names_the_package_and_its_level(capsys: pytest.CaptureFixture[str]) -> None:
    LOGGER.setLevel(logging.NOTSET)
    _logs.to_stderr(logging.INFO)
    LOGGER.debug("below the level")
    LOGGER.info("kubiya cancel exec-1: canceled")
    err = capsys.readouterr().err
    assert err.endswith(" pipeline_cancel INFO kubiya cancel exec-1: canceled\n")
    assert "below the level" not in err
