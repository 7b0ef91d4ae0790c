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
