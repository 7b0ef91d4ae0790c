"""Phenomena found on the third invented blind set (eval/invented/blind3, issue 10), each written here
in new invented sentences: a permission told with "lets"; debris that caused no damage keeps the
interception; an origin list with a serial comma; control described in a relative clause next to
fighting; a deal said to be close or talks said to have stalled; a headline's present tense after a
semicolon; a town described by the plant it houses; "a five-storey building" is no count of five."""
import pytest

from helpers_extract import run as events_of
from sitrep.nlp.numbers import find_numbers


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.actor1_side, e.rules) for e in events]


@pytest.mark.parametrize("text", [
    "Paris lets Kyiv hit military sites inside Russia with its missiles; Rome follows",
    "The US is letting Ukraine strike targets in the Belgorod region with its rockets.",
])
def test_a_permission_is_no_strike(text):
    events = events_of(text, "2024-06-07")
    assert not [e for e in events if e.event_type in ("missile_artillery_strike", "air_drone_strike")], _summary(events)


@pytest.mark.parametrize("text", [
    "Nine drones were downed over the Sumy region, where falling debris caused no damage, the governor said.",
    "Nine drones were downed over the Sumy region; debris fell without causing damage or casualties.",
])
def test_debris_without_harm_keeps_the_interception(text):
    events = events_of(text, "2024-06-07")
    assert [e.event_type for e in events] == ["interception"], _summary(events)


def test_debris_that_damaged_houses_is_a_strike():
    events = events_of("Nine drones were downed over the Sumy region, and falling debris damaged two houses.", "2024-06-07")
    assert "air_drone_strike" in {e.event_type for e in events}, _summary(events)


def test_an_origin_list_with_a_serial_comma_is_all_origins():
    events = events_of("Russian forces launched three Iskander-M missiles from Kursk Oblast and 60 Shahed drones "
                       "from the directions of Kursk, Bryansk, Millerovo, and Oryol.", "2024-06-07")
    assert all(e.location is None or e.location.country_code != "RU" for e in events), _summary(events)


def test_control_described_beside_fighting_is_the_fighting():
    events = events_of("Heavy fighting continued in Toretsk on Thursday, where Russian troops control most of the "
                       "eastern districts, the governor said.", "2024-06-07")
    assert [e.event_type for e in events] == ["armed_clash"], _summary(events)


def test_control_told_as_the_news_is_a_territory_change():
    events = events_of("Russian troops now control most of Toretsk, the governor said on Thursday.", "2024-06-07")
    assert [e.event_type for e in events] == ["territory_change"], _summary(events)


@pytest.mark.parametrize("text", [
    "Mediators in Cairo said on Friday that a truce deal was close.",
    "Talks on a partial ceasefire covering ports have stalled, officials in Ankara said on Friday.",
])
def test_a_deal_close_or_talks_stalled_are_no_events(text):
    assert events_of(text, "2024-06-07") == [], _summary(events_of(text, "2024-06-07"))


def test_a_deal_made_is_still_an_agreement():
    events = events_of("Russia and Ukraine agreed in Istanbul on Friday to swap 500 prisoners each.", "2024-06-07")
    assert [e.event_type for e in events] == ["agreement"], _summary(events)


def test_a_headlines_present_tense_after_a_semicolon_is_a_clause():
    events = events_of("Missile hits cargo ship in Odesa port, two crew killed; drone strikes bus in Kherson", "2024-06-07")
    got = {(e.event_type, e.location.name) for e in events if e.location}
    assert {("missile_artillery_strike", "Odesa"), ("air_drone_strike", "Kherson")} <= got, _summary(events)


def test_the_plant_a_town_houses_describes_the_town():
    events = events_of("A Russian drone hit a building in Enerhodar, the town that houses the Zaporizhzhia nuclear "
                       "power plant, wounding two people.", "2024-06-07")
    assert [e.location.name for e in events] == ["Enerhodar"], _summary(events)


@pytest.mark.parametrize("text, counts", [
    ("A drone hit a five-storey building, wounding two people.", [2]),
    ("an eight-hour curfew", []),
    ("a nine-storey block", []),
    ("a hundred drones", [100]),
    ("Five members of the family were killed.", [5]),
])
def test_an_article_before_a_number_word_is_no_one_more(text, counts):
    assert [n.count.best for n in find_numbers(text, include_vague=False)] == counts


@pytest.mark.parametrize("text", [
    "A missile hit a grain ship in the port of Odesa on Monday, killing four crew. It was the third attack on a civilian vessel in the Odesa ports this week.",
    "A drone hit a power substation in Sumy on Monday. It was the largest attack on the city's grid since January.",
])
def test_a_sentence_ranking_the_strike_just_told_is_no_new_event(text):
    events = events_of(text, "2025-01-13")
    assert len(events) == 1, _summary(events)


