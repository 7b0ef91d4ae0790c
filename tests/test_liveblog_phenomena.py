"""Phrasings of live blogs, border-region reports, naval stories and analysis pieces (invented text, issue
10): a headline's casualty number is not a weapon count; a truce in another clause of a headline does not
turn its strike into an agreement; proposals rejected and decisions only expected are no events; the
hospital the wounded were taken to and airports that stopped flights are not where the harm happened; a
plant's products and a supplier's deliveries are not the weapons used; an analysis headline is no event;
and the lead's weekday dates the undated details the story goes on to tell."""

import pytest

from helpers_extract import run as events_of
from sitrep.extract.factuality import factuality_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, str(e.date), e.rules) for e in events]


@pytest.mark.parametrize("text", [
    "Two killed as drones strike apartment block in Sumy",
    "Three wounded when Russian missiles hit Kharkiv suburbs",
    "Four dead after drones slam into a market in Kherson",
])
def test_a_headline_casualty_number_is_not_a_weapon_count(text):
    ev = events_of(text, "2025-06-11")
    strikes = [e for e in ev if e.event_type in ("air_drone_strike", "missile_artillery_strike")]
    assert strikes, _summary(ev)
    assert all(w.launched is None for e in strikes for w in e.weapons), [e.weapons for e in strikes]


def test_a_launch_count_still_counts_its_weapons():
    ev = events_of("Russia launched 74 drones and two missiles at Ukraine overnight, the air force said.", "2025-06-11")
    counted = {w.category: w.launched.best for e in ev for w in e.weapons if w.launched}
    assert counted.get("drone") == 74, _summary(ev)


def test_a_truce_in_another_clause_of_the_headline_leaves_the_strike_a_strike():
    ev = events_of("Ukraine war live: drones hit Sumy overnight; Kremlin rejects truce proposal", "2025-06-11")
    assert [e.event_type for e in ev] == ["air_drone_strike"], _summary(ev)


def test_a_ceasefire_in_the_strike_clause_still_makes_an_agreement():
    ev = events_of("Russia and Ukraine agreed on Friday to a 30-day ceasefire on strikes against energy facilities, "
                   "the White House said.", "2025-06-11")
    assert any(e.event_type == "agreement" for e in ev), _summary(ev)


@pytest.mark.parametrize("text", [
    "Kremlin says ceasefire proposal put forward by European leaders is \"not serious\"",
    "The European Union is expected to approve a new package of sanctions against Russia next week, two diplomats said.",
    "Finland plans to close its last border crossing with Russia, the interior minister said on Tuesday.",
    "Zelensky urged allies to approve the delivery of more Patriot systems before winter.",
])
def test_decisions_not_taken_yet_are_no_events(text):
    assert events_of(text, "2025-06-11") == []


def test_a_decision_taken_is_still_an_event():
    ev = events_of("The European Union on Monday approved a new package of sanctions against Russia, "
                   "targeting its shadow fleet of oil tankers.", "2025-06-11")
    assert any(e.event_type == "policy_decision" for e in ev), _summary(ev)


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("The European Union is expected to approve new sanctions next week.", "sanctions", "anticipated"),
    ("Germany plans to send more air defence systems.", "send", "anticipated"),
    ("The government decided to impose martial law in the region.", "martial law", "planned"),
    ("The US resumed deliveries of artillery shells in the spring.", "shells", "supplied"),
    ("Ukraine faces a shortage of artillery shells on the eastern front.", "shells", "supplied"),
    ("Russian artillery shelled the village of Bilozerka on Monday.", "shelled", "asserted"),
])
def test_factuality_classes(sentence, trigger, expected):
    i = sentence.index(trigger)
    assert factuality_of(sentence, i, i + len(trigger)) == expected


def test_the_hospital_the_wounded_were_taken_to_is_not_the_place_hit():
    text = ("A woman was killed when Ukrainian shelling hit the village of Grayvoron on Tuesday, Governor "
            "Vyacheslav Gladkov said. Five people, including a teenager, were taken to hospital in Belgorod "
            "with shrapnel wounds.")
    ev = events_of(text, "2025-06-11")
    places = {e.location.name for e in ev if e.location}
    assert "Belgorod" not in places, _summary(ev)
    assert any(e.location and e.location.name == "Grayvoron" for e in ev), _summary(ev)


