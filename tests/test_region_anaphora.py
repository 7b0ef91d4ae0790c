"""Places that a report gives by reference rather than by name, and landmarks written in lower case.

Regional officials speak of "the region" (their own), and their damage reports say "the attack damaged
…" without repeating where; a landmark such as a power plant is written "the Zaporizhzhia nuclear power
plant" as often as with capitals, and is not in the city it is named after. Invented reports."""
from helpers_extract import run as events_of


def _types(events):
    return [(e.event_type, e.location.admin1_code if e.location else None,
             e.location.precision if e.location else None) for e in events]


def test_over_the_region_is_the_governors_region():
    text = ("Air defence forces destroyed 11 Shahed drones over the region overnight, Poltava regional "
            "governor Volodymyr Kohut said on Tuesday.")
    ev = events_of(text, "2024-08-06")
    assert ("interception", "UA-53", 3) in _types(ev), _types(ev)


def test_in_the_region_is_the_region_named_before():
    text = ("Russia attacked the Sumy region with drones overnight, the regional administration said. "
            "A drone hit a farm building in the region, injuring one man.")
    ev = events_of(text, "2024-08-06")
    assert all(e.location is not None and e.location.admin1_code == "UA-59" for e in ev if e.event_type != "interception"), _types(ev)


def test_the_region_without_any_region_in_the_report_stays_unplaced():
    text = "Tensions in the region remain high after the attack, the Polish foreign minister said."
    assert events_of(text, "2024-08-06") == []


def test_damage_from_the_attack_is_placed_in_the_reporting_region():
    text = ("Air defence forces shot down nine drones over the Chernihiv region overnight, the regional "
            "governor said on Friday. The attack damaged two private houses and caused a fire at a "
            "warehouse, he said.")
    ev = events_of(text, "2024-03-01")
    strikes = [e for e in ev if e.event_type in ("air_drone_strike", "missile_artillery_strike")]
    assert strikes and strikes[0].location is not None and strikes[0].location.admin1_code == "UA-74", _types(ev)


def test_damage_sentence_with_a_country_only_is_not_moved_to_a_region():
    text = ("Air defence forces shot down nine drones over the Chernihiv region overnight. "
            "The attack damaged energy facilities across Ukraine, the energy ministry said.")
    ev = events_of(text, "2024-03-01")
    assert not [e for e in ev if e.event_type != "interception" and e.location is not None
                and e.location.admin1_code == "UA-74"], _types(ev)


def test_lower_case_landmark_is_the_landmark_not_the_namesake_city():
    text = "ENERHODAR, Jan 5 - A drone hit the Zaporizhzhia nuclear power plant's training centre on Thursday, the IAEA said."
    ev = events_of(text, "2023-01-05")
    assert len(ev) == 1, _types(ev)
    loc = ev[0].location
    assert loc.admin1_code == "UA-23" and abs(loc.lat - 47.51) < 0.1 and abs(loc.lon - 34.59) < 0.1, loc


def test_landmark_bridge_and_dam():
    ev = events_of("KHERSON, Nov 3 - Russian forces shelled the Antonivskyi Bridge on Thursday, the regional "
                   "administration said.", "2022-11-03")
    assert ev and ev[0].location.name.startswith("Antonivskyi") and ev[0].location.admin1_code == "UA-65", _types(ev)
    ev = events_of("The Kakhovka dam was blown up overnight, flooding villages downstream, Ukrainian officials said.", "2023-06-06")
    assert ev and ev[0].location.admin1_code == "UA-65" and ev[0].location.precision <= 2, _types(ev)


def test_russian_air_base_landmark():
    ev = events_of("Ukrainian drones struck the Engels air base in Russia's Saratov region overnight, a source said.", "2024-01-10")
    assert ev and ev[0].location.admin1_code == "RU-SAR" and ev[0].location.precision <= 2, _types(ev)


def test_mine_blast_injury_is_a_wound_not_an_explosive_attack():
    text = ("A Ukrainian soldier was wounded near Huliaipole on Saturday. He suffered a mine-blast injury, "
            "contusions and shrapnel wounds to his legs, the brigade said.")
    ev = events_of(text, "2025-05-04")
    assert not [e for e in ev if e.event_type == "remote_explosive"], _types(ev)
    assert events_of("A tractor driver was injured when a mine exploded in a field near Kupiansk on Monday.", "2025-05-05")[0].event_type == "remote_explosive"


def test_the_governor_of_the_region_of_x_speaks_for_that_region():
    ev = events_of("The governor of the southern region of Mykolaiv said that the air force destroyed 13 drones over "
                   "his region.", "2024-08-06")
    assert [(e.event_type, e.location.admin1_code) for e in ev] == [("interception", "UA-48")], \
        [(e.event_type, e.location) for e in ev]
