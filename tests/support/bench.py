"""`python3 dev.py -s bench`: the overlay against raw httpx on one loopback server, in one run; prints ratios.

The server runs in its own process so it does not share the client's GIL. Rounds of
the overlay and of raw httpx alternate, so drift in the machine hits both alike.
Nothing here asserts: the ratios are printed against their targets for a person.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from types import ModuleType
from typing import Any

import httpx
from pipeline_cancel.vendors import REGISTRY

BODY = json.dumps({"success": True, "workflow_id": "wf-1", "terminated_at": "2026-11-23T10:00:00Z"}).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


async def _serve(port_out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                writer.write(RESPONSE)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    port_out.put(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def _server_main(port_out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    asyncio.run(_serve(port_out))


def _seconds_per_call(fn: Callable[[], None], calls: int) -> float:
    """Mean over one round; `_alternate` takes the median across rounds."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


Measure = tuple[float, float, float]  # overlay, raw (medians), and the median of per-round ratios


def _alternate(a: Callable[[], float], b: Callable[[], float], rounds: int) -> Measure:
    """Rounds of each side in turn; the ratio is taken per round, where both saw the same machine.

    A shared VM's speed drifts by more than the overhead measured here from one round to the
    next; a median of paired ratios cancels that drift, a ratio of medians does not.
    """
    ours, raw = [], []
    for _ in range(rounds):
        ours.append(a())
        raw.append(b())
    ratios = [x / y for x, y in zip(ours, raw, strict=True)]
    return statistics.median(ours), statistics.median(raw), statistics.median(ratios)


def bench_sync(url: str) -> Measure:
    from pipeline_cancel import Kubiya

    kb = Kubiya(api_key="bench-key", base_url=url)
    raw = httpx.Client(base_url=url, timeout=30.0)
    path = "/api/v1/executions/exec-1/terminate"
    headers = {"Authorization": "Bearer bench-key"}

    def ours() -> None:
        kb.cancel("exec-1", reason="bench")

    def theirs() -> None:
        raw.post(path, json={"reason": "bench"}, headers=headers).json()

    for _ in range(200):  # warm both pools and code paths
        ours()
        theirs()
    result = _alternate(
        lambda: _seconds_per_call(ours, 300), lambda: _seconds_per_call(theirs, 300), rounds=21
    )
    kb.close()
    raw.close()
    return result


def _overlay_bulk(url: str, ids: int, concurrency: int) -> Callable[[], Coroutine[None, None, float]]:
    """One `acancel_many` over `ids` ids, on whichever backend runs it; its seconds."""
    from pipeline_cancel import Kubiya, acancel_many

    kb = Kubiya(api_key="bench-key", base_url=url)
    run_ids = [f"exec-{n}" for n in range(ids)]

    async def ours() -> float:
        start = time.perf_counter()
        outcomes = await acancel_many(kb, run_ids, concurrency=concurrency, reason="bench")
        assert len(outcomes) == ids
        return time.perf_counter() - start

    return ours


async def _raw_one(client: httpx.AsyncClient, run_id: str) -> None:
    response = await client.post(
        f"/api/v1/executions/{run_id}/terminate",
        json={"reason": "bench"},
        headers={"Authorization": "Bearer bench-key"},
    )
    response.json()


def bench_bulk(url: str, ids: int = 1000, concurrency: int = 32) -> Measure:
    """`cancel_many`'s path (asyncio) against raw httpx under asyncio: a gate and `gather`."""
    ours = _overlay_bulk(url, ids, concurrency)

    async def theirs() -> float:
        start = time.perf_counter()
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        gate = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30.0) as client:

            async def one(run_id: str) -> None:
                async with gate:
                    await _raw_one(client, run_id)

            await asyncio.gather(*(one(f"exec-{n}") for n in range(ids)))
        return time.perf_counter() - start

    asyncio.run(ours())
    asyncio.run(theirs())
    return _alternate(lambda: asyncio.run(ours()), lambda: asyncio.run(theirs()), rounds=5)


def bench_bulk_trio(url: str, ids: int = 1000, concurrency: int = 32) -> Measure:
    """`acancel_many` under trio against what a trio user writes with raw httpx: a nursery and a gate."""
    import trio

    ours = _overlay_bulk(url, ids, concurrency)

    async def theirs() -> float:
        start = time.perf_counter()
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        gate = trio.Semaphore(concurrency)
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30.0) as client:

            async def one(run_id: str) -> None:
                async with gate:
                    await _raw_one(client, run_id)

            async with trio.open_nursery() as nursery:
                for n in range(ids):
                    nursery.start_soon(one, f"exec-{n}")
        return time.perf_counter() - start

    trio.run(ours)
    trio.run(theirs)
    return _alternate(lambda: trio.run(ours), lambda: trio.run(theirs), rounds=5)


def _import_time(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out)


