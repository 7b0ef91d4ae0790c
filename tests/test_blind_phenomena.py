"""Phenomena found on an invented blind set of reports (issue 10), each in new invented sentences:
an air defence named without its country is the speaker's; decisions since the invasion are a
tally; "Since X quit the deal, ... dozens of times" is background; a missile-and-drone wave with
aircraft as launchers is a missile strike; a schedule "would apply on Wednesday" is the Wednesday
to come; "destroyed over the regions" and "lost from radar" are interceptions; "the town's flanks"
is the town named before; "readies a counteroffensive" is no event but "launched a
counteroffensive" is a clash; "the pattern is unchanged" describes a habit."""
import datetime as dt

import pytest

from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.actor1_side, e.rules) for e in events]


def test_air_defence_of_the_speaker():
    events = events_of("Air defence systems on duty destroyed 31 Ukrainian drones overnight, the Russian Defence Ministry said on Monday.", "2025-01-27")
    inter = [e for e in events if e.event_type == "interception"]
    assert inter and inter[0].actor1_side == "RU" and inter[0].actor2_side == "UA", _summary(events)
    assert inter[0].location.country_code == "RU", _summary(events)


@pytest.mark.parametrize("text", [
    "Japan has sanctioned more than 900 Russian individuals and entities since the full-scale invasion began.",
    "Since Moscow pulled out of the grain deal in July, Russian forces have struck Ukrainian ports dozens of times, officials said.",
    "The pattern is unchanged: drone attacks at night on the grid, glide bombs by day on frontline towns.",
    "Moscow claims a foiled sabotage plot as Kyiv readies its counteroffensive",
])
def test_background_habits_and_plans(text):
    assert events_of(text, "2025-01-27") == [], _summary(events_of(text, "2025-01-27"))


def test_missiles_launched_from_aircraft_with_drones_make_a_missile_wave():
    events = events_of("Russia attacked the south overnight with 31 Shahed drones and three Kh-59 missiles launched from aircraft, the air force said.", "2025-01-27")
    assert [e.event_type for e in events if e.parent_id is None][0] == "missile_artillery_strike", _summary(events)


def test_a_schedule_to_come_takes_the_next_weekday():
    # 2025-11-18 is a Tuesday
    events = events_of("Power outage schedules will apply in all regions on Thursday because of the damage, the grid operator said.", "2025-11-18")
    outages = [e for e in events if e.event_type == "infrastructure_disruption"]
    assert outages and str(outages[0].date) == "2025-11-20", _summary(events)


def test_destroyed_over_regions_and_lost_from_radar_are_interceptions():
    events = events_of("Eight of the drones were destroyed over the Poltava and Sumy regions, and the rest were lost from radar, the air force said.", "2025-01-27")
    assert events and {e.event_type for e in events} == {"interception"}, _summary(events)


def test_the_towns_flanks_are_the_town_named_before():
    text = ("The deputy minister denied Russian claims that Ukrainian troops had been pushed out of Bakhmut. "
            "She said the units had advanced up to 700 metres on the town's northern flank on Tuesday.")
    events = events_of(text, "2023-05-18")
    moved = [e for e in events if e.event_type == "territory_change"]
    assert moved and moved[0].location.name == "Bakhmut", _summary(events)


def test_launching_a_counteroffensive_is_a_clash():
    events = events_of("Ukrainian forces launched a counteroffensive near Robotyne on Monday, the general staff said.", "2023-06-13")
    assert [e.event_type for e in events] == ["armed_clash"], _summary(events)


def test_a_district_of_the_city_the_paragraph_named():
    text = ("Odesa. At 02:10 the enemy struck the Kyivskyi district of the city with two drones. "
            "A warehouse burned down; no one was injured.")
    events = events_of(text, "2024-06-07")
    assert events and all(e.location.admin1_code == "UA-51" for e in events), _summary(events)


def test_hours_earlier_is_another_incident_and_a_headline_toll_is_its_own_towns():
    text = ("Glide bombs kill three in Kharkiv as Russia presses the offensive\n\n"
            "KHARKIV, Ukraine - Russian aircraft dropped two guided bombs on Kharkiv on Monday afternoon, killing three people, the governor said.\n\n"
            "Hours earlier, before dawn, a Russian drone struck a high-rise in the city's Saltivskyi district, injuring a boy.\n\n"
            "On the occupied side, a Russian-installed official claimed that Ukrainian rockets had hit Kupiansk-Vuzlovyi, killing three civilians.")
    events = events_of(text, "2025-02-10")
    by_place = {e.location.name: e for e in events if e.location is not None}
    kharkiv = [e for e in events if e.location is not None and e.location.name.startswith("Kharkiv") and e.fatalities]
    assert kharkiv and kharkiv[0].fatalities.best == 3, _summary(events)
    assert any(e.injured and e.injured.best == 1 for e in events), _summary(events)
    assert len([e for e in events if e.event_type in ("air_drone_strike", "missile_artillery_strike")]) >= 3, _summary(events)


