"""Review decisions survive re-ingest, new reports and re-extraction (issue 16, Done when),
with the real extractor on invented reports."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.api.app import create_app
from sitrep.ingest import read_inputs
from sitrep.store import open_store
from sitrep.store import users as users_lib
from sitrep.app import Settings
from sitrep.app import ingest as app_ingest
from sitrep.app.driver import pipeline_processor
from sitrep.store.reextract import reextract

CORPUS = {
    "sumy-1.txt": """Russian drone strike on Sumy kills three, regional governor says

SUMY, 9 March 2025 — A Russian drone hit a residential building in Sumy overnight, killing three people and injuring eleven others, regional governor Volodymyr Artiukh said on Sunday.

Rescue workers pulled two of the dead from the rubble, Artiukh wrote on Telegram.
""",
    "sumy-2.txt": """Sumy drone attack: death toll rises to four

SUMY, 9 March 2025 — The number of people killed in a Russian drone attack on a residential building in Sumy has risen to four, the State Emergency Service said on Sunday. Eleven people were injured.
""",
    "kherson-1.txt": """Shelling of Kherson wounds two

KHERSON, 9 March 2025 — Russian artillery shelled the Dniprovskyi district of Kherson on Sunday morning, wounding two men, the regional military administration said.
""",
}
LATER = {
    "kherson-2.txt": """Kherson shelling: one dead, five wounded

