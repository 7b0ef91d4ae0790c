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


# --- from the studied half of blind9 (HALF=1) and blind10 (HALF=1), in new sentences

def test_each_clause_keeps_its_own_weapon():
    events = events_of("Russian drones kill two in Mykolaiv, ballistic missile hits depot near Poltava", "2025-06-07")
    assert sorted((e.location.admin1_code, e.event_type) for e in events) == [
        ("UA-48", "air_drone_strike"), ("UA-53", "missile_artillery_strike")], _where(events)
    events = events_of("Orikhiv and Stepnohirsk came under fire from multiple-launch rocket systems on Friday; in the "
                       "village of Bilenke, a drone dropped a grenade on a car, injuring the driver.", "2025-06-07")
    assert sorted((e.location.name, e.event_type) for e in events) == [
        ("Bilenke", "air_drone_strike"), ("Orikhiv", "missile_artillery_strike"),
        ("Stepnohirsk", "missile_artillery_strike")], _where(events)


def test_one_weapon_for_a_list_of_towns_types_them_all():
    events = events_of("Russian drones hit Odesa, Kharkiv and Dnipro overnight, officials said.", "2025-06-07")
    assert {e.event_type for e in events} == {"air_drone_strike"} and len(events) == 3, _where(events)


@pytest.mark.parametrize("text", [
    "Ukrainian officials seldom comment on attacks inside Russia.",
    "Officials say a fresh sanctions package could be approved by EU ambassadors next week.",
])
def test_no_event_of_talk_about_attacks_and_decisions_to_come(text):
    assert events_of(text, "2026-04-02") == [], _where(events_of(text, "2026-04-02"))


def test_a_rally_told_again_and_the_group_that_counted_arrests():
    events = events_of("On Sunday, about 60 women rallied outside the Defence Ministry in Moscow, demanding that their "
                       "husbands be brought home. Police detained five of them, according to the rights group Svoboda "
                       "Sobraniy. The rally ended after an hour.", "2026-11-05")
    assert [(e.event_type, e.location.admin1_code, str(e.date)) for e in events] == [("protest", "RU-MOW", "2026-11-01")], _where(events)


def test_volunteers_captured_while_fighting_for_a_side_are_no_battle_or_capture():
    events = events_of("In Batumi, hundreds of people rallied on Sunday, demanding the release of Georgian volunteers "
                       "captured while fighting for Ukraine.", "2026-11-05")
    assert [e.event_type for e in events] == ["protest"], _where(events)


def test_a_chronologys_date_headings_date_their_paragraphs():
    text = ("The month on the border: a chronology\n\nThe region lived through its hardest month yet. We collected the "
            "main events.\n\nFebruary 3, Monday\nTwo drones attacked Nikolskoye, a village near Belgorod. One hit a barn.\n\n"
            "February 9, Sunday\nGrayvoron was shelled in the morning; a shop was damaged. No one was hurt.\n\n"
            "February 17\nThe FSB said it had detained a man in Belgorod on suspicion of treason.")
    events = events_of(text, "2025-03-01")
    assert sorted((e.event_type, str(e.date)) for e in events) == [
        ("air_drone_strike", "2025-02-03"), ("arrest", "2025-02-17"), ("missile_artillery_strike", "2025-02-09")], _where(events)


def test_the_heaviest_attack_keeps_its_own_day():
    events = events_of("On Tuesday, Russian forces attacked near Ivanivske, the brigade said. The week's heaviest attack "
                       "came in the early hours of Thursday, when Russia fired 36 missiles at Ukraine.", "2024-04-13")
    assert "2024-04-11" in [str(e.date) for e in events if e.location and e.location.precision == 4], _where(events)


def test_a_raion_of_the_region_written_is_no_district_of_the_city_before():
    events = events_of("In Odesa, drones hit port infrastructure in the Prymorskyi district, injuring two dock workers. "
                       "In the west, an attack damaged a gas facility in the Stryi district of the Lviv region.", "2024-04-13")
    assert "UA-46" in [e.location.admin1_code for e in events] and all(
        e.location.admin1_code != "UA-51" for e in events if "gas facility" in e.claims[0].quote), _where(events)


