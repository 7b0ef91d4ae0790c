"""A polite, robust HTTP fetcher (httpx).

- User-Agent naming sitrep and its URL (plus the operator's contact when configured);
- conditional GET (``If-None-Match`` / ``If-Modified-Since``): an unchanged feed costs one 304;
- robots.txt honoured (protego; fetched once per host and pass; 4xx: everything allowed,
  5xx or no answer: nothing allowed, as RFC 9309 says), its Crawl-delay too;
- per-host rate limit (``delay`` seconds between requests) and concurrency cap (``per_host``);
- timeouts (connect/read, plus a deadline for the whole body), a size cap on bodies (checked on
  Content-Length and while streaming), redirects followed by hand (bounded, loops detected,
  robots.txt checked at every hop);
- 429/503 with Retry-After waited for when short, else reported with the time to come back;
  timeouts, connection errors and 5xx retried with exponential backoff.

Nothing here raises for a bad answer: :meth:`Fetcher.get` returns a :class:`FetchResult` whose
``error`` is one line for the log.
"""
from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin

import httpx

from sitrep import __version__
from sitrep.watch.registry import FetchPolicy
from sitrep.watch.urls import host_of

VERSION = __version__
PROJECT_URL = "https://github.com/sitrep/sitrep"
RETRY_STATUSES = {429, 500, 502, 503, 504}


def user_agent(contact: str | None = None) -> str:
    extra = f"; {contact}" if contact else ""
    return f"sitrep/{VERSION} (+{PROJECT_URL}; conflict media monitoring{extra})"


@dataclass
class FetchResult:
    url: str                        # the URL asked for
    final_url: str                  # after redirects
    status: int | None = None       # None: no HTTP answer (timeout, refused, robots, ...)
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    elapsed: float = 0.0
    robots_disallowed: bool = False
    retry_after: float | None = None  # seconds the server asked us to wait

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class _TooLarge(Exception):
    def __init__(self, size: int, announced: bool):
        super().__init__(size)
        self.size, self.announced = size, announced


class _Host:
    def __init__(self, per_host: int):
        self.sem = threading.Semaphore(per_host)
        self.lock = threading.Lock()
        self.next_at = 0.0
        self.delay: float | None = None  # robots.txt Crawl-delay, when larger than ours
        self.robots = None               # protego parser, or the strings "allow" / "deny"
        self.robots_error: str | None = None  # why robots.txt could not be read ("deny")
        self.robots_lock = threading.Lock()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    ref = datetime.fromtimestamp(now if now is not None else time.time(), timezone.utc)
    return max(0.0, (when - ref).total_seconds())


