"""REST API: endpoints, pagination, auth, body limits, JSON errors, SQL-injection strings."""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from sitrep import model
from sitrep.api.app import create_app
from store_fixtures import DB_PARAMS, db_url, make_event, make_result, make_statement, random_text

TOKEN = "test-token-123"

EVIL = ["'; DROP TABLE events; --", "\" OR 1=1 --", "x' OR '1'='1", "%", "_%_", "UA-48' --",
        "1 UNION SELECT 1", "é\u202e‮", "Robert'); DELETE FROM documents;--"]


def processor(raw: model.RawDocument):
    if raw.text.startswith("BAD"):
        return model.IngestError(doc_id=raw.doc_id, message="no report in this text")
    return make_result(raw.doc_id, [make_event(raw.doc_id, 1, place="Kyiv", date=raw.date or "2024-11-20")],
                       text=raw.text, outlet=raw.outlet or "api")


def seed(store):
    store.add_result(make_result("a", [
        make_event("a", 1, place="Mykolaiv", killed=2, injured=7, date="2024-11-17",
                   quote="In Mykolaiv, two women perished"),
        make_event("a", 2, place="Odesa", killed=None, parent_id="a-1", date="2024-11-17"),
    ], outlet="Kyiv Ledger", statements=[make_statement("a")]))
    store.add_result(make_result("b", [make_event("b", 1, place="Mykolaiv", killed=3, date="2024-11-17",
                                                  claimant="Russian MoD", claimant_side="RU",
                                                  quote="three were killed")], outlet="Steppe Wire"))
    store.add_result(make_result("c", [make_event("c", 1, place="Belgorod", side="UA", killed=0,
                                                  date="2024-11-10", event_type="air_drone_strike")],
                                 outlet="Moscow Courier"))
    store.add_result(make_result("d", [make_event("d", 1, place="Kharkiv", killed=1, date="2024-11-05")]))
    store.merge_events("a-1", "d-1", reason="manual")


def _client(kind, tmp_path):
    app = create_app(db_url(kind, tmp_path), ingest_token=TOKEN, processor=processor)
    seed(app.state.store)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module", params=DB_PARAMS)
def client(request, tmp_path_factory):
    """Shared by the read-only tests of this module."""
    with _client(request.param, tmp_path_factory.mktemp("api")) as c:
        yield c


@pytest.fixture(params=DB_PARAMS)
def wclient(request, tmp_path):
    """A fresh database for tests that write."""
    with _client(request.param, tmp_path) as c:
        yield c


def test_list_events(client):
    r = client.get("/events")
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"events", "next_cursor", "count"}
    assert body["count"] == 3 and body["next_cursor"] is None
    first = body["events"][0]
    for key in ("doc_id", "event_id", "event_type", "acled_event_type", "date", "location", "fatalities",
                "actor1_side", "weapons", "sources", "cluster_size"):
        assert key in first
    assert "claims" not in first
    myk = next(e for e in body["events"] if e["event_id"] == "a-1")
    assert myk["cluster_size"] == 3
    assert myk["fatalities"]["best"] == 1 and myk["fatalities"]["high"] == 3
    assert {s["outlet"] for s in myk["sources"]} == {"Kyiv Ledger", "Steppe Wire", "Example Outlet"}
    assert set(myk["sources"][0]) >= {"doc_id", "outlet", "url", "title"}
    with_claims = client.get("/events", params={"include": "claims"}).json()["events"]
    assert all("claims" in e for e in with_claims)


@pytest.mark.parametrize("params,expected", [
    ({"admin1": "UA-48"}, {"a-1"}),
    ({"type": "air_drone_strike"}, {"c-1"}),
    ({"side": "RU"}, {"a-1", "a-2"}),
    ({"date_from": "2024-11-15", "date_to": "2024-11-30"}, {"a-1", "a-2"}),
    ({"min_fatalities": 1}, {"a-1"}),
    ({"q": "perished"}, {"a-1"}),
    ({"q": "odesa"}, {"a-2"}),
    ({"bbox": "36,50,37,51"}, {"c-1"}),
    ({"updated_since": "2000-01-01T00:00:00Z"}, {"a-1", "a-2", "c-1"}),
])
def test_filters(client, params, expected):
    r = client.get("/events", params=params)
    assert r.status_code == 200, r.text
    assert {e["event_id"] for e in r.json()["events"]} == expected
    assert r.json()["count"] == len(expected)