def test_a_spokesman_named_is_no_village_and_flight_restrictions_are_a_disruption():
    events = events_of("Nazar Hrytsai, a spokesman for the Ukrainian troops in the area, told national television that "
                       "fighting was going on in the village of Krasnohorivka on Thursday.", "2024-07-18")
    assert events and all(e.location.admin1_code == "UA-14" for e in events), _where(events)
    events = events_of("Russia's aviation authority imposed restrictions on flights at Kazan airport for about two hours "
                       "overnight.", "2024-09-24")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("infrastructure_disruption", "RU-TA")], _where(events)


def test_a_sections_first_sentence_dates_the_section_and_the_next_section_does_not_inherit_it():
    text = ("On Tuesday, Russian forces attacked from the east near Ivanivske, the brigade said.\n\nThe air war\n\n"
            "The week's heaviest attack came in the early hours of Thursday, when Russia fired 36 missiles and 47 Shahed "
            "drones at Ukraine.\n\nIn Kharkiv, missiles struck a substation, leaving 200,000 people without electricity, "
            "the mayor said.\n\nElsewhere\n\nIn Odesa, drones hit port infrastructure, injuring two dock workers.")
    events = events_of(text, "2024-04-13")
    by_place = {(e.location.name, e.event_type): str(e.date) for e in events}
    assert by_place[("Kharkiv", "missile_artillery_strike")] == "2024-04-11", _where(events)
    assert by_place[("Odesa", "air_drone_strike")] == "2024-04-09", _where(events)


def test_ground_assaults_with_armour_and_armed_groups_crossing_the_border():
    events = events_of("On Tuesday, Russian forces attacked from the north with a column of tanks and armoured vehicles "
                       "near Kurakhivka, the brigade said.", "2024-04-13")
    assert [e.event_type for e in events] == ["armed_clash"], _where(events)
    events = events_of("Shortly before dawn on Tuesday, armed groups of Russian volunteers fighting on Ukraine's side tried "
                       "to cross the border near the village of Spodaryushino in the Grayvoron district, the Defence "
                       "Ministry said.", "2024-03-13")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("armed_clash", "RU-BEL")], _where(events)
    assert events_of("About 40 migrants tried to cross the border from Belarus near Bialowieza on Tuesday, Polish border "
                     "guards said.", "2024-03-13") == []


def test_a_tally_of_shelling_over_districts_is_one_regional_event():
    events = events_of("Over the past day, the Armed Forces of Ukraine shelled the Belovsky, Korenevsky and Tetkinsky "
                       "districts 19 times, using artillery and drones, the governor said.", "2024-04-13")
    assert [(e.location.admin1_code, e.location.precision) for e in events] == [("RU-KRS", 3)], _where(events)


def test_a_state_protesting_in_a_live_blog_headline_is_no_demonstration():
    events = events_of("Ukraine war live: Latvia protests airspace violation; Russia claims capture of Novoselivka",
                       "2026-03-12")
    assert "protest" not in [e.event_type for e in events], _where(events)


@pytest.mark.parametrize("text,killed,injured", [
    ("Orikhiv: artillery shelling, a woman, 67, killed. A house destroyed.", 1, None),
    ("Prymorske: an FPV drone hit a car. A man, 43, injured.", None, 1),
    ("Two men, 43 and 51, were injured when a shell hit the market.", None, 2),
])
def test_ages_in_apposition_are_no_counts(text, killed, injured):
    from sitrep.extract.casualties import extract_casualties
    c = extract_casualties(text)
    assert (c.fatalities.best if c.fatalities else None, c.injured.best if c.injured else None) == (killed, injured)


def test_the_general_staff_in_kyiv_is_no_place_of_the_strike():
    events = events_of("Overnight, Ukrainian forces struck the Saky military airfield in western Crimea, the general staff "
                       "in Kyiv said.", "2024-05-20")
    assert events and all(e.location.admin1_code == "UA-43" for e in events), _where(events)


def test_a_city_district_in_a_later_paragraph_is_the_citys_named_before():
    text = ("Overnight, Russia attacked Zaporizhzhia with attack drones.\n\nShevchenkivskyi district: a drone hit an "
            "industrial enterprise. Two employees injured.\n\nDniprovskyi district: debris of a downed drone fell on a "
            "private house. No one hurt.")
    events = events_of(text, "2026-01-27")
    assert events and all(e.location.admin1_code == "UA-23" for e in events), _where(events)