class Fetcher:
    """One per pass (or per process); thread-safe. ``log`` is called once per HTTP request
    with ``(url, status, headers, n_bytes, elapsed, error)`` (the runner writes the fetch log)."""

    def __init__(self, policy: FetchPolicy | None = None, *,
                 log: Callable[..., None] | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 stop: threading.Event | None = None):
        self.policy = policy or FetchPolicy()
        self.log = log
        self._sleep = sleep
        self.stop = stop
        self.ua = user_agent(self.policy.contact)
        t = self.policy.timeout
        self.client = httpx.Client(
            headers={"User-Agent": self.ua, "Accept-Encoding": "gzip, deflate, br"},
            timeout=httpx.Timeout(t, connect=min(t, 10.0)), follow_redirects=False,
            limits=httpx.Limits(max_connections=max(4, self.policy.workers * self.policy.per_host),
                                max_keepalive_connections=8))
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ politeness
    def _host(self, url: str) -> _Host:
        key = host_of(url)
        with self._hosts_lock:
            h = self._hosts.get(key)
            if h is None:
                h = self._hosts[key] = _Host(self.policy.per_host)
            return h

    def _wait_turn(self, h: _Host) -> None:
        delay = max(self.policy.delay, h.delay or 0.0)
        with h.lock:
            now = time.monotonic()
            start = max(now, h.next_at)
            h.next_at = start + delay
        if start > now:
            self._sleep(start - now)

    def allowed(self, url: str) -> bool:
        """May ``url`` be fetched under its host's robots.txt (read once per host)?"""
        return self._robots_verdict(url) == "allow"

    def _robots_verdict(self, url: str) -> str:
        """``allow``, ``disallow`` (robots.txt forbids it) or ``unavailable`` (robots.txt could
        not be read: a server error or no answer; nothing is fetched from the host)."""
        if not self.policy.respect_robots:
            return "allow"
        h = self._host(url)
        with h.robots_lock:
            if h.robots is None:
                h.robots = self._load_robots(url, h)
        if h.robots == "allow":
            return "allow"
        if h.robots == "deny":
            return "unavailable"
        return "allow" if h.robots.can_fetch(url, self.ua) else "disallow"

    def _load_robots(self, url: str, h: _Host):
        from protego import Protego  # noqa: PLC0415

        robots_url = host_of(url) + "/robots.txt"
        res = self._request(robots_url, {}, h, max_bytes=512 * 1024)
        if res.error is None and res.status is not None and 200 <= res.status < 300:
            try:
                rp = Protego.parse(res.body.decode("utf-8", "replace"))
            except Exception:  # an unparsable robots.txt allows everything, as crawlers read it
                return "allow"
            cd = rp.crawl_delay(self.ua)
            if cd:
                h.delay = min(float(cd), 60.0)
            return rp
        if res.status is not None and 400 <= res.status < 500:
            return "allow"  # no robots.txt (or not ours to read): everything is allowed
        h.robots_error = res.error or f"HTTP {res.status}"
        return "deny"       # server error or no answer: assume complete disallow (RFC 9309)

    # ------------------------------------------------------------------ requests
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> FetchResult:
        """GET ``url`` politely: robots.txt, rate, redirects, retries. Never raises."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        limit = max_bytes or self.policy.max_bytes
        seen: list[str] = []
        current = url
        res = FetchResult(url=url, final_url=url)
        for _hop in range(self.policy.max_redirects + 1):
            verdict = self._robots_verdict(current)
            if verdict == "unavailable":
                why = self._host(current).robots_error
                return FetchResult(url=url, final_url=current,
                                   error=f"robots.txt of {host_of(current)} unavailable ({why}): nothing fetched there")
            if verdict == "disallow":
                hop = f" (redirected to {current})" if current != url else ""
                return FetchResult(url=url, final_url=current, error=f"disallowed by robots.txt{hop}",
                                   robots_disallowed=True)
            res = self._with_retries(current, headers, limit)
            res.url = url
            if res.status is None or res.status not in (301, 302, 303, 307, 308):
                return res
            loc = res.headers.get("location")
            if not loc:
                res.error = f"HTTP {res.status} redirect without a Location"
                return res
            seen.append(current)
            nxt = urljoin(current, loc.strip())
            if not nxt.lower().startswith(("http://", "https://")):
                res.error = f"redirect to a non-HTTP URL: {nxt[:200]}"
                return res
            if nxt in seen:
                res.error = f"redirect loop: {' -> '.join(seen + [nxt])[:400]}"
                return res
            current = nxt
        res.error = f"too many redirects (more than {self.policy.max_redirects}) from {url}"
        return res

    def _with_retries(self, url: str, headers: dict, limit: int) -> FetchResult:
        h = self._host(url)
        attempt = 0
        while True:
            res = self._request(url, headers, h, max_bytes=limit)
            retryable = res.status in RETRY_STATUSES or (res.status is None and res.error
                                                          and not res.error.startswith("body larger"))
            if not retryable or attempt >= self.policy.retries or (self.stop and self.stop.is_set()):
                return res
            wait = self.policy.backoff * (2 ** attempt)
            if res.retry_after is not None:
                if res.retry_after > self.policy.max_retry_after:
                    return res  # come back later: the runner puts the source off until then
                wait = max(wait, res.retry_after)
            attempt += 1
            self._sleep(wait)

    def _request(self, url: str, headers: dict, h: _Host, *, max_bytes: int) -> FetchResult:
        res = FetchResult(url=url, final_url=url)
        with h.sem:
            self._wait_turn(h)
            t0 = time.monotonic()
            deadline = t0 + 2 * self.policy.timeout
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    res.status = r.status_code
                    res.headers = {k.lower(): v for k, v in r.headers.items()}
                    length = r.headers.get("content-length")
                    if length and length.isdigit() and int(length) > max_bytes:
                        raise _TooLarge(int(length), True)
                    chunks, size = [], 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise _TooLarge(size, False)
                        if time.monotonic() > deadline:
                            raise httpx.ReadTimeout("body not received in time")
                        chunks.append(chunk)
                    res.body = b"".join(chunks)
            except _TooLarge as e:
                res.error = (f"body larger than the {max_bytes / 1048576:g} MB limit "
                             f"({'Content-Length ' if e.announced else 'more than '}{e.size / 1048576:.1f} MB)")
            except httpx.TimeoutException as e:
                res.status = None
                res.error = f"timeout after {time.monotonic() - t0:.1f} s ({type(e).__name__})"
            except httpx.HTTPError as e:
                res.status = None
                res.error = f"{type(e).__name__}: {str(e)[:200] or 'connection failed'}"
            except Exception as e:  # noqa: BLE001 - nothing a server sends may stop the pass
                res.status = None
                res.error = f"{type(e).__name__}: {str(e)[:200]}"
            res.elapsed = time.monotonic() - t0
        if res.error is None and res.status is not None and res.status >= 400:
            reason = httpx.codes.get_reason_phrase(res.status)
            res.error = f"HTTP {res.status} {reason}".strip()
            if res.status in (429, 503):
                res.retry_after = parse_retry_after(res.headers.get("retry-after"))
                if res.retry_after is not None:
                    res.error += f" (Retry-After {res.retry_after:.0f} s)"
        if self.log is not None:
            try:
                self.log(url, res.status, res.headers, len(res.body), res.elapsed, res.error)
            except Exception:  # noqa: BLE001 - logging never stops a fetch
                pass
        return res

