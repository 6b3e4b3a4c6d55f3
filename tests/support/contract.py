"""`python3 dev.py -s contract`: every operation, via the overlay and the generated client, judged by Prism.

Prism (`--errors`) answers a request its document does not allow with an error
status and an `sl-violations` header. The session passes only when no exchange
carries a violation, and when a deliberately invalid request *is* flagged, so the
check is shown able to fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from pipeline_cancel import acancel, errors
from pipeline_cancel import cancel as neutral_cancel
from pipeline_cancel.vendors import vendor_class

from tests.support.generated_ops import without_arguments
from tests.support.prism import mocks
from tests.support.vendors import CASES

Exchange = tuple[str, str, int, str | None]  # (label, path, status, violations)


def _recorder(label: str, log: list[Exchange]) -> Callable[[httpx.Response], None]:
    def hook(response: httpx.Response) -> None:
        log.append(
            (
                label,
                f"{response.request.method} {response.request.url.raw_path.decode()}",
                response.status_code,
                response.headers.get("sl-violations"),
            )
        )

    return hook


def drive(urls: dict[str, str]) -> list[Exchange]:
    """Each registered vendor's cancel (and status read, where it documents one): through the overlay,
    sync and async, and as the generated operation's own request through the generated client."""
    log: list[Exchange] = []
    for vendor, url in urls.items():
        case = CASES[vendor]
        hooks = {"response": [_recorder(f"{vendor} overlay sync", log)]}
        with (
            httpx.Client(event_hooks=hooks) as shared,
            case.make(url, http_client=shared, max_retries=0) as obj,
        ):
            try:
                cancel(vendor, obj, case.run_id, case)
            except errors.PipelineCancelError as exc:
                print(f"  {vendor}: overlay outcome {type(exc).__name__}: {exc}")
            documents_status = bool(obj._status_responses)
            requests = [("generated", obj._build(case.run_id, case.cancel_args))]
        if documents_status:
            hooks = {"response": [_recorder(f"{vendor} overlay status", log)]}
            with (
                httpx.Client(event_hooks=hooks) as shared,
                case.make(url, http_client=shared, max_retries=0) as obj,
                contextlib.suppress(errors.PipelineCancelError),
            ):
                obj._status(case.run_id)
                requests.append(("generated status", obj._build_status(case.run_id)))

        async def overlay_async(vendor: str = vendor, url: str = url) -> None:
            hooks = {"response": [_async(_recorder(f"{vendor} overlay async", log))]}
            async with (
                httpx.AsyncClient(event_hooks=hooks) as shared,
                CASES[vendor].make(url, async_http_client=shared, max_retries=0) as obj,
            ):
                with contextlib.suppress(errors.PipelineCancelError):  # outcomes are not judged here
                    await acancel(obj, CASES[vendor].run_id, **CASES[vendor].cancel_args)

        asyncio.run(overlay_async())
        package = importlib.import_module(f"{vendor}_client")
        for label, request in requests:
            hooks = {"response": [_recorder(f"{vendor} {label}", log)]}
            with package.AuthenticatedClient(
                base_url=url, token="contract_token", httpx_args={"event_hooks": hooks}
            ) as client:
                client.get_httpx_client().request(**request)
        # Whatever else can be checked without the vendor's data: each operation that needs no
        # argument, its request judged by Prism and its answer read into the generated models.
        hooks = {"response": [_recorder(f"{vendor} no-argument operations", log)]}
        with package.AuthenticatedClient(
            base_url=url, token="contract_token", httpx_args={"event_hooks": hooks}, timeout=httpx.Timeout(30)
        ) as client:
            for module in without_arguments(vendor):
                module.sync_detailed(client=client)
    return log


def cancel(vendor: str, obj: Any, run_id: str, case: Any) -> None:
    """The neutral function with the fixture's inputs (a vendor object typed `Any` here: the table
    is built at run time, so the keywords are checked at run time)."""
    neutral_cancel(obj, run_id, **case.cancel_args)


def _async(hook: Callable[[httpx.Response], None]) -> Callable[[httpx.Response], Any]:
    async def wrapper(response: httpx.Response) -> None:
        hook(response)

    return wrapper


def negative_control(urls: dict[str, str]) -> bool:
    """A request the Kubiya document forbids (empty reason) must be flagged by Prism."""
    response = httpx.post(
        f"{urls['kubiya']}/api/v1/executions/e/terminate",
        json={"reason": ""},
        headers={"Authorization": "Bearer x"},
    )
    return response.status_code >= 400 and "sl-violations" in response.headers


def main(argv: list[str]) -> int:
    """`PRISM [VENDOR ...]`: every vendor, or those named (Kubiya's mock always runs: the negative
    control asks it), as `tests/test_add_vendor.py` checks the vendor it adds."""
    prism, named = argv[0], argv[1:]
    unknown = sorted(set(named) - set(CASES))
    if unknown:
        print(f"contract: unknown vendor(s) {', '.join(unknown)}; registered: {', '.join(CASES)}")
        return 2
    chosen = tuple(v for v in CASES if not named or v in named or v == "kubiya")
    with tempfile.TemporaryDirectory() as tmp, mocks(prism, Path(tmp), chosen) as urls:
        log = drive(urls)
        flagged = negative_control(urls)
    bad = [entry for entry in log if entry[3] is not None or entry[2] >= 400]
    for label, path, status, violations in log:
        mark = "FAIL" if (violations or status >= 400) else "ok"
        print(f"{mark:4} {label:28} {path:50} -> {status}{'  ' + violations if violations else ''}")
    labels = {entry[0] for entry in log}
    expected = {f"{v} {k}" for v in chosen for k in ("overlay sync", "overlay async", "generated")}
    statuses = {v for v in chosen if vendor_class(v)._status_responses}
    expected |= {f"{v} {k}" for v in statuses for k in ("overlay status", "generated status")}
    expected |= {f"{v} no-argument operations" for v in chosen if without_arguments(v)}
    if labels != expected:
        print(f"missing exchanges: {sorted(expected - labels)}")
        return 1
    if not flagged:
        print("negative control: Prism did not flag an invalid request; the check cannot be trusted")
        return 1
    if bad:
        print(f"{len(bad)} exchange(s) violate the vendors' documents")
        return 1
    print(f"contract: {len(log)} exchanges, no violations; negative control flagged as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
