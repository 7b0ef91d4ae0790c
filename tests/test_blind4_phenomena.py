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
