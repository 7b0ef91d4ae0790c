"""Review through the API: every action with every role, bad bodies, the audit trail,
rejected events hidden, exports, the queue (hand-made records; SQLite and PostgreSQL)."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from fastapi.testclient import TestClient

from sitrep.api.app import create_app
from sitrep.store import users as users_lib
from store_fixtures import DB_PARAMS, db_url, make_event, make_result


def seed(store):
    # one incident in Mykolaiv told by two outlets (UA and RU claims), one in Kharkiv, one in Belgorod
    store.add_result(make_result("mk-ledger", [make_event(
        "mk-ledger", 1, place="Mykolaiv", killed=2, injured=7, date="2025-01-14",
        quote="In Mykolaiv, two women perished when a missile hit a grain terminal")], outlet="Kyiv Ledger"))
    store.add_result(make_result("mk-wire", [make_event(
        "mk-wire", 1, place="Mykolaiv", killed=3, date="2025-01-14", claimant="Russian MoD", claimant_side="RU",
        certainty="disputed", quote="the ministry said a fuel depot in Mykolaiv was destroyed")], outlet="Steppe Wire"))
    store.add_result(make_result("kh-post", [make_event(
        "kh-post", 1, place="Kharkiv", killed=1, date="2025-01-13",
        quote="One man was killed in Kharkiv's Saltivskyi district")], outlet="Kharkiv Post"))
    store.add_result(make_result("bel-news", [make_event(
        "bel-news", 1, place="Belgorod", side="UA", killed=0, date="2025-01-12", event_type="air_drone_strike",
        quote="drones were shot down over Belgorod")], outlet="Moscow Courier"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The seeded SQLite database with its users, made once and copied for each test."""
    from sitrep.store import open_store

    path = tmp_path_factory.mktemp("review") / "template.db"
    with open_store(str(path)) as st:
        seed(st)
        tokens = {role: users_lib.add_user(st, f"{role}-1", role)[1] for role in users_lib.ROLES}
    return path, tokens


def _client(kind, tmp_path, template):
    if kind == "sqlite":
        url = str(tmp_path / "review.db")
        shutil.copyfile(template[0], url)
        tokens = template[1]
        app = create_app(url)
    else:
        app = create_app(db_url(kind, tmp_path))
        seed(app.state.store)
        tokens = {role: users_lib.add_user(app.state.store, f"{role}-1", role)[1] for role in users_lib.ROLES}
    c = TestClient(app, raise_server_exceptions=False)
    c.tokens = tokens
    return c


@pytest.fixture(params=DB_PARAMS)
def env(request, tmp_path, template):
    with _client(request.param, tmp_path, template) as c:
        yield c


@pytest.fixture(scope="module", params=DB_PARAMS)
def shared(request, tmp_path_factory, template):
    """One database for the tests that change nothing."""
    with _client(request.param, tmp_path_factory.mktemp("shared"), template) as c:
        yield c


def H(c, role):
    return {"Authorization": f"Bearer {c.tokens[role]}"}


ACTIONS = [
    ("patch", "/events/mk-ledger-1", {"action": "verify"}),
    ("patch", "/events/mk-ledger-1", {"action": "reject", "reason": "training exercise"}),
    ("patch", "/events/mk-ledger-1", {"action": "correct", "fields": {"fatalities": {"best": 5}}}),
    ("patch", "/events/mk-ledger-1", {"action": "note", "note": "check the port authority's statement"}),
    ("patch", "/events/mk-ledger-1", {"action": "reopen"}),
    ("post", "/events/mk-ledger-1/merge", {"other": "kh-post-1"}),
    ("post", "/events/mk-ledger-1/split", {"reports": ["mk-wire-1"]}),
]


