"""Store: round trips, idempotent ingest, atomic documents, dedup, clustering, tombstones,
SQL-injection-proof filters. Parametrised over SQLite and (when configured) PostgreSQL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep import model
from sitrep.reconcile import cluster_events, pairwise_scores
from sitrep.store import EventFilter, FilterError, open_store
from sitrep.app import Settings, ingest
from store_fixtures import (
    DB_PARAMS, db_url, fake_process, make_event, make_result, make_statement, random_text,
)

FIXTURE = Path(__file__).parent / "fixtures" / "reconcile" / "incidents.jsonl"

INJECTIONS = [
    "'; DROP TABLE events; --",
    "\" OR 1=1 --",
    "x' OR '1'='1",
    "%",
    "_",
    "\\",
    "Robert'); DELETE FROM documents;--",
    "1; SELECT * FROM sqlite_master",
    "UA-48' UNION SELECT event_id FROM events --",
]


@pytest.fixture(params=DB_PARAMS)
def store(request, tmp_path):
    st = open_store(db_url(request.param, tmp_path))
    yield st
    st.close()


def raws(n: int, prefix: str = "doc"):
    return [model.RawDocument(doc_id=f"{prefix}-{i}", text=random_text(f"{prefix}{i}", 60)) for i in range(n)]


def test_roundtrip_fields(store):
    ev = make_event("r1", 1, killed=2, injured=7, weapons=[{
        "category": "drone", "model": "Shahed-136",
        "launched": {"low": None, "best": 100, "high": 100, "qualifier": "almost"}}])
    child = make_event("r1", 2, place="Odesa", parent_id="r1-1", killed=None)
    out = store.add_result(make_result("r1", [ev, child], statements=[make_statement("r1")]))
    assert out.status == "added" and out.events_added == 2 and out.statements_added == 1
    got = store.get_event("r1-1")
    assert got is not None and got.is_canonical
    e = got.event
    assert e.weapons[0].model == "Shahed-136" and e.weapons[0].launched.qualifier == "almost"
    assert e.fatalities.best == 2 and e.injured.best == 7
    assert e.location.admin1_code == "UA-63" and e.location.geonameid == 706483
    assert e.claims[0].quote == ev.claims[0].quote and e.claims[0].doc_id == "r1"
    assert got.children == ["r1-2"]
    assert store.get_event("r1-2").event.parent_id == "r1-1"
    doc = store.get_document("r1")
    assert doc["clean_text"] and doc["sources"][0]["outlet"] == "Example Outlet"
    assert doc["event_ids"] == ["r1-1", "r1-2"]
    assert store.statements(speaker="sybiga")[0].speaker == "Andriy Sybiga"
    assert store.integrity_problems() == []


def test_reingest_three_times_adds_nothing(store):
    docs = raws(30)
    first = ingest(Settings(), docs, store=store, process=fake_process)
    assert first.added == 30 and first.events_added > 30
    total = store.meta()["reports"]
    for _ in range(2):
        again = ingest(Settings(), docs, store=store, process=fake_process)
        assert again.added == 0 and again.events_added == 0 and again.skipped == 30
    assert store.meta()["reports"] == total


def test_duplicate_result_skipped_even_without_raw_hash(store):
    r = make_result("d1")
    assert store.add_result(r).status == "added"
    again = store.add_result(r.model_copy(update={"document": r.document.model_copy(update={"doc_id": "d1-copy"})}))
    assert again.status == "duplicate" and again.duplicate_of == "d1"


def test_errors_are_reported_and_skipped(store):
    items = [model.IngestError(doc_id="broken.bin", message="binary file"),
             model.RawDocument(doc_id="bad-1", text="BAD input"),
             model.RawDocument(doc_id="good-1", text=random_text("g1"))]
    errors = []
    s = ingest(Settings(), items, store=store, process=fake_process, on_error=lambda d, m: errors.append((d, m)))
    assert s.failed == 2 and s.added == 1
    assert [d for d, _ in errors] == ["broken.bin", "bad-1"]
    assert "events: 2 added" in s.line() or "events:" in s.line()


def test_document_is_all_or_nothing(store, monkeypatch):
    calls = {"n": 0}
    orig = store._reconcile

    def boom(s, row, ev):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("crash in the middle of a document")
        return orig(s, row, ev)

    monkeypatch.setattr(store, "_reconcile", boom)
    r = make_result("atom", [make_event("atom", 1), make_event("atom", 2, place="Odesa")],
                    statements=[make_statement("atom")])
    with pytest.raises(RuntimeError):
        store.add_result(r)
    assert store.get_document("atom") is None
    assert store.get_event("atom-1") is None
    assert store.meta()["statements"] == 0 and store.meta()["sources"] == 0
    monkeypatch.setattr(store, "_reconcile", orig)
    assert store.add_result(r).events_added == 2


def test_near_duplicate_becomes_a_source(store):
    text = random_text("syndicated", 150)
    assert store.add_result(make_result("orig", text=text, outlet="Kyiv Ledger")).status == "added"
    copy = text.replace("strike", "attack", 2) + " Subscribe to our newsletter."
    out = store.add_result(make_result("copy", [make_event("copy", 1)], text=copy, outlet="Steppe Wire",
                                       url="https://steppe.example/copy"))
    assert out.status == "near_duplicate" and out.duplicate_of == "orig" and out.similarity >= 0.8
    doc = store.get_document("orig")
    assert [s["outlet"] for s in doc["sources"]] == ["Kyiv Ledger", "Steppe Wire"]
    ev = store.get_event("orig-1")
    assert {s["outlet"] for s in ev.sources} == {"Kyiv Ledger", "Steppe Wire"}
    assert store.get_event("copy-1") is None
    # the syndicated id resolves to the stored document
    assert store.get_document("copy")["doc_id"] == "orig"
    # a genuinely different article is not a duplicate
    assert store.add_result(make_result("other", text=random_text("other", 150))).status == "added"


def test_doc_id_collision_keeps_both(store):
    store.add_result(make_result("same", [make_event("same", 1)]))
    out = store.add_result(make_result("same", [make_event("same", 1, place="Odesa")], text=random_text("zzz")))
    assert out.status == "added" and out.doc_id != "same"
    assert store.get_event(f"{out.doc_id}-1").event.location.name == "Odesa"


def test_clustering_conflicting_counts_keeps_claims(store):
    store.add_result(make_result("a", [make_event("a", 1, killed=2, quote="two people were killed")], outlet="A"))
    store.add_result(make_result("b", [make_event("b", 1, killed=5, quote="five people were killed",
                                                  claimant="Russian MoD", claimant_side="RU")], outlet="B"))
    store.add_result(make_result("c", [make_event("c", 1, killed=3, date="2024-11-18", qualifier="at_least")],
                                 outlet="C"))
    page = store.query_events(EventFilter())
    assert page.count == 1
    se = page.events[0]
    assert se.event.event_id == "a-1" and se.cluster_size == 3
    f = se.event.fatalities
    assert (f.low, f.best, f.high) == (2, 2, None)  # at_least 3 leaves the top open
    assert [c.doc_id for c in se.event.claims] == ["a", "b", "c"]
    assert {s["outlet"] for s in se.sources} == {"A", "B", "C"}
    # each report stays retrievable with its own figures
    assert store.get_event("b-1").event.fatalities.best == 5
    assert store.get_event("b-1").cluster_id == "a-1"
    # near-misses stay apart
    store.add_result(make_result("d", [make_event("d", 1, date="2024-11-20")], outlet="D"))
    store.add_result(make_result("e", [make_event("e", 1, event_type="interception", killed=None)], outlet="E"))
    assert store.query_events(EventFilter()).count == 3
    assert store.integrity_problems() == []


def test_store_clusters_fixture_like_pure_function(store):
    rows = [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()]
    labels = {r["event"]["event_id"]: r["label"] for r in rows}
    for r in rows:
        ev = model.Event.model_validate(r["event"])
        store.add_result(make_result(ev.doc_id, [ev], outlet=r["outlet"], text=random_text(ev.doc_id, 80)))
    clusters = [se.members for se in store.iter_events(EventFilter(limit=None))]
    p, rcl = pairwise_scores(clusters, labels)
    assert p >= 0.95 and rcl >= 0.95
    pure = cluster_events([model.Event.model_validate(r["event"]) for r in rows])
    assert sorted(sorted(c) for c in clusters) == sorted(sorted(e.event_id for e in c) for c in pure)


def test_tombstones_merge_and_delete(store):
    store.add_result(make_result("m1", [make_event("m1", 1)]))
    store.add_result(make_result("m2", [make_event("m2", 1, place="Odesa")]))
    store.add_result(make_result("m3", [make_event("m3", 1, place="Odesa", killed=3)]))
    assert store.get_event("m3-1").cluster_id == "m2-1"
    assert store.deleted_since(None) == []
    assert store.merge_events("m1-1", "m3-1", reason="manual")
    tomb = store.deleted_since("2000-01-01T00:00:00Z")
    assert tomb == [{"event_id": "m2-1", "deleted_at": tomb[0]["deleted_at"], "reason": "manual",
                     "merged_into": "m1-1"}]
    assert store.get_event("m1-1").cluster_size == 3
    assert store.delete_event("m1-1", reason="retracted")
    ids = [t["event_id"] for t in store.deleted_since(None)]
    assert ids == ["m2-1", "m1-1"]
    page = store.query_events(EventFilter())
    assert [e.event.event_id for e in page.events] == ["m2-1"]  # the next report heads the cluster
    assert page.events[0].cluster_size == 2
    assert store.deleted_since("2999-01-01") == []
    assert store.integrity_problems() == []


def _seed(store):
    store.add_result(make_result("s1", [make_event("s1", 1, place="Mykolaiv", killed=2, date="2024-11-17",
                                                   quote="In Mykolaiv, two women perished")]))
    store.add_result(make_result("s2", [make_event("s2", 1, place="Belgorod", side="UA", killed=0,
                                                   date="2024-11-10")]))
    store.add_result(make_result("s3", [make_event("s3", 1, place="Odesa", killed=12, date="2024-12-01",
                                                   event_type="air_drone_strike")]))


def test_filters(store):
    _seed(store)
    q = store.query_events
    assert q(EventFilter(admin1="UA-48")).count == 1
    assert q(EventFilter(admin1="ua-48")).count == 1
    assert q(EventFilter(side="UA")).count == 3  # actor2 side is UA everywhere
    assert q(EventFilter(side="RU")).count == 2
    assert q(EventFilter(event_type="air_drone_strike")).count == 1
    assert q(EventFilter(date_from="2024-11-15", date_to="2024-11-30")).count == 1
    assert q(EventFilter(min_fatalities=2)).count == 2
    assert q(EventFilter(text="women perished")).count == 1
    assert q(EventFilter(text="belgorod")).count == 1
    assert q(EventFilter(bbox=(30, 46, 33, 47.5))).count == 2
    assert q(EventFilter(bbox="36,50,37,51")).count == 1
    assert q(EventFilter(updated_since="2000-01-01T00:00:00+02:00")).count == 3
    assert q(EventFilter(updated_since="2999-01-01T00:00:00")).count == 0
    for bad in (dict(date_from="17/11/2024"), dict(bbox="1,2,3"), dict(bbox="a,b,c,d"),
                dict(bbox="3,3,1,1"), dict(cursor="not-a-cursor"), dict(updated_since="yesterday")):
        with pytest.raises(FilterError):
            q(EventFilter(**bad))


def test_keyset_pagination_is_stable(store):
    for i in range(25):
        store.add_result(make_result(f"p-{i}", [make_event(f"p-{i}", 1, place=["Kharkiv", "Odesa", "Kyiv"][i % 3],
                                                           date=f"2024-10-{1 + i:02d}")]))
    seen, cur = [], None
    while True:
        page = store.query_events(EventFilter(limit=7, cursor=cur))
        assert page.count == 25
        seen += [e.event.event_id for e in page.events]
        cur = page.next_cursor
        if not cur:
            break
    assert len(seen) == 25 == len(set(seen))
    dates = [store.get_event(e).event.date for e in seen]
    assert dates == sorted(dates, reverse=True)
    # a new event does not shift the pages already handed out
    first = store.query_events(EventFilter(limit=7))
    store.add_result(make_result("p-new", [make_event("p-new", 1, place="Belgorod", date="2024-12-31")]))
    second = store.query_events(EventFilter(limit=7, cursor=first.next_cursor))
    assert second.events[0].event.date < first.events[-1].event.date


@pytest.mark.parametrize("evil", INJECTIONS)
def test_sql_injection_in_every_filter(store, evil):
    _seed(store)
    for field in ("event_type", "admin1", "side"):  # unknown values are refused, never run
        with pytest.raises(FilterError):
            store.query_events(EventFilter(**{field: evil}))
    assert store.query_events(EventFilter(text=evil)).count == 0
    for kw in ("speaker", "side", "doc_id"):
        assert store.statements(**{kw: evil}) == []
    assert store.get_event(evil) is None and store.get_document(evil) is None
    for bad in (dict(date_from=evil), dict(bbox=evil), dict(cursor=evil), dict(updated_since=evil)):
        with pytest.raises(FilterError):
            store.query_events(EventFilter(**bad))
    assert store.query_events(EventFilter()).count == 3
    assert store.meta()["documents"] == 3


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "m.db"
    open_store(str(path)).close()
    st = open_store(str(path))
    assert st.meta()["events"] == 0
    import sqlalchemy as sa
    with st.engine.connect() as c:
        assert c.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
        from alembic.script import ScriptDirectory
        from sitrep.store.db import alembic_config
        head = ScriptDirectory.from_config(alembic_config(st.url)).get_current_head()
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == head
    st.close()


def test_env_url(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_DATABASE_URL", f"sqlite:///{tmp_path}/env.db")
    st = open_store()
    assert st.url.endswith("env.db")
    st.close()


def test_near_duplicate_detected_after_reopen(tmp_path):
    path = str(tmp_path / "reopen.db")
    text = random_text("persisted", 150)
    st = open_store(path)
    st.add_result(make_result("first", text=text))
    st.close()
    st = open_store(path)
    out = st.add_result(make_result("again", text="Updated: " + text))
    assert out.status == "near_duplicate" and out.duplicate_of == "first"
    st.close()


def test_near_duplicate_index_sees_other_writers(tmp_path):
    path = str(tmp_path / "two.db")
    api, cli = open_store(path), open_store(path)
    api.add_result(make_result("x1", text=random_text("x1", 150)))
    text = random_text("written-elsewhere", 150)
    assert cli.add_result(make_result("cli-doc", text=text)).status == "added"
    out = api.add_result(make_result("api-doc", text=text + " (updated)"))
    assert out.status == "near_duplicate" and out.duplicate_of == "cli-doc"
    api.close()
    cli.close()


def test_wave_children_follow_the_merged_parent(store):
    country = {"name": "Ukraine", "country_code": "UA", "precision": 4}
    for doc, child_place in (("w1", "Kyiv"), ("w2", "Odesa")):
        store.add_result(make_result(doc, [
            make_event(doc, 1, place=country, killed=None),
            make_event(doc, 2, place=child_place, parent_id=f"{doc}-1", killed=1)]))
    assert store.get_event("w2-1").cluster_id == "w1-1"
    wave = store.get_event("w1-1")
    assert wave.children == ["w1-2", "w2-2"]
    odesa = next(e for e in store.query_events(EventFilter(admin1="UA-51")).events)
    assert odesa.event.event_id == "w2-2" and odesa.event.parent_id == "w1-1"
    # a canonical child points at its canonical parent; the merged-away parent lists its own child
    assert store.get_event("w2-2").event.parent_id == "w1-1"
    assert store.get_event("w2-1").children == ["w2-2"]
