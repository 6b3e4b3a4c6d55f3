"""The connection pools a vendor object owns, which its `with_options` copies share, sending through
them, and the generated client class made safe to hand out on top of them."""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn

import httpx

from pipeline_cancel import answers, record
from pipeline_cancel._extensions import DEADLINE
from pipeline_cancel._typing import OutgoingT
from pipeline_cancel.errors import ConfigurationError, PipelineCancelError
from pipeline_cancel.http import Connection, SyncClients, WithOptions, with_headers
from pipeline_cancel.retries import AttemptLimits, RetryPolicy

if TYPE_CHECKING:
    import httpx2

    from pipeline_cancel._typing import AsyncHttpClient, SyncHttpClient
    from pipeline_cancel.aio import AsyncClients

# What a send may raise: our typed errors (from the transport), httpx's, and the RuntimeError httpx
# (either family) raises for a client its owner closed or one used on another event loop.
FAILURES = (PipelineCancelError, httpx.HTTPError, RuntimeError)


def cause(exc: BaseException) -> BaseException | None:
    """What a send's typed error is raised from: httpx's error or the refusal, which say what
    happened below; none for one of ours, which already says it."""
    return None if isinstance(exc, PipelineCancelError) else exc


# The generated AuthenticatedClient requires a token, but requests go through our own
# httpx client, whose VendorAuth sends the real credentials; the placeholder keeps them
# out of the generated class's repr.
TOKEN_PLACEHOLDER = "<sent by pipeline_cancel auth>"  # noqa: S105 - a placeholder, not a credential


class Pools:
    """The connection pools of a vendor object, shared with its `with_options` copies; the object
    the constructor made owns them (its `close()` releases them)."""

    def __init__(
        self, conn: Connection, http_client: SyncHttpClient | None, async_http_client: AsyncHttpClient | None
    ) -> None:
        self._conn = conn
        self.sync = SyncClients(conn, http_client)
        self.async_shared = async_http_client
        self._async: AsyncClients | None = None
        self._lock = threading.Lock()

    def async_clients(self) -> AsyncClients:
        from pipeline_cancel.aio import AsyncClients

        if self._async is None:
            with self._lock:
                if self._async is None:
                    self._async = AsyncClients(self._conn, self.async_shared)
        return self._async

    def _failed(
        self,
        exc: PipelineCancelError | httpx.HTTPError | RuntimeError,
        built: httpx.Request | httpx2.Request,
        per_attempt: float,
        *,
        sync: bool,
    ) -> PipelineCancelError:
        """The typed error for a send that raised (one of `FAILURES`): ours or httpx's, with the
        request's record and never a credential in its text; a RuntimeError, which is httpx
        refusing the client itself, as what to do about that client."""
        auth = self._conn.auth
        if isinstance(exc, PipelineCancelError):
            error = answers.scrub(auth, exc)
        elif isinstance(exc, httpx.HTTPError):
            error = answers.transport_error(self._conn.vendor, auth, per_attempt, exc)
        else:
            return self.unusable(exc, self._conn.vendor, sync=sync)
        return record.stamp(error, built)

    def send(
        self,
        request: dict[str, Any],
        tags: Mapping[str, object],
        headers: Mapping[str, str],
        deadline: float | None,
        per_attempt: float,
    ) -> httpx.Response:
        """Send one request through the sync pool with the calling object's options (`tags`: a
        `with_options` copy's differ from the pool's) and its deadline, if it has one; through a
        caller's httpx2 client, built in httpx2's classes."""
        options = (request, tags, headers, deadline, per_attempt)
        native = self.sync.native()
        if native is not None:
            return self._sent(native.build_request, native.send, *options)
        client = self.sync.get()
        return self._sent(client.build_request, client.send, *options)

    def _sent(
        self,
        build: Callable[..., OutgoingT],
        send: Callable[[OutgoingT], httpx.Response],
        request: dict[str, Any],
        tags: Mapping[str, object],
        headers: Mapping[str, str],
        deadline: float | None,
        per_attempt: float,
    ) -> httpx.Response:
        """`request` built by `build` (a client's, or the httpx2 sender's) and sent by `send`, its pair."""
        built = with_headers(_tagged(build(**request), tags, deadline), headers)
        try:
            return send(built)
        except FAILURES as exc:
            raise self._failed(exc, built, per_attempt, sync=True) from cause(exc)

    async def asend(
        self,
        request: dict[str, Any],
        tags: Mapping[str, object],
        headers: Mapping[str, str],
        deadline: float | None,
        per_attempt: float,
        client: httpx.AsyncClient | None = None,
    ) -> httpx.Response:
        """`send` through the running loop's async pool (or `client`, `cancel_many`'s own)."""
        options = (request, tags, headers, deadline, per_attempt)
        if client is None:
            native = self.async_clients().native()
            if native is not None:
                return await self._asent(native.build_request, native.send, *options)
            client = self.async_clients().get()
        return await self._asent(client.build_request, client.send, *options)

    async def _asent(
        self,
        build: Callable[..., OutgoingT],
        send: Callable[[OutgoingT], Awaitable[httpx.Response]],
        request: dict[str, Any],
        tags: Mapping[str, object],
        headers: Mapping[str, str],
        deadline: float | None,
        per_attempt: float,
    ) -> httpx.Response:
        """`_sent`, async."""
        built = with_headers(_tagged(build(**request), tags, deadline), headers)
        try:
            return await send(built)
        except FAILURES as exc:
            raise self._failed(exc, built, per_attempt, sync=False) from cause(exc)

    def _for_generated(
        self, policy: RetryPolicy, limits: AttemptLimits, headers: Mapping[str, str], owner: bool
    ) -> tuple[httpx.Client, httpx.AsyncClient]:
        """The httpx clients a generated client sends through: the pools' own for the object that
        owns them, and for a `with_options` copy, clients that tag each request with the copy's
        options and send it through those same pools."""
        sync_client, async_client = self.sync.get(), self.async_clients().get()
        if owner:
            return sync_client, async_client
        options = self._conn.client_options()
        tagged = httpx.Client(transport=WithOptions(sync_client, policy, limits, headers), **options)
        from pipeline_cancel.aio import AsyncWithOptions

        atagged = httpx.AsyncClient(
            transport=AsyncWithOptions(async_client, policy, limits, headers), **options
        )
        return tagged, atagged

    def generated(
        self,
        cls: type[Any],
        base_url: str,
        policy: RetryPolicy,
        limits: AttemptLimits,
        headers: Mapping[str, str],
        owner: bool,
    ) -> Any:
        """The vendor's generated client, sending through these pools (see `pooled`)."""
        sync_client, async_client = self._for_generated(policy, limits, headers, owner)
        made = pooled(cls)(
            base_url=base_url,
            token=TOKEN_PLACEHOLDER,
            timeout=httpx.Timeout(**limits.timeouts),
        )
        made.set_httpx_client(sync_client)
        made.set_async_httpx_client(async_client)
        return made

    def unusable(self, exc: RuntimeError, vendor: str, *, sync: bool) -> ConfigurationError:
        """What to say when httpx refuses a pool: a caller's client is blamed only when one was passed."""
        caller = self.sync.caller if sync else self.async_shared
        if caller is None:
            return ConfigurationError(
                f"this object's own connection pool was closed from outside ({exc}), as closing"
                " `kb.client.get_httpx_client()` does; call close() on the vendor object to reset it, or"
                " make a new one",
                vendor=vendor,
            )
        if sync:
            return ConfigurationError(
                f"the http_client passed in cannot be used ({exc}); pass an open client, or none",
                vendor=vendor,
            )
        return ConfigurationError(
            f"the async_http_client passed in cannot be used here ({exc}); an httpx.AsyncClient works only"
            " on the event loop it first ran on: pass none, and the vendor object keeps a pool per loop",
            vendor=vendor,
        )

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


