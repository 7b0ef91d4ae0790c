"""A revised report (the same text re-published with a changed figure) is a revision, not a
near-duplicate: its events are stored and join the canonical events of the report they revise,
whose figures follow the revision while the old claim stays beside the new one (issue 13)."""
from __future__ import annotations

import pytest

from sitrep import model
from sitrep.reconcile import revision
from sitrep.store import open_store
from sitrep.app import Settings, ingest
from sitrep.app.driver import pipeline_processor
from store_fixtures import DB_PARAMS, db_url, make_event, make_result, random_text


@pytest.fixture(params=DB_PARAMS)
def store(request, tmp_path):
    st = open_store(db_url(request.param, tmp_path))
    yield st
    st.close()


def _revised(text: str) -> str:
    return text.replace("strike", "attack", 1) + " Updated with the latest figures."


def test_revision_with_raised_toll_updates_the_canonical_event(store):
    text = random_text("kharkiv-revision", 150)
    first = store.add_result(make_result("orig", [make_event("orig", 1, killed=2, injured=9,
                                                             quote="killing two people")], text=text))
    assert first.status == "added"
    # 12 is far outside what two independent reports of 2 may say (counts_compatible is False):
    # only the revision link can join them
    out = store.add_result(make_result("rev", [make_event("rev", 1, killed=12, injured=9,
                                                          quote="killing 12 people")],
                                       text=_revised(text), date="2024-11-18"))
    assert out.status == "added" and out.revision_of == "orig" and out.events_added == 1
    got = store.get_event("orig-1")
    assert got.is_canonical and got.cluster_size == 2 and sorted(got.members) == ["orig-1", "rev-1"]
    f = got.event.fatalities
    assert (f.low, f.best, f.high) == (2, 12, 12)
    assert {c.quote for c in got.event.claims} == {"killing two people", "killing 12 people"}
    assert store.get_event("rev-1").cluster_id == "orig-1"
    assert store.query_events().count == 1
    # the same revision again is a duplicate; a copy of it with the same figures a near-duplicate
    assert store.add_result(make_result("rev", [make_event("rev", 1, killed=12)],
                                        text=_revised(text))).status == "duplicate"
    again = store.add_result(make_result("rev-copy", [make_event("rev-copy", 1, killed=12, injured=9)],
                                         text=_revised(text) + " Share this article."))
    assert again.status == "near_duplicate"
    assert store.integrity_problems() == []


def test_near_duplicate_with_the_same_facts_stays_a_source(store):
    text = random_text("same-facts", 150)
    store.add_result(make_result("a", [make_event("a", 1, killed=3)], text=text))
    out = store.add_result(make_result("b", [make_event("b", 1, killed=3, quote="other words")],
                                       text=_revised(text)))
    assert out.status == "near_duplicate" and out.duplicate_of == "a"
    assert store.get_event("b-1") is None


def test_revision_that_moves_the_place_and_adds_an_event(store):
    text = random_text("moved", 150)
    store.add_result(make_result("m1", [make_event("m1", 1, place="Kharkiv", killed=1)], text=text))
    out = store.add_result(make_result("m2", [
        make_event("m2", 1, place="Belgorod", killed=1),           # corrected place, same incident
        make_event("m2", 2, place="Odesa", killed=4, date="2024-11-17")], text=_revised(text)))
    assert out.status == "added" and out.revision_of == "m1"
    assert store.get_event("m2-1").cluster_id == "m1-1"
    assert store.get_event("m2-2").cluster_id == "m2-2"   # a new incident: its own event
    assert store.query_events().count == 2


def test_facts_and_pairing():
    a = make_event("x", 1, killed=2)
    b = make_event("y", 1, killed=2, quote="different words")
    c = make_event("y", 1, killed=5)
    assert not revision.facts_differ([a], [b])
    assert revision.facts_differ([a], [c])
    assert revision.facts_differ([a], [b, make_event("y", 2, place="Odesa")])
    assert revision.facts_differ([a], [make_event("y", 1, killed=2, event_type="air_drone_strike")])
    assert revision.pair_revision([c], [a]) == {0: 0}
    assert revision.pair_revision([make_event("y", 1, event_type="armed_clash")], [a]) == {}


KHARKIV = """Russian missile strike on Kharkiv apartment block kills {n}

KHARKIV, 14 March 2025 - A Russian Iskander-M missile hit a nine-storey apartment building in the \
Saltivskyi district of Kharkiv on Friday afternoon, killing {n} people and injuring 11 others, \
regional governor Oleh Syniehubov said.

"Rescuers are still working at the site, people may be under the rubble," Syniehubov wrote on \
Telegram. The upper floors of the building collapsed and several cars in the courtyard caught fire.

Mayor Ihor Terekhov said a kindergarten nearby was also damaged. Emergency services said the \
search would continue through the night.

Russia's defence ministry did not comment on the strike. Kharkiv, Ukraine's second-largest city, \
lies about 30 kilometres from the Russian border and is attacked almost daily.
"""


def test_republished_report_with_raised_toll_end_to_end(tmp_path):
    """The defect as found: the real extractor, a report and its re-publication with a raised toll."""
    st = open_store(str(tmp_path / "rev.db"))
    try:
        process = pipeline_processor()
        one = ingest(Settings(), [model.RawDocument(doc_id="kharkiv", text=KHARKIV.format(n="two"))], store=st, process=process)
        assert one.added == 1 and one.events_added >= 1 and one.revisions == 0
        # (the strike is placed in Kharkiv or its Saltivskyi district: either is the city's)
        before = [e for e in st.query_events().events if e.event.location and e.event.location.admin1_code == "UA-63"
                  and e.event.event_type == "missile_artillery_strike"]
        assert [e.event.fatalities.best for e in before] == [2]
        two = ingest(Settings(), [model.RawDocument(doc_id="kharkiv-upd", text=KHARKIV.format(n="nine"))], store=st, process=process)
        assert two.near_duplicates == 0 and two.added == 1 and two.revisions == 1 and two.events_added >= 1
        after = [e for e in st.query_events().events if e.event.location and e.event.location.admin1_code == "UA-63"
                 and e.event.event_type == "missile_artillery_strike"]
        assert len(after) == 1 and after[0].event.event_id == before[0].event.event_id
        ev = after[0].event
        assert ev.fatalities.best == 9 and ev.fatalities.low == 2
        quotes = [c.quote for c in ev.claims]
        assert any("killing two people" in q for q in quotes) and any("killing nine people" in q for q in quotes)
        # re-ingesting either adds nothing
        again = ingest(Settings(), [model.RawDocument(doc_id="kharkiv", text=KHARKIV.format(n="two")),
                                      model.RawDocument(doc_id="kharkiv-upd", text=KHARKIV.format(n="nine"))], store=st, process=process)
        assert again.added == 0 and again.events_added == 0
    finally:
        st.close()