@pytest.mark.parametrize("care", ["were hospitalised in Dnipro", "were evacuated to Zaporizhzhia",
                                  "are being treated at a hospital in Kharkiv"])
def test_places_of_care_and_refuge_are_references(care):
    text = f"Russian shelling wounded four civilians in the town of Nikopol on Monday; they {care}."
    ev = events_of(text, "2025-06-11")
    assert {e.location.name for e in ev if e.location} == {"Nikopol"}, _summary(ev)


def test_airports_that_stopped_flights_are_not_where_drones_were_downed():
    text = ("Moscow's Vnukovo and Domodedovo airports suspended flights for several hours on Wednesday night "
            "after a wave of Ukrainian drones was shot down on the approaches to the capital.")
    ev = events_of(text, "2025-06-12")
    names = {e.location.name for e in ev if e.location}
    assert not names & {"Vnukovo", "Domodedovo"}, _summary(ev)


def test_a_struck_airport_is_still_the_place():
    ev = events_of("Ukrainian drones hit the Vnukovo airport near Moscow on Wednesday night, damaging a terminal.",
                   "2025-06-12")
    assert any(e.location and e.location.name == "Vnukovo" for e in ev), _summary(ev)


@pytest.mark.parametrize("text", [
    "Ukraine's General Staff said it had hit an electronics plant in the Moscow region that produces components for guided bombs.",
    "Drones struck a factory in Yelabuga that manufactures Shahed drones, the regional governor said.",
])
def test_what_a_plant_makes_is_not_the_weapon_used(text):
    ev = events_of(text, "2025-06-12")
    assert ev, text
    assert not any(w.category == "guided_bomb" for e in ev for w in e.weapons), [e.weapons for e in ev]
    assert all(not w.launched for e in ev for w in e.weapons)


def test_domestically_produced_drones_are_the_weapons_used():
    ev = events_of("Ukraine launched a swarm of domestically produced drones at a refinery in Orsk on Friday.", "2025-10-04")
    assert any(e.event_type == "air_drone_strike" for e in ev), _summary(ev)


def test_deliveries_of_shells_are_no_strike():
    text = ("Ukraine's supply problems have eased since the US resumed deliveries of artillery shells in the "
            "spring, and officials say drone production could reach four million units this year.")
    assert events_of(text, "2025-06-11") == []


@pytest.mark.parametrize("headline", [
    "Analysis: Why Russia's summer offensive in Donetsk is stalling",
    "Explainer - How Ukraine's sea drones pushed the Black Sea Fleet out of Sevastopol",
    "Why Russia keeps striking Odesa's port",
])
def test_an_analysis_headline_is_no_event(headline):
    assert events_of(headline, "2025-06-11") == []


def test_a_news_headline_in_the_present_tense_is_an_event():
    ev = events_of("Russian drones strike Odesa port, injuring three", "2025-06-11")
    assert ev and ev[0].event_type == "air_drone_strike", _summary(ev)


def test_the_leads_weekday_dates_the_details_that_follow():
    text = ("Two civilians were killed on Tuesday when Ukrainian forces shelled villages in Russia's Belgorod "
            "region, Governor Vyacheslav Gladkov said.\n\n"
            "A man died when a shell hit his car in the village of Novaya Tavolzhanka, Gladkov wrote on Telegram.\n\n"
            "In the Kursk region, a drone struck a school in the town of Rylsk, damaging its roof.")
    ev = events_of(text, "2025-06-11")  # a Wednesday
    dated = {e.location.name: e.date for e in ev if e.location}
    assert dated.get("Novaya Tavolzhanka") == "2025-06-10", _summary(ev)
    assert dated.get("Rylsk", dated.get("Ryl’sk")) == "2025-06-10", _summary(ev)


