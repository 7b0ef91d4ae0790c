"""Phenomena found on the fifth invented blind set (eval/invented/blind5, HALF=1), each written here in new
invented sentences: Russian district adjectives resolved in the region the text names ("the Klimovsky
district" of a Bryansk governor's digest is Klimovo's, not Klimovsk near Moscow), a tally of settlements
over districts of one region, help promised to victims, a decree that points back at the measure told
before, border crossings prevented, "places of deployment" as a target, a plural subject that attacks in
the simple present, a variant spelling with its own region written, airports shut in a headline's second
clause, flight restrictions, an outlet named after a town, the deed's date inside "accused of", "the
Moscow region's governor", "nearby X", a capital quoted as a government, EU ministers meeting in a city,
a rally outside a parliament building."""
from helpers_extract import run as events_of
from sitrep.geo import get_gazetteer


def _where(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.admin1_code if e.location else None,
             e.date) for e in events]


DIGEST = """Governor of Kursk Region | Daily summary
Situation in the border areas as of 08:00, 3 June

Over the past day the Ukrainian armed forces shelled 14 settlements in the Glushkovsky, Rylsky and Sudzhansky districts of our region.

In the Rylsky district, a drone dropped an explosive device on a car near the district centre. The driver was injured. The district administration will provide all necessary assistance to the family.

Early in the morning border guards prevented an attempt by an enemy reconnaissance group of five people to cross the state border in the Glushkovsky district. The enemy withdrew after a firefight.

From 5 June, entry into the three-kilometre zone along the border of the Glushkovsky district will be allowed only with passes. I have signed the relevant order.
"""


def test_district_adjective_in_the_region_the_text_names():
    gaz = get_gazetteer()
    got = {m.text: m.location.admin1_code for m in gaz.find_mentions(
        "Governor of Bryansk Region. In the Klimovsky district, a drone dropped an explosive on a tractor.")}
    assert got.get("Klimovsky district") == "RU-BRY", got
    listed = {m.text.split()[0]: m.location.admin1_code for m in gaz.find_mentions(
        "Governor of Bryansk Region. The enemy shelled 9 villages in the Klimovsky, Sevsky and Pogarsky districts of our region.")
        if m.location is not None}
    assert listed.get("Klimovsky") == "RU-BRY" and listed.get("Pogarsky") == "RU-BRY", listed


def test_tally_of_settlements_over_districts_is_one_event_in_the_region():
    events = events_of(DIGEST, "2025-06-03")
    tally = [e for e in events if e.event_type == "missile_artillery_strike"]
    assert len(tally) == 1 and tally[0].location.precision == 3 and tally[0].location.admin1_code == "RU-KRS", _where(events)


def test_help_promised_to_victims_is_no_decision_and_a_decree_told_after_its_measure():
    events = events_of(DIGEST, "2025-06-03")
    decisions = [e for e in events if e.event_type == "policy_decision"]
    assert len(decisions) == 1 and decisions[0].date == "2025-06-05", _where(events)
    assert decisions[0].location.admin1_code == "RU-KRS", _where(events)


def test_a_border_crossing_prevented_is_a_clash():
    events = events_of(DIGEST, "2025-06-03")
    assert [e for e in events if e.event_type == "armed_clash" and e.location.admin1_code == "RU-KRS"], _where(events)


def test_places_of_deployment_struck_are_no_deployment():
    events = events_of("Aviation and artillery also struck fuel depots and places of temporary deployment of enemy "
                       "units in 96 areas, the ministry said.", "2025-03-14")
    assert not [e for e in events if e.event_type == "military_mobilization"], _where(events)
    events = events_of("NATO announced the deployment of 4,000 troops to Lithuania on Friday.", "2025-03-14")
    assert [e for e in events if e.event_type == "military_mobilization"], _where(events)


def test_a_plural_subject_that_attacks_in_the_present_is_no_incident():
    events = events_of('"The occupiers deliberately shell residential areas, there are no soldiers there," the mayor of '
                       'Nikopol said.', "2025-03-14")
    assert not events, _where(events)
    events = events_of("The occupiers shelled residential areas of Nikopol on Monday, the mayor said.", "2025-03-14")
    assert events, "a past-tense report stays an event"


def test_variant_spelling_with_its_own_region_stays_in_that_region():
    events = events_of("On Wednesday a drone hit a car in Belgorod, the Belgorod region governor said.\n\n"
                       "In the Kherson region, artillery shelled Golaya Pristan on Thursday, killing a man, the governor said.",
                       "2025-03-14")
    hola = [e for e in events if e.location and e.location.admin1_code == "UA-65"]
    assert hola and not [e for e in events if e.location and e.location.admin1_code == "RU-BEL" and e.date == "2025-03-13"], _where(events)


def test_airports_shut_in_a_headlines_second_clause_and_flight_restrictions():
    events = events_of("Drones set Ryazan refinery on fire, airports in Ryazan and Tambov shut for hours\n\n"
                       "Restrictions were imposed on flights at the airports of Ryazan and Tambov for about five hours, "
                       "the aviation agency said.", "2025-09-16")
    disruptions = {e.location.admin1_code for e in events if e.event_type == "infrastructure_disruption"}
    strikes = {e.location.admin1_code for e in events if e.event_type == "air_drone_strike"}
    assert {"RU-RYA", "RU-TAM"} <= disruptions and "RU-TAM" not in strikes, _where(events)
    assert not [e for e in events if e.event_type == "policy_decision"], _where(events)