# --- from the studied half of blind11 (HALF=1), in new sentences

def test_the_missile_told_again_in_a_quote_is_the_strike_told():
    events = events_of("A Russian ballistic missile struck the port of Chornomorsk on Sunday evening, killing a crane "
                       "operator. \"We were lucky the missile hit the deck and not the engine room,\" said the ship's "
                       "captain, Ali Demir.", "2024-05-20")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("missile_artillery_strike", "UA-51")], _where(events)


def test_a_facility_named_again_places_its_disruption():
    events = events_of("A Russian ballistic missile struck the grain terminal in the port of Chornomorsk on Sunday evening, "
                       "killing a crane operator. Loading at the terminal was suspended for the night and resumed on "
                       "Monday afternoon.", "2024-05-20")
    assert [e.location.admin1_code for e in events if e.event_type == "infrastructure_disruption"] == ["UA-51"], _where(events)


def test_pushed_back_some_kilometres_is_ground_taken():
    events = events_of("The southern command said its troops had pushed Russian forces back about 3km near the village of "
                       "Arkhanhelske on Monday.", "2022-08-10")
    assert [e.event_type for e in events] == ["territory_change"], _where(events)


def test_a_live_blog_headlines_items_keep_their_own_places():
    events = events_of("Ukraine war live: Russia claims Novoselivka in Kharkiv region; guided bombs wound 9 in Sumy; "
                       "delegations meet in Geneva", "2026-06-18")
    assert sorted((e.event_type, e.location.admin1_code) for e in events) == [
        ("air_drone_strike", "UA-59"), ("territory_change", "UA-63")], _where(events)
    events = events_of("Ukraine war live: Estonia protests Russian airspace violation; Moscow claims Novopavlivka", "2026-03-12")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("territory_change", "UA-12")], _where(events)
    assert events_of("Moscow claims Kyiv used drones against civilians in Belgorod", "2026-03-12") == []


def test_a_growing_number_of_strikes_and_a_group_of_forces_are_no_event_or_place():
    assert events_of("The move is likely a response to the growing number of Ukrainian drone strikes deep inside Russia.",
                     "2025-08-21") == []
    events = events_of("Units of the Yug group repelled five attacks near Kostiantynivka, the ministry said.", "2025-03-14")
    assert events and all(e.location.admin1_code == "UA-14" for e in events), _where(events)


# --- from the studied half of blind13 (HALF=1), in new sentences

def test_an_arsonist_with_molotov_cocktails_is_property_destruction():
    events = events_of("Overnight, an unknown person threw two Molotov cocktails at the enlistment office in the Siberian "
                       "city of Tomsk, damaging the entrance, the regional Interior Ministry said.", "2023-04-12")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("looting_destruction", "RU-TOM")], _where(events)
    events = events_of("Protesters threw Molotov cocktails at police lines in Tbilisi on Sunday night.", "2023-04-12")
    assert [e.event_type for e in events] == ["riot"], _where(events)


def test_bodies_handed_back_are_no_battle():
    # (since the twelfth session a repatriation is an agreement, as the invented sets annotate it; never a battle)
    events = events_of("Separately, Ukraine received the bodies of 61 soldiers killed in fighting, the headquarters said.",
                       "2023-08-07")
    assert all(e.event_type == "agreement" and e.fatalities is None for e in events)


def test_the_russians_attacking_near_villages_of_a_named_district():
    events = events_of("According to the spokesman, over the past day the Russians attacked 11 times near Stepnohirsk and "
                       "eight times near Kamianske in the Vasylivka district.", "2026-04-09")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("armed_clash", "UA-23")] * 2, _where(events)


def test_towns_that_only_say_where_a_place_lies_are_references():
    events = events_of("On Tuesday night, a drone struck an electricity substation in the Brovary district just east of "
                       "Kyiv, the regional administration said.", "2026-01-28")
    assert [e.location.admin1_code for e in events] == ["UA-32"], _where(events)
    events = events_of("Russian aircraft dropped guided bombs on Stepnohirsk, which lies on the Zaporizhzhia–Vasylivka "
                       "road, on Tuesday.", "2026-04-09")
    assert [e.location.name for e in events] == ["Stepnohirsk"], _where(events)


