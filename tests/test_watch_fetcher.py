"""The polite fetcher alone, against a local server: rate limit and concurrency cap per host,
conditional GET by Last-Modified, redirects (followed, bounded, robots.txt at every hop),
Crawl-delay, an unreachable robots.txt, Retry-After parsing."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from sitrep.watch.fetcher import Fetcher, parse_retry_after, user_agent
from sitrep.watch.registry import FetchPolicy
from watch_server import Page, WatchServer


def test_rate_limit_and_concurrency_cap_per_host():
    inflight = {"now": 0, "max": 0}
    lock = threading.Lock()
    times = []

    def slow(_h):
        with lock:
            inflight["now"] += 1
            inflight["max"] = max(inflight["max"], inflight["now"])
            times.append(time.monotonic())
        time.sleep(0.15)
        with lock:
            inflight["now"] -= 1
        return Page(b"ok", ctype="text/plain")

    with WatchServer() as srv:
        for i in range(4):
            srv.routes[f"/p{i}"] = slow
        pol = FetchPolicy(delay=0.25, per_host=1, retries=0, timeout=5)
        with Fetcher(pol) as f, ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda i: f.get(srv.url(f"/p{i}")), range(4)))
    assert all(r.ok for r in results)
    assert inflight["max"] == 1
    # one request every `delay` seconds at most (seen by the server, give or take its scheduling)
    assert max(times) - min(times) >= 3 * 0.25 - 0.1


def test_conditional_get_by_last_modified_and_crawl_delay():
    lm = "Wed, 14 May 2025 07:30:00 GMT"

    def feed(h):
        if h.headers.get("If-Modified-Since") == lm:
            return Page(status=304)
        return Page(b"<rss version='2.0'><channel><title>t</title></channel></rss>", ctype="application/rss+xml",
                    headers={"Last-Modified": lm})

    with WatchServer() as srv:
        srv.routes["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 0.5\nDisallow: /admin\n", ctype="text/plain")
        srv.routes["/feed"] = feed
        with Fetcher(FetchPolicy(delay=0, retries=0)) as f:
            t0 = time.monotonic()
            first = f.get(srv.url("/feed"))
            again = f.get(srv.url("/feed"), last_modified=first.last_modified)
            took = time.monotonic() - t0
    assert first.ok and first.last_modified == lm
    assert again.not_modified and again.body == b"" and again.error is None
    assert took >= 0.45  # robots.txt's Crawl-delay between the two requests
    ua = [h["User-Agent"] for p, h in srv.requests]
    assert set(ua) == {user_agent()}


def test_redirects_followed_bounded_and_checked_against_robots():
    with WatchServer() as srv:
        base = srv.url("")
        srv.routes.update({
            "/robots.txt": Page(b"User-agent: *\nDisallow: /members/\n", ctype="text/plain"),
            "/old": Page(status=301, headers={"Location": "/new"}),
            "/new": Page(b"moved here", ctype="text/plain"),
            "/to-members": Page(status=302, headers={"Location": base + "/members/page"}),
            "/members/page": Page(b"secret", ctype="text/plain"),
            "/away": Page(status=302, headers={"Location": "ftp://files.example.org/x"}),
        })
        for i in range(8):
            srv.routes[f"/hop{i}"] = Page(status=307, headers={"Location": f"/hop{i + 1}"})
        with Fetcher(FetchPolicy(delay=0, retries=0, max_redirects=3)) as f:
            moved = f.get(srv.url("/old"))
            blocked = f.get(srv.url("/to-members"))
            far = f.get(srv.url("/hop0"))
            away = f.get(srv.url("/away"))
    assert moved.ok and moved.body == b"moved here" and moved.final_url.endswith("/new")
    assert blocked.robots_disallowed and "robots.txt" in blocked.error
    assert "/members/page" not in srv.paths()
    assert "too many redirects" in far.error and "/hop4" not in srv.paths()
    assert "non-HTTP" in away.error


def test_unreachable_robots_txt_means_nothing_is_fetched():
    with WatchServer() as srv:
        srv.routes["/robots.txt"] = Page(b"down", status=503, ctype="text/plain")
        srv.routes["/page"] = Page(b"hello", ctype="text/plain")
        with Fetcher(FetchPolicy(delay=0, retries=0)) as f:
            r = f.get(srv.url("/page"))
    assert not r.robots_disallowed and not r.ok and "/page" not in srv.paths()
    assert "robots.txt" in r.error and "unavailable (HTTP 503" in r.error


def test_retry_after_values():
    assert parse_retry_after("120") == 120.0
    now = 1_700_000_000.0
    assert abs(parse_retry_after("Tue, 14 Nov 2023 23:13:20 GMT", now=now) - 3600) < 1
    assert parse_retry_after("Tue, 14 Nov 2000 22:15:20 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
