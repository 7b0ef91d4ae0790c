"""Phenomena found on the studied halves (HALF=1) of the invented sets in the seventeenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of


def _typed(text: str, ref: str):
    return [(e.event_type, e.location.name if e.location else None, e.date, e.actor1_side) for e in events_of(text, ref)]


# ------------------------------------------------------------------ a decision is where the deciding state is
@pytest.mark.parametrize("text,country", [
    ("Late on Tuesday, the Taoiseach announced an extra €30 million in winter aid for Ukraine, mostly boilers.", "Ireland"),
    ("On Wednesday the Riksdag approved a new defence package for Ukraine worth 3 billion kronor.", "Sweden"),
    ("The Knesset on Monday approved a bill to send generators to Ukraine.", "Israel"),
    ("The Sejm on Thursday approved a law extending aid to Ukrainian refugees until June.", "Poland"),
    ("Downing Street announced a further £200 million package of drones for Ukraine on Friday.", "United Kingdom"),
])
def test_an_institution_without_a_demonym_places_its_decision_in_its_country(text, country):
    got = _typed(text, "2026-03-14")
    assert [(t, p) for t, p, _d, _s in got] == [("policy_decision", country)], got


def test_a_parliament_that_votes_to_send_weapons_decides():
    got = _typed("The Bundestag voted on Thursday to send more air-defence systems to Ukraine.", "2026-03-14")
    assert [(t, p, d) for t, p, d, _s in got] == [("policy_decision", "Germany", "2026-03-12")], got
