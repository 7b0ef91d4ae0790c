"""API hardening: crafted cursors, security headers, trusted hosts (DNS rebinding), body size
limits, duplicate answers, no local file paths in documents."""
from __future__ import annotations

import base64
import json

import pytest
from fastapi.testclient import TestClient

from sitrep.api.app import create_app
from store_fixtures import make_event, make_result, random_text

TOKEN = "hardening-token"


def _cursor(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def _processor(raw):
    return make_result(raw.doc_id, [make_event(raw.doc_id, 1, place="Kyiv")], text=raw.text)


@pytest.fixture
def client(tmp_path):
    app = create_app(str(tmp_path / "h.db"), ingest_token=TOKEN, processor=_processor)
    app.state.store.add_result(make_result("a", [make_event("a", 1)]))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("cursor", [
    _cursor(["2024-11-17", 10**30]), _cursor(["2024-11-17", -(10**30)]), _cursor(["2024-11-17", 2**63]),
    _cursor(["9" * 300, 1]), _cursor(["2024-11-17", 1.5]), _cursor(["2024-11-17"]),
    _cursor({"a": 1}), _cursor(["2024-11-17", 1, 2]), "!!!!", "eyJ",
    base64.urlsafe_b64encode(b"\xff\xfe\x00garbage").decode(),
])
def test_crafted_cursor_is_a_400(client, cursor):
    r = client.get("/events", params={"cursor": cursor})
    assert r.status_code == 400, (cursor, r.status_code, r.text)
    assert r.json() == {"detail": "invalid cursor", "status": 400}


def test_real_cursors_still_page(client):
    app_store = client.app.state.store
    app_store.add_result(make_result("b", [make_event("b", 1, place="Odesa", date="2024-11-10")]))
    first = client.get("/events", params={"limit": 1}).json()
    assert first["next_cursor"]
    second = client.get("/events", params={"limit": 1, "cursor": first["next_cursor"]})
    assert second.status_code == 200 and len(second.json()["events"]) == 1


SECURITY = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer"}


@pytest.mark.parametrize("method,url", [
    ("GET", "/events"), ("GET", "/meta"), ("GET", "/"), ("GET", "/static/app.js"), ("GET", "/events?limit=0"),
    ("GET", "/no/such/route"), ("POST", "/documents"), ("GET", "/export.csv"), ("GET", "/openapi.json"),
])
def test_security_headers_on_every_response(client, method, url):
    r = client.request(method, url)
    for k, v in SECURITY.items():
        assert r.headers.get(k) == v, (url, k, r.headers.get(k))
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_security_headers_on_internal_errors(tmp_path):
    app = create_app(str(tmp_path / "x.db"))

    def boom(*_a, **_k):
        raise RuntimeError("database exploded")

    app.state.store.meta = boom
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/meta")
        assert r.status_code == 500 and r.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_docs_pages_get_a_policy_they_work_under(client):
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["x-frame-options"] == "DENY"
    csp = r.headers["content-security-policy"]
    # Swagger UI is vendored (sitrep/api/desk.py): the page runs under the strict policy
    assert "frame-ancestors 'none'" in csp and "script-src 'self';" in csp
    assert "cdn.jsdelivr.net" not in csp and "unsafe-inline" not in csp and "https:" not in csp


@pytest.fixture
def hosted(tmp_path):
    app = create_app(str(tmp_path / "h.db"), ingest_token=TOKEN, processor=_processor,
                     allowed_hosts=["127.0.0.1", "localhost", "*.example.org"])
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("host,status", [
    ("127.0.0.1:8000", 200), ("localhost", 200), ("LOCALHOST:8000", 200), ("news.example.org", 200),
    ("evil.example", 400), ("evil.example:8000", 400), ("127.0.0.1.evil.example", 400),
    ("example.org", 400), ("example.org.evil", 400), ("", 400),
])
def test_trusted_hosts(hosted, host, status):
    r = hosted.get("/meta", headers={"Host": host})
    assert r.status_code == status, (host, r.text)
    if status == 400:
        assert r.json() == {"detail": "invalid Host header", "status": 400}
        assert r.headers["x-content-type-options"] == "nosniff"


def test_trusted_hosts_also_guard_writes_and_the_dashboard(hosted):
    assert hosted.get("/", headers={"Host": "evil.example"}).status_code == 400
    r = hosted.post("/documents", json={"id": "x", "text": "t"},
                    headers={"Host": "evil.example", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400
    assert hosted.get("/meta").json()["documents"] == 0


def test_body_limit_before_authentication(tmp_path):
    app = create_app(str(tmp_path / "b.db"), ingest_token=TOKEN, processor=_processor, max_body=1000)
    with TestClient(app, raise_server_exceptions=False) as c:
        # announced too large: refused before the token is even looked at
        r = c.post("/documents", content=b"x" * 1001, headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and "1000 bytes" in r.json()["detail"]
        # streamed (no Content-Length) too large
        def chunks():
            for _ in range(20):
                yield b"x" * 100
        r = c.post("/documents", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413 and r.json()["status"] == 413
        assert c.post("/documents", content=b"{}", headers={"Content-Length": "-5"}).status_code == 400
        ok = c.post("/documents", json={"id": "small", "text": random_text("small", 20)},
                    headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201, ok.text


@pytest.mark.parametrize("args,good,bad", [
    ([], ["127.0.0.1:8000", "localhost:8000", "[::1]:8000"], ["evil.example", "192.168.1.5:8000"]),
    (["--host", "192.168.1.5"], ["192.168.1.5:8000", "localhost"], ["evil.example"]),
    (["--host", "0.0.0.0", "--allowed-host", "sitrep.example.org", "--allowed-host", "*.news.example"],
     ["sitrep.example.org", "a.news.example", "127.0.0.1"], ["0.0.0.0:8000", "evil.example"]),
])
def test_serve_answers_only_its_hosts(tmp_path, monkeypatch, args, good, bad):
    import uvicorn
    from typer.testing import CliRunner

    from sitrep.cli.main import app as cli

    from sitrep.store import open_store

    open_store(str(tmp_path / "s.db")).close()  # serve refuses a database that does not exist
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append((app, kw)))
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.db"), *args])
    assert r.exit_code == 0, r.output
    (app, kw), = served
    with TestClient(app, raise_server_exceptions=False) as c:
        for h in good:
            assert c.get("/meta", headers={"Host": h}).status_code == 200, h
        for h in bad:
            assert c.get("/meta", headers={"Host": h}).status_code == 400, h


def _squeezing(raw):
    """Clean text = the words of the raw text: two spellings of one text are one document."""
    return make_result(raw.doc_id, [make_event(raw.doc_id, 1, place="Kyiv")], text=" ".join(raw.text.split()))


def test_post_duplicate_is_200_and_says_so(tmp_path):
    app = create_app(str(tmp_path / "d.db"), ingest_token=TOKEN, processor=_squeezing)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = random_text("dup", 80)
    with TestClient(app, raise_server_exceptions=False) as c:
        first = c.post("/documents", json={"id": "orig", "text": text}, headers=auth)
        assert first.status_code == 201 and first.json()["status"] == "added"
        # the same raw text (found before extraction)
        same = c.post("/documents", json={"id": "again", "text": text}, headers=auth)
        # the same clean text from a different raw text (found when storing)
        spaced = c.post("/documents", json={"id": "spaced", "text": text.replace(" ", "  ")}, headers=auth)
        for r in (same, spaced):
            assert r.status_code == 200, r.text
            body = r.json()
            assert body["status"] == "duplicate" and body["duplicate_of"] == "orig"
            assert body["events_added"] == 0 and body["event_ids"] == []
            assert body["document"] == "/documents/orig"
        assert c.get("/meta").json()["documents"] == 1


@pytest.mark.parametrize("stored,shown", [
    ("/home/analyst/leaks/2025/kharkiv-strike.txt", "kharkiv-strike.txt"),
    ("/srv/feeds/ukrinform.xml#3", "ukrinform.xml#3"),
    ("/data/batches/march.jsonl:12", "march.jsonl:12"),
    ("C:\\\\Users\\\\analyst\\\\crawl.warc.gz#7", "crawl.warc.gz#7"),
    ("relative/dir/page.html", "page.html"),
    ("file:///home/analyst/saved/page.html", "page.html"),
    ("https://example.org/news/1.html", "https://example.org/news/1.html"),
    (None, None),
])
def test_document_does_not_expose_local_paths(client, stored, shown):
    res = make_result("p", [make_event("p", 1)])
    res = res.model_copy(update={"document": res.document.model_copy(update={"source_path": stored})})
    client.app.state.store.add_result(res)
    r = client.get("/documents/p")
    assert r.status_code == 200
    assert r.json()["source_path"] == shown
    for secret in ("/home/analyst", "/srv/feeds", "/data/batches", "Users", "relative/dir"):
        assert secret not in r.text
