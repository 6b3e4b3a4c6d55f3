"""Stoplight Prism mock servers, one per vendor, started from the documents in specs/ on loopback."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from tests.support.openapi import document
from tools.registry import VENDORS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prism exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"prism did not start within its deadline:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def mocks(prism: str, logdir: Path, vendors: tuple[str, ...] = VENDORS) -> Iterator[dict[str, str]]:
    """Start one `prism mock --errors` per vendor; yield vendor -> base URL; stop them all."""
    procs: list[subprocess.Popen[bytes]] = []
    urls: dict[str, str] = {}
    try:
        for vendor in vendors:
            port = _free_port()
            log = logdir / f"prism-{vendor}.log"
            # The vendor's documents as published, merged as `generate` merges them (status included).
            served = logdir / f"{vendor}.openapi.json"
            served.write_text(json.dumps(document(vendor)), encoding="utf-8")
            with log.open("wb") as out:
                procs.append(
                    subprocess.Popen(
                        [
                            prism,
                            "mock",
                            "--errors",
                            "-h",
                            "127.0.0.1",
                            "-p",
                            str(port),
                            str(served),
                        ],
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )
                )
            urls[vendor] = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        for (vendor, url), proc in zip(urls.items(), procs, strict=True):
            _wait_ready(url, proc, logdir / f"prism-{vendor}.log", deadline)
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
