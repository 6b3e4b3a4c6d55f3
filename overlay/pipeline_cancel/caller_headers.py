"""What of a caller's client's default headers reaches the vendor, and which headers are never
anyone's but the vendor object's: read by the caller transports of both families and by the
check of a caller's own `default_headers`/`extra_headers`."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from pipeline_cancel._version import __version__

USER_AGENT = f"pipeline-cancel/{__version__}"


# A caller's client's default headers apply to what is sent through it, but never these: another
# service's credentials must not reach the vendor, and the body and the bounded reader (which
# decodes gzip and deflate only) decide the rest. Headers the request already has (the vendor's
# credentials among them) win, except httpx's generic defaults, where the caller's choice applies.
NEVER_FROM_CALLER = frozenset(
    {
        "authorization", "proxy-authorization", "cookie", "x-api-key", "x-auth-key", "api-key",
        "accept-encoding", "host", "content-length", "content-type", "transfer-encoding",
    }
)  # fmt: skip
_CALLER_CHOOSES = frozenset({"accept", "connection"})


def with_caller_headers(request: httpx.Request, defaults: Iterable[tuple[str, str]]) -> httpx.Request:
    """`request` with the caller's default headers (`client.headers.multi_items()`, of either
    family), as the comment above says; their User-Agent is kept, with ours appended."""
    for name, value in defaults:
        if name in NEVER_FROM_CALLER:  # httpx gives header names lower-cased here
            continue
        if name == "user-agent":
            request.headers[name] = f"{value} {USER_AGENT}"
        elif name in _CALLER_CHOOSES or name not in request.headers:
            request.headers[name] = value
    return request
