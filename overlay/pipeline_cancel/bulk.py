"""The vendor-neutral entry points: cancel one run, or many over one connection pool.

Given a vendor object they take exactly the keywords its own `cancel` takes (its per-run
inputs, and `wait=` where it can confirm), keep its response type (`cancel(kubiya, ...)`
is a `CancelResult[TerminateWorkflowResponse | None]`), and leave the object open, as it
is the caller's. Given a vendor name they read its credentials from the environment,
check the keywords against the vendor's declared inputs at run time, and close what they
made.
"""

from __future__ import annotations

from collections.abc import Awaitable, Iterable, Mapping
from typing import Any, ParamSpec, Protocol, TypeVar, overload

import anyio
import anyio.lowlevel
import anyio.to_thread

from pipeline_cancel._constants import DEFAULT_CONCURRENCY
from pipeline_cancel.errors import ConfigurationError, PipelineCancelError
from pipeline_cancel.inputs import InputValue, takes
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor
from pipeline_cancel.vendors import vendor_class

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

Outcome = CancelResult[R] | PipelineCancelError
"""One id's outcome in a bulk cancel: its result, or the exception it would have raised."""


class _Cancels(Protocol[P, R_co]):
    """A vendor object seen through its own `cancel`, so that a misspelled or missing keyword
    fails the type check here as it does there."""

    def cancel(self, run_id: str, /, *args: P.args, **kwargs: P.kwargs) -> CancelResult[R_co]: ...


class _ACancels(Protocol[P, R_co]):
    def acancel(self, run_id: str, /, *args: P.args, **kwargs: P.kwargs) -> Awaitable[CancelResult[R_co]]: ...


def _resolve(vendor: object) -> tuple[Vendor[object, object, object], bool]:
    """The vendor object, and whether we made it (and so must close it)."""
    if isinstance(vendor, str):
        return vendor_class(vendor).from_env(), True
    if isinstance(vendor, Vendor):
        return vendor, False
    raise ConfigurationError(f"expected a vendor name or a vendor object, got {type(vendor).__name__}")


def _split(
    obj: Vendor[object, object, object], args: tuple[object, ...], kwargs: dict[str, object]
) -> tuple[Mapping[str, InputValue], object]:
    """The run's inputs, checked against the vendor's declarations, and `wait`: all before anything
    is sent, for a vendor given by name gets here without a type checker's help."""
    if args:
        raise ConfigurationError(
            f"a run's inputs are keywords; this vendor's cancel takes {takes(obj.inputs)}", vendor=obj.name
        )
    wait = kwargs.pop("wait", None)
    return obj.check_inputs(kwargs), wait


@overload
def cancel(
    vendor: str, run_id: str, /, *, wait: float | None = None, **inputs: InputValue
) -> CancelResult[object]: ...
@overload
def cancel(vendor: _Cancels[P, R], run_id: str, /, *args: P.args, **kwargs: P.kwargs) -> CancelResult[R]: ...
def cancel(vendor: object, run_id: str, /, *args: object, **kwargs: object) -> CancelResult[object]:
    """Cancel one run on any vendor: the vendor-neutral form of `<Vendor>.cancel`.

    Args:
        vendor: a vendor object (its own options and pools are used), or a registered name
            (`"kubiya"`), which builds one from the environment (`from_env`) for this call.
        run_id: the run to cancel.
        *args, **kwargs: the vendor's own inputs as keywords (`reason=`, `pipeline_id=`) and
            `wait=`, exactly as its `cancel` takes them; others are refused before sending.

    Returns:
        The vendor's `CancelResult`: `canceled` or `already_finished`.

    Raises:
        ConfigurationError: an unknown vendor, missing credentials or a bad input, before
            anything is sent; otherwise what the vendor's `cancel` raises.
    """
    obj, owned = _resolve(vendor)
    try:
        inputs, wait = _split(obj, args, kwargs)
        return obj._cancel(run_id, inputs, wait=wait)
    finally:
        if owned:
            obj.close()


@overload
async def acancel(
    vendor: str, run_id: str, /, *, wait: float | None = None, **inputs: InputValue
) -> CancelResult[object]: ...
@overload
async def acancel(
    vendor: _ACancels[P, R], run_id: str, /, *args: P.args, **kwargs: P.kwargs
) -> CancelResult[R]: ...
async def acancel(vendor: object, run_id: str, /, *args: object, **kwargs: object) -> CancelResult[object]:
    """`cancel`, awaited on the running event loop (asyncio or trio).

    Args:
        vendor, run_id, *args, **kwargs: as for `cancel`.

    Returns:
        The vendor's `CancelResult`, as `cancel` returns it.

    Raises:
        What `cancel` raises.
    """
    obj, owned = _resolve(vendor)
    try:
        inputs, wait = _split(obj, args, kwargs)
        return await obj._acancel(run_id, inputs, wait=wait)
    finally:
        if owned:
            await obj.aclose()


