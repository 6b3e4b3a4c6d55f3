"""One line on a terminal's stderr, redrawn in place while a batch runs: done of total, the counts,
the rate and the time left. Nothing at all when stderr is not a terminal, so a log or a pipe
never holds carriage returns; and cleared before each line of output, so the two never mix.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TextIO

CLEAR = "\r\x1b[K"
EVERY = 0.1  # seconds between redraws: often enough to look alive, rarely enough to cost nothing


def describe(counts: Mapping[str, int]) -> str:
    """`12 canceled, 1 already finished, 2 NotFoundError`: the counts in a fixed order, errors last."""
    first = [("canceled", "canceled"), ("already_finished", "already finished")]
    parts = [f"{counts[key]} {label}" for key, label in first if counts.get(key)]
    parts += [f"{n} {key}" for key, n in sorted(counts.items()) if key not in dict(first) and n]
    return ", ".join(parts) or "none yet"


class Progress:
    def __init__(
        self, total: int, stream: TextIO, enabled: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._total, self._stream, self._enabled, self._clock = total, stream, enabled, clock
        self._started = clock()
        self._drawn_at: float | None = None
        self._shown = False

    def line(self, done: int, counts: Mapping[str, int]) -> str:
        elapsed = max(self._clock() - self._started, 1e-9)
        rate = done / elapsed
        left = f"~{(self._total - done) / rate:.0f}s left" if done else "time left unknown"
        return f"{done}/{self._total} done: {describe(counts)}; {rate:.1f}/s, {left}"

    def update(self, done: int, counts: Mapping[str, int]) -> None:
        if not self._enabled:
            return
        now = self._clock()
        if self._drawn_at is not None and now - self._drawn_at < EVERY and done < self._total:
            return
        self._drawn_at = now
        self._stream.write(CLEAR + self.line(done, counts))
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Take the line away (before output, and at the end)."""
        if self._shown:
            self._stream.write(CLEAR)
            self._stream.flush()
            self._shown = False
            self._drawn_at = None
