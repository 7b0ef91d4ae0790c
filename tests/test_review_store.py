"""Review decisions as a store library: they follow their incident through merges, deletions
of the first report and machine merges that undo an analyst's split (hand-made records)."""
from __future__ import annotations

import pytest

from sitrep.store import EventFilter, open_store
from sitrep.store import review_actions as ra
from store_fixtures import make_event, make_result


@pytest.fixture
def st(tmp_path):
    with open_store(str(tmp_path / "r.db")) as s:
        yield s


def _add(st, doc, place, killed=2, date="2025-02-03"):
    return st.add_result(make_result(doc, [make_event(doc, 1, place=place, killed=killed, date=date,
                                                      quote=f"{killed} killed in {place}, said {doc}")]))


def _events(st):
    return {e.event.event_id: e for e in st.query_events(EventFilter(include_rejected=True)).events}


def test_decision_follows_a_merge_and_a_deleted_first_report(st):
    _add(st, "zp-a", "Kharkiv")
    _add(st, "zp-b", "Odesa")
    ra.act(st, "zp-a-1", "analyst", "correct", changes={"fatalities": {"low": 5, "best": 5, "high": 5,
                                                                      "qualifier": "exact"}})
    assert st.merge_events("zp-b-1", "zp-a-1")  # zp-a-1 is now a report of zp-b-1, with a tombstone
    ev = _events(st)["zp-b-1"]
    assert ev.review_status == "corrected" and ev.event.fatalities.best == 5
    assert [h["action"] for h in ra.history(st, "zp-a-1")] == ["correct"]
    assert st.delete_event("zp-b-1")  # the first report goes: zp-a-1 heads the cluster again
    ev = _events(st)["zp-a-1"]
    assert ev.review_status == "corrected" and ev.event.fatalities.best == 5


def test_split_survives_a_machine_merge(st):
    _add(st, "od-a", "Odesa")
    _add(st, "od-b", "Odesa")
    assert _events(st)["od-a-1"].cluster_size == 2
    assert ra.split(st, "od-a-1", "analyst", reports=["od-b-1"]) == ("od-a-1", "od-b-1")
    out = _add(st, "od-c", "Odesa")  # matches both: the machine merges them, the split is redone
    assert out.merged_away == ["od-b-1"]
    evs = _events(st)
    assert sorted((k, tuple(v.members)) for k, v in evs.items()) == [
        ("od-a-1", ("od-a-1", "od-c-1")), ("od-b-1", ("od-b-1",))]


def test_merge_survives_reextraction_by_content(st):
    from sitrep.store.reextract import reextract

    _add(st, "kh-a", "Kharkiv")
    _add(st, "kh-b", "Kyiv")
    ra.merge(st, "kh-a-1", "kh-b-1", "analyst")
    assert list(_events(st)) == ["kh-a-1"]
    # a newer extractor: same sentence, so the same incident, under a new id
    again = make_result("kh-b", [make_event("kh-b", 1, place="Kyiv", killed=2, date="2025-02-03",
                                            quote="2 killed in Kyiv, said kh-b")])
    out = reextract(st, again)
    assert out.added == ["kh-b-1~r1"] and out.links_enforced == 1
    evs = _events(st)
    assert list(evs) == ["kh-a-1"] and sorted(evs["kh-a-1"].members) == ["kh-a-1", "kh-b-1~r1"]


def test_reviews_cost_nothing_when_there_are_none(st):
    _add(st, "ky-a", "Kyiv")
    ev = _events(st)["ky-a-1"]
    assert ev.review_status == "unreviewed" and ev.review is None
    assert ev.to_dict()["review_status"] == "unreviewed" and "review" not in ev.to_dict()


def test_filters_see_corrected_values(st):
    _add(st, "fl-a", "Mykolaiv", killed=1, date="2025-02-03")
    _add(st, "fl-b", "Belgorod", killed=0, date="2025-02-01")

    def ids(**kw):
        return sorted(e.event.event_id for e in st.query_events(EventFilter(**kw)).events)

    kharkiv = {"name": "Kharkiv", "country_code": "UA", "admin1_code": "UA-63", "admin1": "Kharkiv Oblast",
               "admin2": None, "lat": 49.99, "lon": 36.23, "geonameid": 706483, "precision": 1, "source": "geonames"}
    ra.act(st, "fl-a-1", "analyst", "correct", changes={
        "location": kharkiv, "fatalities": {"low": 6, "best": 6, "high": 6, "qualifier": "exact"},
        "event_type": "armed_clash", "date": "2025-02-10"})
    assert ids(admin1="UA-63") == ["fl-a-1"] and ids(admin1="UA-48") == []
    assert ids(min_fatalities=5) == ["fl-a-1"]
    assert ids(event_type="armed_clash") == ["fl-a-1"] and ids(event_type="missile_artillery_strike") == ["fl-b-1"]
    assert ids(date_from="2025-02-05") == ["fl-a-1"] and ids(date_to="2025-02-04") == ["fl-b-1"]
    assert ids(text="kharkiv") == ["fl-a-1"]
    assert ids(bbox=(36.0, 49.5, 36.4, 50.2)) == ["fl-a-1"]
    assert ids(admin1="UA-63", min_fatalities=7) == []
    assert st.query_events(EventFilter(admin1="UA-63")).count == 1