def test_an_outlet_named_after_a_town_is_no_place():
    names = [m.text for m in get_gazetteer().find_mentions("His lawyer told Ostrov Media that the man had been beaten.")]
    assert "Ostrov" not in names, names


def test_the_deed_an_arrested_man_is_accused_of_dates_the_deed_not_the_arrest():
    events = events_of("The FSB said on Monday that it had detained a 35-year-old man in Samara who is accused of "
                       "setting fire to a railway relay box earlier this month.", "2025-09-17")
    arrests = [e for e in events if e.event_type == "arrest"]
    assert arrests and arrests[0].date == "2025-09-15" and not arrests[0].date_end, _where(events)


def test_the_region_s_governor_and_nearby_town():
    events = events_of("In Kolomna, southeast of Moscow, drone debris fell on a house, injuring two people, "
                       "the Moscow region's governor said.", "2026-05-22")
    assert [e.location.name for e in events] == ["Kolomna"], _where(events)
    events = events_of("A guided bomb hit the centre of nearby Kostiantynivka on Sunday, wounding three people, "
                       "Donetsk regional Gov. Vadym Filashkin said.", "2025-11-10")
    assert [(e.location.name, e.location.precision) for e in events] == [("Kostyantynivka", 1)], _where(events)


def test_a_capital_quoted_as_a_government():
    events = events_of('The Kremlin said the attacks showed that Kyiv "is not interested in peace".', "2026-05-22")
    assert not events, _where(events)


def test_eu_ministers_meeting_in_a_city_decide_there_and_a_rally_outside_parliament():
    events = events_of("EU leaders meeting in Strasbourg on Monday agreed to extend sanctions against Russia "
                       "for six months.", "2026-06-23")
    assert [(e.event_type, e.location.country_code) for e in events] == [("policy_decision", "FR")], _where(events)
    events = events_of("On Tuesday evening about 1,500 people rallied outside the Verkhovna Rada to demand "
                       "demobilisation terms.", "2026-09-23")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("protest", "UA-30")], _where(events)


def test_the_publishing_office_names_the_region_of_its_districts():
    # the channel's name ("Governor of Kursk Region") is furniture, yet it says which region "our" districts are in
    from sitrep.extract.events import extract_events
    import datetime as dt
    text = ("In the Rylsky district, a drone dropped an explosive device on a car. The driver was injured.\n\n"
            "In the Glushkovsky district, shelling damaged a power line.")
    events = extract_events("k", text, dt.date(2025, 6, 3), outlet="Governor of Kursk Region (Telegram)")
    assert events and {e.location.admin1_code for e in events} == {"RU-KRS"}, _where(events)


def test_a_season_of_a_year_long_past_is_history():
    events = events_of("Russian missiles hit power plants in the Kyiv region on Friday. In the winter of 2022-2023, "
                       "similar attacks left millions of people without power for days.", "2025-11-08")
    assert [e.event_type for e in events] == ["missile_artillery_strike"], _where(events)


def test_a_scheduled_outage_headline_does_not_take_in_todays_outage():
    events = events_of("Power cuts will be applied in the Poltava region from tomorrow\n\n"
                       "Overnight, Russian shelling of Kremenchuk damaged a substation, and 3,000 households in Kremenchuk "
                       "were left without electricity.", "2024-07-11")
    outages = sorted((str(e.date), e.location.name) for e in events if e.event_type == "infrastructure_disruption")
    assert ("2024-07-12", "Poltava") in outages and any(n == "Kremenchuk" for _d, n in outages), _where(events)


def test_rallies_in_several_cities_are_one_each_and_keep_the_day_of_the_first():
    events = events_of("Kyiv, Nov 27 (ACP) - Ukraine and Russia swapped 60 prisoners each on Sunday, a day after families "
                       "of missing soldiers rallied in several cities.\n\nOn Saturday, hundreds of relatives gathered on "
                       "Kyiv's Independence Square, holding portraits of the missing and chanting slogans. Similar rallies took place in Kharkiv "
                       "and Odesa.", "2023-11-27")
    protests = sorted((e.location.name, str(e.date)) for e in events if e.event_type == "protest")
    assert protests == [("Kharkiv", "2023-11-25"), ("Kyiv", "2023-11-25"), ("Odesa", "2023-11-25")], _where(events)
    assert [e for e in events if e.event_type == "agreement" and str(e.date) == "2023-11-26"], _where(events)


def test_wire_style_weekday_after_the_verb_and_troops_pulled_out_of_a_village():
    events = events_of("A Ukrainian brigade said Sunday that it had pulled its troops out of Novoselivka, a village "
                       "west of Siversk, to avoid encirclement.", "2025-11-10")
    assert [(e.event_type, e.location.name, str(e.date)) for e in events] == [("territory_change", "Novoselivka", "2025-11-09")], _where(events)