def test_a_detail_with_its_own_date_keeps_it():
    text = ("Two civilians were killed on Tuesday when Ukrainian forces shelled villages in the Belgorod region, "
            "the governor said.\n\nOn Sunday, a drone struck a school in the town of Rylsk.")
    ev = events_of(text, "2025-06-11")
    dated = {e.location.name: e.date for e in ev if e.location}
    assert dated.get("Rylsk", dated.get("Ryl’sk")) == "2025-06-08", _summary(ev)


def test_only_the_leads_weekday_runs_on():
    text = ("Air defences shot down 15 drones that Russia launched overnight, the air force said on Tuesday.\n\n"
            "Explosions were heard in Kyiv late on Monday, witnesses said.\n\n"
            "A drone hit a warehouse in the town of Brovary, injuring a guard, the regional governor said.")
    ev = events_of(text, "2025-06-10")  # a Tuesday
    dated = {e.location.name: e.date for e in ev if e.location}
    assert dated.get("Brovary") == "2025-06-10", _summary(ev)


def test_a_headline_near_a_town_does_not_swallow_the_villages_a_body_sentence_lists():
    text = ("General Staff: 162 combat clashes on the front over past day, heaviest fighting near Pokrovsk\n\n"
            "The most intense fighting took place on the Pokrovsk axis, where Ukrainian defenders repelled 47 "
            "attacks near Mykolaivka, Myroliubivka, Lysivka and Udachne.")
    ev = events_of(text, "2025-08-15")
    clashes = [e for e in ev if e.event_type == "armed_clash" and e.location and e.location.precision < 4]
    assert len(clashes) >= 4, _summary(ev)


@pytest.mark.parametrize("text", [
    "Russia has lost about 1,061,000 troops in Ukraine since the beginning of its full-scale invasion, the General Staff claimed.",
    "Russia has launched more than 30,000 Shahed drones at Ukraine, the air force said.",
])
def test_running_totals_are_no_events(text):
    assert events_of(text, "2025-08-15") == []


def test_a_days_figures_in_the_thousands_are_still_that_days_strikes():
    text = ("Russia carried out 89 air strikes, dropping 143 guided aerial bombs, and used 5,200 kamikaze drones "
            "to strike Ukrainian positions and settlements, according to the General Staff's morning report.")
    ev = events_of(text, "2025-08-15")
    assert any(e.event_type == "air_drone_strike" for e in ev), _summary(ev)


def test_a_blast_headline_is_the_bodys_planted_charge_and_the_blamed_side_did_it():
    text = ("Train derailed in Russia's Bryansk region after explosion, officials say\n\n"
            "A freight train carrying fuel derailed in Russia's Bryansk region on Saturday after an explosion "
            "damaged the track, the regional governor said, blaming Ukrainian saboteurs.")
    ev = events_of(text, "2025-08-15")
    assert [e.event_type for e in ev] == ["remote_explosive"], _summary(ev)
    assert ev[0].actor1_side == "UA" and ev[0].date == "2025-08-09", (ev[0].actor1, ev[0].date)


def test_a_country_owning_the_region_is_not_the_perpetrator():
    ev = events_of("Drones hit an oil depot in Russia's Tambov region overnight, the governor said.", "2025-08-15")
    assert ev and ev[0].actor1_side != "RU", _summary(ev)


def test_an_unplaced_outage_follows_the_document_not_ukraine():
    text = ("An explosion derailed a freight train near the town of Unecha in Russia's Bryansk region on Saturday, "
            "the governor said. Traffic on the line was suspended.")
    ev = events_of(text, "2025-08-15")
    assert all(e.location is None or e.location.country_code == "RU" for e in ev), _summary(ev)


def test_met_without_with_is_a_meeting():
    ev = events_of("Zelensky met German Chancellor Friedrich Merz in Berlin on Thursday to discuss air defence.", "2025-10-12")
    assert [(e.event_type, e.location.name) for e in ev] == [("diplomatic_contact", "Berlin")], _summary(ev)


def test_the_occupied_town_is_a_description_not_a_capture():
    ev = events_of("Russian forces abducted two residents of the occupied town of Enerhodar, the town's exiled mayor said.", "2025-10-12")
    assert [e.event_type for e in ev] == ["abduction"], _summary(ev)


