"""The API under load (issue 13): the read path's records, index, pages and caches, and
``sitrep serve`` answering many clients at once on 127.0.0.1 (invented reports only)."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep import model
from sitrep.api.app import create_app
from sitrep.store import EventFilter, open_store
from synthetic_reports import build_database, replicate, synthetic_results

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from loadclient import load, start_server, stop_server  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("load") / "reports.db")
    build_database(path, 150)
    store = open_store(path)
    undated = next(synthetic_results(1, seed=99, prefix="undated"))
    undated.events[0] = undated.events[0].model_copy(update={"date": None, "date_precision": "unknown"})
    store.add_result(undated)
    store.close()
    return path


def test_records_are_the_pydantic_records(db):
    """Rows -> dicts without pydantic gives what validating and dumping gives, key order too."""
    store = open_store(db)
    n = 0
    for se in store.iter_events(EventFilter(limit=None), page_size=40):
        rec = json.dumps(se.to_dict())
        se.event = model.Event.model_validate(se.record)  # the validated path
        assert json.dumps(se.to_dict()) == rec
        n += 1
    got = store.get_event(se.record["event_id"])
    assert got is not None and got.record["claims"]
    store.close()
    assert n > 100


def _plan(store, flt: EventFilter) -> str:
    from sqlalchemy.dialects import sqlite
    q = store._filtered(flt.normalised()).limit(51)
    sql = str(q.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    con = sqlite3.connect(store.url.removeprefix("sqlite:///"))
    try:
        return " | ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN " + sql))
    finally:
        con.close()


def test_listing_uses_the_index_without_a_sort(db):
    store = open_store(db)
    first = store.query_events(EventFilter(limit=20))
    for flt in (EventFilter(limit=50), EventFilter(limit=50, cursor=first.next_cursor),
                EventFilter(limit=50, event_type="air_drone_strike")):
        plan = _plan(store, flt)
        assert "ix_events_listing" in plan and "TEMP B-TREE" not in plan, plan
    assert "<expr><" in _plan(store, EventFilter(limit=50, cursor=first.next_cursor))  # the cursor seeks
    store.close()


def test_pages_cover_every_event_once_in_order(db):
    store = open_store(db)
    con = sqlite3.connect(db)
    want = [r[0] for r in con.execute(
        "SELECT event_id FROM events WHERE is_canonical AND deleted_at IS NULL "
        "ORDER BY coalesce(date, '') DESC, id DESC")]
    con.close()
    got, cursor = [], None
    while True:
        page = store.query_events(EventFilter(limit=7, cursor=cursor))
        assert page.count == len(want)
        got += [e.record["event_id"] for e in page.events]
        cursor = page.next_cursor
        if not cursor:
            break
    assert got == want and got[-1].startswith("undated")  # undated events come last
    store.close()


def test_cached_responses_follow_every_write(db, tmp_path):
    import shutil
    path = str(tmp_path / "copy.db")
    shutil.copy(db, path)
    store = open_store(path)
    client = TestClient(create_app(store=store))
    r1 = client.get("/events?limit=5")
    etag = r1.headers["etag"]
    assert client.get("/events?limit=5", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/events?limit=5").content == r1.content
    meta1 = client.get("/meta").json()
    new = next(synthetic_results(1, seed=7, prefix="late"))
    new.document.date = new.events[0].date = "2026-01-02"
    out = store.add_result(new)
    assert out.status == "added"
    r2 = client.get("/events?limit=5", headers={"If-None-Match": etag})
    assert r2.status_code == 200 and r2.headers["etag"] != etag
    assert r2.json()["count"] == r1.json()["count"] + out.events_added - out.clustered
    assert r2.json()["events"][0]["event_id"].startswith("late")
    assert client.get("/meta").json()["documents"] == meta1["documents"] + 1
    one = r2.json()["events"][0]["event_id"]
    before = client.get(f"/events/{one}").json()
    assert store.delete_event(one)
    assert client.get(f"/events/{one}").json()["deleted"] is True and before["deleted"] is False
    assert app_hits(client) > 0


def app_hits(client) -> int:
    return client.app.state.cache.hits


def test_serve_answers_concurrent_clients(db):
    """A small-scale run of the issue-13 load check: 20 clients, 2 requests/s each."""
    proc, port = start_server(db)
    try:
        res = load("127.0.0.1", port, lambda rng: rng.choice(["/events?limit=50", "/events?limit=50&admin1=UA-63",
                                                              "/meta"]), clients=20, duration=3, rate=2)
    finally:
        stop_server(proc)
    assert not res.errors
    assert len(res.latencies) >= 100
    assert res.pct(99) < 1.0, res.line()


@pytest.mark.slow
def test_200_clients_once_a_second(tmp_path):
    """Issue 13, done when: 200 clients each sending one GET /events per second for 20 s to
    a server on 127.0.0.1 over >= 2,000 events: p99 < 200 ms and no errors."""
    path = str(tmp_path / "big.db")
    build_database(path, 500)
    replicate(path, 3)
    store = open_store(path)
    assert store.meta()["reports"] >= 2000
    store.close()
    proc, port = start_server(path)
    try:
        res = load("127.0.0.1", port, lambda rng: "/events", clients=200, duration=20, rate=1)
    finally:
        stop_server(proc)
    print(res.line())
    assert not res.errors, res.errors[:5]
    assert len(res.latencies) >= 200 * 19
    assert res.pct(99) < 0.2, res.line()


@pytest.mark.slow
def test_serve_with_two_workers(db):
    proc, port = start_server(db, workers=2)
    try:
        res = load("127.0.0.1", port, lambda rng: rng.choice(["/events?limit=50", "/meta", "/events?type=interception"]),
                   clients=20, duration=3)
    finally:
        stop_server(proc)
    assert not res.errors and len(res.latencies) > 50


def test_one_count_per_filter_at_a_time(db):
    """Many clients asking the same new filter at once: the (slow) count runs once."""
    import threading
    import time
    store = open_store(db)
    calls, orig = [], store._filtered

    def spy(f, **kw):
        if kw.get("columns") is not None:  # the count's select
            calls.append(1)
            time.sleep(0.05)
        return orig(f, **kw)
    store._filtered = spy
    flt = EventFilter(admin1="UA-51", min_fatalities=1).normalised()
    got: list[int] = []
    threads = [threading.Thread(target=lambda: got.append(store.count_events(flt))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store.close()
    assert len(calls) == 1 and len(set(got)) == 1 and len(got) == 8
