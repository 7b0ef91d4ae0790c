"""Encoded responses of the read endpoints, reused while the data has not changed.

A wall screen and a few analysts' dashboards ask the same ``GET /events?limit=50`` and
``GET /meta`` over and over; between two writes the answer is the same bytes. Each entry is
keyed by the request's path and query and stamped with :meth:`Store.generation` (four index
look-ups: events added, edited, merged or deleted, sources and tombstones added), which is
read again on every request: a write is visible to the very next request, in every worker
process. An ``ETag`` goes with each body, so a client that sends ``If-None-Match`` gets 304.
Bounded in entries and bytes; a large body (``limit=1000&include=claims``) is not kept.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any, Callable

from starlette.requests import Request
from starlette.responses import Response

MAX_ENTRIES = 256
MAX_BYTES = 32 * 1024 * 1024
MAX_BODY = 1024 * 1024


class ResponseCache:
    def __init__(self, generation: Callable[[], Any], *, max_entries: int = MAX_ENTRIES,
                 max_bytes: int = MAX_BYTES):
        self.generation = generation
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._d: OrderedDict[str, tuple[Any, bytes, str]] = OrderedDict()
        self._bytes = 0
        self._values: dict[str, tuple[Any, dict]] = {}
        self._flights: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def body(self, key: str, build: Callable[[], bytes]) -> tuple[bytes, str]:
        """(body, etag) for ``key``: the kept one if the data has not changed, else ``build()``."""
        gen = self.generation()  # read before building: a body is never newer-stamped than its data
        hit = self._get(key, gen)
        if hit is not None:
            return hit
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:  # the same request arriving many times at once is built once
            hit = self._get(key, gen)
            if hit is not None:
                return hit
            try:
                return self._build(key, gen, build)
            finally:
                with self._lock:
                    self._flights.pop(key, None)

    def _get(self, key: str, gen: Any) -> tuple[bytes, str] | None:
        with self._lock:
            hit = self._d.get(key)
            if hit is not None and hit[0] == gen:
                self._d.move_to_end(key)
                self.hits += 1
                return hit[1], hit[2]
        return None

    def _build(self, key: str, gen: Any, build: Callable[[], bytes]) -> tuple[bytes, str]:
        self.misses += 1
        body = build()
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        if len(body) <= MAX_BODY:
            with self._lock:
                old = self._d.pop(key, None)
                if old is not None:
                    self._bytes -= len(old[1])
                self._d[key] = (gen, body, etag)
                self._bytes += len(body)
                while self._d and (len(self._d) > self.max_entries or self._bytes > self.max_bytes):
                    _k, (_g, b, _e) = self._d.popitem(last=False)
                    self._bytes -= len(b)
        return body, etag

    def value(self, key: str, build: Callable[[], dict]) -> dict:
        """A copy of ``build()``'s dict, built again only when the data has changed."""
        gen = self.generation()
        with self._lock:
            hit = self._values.get(key)
        if hit is None or hit[0] != gen:
            hit = (gen, build())
            with self._lock:
                self._values[key] = hit
        return dict(hit[1])

    def response(self, request: Request, build: Callable[[], bytes],
                 media_type: str = "application/json") -> Response:
        key = request.url.path + "?" + request.url.query
        body, etag = self.body(key, build)
        inm = request.headers.get("if-none-match")
        if inm and etag in {t.strip() for t in inm.split(",")}:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(body, media_type=media_type, headers={"ETag": etag})