def test_troops_that_occupied_a_village_still_took_it():
    ev = events_of("Russian troops occupied the village of Torske in the Donetsk region on Friday, the ministry said.", "2025-10-12")
    assert any(e.event_type == "territory_change" for e in ev), _summary(ev)


def test_an_investigation_opened_into_an_execution_reports_it():
    text = ("Ukraine's Prosecutor General's Office said on Monday it had opened an investigation into the execution "
            "of three Ukrainian prisoners of war by Russian troops near the village of Piatykhatky.")
    ev = events_of(text, "2025-10-12")
    assert [e.event_type for e in ev] == ["attack_on_civilians"], _summary(ev)


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Kyiv is open to a ceasefire along the current front line.", "ceasefire", "hypothetical"),
    ("Russia is set to launch a new offensive in the spring.", "offensive", "hypothetical"),
])
def test_adjective_cues_still_hedge(sentence, trigger, expected):
    i = sentence.index(trigger)
    assert factuality_of(sentence, i, i + len(trigger)) == expected


def test_a_headlines_reduced_passive_downing_is_the_other_sides_defence():
    ev = events_of("Russian Defence Ministry: 216 Ukrainian drones shot down over past day", "2025-10-12")
    assert [(e.event_type, e.actor1_side, e.location.country_code) for e in ev] == [("interception", "RU", "RU")], _summary(ev)


def test_an_active_downing_keeps_its_agent():
    ev = events_of("Ukrainian air defences shot down 40 Russian drones over the Kyiv region overnight.", "2025-10-12")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and all(e.actor1_side == "UA" for e in inter), _summary(ev)


def test_each_place_takes_the_day_written_after_it():
    text = ("Ukrainian drones struck the Novokuibyshevsk oil refinery in Russia's Samara region on Tuesday and the "
            "Ryazan refinery on Thursday, causing fires at both, regional governors said.")
    ev = events_of(text, "2025-10-12")  # a Sunday
    dated = {e.location.name: e.date for e in ev if e.location}
    assert dated.get("Ryazan’", dated.get("Ryazan")) == "2025-10-09", _summary(ev)
    assert dated.get("Novokuybyshevsk") == "2025-10-07", _summary(ev)


def test_the_citys_district_is_the_city_named_before():
    text = ("On Monday, a glide bomb struck a residential building in Kharkiv, killing four people. "
            "On Wednesday, a missile hit a warehouse in the city's Industrialnyi district, injuring two workers.")
    ev = events_of(text, "2025-10-12")
    wed = [e for e in ev if e.date == "2025-10-08"]
    assert wed and wed[0].location.name == "Kharkiv" and wed[0].location.precision == 1, _summary(ev)


def test_digest_section_headings_are_no_events():
    text = ("Fighting\n\n- A Russian drone attack on Odesa overnight damaged energy facilities, the governor said.\n\n"
            "Military aid\n\n- Norway announced a new military aid package worth $600m on Tuesday.")
    ev = events_of(text, "2026-02-20")
    assert sorted(e.event_type for e in ev) == ["air_drone_strike", "policy_decision"], _summary(ev)


def test_a_digests_dateline_weekday_dates_no_story():
    text = ("Here is the situation on Thursday, February 19, 2026.\n\n"
            "- A Russian drone attack on Odesa overnight damaged energy facilities, the governor said.\n\n"
            "- Russia's Ministry of Defence said its forces had captured the village of Novoandriivka in the Zaporizhia region.\n\n"
            "- Ukraine's air force said Russia launched 167 drones overnight, of which 106 were shot down.\n\n"
            "- US and Russian officials will meet in Riyadh next week, the Kremlin said.\n\n"
            "- Zelenskyy said he would not accept any deal negotiated without Ukraine.")
    ev = events_of(text, "2026-02-20")
    assert {e.date for e in ev} == {"2026-02-20"}, _summary(ev)