@pytest.mark.parametrize("method,path,body", ACTIONS, ids=[f"{a[0]}-{a[2].get('action') or a[1].rsplit('/', 1)[-1]}" for a in ACTIONS])
def test_every_action_needs_an_editor(env, method, path, body):
    c = env
    call = getattr(c, method)
    r = call(path, json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = call(path, json=body, headers={"Authorization": "Bearer sr_0000000000000000_" + "y" * 43})
    assert r.status_code == 401
    r = call(path, json=body, headers=H(c, "reader"))
    assert r.status_code == 403 and "editor" in r.json()["detail"]
    assert c.get("/events/mk-ledger-1/history").json()["history"] == []  # nothing happened
    for role in ("editor", "admin"):
        r = call(path, json=body, headers=H(c, role))
        assert r.status_code == 200, r.text
        assert r.json()["event_id"] and "review_status" in r.json()
        if body.get("other") or body.get("reports"):
            break  # structural actions cannot be done twice


def test_verify_correct_reject_note_and_history(env):
    c = env
    r = c.patch("/events/mk-ledger-1", json={"action": "verify"}, headers=H(c, "editor"))
    assert r.json()["review_status"] == "verified" and r.json()["review"]["reviewed_by"] == "editor-1"
    fields = {"fatalities": {"low": 3, "best": 3, "high": 3, "qualifier": "exact"},
              "event_type": "air_drone_strike", "date": "2025-01-13",
              "location": {"name": "Ochakiv", "admin1_code": "UA-48"},
              "actor1_side": "RU", "weapons": [{"category": "drone", "model": "Shahed-136",
                                                  "launched": {"best": 12, "qualifier": "about"}}]}
    r = c.patch("/events/mk-ledger-1", json={"action": "correct", "fields": fields}, headers=H(c, "admin"))
    assert r.status_code == 200, r.text
    e = r.json()
    assert e["review_status"] == "corrected"
    assert e["fatalities"] == {"low": 3, "best": 3, "high": 3, "qualifier": "exact"}
    assert e["event_type"] == "air_drone_strike" and e["acled_sub_event_type"] == "Air/drone strike"
    assert e["date"] == "2025-01-13" and e["location"]["name"] == "Ochakiv"
    assert e["location"]["admin1_code"] == "UA-48" and e["location"]["lat"]
    assert e["weapons"][0]["model"] == "Shahed-136"
    assert e["review"]["machine"]["fatalities"]["best"] != 3
    assert sorted(e["review"]["corrected_fields"]) == sorted(
        ["fatalities", "event_type", "acled_event_type", "acled_sub_event_type", "date", "location",
         "actor1_side", "weapons"])
    # verifying a corrected event keeps it corrected; dropping every correction makes it verified
    assert c.patch("/events/mk-ledger-1", json={"action": "verify"}, headers=H(c, "editor")).json()["review_status"] == "corrected"
    r = c.patch("/events/mk-ledger-1", json={"action": "correct", "fields": {"date": "__machine__"}},
                headers=H(c, "editor"))
    assert r.json()["date"] == "2025-01-14"
    r = c.patch("/events/mk-ledger-1", json={"action": "note", "note": "terminal owner confirms two dead"},
                headers=H(c, "editor"))
    assert r.json()["review"]["note"] == "terminal owner confirms two dead"
    r = c.patch("/events/mk-ledger-1", json={"action": "reject", "reason": "duplicate of a wire story"},
                headers=H(c, "editor"))
    assert r.json()["review_status"] == "rejected"
    hist = c.get("/events/mk-ledger-1/history").json()["history"]
    assert [(h["action"], h["user"]) for h in hist] == [
        ("verify", "editor-1"), ("correct", "admin-1"), ("verify", "editor-1"), ("correct", "editor-1"),
        ("note", "editor-1"), ("reject", "editor-1")]
    assert hist[0]["before"] == {"review_status": "unreviewed"} and hist[0]["after"] == {"review_status": "verified"}
    assert hist[1]["before"]["fatalities"]["best"] != 3 and hist[1]["after"]["fatalities"]["best"] == 3
    assert hist[3]["before"]["date"] == "2025-01-13" and hist[3]["after"]["date"] == "2025-01-14"
    assert hist[5]["reason"] == "duplicate of a wire story"
    assert all(h["at"].endswith("Z") for h in hist)


def test_rejected_hidden_from_queries_and_exports(env):
    c = env
    c.patch("/events/bel-news-1", json={"action": "reject", "reason": "interceptions only, no strike"},
            headers=H(c, "editor"))
    ids = [e["event_id"] for e in c.get("/events").json()["events"]]
    assert "bel-news-1" not in ids and len(ids) == 2
    assert c.get("/events").json()["count"] == 2
    for path in ("/export.csv", "/export.jsonl", "/export.geojson"):
        assert "bel-news-1" not in c.get(path).text, path
    rej = c.get("/events", params={"review_status": "rejected"}).json()["events"]
    assert [e["event_id"] for e in rej] == ["bel-news-1"]
    assert c.get("/events/bel-news-1").json()["review_status"] == "rejected"  # still readable by id
    assert c.get("/events", params={"review_status": "nonsense"}).status_code == 400
    # un-rejecting brings it back
    c.patch("/events/bel-news-1", json={"action": "verify"}, headers=H(c, "editor"))
    assert "bel-news-1" in [e["event_id"] for e in c.get("/events").json()["events"]]
    unrev = [e["event_id"] for e in c.get("/events", params={"review_status": "unreviewed"}).json()["events"]]
    assert "bel-news-1" not in unrev and len(unrev) == 2


def test_exports_carry_status_and_corrected_values(env):
    c = env
    c.patch("/events/kh-post-1", json={"action": "correct", "fields": {"fatalities": {"best": 2, "qualifier": "at_least"}}},
            headers=H(c, "editor"))
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(c.get("/export.csv").text))}
    assert rows["kh-post-1"]["review_status"] == "corrected" and rows["kh-post-1"]["fatalities"] == "2"
    assert rows["mk-ledger-1"]["review_status"] == "unreviewed"
    recs = {json.loads(x)["event_id"]: json.loads(x) for x in c.get("/export.jsonl").text.splitlines()}
    assert recs["kh-post-1"]["fatalities"]["qualifier"] == "at_least"
    feats = {f["id"]: f for f in c.get("/export.geojson").json()["features"]}
    assert feats["kh-post-1"]["properties"]["review_status"] == "corrected"