@pytest.mark.parametrize("text, etype, country", [
    ("Polish and Ukrainian delegations met in Warsaw on Monday for talks on border crossings.", "diplomatic_contact", "PL"),
    ("The Danish defence minister arrived in Kyiv on an unannounced visit on Monday and met his Ukrainian counterpart.", "diplomatic_contact", "UA"),
    ("The Slovak government on Monday approved a new package of military aid for Ukraine.", "policy_decision", "SK"),
    ("Spain's cabinet on Monday approved a new military aid package for Ukraine worth 500 million euros.", "policy_decision", "ES"),
])
def test_officials_named_by_demonym_and_office(text, etype, country):
    events = [e for e in events_of(text, "2025-04-14") if e.event_type == etype]
    assert events and events[0].location.country_code == country, _summary(events_of(text, "2025-04-14"))


@pytest.mark.parametrize("text, place", [
    ("Russian strikes left 200,000 people without electricity in Odesa on Monday, the governor said.", "Odesa"),
    ("A Russian drone attack on Sumy overnight damaged an energy facility and cut power to 60,000 households.", "Sumy"),
    ("New Russian strikes knocked out power across much of Kharkiv on Friday morning, the mayor said.", "Kharkiv"),
])
def test_a_strike_and_the_outage_it_caused_are_two_events(text, place):
    events = events_of(text, "2024-03-11")
    types = {e.event_type for e in events if e.location is not None and e.location.name.startswith(place[:4])}
    assert "infrastructure_disruption" in types and types & {"missile_artillery_strike", "air_drone_strike"}, _summary(events)


def test_the_outage_split_holds_beyond_a_documents_first_sentence():
    text = ("The regional governor gave an update on Tuesday morning. Russian drones struck an energy facility "
            "in Chernihiv overnight, leaving about 40,000 households without electricity, he said.")
    events = events_of(text, "2024-03-12")
    outages = [e for e in events if e.event_type == "infrastructure_disruption"]
    assert outages and outages[0].location.name.startswith("Cherni"), _summary(events)
    claim = outages[0].claims[0]
    assert text.index("Russian drones") <= claim.start, _summary(events)


@pytest.mark.parametrize("text", [
    "Officials met on Monday. Russian strikes hit energy sites in Kharkiv overnight, leaving residents fearing a return to the blackouts of last winter.",
    "Officials met on Monday. A missile struck a substation in Sumy on Monday, raising the risk of outages in the coming weeks.",
    "Officials met on Monday. Ukraine struck a Russian oil depot with drones on Monday, answering air raids that have crippled its grid and cut power to millions.",
])
def test_an_outage_feared_is_no_outage_event(text):
    events = events_of(text, "2024-03-11")
    assert "infrastructure_disruption" not in {e.event_type for e in events}, _summary(events)


def test_no_outage_no_outage_event():
    events = events_of("Russian missiles hit Kharkiv overnight; there were no power outages, the mayor said.", "2024-03-11")
    assert "infrastructure_disruption" not in {e.event_type for e in events}, _summary(events)


@pytest.mark.parametrize("text", [
    "Russian forces attacked near Robotyne, a village that Ukrainian forces liberated during the 2023 counteroffensive.",
    "Russian troops have probed the area since Ukrainian forces withdrew from their bridgehead on the left bank earlier this year.",
    "Since last November the town has been shelled almost every day by artillery and small drones.",
    "Officials talk about rebuilding the town once the Russians are pushed back from the river.",
    "A heavy warhead destroys almost anything it hits, including fortified positions.",
    "Several of the released soldiers needed urgent medical treatment and were taken to hospital, she said.",
    "Analysts say this amounts to a withdrawal from Izium, the town Russia captured in April after weeks of fighting.",
])
def test_history_habits_conditions_and_adjectives_are_no_events(text):
    assert events_of(text, "2024-11-04") == [], _summary(events_of(text, "2024-11-04"))


def test_a_canal_named_after_a_river_is_no_town():
    events = events_of("Russian forces attacked east of Chasiv Yar near the Siverskyi Donets-Donbas canal on Monday.", "2024-11-04")
    assert events and all(e.location.country_code == "UA" for e in events if e.location), _summary(events)


def test_saboteurs_named_by_a_capital_do_not_place_the_blast():
    events = events_of("The occupation administration said the blast in Melitopol was caused by a bomb planted by Kyiv saboteurs near a fuel tank.", "2023-05-22")
    assert events and all(e.location.admin1_code == "UA-23" for e in events if e.location), _summary(events)


def test_a_daily_summary_dates_its_incidents_to_the_past_day():
    text = ("Dnipropetrovsk region: situation as of 08:00\n\n"
            "Over the past day, the enemy attacked the region 14 times with artillery and drones, the regional governor said.\n\n"
            "Nikopol came under artillery fire. A 52-year-old man was injured.\n\n"
            "In Marhanets a drone dropped an explosive on a garage.\n\n"
            "Overnight, air defence shot down three drones over the region.")
    events = events_of(text, "2024-08-05")
    by_name = {e.location.name: e for e in events if e.location is not None}
    nikopol = next(e for e in events if e.location is not None and e.location.name.startswith("Nikopol"))
    assert (str(nikopol.date), str(nikopol.date_end)) == ("2024-08-04", "2024-08-05"), _summary(events)
    downed = [e for e in events if e.event_type == "interception"]
    assert downed and str(downed[0].date) == "2024-08-05" and downed[0].date_end is None, _summary(events)