@pytest.mark.parametrize("state, code", [("Sweden", "SE"), ("Norway", "NO"), ("Japan", "JP")])
def test_the_state_that_announced_aid_decided_it(state, code):
    ev = events_of(f"{state} announced a new military aid package worth $1.2bn on Monday, including air defence "
                   f"systems and artillery ammunition.", "2026-02-20")
    assert [(e.event_type, e.actor1_side, e.location.country_code) for e in ev] == [("policy_decision", code, code)], _summary(ev)
    assert not any(w.category == "artillery" for w in ev[0].weapons)


def test_a_prosecutor_of_a_side_speaks_and_does_not_strike():
    text = ("A Russian missile hit an apartment building in Uman on Friday, killing 23 people, officials said. "
            "Ukraine's General Prosecutor's office says it is investigating the case as a potential war crime, "
            "claiming the missiles intentionally targeted civilian areas.")
    ev = events_of(text, "2023-04-28")
    assert all(e.location is None or e.location.country_code == "UA" for e in ev), _summary(ev)
    assert all(e.actor1_side in (None, "RU") for e in ev), [(e.actor1_side, e.location.name) for e in ev]


@pytest.mark.parametrize("text", [
    "With small Ukrainian aerial attacks becoming routine, major airports around Moscow suspended flights on Wednesday.",
    "Drone strikes have become commonplace in the region, and the Kazan airport suspended flights again on Wednesday.",
])
def test_attacks_said_to_be_routine_leave_the_disruption_as_the_event(text):
    ev = events_of(text, "2023-08-23")
    assert [e.event_type for e in ev] == ["infrastructure_disruption"], _summary(ev)
    assert ev[0].location is not None and ev[0].location.country_code == "RU", _summary(ev)


def test_the_airport_that_suspended_flights_is_the_disruptions_place():
    ev = events_of("The Kazan airport temporarily suspended flights on Wednesday.", "2023-08-23")
    assert [(e.event_type, e.location.name) for e in ev] == [("infrastructure_disruption", "Kazan")], _summary(ev)


def test_a_garrison_withdrawn_from_a_place_changes_it_hands_there():
    ev = events_of("Russian troops withdrew their garrison from Snake Island on Thursday, the defence ministry said.", "2022-06-30")
    assert [(e.event_type, e.location.name) for e in ev] == [("territory_change", "Snake Island")], _summary(ev)


def test_these_two_areas_are_the_two_towns_named_before():
    text = ("Ukrainian troops near the towns of Pokrovsk in the Donetsk region and Kupiansk in the Kharkiv region "
            "are in a difficult situation, the General Staff said on Friday.\n\n"
            "A bulletin posted on the General Staff's Telegram channel says that heavy battles are under way in these two areas.")
    ev = events_of(text, "2024-08-23")
    clashes = sorted(e.location.name for e in ev if e.event_type == "armed_clash")
    assert clashes == ["Kupyansk", "Pokrovsk"], _summary(ev)


def test_a_count_that_does_not_fit_the_places_before_places_nothing():
    text = ("Shelling hit Nikopol and Marhanets on Monday, the governor said.\n\n"
            "Heavy battles are under way in these three areas, the army said.")
    ev = events_of(text, "2024-08-23")
    assert not any(e.event_type == "armed_clash" and e.location and e.location.precision < 4 for e in ev), _summary(ev)


def test_a_celebration_of_war_news_is_no_protest():
    text = "Residents took to the streets of Kherson to celebrate Russia's withdrawal on Friday, waving flags."
    assert not any(e.event_type == "protest" for e in events_of(text, "2022-11-11"))


def test_a_protest_is_still_a_protest():
    ev = events_of("Hundreds of residents took to the streets of Kherson on Friday to protest against forced evacuations.", "2022-11-11")
    assert any(e.event_type == "protest" for e in ev), _summary(ev)


def test_a_decision_to_regroup_troops_is_a_movement_of_forces_by_the_side_deciding():
    text = ("The military leadership of the Russian Federation decided to regroup the troops in the Balakliia and "
            "Izium districts to increase efforts in the Donetsk direction, the ministry said on Saturday.")
    ev = events_of(text, "2022-09-10")
    assert [(e.event_type, e.actor1_side) for e in ev] == [("military_mobilization", "RU")], _summary(ev)