def test_merge_and_split(env):
    c = env
    r = c.post("/events/mk-ledger-1/merge", json={"other": "kh-post-1", "note": "same terminal, misplaced"},
               headers=H(c, "editor"))
    assert r.status_code == 200, r.text
    assert r.json()["cluster_size"] == 3 and "kh-post-1" in r.json()["members"]
    assert "kh-post-1" not in [e["event_id"] for e in c.get("/events").json()["events"]]
    assert any(t["event_id"] == "kh-post-1" and t["merged_into"] == "mk-ledger-1"
               for t in c.get("/deleted").json()["deleted"])
    hist = c.get("/events/kh-post-1/history").json()["history"]  # the old id leads to the kept event
    assert [h["action"] for h in hist] == ["merge", "merge"]
    assert c.post("/events/mk-ledger-1/merge", json={"other": "kh-post-1"}, headers=H(c, "editor")).status_code == 409
    # split the Kharkiv report off again, by the index of its claim
    claims = c.get("/events/mk-ledger-1").json()["claims"]
    idx = [i for i, cl in enumerate(claims) if cl["doc_id"] == "kh-post"]
    r = c.post("/events/mk-ledger-1/split", json={"claims": idx}, headers=H(c, "editor"))
    assert r.status_code == 200, r.text
    assert r.json()["members"] == ["mk-ledger-1", "mk-wire-1"]
    assert r.json()["split_off"]["members"] == ["kh-post-1"]
    assert r.json()["split_off"]["location"]["name"] == "Kharkiv"
    assert sorted(e["event_id"] for e in c.get("/events").json()["events"]) == ["bel-news-1", "kh-post-1", "mk-ledger-1"]


