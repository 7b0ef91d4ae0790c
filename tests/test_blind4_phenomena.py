"""Phenomena found on the fourth invented blind set (eval/invented/blind4, HALF=1), each written here in new
invented sentences: a commodity named after a place ("Brent crude") is no place; a district named after
another district of the same city is that city's ("the city's Kyivskyi district ... the Slobidskyi
district"); "Earlier, at about 21:40 on Tuesday" tells another incident."""
from helpers_extract import run as events_of

REGIONAL = """Russian strikes hit the Kharkiv region overnight, officials said.

Kharkiv

Overnight, a Russian drone hit a private house in the city's Kyivskyi district, injuring a 72-year-old woman, the mayor said. Earlier, at about 21:40 on Tuesday, an S-300 missile struck an industrial enterprise in the Slobidskyi district.

Kupiansk district

On Tuesday, Russian shelling killed a 45-year-old man in the village of Kivsharivka.
"""


def test_a_commodity_named_after_a_place_is_no_place():
    events = events_of("Naval drones attacked a Russian warship near Novorossiysk overnight, the navy said. "
                       "Benchmark Brent crude futures rose 1.3% on news of the attack.", "2023-08-05")
    assert [e.location.name for e in events] == ["Novorossiysk"], [(e.event_type, e.location) for e in events]


def test_a_district_after_another_district_is_the_same_citys():
    events = events_of(REGIONAL, "2024-06-12")
    missile = [e for e in events if e.event_type == "missile_artillery_strike" and e.date == "2024-06-11"
               and e.location.admin1_code == "UA-63" and e.location.name != "Kivsharivka"]
    assert missile and missile[0].location.name.startswith("Slobid"), [(e.event_type, e.location.name, e.location.admin1_code) for e in events]


def test_earlier_at_a_time_is_another_incident():
    events = events_of(REGIONAL, "2024-06-12")
    in_kharkiv = [e for e in events if e.location.admin1_code == "UA-63" and e.location.name != "Kivsharivka"]
    assert {e.event_type for e in in_kharkiv} == {"air_drone_strike", "missile_artillery_strike"}, \
        [(e.event_type, e.location.name, e.date) for e in events]


import pytest  # noqa: E402


def test_a_rally_of_relatives_of_detainees_is_a_protest_and_its_sequel_no_new_one():
    events = events_of("In Kherson, relatives of residents detained in the occupied part of the region held a rally on "
                       "Tuesday outside the regional administration building. The rally passed peacefully.", "2026-01-14")
    assert [(e.event_type, e.location.name) for e in events] == [("protest", "Kherson")]


@pytest.mark.parametrize("text", [
    "Lithuania protests Belarusian balloon incursions; Poland closes border crossing",
    "The foreign ministry protested the incursion and summoned the Russian charge d'affaires.",
])
def test_a_states_protest_is_no_demonstration(text):
    assert "protest" not in {e.event_type for e in events_of(text, "2026-01-14")}


@pytest.mark.parametrize("text", [
    "Hundreds of people protested in Tbilisi on Tuesday against the government.",
    "Detainees in a prison near Kharkiv protested on Tuesday after the death of a fellow inmate.",
])
def test_people_who_protest_still_protest(text):
    assert "protest" in {e.event_type for e in events_of(text, "2026-01-14")}


def test_shells_in_an_aid_package_are_no_strike():
    events = events_of("Germany on Tuesday pledged a new aid package for Ukraine that includes 50,000 artillery shells "
                       "and four IRIS-T systems.", "2026-08-12")
    assert [(e.event_type, e.location.country_code) for e in events] == [("policy_decision", "DE")]


def test_missiles_sent_towards_a_country_are_a_strike():
    events = events_of("According to Ukraine's air force, Russia sent 35 missiles and 381 drones towards Ukraine overnight.", "2026-08-12")
    assert [e.event_type for e in events] == ["missile_artillery_strike"]


def test_an_eu_decision_is_taken_in_brussels():
    events = events_of("The European Union adopted its 22nd package of sanctions against Russia on Monday.", "2026-08-11")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("policy_decision", "BE-BRU")]
