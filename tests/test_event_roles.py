"""Who did what to whom, and where: roles of actors and places around an event trigger.

Invented sentences, one phenomenon each (ANNOTATION: for interceptions actor1 is the defender).
"""
import pytest

from sitrep.extract.actors import find_actors, is_passive_agent, pick_actors
from helpers_extract import only, run as events_of


@pytest.mark.parametrize("sentence", [
    "In the morning, 22 enemy attack drones were shot down by the mobile fire groups of the Ukrainian army.",
    "Twelve enemy cruise missiles were shot down by the air defence units of Ukraine's armed forces on Tuesday.",
    "Air defence forces destroyed 31 of the 40 drones overnight, the air force said.",
])
def test_interception_defender_is_actor1(sentence):
    e = only(events_of(sentence), "interception")
    assert e.actor1_side == "UA"
    assert e.location is None or e.location.country_code == "UA"


def test_passive_agent_after_long_noun_phrase():
    text = "Four drones were intercepted by the air defence units of the Ukrainian navy near the coast."
    mentions = find_actors(text)
    end = text.index("intercepted") + len("intercepted")
    agent = next(m for m in mentions if "Ukrainian navy" in m.text)
    assert is_passive_agent(text, end, agent)
    a1, _a2 = pick_actors(text, text.index("intercepted"), end, mentions)
    assert a1 is agent


def test_passive_agent_stops_at_clause_boundary():
    text = "Four drones were intercepted by air defence, and Ukrainian forces later shelled the village."
    mentions = find_actors(text)
    end = text.index("intercepted") + len("intercepted")
    later = next(m for m in mentions if m.text.startswith("Ukrainian forces"))
    assert not is_passive_agent(text, end, later)


def test_speaker_after_trigger_is_not_the_target():
    text = "Air defence destroyed 14 drones over the north, the air force said."
    e = only(events_of(text), "interception")
    assert e.actor1_side == "UA" and e.actor2_side in (None, "RU")


@pytest.mark.parametrize("sentence", [
    "The governor of the western region of Rivne said that the air force destroyed 9 Shahed drones over his region.",
    "Ukraine's air force destroyed 17 of the 20 attack drones launched overnight.",
])
def test_destroying_the_weapons_is_air_defence(sentence):
    e = only(events_of(sentence), "interception")
    assert {"retype.weapons_destroyed", "split.wave_and_interception", "trigger.interception"} & set(e.rules)
    assert e.actor1_side == "UA" and e.weapons and e.weapons[0].intercepted is not None


def test_destroying_vehicles_is_still_a_strike():
    e = only(events_of("Russian aircraft destroyed two Ukrainian tanks near the village of Novomykolaivka in Zaporizhzhia region."))
    assert e.event_type == "air_drone_strike" and e.actor1_side == "RU"


def test_launching_drones_is_not_interception():
    events = events_of("Russian forces launched attack drones at Ukraine from several directions on Tuesday evening.")
    assert not [e for e in events if e.event_type == "interception"]


def test_by_phrase_of_a_later_participle_is_not_the_agent():
    text = "Ukraine's air defence downed 11 of 14 drones launched by Russia overnight."
    mentions = find_actors(text)
    end = text.index("downed") + len("downed")
    russia = next(m for m in mentions if m.text == "Russia")
    assert not is_passive_agent(text, end, russia)
    inter = only(events_of(text), "interception")
    assert inter.actor1_side == "UA"


def test_places_hit_by_the_weapons_that_got_through_are_not_interception_places():
    events = events_of("Air defence shot down 19 of 22 cruise missiles, with the remaining three hitting Vinnytsia and Zhytomyr.")
    inter = only(events, "interception")
    assert inter.location is None or inter.location.precision == 4


def test_appositive_place_is_a_description():
    events = events_of("Russia's assault on Chasiv Yar, the gateway to Kramatorsk, has cost it dozens of tanks this week.")
    assert events and all(e.location is None or e.location.name != "Kramatorsk" for e in events)