# --- from the studied half of blind14 (HALF=1), in new lines

def test_an_incident_logs_entry_days():
    text = ("Weekly log of civilian harm, 2-8 March\n\n"
            "02.03 — Kupiansk: artillery shelling damaged a school; no casualties.\n"
            "04.03 — Vovchansk: a drone hit a private house, a man, 57, injured.\n"
            "07.03 — Balakliia: guided bomb on the town centre, 2 killed.")
    events = events_of(text, "2025-03-08")
    assert sorted((e.location.name, str(e.date)) for e in events) == [
        ("Balakliya", "2025-03-07"), ("Kupyansk", "2025-03-02"), ("Vovchansk", "2025-03-04")], _where(events)
    text = "date | place | what happened\n29.12 | Nikopol | FPV drone hit a car, 1 injured\n03.01 | Marhanets | Shelling, a house destroyed"
    events = events_of(text, "2026-01-04")
    assert sorted(str(e.date) for e in events) == ["2025-12-29", "2026-01-03"], _where(events)


@pytest.mark.parametrize("text", ["The rate rose 1.25 percent in March, the central bank said.", "The front moved 12.5 km in a month."])
def test_decimals_are_no_log_days(text):
    from sitrep.nlp.dates import find_dates
    import datetime as dt
    assert not [d for d in find_dates(text, dt.date(2025, 3, 8)) if "." in d.text]


def test_a_summoned_diplomat_is_a_contact_at_the_summoning_ministry():
    events = events_of("The Russian diplomat was summoned to the foreign ministry in Oslo on Monday afternoon and handed a "
                       "protest note.", "2025-09-30")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("diplomatic_contact", "NO-03")], _where(events)


def test_a_missile_that_destroyed_part_of_a_school():
    events = events_of("Overnight, a missile destroyed part of a school in Chuhuiv, southeast of Kharkiv. No one was "
                       "injured, the town's mayor said.", "2022-07-28")
    assert [(e.event_type, e.location.name) for e in events] == [("missile_artillery_strike", "Chuhuyiv")], _where(events)


def test_a_logs_withdrawn_entries_and_its_unknown_column():
    text = ("ID\tDate\tPlace\tWhat happened\tAttr.\n"
            "L-101\t11.05\tKupiansk\tBomb dropped on a market from a plane; 2 dead\tRU\n"
            "L-102\t11.05\tKupiansk\tMarket hit by a bomb, 2 killed – DUPLICATE of L-101, not counted\tRU\n"
            "L-103\t12.05\tBalakliia\tunverified, removed\t—\n"
            "L-104\t13.05\tIzium\tStrike on a residential building\t?")
    events = events_of(text, "2024-05-14")
    assert sorted((e.location.name, e.event_type, str(e.date)) for e in events) == [
        ("Izyum", "missile_artillery_strike", "2024-05-13"), ("Kupyansk", "air_drone_strike", "2024-05-11")], _where(events)


def test_a_log_label_after_a_day_and_a_time_may_be_misspelt():
    events = events_of("02.08 19:10 · Adiivka: Shelling of the central district, 1 killed, 3 injured.", "2023-08-03")
    assert [(e.location.admin1_code, str(e.date)) for e in events] == [("UA-14", "2023-08-02")], _where(events)


def test_a_regions_label_keeps_its_first_sentence_and_drones_that_attacked_the_region():
    events = events_of("08:50 Kyiv region: air defence shot down 12 drones over the region overnight, the regional "
                       "military administration reports. Falling debris damaged two houses in the Bila Tserkva district.",
                       "2024-09-30")
    assert "UA-32" in [e.location.admin1_code for e in events if e.event_type == "interception"], _where(events)
    events = events_of("Kharkiv region, past day: a drone hit a warehouse in Chuhuiv.\n\nAir defence: overnight, 6 of the "
                       "9 Shahed drones that attacked the region were shot down.", "2024-09-16")
    assert {e.location.admin1_code for e in events} == {"UA-63"}, _where(events)


def test_a_tally_of_settlements_then_listed_is_one_regional_aggregate():
    events = events_of("Police recorded the consequences of attacks on 11 settlements: the cities of Toretsk, "
                       "Kostiantynivka and Druzhkivka, and the villages of Ostrivske and Shcherbynivka.", "2024-07-18")
    assert [(e.location.admin1_code, e.location.precision, e.is_aggregate) for e in events] == [("UA-14", 3, True)], _where(events)