def _tagged(built: OutgoingT, tags: Mapping[str, object], deadline: float | None) -> OutgoingT:
    extensions = built.extensions
    extensions.update(tags)
    if deadline is not None:
        extensions[DEADLINE] = deadline
    return built


def pooled(cls: type[Any]) -> type[Any]:
    """The generated client class, made safe to hand out while it shares a vendor object's pools.

    The generated `with_headers`/`with_timeout`/`with_cookies` change the shared httpx client
    (or, once it exists, make a bare one, without retries or deadline, that sends the token
    placeholder), and its `__exit__` closes the pool: here the first three are refused with
    what to do instead, and leaving a `with` block leaves the pool open.
    """
    return _POOLED.get(cls) or _POOLED.setdefault(cls, _make_pooled(cls))


_POOLED: dict[type[Any], type[Any]] = {}


def _make_pooled(cls: type[Any]) -> type[Any]:
    def refuse(self: object, *args: object, **kwargs: object) -> NoReturn:
        raise ConfigurationError(
            "the generated client shares the vendor object's connection pools, so its with_headers,"
            " with_timeout and with_cookies would change every call: for another timeout or number of"
            " retries use vendor.with_options(...); for other headers pass your own http_client="
        )

    def enter(self: object) -> object:
        return self

    def leave(self: object, *exc_info: object) -> None:
        """The pools are the vendor object's: its close() releases them."""

    async def aenter(self: object) -> object:
        return self

    async def aleave(self: object, *exc_info: object) -> None:
        """The pools are the vendor object's: its aclose() releases them."""

    members = {
        "with_headers": refuse, "with_timeout": refuse, "with_cookies": refuse,
        "__enter__": enter, "__exit__": leave, "__aenter__": aenter, "__aexit__": aleave,
        "__doc__": cls.__doc__, "__module__": __name__, "__qualname__": cls.__qualname__,
    }  # fmt: skip
    return type(cls.__name__, (cls,), members)