@overload
async def acancel_many(
    vendor: str,
    run_ids: Iterable[str],
    /,
    concurrency: int = DEFAULT_CONCURRENCY,
    *,
    wait: float | None = None,
    **inputs: InputValue,
) -> list[Outcome[object]]: ...
@overload
async def acancel_many(
    vendor: _ACancels[P, R],
    run_ids: Iterable[str],
    /,
    concurrency: int = DEFAULT_CONCURRENCY,
    *args: P.args,
    **kwargs: P.kwargs,
) -> list[Outcome[R]]: ...
async def acancel_many(
    vendor: object,
    run_ids: Iterable[str],
    /,
    concurrency: int = DEFAULT_CONCURRENCY,
    *args: object,
    **kwargs: object,
) -> list[Outcome[Any]]:  # the overloads above are what callers see
    """Cancel many runs at once, at most `concurrency` in flight; never stops halfway.

    Args:
        vendor: a vendor object or a registered name, as for `cancel`.
        run_ids: the runs to cancel.
        concurrency: requests in flight at once (1 to 1000; default 16).
        *args, **kwargs: the vendor's inputs and `wait=`, as for `cancel`, applied to every id.

    Returns:
        One outcome per id, in input order: its `CancelResult`, or the `PipelineCancelError`
        it would have raised. A caller's async client sends them all; with only a sync one,
        they go through it on worker threads.

    Raises:
        ConfigurationError: a bad vendor, input or `concurrency`, before anything is sent.
    """
    return await _acancel_many(vendor, run_ids, concurrency, args, kwargs)


class Events(Protocol):
    """What a bulk cancel tells as it goes (the CLI's progress, output order and Ctrl-C report)."""

    def started(self, index: int) -> None:
        """A worker took the id at `index`: its request is about to be sent."""

    def finished(self, index: int, outcome: Outcome[object]) -> None:
        """The id at `index` has its outcome."""


async def _acancel_many(
    vendor: object,
    run_ids: Iterable[str],
    concurrency: int,
    args: tuple[object, ...],
    kwargs: dict[str, object],
    events: Events | None = None,
) -> list[Outcome[Any]]:
    if type(concurrency) is not int or not 1 <= concurrency <= 1000:
        raise ConfigurationError("concurrency must be a whole number from 1 to 1000")
    if isinstance(run_ids, str):
        raise ConfigurationError("run_ids must be a list of ids, not one string")
    ids = list(run_ids)
    obj, owned = _resolve(vendor)
    try:
        inputs, wait = _split(obj, args, kwargs)
        obj._check_wait(wait)  # before anything is sent, not once per id
        pools = obj._pools
        # A caller who passed only a sync client gets every request through it (its pool, proxy,
        # TLS and event hooks), on worker threads bounded by `concurrency`; otherwise the async
        # path, through the caller's async client when there is one.
        threads = pools.sync.caller is not None and pools.async_shared is None
        client, close_client = (None, False) if threads else pools.async_clients().for_bulk()
        limiter = anyio.CapacityLimiter(concurrency)  # anyio's default would cap the threads at 40
        outcomes: list[Outcome[object]] = []

        async def call(run_id: str) -> CancelResult[object]:
            if threads:
                return await anyio.to_thread.run_sync(
                    lambda: obj._cancel(run_id, inputs, wait=wait), limiter=limiter
                )
            return await obj._acancel(run_id, inputs, client, wait=wait)

        # `concurrency` workers share one queue of ids, each taking the next id when it is free:
        # ids start in input order, and a task per id (with a gate in front of it) would cost a
        # bulk call of many ids more than its requests do.
        queue = iter(enumerate(ids))

        async def worker() -> None:
            for index, run_id in queue:
                if events is not None:
                    events.started(index)
                try:
                    outcomes[index] = await call(run_id)
                except PipelineCancelError as exc:
                    outcomes[index] = exc
                except Exception as exc:  # a bug here must not cost the other ids their outcomes
                    error = PipelineCancelError(f"internal error: {type(exc).__name__}", vendor=obj.name)
                    error.__cause__ = exc
                    outcomes[index] = error
                if events is not None:
                    events.finished(index, outcomes[index])

        try:
            # Every slot is filled before the task group ends, unless the caller cancelled it.
            outcomes.extend(PipelineCancelError("not sent", vendor=obj.name) for _ in ids)
            async with anyio.create_task_group() as tasks:
                for _ in range(min(concurrency, len(ids))):
                    tasks.start_soon(worker)
            return outcomes
        finally:
            if close_client and client is not None:
                with anyio.CancelScope(shield=True):
                    await client.aclose()
    finally:
        if owned:
            await obj.aclose()


@overload
def cancel_many(
    vendor: str,
    run_ids: Iterable[str],
    /,
    concurrency: int = DEFAULT_CONCURRENCY,
    *,
    wait: float | None = None,
    **inputs: InputValue,
) -> list[Outcome[object]]: ...
@overload
def cancel_many(
    vendor: _ACancels[P, R],
    run_ids: Iterable[str],
    /,
    concurrency: int = DEFAULT_CONCURRENCY,
    *args: P.args,
    **kwargs: P.kwargs,
) -> list[Outcome[R]]: ...
def cancel_many(
    vendor: object,
    run_ids: Iterable[str],
    /,
    concurrency: int = DEFAULT_CONCURRENCY,
    *args: object,
    **kwargs: object,
) -> list[Outcome[Any]]:  # the overloads above are what callers see
    """`acancel_many` for synchronous code; from async code, await `acancel_many` instead.

    Args:
        vendor, run_ids, concurrency, *args, **kwargs: as for `acancel_many`.

    Returns:
        One outcome per id, in input order, as `acancel_many` returns them.

    Raises:
        ConfigurationError: as `acancel_many`; and when called from a running event loop.
    """
    try:
        anyio.lowlevel.current_token()  # asyncio's loop or trio's run, whichever is running here
    except RuntimeError:  # none is
        return anyio.run(lambda: _acancel_many(vendor, run_ids, concurrency, args, kwargs))
    raise ConfigurationError(
        "cancel_many() was called inside a running event loop, which it would block;"
        " use `await acancel_many(...)`"
    )
