"""Streamed exports (issue 13): the same bytes as the whole-in-memory export, memory that
stays flat as the number of events grows, and limits on the API's exports."""
from __future__ import annotations

import io
import json
import tracemalloc

import pytest
from fastapi.testclient import TestClient

from sitrep.api.app import create_app
from sitrep.store import EventFilter, open_store
from sitrep.store import export as ex
from synthetic_reports import build_database, replicate


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("export") / "reports.db")
    build_database(path, 120)
    replicate(path, 9)  # about 1,000 canonical events
    return path


def _same(fmt: str, old: bytes, new: bytes) -> None:
    if fmt == "parquet":
        import pyarrow.parquet as pq
        a, b = pq.read_table(io.BytesIO(old)), pq.read_table(io.BytesIO(new))
        assert a.equals(b) and a.schema.metadata == b.schema.metadata and a.num_rows > 0
    elif fmt == "geojson":
        a, b = json.loads(old), json.loads(new)
        a["metadata"].pop("generated_at"), b["metadata"].pop("generated_at")
        assert a == b and a["features"]
    else:
        assert old == new and old.count(b"\n") > 1


@pytest.mark.parametrize("fmt", ex.FORMATS)
def test_stream_equals_whole_export(db, fmt):
    store = open_store(db)
    flt = EventFilter(limit=None, event_type="air_drone_strike,interception")
    old = ex.export_bytes(list(store.iter_events(flt)), fmt)
    _same(fmt, old, b"".join(ex.iter_export(store.stream_events(flt), fmt, chunk=64)))
    client = TestClient(create_app(store=store))
    path = {"acled-csv": "/export.csv", "geojson": "/export.geojson", "jsonl": "/export.jsonl",
            "parquet": "/export.parquet"}[fmt]
    r = client.get(path, params={"type": "air_drone_strike,interception"})
    assert r.status_code == 200
    _same(fmt, old, r.content)


def test_empty_and_limited_streams(db):
    store = open_store(db)
    none = EventFilter(limit=None, admin1="UA-09")  # no invented report is there
    for fmt in ex.FORMATS:
        _ = b"".join(ex.iter_export(store.stream_events(none), fmt))
    assert b"".join(ex.iter_export(store.stream_events(none), "acled-csv")).startswith(b"event_id_cnty,")
    assert sum(1 for _ in store.stream_events(EventFilter(limit=1234))) > 1000  # an export is not a page
    assert sum(1 for _ in store.stream_events(EventFilter(limit=7), chunk=3)) == 7


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_stream_memory_stays_flat(db):
    store = open_store(db)

    def stream(n):
        return lambda: sum(len(c) for c in ex.iter_export(store.stream_events(EventFilter(limit=n), chunk=100),
                                                          "geojson", chunk=100))

    def whole(n):
        return lambda: len(ex.export_bytes(list(store.iter_events(EventFilter(limit=n))), "geojson"))

    small, big = _peak(stream(200)), _peak(stream(1000))
    assert big < small * 1.5 + 512 * 1024, (small, big)  # 5x the events, not 5x the memory
    assert _peak(whole(1000)) > 2 * big  # what streaming saves (the test can fail)


def test_api_export_limits(db):
    store = open_store(db)
    app = create_app(store=store, max_exports=2, max_export_events=500)
    client = TestClient(app)
    assert client.get("/export.jsonl", params={"limit": 501}).status_code == 400
    assert len(client.get("/export.jsonl").text.splitlines()) == 500  # the default is the maximum
    for _ in range(2):  # both export slots busy
        assert app.state.export_slots.acquire(blocking=False)
    r = client.get("/export.csv")
    assert r.status_code == 429 and r.headers["retry-after"] and r.json()["status"] == 429
    app.state.export_slots.release()
    assert client.get("/export.csv", params={"limit": 3}).text.count("\n") == 4
    assert app.state.export_slots.acquire(blocking=False)  # the finished export gave its slot back