def test_participle_deployed_is_not_a_deployment():
    text = ("The Russian troops deployed near the towns of Vovchansk and Lyptsi have found themselves short of "
            "ammunition, the report said.")
    assert events_of(text) == []


def test_deployment_with_finite_verb_is_kept():
    only(events_of("Russia deployed 3,000 troops to the Kursk region on Monday."), "military_mobilization")


def test_soldiers_surrendering_is_no_agreement():
    assert not events_of("Nine Russian soldiers surrendered to Ukrainian troops near Kupiansk on Tuesday, the brigade said.")


def test_garrison_ceasefire_is_still_an_agreement():
    events = events_of("The two sides agreed to a ceasefire around the power plant on Sunday, the mediators said.")
    assert [e for e in events if e.event_type == "agreement"]


def test_under_attack_as_a_state_is_not_an_incident():
    assert not events_of("The ministry referred to Toretsk as part of an area under Russian attack.")


def test_coming_under_fire_with_casualties_is_an_incident():
    events = events_of("The village of Bilozerka came under Russian artillery fire on Tuesday, killing two residents.")
    e = only(events)
    assert e.event_type == "missile_artillery_strike" and e.fatalities.best == 2


@pytest.mark.parametrize("text,place", [
    ("MOSCOW: Russia's defence ministry said on Wednesday that its troops had captured the village of Kindrashivka in Kharkiv region.", "Kindrashivka"),
    ("KYIV: Russian forces carried out an overnight missile strike on the southern Mykolaiv region, damaging port infrastructure.", "Mykolaiv"),
    ("MOSCOW (Agency - 21st May, 2025) Russian forces captured the village of Kindrashivka in Kharkiv region, the ministry said.", "Kindrashivka"),
])
def test_datelines_are_not_event_places(text, place):
    events = events_of(text)
    assert events and all(e.location is not None and place in e.location.name for e in events), [
        (e.event_type, e.location and e.location.name) for e in events]


def test_place_inside_an_outlet_name_is_no_place():
    events = events_of("The Kyiv Post, citing intelligence officials, reported the destruction of six planes at an airfield in the Rostov region.")
    assert events and all(e.location is None or e.location.name != "Kyiv" for e in events)


def test_fired_from_occupied_territory_is_the_origin():
    events = events_of("Russian forces struck the port of Izmail overnight with Onyx missiles fired from Russian-occupied Crimea.")
    assert events and all(e.location is None or e.location.admin1_code != "UA-43" for e in events)


def test_governor_of_annexed_region_is_a_role_not_a_place():
    events = events_of("There was no comment from the Russian-installed governor of annexed Crimea about the drone attacks on Sevastopol.")
    assert all(e.location is None or e.location.admin1_code != "UA-43" or "Sevastopol" in e.location.name for e in events)


def test_speaker_is_not_the_attacker():
    e = only(events_of("Ukraine's military said the strike on Izmail involved Onyx missiles fired from the sea."))
    assert e.actor1_side == "RU"


def test_speaker_reporting_its_own_action_is_the_agent():
    e = only(events_of("Ukraine's air force said it shot down 14 drones over the Poltava region on Tuesday."), "interception")
    assert e.actor1_side == "UA"


@pytest.mark.parametrize("text", [
    "The army said on Tuesday it has withdrawn its troops from the town of Krasnohorivka to save lives.",
    "Ukrainian forces are withdrawing from the village of Urozhaine, the brigade spokesman said on Monday.",
])
def test_withdrawal_from_a_place_is_a_territory_change(text):
    e = only(events_of(text), "territory_change")
    assert e.location is not None and e.location.precision <= 2


def test_coal_mines_are_not_explosives():
    text = "Russian troops threaten the town of Pokrovsk, a logistics hub where there are also major coal mines."
    assert not [e for e in events_of(text) if e.event_type == "remote_explosive"]


def test_landmines_are_still_explosives():
    e = only(events_of("Two farmers were killed when their tractor hit a landmine near the village of Kyselivka on Monday."))
    assert e.event_type == "remote_explosive"


def test_demonstration_measures_are_no_protest():
    text = "During the operation, demonstration measures were carried out near Kupiansk to mask the real actions of the troops."
    assert not [e for e in events_of(text) if e.event_type == "protest"]


