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


# ------------------------------------------------------------------ "N drones destroyed": a reduced passive
def test_drones_destroyed_without_an_auxiliary_are_an_interception_by_the_side_that_claims_it():
    got = _typed("The Russian defence ministry said 44 Ukrainian drones destroyed overnight, 12 of them over the "
                 "Kaluga region.", "2026-03-12")
    assert {(t, p, s) for t, p, _d, s in got} == {("interception", "Russia", "RU"), ("interception", "Kaluga", "RU")}, got


def test_drones_that_destroyed_houses_are_no_interception():
    got = _typed("Overnight, Russian drones destroyed three houses in Sumy, the governor said.", "2026-03-12")
    assert [t for t, *_ in got] == ["air_drone_strike"], got


def test_a_tally_of_the_enemys_losses_is_no_interception():
    got = _typed("The brigade summed up the week: 52 Russian soldiers killed, three tanks, six armoured vehicles and "
                 "fourteen drones destroyed.", "2026-03-12")
    assert "interception" not in [t for t, *_ in got], got


# ------------------------------------------------------------------ attackers driven back from an edge: fighting
def test_assault_groups_pushed_back_from_the_edge_of_a_town_is_a_clash():
    got = _typed("The General Staff said on Thursday that Russian assault groups had been pushed back from the "
                 "northern edge of Toretsk.", "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("armed_clash", "Toretsk")], got


def test_troops_pushed_out_of_a_village_is_still_a_change_of_territory():
    got = _typed("On Tuesday Ukrainian troops pushed Russian units out of Pishchane, the brigade said.", "2026-03-12")
    assert [t for t, *_ in got] == ["territory_change"], got


def test_a_vote_years_ago_is_background():
    got = _typed("The memorial was built soon after the city council voted in 2015 to rename the square.", "2026-03-12")
    assert "policy_decision" not in [t for t, *_ in got], got


# ------------------------------------------------------------------ an appeal is no contact
def test_a_ministry_calling_on_allies_to_act_makes_no_contact():
    got = _typed("On Monday Moldova's foreign ministry called on the EU and the United States to send more "
                 "air-defence systems to its border.", "2026-03-12")
    assert "diplomatic_contact" not in [t for t, *_ in got], got


def test_a_president_calling_his_counterpart_is_a_contact():
    got = _typed("The Polish president called his Ukrainian counterpart on Monday to discuss the grain dispute.", "2026-03-12")
    assert [t for t, *_ in got] == ["diplomatic_contact"], got
