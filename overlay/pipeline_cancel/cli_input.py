"""The run ids the CLI is given: as arguments, or one per line from a file or standard input.

An operator's list comes from a query or a log, so it carries blank lines, `#` comments
and the same id twice; each id is sent once, and every problem is named with its line
before anything is sent.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TextIO

import attrs

from pipeline_cancel.errors import ConfigurationError

STDIN = "-"


class InputError(Exception):
    """One line saying which input, which line, and what is wrong with it; nothing was sent."""


@attrs.frozen
class Ids:
    ids: tuple[str, ...]
    """Each id once, in the order it first appeared."""
    where: tuple[str, ...]
    """Where each came from: `line 7` of the input, or `argument 2`."""
    repeated: dict[str, tuple[str, ...]]
    """Every id given more than once, with all the places it was given."""


def _lines(source: str, stdin: TextIO) -> list[str]:
    if source == STDIN:
        try:
            return stdin.read().splitlines()
        except UnicodeDecodeError:
            raise InputError("standard input is not UTF-8 text") from None
    try:
        with open(source, encoding="utf-8") as file:
            return file.read().splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None


def read_ids(arguments: Sequence[str], source: str | None, stdin: TextIO = sys.stdin) -> Ids:
    """The ids to cancel; `InputError` for a missing or unreadable file, or no id at all."""
    if source is not None and arguments:
        raise InputError("give the run ids as arguments or with --from, not both")
    if source is None:
        entries = [(f"argument {n}", value) for n, value in enumerate(arguments, 1)]
        what = "the arguments"
    else:
        entries = []
        for number, line in enumerate(_lines(source, stdin), 1):
            value = line.strip()
            if value and not value.startswith("#"):
                entries.append((f"line {number}", value))
        what = "standard input" if source == STDIN else source
    if not entries:
        raise InputError(f"{what} holds no run id (blank lines and # comments are skipped)")
    first: dict[str, str] = {}
    places: dict[str, list[str]] = {}
    for place, value in entries:
        first.setdefault(value, place)
        places.setdefault(value, []).append(place)
    return Ids(
        ids=tuple(first),
        where=tuple(first.values()),
        repeated={value: tuple(at) for value, at in places.items() if len(at) > 1},
    )


def check_each(ids: Ids, check: Callable[[str], object]) -> None:
    """Every id through `check` (the vendor's own request builder, which refuses what the library
    refuses), before anything is sent: the first refusal names its line."""
    for value, place in zip(ids.ids, ids.where, strict=True):
        try:
            check(value)
        except ConfigurationError as exc:
            raise InputError(f"{place}: {exc.message}") from None


def stray_ids(unknown: list[str]) -> list[str]:
    """The words argparse left over that are ids, not an unknown flag or its value (an unknown flag
    is refused by name later, as one another vendor takes, or misspelled)."""
    ids, value_next = [], False
    for word in unknown:
        if word.startswith("-") and word != "-":
            value_next = "=" not in word
        elif value_next:
            value_next = False
        else:
            ids.append(word)
    return ids