def test_soldiers_taken_prisoner_is_no_abduction():
    text = "Ukrainian soldiers said on Thursday that 35 Russian soldiers were taken prisoner near Sudzha."
    assert not [e for e in events_of(text) if e.event_type == "abduction"]


def test_civilians_taken_captive_is_an_abduction():
    e = only(events_of("Russian troops took four civilians captive in the village of Bilohorivka on Friday, the prosecutor said."), "abduction")
    assert e.location is not None


def test_repelled_drone_attack_is_air_defence():
    text = "\u201cToday, our air defence withstood and repelled a mass attack by enemy drones,\u201d the air force said on Sunday."
    events = events_of(text)
    assert [e for e in events if e.event_type == "interception"]
    assert not [e for e in events if e.event_type == "armed_clash"]


def test_repelled_ground_attack_is_still_a_clash():
    e = only(events_of("Ukrainian troops repelled a Russian assault near the village of Novoselivka on Sunday."))
    assert e.event_type == "armed_clash"


@pytest.mark.parametrize("text", [
    "In October 2022, the bridge was damaged by a truck bomb, which killed three people.",
    "The bridge over the Dnipro was targeted by Ukrainian forces in the past.",
    "The depot near Liski has been repeatedly attacked by drones, officials say.",
])
def test_background_mentions_are_not_new_events(text):
    assert events_of(text) == [], [(e.event_type, e.date) for e in events_of(text)]


def test_in_the_past_day_is_not_background():
    e = only(events_of("In the Kharkiv region, Russian forces shelled 23 settlements in the past day, killing two civilians."))
    assert e.event_type == "missile_artillery_strike"


def test_day_of_the_speech_does_not_date_the_event():
    text = ("Ukraine said on Monday that its troops had liberated the village of Staromaiorske in Donetsk region "
            "last week, deputy defence minister Hanna Maliar said.")
    e = only(events_of(text, "2025-03-12"), "territory_change")
    assert str(e.date) != "2025-03-10" and e.date_precision in ("week", "range")


def test_report_dated_headline_joins_the_body_incident_of_last_week():
    text = ("Ukraine Says Troops Liberated Village of Staromaiorske\n\n"
            "Ukraine said on Monday that its troops had liberated the village of Staromaiorske in Donetsk region "
            "last week, deputy defence minister Hanna Maliar said.")
    e = only(events_of(text, "2025-03-12"), "territory_change")
    assert str(e.date) != "2025-03-12"


def test_halting_attacks_is_ground_fighting():
    e = only(events_of("Ukrainian troops halted 18 Russian attacks near the village of Kalynove on Sunday, the general staff said."))
    assert e.event_type == "armed_clash"


@pytest.mark.parametrize("text", [
    "Russian forces have carried out regular missile and drone strikes on port infrastructure in Odesa in recent weeks.",
    "Daily shelling has emptied the town of Orikhiv.",
])
def test_habitual_adjective_makes_background(text):
    assert events_of(text) == []


def test_habitual_word_elsewhere_does_not_block_an_incident():
    e = only(events_of("The regular army shelled the village of Bilozerka on Tuesday, killing two residents."))
    assert e.event_type == "missile_artillery_strike"


@pytest.mark.parametrize("text,capital", [
    ("Much of Vovchansk has been destroyed as Moscow tries to seize it back, the report said.", "Moscow"),
    ("Ukraine launched 70 drones at the airfield in Morozovsk but said Kyiv is \u201cwaiting for information\u201d about damage.", "Kyiv"),
    ("The Kiev regime has carried out another provocation and is shelling Sudzha, Putin said.", "Kyiv"),
])
def test_capital_as_government_is_not_an_event_place(text, capital):
    events = events_of(text)
    assert all(e.location is None or capital not in e.location.name for e in events), [(e.event_type, e.location and e.location.name) for e in events]


def test_capital_without_power_is_still_a_place():
    events = events_of("Half of Kyiv remains without power after the Russian missile attack, the mayor said.")
    assert any(e.location is not None and e.location.admin1_code == "UA-30" for e in events)


