"""The desk endpoints (/health, /brief, offline /docs) and strict filter values (issue 17)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sitrep import __version__, model
from sitrep.api.app import create_app
from sitrep.store import open_store
from sitrep.web.demo import demo_results


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("desk") / "desk.db"
    with open_store(str(db)) as st:
        for r in demo_results():
            st.add_result(r)
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        yield c


def test_health_reports_database_counts_version_and_last_ingest(client):
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["version"] == __version__
    assert body["database"]["reachable"] is True
    assert body["counts"]["events"] == 9 and body["counts"]["documents"] == 3
    assert body["counts"]["statements"] == 2
    assert re.match(r"\d{4}-\d\d-\d\dT", body["last_ingest"])
    assert body["date_max"] == "2024-11-17"


def test_health_says_503_when_the_database_is_gone(tmp_path):
    app = create_app(str(tmp_path / "h.db"))
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.get("/health").status_code == 200
        app.state.store.engine.dispose()
        (tmp_path / "h.db").unlink()
        (tmp_path / "h.db").mkdir()          # the path is now a folder: no database can open
        r = c.get("/health")
    assert r.status_code == 503
    assert r.json()["database"]["reachable"] is False


@pytest.mark.parametrize("query,needle", [
    ("type=no_such_type", "valid types: armed_clash"),
    ("type=interception,shelling", "'shelling'"),
    ("admin1=UA-99", "UA-48"),
    ("admin1=Kharkiv", "ISO 3166-2"),
    ("side=XX", "alpha-2"),
    ("date_from=2024-11-17&date_to=2024-11-01", "after date_to"),
])
def test_unknown_filter_values_are_refused_with_the_valid_ones(client, query, needle):
    for path in ("/events", "/export.jsonl"):
        r = client.get(f"{path}?{query}")
        assert r.status_code in (400, 422), (path, r.text)
        assert needle in str(r.json()["detail"])


def test_filter_values_are_case_insensitive_and_still_filter(client):
    r = client.get("/events?type=Missile_Artillery_Strike&admin1=ua-48")
    assert r.status_code == 200
    ids = {e["event_id"] for e in r.json()["events"]}
    assert ids == {"demo-ukrinform-2"}
    assert client.get("/events?type=interception").json()["count"] == 0   # known, none stored


def test_brief_json_is_the_report_of_sitrep_brief(client):
    from sitrep.report import build_brief, load_from_store

    r = client.get("/brief?date=2024-11-17")
    assert r.status_code == 200
    body = r.json()
    st = client.app.state.store
    b = build_brief(*load_from_store(st, "2024-11-17", 1)[:2], "2024-11-17", 1)
    assert body["incidents"] == b.n_events == 4
    assert body["killed"] == b.killed == 2 and body["injured"] == b.injured == 17
    assert [m["event_id"] for m in body["main_events"]] == [m.event.event_id for m in b.main_events]
    assert body["launched"]["missiles"] == 120
    # the default day is the newest event's; a week-long window takes in more
    assert client.get("/brief").json()["date"] == "2024-11-17"
    week = client.get("/brief?date=2024-11-17&days=7").json()
    assert week["date_from"] == "2024-11-11" and week["incidents"] > body["incidents"]


def test_brief_html_is_a_page_without_script(client):
    r = client.get("/brief?date=2024-11-17&format=html&images=false")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Situation report: 2024-11-17" in r.text and "Mykolaiv" in r.text
    assert "<script" not in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp


@pytest.mark.parametrize("query", ["date=17-11-2024", "days=0", "days=400", "format=pdf"])
def test_brief_bad_parameters(client, query):
    assert client.get(f"/brief?{query}").status_code == 422


def test_brief_of_an_empty_database_is_404(tmp_path):
    with TestClient(create_app(str(tmp_path / "e.db")), raise_server_exceptions=False) as c:
        assert c.get("/brief").status_code == 404
        assert c.get("/brief?date=2024-11-17").json()["incidents"] == 0


def test_docs_page_uses_only_its_own_host(client):
    r = client.get("/docs")
    assert r.status_code == 200
    refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert refs and all(u.startswith("/") or u.startswith("data:") for u in refs), refs
    assert "http" not in r.text
    csp = r.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "https:" not in csp
    for u in refs:
        if u.startswith("/"):
            assert client.get(u).status_code == 200, u
    assert client.get("/redoc").status_code == 404          # FastAPI's CDN page is off
    assert client.get("/openapi.json").json()["info"]["version"] == __version__
    paths = client.get("/openapi.json").json()["paths"]
    assert "/health" in paths and "/brief" in paths


def test_vendored_swagger_ui_is_listed_with_its_licence():
    from sitrep.web import STATIC_DIR

    vendored = (STATIC_DIR / "VENDORED.md").read_text(encoding="utf-8")
    assert "swagger-ui-dist" in vendored and "Apache-2.0" in vendored
    assert "Apache License" in (STATIC_DIR / "swagger" / "LICENSE").read_text(encoding="utf-8")
    js = (STATIC_DIR / "swagger" / "swagger-ui-bundle.js").read_text(encoding="utf-8")
    assert "sourceMappingURL" not in js[-500:]
