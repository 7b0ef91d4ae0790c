"""Phenomena found on the sixth invented blind set (eval/invented/blind6: long analytical pages, HALF=2),
each written here in new invented sentences: a weekly round-up's day headings ("Saturday: the grid")
run forward in time and date their paragraphs; a rank in a period ("the first such measure in
November") does not date the event; front sectors listed as "the A, B and C directions" are regions,
and forces attacking in them fight on the ground; a monitor's casualty statistics are no incidents."""
from helpers_extract import run as events_of


def _where(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.admin1_code if e.location else None,
             e.date) for e in events]


ROUNDUP = """A week of war: blackouts, a burning depot and a contested village

Friday 21 March 2025

The week had a rhythm that residents of the east know well.

Friday: blackouts

Overnight into Friday, Russian missiles struck a thermal power plant in the Kharkiv region, the regional governor said. By the morning, power cuts were imposed across the region.

Saturday: the depot

On Saturday night Ukrainian drones set fire to a fuel depot in Rossosh, in Russia's Voronezh region, the governor there said.

Thursday: the village

Russia's defence ministry claimed the capture of Novoandriivka, in the Zaporizhzhia region. During the night, drones also hit a warehouse in Zaporizhzhia, wounding a guard.
"""


def test_round_up_day_headings_run_forward_and_date_their_paragraphs():
    events = events_of(ROUNDUP, "2025-03-21")
    by_place = {(e.event_type, e.location.admin1_code): str(e.date) for e in events if e.location}
    # the first "Friday" is a week before the report's Friday; "Thursday" is the day before the report
    assert by_place.get(("missile_artillery_strike", "UA-63")) == "2025-03-14", _where(events)
    assert by_place.get(("air_drone_strike", "RU-VOR")) == "2025-03-15", _where(events)
    assert by_place.get(("territory_change", "UA-23")) == "2025-03-20", _where(events)
    assert by_place.get(("air_drone_strike", "UA-23")) == "2025-03-20", _where(events)


def test_a_rank_in_a_period_does_not_date_the_event():
    events = events_of("Overnight, Russia hit energy facilities in the Sumy region. By noon the grid operator had "
                       "introduced emergency power cuts across the Sumy region, the first such measure in March.", "2025-03-21")
    outages = [e for e in events if e.event_type == "infrastructure_disruption"]
    assert outages and str(outages[0].date) == "2025-03-21" and not outages[0].date_end, _where(events)


def test_front_sectors_listed_as_directions_are_regions_with_ground_fighting():
    events = events_of("Russian forces attacked in the Kupiansk, Lyman, Pokrovsk and Huliaipole directions on March 20.",
                       "2025-03-21")
    assert {e.event_type for e in events} == {"armed_clash"}, _where(events)
    assert {(e.location.admin1_code, e.location.precision) for e in events} == {("UA-63", 3), ("UA-14", 3), ("UA-23", 3)}, _where(events)


def test_a_monitors_casualty_statistics_are_no_incidents():
    text = ("In February, the monitoring mission recorded 204 civilian casualties in Ukraine. Civilian casualties were "
            "recorded in 13 regions and in the city of Kyiv. The highest numbers were recorded in Donetsk region "
            "(35 killed, 120 injured) and Kherson region (18 killed, 77 injured). Glide bombs caused 24 per cent of "
            "the casualties (22 killed and 41 injured). The remaining casualties were caused by mines. On 12 February, "
            "a missile struck a shop in Kupiansk, killing three civilians.")
    events = events_of(text, "2025-03-10")
    assert [(e.event_type, e.location.name) for e in events] == [("missile_artillery_strike", "Kupiansk")] \
        or [(e.event_type, e.location.admin1_code, str(e.date)) for e in events] == [("missile_artillery_strike", "UA-63", "2025-02-12")], \
        _where(events)


import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    'Moscow continues to describe the Ukrainian operation in the Belgorod region as a "terrorist attack".',
    '"We will be back next year," said Halyna Petruk, who came from Sumy for the rally.',
    "Observers note that the ministry has in the past announced the capture of villages that later proved contested.",
    "Romanian jets have been scrambled dozens of times since the start of the invasion.",
    "Unexploded ordnance continued to cause casualties among farmers returning to fields that had been retaken by Ukrainian forces in the Kherson region.",
    "The monitors interviewed 30 released prisoners of war; most of them described beatings and torture during their captivity.",
    "Russian officials keep invoking the Battle of Stalingrad of August 23, 1942 to February 2, 1943, in which Soviet forces encircled a German army.",
])
def test_labels_references_habits_and_testimony_are_no_new_events(text):
    assert events_of(text, "2025-10-09") == [], _where(events_of(text, "2025-10-09"))


def test_ground_attacks_in_a_town_and_launch_sites_over_a_region():
    events = events_of("Russian forces continued attacks in Toretsk itself on July 27. Russian forces also attacked near "
                       "Kurakhove on July 27.", "2025-07-28")
    assert {e.event_type for e in events} == {"armed_clash"}, _where(events)
    events = events_of("Russia launched five Kh-101 cruise missiles from Tu-95MS bombers over the Volgograd region and "
                       "60 Shahed drones at Ukraine overnight, the air force said.", "2025-07-28")
    assert not [e for e in events if e.location and e.location.admin1_code == "RU-VGG"], _where(events)


def test_a_city_s_district_written_with_city():
    events = events_of("Russian artillery fire killed a man in Kherson City's Dniprovskyi Raion on the afternoon of July 27.",
                       "2025-07-28")
    assert [(e.location.admin1_code) for e in events] == ["UA-65"], _where(events)


def test_a_bare_headline_of_other_news_gives_no_casualties_to_the_war():
    text = ("Russian drones struck Kharkiv overnight, killing two people.\n\n"
            "Hikers rescue three climbers stranded on Mont Blanc, two found dead\n\n"
            "Ukraine said its air defences shot down 40 drones.")
    events = events_of(text, "2026-02-21")
    strike = [e for e in events if e.event_type in ("air_drone_strike", "missile_artillery_strike")]
    assert len(strike) == 1 and strike[0].fatalities.best == 2, _where(events)
