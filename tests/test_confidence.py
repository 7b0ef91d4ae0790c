"""Event confidence (EVENTS.md optional field): a transparent additive score from sitrep/data/confidence.tsv."""
from sitrep.extract.confidence import explain, score, weights
from helpers_extract import only, run as events_of


def test_every_event_has_a_confidence_in_range():
    events = events_of("Russian artillery shelled the village of Bilozerka on Tuesday, killing two residents, the governor said. "
                       "Three people were killed, officials said.")
    assert events and all(e.confidence is not None and 0.0 < e.confidence < 1.0 for e in events)


def test_a_placed_dated_counted_strike_outranks_a_vague_one():
    strong = only(events_of("Russian artillery shelled the village of Bilozerka on Tuesday, killing two residents, the governor said."))
    vague = only(events_of("Officials said a drone attack had damaged a building in Kharkiv region."))
    assert strong.confidence > vague.confidence


def test_terms_explain_the_score():
    terms = explain(strength="strong", rules=["trigger.missile_artillery_strike", "fallback.casualties_in_conflict"],
                    sentences=3, casualties=True, weapon_count=False, precision=1, day_date=True,
                    disputed=True, headline_only=False)
    names = [t[0] for t in terms]
    assert "rule=fallback.*" in names and "sentences x2" in names and "disputed" in names
    w = weights()
    expected = w.get("base") + w.get("strength=strong") + w.get("rule=fallback.*") + 2 * w.get("sentences") \
        + w.get("casualties") + w.get("place=1") + w.get("day_date") + w.get("disputed")
    assert score(terms) == round(min(w.get("ceiling"), max(w.get("floor"), expected)), 2)


def test_score_is_clamped():
    assert score([("base", 5.0)]) == weights().get("ceiling")
    assert score([("base", -5.0)]) == weights().get("floor")