def test_a_decision_to_impose_sanctions_stays_a_policy():
    ev = events_of("The European Council decided on Monday to impose new sanctions on Russian banks.", "2022-09-10")
    assert [e.event_type for e in ev] == ["policy_decision"], _summary(ev)


@pytest.mark.parametrize("text, gainer", [
    ("Russian troops withdrew their garrison from Snake Island on Thursday, the defence ministry said.", "UA"),
    ("Russia said on Saturday it had withdrawn its troops from the city of Lyman.", "UA"),
    ("Ukrainian forces retreated from the village of Krasnohorivka on Tuesday, a military spokesman said.", "RU"),
    ("Russian forces captured the village of Krasnohorivka on Tuesday, the ministry said.", "RU"),
])
def test_the_side_that_gains_a_place_is_actor1(text, gainer):
    ev = [e for e in events_of(text, "2022-10-01") if e.event_type == "territory_change"]
    assert ev and ev[0].actor1_side == gainer, _summary(ev)


def test_damage_after_a_downing_is_a_strike_of_the_weapons_just_told():
    text = ("Russia launched 40 drones at Ukraine overnight, the air force said on Tuesday.\n\n"
            "The governor of the Poltava region said that air defences shot down nine drones over his region.\n\n"
            "The attack started two fires, which were quickly put out. It also damaged four houses and a school.")
    ev = events_of(text, "2024-08-06")
    hits = [e for e in ev if e.event_type == "air_drone_strike" and e.location and e.location.admin1_code == "UA-53"]
    assert hits, _summary(ev)


def test_the_bridge_is_the_bridge_named_before():
    text = ("Traffic was halted on the Crimean Bridge early on Monday after an emergency, Russian officials said.\n\n"
            "Crimea's Russian-installed governor said that the bridge had been closed to traffic until further notice.")
    ev = events_of(text, "2023-07-17")
    assert all(e.location is not None and e.location.name == "Crimean Bridge" for e in ev) and ev, _summary(ev)


def test_an_unnamed_bridge_is_not_a_landmark_named_nowhere():
    ev = events_of("Russian shelling damaged the bridge in the village of Bilozerka on Monday, the governor said.", "2023-07-17")
    assert all(e.location is None or e.location.name != "Crimean Bridge" for e in ev), _summary(ev)


def test_a_fleet_pushed_out_of_a_sea_is_no_territory_change():
    ev = events_of("The Russian Black Sea fleet has now been largely pushed out of the western part of the Black Sea, "
                   "Ukraine's navy said on Wednesday.", "2024-02-14")
    assert not any(e.event_type == "territory_change" for e in ev), _summary(ev)


def test_debris_damage_after_a_downing_is_a_strike_in_that_region():
    text = ("Air defence units shot down six drones over the Poltava region overnight, governor Filip Pronin said on Sunday.\n\n"
            "Falling debris slightly damaged three private houses and a garage, he said. There were no casualties.")
    ev = events_of(text, "2023-11-19")
    hits = [e for e in ev if e.event_type == "air_drone_strike"]
    assert hits and hits[0].location.admin1_code == "UA-53", _summary(ev)


def test_electronic_warfare_systems_named_as_a_need_are_no_interception():
    text = "Q: What do you need most?\n\nA: Electronic warfare systems and people, the commander said."
    assert events_of(text, "2025-10-06") == []


@pytest.mark.parametrize("text", [
    "Nine drones were suppressed by electronic warfare over the Sumy region overnight, the air force said.",
    "The air assault was repelled by aviation, anti-aircraft missile troops and mobile fire groups, the air force said on Monday.",
])
def test_downings_by_electronic_warfare_and_repelled_air_assaults_are_interceptions(text):
    ev = events_of(text, "2025-10-06")
    assert any(e.event_type == "interception" for e in ev), _summary(ev)


def test_that_year_goes_on_telling_the_year_named_before():
    text = ("The club was forced out of Donetsk when Russian-backed separatists seized the city in 2014. "
            "Its stadium in Donetsk was damaged by shelling during the fighting that year.")
    assert events_of(text, "2025-10-06") == []


