"""Regional summaries whose paragraphs open with the place they tell of (issue 10: Telegram-style
digests): "Shostka. At night, drones attacked ..." — the label places the paragraph's first event
sentence and any later one that says "the town"; a label's name is a place even as the first word
of a sentence when a unit word follows ("Horodnia community."); "opened fire and the group
retreated" is no armed group formed, and a sabotage group trying to cross the border is a clash.
Invented text."""
from helpers_extract import run as events_of

DIGEST = """Over the past day, Russian troops carried out 61 attacks on 22 settlements of the Sumy region, the regional administration reported.

Shostka. At night, drones attacked an energy facility. Part of the town was left without electricity.

Horodnia community. Over the past day, Russian forces fired at the community five times with mortars. There were no casualties; a shed and power lines were damaged.

Nizhyn. The Security Service of Ukraine detained a local resident who, investigators say, passed the positions of air defence in the city to Russian intelligence.
"""


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.rules) for e in events]


def test_labels_place_their_paragraphs():
    events = events_of(DIGEST, "2025-07-29")
    placed = {(e.event_type, e.location.name) for e in events if e.location is not None}
    assert ("air_drone_strike", "Shostka") in placed, _summary(events)
    assert ("infrastructure_disruption", "Shostka") in placed, _summary(events)
    assert ("missile_artillery_strike", "Horodnia") in placed, _summary(events)
    assert ("arrest", "Nizhyn") in placed, _summary(events)
    assert not [e for e in events if e.location is not None and e.location.precision == 4], _summary(events)


def test_an_outcome_sentence_joins_its_event_not_a_new_one():
    events = events_of(DIGEST, "2025-07-29")
    assert len([e for e in events if e.location is not None and e.location.name == "Horodnia"]) == 1, _summary(events)


def test_border_infiltration_is_a_clash():
    text = ("Overnight, a Russian sabotage and reconnaissance group tried to cross the state border near Senkivka. "
            "Border guards opened fire and the group retreated to Russian territory, the border service said.")
    events = events_of(text, "2024-01-13")
    assert [e.event_type for e in events] == ["armed_clash"], _summary(events)
    assert "armed_group_change" not in {e.event_type for e in events}