def test_place_in_a_building_name_is_no_place():
    events = events_of("Explosions shattered windows in the city administration and the House of Moscow in Bryansk on Tuesday.")
    assert events and all(e.location is None or e.location.name != "Moscow" for e in events)


def test_control_of_most_of_a_city_is_a_territory_change():
    e = only(events_of("Russian forces control most of the city of Sievierodonetsk, the governor of Luhansk region said on Wednesday."))
    assert e.event_type == "territory_change" and e.location is not None and e.location.precision == 1


def test_leader_meeting_his_own_council_is_no_diplomatic_contact():
    events = events_of("Putin convened a meeting of the Russian Security Council on Monday, the Kremlin said.")
    assert not [e for e in events if e.event_type == "diplomatic_contact"]


def test_city_with_its_own_iso_code_in_its_region_keeps_the_city():
    e = only(events_of("Black Sea Fleet repulses drone attack on Sevastopol in Crimea"))
    assert e.location is not None and e.location.admin1_code == "UA-40" and e.location.precision == 1


@pytest.mark.parametrize("text,expected", [
    ("On 3 May 2022, Russian and Ukrainian forces exchanged artillery fire near Novomykhailivka, Donetsk. Casualties unknown.", "armed_clash"),
    ("On 3 May 2022, monitors recorded 14 explosions in both directions of the contact line near Novomykhailivka.", "armed_clash"),
    ("On 3 May 2022, separatist forces fired small arms at Ukrainian positions near Novomykhailivka, Donetsk.", "armed_clash"),
    ("On 3 May 2022, Russian forces conducted a ground assault on Ukrainian positions and shelled near Novomykhailivka, Donetsk.", "armed_clash"),
    ("On 3 May 2022, Russian forces shelled Novomykhailivka, Donetsk, with artillery and mortars. Casualties unknown.", "missile_artillery_strike"),
    ("On 3 May 2022, Ukrainian forces fired grenade launchers at separatist positions near Novomykhailivka, Donetsk.", "missile_artillery_strike"),
    ("On 3 May 2022, monitors recorded 12 projectiles involving unknown weapons near Novomykhailivka.", "missile_artillery_strike"),
])
def test_fighting_versus_one_sided_fire(text, expected):
    e = only(events_of(text, "2022-05-04"))
    assert e.event_type == expected, e.rules


def test_thrown_projectiles_are_a_riot():
    e = only(events_of("Protesters threw projectiles at police outside the parliament in Tbilisi on Monday."))
    assert e.event_type == "riot"


def test_strike_named_as_the_time_of_another_event():
    events = events_of("Poland scrambled its combat aircraft during yet another massive Russian missile attack on Ukraine, "
                       "the Polish command said on Thursday.")
    e = only(events)
    assert e.event_type == "military_mobilization" and e.actor1_side == "PL"


def test_casualties_during_an_attack_are_the_attack():
    e = only(events_of("Two people were killed during a Russian missile attack on Kharkiv on Thursday."))
    assert e.event_type == "missile_artillery_strike" and e.fatalities.best == 2


def test_each_merge_step_names_itself():
    e = only(events_of("Russian missiles struck Odesa overnight, damaging the port. Later, two people were killed, officials said."))
    # the casualties of the next sentence complete the incident just told (followups.FollowUpMixin)
    assert "followup.outcome" in e.rules and e.fatalities.best == 2


def test_previous_days_wave_is_its_own_event():
    text = ("Russia launched 20 Shahed drones and two missiles at Ukraine overnight, the air force said on Sunday. "
            "Air defence shot down 15 of the drones. The previous day, the air force reported that Russia had "
            "launched 38 Shahed drones, of which 29 were destroyed.")
    events = events_of(text, "2025-03-09")
    waves = sorted((str(e.date), e.weapons[0].launched.best) for e in events if e.event_type != "interception" and e.weapons and e.weapons[0].launched)
    inter = sorted((str(e.date), e.weapons[0].intercepted.best) for e in events if e.event_type == "interception")
    assert waves == [("2025-03-08", 38), ("2025-03-09", 20)]
    assert inter == [("2025-03-08", 29), ("2025-03-09", 15)]


