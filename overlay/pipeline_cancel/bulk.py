"""The vendor-neutral entry points: cancel one run, or many over one connection pool.

Given a vendor object they keep its response type (`cancel(kubiya, ...)` is a
`CancelResult[TerminateWorkflowResponse]`) and leave the object open, as it is the
caller's; given a vendor name they read its credentials from the environment and
close what they made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar, overload

import anyio
import anyio.lowlevel

from pipeline_cancel.errors import ConfigurationError, PipelineCancelError
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor
from pipeline_cancel.vendors import vendor_class

R = TypeVar("R")

Outcome = CancelResult[R] | PipelineCancelError
"""One id's outcome in a bulk cancel: its result, or the exception it would have raised."""


def _resolve(vendor: Vendor[object, object, object] | str) -> tuple[Vendor[object, object, object], bool]:
    """The vendor object, and whether we made it (and so must close it)."""
    if isinstance(vendor, str):
        return vendor_class(vendor).from_env(), True
    if isinstance(vendor, Vendor):
        return vendor, False
    raise ConfigurationError(f"expected a vendor name or a vendor object, got {type(vendor).__name__}")


@overload
def cancel(
    vendor: Vendor[object, R, object],
    run_id: str,
    *,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> CancelResult[R]: ...
@overload
def cancel(
    vendor: str,
    run_id: str,
    *,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> CancelResult[object]: ...
def cancel(
    vendor: Vendor[object, object, object] | str,
    run_id: str,
    *,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> CancelResult[object]:
    """Cancel one run; a vendor name reads its credentials from the environment."""
    obj, owned = _resolve(vendor)
    try:
        options = obj.check_run_options({"pipeline_id": pipeline_id, "reason": reason})
        return obj._cancel(run_id, options, wait=wait)
    finally:
        if owned:
            obj.close()


@overload
async def acancel(
    vendor: Vendor[object, R, object],
    run_id: str,
    *,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> CancelResult[R]: ...
@overload
async def acancel(
    vendor: str,
    run_id: str,
    *,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> CancelResult[object]: ...
async def acancel(
    vendor: Vendor[object, object, object] | str,
    run_id: str,
    *,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> CancelResult[object]:
    obj, owned = _resolve(vendor)
    try:
        options = obj.check_run_options({"pipeline_id": pipeline_id, "reason": reason})
        return await obj._acancel(run_id, options, wait=wait)
    finally:
        if owned:
            await obj.aclose()


@overload
async def acancel_many(
    vendor: Vendor[object, R, object],
    run_ids: Iterable[str],
    *,
    concurrency: int = 16,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> list[Outcome[R]]: ...
@overload
async def acancel_many(
    vendor: str,
    run_ids: Iterable[str],
    *,
    concurrency: int = 16,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> list[Outcome[object]]: ...
async def acancel_many(
    vendor: Vendor[object, object, object] | str,
    run_ids: Iterable[str],
    *,
    concurrency: int = 16,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> list[Outcome[Any]]:  # the overloads above are what callers see
    """One outcome per id, in order: a CancelResult or the exception. Never stops halfway."""
    if type(concurrency) is not int or not 1 <= concurrency <= 1000:
        raise ConfigurationError("concurrency must be a whole number from 1 to 1000")
    if isinstance(run_ids, str):
        raise ConfigurationError("run_ids must be a list of ids, not one string")
    ids = list(run_ids)
    obj, owned = _resolve(vendor)
    try:
        options = obj.check_run_options({"pipeline_id": pipeline_id, "reason": reason})
        obj._check_wait(wait)  # before anything is sent, not once per id
        gate = anyio.Semaphore(concurrency)
        client, close_client = obj._async().for_bulk()
        outcomes: list[Outcome[object]] = []

        async def one(index: int, run_id: str) -> None:
            async with gate:
                try:
                    outcomes[index] = await obj._acancel(run_id, options, client, wait=wait)
                except PipelineCancelError as exc:
                    outcomes[index] = exc
                except Exception as exc:  # a bug here must not cost the other ids their outcomes
                    error = PipelineCancelError(f"internal error: {type(exc).__name__}", vendor=obj.name)
                    error.__cause__ = exc
                    outcomes[index] = error

        try:
            # Every slot is filled before the task group ends, unless the caller cancelled it.
            outcomes.extend(PipelineCancelError("not sent", vendor=obj.name) for _ in ids)
            async with anyio.create_task_group() as tasks:
                for index, run_id in enumerate(ids):
                    tasks.start_soon(one, index, run_id)
            return outcomes
        finally:
            if close_client:
                with anyio.CancelScope(shield=True):
                    await client.aclose()
    finally:
        if owned:
            await obj.aclose()


@overload
def cancel_many(
    vendor: Vendor[object, R, object],
    run_ids: Iterable[str],
    *,
    concurrency: int = 16,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> list[Outcome[R]]: ...
@overload
def cancel_many(
    vendor: str,
    run_ids: Iterable[str],
    *,
    concurrency: int = 16,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> list[Outcome[object]]: ...
def cancel_many(
    vendor: Vendor[object, object, object] | str,
    run_ids: Iterable[str],
    *,
    concurrency: int = 16,
    pipeline_id: str | None = None,
    reason: str | None = None,
    wait: float | None = None,
) -> list[Outcome[Any]]:  # the overloads above are what callers see
    """Synchronous `acancel_many` (on asyncio); from async code, await `acancel_many` instead."""
    try:
        anyio.lowlevel.current_token()  # asyncio's loop or trio's run, whichever is running here
    except RuntimeError:  # none is
        return anyio.run(
            lambda: acancel_many(
                vendor, run_ids, concurrency=concurrency, pipeline_id=pipeline_id, reason=reason, wait=wait
            )
        )
    raise ConfigurationError(
        "cancel_many() was called inside a running event loop, which it would block;"
        " use `await acancel_many(...)`"
    )