def test_a_report_without_a_past_day_lead_keeps_the_report_day():
    events = events_of("Nikopol came under artillery fire on Monday morning. A man was injured.", "2024-08-05")
    assert events and str(events[0].date) == "2024-08-05" and events[0].date_end is None, _summary(events)


@pytest.mark.parametrize("text", [
    "Some residents reported hearing a whistling sound before the blast, which could suggest a missile, but there was no confirmation.",
    "Released prisoners have described beatings, starvation and torture in Russian detention facilities.",
])
def test_an_event_named_as_a_time_and_accounts_of_abuse_are_no_new_events(text):
    assert [e for e in events_of(text, "2023-05-22") if e.event_type != "agreement"] == [], _summary(events_of(text, "2023-05-22"))


def test_an_event_specified_after_a_time_word_is_one():
    events = events_of("A Ukrainian brigade lost more than 150 men near Vuhledar after the strike of the Russian forces, the ministry said.", "2023-02-05")
    assert events, _summary(events)


def test_a_strike_inside_russia_is_not_taken_by_the_wave_on_ukraine():
    text = ("Russian forces launched a combined missile and drone strike against Ukraine overnight, officials said.\n\n"
            "Ukrainian forces likely struck an ammunition depot near Klintsy in Bryansk Oblast overnight.\n\n"
            "A source in the Ukrainian Security Service told local media that SBU drones conducted the strike.")
    events = events_of(text, "2024-11-04")
    assert not [e for e in events if e.location is not None and e.location.country_code == "RU" and e.location.precision == 4], _summary(events)


def test_a_capitals_dateline_before_a_dash_is_no_city_district():
    events = events_of("ROME - Italy's cabinet on Thursday approved a new military aid package for Ukraine, officials said, "
                       "as European capitals weigh what to do if Washington cuts aid.", "2024-12-19")
    decisions = [e for e in events if e.event_type == "policy_decision"]
    assert decisions and decisions[0].location.country_code == "IT", _summary(events)


def test_trains_delayed_and_jets_scrambled_because_of_strikes():
    assert "infrastructure_disruption" in {e.event_type for e in events_of("Dozens of trains were delayed by up to six hours on Tuesday, the railway said.", "2026-03-10")}
    events = events_of("Poland said it had scrambled its own and allied aircraft overnight as a precaution because of the Russian strikes on western Ukraine.", "2026-03-10")
    assert "military_mobilization" in {e.event_type for e in events}, _summary(events)


def test_a_period_told_by_a_speaker_on_a_day_ends_that_day():
    # 2026-02-20 is a Friday: "said on Sunday that over the previous week" is the week to Sunday 15 February
    events = events_of("The president said on Sunday that over the previous week Russia had launched more than 1,300 "
                       "attack drones and 39 missiles against Ukraine.", "2026-02-20")
    assert events and (str(events[0].date), str(events[0].date_end)) == ("2026-02-09", "2026-02-15"), _summary(events)


@pytest.mark.parametrize("text, want", [
    ("Russian missiles hit Kharkiv overnight, and drones struck a port in Odesa, officials said.",
     {("missile_artillery_strike", "Kharkiv"), ("air_drone_strike", "Odesa")}),
    ("The defence ministry in Moscow said its troops had beaten off an attempt by Ukrainian units to advance near Sudzha, "
     "and that its aircraft had struck Ukrainian troop concentrations in the Chernihiv region.",
     {("armed_clash", "Sudzha"), ("air_drone_strike", "Chernihiv")}),
    ("Ukrainian forces repelled 14 assaults near Pokrovsk on Monday, while Russian artillery shelled Kherson, killing two people.",
     {("armed_clash", "Pokrovsk"), ("missile_artillery_strike", "Kherson")}),
    ("A drone hit a gas station in Sumy; in Poltava a missile damaged a school, the governors said.",
     {("air_drone_strike", "Sumy"), ("missile_artillery_strike", "Poltava")}),
])
def test_two_clauses_two_events(text, want):
    events = events_of(text, "2024-08-13")
    got = {(e.event_type, e.location.name) for e in events if e.location is not None}
    assert want <= got, _summary(events)


def test_a_later_clause_keeps_the_first_clauses_day():
    events = events_of("Ukrainian forces repelled 14 assaults near Pokrovsk on Monday, while Russian artillery shelled Kherson.", "2024-08-15")
    assert {e.date for e in events} == {"2024-08-12"}, [(e.event_type, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "After the drones were shot down, falling debris damaged houses in the Poltava, Kyiv, and Zhytomyr regions.",
    "Russian shelling damaged houses in Kupiansk, Vovchansk, and Zolochiv overnight, and killed a man, the governor said.",
])
def test_a_list_of_names_is_no_clause(text):
    events = events_of(text, "2024-08-13")
    assert len({e.event_type for e in events if e.location is not None and e.location.country_code == "UA"}) == 1, _summary(events)
