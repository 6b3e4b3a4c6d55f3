"""Kubiya objects a test makes, each closed after the test (copies close nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pipeline_cancel import Kubiya

from tests.support.vendors import CASES

MADE: list[Kubiya] = []


@pytest.fixture(autouse=True)
def close_what_was_made() -> Iterator[None]:
    """Every vendor object a test makes has its sync pool closed after it (copies close nothing)."""
    yield
    while MADE:
        MADE.pop().close()


def kubiya(url: str, **options: Any) -> Kubiya:
    made: Kubiya = CASES["kubiya"].make(url, **options)
    MADE.append(made)
    return made