def test_districts_after_a_city_are_that_citys_districts():
    text = "According to the mayor, the enemy launched three strikes on Kharkiv \u2013 two in Shevchenkivskyi district, one in Kyivskyi district."
    events = events_of(text)
    assert events and all(e.location is not None and e.location.admin1_code == "UA-63" for e in events), [
        (e.location and (e.location.name, e.location.admin1_code)) for e in events]


def test_district_of_a_city_is_one_place():
    e = only(events_of("Russian drones hit the Shevchenkivskyi district of Kyiv overnight."))
    assert e.location.admin1_code == "UA-30"


def test_short_word_of_a_foreign_name_is_no_alternate_name():
    from sitrep.extract.places import find_places
    places = find_places("The drones were found in the northern village of Borosenii Noi, local police said.")
    assert all(p.location.country_code != "RU" for p in places)


def test_country_level_headline_joins_the_body_incident():
    text = ("Two Killed in Shelling of Russian Region on Ukraine Border\n\n"
            "Two civilians were killed when Ukrainian forces shelled the village of Novaya Tavolzhanka in the "
            "Belgorod region on Saturday, the governor said.")
    e = only(events_of(text))
    assert e.location.precision == 1 and e.actor1_side == "UA" and e.actor2_side == "RU"
    assert "assemble.same_incident" in e.rules


def test_country_level_interception_headline_stays_national():
    text = ("Air Defence Shoots Down 30 Drones Over Ukraine\n\n"
            "Air defence shot down 30 drones across Ukraine overnight, the air force said. "
            "Five of them were downed over the Kyiv region, the regional governor said.")
    inters = [e for e in events_of(text) if e.event_type == "interception"]
    assert any(e.location is not None and e.location.precision == 4 for e in inters)


def test_his_region_is_the_region_named_before():
    text = ("The governor of the southern Mykolaiv region said the air force destroyed 13 Shahed drones over his region. "
            "The attack caused three fires and damaged three residential buildings in his region, he said.")
    events = events_of(text)
    assert {e.event_type for e in events} >= {"interception"}
    assert all(e.location is not None and e.location.admin1_code == "UA-48" for e in events), [
        (e.event_type, e.location and e.location.name) for e in events]


@pytest.mark.parametrize("text", [
    "The report listed nearly 50 attempts by Russian forces to break through Ukrainian defences near Siversk.",
    "Ukrainian troops repelled four attempts by the enemy to advance near Kupiansk on Monday.",
])
def test_attempts_by_an_agent_to_break_through_are_fighting(text):
    e = only(events_of(text))
    assert e.event_type == "armed_clash" and e.location is not None and e.location.precision <= 2


def test_speaker_pronoun_far_from_the_trigger_stays_a_speaker():
    text = ("Ukraine's prosecutor general's office says it is investigating the strike as a war crime, "
            "claiming the missiles deliberately targeted civilian areas in Uman.")
    e = only(events_of(text))
    assert e.actor1_side == "RU" and e.location is not None and e.location.name == "Uman"


def test_a_russian_group_of_forces_is_a_russian_actor():
    from sitrep.extract.actors import find_actors
    assert [(a.side) for a in find_actors("Units of the Centre group of forces liberated the village, the ministry said.")] == ["RU"]
    assert find_actors("The West group of countries met in Geneva.") == []


def test_a_person_in_a_city_after_a_comma_is_not_where_the_strike_was():
    from helpers_extract import run
    ev = run("Live: Kharkiv hit by glide bombs, Zelensky in Brussels\n\nRussian bombs struck Kharkiv on Monday, injuring five.", "2025-02-03")
    assert "Brussels" not in [e.location.name for e in ev if e.location], [(e.event_type, e.location) for e in ev]


