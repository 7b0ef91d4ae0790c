"""The dashboard's mount() and its static files (no browser needed)."""
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sitrep.web import STATIC_DIR, mount
from sitrep.web.demo import create_demo_app, demo_results


@pytest.fixture(scope="module")
def client():
    app = FastAPI()
    mount(app)
    return TestClient(app)


def test_index_is_served(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert '<div id="map"' in r.text
    assert "/static/leaflet/leaflet.js" in r.text and "/static/app.js" in r.text


@pytest.mark.parametrize("path,ctype", [
    ("/static/app.js", "javascript"), ("/static/app.css", "text/css"),
    ("/static/leaflet/leaflet.js", "javascript"), ("/static/leaflet/leaflet.css", "text/css"),
    ("/static/leaflet/images/marker-icon.png", "image/png"),
    ("/static/markercluster/leaflet.markercluster.js", "javascript"),
    ("/static/geo/ukr.json", "json"), ("/static/geo/rus.json", "json"),
    ("/static/regions.json", "json"),
])
def test_static_files_are_served(client, path, ctype):
    r = client.get(path)
    assert r.status_code == 200, path
    assert ctype in r.headers["content-type"]


def test_missing_static_file_is_404(client):
    assert client.get("/static/nope.js").status_code == 404


def test_regions_json_joins_polygons_to_iso(client):
    regions = client.get("/static/regions.json").json()
    assert regions["UKR-283"]["iso"] == "UA-43"      # Crimea
    assert regions["UKR-5482"]["iso"] == "UA-40"     # Sevastopol
    assert regions["RUS-2370"]["iso"] == "RU-BEL"


def test_page_references_only_its_own_origin():
    """Nothing in the page, its script or its styles points outside the server."""
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    for ref in re.findall(r'(?:src|href)="([^"]*)"', html):
        assert ref.startswith("/static/") or ref.startswith("data:"), ref
    app_js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    app_js = app_js.replace("'http://www.w3.org/2000/svg'", "")   # an XML namespace, not a request
    assert "http://" not in app_js and "https://" not in app_js
    assert "tileLayer" not in app_js
    for css in STATIC_DIR.rglob("*.css"):
        for url in re.findall(r"url\(([^)]*)\)", css.read_text(encoding="utf-8")):
            url = url.strip("'\" ")
            assert not re.match(r"^(https?:)?//", url), (css, url)
    # no source maps that a browser's devtools would try to fetch
    for js in STATIC_DIR.rglob("*.js"):
        assert "sourceMappingURL" not in js.read_text(encoding="utf-8"), js


def test_vendored_files_carry_their_licences():
    for p in ("leaflet/LICENSE", "markercluster/MIT-LICENCE.txt", "geo/LICENSE"):
        assert (STATIC_DIR / p).stat().st_size > 200, p
    assert "BSD" in (STATIC_DIR / "leaflet/LICENSE").read_text()
    assert "MIT" in (STATIC_DIR / "geo/LICENSE").read_text()


def test_demo_records_have_exact_spans():
    for r in demo_results():
        text = r.document.clean_text
        for e in r.events:
            for c in e.claims:
                assert text[c.start:c.end] == c.quote
        for s in r.statements:
            assert text[s.start:s.end] == s.quote


def test_demo_api_follows_the_contract():
    c = TestClient(create_demo_app())
    body = c.get("/events", params={"limit": 4}).json()
    assert body["count"] == 9 and len(body["events"]) == 4 and body["next_cursor"]
    seen = [e["event_id"] for e in body["events"]]
    cursor = body["next_cursor"]
    while cursor:
        body = c.get("/events", params={"limit": 4, "cursor": cursor}).json()
        seen += [e["event_id"] for e in body["events"]]
        cursor = body["next_cursor"]
    assert len(seen) == len(set(seen)) == 9
    assert c.get("/events", params={"admin1": "UA-63"}).json()["count"] == 3
    assert c.get("/events", params={"side": "RU", "type": "armed_clash"}).json()["count"] == 1
    parent = c.get("/events/demo-kyiv-independent-1").json()
    assert len(parent["children"]) == 3
    doc = c.get("/documents/demo-tass").json()
    claim = c.get("/events/demo-tass-2").json()["claims"][0]
    assert doc["clean_text"][claim["start"]:claim["end"]] == claim["quote"]
    assert c.get("/").status_code == 200


def test_real_api_mounts_the_dashboard(tmp_path):
    """sitrep.api.app.create_app mounts the page next to the API, and they agree."""
    api = pytest.importorskip("sitrep.api.app")
    store_mod = pytest.importorskip("sitrep.store")
    db = tmp_path / "web.db"
    with store_mod.open_store(str(db)) as st:
        for r in demo_results():
            st.add_result(r)
    with TestClient(api.create_app(str(db))) as c:
        assert c.get("/").status_code == 200
        assert c.get("/static/app.js").status_code == 200
        assert c.get("/static/regions.json").json()["RUS-2362"]["iso"] == "RU-KRS"
        body = c.get("/events", params={"admin1": "UA-48", "limit": 1000}).json()
        assert body["count"] == 2
        ev = c.get("/events/demo-kyiv-independent-2").json()
        claim = ev["claims"][0]
        doc = c.get(f"/documents/{claim['doc_id']}").json()
        assert doc["clean_text"][claim["start"]:claim["end"]] == claim["quote"]
        assert c.get("/events/demo-kyiv-independent-1").json()["children"] == [
            "demo-kyiv-independent-2", "demo-kyiv-independent-3", "demo-kyiv-independent-4"]
