"""Every default a caller can change, and the fixed limits behind them, in one place.

The constructors, `RetryPolicy`, the CLI's help and the docs all read these, so a
default is changed here or nowhere (openai-python keeps its own in `_constants.py`).
"""

from __future__ import annotations

DEFAULT_TIMEOUT = 30.0
"""Seconds one attempt may take, from connecting to the answer's last byte."""
DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, on connection failures, timeouts, 429, 502, 503 and 504."""
DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024
"""Decoded bytes of one answer's body; past it the connection is dropped unread."""

CONNECT_TIMEOUT = 10.0
"""The most any attempt spends connecting, however long its timeout."""
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 30.0
"""The longest `Retry-After` waited for; a longer one ends the retries with the 429 itself."""
RETRY_STATUSES = frozenset({429, 502, 503, 504})
DEFAULT_CONCURRENCY = 16
"""Requests `cancel_many` (and the CLI with many ids) keeps in flight at once."""