IMPORTS = {
    "package": "import pipeline_cancel",
    "one vendor": "from pipeline_cancel import Kubiya",
    "prefect": "from pipeline_cancel import Prefect",  # a whole document's client: 500 models, none loaded
    "all vendors": f"from pipeline_cancel import {', '.join(cls for cls, _ in REGISTRY.values())}",
    "httpx": "import httpx",
    "httpx, attrs": "import httpx, attrs",
}


def bench_import() -> dict[str, float]:
    """Cold imports, each in a fresh interpreter, interleaved so drift hits every statement alike."""
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(15):
        for name, statement in IMPORTS.items():
            times[name].append(_import_time(statement))
    return {name: statistics.median(values) for name, values in times.items()}


def _caller_sync(
    url: str, family: ModuleType
) -> tuple[Callable[[], None], Callable[[], None], Callable[[], None]]:
    """One cancel through a caller's sync client of `family`, the same request raw through another
    of the same family, and what closes them."""
    from pipeline_cancel import Kubiya

    caller, raw = family.Client(), family.Client(base_url=url, timeout=30.0)
    kb = Kubiya(api_key="bench-key", base_url=url, http_client=caller)
    path, headers = "/api/v1/executions/exec-1/terminate", {"Authorization": "Bearer bench-key"}

    def ours() -> None:
        kb.cancel("exec-1", reason="bench")

    def theirs() -> None:
        raw.post(path, json={"reason": "bench"}, headers=headers).json()

    def close() -> None:
        kb.close()
        caller.close()
        raw.close()

    for _ in range(200):
        ours()
        theirs()
    return ours, theirs, close


def bench_families_sync(url: str, runs: int = 5, rounds: int = 7) -> dict[str, Measure]:
    """A caller's httpx client and a caller's httpx2 client, each against raw calls of its own
    family, interleaved round by round in one process; each figure the median of `runs` runs."""
    import httpx2

    sides = {name: _caller_sync(url, family) for name, family in (("httpx", httpx), ("httpx2", httpx2))}
    per_run: dict[str, list[Measure]] = {name: [] for name in sides}
    for _ in range(runs):
        ours: dict[str, list[float]] = {name: [] for name in sides}
        raw: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(rounds):
            for name, (a, b, _) in sides.items():
                ours[name].append(_seconds_per_call(a, 200))
                raw[name].append(_seconds_per_call(b, 200))
        for name in sides:
            ratios = [x / y for x, y in zip(ours[name], raw[name], strict=True)]
            per_run[name].append(
                (statistics.median(ours[name]), statistics.median(raw[name]), statistics.median(ratios))
            )
    for _, _, close in sides.values():
        close()
    return {name: _median_of(measures) for name, measures in per_run.items()}


def _median_of(measures: list[Measure]) -> Measure:
    a, b, r = zip(*measures, strict=True)
    return statistics.median(a), statistics.median(b), statistics.median(r)


def bench_families_bulk(url: str, runs: int = 5, ids: int = 500, concurrency: int = 32) -> dict[str, Measure]:
    """`acancel_many` through a caller's AsyncClient of each family against a gate and `gather` on a
    raw one of the same family (asyncio), interleaved run by run."""
    import httpx2
    from pipeline_cancel import Kubiya, acancel_many

    run_ids = [f"exec-{n}" for n in range(ids)]

    def limits(family: ModuleType) -> Any:  # one pool configuration for both sides
        return family.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def ours(family: ModuleType) -> float:
        async with family.AsyncClient(limits=limits(family)) as caller:
            kb = Kubiya(api_key="bench-key", base_url=url, async_http_client=caller)
            start = time.perf_counter()
            outcomes = await acancel_many(kb, run_ids, concurrency=concurrency, reason="bench")
            assert len(outcomes) == ids
            return time.perf_counter() - start

    async def theirs(family: ModuleType) -> float:
        gate = asyncio.Semaphore(concurrency)
        async with family.AsyncClient(base_url=url, limits=limits(family), timeout=30.0) as client:
            start = time.perf_counter()

            async def one(run_id: str) -> None:
                async with gate:
                    response = await client.post(
                        f"/api/v1/executions/{run_id}/terminate",
                        json={"reason": "bench"},
                        headers={"Authorization": "Bearer bench-key"},
                    )
                    response.json()

            await asyncio.gather(*(one(r) for r in run_ids))
            return time.perf_counter() - start

    families = {"httpx": httpx, "httpx2": httpx2}
    for family in families.values():  # warm
        asyncio.run(ours(family))
        asyncio.run(theirs(family))
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in families}
    for _ in range(runs):
        for name, family in families.items():
            got[name].append((asyncio.run(ours(family)), asyncio.run(theirs(family))))
    return {
        name: (
            statistics.median(a for a, _ in pairs),
            statistics.median(b for _, b in pairs),
            statistics.median(a / b for a, b in pairs),
        )
        for name, pairs in got.items()
    }