@pytest.mark.parametrize("text", [
    "Does the new permission allow strikes on airfields in the Belgorod region from which Russian jets take off?",
    "Who fired the missile that hit the market in Kostiantynivka on Monday?",
    "Each interceptor missile fired at a cheap decoy drone is an interceptor not available for a cruise missile aimed at a power plant.",
])
def test_questions_and_statements_about_every_case_are_no_events(text):
    assert events_of(text, "2025-01-13") == [], _summary(events_of(text, "2025-01-13"))


DIGEST = """Sumy region: consequences of enemy shelling over the past day

📍 Shostka district: a drone hit a farm building in the village of Vorozhba, no one was injured.
📍 Okhtyrka district: in Trostianets hromada, an FPV drone damaged a power line; about 900 households are without electricity.
📍 Sumy district: a Shahed drone hit an industrial enterprise in Sumy.
"""


def test_a_digest_line_under_an_emoji_is_placed_at_its_finer_place():
    events = events_of(DIGEST, "2025-03-17")
    places = [(e.event_type, e.location.name) for e in events if e.location and e.location.precision == 1]
    assert ("air_drone_strike", "Vorozhba") in places, _summary(events)
    assert not [e for e in events if e.location and e.location.name == "Shostka"], _summary(events)
    assert not [e for e in events if e.location is None or e.location.precision == 4], _summary(events)


def test_households_without_electricity_after_a_strike_is_an_outage():
    events = events_of(DIGEST, "2025-03-17")
    assert "infrastructure_disruption" in {e.event_type for e in events}, _summary(events)


def test_one_weapon_over_two_places_makes_no_country_total():
    events = events_of("Shostka district: a drone hit a farm building in Vorozhba.", "2025-03-17")
    assert all(e.location and e.location.precision < 4 for e in events), _summary(events)


def test_main_battle_tanks_are_no_battle_and_a_pledge_is_the_pledging_countrys():
    events = events_of("Britain said on Saturday it would send Challenger 2 tanks to Ukraine, the first Western main "
                       "battle tanks pledged to Kyiv.", "2023-01-14")
    assert [(e.event_type, e.location.country_code) for e in events] == [("policy_decision", "GB")], _summary(events)


def test_fierce_battles_are_still_fighting():
    events = events_of("Fierce battles raged near Bakhmut on Saturday, the general staff said.", "2023-01-14")
    assert [e.event_type for e in events] == ["armed_clash"], _summary(events)


def test_an_origin_list_after_a_worded_region_keeps_every_origin():
    events = events_of("Russian forces launched four Iskander-M ballistic missiles from Belgorod Oblast and 88 Shahed-type "
                       "drones from the directions of Kursk, Millerovo, Primorsko-Akhtarsk, and Oryol, the air force said.", "2025-08-20")
    assert all(e.location is None or e.location.country_code != "RU" for e in events), _summary(events)


@pytest.mark.parametrize("text", [
    "The market in Kupiansk has been hit repeatedly since Russian troops withdrew from the city on Sept. 10, 2022.",
    "Kostiantynivka has repeatedly been shelled since the summer.",
])
def test_a_place_struck_again_and_again_is_a_history(text):
    assert events_of(text, "2023-01-14") == [], _summary(events_of(text, "2023-01-14"))


def test_shelled_repeatedly_on_a_day_is_news():
    events = events_of("Kupiansk was shelled repeatedly on Saturday, the governor said.", "2023-01-14")
    assert [e.event_type for e in events] == ["missile_artillery_strike"], _summary(events)


def test_an_attack_by_drone_boats_beaten_off_is_a_drone_strike():
    events = events_of("Russia's Black Sea Fleet repelled an attack by Ukrainian uncrewed surface vessels on the port of "
                       "Sevastopol overnight, destroying three of the boats, the defence ministry said on Saturday.", "2024-05-18")
    assert [e.event_type for e in events] == ["air_drone_strike"], _summary(events)


def test_air_defence_repelling_drones_is_an_interception():
    events = events_of("\"Today, our air defence repelled a massive attack by enemy drones,\" the air force said.", "2024-05-18")
    assert [e.event_type for e in events] == ["interception"], _summary(events)


def test_sea_drones_are_drones():
    events = events_of("Ukrainian sea drones struck a Russian landing ship near Feodosia overnight, the navy said.", "2024-05-18")
    assert [e.event_type for e in events] == ["air_drone_strike"], _summary(events)


