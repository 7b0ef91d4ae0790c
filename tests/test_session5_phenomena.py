"""Phenomena found on the check halves of older blind sets (blind4 HALF=2, blind8 HALF=2) in the fifth
session, each written here in new invented sentences: a title-case wire dateline with the agency in
brackets ("Kyiv (Reuters) -") is where the report was filed; "the Moscow-installed mayor of Horlivka"
does not put the shelling in Moscow; "troops captured Kurakhivka" is a capture, while "soldiers captured
in Mariupol" are prisoners; "Nobody has liberated anything" denies; planes "diverted to Riga" put the
disruption at the airport they left; a "note of protest" is no demonstration; "riot police" is no riot;
"hit by a car" is a road accident; "No injuries were reported" alone is no event; "blackouts across the
region" are in the region named before; a headline that told the day's outage does not take in
tomorrow's scheduled cuts."""
import pytest

from helpers_extract import run as events_of


def _where(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.admin1_code if e.location else None,
             str(e.date)) for e in events]


def test_title_case_dateline_with_agency_is_not_the_place():
    events = events_of("Russia says it captured village in Kharkiv region\n\nKyiv (Reuters) - Russian forces captured the "
                       "village of Novoselivka in Ukraine's Kharkiv region, the defence ministry said on Tuesday. Ukraine's "
                       "general staff did not comment.", "2025-03-12")
    assert events and all(e.location.admin1_code == "UA-63" for e in events), _where(events)
    assert all(e.event_type == "territory_change" for e in events), _where(events)


def test_a_city_installed_official_is_not_the_place():
    events = events_of("The Moscow-installed mayor of Horlivka said shelling killed two people in the city on Tuesday.",
                       "2025-03-12")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("missile_artillery_strike", "UA-14")], _where(events)


@pytest.mark.parametrize("text,place", [
    ("Russian troops captured Kurakhivka, about 6 km east of Pokrovsk, the ministry said on Tuesday.", "Kurakhivka"),
    ("Russian troops captured Novoselivka in the Donetsk region, the ministry said on Tuesday.", "Novoselivka"),
    ("Ukrainian soldiers captured the village of Robotyne, a brigade spokesman said on Tuesday.", "Robotyne"),
])
def test_troops_capturing_a_place(text, place):
    events = events_of(text, "2025-03-12")
    assert [(e.event_type, e.location.name) for e in events] == [("territory_change", place)], _where(events)


@pytest.mark.parametrize("text", [
    'A Ukrainian commander rejected the claim. "Nobody has liberated anything," he said.',
    "Police in Chernivtsi said a pedestrian had been hit by a car near the station on Monday. No injuries were reported.",
    "Riot police officers stood in lines along the avenue as the embassy closed for the day.",
])
def test_no_event(text):
    assert events_of(text, "2025-03-12") == [], _where(events_of(text, "2025-03-12"))


def test_soldiers_captured_in_a_city_are_prisoners_not_ground():
    events = events_of("Ukraine and Russia swapped 150 prisoners each on Tuesday. Among those released were marines "
                       "captured in Mariupol in 2022, the coordination headquarters said.", "2025-03-12")
    assert "territory_change" not in [e.event_type for e in events], _where(events)


def test_planes_diverted_elsewhere():
    events = events_of("Flights at Vilnius airport were suspended for two hours on Tuesday night and three planes were "
                       "diverted to Riga, after balloons entered Lithuanian airspace from Belarus.", "2025-03-12")
    assert [e.location.admin1_code for e in events if e.event_type == "infrastructure_disruption"] == ["LT-VL"], _where(events)


def test_a_note_of_protest_is_no_demonstration():
    for text in ("Lithuania's foreign ministry summoned Belarus's charge d'affaires on Wednesday and handed him a note of protest.",
                 "Warsaw lodged a formal protest with Moscow over the incursion on Wednesday."):
        assert "protest" not in [e.event_type for e in events_of(text, "2025-03-12")], _where(events_of(text, "2025-03-12"))


def test_riot_police_at_a_rally_is_a_protest():
    events = events_of("Riot police detained dozens of people at a rally against mobilisation in Yekaterinburg on Tuesday, "
                       "a rights group said.", "2025-03-12")
    assert events and events[0].event_type == "protest", _where(events)


def test_scheduled_cuts_across_the_region_stay_apart_from_the_attacks_outage():
    text = ("Drone attack cuts power in Konotop\n\nRussian drones struck a substation in the Konotop district of the Sumy "
            "region overnight, leaving 9,000 homes without electricity, regional officials said on Wednesday.\n\n"
            "The regional power company said rolling blackouts would apply across the region on Thursday.")
    events = events_of(text, "2025-03-12")
    outages = sorted((str(e.date), e.location.admin1_code, e.location.precision) for e in events
                     if e.event_type == "infrastructure_disruption")
    assert outages == [("2025-03-12", "UA-59", 1), ("2025-03-13", "UA-59", 3)], _where(events)
