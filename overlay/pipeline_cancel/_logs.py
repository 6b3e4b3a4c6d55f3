"""The `PIPELINE_CANCEL_LOG` switch and the CLI's `--verbose`: the library's lines on stderr.

Without either, the library only logs to the `pipeline_cancel` logger, for the
application to route; with `PIPELINE_CANCEL_LOG=info` (retries and each call's outcome)
or `=debug` (each attempt too), read once on first use as Stainless SDKs read
`OPENAI_LOG`, a stderr handler is attached to it. No line carries a credential: the
request id and the path are redacted as error texts are.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

ENV = "PIPELINE_CANCEL_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
logger = logging.getLogger("pipeline_cancel")

_lock = threading.Lock()
_read = False


def from_env() -> None:
    """Attach the stderr handler `PIPELINE_CANCEL_LOG` asks for, the first time anything asks."""
    global _read
    if _read:
        return
    with _lock:
        if _read:
            return
        _read = True
        level = LEVELS.get(os.environ.get(ENV, "").strip().lower())
    if level is not None:
        to_stderr(level)


def to_stderr(level: int) -> logging.Handler:
    """A stderr handler on the `pipeline_cancel` logger at `level`, which the logger is lowered to."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s pipeline_cancel %(levelname)s %(message)s"))
    handler.setLevel(level)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    return handler