@pytest.mark.parametrize("text", [
    "The permission covers command posts across the border from Kharkiv, which Russian forces have been shelling and "
    "bombing since launching a cross-border offensive on May 10.",
    "Russian forces have attacked in the Robotyne area since the spring; the village has been largely destroyed.",
    "Russia moved about 10,000 troops to the border region north of Kharkiv in the weeks before its May offensive, officials said.",
    "The institute continues to assess that this recruitment model is sufficient to sustain the current tempo of assaults.",
])
def test_courses_of_action_named_offensives_and_assessments_are_no_clash_or_strike(text):
    events = events_of(text, "2024-05-31")
    assert not [e for e in events if e.event_type in ("armed_clash", "missile_artillery_strike", "air_drone_strike",
                                                       "armed_group_change")], _summary(events)


def test_an_offensive_launched_on_a_day_is_still_a_clash():
    events = events_of("Russia launched its summer offensive near Vovchansk on Friday, the general staff said.", "2024-05-31")
    assert [e.event_type for e in events] == ["armed_clash"], _summary(events)


def test_capitals_struck_together_are_both_places():
    events = events_of("Drones struck Moscow and Kyiv overnight.", "2024-05-31")
    assert {e.location.name for e in events} == {"Moscow", "Kyiv"}, _summary(events)


@pytest.mark.parametrize("text", [
    "Moscow and Kyiv agreed on Friday to exchange 300 prisoners each.",
    "Kyiv and Moscow swap 210 prisoners each as talks on an energy truce stall",
])
def test_capitals_that_agree_are_governments(text):
    events = events_of(text, "2024-05-31")
    assert events and all(e.location.precision == 4 for e in events), _summary(events)


STATEMENTS = """Drones struck the port of Izmail overnight, officials said.

"We heard three explosions and then the sirens," one dock worker, who gave only his first name, Mykola, told reporters.

Analysts expect more attacks. "The Danube ports are now the most exposed part of the grain corridor," said shipping analyst Clara Hoffmann.

A Russian war correspondent said Ukrainian troops had crossed the river near Krynky on Monday. The regional governor said the situation was under control.

"The command has lost control of this sector," the correspondent wrote.
"""


def _speakers(text):
    from sitrep.extract.statements import extract_statements
    return {s.quote[:20]: s.speaker for s in extract_statements("t", text, [])}


def test_speakers_named_by_first_name_occupation_and_an_earlier_unnamed_mention():
    got = _speakers(STATEMENTS)
    assert got.get("We heard three explo") == "Mykola", got
    assert got.get("The Danube ports are") == "Clara Hoffmann", got
    assert got.get("The command has lost") == "Russian war correspondent", got


@pytest.mark.parametrize("text, place, day", [
    ("A Russian missile hit a school in Sumy on Friday. The day before, drones struck a warehouse in Konotop.", "Konotop", "2025-01-09"),
    ("Russian troops shelled Nikopol on Tuesday. The next day, a drone hit a bus in Marhanets.", "Marhanets", "2025-01-08"),
    ("Drones hit Odesa on Wednesday. A missile struck a port in Izmail on the same day.", "Izmail", "2025-01-08"),
])
def test_a_day_told_from_the_storys_last_day(text, place, day):
    events = events_of(text, "2025-01-13")
    assert [e.date for e in events if e.location and e.location.name.startswith(place[:4])] == [day], \
        [(e.location.name, e.date) for e in events]


def test_the_day_before_with_no_story_day_is_the_reports():
    events = events_of("The day before, drones struck a warehouse in Konotop.", "2025-01-13")
    assert [e.date for e in events] == ["2025-01-12"]


def test_a_town_described_as_shelled_every_day_keeps_the_strike_told_of_it():
    events = events_of("On Monday morning a Russian missile struck a bakery in Huliaipole, a front-line town that has "
                       "been shelled almost every day since the spring of 2022.", "2023-07-11")
    assert [(e.event_type, e.date) for e in events] == [("missile_artillery_strike", "2023-07-10")], _summary(events)


def test_a_timelines_day_without_a_year_is_in_the_year_it_opened_with():
    text = ("The June 2024 summit in Switzerland brought together 90 nations. A month later, envoys met again. "
            "On February 18, delegations from Washington and Moscow met in Saudi Arabia.")
    events = events_of(text, "2026-02-18")
    assert not [e for e in events if e.location and e.location.country_code == "SA"], [(e.event_type, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "Since 2022, Russia has struck Kharkiv almost daily. On February 17, a drone hit a school in Kharkiv.",
    "Russia has struck Kharkiv almost daily since 2022. On February 17, a drone hit a school in Kharkiv.",
])
def test_a_since_year_sets_no_story_year(text):
    events = events_of(text, "2026-02-18")
    assert [e.date for e in events] == ["2026-02-17"], [(e.event_type, e.date) for e in events]