def test_a_strike_in_occupied_crimea_reported_by_ukraine_is_ukraines():
    from helpers_extract import run
    ev = run("Ukraine's military said on Thursday it had struck a Russian radar station near Yevpatoria in occupied Crimea.", "2025-05-15")
    assert ev and ev[0].actor1_side == "UA", [(e.event_type, e.actor1_side) for e in ev]
    ev = run("Occupation authorities in Sevastopol said debris from a downed drone damaged a power line in the city.", "2025-05-15")
    assert ev and ev[0].actor1_side == "UA", [(e.event_type, e.actor1_side) for e in ev]


def test_a_district_label_says_where_the_village_of_the_line_lies():
    from helpers_extract import run
    text = ("Over the past day, the enemy shelled 30 settlements of the Kherson region, the regional administration said.\n"
            "Beryslav district: a 70-year-old woman was injured by a drone attack in Tokarivka.\n"
            "Kakhovka district: occupiers dropped explosives from a drone on a car in Zelenivka; the driver was killed.")
    ev = run(text, "2025-05-15")
    names = [e.location.name for e in ev if e.location]
    assert not any("raion" in n.lower() for n in names), names
    zel = [e for e in ev if e.location and e.location.name == "Zelenivka"]
    assert zel and zel[0].fatalities and zel[0].fatalities.best == 1


def test_shelling_told_from_the_peoples_republic_is_ukrainian_fire():
    from helpers_extract import run
    text = ("DONETSK, July 7 - Ukrainian forces fired ten shells at Horlivka on Sunday, wounding three civilians, the DPR "
            "mission said. The Yasynuvata district also came under fire.")
    ev = run(text, "2024-07-07")
    assert ev and all(e.actor1_side == "UA" for e in ev), [(e.location and e.location.name, e.actor1_side) for e in ev]
    ev = run("Russian troops shelled Kurakhove on Monday, the governor said. DPR leader Denis Pushilin denied it.", "2024-07-07")
    assert ev and ev[0].actor1_side == "RU"


def test_air_defence_over_crimea_is_russian_and_a_debris_clause_is_its_own_strike():
    from helpers_extract import run
    ev = run("Air defence systems destroyed 30 Ukrainian drones overnight: 20 over the Bryansk region and 10 over Crimea, "
             "the Russian Defence Ministry said.", "2025-05-07")
    assert all(e.actor1_side == "RU" for e in ev if e.event_type == "interception"), [(e.location and e.location.name, e.actor1_side) for e in ev]
    ev = run("The mayor said air defences repelled a drone attack on Moscow; debris fell near Domodedovo airport.", "2025-05-07")
    # (the debris is the downed drones': a drone strike, typed by the weapons just told)
    assert sorted(e.event_type for e in ev) == ["air_drone_strike", "interception"], [(e.event_type, e.location) for e in ev]


@pytest.mark.parametrize("text,etype,killed", [
    ("Russian forces detained a volunteer in occupied Melitopol on Tuesday and took him to an unknown location, his family said.", "abduction", None),
    ("The UN human rights mission documented the execution of at least 32 Ukrainian prisoners of war near Robotyne on 12 December.", "attack_on_civilians", 32),
    ("Russian police detained 12 people at an anti-war rally in St Petersburg on Sunday, a monitoring group said.", "protest", None),
    ("Ukraine's SBU detained a man in Odesa suspected of guiding Russian missile strikes.", "arrest", None),
])
def test_detentions_disappearances_and_executions(text, etype, killed):
    from helpers_extract import run
    ev = run(text, "2025-01-15")
    assert [e.event_type for e in ev] == [etype], [(e.event_type, e.rules) for e in ev]
    assert (ev[0].fatalities.best if ev[0].fatalities else None) == killed


def test_a_defused_mine_and_a_sabotage_group():
    from helpers_extract import run
    ev = run("On 3 March 2023, deminers defused an anti-tank mine found on a road near Izium, Kharkiv.", "2023-03-04")
    assert [e.event_type for e in ev] == ["interception"]
    ev = run("On 9 March 2023, a Ukrainian sabotage and reconnaissance group clashed with Russian border guards near "
             "Tetkino, Kursk. Two Russian servicemen were killed.", "2023-03-10")
    assert ev and ev[0].actor1_side == "UA"
