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

import httpx

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
    "all vendors": "from pipeline_cancel import Gumloop, VectorShift, Ionworks, Runflow, Kubiya",
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
        imports = bench_import()
        package, vendor, httpx_only, httpx_attrs = (
            imports[k] for k in ("package", "one vendor", "httpx", "httpx, attrs")
        )
        rows.append(("cold import pipeline_cancel vs httpx", package, httpx_only, package / httpx_only, 1.15))
        rows.append(("from pipeline_cancel import Kubiya", vendor, httpx_attrs, vendor / httpx_attrs, 1.2))
        rows.append(("construct vendor vs httpx.Client()", *bench_construct(), 1.10))
        every, base = imports["all vendors"], imports["httpx, attrs"]
        rows.append(("import all five vendors", every, base, every / base, 1.5))
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
        print(
            f"{name:38} {a * 1e3:10.3f}ms {b * 1e3:10.3f}ms {ratio:7.3f} {'<= ' + str(target):>7} {verdict}"
        )
    print(
        "\nThe import rows compare with a cold `import httpx` (the package alone) and `import httpx,"
        " attrs` (vendors);\nthe OTel rows run with the SDK's TracerProvider set, tracing is off above them."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
