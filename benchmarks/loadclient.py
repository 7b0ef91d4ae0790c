"""A small asyncio load client for ``sitrep serve`` (used by ``bench_api.py`` and the load test).

The client speaks HTTP/1.1 over keep-alive connections with asyncio streams (one connection
per simulated client, as a browser tab or a wall screen would hold), so that on a 2-core
machine it costs the server little CPU (httpx spends several times more per request).
Two modes: *closed loop* (each client sends its next request as soon as the answer is in:
throughput) and *paced* (each client sends ``rate`` requests per second on a fixed schedule;
latency is measured from the scheduled send time, so a slow server is not hidden by the
client waiting for it: no coordinated omission).
"""
from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Connection:
    """One keep-alive HTTP/1.1 connection (reconnects when the server closes it)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, limit=2**22)

    async def get(self, path: str) -> tuple[int, int]:
        """(status, body length) of ``GET path``."""
        if self.writer is None:
            await self._open()
        assert self.reader is not None and self.writer is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        size = 0
        if headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                n = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if n == 0:
                    await self.reader.readuntil(b"\r\n")
                    break
                size += len(await self.reader.readexactly(n + 2)) - 2
        else:
            size = int(headers.get("content-length", "0"))
            await self.reader.readexactly(size)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, size

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests
    errors: list[str] = field(default_factory=list)
    bytes: int = 0
    wall: float = 0.0

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    def line(self) -> str:
        return (f"{len(self.latencies)} ok, {len(self.errors)} errors, {self.rps:.0f} req/s, "
                f"p50 {self.pct(50) * 1000:.1f} ms, p95 {self.pct(95) * 1000:.1f} ms, "
                f"p99 {self.pct(99) * 1000:.1f} ms, max {max(self.latencies, default=0) * 1000:.0f} ms")


async def _client(host: str, port: int, paths: Callable[[random.Random], str], deadline: float,
                  rate: float | None, res: Result, seed: int) -> None:
    rng = random.Random(seed)
    conn = Connection(host, port)
    start = time.perf_counter()
    due = start + (rng.random() / rate if rate else 0.0)  # spread the paced clients over a second
    try:
        while True:
            if rate:
                if due >= deadline:
                    break
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                t0 = due
                due += 1.0 / rate
            else:
                t0 = time.perf_counter()
                if t0 >= deadline:
                    break
            try:
                status, size = await conn.get(paths(rng))
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                res.errors.append(f"{type(exc).__name__}: {exc}")
                await conn.close()
                continue
            if status != 200:
                res.errors.append(f"HTTP {status}")
                continue
            res.latencies.append(time.perf_counter() - t0)
            res.bytes += size
    finally:
        await conn.close()


async def run_load(host: str, port: int, paths: Callable[[random.Random], str], *, clients: int,
                   duration: float, rate: float | None = None) -> Result:
    """``clients`` concurrent clients for ``duration`` seconds (closed loop, or ``rate``
    requests per second each)."""
    res = Result()
    t0 = time.perf_counter()
    deadline = t0 + duration
    await asyncio.gather(*(_client(host, port, paths, deadline, rate, res, i) for i in range(clients)))
    res.wall = time.perf_counter() - t0 if rate is None else duration
    return res


def load(host: str, port: int, paths: Callable[[random.Random], str], **kw) -> Result:
    try:
        import uvloop  # noqa: PLC0415 - optional, a cheaper event loop for the client
        return uvloop.run(run_load(host, port, paths, **kw))
    except ImportError:
        return asyncio.run(run_load(host, port, paths, **kw))


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children that were waited for, from /proc."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    pids = [pid]
    try:
        pids += [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
    return total


def start_server(db: str, *, port: int | None = None, workers: int = 1,
                 extra: Sequence[str] = (), env: dict | None = None,
                 timeout: float = 120.0) -> tuple[subprocess.Popen, int]:
    """``sitrep serve`` on 127.0.0.1 (a free port); returns once it answers ``/meta``."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "sitrep", "serve", "--db", db, "--host", "127.0.0.1",
           "--port", str(port), *(["--workers", str(workers)] if workers > 1 else []), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(f"GET /meta HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return proc, port
        except OSError:
            pass
        time.sleep(0.2)
    stop_server(proc)
    raise RuntimeError("server did not answer in time")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
