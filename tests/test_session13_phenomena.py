"""Phenomena found on the studied halves (HALF=1) of the sets studied in the thirteenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of


def _types_places(text: str, ref: str = "2026-02-24"):
    return [(e.event_type, e.location.name if e.location else None) for e in events_of(text, ref)]


# ------------------------------------------------------------------ other news on a war page
_WAR_LEAD = ("Russian drones and missiles struck Kharkiv and Odesa overnight, killing three people, Ukrainian officials said. "
             "Ukraine's air force said it shot down 71 of the 90 drones Russia launched.\n\n")


def test_world_news_items_on_a_war_page_are_not_events():
    page = _WAR_LEAD + ("Elsewhere in the world. A drone strike on a fuel depot in Port Sudan killed four guards on Monday, "
                        "according to a local monitoring group.\n\n"
                        "A Moscow court jailed a blogger for five years on Monday. In Serbia, riot police in Belgrade detained "
                        "25 students at a rally against a new media law on Monday night.")
    got = _types_places(page)
    assert not [p for _, p in got if p in ("Port Sudan", "Belgrade", "Sudan", "Serbia")], got
    assert ("air_drone_strike", "Kharkiv") in got or ("missile_artillery_strike", "Kharkiv") in got


def test_a_foreign_incident_tied_to_the_war_stays():
    page = _WAR_LEAD + ("Police in Berlin arrested two men on Monday suspected of planning arson attacks on behalf of Russian "
                        "military intelligence, prosecutors said.\n\n"
                        "A drifting sea mine exploded off the Turkish coast near Kiyikoy on Monday, damaging a fishing boat, "
                        "the coast guard said.")
    got = _types_places(page)
    assert [t for t, p in got if p == "Berlin"] == ["arrest"], got
    assert any(t == "remote_explosive" for t, _ in got), got


def test_a_page_about_another_country_keeps_its_events():
    page = ("Serbian police break up student rally in Belgrade\n\n"
            "Riot police in Belgrade used tear gas late on Monday against thousands of students who had blocked a bridge, "
            "the interior ministry said. The students accuse the government of drifting towards Moscow, as Russia's "
            "war in Ukraine enters its fifth year. Eleven people were detained, the ministry said.")
    got = _types_places(page)
    assert ("protest", "Belgrade") in got, got


# ------------------------------------------------------------------ dates: "overnight on 12 to 13 March"
def test_overnight_on_two_days_is_the_morning_it_ended():
    text = ("Russia launched 54 drones at Ukraine overnight on 12 to 13 March, the air force said on Thursday. "
            "Air defence shot down 38 of them.")
    got = {(e.event_type, str(e.date)) for e in events_of(text, "2025-03-13")}
    assert ("air_drone_strike", "2025-03-13") in got and ("interception", "2025-03-13") in got, got


# ------------------------------------------------------------------ background of a period
@pytest.mark.parametrize("text", [
    "Russian troops have retaken a string of hamlets along the river since early October, officials concede.",
    "The conscription law, in force since April, has doubled the number of recruits, the ministry says.",
    "About 4,100 square kilometres: the ground Russian forces have seized over the past twelve months, by the mappers' count.",
    "The two foreign ministers last met in Geneva in the spring, and the talks ended without a joint statement.",
    "The commander declined to say how many rockets were fired at the depot.",
])
def test_background_of_a_period_is_no_event(text):
    assert _types_places(text, "2025-11-20") == []


# ------------------------------------------------------------------ the night's strike and the afternoon's
def test_a_night_strike_and_an_afternoon_strike_on_one_city_are_two():
    text = ("Russia attacked Ukraine with missiles and drones overnight, and officials reported damage to houses in Zaporizhzhia.\n\n"
            "In the afternoon, a guided aerial bomb hit a warehouse in Zaporizhzhia, injuring three workers, the governor said.")
    got = [t for t, p in _types_places(text, "2025-11-20") if p and p.startswith("Zaporizh")]
    assert "air_drone_strike" in got and len(got) == 2, got
