"""The vendor-neutral entry points: cancel one run, or many over one connection pool."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterable
from typing import Any

import httpx

from pipeline_cancel.errors import ConfigurationError, PipelineCancelError
from pipeline_cancel.result import CancelResult
from pipeline_cancel.vendor import Vendor
from pipeline_cancel.vendors import vendor_class

Outcome = CancelResult | PipelineCancelError


def _resolve(vendor: Vendor[Any] | str) -> tuple[Vendor[Any], bool]:
    """The vendor object, and whether we made it (and so must close it)."""
    if isinstance(vendor, str):
        return vendor_class(vendor).from_env(), True
    if isinstance(vendor, Vendor):
        return vendor, False
    raise ConfigurationError(f"expected a vendor name or a vendor object, got {type(vendor).__name__}")


def _check_args(vendor: Vendor[Any], vendor_args: dict[str, Any]) -> None:
    try:
        inspect.signature(vendor.cancel).bind("run-id", **vendor_args)
    except TypeError as exc:
        raise ConfigurationError(f"{type(vendor).__name__}.cancel: {exc}", vendor=vendor.name) from None


def cancel(vendor: Vendor[Any] | str, run_id: str, **vendor_args: Any) -> CancelResult:
    """Cancel one run; a vendor name reads its credentials from the environment."""
    obj, owned = _resolve(vendor)
    try:
        _check_args(obj, vendor_args)
        result: CancelResult = obj.cancel(run_id, **vendor_args)
        return result
    finally:
        if owned:
            obj.close()


async def acancel(vendor: Vendor[Any] | str, run_id: str, **vendor_args: Any) -> CancelResult:
    obj, owned = _resolve(vendor)
    try:
        _check_args(obj, vendor_args)
        result: CancelResult = await obj.acancel(run_id, **vendor_args)
        return result
    finally:
        if owned:
            await obj.aclose()


async def acancel_many(
    vendor: Vendor[Any] | str, run_ids: Iterable[str], *, concurrency: int = 16, **vendor_args: Any
) -> list[Outcome]:
    """One outcome per id, in order: a CancelResult or the exception. Never stops halfway."""
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError("concurrency must be a positive integer")
    ids = list(run_ids)
    obj, owned = _resolve(vendor)
    try:
        _check_args(obj, vendor_args)
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        gate = asyncio.Semaphore(concurrency)
        async with obj.new_async_client(limits) as client:

            async def one(run_id: str) -> Outcome:
                async with gate:
                    try:
                        return await obj._asend(run_id, obj._request(run_id, **vendor_args), client)
                    except PipelineCancelError as exc:
                        return exc

            return list(await asyncio.gather(*(one(run_id) for run_id in ids)))
    finally:
        if owned:
            await obj.aclose()


def cancel_many(
    vendor: Vendor[Any] | str, run_ids: Iterable[str], *, concurrency: int = 16, **vendor_args: Any
) -> list[Outcome]:
    """Synchronous `acancel_many`; from async code, await `acancel_many` instead."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(acancel_many(vendor, run_ids, concurrency=concurrency, **vendor_args))
    raise RuntimeError("cancel_many() was called inside a running event loop; use `await acancel_many(...)`")