def test_pagination(client):
    ids, cursor = [], None
    while True:
        params = {"limit": 1}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/events", params=params).json()
        ids += [e["event_id"] for e in body["events"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(ids) == 3 == len(set(ids))


def test_event_detail(client):
    r = client.get("/events/a-1")
    assert r.status_code == 200
    d = r.json()
    assert len(d["claims"]) == 3
    c = d["claims"][0]
    assert set(c) >= {"claimant", "claimant_side", "certainty", "quote", "start", "end", "doc_id", "document"}
    assert c["document"] == "/documents/a"
    assert d["children"] == ["a-2"] and d["members"] == ["a-1", "b-1", "d-1"]
    child = client.get("/events/a-2").json()
    assert child["parent_id"] == "a-1" and child["parent"] == "/events/a-1"
    member = client.get("/events/b-1").json()
    assert member["is_canonical"] is False and member["canonical"] == "/events/a-1"
    assert member["fatalities"]["best"] == 3
    assert client.get("/events/nope").status_code == 404
    assert client.get("/events/nope").json()["detail"]


def test_document_and_statements(client):
    d = client.get("/documents/a").json()
    assert d["clean_text"] and d["sources"][0]["outlet"] == "Kyiv Ledger" and d["event_ids"] == ["a-1", "a-2"]
    assert client.get("/documents/zzz").status_code == 404
    st = client.get("/statements", params={"speaker": "Sybiga", "side": "UA"}).json()["statements"]
    assert st[0]["quote"] == "We will respond."
    assert client.get("/statements", params={"date": "2024-11-17"}).json()["count"] == 1
    assert client.get("/statements", params={"side": "RU"}).json()["count"] == 0


def test_deleted(client):
    body = client.get("/deleted").json()
    assert body["deleted"] == [{"event_id": "d-1", "deleted_at": body["deleted"][0]["deleted_at"],
                                "reason": "manual", "merged_into": "a-1"}]
    assert client.get("/deleted", params={"since": "2999-01-01T00:00:00Z"}).json() == {"deleted": []}
    assert client.get("/deleted", params={"since": "soon"}).status_code == 422


def test_exports(client):
    r = client.get("/export.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.startswith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3
    r = client.get("/export.csv", params={"admin1": "UA-48"})
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == 1
    gj = client.get("/export.geojson").json()
    assert gj["type"] == "FeatureCollection" and "GeoNames" in gj["metadata"]["attribution"]
    assert len(gj["features"]) == 3
    lines = client.get("/export.jsonl").text.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["event_id"]
    pq = client.get("/export.parquet")
    assert pq.status_code == 200 and pq.content[:4] == b"PAR1"


def test_meta(client):
    m = client.get("/meta").json()
    assert m["events"] == 3 and m["documents"] == 4
    assert m["date_min"] == "2024-11-10" and m["date_max"] == "2024-11-17"
    assert "GeoNames" in m["attribution"] and "CC" in m["attribution"]
    assert m["ingest_enabled"] is True


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/events", "/events/{event_id}", "/documents/{doc_id}", "/deleted", "/statements",
                 "/export.csv", "/export.geojson", "/export.jsonl", "/export.parquet", "/meta", "/documents"):
        assert path in spec["paths"], path


@pytest.mark.parametrize("url", [
    "/events?limit=0", "/events?limit=5000", "/events?date_from=17-11-2024", "/events?bbox=1,2,3",
    "/events?bbox=a,b,c,d", "/events?bbox=5,5,1,1", "/events?cursor=%%%", "/events?cursor=eyJ4IjoxfQ",
    "/events?min_fatalities=-1", "/events?min_fatalities=abc", "/events?updated_since=yesterday",
    "/events?admin1=" + "X" * 100, "/events?q=%00", "/statements?limit=-5", "/statements?date=2024-13-45",
    "/export.csv?date_to=nope", "/events/%00", "/documents/%00",
])
def test_bad_input_is_json_4xx(client, url):
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code, r.text)
    assert "detail" in r.json()


@pytest.mark.parametrize("evil", EVIL)
def test_sql_injection_strings(client, evil):
    for name in ("type", "admin1", "side", "q", "cursor", "bbox", "date_from", "updated_since"):
        r = client.get("/events", params={name: evil})
        assert r.status_code in (200, 400, 422), (name, r.status_code, r.text)
        if r.status_code == 200:
            assert r.json()["count"] == 0
    for name in ("speaker", "side", "doc_id"):
        r = client.get("/statements", params={name: evil})
        assert r.status_code in (200, 400, 422) and (r.status_code != 200 or r.json()["count"] == 0)
    assert client.get(f"/events/{evil}").status_code in (404, 422)
    assert client.get("/export.csv", params={"q": evil}).status_code in (200, 400, 422)
    assert client.get("/meta").json()["documents"] == 4


def test_post_documents_requires_token(wclient):
    client = wclient
    doc = {"id": "api-1", "text": random_text("api-1"), "date": "2024-11-21", "source": "Wire"}
    assert client.post("/documents", json=doc).status_code == 401
    assert client.post("/documents", json=doc, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/documents", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    assert r.json()["status"] == "added" and r.json()["event_ids"] == ["api-1-1"]
    assert client.get("/events/api-1-1").json()["date"] == "2024-11-21"
    again = client.post("/documents", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["status"] == "duplicate"


@pytest.mark.parametrize("body,status", [
    (b"{not json", 400),
    (json.dumps({"text": "no id"}).encode(), 422),
    (json.dumps({"id": "x", "text": ""}).encode(), 422),
    (json.dumps({"id": "x", "text": "ok", "date": "17 Nov"}).encode(), 422),
    (json.dumps([1, 2]).encode(), 422),
    (json.dumps({"id": "x", "text": "BAD nothing"}).encode(), 422),
    (b"x" * (2 * 1024 * 1024 + 1), 413),
])
def test_post_documents_bad_bodies(client, body, status):
    r = client.post("/documents", content=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                         "Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert "detail" in r.json()


def test_post_documents_disabled_without_token(tmp_path, monkeypatch):
    monkeypatch.delenv("SITREP_INGEST_TOKEN", raising=False)
    app = create_app(str(tmp_path / "x.db"), processor=processor)
    with TestClient(app) as c:
        r = c.post("/documents", json={"id": "a", "text": "b"}, headers={"Authorization": "Bearer "})
        assert r.status_code == 403 and "disabled" in r.json()["detail"]
        assert c.get("/meta").json()["ingest_enabled"] is False


def test_token_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_INGEST_TOKEN", "env-token")
    app = create_app(str(tmp_path / "x.db"), processor=processor)
    with TestClient(app) as c:
        r = c.post("/documents", json={"id": "e1", "text": random_text("e1")},
                   headers={"Authorization": "Bearer env-token"})
        assert r.status_code == 201


def test_unexpected_errors_are_json(tmp_path):
    app = create_app(str(tmp_path / "x.db"))

    def boom(*a, **k):
        raise RuntimeError("database exploded")

    app.state.store.meta = boom
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/meta")
        assert r.status_code == 500 and r.json() == {"detail": "internal server error", "status": 500}
        assert "exploded" not in r.text
        r = c.get("/no/such/route")
        assert r.status_code == 404 and r.json()["detail"]
        r = c.post("/events")
        assert r.status_code == 405 and "detail" in r.json()


def test_web_mount_is_called(tmp_path, monkeypatch):
    import sitrep.web as web

    called = []
    monkeypatch.setattr(web, "mount", lambda app: called.append(app), raising=False)
    app = create_app(str(tmp_path / "x.db"))
    assert called == [app]


def test_post_documents_rejects_nul(wclient):
    r = wclient.post("/documents", json={"id": "n1", "text": "hello", "title": "a\x00b"},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "NUL" in r.json()["detail"]


def test_post_documents_extractor_crash_is_422(tmp_path):
    def crash(raw):
        raise IndexError("extractor bug")

    app = create_app(str(tmp_path / "x.db"), ingest_token=TOKEN, processor=crash)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/documents", json={"id": "c1", "text": "some text"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 422 and "extraction failed" in r.json()["detail"]
        assert c.get("/meta").json()["documents"] == 0


def test_updated_since_out_of_utc_range_is_a_400():
    from sitrep.store.repo import EventFilter, FilterError
    import pytest as _pytest
    with _pytest.raises(FilterError):
        EventFilter(updated_since="0001-01-01T00:00:00+01:00").normalised()
