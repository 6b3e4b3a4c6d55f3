"""The type parameters of the public generics, with a default for type checkers.

`except NotCanceledError as exc:` names the class without its parameter; with a
default of `object` (PEP 696) a strict checker reads `exc.response` as `object`
rather than unknown. Python 3.11's `typing.TypeVar` takes no default, so the
default exists only where checkers read it. The client aliases likewise exist only for
checkers: `import pipeline_cancel` imports httpx2 never.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    import httpx
    import httpx2
    from typing_extensions import TypeVar

    SyncHttpClient: TypeAlias = httpx.Client | httpx2.Client
    """A caller's sync client of either family (httpx2's with the `httpx2` extra)."""
    AsyncHttpClient: TypeAlias = httpx.AsyncClient | httpx2.AsyncClient

    ResponseT_co = TypeVar("ResponseT_co", covariant=True, default=object)
    ClientT_co = TypeVar("ClientT_co", covariant=True, default=object)
    StatusT_co = TypeVar("StatusT_co", covariant=True, default=object)
    OutgoingT = TypeVar("OutgoingT", httpx.Request, httpx2.Request)
    """A request of ours on its way out, in either family's class (see httpx2_clients.py)."""
else:
    from typing import TypeVar

    ResponseT_co = TypeVar("ResponseT_co", covariant=True)
    ClientT_co = TypeVar("ClientT_co", covariant=True)
    StatusT_co = TypeVar("StatusT_co", covariant=True)
    OutgoingT = TypeVar("OutgoingT")