KHERSON, 9 March 2025 — One man was killed and five people were wounded when Russian artillery shelled the Dniprovskyi district of Kherson on Sunday morning, the regional prosecutor's office said.
""",
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _by_place(client, name, **params):
    evs = client.get("/events", params={"include": "claims", **params}).json()["events"]
    got = [e for e in evs if (e.get("location") or {}).get("name") == name]
    assert len(got) == 1, [(e["event_id"], (e.get("location") or {}).get("name")) for e in evs]
    return got[0]


def ingest_paths(store, paths, process):
    return app_ingest(Settings(), paths, store=store, process=process)


@pytest.fixture(scope="module")
def pipeline():
    return pipeline_processor()


def test_corrections_survive_reingest_new_reports_and_reextraction(tmp_path, pipeline):
    corpus = _write(tmp_path / "corpus", CORPUS)
    db = str(tmp_path / "desk.db")
    with open_store(db) as st:
        assert ingest_paths(st, [str(corpus)], process=pipeline).added == 3
        editor = users_lib.add_user(st, "olena.k", "editor")[1]
        reader = users_lib.add_user(st, "taras", "reader")[1]
    app = create_app(db)
    store = app.state.store
    with TestClient(app) as c:
        sumy = _by_place(c, "Sumy")
        assert sumy["cluster_size"] == 2 and sumy["review_status"] == "unreviewed"
        sid = sumy["event_id"]
        body = {"action": "correct", "fields": {"fatalities": {"low": 4, "best": 4, "high": 4,
                                                               "qualifier": "exact"}}}
        assert c.patch(f"/events/{sid}", json=body).status_code == 401
        assert c.patch(f"/events/{sid}", json=body,
                       headers={"Authorization": f"Bearer {reader}"}).status_code == 403
        r = c.patch(f"/events/{sid}", json=body, headers={"Authorization": f"Bearer {editor}"})
        assert r.status_code == 200, r.text
        assert r.json()["fatalities"]["best"] == 4 and r.json()["review_status"] == "corrected"
        machine_best = r.json()["review"]["machine"]["fatalities"]["best"]
        assert machine_best != 4  # the machine said otherwise; the correction is what is shown
        kherson = _by_place(c, "Dniprovskyi")  # the district of Kherson the reports name
        kid = kherson["event_id"]
        r = c.patch(f"/events/{kid}", json={"action": "verify"}, headers={"Authorization": f"Bearer {editor}"})
        assert r.json()["review_status"] == "verified"

        # 1. re-ingest the same corpus: every document skipped, every decision kept
        assert ingest_paths(store, [str(corpus)], process=pipeline).skipped == 3
        got = c.get(f"/events/{sid}").json()
        assert got["fatalities"]["best"] == 4 and got["review_status"] == "corrected"
        hist = c.get(f"/events/{sid}/history").json()["history"]
        assert [(h["action"], h["user"]) for h in hist] == [("correct", "olena.k")]
        assert hist[0]["before"]["fatalities"]["best"] == machine_best
        assert hist[0]["after"]["fatalities"]["best"] == 4
        assert c.get(f"/events/{kid}").json()["review_status"] == "verified"

        # 2. re-extract every document (new report ids): the decisions find their events again
        for raw in read_inputs([str(corpus)]):
            out = reextract(store, pipeline(raw))
            assert out.added and all("~r" in e for e in out.added)
        sumy = _by_place(c, "Sumy")
        assert sumy["event_id"] != sid
        assert sumy["fatalities"]["best"] == 4 and sumy["review_status"] == "corrected"
        assert not sumy["review"]["needs_review"]
        assert [h["user"] for h in c.get(f"/events/{sumy['event_id']}/history").json()["history"]] == ["olena.k"]
        kherson = _by_place(c, "Dniprovskyi")  # the district of Kherson the reports name
        assert kherson["review_status"] == "verified"

        # 3. a new report changes the verified event's facts: back to the queue for re-review
        later = _write(tmp_path / "later", LATER)
        assert ingest_paths(store, [str(later)], process=pipeline).added == 1
        kherson = _by_place(c, "Dniprovskyi")  # the district of Kherson the reports name
        assert kherson["cluster_size"] == 2
        assert kherson["review_status"] == "unreviewed" and kherson["review"]["needs_review"]
        assert {"fatalities", "injured"} & set(kherson["review"]["changed_since_review"])
        queue = c.get("/review/queue").json()["events"]
        assert queue[0]["event_id"] == kherson["event_id"]
        sumy = _by_place(c, "Sumy")  # untouched by the new report
        assert sumy["review_status"] == "corrected" and sumy["fatalities"]["best"] == 4

        # 4. exports carry the status and the corrected value
        rows = list(csv.DictReader(io.StringIO(c.get("/export.csv").text)))
        row = next(r for r in rows if r["location"] == "Sumy")
        assert row["review_status"] == "corrected" and row["fatalities"] == "4"
        line = next(x for x in c.get("/export.jsonl").text.splitlines() if '"Sumy"' in x)
        assert json.loads(line)["review_status"] == "corrected" and json.loads(line)["fatalities"]["best"] == 4


def test_rejection_and_split_survive_reextraction(tmp_path, pipeline):
    corpus = _write(tmp_path / "corpus", CORPUS)
    db = str(tmp_path / "desk.db")
    with open_store(db) as st:
        ingest_paths(st, [str(corpus)], process=pipeline)
        editor = users_lib.add_user(st, "iryna", "editor")[1]
    app = create_app(db)
    store = app.state.store
    h = {"Authorization": f"Bearer {editor}"}
    with TestClient(app) as c:
        sumy = _by_place(c, "Sumy")
        members = c.get(f"/events/{sumy['event_id']}").json()["members"]
        second = [m for m in members if m != sumy["event_id"]]
        r = c.post(f"/events/{sumy['event_id']}/split", json={"reports": second}, headers=h)
        assert r.status_code == 200, r.text
        assert r.json()["cluster_size"] == 1 and r.json()["split_off"]["cluster_size"] == 1
        kherson = _by_place(c, "Dniprovskyi")  # the district of Kherson the reports name
        r = c.patch(f"/events/{kherson['event_id']}", json={"action": "reject", "reason": "duplicate of a wire"},
                    headers=h)
        assert r.json()["review_status"] == "rejected"
        for raw in read_inputs([str(corpus)]):
            reextract(store, pipeline(raw))
        evs = c.get("/events").json()["events"]
        places = sorted((e.get("location") or {}).get("name") for e in evs)
        assert places == ["Sumy", "Sumy"]  # still split; Kherson still hidden
        rejected = c.get("/events", params={"review_status": "rejected"}).json()["events"]
        assert [(e["location"]["name"], e["review_status"]) for e in rejected] == [("Dniprovskyi", "rejected")]
        assert rejected[0]["review"]["reason"] == "duplicate of a wire"