def bench_cli(url: str, ids: int = 1000, concurrency: int = 32) -> Measure:
    """The CLI cancelling `ids` ids read from standard input, interpreter start included, against
    `cancel_many` over the same ids in this process (a vendor object made once, outside the timing)."""
    from pipeline_cancel import Kubiya, cancel_many

    run_ids = [f"exec-{n}" for n in range(ids)]
    stdin = "\n".join(run_ids) + "\n"
    env = {**os.environ, "KUBIYA_API_KEY": "bench-key", "KUBIYA_BASE_URL": url}
    command = [sys.executable, "-m", "pipeline_cancel", "kubiya", "--from", "-", "--reason", "bench",
               "--concurrency", str(concurrency)]  # fmt: skip
    kb = Kubiya(api_key="bench-key", base_url=url)

    def ours() -> float:
        start = time.perf_counter()
        proc = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, check=True)
        elapsed = time.perf_counter() - start
        assert proc.stdout.splitlines()[-1] == f"{ids} ids: {ids} canceled", proc.stdout[-200:]
        return elapsed

    def theirs() -> float:
        start = time.perf_counter()
        outcomes = cancel_many(kb, run_ids, concurrency=concurrency, reason="bench")
        assert len(outcomes) == ids
        return time.perf_counter() - start

    ours()
    theirs()
    result = _alternate(ours, theirs, rounds=5)
    kb.close()
    return result


def bench_construct() -> Measure:
    from pipeline_cancel import Kubiya

    def ours() -> None:
        Kubiya(api_key="bench-key").close()

    def theirs() -> None:
        httpx.Client().close()

    return _alternate(lambda: _seconds_per_call(ours, 200), lambda: _seconds_per_call(theirs, 200), rounds=7)


def main() -> int:
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=_server_main, args=(queue,), daemon=True)
    server.start()
    try:
        url = f"http://127.0.0.1:{queue.get(timeout=30)}"
        rows: list[tuple[str, float, float, float, float]] = []
        rows.append(("sync cancel, per call", *bench_sync(url), 1.05))
        rows.append(("cancel_many 1000 ids @32", *bench_bulk(url), 1.10))
        rows.append(("acancel_many 1000 ids @32, trio", *bench_bulk_trio(url), 1.10))
        # A caller's client of each family against raw calls of the same family; the httpx2 rows
        # must stay within 0.05 of the httpx ones measured beside them.
        sync = bench_families_sync(url)
        rows.append(("sync cancel, caller's httpx.Client", *sync["httpx"], 1.05))
        rows.append(("sync cancel, caller's httpx2.Client", *sync["httpx2"], sync["httpx"][2] + 0.05))
        rows.append(("CLI, 1000 ids from stdin vs cancel_many", *bench_cli(url), 1.3))
        bulk = bench_families_bulk(url)
        rows.append(("acancel_many 500 @32, httpx AsyncClient", *bulk["httpx"], 1.10))
        rows.append(("acancel_many 500 @32, httpx2 AsyncClient", *bulk["httpx2"], bulk["httpx"][2] + 0.05))
        imports = bench_import()
        package, vendor, httpx_only, httpx_attrs = (
            imports[k] for k in ("package", "one vendor", "httpx", "httpx, attrs")
        )
        rows.append(("cold import pipeline_cancel vs httpx", package, httpx_only, package / httpx_only, 1.15))
        rows.append(("from pipeline_cancel import Kubiya", vendor, httpx_attrs, vendor / httpx_attrs, 1.2))
        prefect = imports["prefect"]
        rows.append(("from pipeline_cancel import Prefect", prefect, httpx_attrs, prefect / httpx_attrs, 1.2))
        rows.append(("construct vendor vs httpx.Client()", *bench_construct(), 1.10))
        every, base = imports["all vendors"], imports["httpx, attrs"]
        rows.append((f"import all {len(REGISTRY)} vendors", every, base, every / base, 1.5))
        # Last: a global TracerProvider cannot be unset. The OpenTelemetry SDK's provider with no
        # span processor: every span is made and recorded, and goes nowhere.
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider

        trace.set_tracer_provider(TracerProvider())
        rows.append(("sync cancel, OTel SDK provider set", *bench_sync(url), 1.06))
        rows.append(("cancel_many 1000 ids @32, OTel SDK", *bench_bulk(url), 1.10))
    finally:
        server.terminate()
        server.join(5)
    print(
        f"pipeline-cancel bench, {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores,"
    )
    print(f"Python {platform.python_version()}, httpx {httpx.__version__}; medians, overlay vs raw httpx\n")
    print(f"{'measure':38} {'overlay':>12} {'raw httpx':>12} {'ratio':>7} {'target':>7}")
    for name, a, b, ratio, target in rows:
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"{name:38} {a * 1e3:10.3f}ms {b * 1e3:10.3f}ms {ratio:7.3f} {f'<= {target:.2f}':>7} {verdict}")
    print(
        "\nThe import rows compare with a cold `import httpx` (the package alone) and `import httpx,"
        " attrs` (vendors);\nthe OTel rows run with the SDK's TracerProvider set, tracing is off above them."
        "\nThe caller's-client rows compare with raw calls of the same family (httpx2's with httpx2);"
        " the httpx2 rows' target\nis the httpx row's ratio, measured beside it, plus 0.05."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