def test_a_stadium_named_for_a_region_is_no_place():
    ev = events_of("Shelling damaged the Donbas Arena on Monday, the city council said.", "2025-10-06")
    assert all(e.location is None or e.location.name != "Donbas" for e in ev), _summary(ev)


def test_strikes_on_a_countrys_refineries_are_in_that_country():
    ev = events_of("Oil prices climb as drone attacks on Russian refineries cut fuel output", "2025-10-06")
    assert ev and ev[0].location.country_code == "RU" and ev[0].actor1_side == "UA", _summary(ev)


@pytest.mark.parametrize("text, day", [
    ("Two days ago, drones struck a substation in Sumy, the governor said.", "2025-06-07"),
    ("The previous day, Russian forces shelled the village of Bilozerka, the governor said.", "2025-06-08"),
    ("Russian shelling killed a man in Nikopol three days ago, officials said.", "2025-06-06"),
])
def test_days_counted_back_without_a_month_word_are_read(text, day):
    ev = events_of(text, "2025-06-09")
    assert ev and ev[0].date == day, _summary(ev)


def test_attacks_on_communities_reported_by_a_military_administration_are_strikes():
    text = ("During the day, Russian troops carried out 38 attacks on 9 hromadas of the Sumy region, "
            "the regional military administration reported on Telegram.")
    ev = events_of(text, "2025-06-09")
    assert ev and ev[0].event_type != "armed_clash", _summary(ev)


@pytest.mark.parametrize("bullet", ["- ", "• ", "▪️ "])
def test_a_bulleted_item_keeps_its_claimant(bullet):
    ev = events_of(f"{bullet}Ukraine's air force said Russia launched 167 drones at Ukraine overnight.", "2026-02-20")
    assert ev and ev[0].claims[0].claimant == "Ukraine's air force", [c.claimant for e in ev for c in e.claims]


def test_a_quoted_noun_phrase_and_another_victim_are_counted():
    text = ('Ukrainian shelling hit two villages on Saturday, the latest of several attacks on the border region, the governor said. He said an "elderly man" was killed '
            'in the village of Novaya Tavolzhanka and another man died from his wounds in the town of Shebekino.')
    ev = events_of(text, "2023-06-03")
    dead = {e.location.name: (e.fatalities.best if e.fatalities else None) for e in ev if e.location}
    assert dead.get("Novaya Tavolzhanka") == 1 and dead.get("Shebekino") == 1, _summary(ev)


@pytest.mark.parametrize("text", [
    "In the south, the Defense Forces inflicted more than 100 strikes on Russian positions on Monday, the command said.",
    "Militants attacked the Kenyan base with mortars on Monday, the army said.",
])
def test_a_sides_positions_or_base_are_not_its_country(text):
    ev = events_of(text, "2022-09-12")
    assert all(e.location is None or e.location.country_code not in ("RU", "KE") for e in ev), _summary(ev)


def test_a_ministry_in_a_capital_speaks_from_there_and_in_eastern_ukraine_is_a_place():
    ev = events_of("Russian forces captured five villages in eastern Ukraine over the past week, "
                   "the Defence Ministry in Moscow said on Sunday.", "2025-08-17")
    assert [(e.event_type, e.location.country_code) for e in ev] == [("territory_change", "UA")], _summary(ev)


def test_a_list_of_captured_villages_in_two_regions_is_one_capture_each():
    text = ("The ministry said on Sunday its troops had taken control of Novoserhiivka, Zelenyi Hai and Ulakly in "
            "the Donetsk region, and Malynivka and Poltavka in the Zaporizhzhia region.")
    ev = [e for e in events_of(text, "2025-08-17") if e.event_type == "territory_change"]
    assert len(ev) == 5, _summary(ev)


def test_a_launch_region_in_southern_russia_is_the_origin():
    text = ("At least 10 planes fired 17 cruise missiles of the Kh-101 type from the Rostov region in southern Russia "
            "at Ukraine on Saturday, the air force said.")
    ev = events_of(text, "2022-10-22")
    assert ev and all(e.location.country_code == "UA" for e in ev), _summary(ev)


