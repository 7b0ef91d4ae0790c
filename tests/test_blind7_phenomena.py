"""Phenomena found on the seventh invented blind set (eval/invented/blind7, HALF=1), each written here in new
invented sentences: air defence "broken through" is no ground fighting; launchers in "Russia's Belgorod
region" are an origin; a proposal to exchange, people said to remain in detention, "occupied areas" and
an agent "recruited via Telegram" are no events; a town of a region the text names outweighs a village
of another region named; a regional governor's channel gives "the region" and unplaced incidents its
region; gas supply interrupted; suspects detained in the town of their paragraph; a gathering
"demanding" is a protest; Molotov cocktails thrown; a sentence right after a dated one keeps its day."""
import datetime as dt

import pytest

from helpers_extract import run as events_of
from sitrep.extract.events import extract_events


def _where(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.admin1_code if e.location else None,
             str(e.date)) for e in events]


@pytest.mark.parametrize("text", [
    '"The enemy tried to break through our air defence by sending drones along the river," the spokesman said.',
    "Kyiv has repeatedly proposed exchanging all prisoners held by both sides.",
    "Thousands of Ukrainian civilians are believed to be held in Russia, many of them detained in occupied areas.",
    "The ombudsman says at least 9,000 civilians remain in Russian detention, a figure that cannot be verified.",
    "According to the SBU, the woman was recruited via a messaging app and could face life imprisonment.",
])
def test_no_event(text):
    assert events_of(text, "2025-12-19") == [], _where(events_of(text, "2025-12-19"))


def test_launchers_in_a_countrys_region_are_the_origin():
    events = events_of("In Sumy, two S-300 missiles fired from Russia's Kursk region hit a warehouse early on Thursday, "
                       "the governor said.", "2023-02-16")
    assert [e.location.admin1_code for e in events] == ["UA-59"], _where(events)


def test_a_town_of_a_region_named_outweighs_a_village_of_another_region_named():
    events = events_of("In the Poltava region, the attack hit gas infrastructure in the Myrhorod district. In the Kharkiv "
                       "region, a gas facility was damaged. In the town of Balakliia, a drone hit a residential building, "
                       "injuring three people.", "2025-10-03")
    town = [e for e in events if e.location and e.location.name.startswith("Balakli")]
    assert town and town[0].location.admin1_code == "UA-63", _where(events)


def test_a_regional_governors_channel_places_the_region_and_gas_cuts():
    text = ("Situation in the region over the past day\n\nOver the past day, the enemy attacked 12 settlements of the region. "
            "30 drones were launched.\n\nIn the settlement of Urazovo, a drone hit a gas pipeline. Gas supply to 200 "
            "households has been interrupted.")
    events = extract_events("b", text, dt.date(2025, 2, 9), outlet="Belgorod Region Governor (Telegram)")
    assert events and all(e.location.admin1_code == "RU-BEL" for e in events), _where(events)
    assert [e for e in events if e.event_type == "infrastructure_disruption"], _where(events)


def test_suspects_detained_in_the_town_of_their_paragraph_and_a_gathering_demanding():
    text = ("Two teenagers in Tver set fire to a railway relay cabinet late on Saturday, police said. The suspects were "
            "detained on Sunday.\n\nOn Sunday, about 40 women gathered outside the regional government building in Omsk, "
            "demanding that their husbands be demobilised. Police detained two of them after an hour.\n\n"
            "In Kaluga, unknown people threw a Molotov cocktail at the door of an enlistment office early on Monday.")
    events = events_of(text, "2024-10-14")
    got = {(e.event_type, e.location.name) for e in events}
    assert ("arrest", "Tver") in got and ("protest", "Omsk") in got and ("looting_destruction", "Kaluga") in got, _where(events)
    protest = next(e for e in events if e.event_type == "protest")
    assert str(protest.date) == "2024-10-13", _where(events)


def test_leaders_who_agree_to_lend_decide_where_they_meet():
    events = events_of("EU leaders agreed early on Friday in Brussels to lend Ukraine 50 billion euros over two years.",
                       "2025-12-19")
    assert [(e.event_type, e.actor1_side, e.location.admin1_code) for e in events] == [("policy_decision", "EU", "BE-BRU")], _where(events)


def test_a_law_adopted_last_spring_is_no_new_decision_and_a_named_air_base_is_the_place():
    assert events_of("The mobilisation law adopted last spring has increased the flow of recruits, commanders say.",
                     "2024-11-20") == []
    from sitrep.geo import get_gazetteer
    got = {m.text: m.location.admin1_code for m in get_gazetteer().find_mentions(
        "Defence ministers met at Ramstein Air Base in Germany on Thursday.") if m.location}
    assert got.get("Ramstein Air Base") == "DE-RP", got


def test_a_timelines_year_heading_dates_its_entries():
    text = ("Timeline: the road to the talks\n\n2024\n\nMarch 12: Russian and Ukrainian negotiators met in Doha to discuss "
            "an energy truce.\n\n2026\n\nJanuary 30: Russian, Ukrainian and US delegations held talks in Abu Dhabi.")
    events = events_of(text, "2026-02-21")
    assert [(e.location.name, str(e.date)) for e in events] == [("Abu Dhabi", "2026-01-30")], _where(events)


def test_drones_destroyed_over_regions_and_a_day_before_the_rally():
    events = events_of("Air defences shot down 30 drones overnight, the ministry said. Of the drones, 12 were destroyed "
                       "over the Kursk region, and the others over the Oryol and Bryansk regions.", "2024-07-09")
    assert {e.location.admin1_code for e in events if e.event_type == "interception"} >= {"RU-KRS", "RU-ORL", "RU-BRY"}, _where(events)
    assert not [e for e in events if e.event_type in ("air_drone_strike", "missile_artillery_strike")], _where(events)
    assert events_of("On Friday, the day before the rally, the governor announced higher payments to displaced "
                     "families.", "2024-11-05") == []


@pytest.mark.parametrize("text, side, cc", [
    ("Air defence systems shot down three HIMARS rockets and 41 unmanned aerial vehicles over the past day.", "RU", "RU"),
    ("Air defence systems on duty destroyed 58 Ukrainian fixed-wing drones overnight, the ministry reported.", "RU", "RU"),
    ("Air defence shot down 40 Shahed drones over the Kyiv region overnight.", "UA", "UA"),
])
def test_an_air_defence_named_alone_is_not_the_side_whose_weapons_it_downs(text, side, cc):
    events = events_of(text, "2024-07-09")
    assert [(e.actor1_side, e.location.country_code) for e in events] == [(side, cc)], _where(events)


def test_talks_on_the_sidelines_are_where_the_meeting_was():
    text = ("NATO defence ministers met in Brussels on Thursday to discuss air defence for Ukraine.\n\n"
            "Ukraine's defence minister, who attended the meeting, held talks on the sidelines with his Turkish counterpart.")
    events = events_of(text, "2025-10-17")
    assert events and all(e.location.country_code == "BE" for e in events if e.event_type == "diplomatic_contact"), _where(events)
