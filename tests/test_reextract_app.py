"""``sitrep reextract`` (issue 16): the current extractor over stored documents keeps every
analyst decision, flags a verified event whose facts changed, and is idempotent. Invented
reports, the real pipeline for ingest; a "newer extractor" is the real one with changed counts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import model
from sitrep.app import Settings
from sitrep.app import ingest as app_ingest
from sitrep.app import reextract as rx
from sitrep.app.driver import pipeline_processor
from sitrep.cli.main import app as cli
from sitrep.store import open_store
from sitrep.store import review_actions as ra

CORPUS = {
    "lozova.txt": """Missile strike on Lozova kills five, governor says

LOZOVA, 14 April 2025 — A Russian missile struck a warehouse in Lozova on Monday afternoon, killing five people and wounding nine, Kharkiv regional governor Oleh Syniehubov said.
""",
    "nikopol.txt": """Artillery shelling of Nikopol wounds three

NIKOPOL, 14 April 2025 — Russian artillery shelled Nikopol on Monday morning, wounding three women, the regional military administration said.
""",
    "izmail.txt": """Drone attack on Izmail port damages grain terminal

IZMAIL, 14 April 2025 — Russian drones attacked the port of Izmail overnight, damaging a grain terminal and injuring two workers, the Odesa regional administration said on Monday.
""",
}


def _place(store, name):
    """The one event read off document ``name`` (the stem of its file)."""
    got = [e for e in store.query_events().events if e.event.doc_id == name]
    assert len(got) == 1, [(e.event.event_id, e.event.doc_id) for e in store.query_events().events]
    return got[0]


def _rejected(store):
    from sitrep.store.filters import EventFilter

    return store.query_events(EventFilter(review_status="rejected")).events


@pytest.fixture(scope="module")
def pipeline():
    return pipeline_processor()


@pytest.fixture(scope="module")
def real_extractor(pipeline):
    return rx.document_extractor()


def _newer(real, changes):
    """A newer extractor: the real one, with other counts for the named documents."""
    def extract(doc: model.Document):
        res = real(doc)
        upd = changes.get(doc.doc_id)
        if upd:
            res.events = [ev.model_copy(update={k: model.Count(low=v, best=v, high=v) for k, v in upd.items()})
                          for ev in res.events]
        return res
    return extract


def _corpus(tmp_path: Path, pipeline) -> str:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "desk.db")
    with open_store(db) as st:
        assert app_ingest(Settings(), [str(folder)], store=st, process=pipeline).added == 3
    return db


def test_reextract_keeps_decisions_flags_changed_facts_and_is_idempotent(tmp_path, pipeline, real_extractor):
    db = _corpus(tmp_path, pipeline)
    with open_store(db) as st:
        lozova, nikopol, izmail = (_place(st, n) for n in ("lozova", "nikopol", "izmail"))
        docs = {n: n for n in ("lozova", "nikopol", "izmail")}
        assert lozova.event.fatalities.best == 5 and izmail.event.injured.best == 2
        ra.act(st, lozova.event.event_id, "olena", "correct",
               changes={"fatalities": {"low": 6, "best": 6, "high": 6, "qualifier": "exact"}})
        ra.act(st, nikopol.event.event_id, "olena", "reject", reason="not confirmed")
        ra.act(st, izmail.event.event_id, "olena", "verify")

        # the same extractor again: nothing differs, nothing is written
        same = rx.reextract(Settings(), store=st, extractor=real_extractor)
        assert (same.documents, same.changed, same.unchanged, same.failed) == (3, 0, 3, 0)
        assert same.events_before == same.events_after and same.reports_added == 0

        # a newer extractor counts other deaths in Lozova and other injured in Izmail
        newer = _newer(real_extractor, {docs["lozova"]: {"fatalities": 7}, docs["izmail"]: {"injured": 4}})
        out = rx.reextract(Settings(), store=st, extractor=newer)
        assert (out.documents, out.changed, out.unchanged, out.failed) == (3, 2, 1, 0)
        assert out.reports_added == out.reports_removed == 2
        assert (out.events_before, out.events_after) == (3, 3)
        assert (out.overrides_before, out.overrides_kept) == (3, 3)
        assert out.flagged == 1

        loz = _place(st, "lozova")
        assert loz.event.event_id != lozova.event.event_id  # new report ids ...
        assert loz.review_status == "corrected" and loz.event.fatalities.best == 6  # ... the correction kept
        assert loz.review["machine"]["fatalities"]["best"] == 7 and not loz.review["needs_review"]
        izm = _place(st, "izmail")
        assert izm.event.injured.best == 4
        assert izm.review_status == "unreviewed" and izm.review["needs_review"]  # changed fact: re-review
        assert izm.review["changed_since_review"] == ["injured"]
        assert out.flagged_events == [izm.event.event_id]
        assert [e.event.doc_id for e in _rejected(st)] == ["nikopol"]  # still rejected, still hidden
        assert "nikopol" not in {e.event.doc_id for e in st.query_events().events}
        assert [h["action"] for h in ra.history(st, loz.event.event_id)] == ["correct"]

        # again: the same newer extractor changes nothing
        again = rx.reextract(Settings(), store=st, extractor=newer)
        assert (again.changed, again.unchanged, again.flagged, again.reports_added) == (0, 3, 0, 0)
        assert (again.overrides_before, again.overrides_kept) == (3, 3)
        assert _place(st, "lozova").event.event_id == loz.event.event_id

        # --doc and --since choose the documents
        assert rx.reextract(Settings(), store=st, doc_ids=[docs["nikopol"]], extractor=newer).documents == 1
        assert rx.reextract(Settings(), store=st, since="2025-04-15", extractor=newer).documents == 0
        with pytest.raises(KeyError):
            rx.reextract(Settings(), store=st, doc_ids=["no-such-doc"], extractor=newer)


def test_reextract_command(tmp_path, pipeline):
    db = _corpus(tmp_path, pipeline)
    runner = CliRunner()
    r = runner.invoke(cli, ["reextract", "--db", db])
    assert r.exit_code == 0, r.output
    assert r.output.strip().splitlines()[-1] == ("documents: 3 re-extracted (0 changed, 3 unchanged, 0 failed); "
                                                 "events: 3 before, 3 after; overrides: 0 of 0 kept; "
                                                 "flagged for re-review: 0")
    r = runner.invoke(cli, ["reextract", "--db", db, "--json", "--since", "2025-04-14"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.output.strip().splitlines()[-1])
    assert got["documents"] == 3 and got["unchanged"] == 3 and got["events_after"] == 3
    r = runner.invoke(cli, ["reextract", "--db", db, "--doc", "nope"])
    assert r.exit_code == 2 and "no stored document: nope" in r.output
    r = runner.invoke(cli, ["reextract", "--db", db, "--since", "April"])
    assert r.exit_code == 2
