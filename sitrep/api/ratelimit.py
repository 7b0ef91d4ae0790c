"""A rate limit on the API's write requests (POST, PUT, PATCH, DELETE): a token bucket per
client address, ``per_minute`` requests a minute with bursts of ``burst``. A request over it
gets 429 with ``Retry-After`` (whole seconds) before any of its body is read. Reads are not
limited (they are cheap and cached). Behind a reverse proxy every caller shares the proxy's
address: limit there, or pass ``--write-rate 0`` (no limit)."""
from __future__ import annotations

import json
import math
import threading
import time

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_CLIENTS = 10_000  # buckets kept; the idle ones go first


class WriteRateLimit:
    def __init__(self, app, *, per_minute: float = 60.0, burst: int = 20, clock=time.monotonic):
        self.app = app
        self.rate = per_minute / 60.0
        self.burst = max(1, int(burst))
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, last time)
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when ``client`` may write now, else the seconds until it may."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate
            self._buckets[client] = (tokens, now)  # re-inserted: the dict keeps recent clients last
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.pop(next(iter(self._buckets)))
            return wait

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.rate <= 0 or scope.get("method") not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.take(client)
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        retry = max(1, math.ceil(wait))
        body = json.dumps({"detail": f"too many write requests from {client}: retry in {retry} s",
                           "status": 429}).encode()
        await send({"type": "http.response.start", "status": 429,
                    "headers": [(b"content-type", b"application/json"), (b"retry-after", str(retry).encode()),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