def test_a_caption_dated_by_its_weekday_makes_no_event():
    text = ("Missiles on Zaporizhzhia: the weekend in the war\n\nA firefighter works at the site of a Russian missile strike "
            "in Zaporizhzhia on Saturday.\n\nFor a second weekend, Ukrainians listened to sirens. Russia's defence ministry "
            "said its forces had taken Opytne and Zaitseve, south of Bakhmut. Ukraine's General Staff said on Sunday that "
            "its troops had repelled Russian attacks near both villages.")
    events = events_of(text, "2022-10-16")
    assert not [e for e in events if e.location and e.location.name.startswith("Zaporizh")], _where(events)
    assert {e.location.name for e in events if e.event_type == "territory_change"} == {"Opytne", "Zaitseve"}, _where(events)
    assert [e for e in events if e.event_type == "armed_clash" and e.location.admin1_code == "UA-14"], _where(events)


def test_a_railway_junction_near_a_town_is_the_towns():
    events = events_of("The SBU detained a man who set fire to a relay cabinet near the Zdolbuniv railway junction on "
                       "Sunday night.", "2024-05-16")
    assert [e.location.name for e in events] == ["Zdolbuniv"], _where(events)


def test_what_is_decided_at_a_summit_abroad_is_at_its_dateline():
    text = ("NATO summit ends with pilot training deal\n\nVILNIUS — NATO leaders agreed on Wednesday to fund a training "
            "centre for Ukrainian pilots, closing a two-day summit in the Lithuanian capital.\n\nUkraine's president, who "
            "attended the summit as a guest, met his Lithuanian counterpart on the sidelines on Tuesday evening.")
    events = events_of(text, "2026-07-08")
    assert events and {e.location.admin1_code for e in events} == {"LT-VL"}, _where(events)


def test_a_towns_district_in_a_later_paragraph_is_not_a_district_of_another_city():
    text = ("The emergency declared in the region allows Moscow to send extra resources.\n\n09:00\nRussia attacked "
            "Ukraine overnight with 22 Shahed drones. In the Sumy district, a drone hit an infrastructure facility; no one "
            "was injured, the regional administration said.")
    events = events_of(text, "2024-08-09")
    assert "UA-59" in [e.location.admin1_code for e in events] and "RU-MOW" not in [e.location.admin1_code for e in events], _where(events)


def test_overnight_into_a_weekday_and_the_road_out_of_a_town():
    events = events_of("Ukrainian long-range drones struck the Yeysk airfield on the Sea of Azov overnight into Sunday, "
                       "according to the regional governor.", "2024-10-10")
    assert [str(e.date) for e in events] == ["2024-10-06"], _where(events)
    events = events_of("On Tuesday morning a Russian FPV drone caught an ambulance on the road out of Myrnohrad and killed "
                       "its driver.", "2024-10-10")
    assert [e.location.name for e in events] == ["Myrnohrad"], _where(events)


def test_lists_handed_over_and_a_slogans_place_make_no_event_of_their_own():
    assert events_of('"We handed over new lists of prisoners," the ombudsman said.', "2023-12-08") == []
    events = events_of("Russian forces handed over the village of Pisky to the DPR militia.", "2023-12-08")
    assert [e.event_type for e in events] == ["territory_change"], _where(events)
    events = events_of("About 200 relatives of prisoners rallied in Kyiv on Sunday. Protesters held portraits of missing "
                       "soldiers and chanted \"Bring the defenders of Azovstal home\".", "2023-12-08")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("protest", "UA-30")], _where(events)


def test_a_village_beyond_the_river_and_forces_that_continued_attacks_in_a_region():
    events = events_of("In the south, Ukrainian marines holding a sliver of the left bank of the Dnipro around the village "
                       "of Krynky said they repelled three Russian assaults on Sunday.", "2024-04-13")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("armed_clash", "UA-65")], _where(events)
    events = events_of("Northern Kharkiv direction: Russian forces continued limited attacks in northern Kharkiv Oblast near "
                       "Vovchansk on October 13 but did not advance.", "2025-10-14")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("armed_clash", "UA-63")], _where(events)