@pytest.mark.parametrize("path,body,needle", [
    ("/events/mk-ledger-1", {"action": "reject"}, "reason"),
    ("/events/mk-ledger-1", {"action": "correct"}, "fields"),
    ("/events/mk-ledger-1", {"action": "note", "note": "  "}, "note"),
    ("/events/mk-ledger-1", {"action": "delete"}, "action"),
    ("/events/mk-ledger-1", {"action": "verify", "fields": {"date": "2025-01-01"}}, "fields"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"colour": "red"}}, "colour"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"fatalities": {"low": 9, "best": 2}}}, "low <= best"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"fatalities": {"best": -1}}}, "fatalities"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"fatalities": {"best": 2, "qualifier": "roughly"}}}, "qualifier"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"event_type": "picnic"}}, "event_type"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"date": "14 January"}}, "date"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"date": "2025-01-14", "date_end": "2025-01-01"}}, "date_end"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"actor1_side": "Russia"}}, "actor1_side"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"location": {"name": "Qxvbrzylgrad"}}}, "gazetteer"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"location": {"admin1_code": "UA-99"}}}, "region"),
    ("/events/mk-ledger-1", {"action": "correct", "fields": {"weapons": [{"category": "catapult"}]}}, "category"),
    ("/events/mk-ledger-1/merge", {}, "other"),
    ("/events/mk-ledger-1/split", {}, "reports"),
    ("/events/mk-ledger-1/split", {"reports": ["kh-post-1"]}, "not a report"),
    ("/events/mk-ledger-1/split", {"reports": ["mk-ledger-1", "mk-wire-1"]}, "not none or all"),
    ("/events/mk-ledger-1/split", {"claims": [99]}, "out of range"),
])
def test_bad_bodies_are_422_with_a_clear_message(shared, path, body, needle):
    c = shared
    call = c.patch if path.count("/") == 2 else c.post
    r = call(path, json=body, headers=H(c, "editor"))
    assert r.status_code == 422, r.text
    assert needle in json.dumps(r.json()["detail"]), r.json()
    assert c.get("/events/mk-ledger-1/history").json()["history"] == []


def test_unknown_and_non_canonical_events(env):
    c = env
    assert c.patch("/events/no-such-1", json={"action": "verify"}, headers=H(c, "editor")).status_code == 404
    r = c.patch("/events/mk-wire-1", json={"action": "verify"}, headers=H(c, "editor"))
    assert r.status_code == 409 and "mk-ledger-1" in r.json()["detail"]
    assert c.post("/events/mk-ledger-1/merge", json={"other": "nope"}, headers=H(c, "editor")).status_code == 404
    r = c.patch("/events/mk-ledger-1", content=b"{not json", headers={**H(c, "editor"), "Content-Type": "application/json"})
    assert r.status_code == 422


def test_queue_orders_by_need(env):
    c = env
    q = c.get("/review/queue").json()["events"]
    # the Mykolaiv event has a disputed RU claim against a UA one: first
    assert [e["event_id"] for e in q][0] == "mk-ledger-1"
    assert len(q) == 3
    c.patch("/events/mk-ledger-1", json={"action": "verify"}, headers=H(c, "editor"))
    q = [e["event_id"] for e in c.get("/review/queue").json()["events"]]
    assert "mk-ledger-1" not in q and q[0] == "kh-post-1"  # then the highest toll
    q = [e["event_id"] for e in c.get("/review/queue", params={"admin1": "RU-BEL"}).json()["events"]]
    assert q == ["bel-news-1"]


def test_places_picker(shared):
    r = shared.get("/places", params={"q": "Ochakiv"})
    assert r.status_code == 200
    top = r.json()["places"][0]
    assert top["name"] == "Ochakiv" and top["admin1_code"] == "UA-48"
