"""Phenomena found on the studied halves (HALF=1) of the invented sets in the fifteenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations


from helpers_extract import run as events_of


def _typed(text: str, ref: str):
    return [(e.event_type, e.location.name if e.location else None, e.date) for e in events_of(text, ref)]


# ------------------------------------------------------------------ an outage told in its own sentence
def test_flats_with_no_heating_after_a_strike_are_an_outage():
    got = _typed("Russian drones struck a heat plant in Sumy overnight, the regional governor said. "
                 "By morning about 42,000 homes in the city had no electricity.", "2026-03-10")
    assert ("infrastructure_disruption", "Sumy", "2026-03-10") in got, got
    assert any(t == "air_drone_strike" for t, _p, _d in got), got


def test_a_town_with_no_running_water_since_a_strike():
    got = _typed("A glide bomb damaged a pumping station in Kostiantynivka on Sunday. "
                 "Since then the eastern part of the town has had no running water.", "2026-03-10")
    assert ("infrastructure_disruption", "Kostyantynivka", "2026-03-08") in got, got


def test_tram_routes_suspended_because_of_shelling():
    got = _typed("Russian forces shelled Kherson on Monday. City authorities suspended two tram routes because of the attacks.",
                 "2026-03-10")
    assert ("infrastructure_disruption", "Kherson", "2026-03-09") in got, got


def test_an_outage_that_has_lasted_months_is_background():
    got = _typed("Monitors documented residents in four villages of the Kherson region who had been without running water "
                 "for more than a month.", "2026-01-14")
    assert not [t for t in got if t[0] == "infrastructure_disruption"], got


def test_a_cause_told_before_the_outage_clause():
    page = ("Night attacks in Kharkiv region, 19 May\n\n"
            "05 – Vovchansk: power line cut after drone attack; the village has no light.\n")
    got = _typed(page, "2024-05-20")
    assert ("air_drone_strike", "Vovchansk", "2024-05-19") in got, got
    assert ("infrastructure_disruption", "Vovchansk", "2024-05-19") in got, got


def test_the_dead_of_a_sentence_that_also_tells_an_outage_are_the_strikes():
    got = events_of("Night of strikes on Kyiv\n\n"
                    "- Two people were killed and eight injured by a ballistic missile in Kyiv's Obolonskyi district; "
                    "hundreds of apartment buildings on the left bank have no heating.\n", "2026-02-10")
    strikes = [e for e in got if e.event_type == "missile_artillery_strike"]
    outages = [e for e in got if e.event_type == "infrastructure_disruption"]
    assert strikes and strikes[0].fatalities and strikes[0].fatalities.best == 2, got
    assert outages and not (outages[0].fatalities and outages[0].fatalities.best), got


def test_an_injury_and_an_outage_after_a_strike_told_before():
    got = events_of("Russian forces struck Kharkiv with missiles on Sunday morning, hitting an energy facility in the city's "
                    "north-east. One person was injured, and several districts were left without electricity and water, "
                    "the mayor said.", "2022-09-12")
    assert [e.event_type for e in got].count("infrastructure_disruption") == 1, got
    strike = next(e for e in got if e.event_type == "missile_artillery_strike")
    assert strike.injured and strike.injured.best == 1, got


# ------------------------------------------------------------------ "Within an hour ...": timed from the deed before it
def test_within_an_hour_takes_the_day_of_the_strike_before():
    got = _typed("At about ten o'clock on Saturday night, Russian missiles struck a heating plant in Poltava. "
                 "Nobody was hurt, officials said on Sunday. The attack was clearly planned. "
                 "Within an hour some 60,000 flats in the city had no heating.", "2026-01-14")
    assert ("infrastructure_disruption", "Poltava", "2026-01-10") in got, got


# ------------------------------------------------------------------ an untyped hit on a page whose strikes are all drones
def test_an_untyped_hit_takes_the_one_weapon_the_page_names():
    got = events_of("Drones hit homes south of Kyiv overnight\n\n"
                    "Russian attack drones struck villages in the Fastiv district of the Kyiv region overnight, the regional "
                    "administration said.\n\n"
                    "In Vasylkiv, a family's house took a direct hit shortly after 3am; a woman was injured.\n", "2025-11-05")
    vas = [e for e in got if e.location and e.location.name == "Vasylkiv"]
    assert vas and vas[0].event_type == "air_drone_strike", got


def test_a_page_with_both_weapons_keeps_the_default():
    got = events_of("Night of attacks on the south\n\n"
                    "Russian drones struck port warehouses in Izmail overnight, the governor said.\n\n"
                    "Artillery shelled Kherson in the morning, wounding a man.\n\n"
                    "In Bilozerka, a house took a direct hit in the afternoon; nobody was hurt.\n", "2025-11-05")
    bil = [e for e in got if e.location and e.location.name == "Bilozerka"]
    assert bil and bil[0].event_type == "missile_artillery_strike", got


# ------------------------------------------------------------------ words of other deeds read as events
def test_walking_out_of_a_town_is_no_walkout():
    got = _typed('Russian troops shelled Irpin on Sunday. "We left at dawn," said Olena Marchuk, 58, who walked out of '
                 "Irpin with her grandson.", "2022-03-07")
    assert [t for t, _p, _d in got] == ["missile_artillery_strike"], got


def test_a_walkout_from_a_chamber_is_a_protest():
    got = _typed("Opposition deputies walked out of the parliament in protest on Tuesday in Kyiv.", "2022-03-07")
    assert [t for t, _p, _d in got] == ["protest"], got


def test_agreeing_to_explore_is_no_agreement():
    got = _typed('Russian shelling hit Kharkiv on Tuesday. The G7 leaders also agreed on Tuesday to "explore" a cap on '
                 "the price of Russian gas.", "2022-03-07")
    assert "agreement" not in [t for t, _p, _d in got], got
    got = _typed("Ukraine and Russia agreed on Friday to exchange 200 prisoners each.", "2022-03-07")
    assert [t for t, _p, _d in got] == ["agreement"], got


def test_wounded_carried_to_hospitals_are_no_new_strike():
    got = _typed("Russian forces shelled Mariupol on Monday. Buses carried 40 seriously wounded soldiers to a hospital in "
                 "Zaporizhzhia, and 90 others to Dnipro, officials said.", "2022-03-07")
    assert [(t, p) for t, p, _d in got] == [("missile_artillery_strike", "Mariupol")], got
    got = _typed("More than 200 Ukrainian soldiers, many of them badly wounded, were brought out of the plant in Mariupol "
                 "on Monday evening.", "2022-03-07")
    assert not [t for t in got if t[0] in ("missile_artillery_strike", "air_drone_strike")], got


# ------------------------------------------------------------------ "the same morning": the day just told
def test_the_same_morning_is_the_day_told_before():
    from sitrep.nlp.dates import day_anaphor
    for s in ("The same morning, the ministry said its missiles had hit a depot.", "That same evening, drones struck Sumy.",
              "In the same night, shelling hit Nikopol."):
        assert day_anaphor(s) is not None and day_anaphor(s)[0] == 0, s


def test_a_utility_cutting_supply_to_a_district_is_an_outage():
    got = _typed("Late on Wednesday night a drone hit a pumping station in Sumy. The same morning, the city's water utility "
                 "cut supply to the whole Zarichnyi district for 14 hours after the blast damaged a pumping main.",
                 "2025-06-20")
    assert ("infrastructure_disruption", "Zarichnyi") in [(t, p) for t, p, _d in got], got


# ------------------------------------------------------------------ a page about one town tells its incidents unnamed
_TIMELINE = ("Timeline: a winter in Orikhiv, week by week\n\n"
             "Orikhiv, a farming town of 14,000 before the war and perhaps 1,500 now, sits eight kilometres from the front. "
             "Russian guns have shelled it since 2022. Below are the dated events of the past month.\n\n"
             "Monday, 5 January\n"
             "At about noon two guided bombs hit the bread queue outside the old cinema, killing three people.\n\n"
             "Friday, 9 January\n"
             "Volunteers from Zaporizhzhia evacuated eleven elderly residents.\n\n"
             "Wednesday, 14 January\n"
             "A drone dropped a charge on the water truck near the hospital, wounding its driver.\n\n"
             "Saturday, 17 January\n"
             "Aid from Zaporizhzhia reached the shelter in Orikhiv by convoy.\n\n"
             "Tuesday, 20 January\n"
             "During the night a guided bomb destroyed the gym of School No. 2; no one was hurt.\n")


def test_a_timeline_of_one_town_places_its_unnamed_incidents_there():
    got = events_of(_TIMELINE, "2026-01-25")
    strikes = sorted((str(e.date), e.location.name if e.location else None) for e in got if e.event_type == "air_drone_strike")
    assert strikes == [("2026-01-05", "Orikhiv"), ("2026-01-14", "Orikhiv"), ("2026-01-20", "Orikhiv")], strikes


def test_a_place_name_never_runs_over_a_line_break():
    from sitrep.geo import get_gazetteer
    got = [m.text for m in get_gazetteer().find_mentions("Wednesday, 14 January\nA drone dropped a charge on a truck in Orikhiv.")]
    assert got == ["Orikhiv"], got
    got = [m.text for m in get_gazetteer().find_mentions("The column reached Nova Kakhovka at dawn.")]
    assert got == ["Nova Kakhovka"], got


# ------------------------------------------------------------------ where the launchers were is no target
def test_bombers_flying_over_a_russian_region_are_the_origin():
    got = events_of("Two Kh-22 missiles, fired from Tu-22M3 long-range bombers flying over Russia's Kursk region, hit a "
                    "shopping centre in Kremenchuk at about 3:50 pm on Monday, killing 18 people.", "2022-06-28")
    assert [(e.location.name, e.actor1_side, e.actor2_side) for e in got] == [("Kremenchuk", "RU", "UA")], got


# ------------------------------------------------------------------ names that are no places
def test_a_parliament_and_a_given_name_are_no_places():
    from sitrep.geo import get_gazetteer
    g = get_gazetteer()
    assert [m.text for m in g.find_mentions("a member of the State Duma's defence committee said in Moscow")] == ["Moscow"]
    assert [m.text for m in g.find_mentions('"I will not go," said Artyom Belov, 24, a programmer detained in Perm.')] == ["Perm"]
    assert [m.location.country_code for m in g.find_mentions("shelling of Douma near Damascus")] == ["SY", "SY"]


# ------------------------------------------------------------------ page furniture of wires, monitors and channels
import pytest  # noqa: E402

_BODY = ("ODESA, March 4 (WPA) - Russian drones hit port warehouses in Izmail overnight, injuring two workers, the regional "
         "governor said on Tuesday.\n\nFirefighters put out the blaze by morning. Loading at the port resumed in the afternoon.")


@pytest.mark.parametrize("line", [
    "UPDATE 3-Drones hit Danube port warehouses, two hurt",
    "Adds governor's comment in paragraph 4, port operator's statement in paragraph 7",
    "Recasts throughout with details of the damage",
    "Map legend: solid blue = Ukrainian-held; dotted red = Russian advances claimed",
    "Keyboard shortcuts: N for the next entry, P for the previous one",
    "Last edited 3 hours ago by a volunteer moderator",
    "Data in this report is current as of 09:00 Kyiv time on March 4.",
    "Our bulletin appears every weekday. The next edition will be published on Monday.",
    "That's it for today. Back tomorrow at 7am.",
    "Note: The Danube Monitor does not publish information that could endanger Ukrainian units.",
    "The Coast Desk acknowledges the Traditional Owners of the lands on which we work.",
    "Source: Izvestia Yug (Russian regional daily), translated. Claims have not been independently verified.",
    "04.03.2025 · 08:41 · Press service of the Odesa regional administration",
    "Reposted from: Odesa Regional Military Administration",
    "Telegram · OdesaOVA official",
    "Home News Politics Economy War Regions World Video",
    "Yulia Stets reported from Odesa, Mark Weller from Bucharest. Editing by Anne Holt.",
    "Czytaj także: Drony nad Rzeszowem",
    "Související články: Kdo platí za granáty?",
    "Читайте також: Удар по Ізмаїлу",
    "Wszelkie materiały chronione prawem autorskim. Kopiowanie bez zgody wydawcy zabronione.",
    "Všechna práva vyhrazena © Odeský deník 2025",
    "☰ Menu   🔍 Search   Log in",
])
def test_furniture_lines_go(line):
    from sitrep.ingest.clean import clean
    from sitrep.model import RawDocument
    for text in (f"Drones hit Izmail port\n\n{line}\n{_BODY}", f"Drones hit Izmail port\n\n{_BODY}\n\n{line}"):
        doc = clean(RawDocument(doc_id="f", text=text))
        assert line not in doc.clean_text, doc.clean_text
        assert "Firefighters put out the blaze by morning." in doc.clean_text


@pytest.mark.parametrize("line", [
    "04.03.2025 08:41 | Izmail | drone hit a warehouse, 2 injured",
    "The governor adds that two workers were taken to hospital.",
])
def test_content_lines_stay(line):
    from sitrep.ingest.clean import clean
    from sitrep.model import RawDocument
    doc = clean(RawDocument(doc_id="f", text=f"Drones hit Izmail port\n\n{_BODY}\n\n{line}\n\nThe port said work would go on."))
    assert line in doc.clean_text, doc.clean_text


# ------------------------------------------------------------------ a recalled deed told with its own day or toll
def test_a_deed_the_talks_came_after_is_an_event_at_its_place():
    got = _typed("The talks in Geneva came hours after a Russian drone attack on the Sumy region early on Tuesday injured "
                 "three people, the regional governor said.", "2025-10-08")
    assert ("air_drone_strike", "Sumy", "2025-10-07") in got, got


def test_a_day_after_counts_back_from_the_day_told():
    got = _typed("Talks began in Geneva on Wednesday. The meeting came a day after a Russian missile attack on Dnipro "
                 "killed four people.", "2025-10-08")
    assert ("missile_artillery_strike", "Dnipro", "2025-10-07") in got, got


def test_two_days_after_a_strike_with_its_own_day():
    got = _typed("The exchange came two days after a Russian strike on Kryvyi Rih on Monday evening killed three people.",
                 "2025-10-08")
    assert [(t, p, d) for t, p, d in got if t != "agreement"] == [("missile_artillery_strike", "Kryvyy Rih", "2025-10-06")], got


def test_a_bare_anchor_stays_an_anchor():
    assert _typed("The exchange came a day after the strike on Odesa.", "2025-10-08") == []
    got = _typed("Missiles hit Odesa port a day after grain corridor deal signed in Istanbul\n\n"
                 "ODESA, July 23 - Two Kalibr missiles hit the port on Saturday morning, the air force said.", "2022-07-23")
    assert "Istanbul" not in [p for _t, p, _d in got], got


def test_an_assault_told_by_its_missile_is_a_strike():
    got = _typed("The attack came five days after a night assault on Kyiv on Friday in which a ballistic missile struck a "
                 "residential area and killed two people.", "2025-07-09")
    assert got == [("missile_artillery_strike", "Kyiv", "2025-07-04")], got
    got = _typed("Russian troops launched an assault on Pokrovsk on Friday, backed by artillery, the brigade said.", "2025-07-09")
    assert [t for t, _p, _d in got] == ["armed_clash"], got


# ------------------------------------------------------------------ a relative clause that tells the past
def test_a_relative_clause_of_the_past_is_background():
    assert _typed("In Kherson, which Ukraine recaptured in November, the evening ended with another drone alert.", "2025-03-10") == []
    assert _typed("Cities such as Zaporizhzhia and Sumy, which have so far been struck mostly by drones, could face glide "
                  "bombs next.", "2025-03-10") == []


def test_a_relative_clause_with_its_own_day_is_told():
    got = _typed("In Kharkiv, which was shelled again on Sunday, two people were injured.", "2025-03-10")
    assert got == [("missile_artillery_strike", "Kharkiv", "2025-03-09")], got


# ------------------------------------------------------------------ decisions and talks abroad
def test_an_announced_sum_is_a_decision_at_the_place_that_opens_the_sentence():
    got = _typed("In Ottawa, the foreign affairs minister announced on Tuesday an additional C$200 million for air defence "
                 "in Ukraine.", "2025-10-08")
    assert got == [("policy_decision", "Ottawa", "2025-10-07")], got


def test_talks_with_a_delegation_are_at_their_venue():
    got = _typed("Ukrainian negotiators sat down with a Russian delegation on Monday afternoon for a third round of talks in "
                 "Belarus.", "2025-10-08")
    assert got == [("diplomatic_contact", "Belarus", "2025-10-06")], got


# ------------------------------------------------------------------ a launcher's name and a battery's place
def test_grad_rockets_are_no_slovenian_municipality():
    got = _typed("In Orikhiv, Grad rockets hit a residential street on Saturday evening.", "2022-11-30")
    assert got == [("missile_artillery_strike", "Orikhiv", "2022-11-26")], got


def test_positions_the_guns_fire_from_are_no_target():
    got = _typed("Overnight, the Russians fired 40 Grad rockets and some 20 heavy artillery shells at Marhanets from positions "
                 "around Enerhodar, on the other side of the reservoir, the regional governor said.", "2022-11-30")
    assert [p for _t, p, _d in got] == ["Marhanets"], got


def test_a_government_named_by_no_country_is_the_datelines():
    got = _typed("TOKYO — The government decided on Wednesday to provide Ukraine with power generators and transformers worth "
                 "about ¥2.6 billion.", "2022-11-30")
    assert got == [("policy_decision", "Japan", "2022-11-30")], got
    got = _typed("KYIV — In Stockholm, the government formally decided on Monday to apply to join NATO.", "2022-05-17")
    assert [p for _t, p, _d in got] == ["Sweden"], got  # (not the dateline's Kyiv; a foreign capital's decision: its country, session 17)


def test_the_outlets_own_name_is_no_place():
    from sitrep.extract.events import DocumentExtractor
    text = "Ukrainian drones struck a refinery. By Bereg's count, drones have attacked at least 11 refineries since January."
    import datetime as dt
    places = DocumentExtractor("o", text, dt.date(2026, 3, 11), outlet="Bereg (independent news about Russia)").places
    assert [p.text for p in places if p.kind != "demonym"] == [], [(p.text, p.location.name) for p in places]
    places = DocumentExtractor("o", text, dt.date(2026, 3, 11), outlet="Nova Doba").places
    assert "Bereg's" in [p.text for p in places]  # (another outlet's page: the geocoder's reading stands)


def test_a_headline_clause_after_as_keeps_its_own_weapon():
    got = _typed("Russian missile kills two in Kryvyi Rih as drones hit Sumy, Poltava region", "2025-02-18")
    assert sorted((p, t) for t, p, _d in got) == [("Kryvyy Rih", "missile_artillery_strike"), ("Poltava", "air_drone_strike"),
                                                  ("Sumy", "air_drone_strike")], got


# ------------------------------------------------------------------ the kind of deed, a retreat on foot, captured soldiers
@pytest.mark.parametrize("text", [
    '"The last two kilometres we walked out at night through the fields, carrying the wounded," a soldier said.',
    "Russian bloggers published videos of what they said were Ukrainian soldiers taken prisoner during the withdrawal.",
    '"A strike like this makes fence-sitting uncomfortable," said a professor in Pune.',
    "Such strikes on energy undermine any talk of a truce, the minister said.",
])
def test_no_event_in(text):
    assert _typed(text, "2024-02-17") == []


def test_arrests_at_protests_named_by_their_country():
    got = _typed("Police detained more than 1,300 people at Russian anti-war protests on Wednesday.", "2022-09-22")
    assert got == [("arrest", "Russia", "2022-09-21")], got
    got = _typed("Ukrainian protesters rallied in Warsaw on Sunday.", "2022-09-22")
    assert got == [("protest", "Warsaw", "2022-09-18")], got


def test_jets_scrambled_in_a_headline_filed_from_abroad_are_that_countrys():
    got = _typed("Jets scrambled, airport closed as Russia strikes Volyn overnight\n\n"
                 "RZESZÓW – Polish and allied aircraft took to the air early on Thursday as Russia launched missiles and "
                 "drones at western Ukraine, the Operational Command said.", "2024-12-05")
    assert [(t, p) for t, p, _d in got if t == "military_mobilization"] == [("military_mobilization", "Poland")], got