def test_overnight_is_the_night_of_the_report_day_the_sentence_names():
    text = ("Ukraine's air defence downed 15 out of 20 Shahed drones launched by Russia in its overnight attack, "
            "the General Staff reported on Nov. 19.")
    ev = events_of(text, "2023-11-20")
    assert ev and {e.date for e in ev} == {"2023-11-19"}, _summary(ev)


def test_the_leads_speech_weekday_dates_the_story():
    text = ("Russian forces captured the village of Kurylivka, the ministry said on Wednesday.\n\n"
            "Kupiansk has been the focus of heavy fighting for months.\n\n"
            "The report listed 50 attempts by Russian forces to break through Ukrainian defences near Pokrovsk.")
    ev = events_of(text, "2025-09-04")  # a Thursday
    assert {e.date for e in ev} == {"2025-09-03"}, _summary(ev)


def test_a_namesake_across_the_border_is_placed_near_the_place_told_with_it():
    text = ("Ukrainian shelling hit border villages on Saturday, the latest of several attacks on the region, the "
            "governor said. He said an elderly woman was killed in the village of Novaya Tavolzhanka and another "
            "woman died from her wounds in the village of Bezlyudovka.")
    ev = events_of(text, "2023-06-03")
    far = [e for e in ev if e.location and e.location.name.startswith("Bezl")]
    assert far and far[0].location.admin1_code == "RU-BEL" and far[0].location.precision == 2, _summary(ev)
    assert far[0].fatalities is not None and far[0].fatalities.best == 1


def test_troops_sent_to_a_town_went_there():
    ev = events_of("Russia redeployed two brigades to the town of Kupiansk on Monday, Ukraine's military said.", "2025-06-11")
    assert [(e.event_type, e.location.name) for e in ev] == [("military_mobilization", "Kupyansk")], _summary(ev)


@pytest.mark.parametrize("headline, dead, hurt", [
    ("Russian strike on Dnipro kills 5, injures 20", 5, 20),
    ("Drone attack on Odesa wounds 12, kills one", 1, 12),
    ("Shelling of Nikopol wounds three civilians", None, 3),
])
def test_headline_verbs_count_the_dead_and_the_wounded(headline, dead, hurt):
    ev = events_of(headline, "2025-06-11")
    assert ev, headline
    got = (ev[0].fatalities.best if ev[0].fatalities else None, ev[0].injured.best if ev[0].injured else None)
    assert got == (dead, hurt), got


def test_died_of_wounds_is_no_wounded_count():
    ev = events_of("A soldier died of his wounds in hospital in Kharkiv on Monday after shelling.", "2025-06-11")
    assert ev and ev[0].injured is None and ev[0].fatalities.best == 1, _summary(ev)


def test_a_drone_that_slammed_into_a_building_struck_it():
    ev = events_of("A Ukrainian drone slammed into an apartment block in Moscow's suburbs on Sunday, officials said.", "2025-06-12")
    assert [(e.event_type, e.location.admin1_code) for e in ev] == [("air_drone_strike", "RU-MOW")], _summary(ev)


def test_an_advance_counted_in_words_is_an_advance():
    ev = events_of("Russian forces have advanced two kilometres near the town of Pokrovsk, a Ukrainian military analyst said on Monday.", "2025-06-12")
    assert [(e.event_type, e.location.name) for e in ev] == [("territory_change", "Pokrovsk")], _summary(ev)


def test_a_village_on_a_named_front_sector_is_the_namesake_there():
    ev = events_of("Ukrainian forces recently recaptured positions near Kamianske in the Zaporizhia direction, "
                   "geolocated footage published on May 4 indicates.", "2025-05-05")
    assert ev and ev[0].location.admin1_code == "UA-23", _summary(ev)


def test_no_casualties_after_a_disruption_is_the_strikes_outcome():
    text = ("A drone smashed into the facade of a building in central Moscow early on Wednesday, the mayor said. "
            "Airports around the capital suspended flights for several hours. "
            "There were no casualties, the mayor said.")
    ev = events_of(text, "2023-08-23")
    hit = [e for e in ev if e.event_type == "air_drone_strike"]
    assert hit and hit[0].fatalities is not None and hit[0].fatalities.best == 0, _summary(ev)
