"""The place choice is explainable from the record: every location the gazetteer returns carries
``geo_reason`` and ``geo_confidence``; an event carries its place's reason as ``geo_reason``; the
store keeps one location row per place whatever the reason. Invented sentences only."""
from __future__ import annotations

import sqlite3

import pytest

from helpers_extract import run
from sitrep import model
from sitrep.geo import geocode, get_gazetteer
from sitrep.store import open_store
from store_fixtures import PLACES, make_event, make_result


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_geocode_location_carries_its_reason(gaz):
    loc = geocode("Kupiansk, Kharkiv region")
    assert loc.geo_reason and "UA-63" in loc.geo_reason
    assert 0.9 <= loc.geo_confidence <= 1.0
    typo = geocode("Avdiika")
    assert typo.geo_reason.startswith("one edit") and typo.geo_confidence < loc.geo_confidence


def test_explain_reads_the_location(gaz):
    ans = gaz.explain("Kupiansk, Kharkiv region")
    assert ans["geo_reason"] == ans["location"].geo_reason
    assert ans["confidence"] == ans["location"].geo_confidence


def test_every_mention_found_has_a_reason(gaz):
    text = ("Russian troops shelled the village of Kurylivka in Kharkiv region overnight, and a drone "
            "hit Odesa; Poland said the debris fell in Ukraine.")
    found = [m for m in gaz.find_mentions(text) if m.location is not None]
    assert {m.kind for m in found} >= {"settlement", "region", "country"}
    for m in found:
        assert m.location.geo_reason, m
        assert 0.0 < m.location.geo_confidence <= 1.0, m
    kur = next(m for m in found if m.text == "Kurylivka")
    assert "region named in the sentence (UA-63)" in kur.location.geo_reason


def test_location_confidence_is_bounded():
    with pytest.raises(Exception):
        model.Location(name="X", precision=1, geo_confidence=1.5)


def test_event_geo_reason_comes_from_its_place():
    evs = run("Russian artillery shelled the village of Kurylivka in Kharkiv region on Monday, "
              "killing two civilians.")
    ev = next(e for e in evs if e.location is not None and e.location.name == "Kurylivka")
    assert ev.geo_reason and ev.geo_reason == ev.location.geo_reason
    assert "UA-63" in ev.geo_reason


def test_event_without_a_place_says_so():
    evs = run("Russian forces launched 40 drones overnight, the air force said; 35 were shot down.")
    for ev in evs:
        assert ev.location is None or ev.geo_reason


def test_store_keeps_one_location_row_per_place(tmp_path):
    st = open_store(str(tmp_path / "t.db"))
    try:
        a = make_event("g1", 1, place=dict(PLACES["Kharkiv"], geo_reason="name; population 1,430,885",
                                           geo_confidence=0.9))
        b = make_event("g2", 1, place=dict(PLACES["Kharkiv"], geo_reason="region named in the sentence (UA-63)",
                                           geo_confidence=0.95), date="2024-11-18")
        a = a.model_copy(update={"geo_reason": a.location.geo_reason})
        assert st.add_result(make_result("g1", [a])).status == "added"
        assert st.add_result(make_result("g2", [b])).status == "added"
        got = st.get_event("g1-1").event
        assert got.location.geonameid == PLACES["Kharkiv"]["geonameid"]
        assert st.integrity_problems() == []
    finally:
        st.close()
    con = sqlite3.connect(tmp_path / "t.db")
    try:
        n = con.execute("SELECT COUNT(*) FROM locations WHERE geonameid = ?",
                        (PLACES["Kharkiv"]["geonameid"],)).fetchone()[0]
    finally:
        con.close()
    assert n == 1
