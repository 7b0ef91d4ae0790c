"""Phenomena found on the studied halves (HALF=1) of the invented sets in the seventeenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of


def _typed(text: str, ref: str):
    return [(e.event_type, e.location.name if e.location else None, e.date, e.actor1_side) for e in events_of(text, ref)]


# ------------------------------------------------------------------ a decision is where the deciding state is
@pytest.mark.parametrize("text,country", [
    ("Late on Tuesday, the Taoiseach announced an extra €30 million in winter aid for Ukraine, mostly boilers.", "Ireland"),
    ("On Wednesday the Riksdag approved a new defence package for Ukraine worth 3 billion kronor.", "Sweden"),
    ("The Knesset on Monday approved a bill to send generators to Ukraine.", "Israel"),
    ("The Sejm on Thursday approved a law extending aid to Ukrainian refugees until June.", "Poland"),
    ("Downing Street announced a further £200 million package of drones for Ukraine on Friday.", "United Kingdom"),
])
def test_an_institution_without_a_demonym_places_its_decision_in_its_country(text, country):
    got = _typed(text, "2026-03-14")
    assert [(t, p) for t, p, _d, _s in got] == [("policy_decision", country)], got


def test_a_parliament_that_votes_to_send_weapons_decides():
    got = _typed("The Bundestag voted on Thursday to send more air-defence systems to Ukraine.", "2026-03-14")
    assert [(t, p, d) for t, p, d, _s in got] == [("policy_decision", "Germany", "2026-03-12")], got


# ------------------------------------------------------------------ "N drones destroyed": a reduced passive
def test_drones_destroyed_without_an_auxiliary_are_an_interception_by_the_side_that_claims_it():
    got = _typed("The Russian defence ministry said 44 Ukrainian drones destroyed overnight, 12 of them over the "
                 "Kaluga region.", "2026-03-12")
    assert {(t, p, s) for t, p, _d, s in got} == {("interception", "Russia", "RU"), ("interception", "Kaluga", "RU")}, got


def test_drones_that_destroyed_houses_are_no_interception():
    got = _typed("Overnight, Russian drones destroyed three houses in Sumy, the governor said.", "2026-03-12")
    assert [t for t, *_ in got] == ["air_drone_strike"], got


def test_a_tally_of_the_enemys_losses_is_no_interception():
    got = _typed("The brigade summed up the week: 52 Russian soldiers killed, three tanks, six armoured vehicles and "
                 "fourteen drones destroyed.", "2026-03-12")
    assert "interception" not in [t for t, *_ in got], got


# ------------------------------------------------------------------ attackers driven back from an edge: fighting
def test_assault_groups_pushed_back_from_the_edge_of_a_town_is_a_clash():
    got = _typed("The General Staff said on Thursday that Russian assault groups had been pushed back from the "
                 "northern edge of Toretsk.", "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("armed_clash", "Toretsk")], got


def test_troops_pushed_out_of_a_village_is_still_a_change_of_territory():
    got = _typed("On Tuesday Ukrainian troops pushed Russian units out of Pishchane, the brigade said.", "2026-03-12")
    assert [t for t, *_ in got] == ["territory_change"], got


def test_a_vote_years_ago_is_background():
    got = _typed("The memorial was built soon after the city council voted in 2015 to rename the square.", "2026-03-12")
    assert "policy_decision" not in [t for t, *_ in got], got


# ------------------------------------------------------------------ an appeal is no contact
def test_a_ministry_calling_on_allies_to_act_makes_no_contact():
    got = _typed("On Monday Moldova's foreign ministry called on the EU and the United States to send more "
                 "air-defence systems to its border.", "2026-03-12")
    assert "diplomatic_contact" not in [t for t, *_ in got], got


def test_a_president_calling_his_counterpart_is_a_contact():
    got = _typed("The Polish president called his Ukrainian counterpart on Monday to discuss the grain dispute.", "2026-03-12")
    assert [t for t, *_ in got] == ["diplomatic_contact"], got


# ------------------------------------------------------------------ a rescue log: clock-time entries over midnight
_LOG = """Rescue service of the Mykolaiv region: log of call-outs, 08:00 3 March to 08:00 4 March

During the day the units were called out 17 times, six of them after shelling.

13:05 Ochakiv. A shell hit a fishing boat at the pier. One fisherman was wounded.
23:15 Mykolaiv, Korabelnyi district. A cruise missile struck a warehouse.
00:40 Mykolaiv, Korabelnyi district (same address). Rescuers pulled a body from the rubble.
02:05 Voskresenske. After a drone attack a barn caught fire. Nobody was hurt.
"""


def test_each_clock_entry_of_a_log_is_its_own_incident_at_its_labelled_place():
    got = _typed(_LOG, "2026-03-04")
    places = [p for _t, p, _d, _s in got]
    assert "Ochakiv" in places and "Voskresenske" in places and len(got) == 3, got


def test_log_entries_before_midnight_are_the_day_before_the_morning_report():
    got = {p: d for _t, p, d, _s in _typed(_LOG, "2026-03-04")}
    assert str(got["Ochakiv"]) == "2026-03-03" and str(got["Voskresenske"]) == "2026-03-04", got


def test_the_month_march_before_to_is_no_protest():
    got = _typed("Log of call-outs, 08:00 3 March to 08:00 4 March\n\nNothing to report.", "2026-03-04")
    assert "protest" not in [t for t, *_ in got], got


def test_a_newest_first_log_keeps_the_report_day():
    from sitrep.extract.sections import clock_log_days, clock_openers
    from sitrep.nlp.sentences import split_sentences
    text = "06:10 Drone downed over Sumy.\n\n04:30 Shelling of Velyka Pysarivka.\n\n01:20 Alert.\n\n23:50 Alert over."
    import datetime as dt
    sentences = split_sentences(text)
    assert clock_log_days(sentences, clock_openers(sentences), dt.date(2026, 3, 4)) == {}


# ------------------------------------------------------------------ a channel's strapline over its headline
@pytest.mark.parametrize("strap", [
    "Field log of the sapper teams · published every working day",
    "trauma point · Pokrovsk · run on donations",
    "Regional Gas Company of Sumy — notices in English translation",
])
def test_a_strapline_under_the_masthead_is_furniture_and_the_next_line_the_headline(strap):
    from sitrep.ingest.clean import clean
    from sitrep.model import RawDocument
    page = (f"SAPPER NOTES\n{strap}\nShelling of Vorozhba: two houses hit, a man wounded\n"
            "Posted 12.03.2026 · by the duty officer\n\n"
            "On Wednesday morning a shell hit two houses on the edge of Vorozhba, the regional administration said. "
            "A man of 54 was wounded by fragments and taken to hospital in Sumy.\n\n"
            "Repair crews restored the power line by the evening, the gas company said.\n")
    got = clean(RawDocument(doc_id="t", text=page))
    assert strap not in got.clean_text and "Shelling of Vorozhba" in (got.title or ""), got.title


# ------------------------------------------------------------------ a long page's asides that are no incidents
def test_a_parliament_named_by_its_demonym_places_its_decision_in_its_country():
    got = _typed("The lower house of the Belgian parliament on Thursday adopted a resolution that obliges the government "
                 "to send two more F-16 jets to Ukraine next year.", "2026-05-14")
    assert [(t, p, s) for t, p, _d, s in got] == [("policy_decision", "Belgium", "BE")], got


def test_pictures_held_at_a_rally_are_no_strike_and_their_place_no_place_of_the_rally():
    got = _typed("On Saturday afternoon about 200 people rallied outside the parliament in Vilnius, waving flags and "
                 "holding photographs of destroyed houses in Kharkiv.", "2026-05-14")
    assert [(t, p) for t, p, *_ in got] == [("protest", "Vilnius")], got


def test_outage_schedules_that_depend_on_repairs_are_no_event():
    got = _typed("Energy update: the grid operator says outage schedules will be applied in the Kyiv and Chernihiv "
                 "regions tomorrow if repairs are not finished overnight.", "2026-05-14")
    assert got == [], got


def test_troops_that_left_a_village_gave_it_up():
    got = _typed("On 12 May, the General Staff confirmed that Ukrainian troops had left Robotyne, a village south of "
                 "Orikhiv, after weeks of fighting.", "2026-05-14")
    assert [(t, p) for t, p, *_ in got] == [("territory_change", "Robotyne")], got


# ------------------------------------------------------------------ a review of the year tells its days
def test_a_year_in_review_keeps_the_days_it_names():
    page = ("2025 in review: the year on the southern front\n\n"
            "Winter\nOn 9 February, a glide bomb struck a bakery in Orikhiv, killing three workers.\n\n"
            "Autumn\nOn 3 November, Russian missiles hit a substation in Zaporizhzhia, and 60,000 homes lost power.\n")
    got = _typed(page, "2025-12-29")
    assert ("air_drone_strike", "Orikhiv") in [(t, p) for t, p, *_ in got], got


def test_an_ordinary_report_still_drops_an_old_recap():
    got = _typed("A drone hit a bus in Kherson on Monday, killing one. On 9 February, a glide bomb had struck a bakery "
                 "in Orikhiv, killing three workers.", "2025-12-29")
    assert "Orikhiv" not in [p for _t, p, *_ in got], got


# ------------------------------------------------------------------ a namesake told by the town written after it
@pytest.mark.parametrize("text", [
    "On Friday troops left Kamianske near Stepnohirsk.",
    "Kamianske, a village south of Stepnohirsk, was shelled overnight.",
])
def test_a_village_followed_by_its_anchor_town_is_the_namesake_there(text):
    from sitrep.geo import get_gazetteer
    got = {m.text: m.location.admin1_code for m in get_gazetteer().find_mentions(text)}
    assert got.get("Kamianske") == "UA-23", got


def test_the_big_city_stays_when_no_town_is_written_after_it():
    from sitrep.geo import get_gazetteer
    got = {m.text: m.location.admin1_code for m in get_gazetteer().find_mentions("A drone hit Kamianske near the bridge.")}
    assert got.get("Kamianske") == "UA-12", got


# ------------------------------------------------------------------ outages told as a state, with a standing cause
def test_villages_without_power_for_days_because_of_constant_shelling_are_an_outage():
    got = _typed("In four villages of the Velyka Pysarivka hromada there has been no electricity for the second day: the "
                 "lines are damaged by constant shelling and crews cannot reach them.", "2026-03-12")
    assert [t for t, *_ in got] == ["infrastructure_disruption"], got


def test_a_town_described_as_having_no_gas_is_no_outage_event():
    got = _typed("There is no gas and no central heating in the town, and electricity comes only from generators.", "2026-03-12")
    assert got == [], got


def test_a_train_cut_short_is_a_disruption_at_the_shelled_station_only():
    got = _typed("Because the Lozova station was shelled overnight, the Kyiv train will run only as far as Krasnohrad today.",
                 "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("infrastructure_disruption", "Lozova")], got


# ------------------------------------------------------------------ a foreign government's decision: its country
@pytest.mark.parametrize("text,country", [
    ("In Wellington, Cabinet agreed on Monday to extend the deployment of 80 soldiers who train Ukrainian recruits in Britain.",
     "New Zealand"),
    ("In Vilnius, Lithuania's government approved a new package of counter-drone equipment for Ukraine worth €20 million on Tuesday.",
     "Lithuania"),
    ("In Canberra, the Defence Minister on Friday announced a further $60 million package of armoured vehicles for Ukraine.",
     "Australia"),
])
def test_a_decision_taken_in_a_foreign_capital_is_placed_in_its_country(text, country):
    got = _typed(text, "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("policy_decision", country)], got


def test_a_decision_of_the_warring_parliament_stays_in_its_capital():
    got = _typed("In Kyiv, the Verkhovna Rada voted on Tuesday to extend martial law for another 90 days.", "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("policy_decision", "Kyiv")], got


# ------------------------------------------------------------------ a visit with talks and an announcement: two events
def test_talks_in_kyiv_and_an_aid_announcement_are_a_contact_there_and_a_decision_at_home():
    got = _typed("Arriving by night train from Poland, the Dutch prime minister held talks in Kyiv with the Ukrainian "
                 "president on Tuesday and announced a further €200 million for air defence.", "2026-03-12")
    assert sorted((t, p, s) for t, p, _d, s in got) == [("diplomatic_contact", "Kyiv", "NL"),
                                                         ("policy_decision", "The Netherlands", "NL")], got


def test_a_unit_no_evidence_shows_was_deployed_is_no_event():
    got = _typed("We found no evidence that any Ukrainian artillery unit was deployed near Siversk that week, and "
                 "residents said they had heard nothing.", "2026-03-15")
    assert got == [], got


# ------------------------------------------------------------------ decisions worded as announcements and orders
@pytest.mark.parametrize("text,place", [
    ("Denmark's government said on Wednesday it would provide another 1.2 billion kroner for Ukraine's drone production.",
     "Denmark"),
    ("On Monday the city military administration ordered the mandatory evacuation of families with children from Orikhiv.",
     "Orikhiv"),
    ("On Monday, the Kremlin announced that Russia was pulling out of the prisoner exchange agreement.", "Russia"),
    ("On Friday, Finland's government approved a further military aid package for Ukraine worth 150 million euros, which "
     "includes spare parts for the infantry fighting vehicles it sent earlier.", "Finland"),
])
def test_decisions_told_as_announcements_orders_and_withdrawals(text, place):
    got = _typed(text, "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("policy_decision", place)], got


def test_leaving_a_deal_months_ago_is_background():
    got = _typed("Izmail and Reni have been hit repeatedly since Russia left the grain deal in July.", "2026-03-12")
    assert "policy_decision" not in [t for t, *_ in got], got


def test_an_attack_beaten_back_is_a_clash():
    got = _typed("At dawn on Saturday, Russian infantry backed by two tanks moved on the brigade's positions near "
                 "Torske. The attack was beaten back after three hours.", "2024-06-24")
    assert [(t, str(d)) for t, _p, d, _s in got] == [("armed_clash", "2024-06-22")], got


# ------------------------------------------------------------------ a log line's place after an emoji; a village by its anchor
@pytest.mark.parametrize("line,name,admin1", [
    ("🔥🔥 Rohatyn — fire at the oil depot after a night attack", "Rohatyn", "UA-26"),
    ("📍Korets — missile debris in the forest behind the monastery", "Korets", "UA-56"),
    ("🛩 Chudniv ❗️ cruise missile flew low over the town heading west", "Chudniv", "UA-18"),
    ("Korotych (west of Kharkiv) | guided bomb | stadium stands damaged", "Korotych", "UA-63"),
    ("Prymorske, in the steppe north-east of Mariupol — occupation media say a drone hit a bus stop.", "Prymorske", "UA-14"),
])
def test_a_small_town_opening_a_log_line(line, name, admin1):
    from sitrep.geo import get_gazetteer
    got = {m.text: m.location.admin1_code for m in get_gazetteer().find_mentions(line)}
    assert got.get(name) == admin1, got


def test_an_english_word_opening_a_line_before_a_dash_is_no_place():
    from sitrep.geo import get_gazetteer
    assert [m.text for m in get_gazetteer().find_mentions("Below — a list of the hits of the night")] == []


@pytest.mark.parametrize("line,admin1", [
    ("Odeshchyna — a massive drone attack hit energy infrastructure overnight.", "UA-51"),
    ("Sumshchyna: 93 attacks on border hromadas over the day", "UA-59"),
    ("Zaporozhskaya oblast | Russian MoD claims a strike on a depot | no place named", "UA-23"),
])
def test_an_oblast_in_its_colloquial_or_russian_form(line, admin1):
    from sitrep.geo import get_gazetteer
    got = [m.location for m in get_gazetteer().find_mentions(line) if m.location.precision == 3]
    assert got and got[0].admin1_code == admin1, got


@pytest.mark.parametrize("line,name,cc", [
    ("Bragin, a Belarusian town near the Ukrainian border, saw a drone crash in a field.", "Bragin", "BY"),
    ("Kisvárda, in north-east Hungary, hosted a meeting of the minority's leaders.", "Kisvárda", "HU"),
])
def test_a_small_town_abroad_opening_a_sentence_with_its_country_after_it(line, name, cc):
    from sitrep.geo import get_gazetteer
    got = {m.text: m.location.country_code for m in get_gazetteer().find_mentions(line)}
    assert got.get(name) == cc, got


def test_attacks_beaten_off_near_towns_are_clashes_there():
    got = _typed("Ukraine's General Staff reported on Friday evening that its troops had beaten off Russian attacks near "
                 "Bakhmut, Krasna Hora and Siversk in the previous 24 hours.", "2023-01-14")
    assert sorted((t, p) for t, p, *_ in got) == [("armed_clash", "Bakhmut"), ("armed_clash", "Krasna Hora"),
                                                  ("armed_clash", "Siversk")], got


# ------------------------------------------------------------------ history by the century, seizures by soldiers, interviews
def test_a_deed_of_a_past_century_is_no_event():
    got = _typed("Cossacks built a fortified camp on the headland in the seventeenth century, and the town's old name "
                 "survives.", "2026-03-12")
    assert got == [], got


def test_a_civilian_detained_by_an_occupying_army_is_an_abduction():
    got = _typed("A local teacher was detained by Russian forces at a checkpoint on the edge of Melitopol on Tuesday.",
                 "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("abduction", "Melitopol")], got


def test_a_quote_given_in_a_phone_call_to_a_reporter_is_no_contact():
    got = _typed('"Every radar near a refinery is a radar not at the front," Colonel Petro Kovalenko, who commands a drone '
                 'unit, told me in a phone call from Kharkiv.', "2026-03-12")
    assert got == [], got


# ------------------------------------------------------------------ ages written after the noun are no counts
@pytest.mark.parametrize("text,killed,injured", [
    ("A woman of 70 was killed by a drone in Kherson on Sunday.", 1, None),
    ("Two men aged 40 and 52 were injured by shelling in Nikopol on Sunday.", None, 2),
    ("A boy of 12 was wounded when a shell hit a house in Kupiansk on Sunday.", None, 1),
])
def test_an_age_after_the_noun_is_no_count(text, killed, injured):
    got = events_of(text, "2026-03-12")
    assert len(got) == 1, got
    e = got[0]
    assert (e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None) == (killed, injured), e
    assert all((w.launched is None or w.launched.best < 10) for w in e.weapons), e.weapons


# ------------------------------------------------------------------ de-mining work and remnants that go off
def test_ordnance_removed_and_destroyed_is_no_event():
    assert _typed("Shevchenkove hromada: 9.5 hectares of farmland surveyed; 41 explosive objects removed and destroyed.",
                  "2026-03-12") == []
    assert _typed("Balakliia: call-out to a private yard; an unexploded 122-mm shell was taken away and destroyed at the "
                  "range.", "2026-03-12") == []


def test_a_submunition_picked_up_that_exploded_is_a_remote_explosive():
    got = _typed("Kupiansk: on Sunday a girl of 10 was injured when a cluster submunition that she had picked up near the "
                 "school exploded.", "2026-03-12")
    assert [(t, p) for t, p, *_ in got] == [("remote_explosive", "Kupyansk")], got


# ------------------------------------------------------------------ a hospital's intake notes: the patient's home
def test_a_patients_home_places_the_harm_the_entry_tells():
    page = ("Intake notes, Monday\n\n"
            "05:50 — Woman, 63, from Kostiantynivka, shrapnel wounds to the leg. Her house was hit by a glide bomb at about "
            "five in the morning.\n\n"
            "14:30 — Man, 45, from Chasiv Yar, foot injury: he stepped on a mine by his own garden this morning.\n")
    got = _typed(page, "2024-07-09")
    assert sorted(p for _t, p, *_ in got) == ["Chasiv Yar", "Kostyantynivka"], got


def test_a_home_and_an_age_after_it_are_no_count_and_no_place_of_the_killing():
    got = events_of("A volunteer from Kharkiv, 34, was killed by a drone near Bakhmut on Monday.", "2024-07-09")
    assert [(e.location.name, e.fatalities.best) for e in got] == [("Bakhmut", 1)], got


def test_a_count_of_strikes_on_villages_of_one_oblast_is_no_national_strike_and_no_count_of_each():
    got = events_of("The enemy carried out 5 guided-bomb airstrikes on Stepnohirsk, Prymorske and Mala Tokmachka.", "2025-03-12")
    assert sorted(e.location.name for e in got) == ["Mala Tokmachka", "Prymorske", "Stepnohirsk"], got
    assert not any(w.launched for e in got for w in e.weapons), [e.weapons for e in got]


def test_a_life_of_a_past_century_is_history():
    got = _typed("In 1888, a rebel leader was born here, the son of a poor family; thirty years later, the town became "
                 "the capital of his movement, which fought, in turn, the Whites and the Reds.", "2024-09-07")
    assert got == [], got


def test_a_rate_of_shelling_in_a_quote_is_no_incident():
    assert _typed('"Here, quiet means only forty shells a day," the commander said.', "2024-09-07") == []
    got = _typed("Russian forces fired 40 shells at Nikopol on Tuesday, damaging a school.", "2024-09-07")
    assert [p for _t, p, *_ in got] == ["Nikopol"], got


def test_calling_a_thing_a_quoted_name_is_no_contact():
    assert _typed('Ukraine\'s foreign ministry called the delay "a gift to the Kremlin".', "2026-02-11") == []


def test_a_section_heading_with_a_list_of_nouns_is_no_event():
    assert _typed("Prisoners, visitors and arrests\n\nThe month saw few visits.", "2026-02-11") == []


def test_an_attack_said_not_to_come_in_the_coming_weeks_is_no_event():
    assert _typed("Their arrival does not, in its assessment, signal a new attack on Kyiv in the coming weeks; the units "
                  "are likely there for training.", "2026-02-11") == []


def test_a_relative_aside_before_the_main_clause_does_not_date_it():
    got = _typed("In Zaporizhzhia, which had already been hit at the weekend, a residential building was struck again; one "
                 "person died.", "2022-10-10")
    assert [(p, str(d)) for _t, p, d, _s in got] == [("Zaporizhzhya", "2022-10-10")], got


def test_a_us_state_named_with_its_type_word_before_it():
    from sitrep.geo import get_gazetteer
    got = [(m.text, m.location.admin1_code) for m in get_gazetteer().find_mentions(
        "In the US state of Arizona, a plant that makes missile parts announced a second shift.")]
    assert ("Arizona", "US-AZ") in got, got


@pytest.mark.parametrize("text,day", [
    ("Air defences brought down 105 Ukrainian drones between 21:00 Moscow time on Tuesday and 07:00 on Wednesday, the "
     "defence ministry said.", "2025-05-07"),
    ("Between 20:00 on 5 May and 06:00 on 6 May, 40 drones were shot down over the Kursk region.", "2025-05-06"),
])
def test_a_night_told_by_its_two_clock_ends_is_the_day_it_ends(text, day):
    got = _typed(text, "2025-05-07")
    assert got and str(got[0][2]) == day, got


def test_the_side_that_left_a_place_is_not_the_one_that_gained_it():
    got = _typed("On 12 May, the General Staff confirmed that Ukrainian troops had left Robotyne, a village south of "
                 "Orikhiv, after weeks of fighting.", "2026-05-14")
    assert [(t, s) for t, _p, _d, s in got] == [("territory_change", "RU")], got


def test_a_guest_arriving_from_a_country_is_not_that_country():
    got = events_of("Arriving by overnight train from Poland, the Prime Minister held talks in Kyiv with the Ukrainian "
                    "president on Wednesday and announced a further $50 million in humanitarian support.", "2025-09-11")
    contact = [e for e in got if e.event_type == "diplomatic_contact"]
    assert contact and contact[0].location.name == "Kyiv" and contact[0].actor1_side != "PL", got
    assert not any(e.location.country_code == "PL" for e in got), got


def test_an_outage_told_with_its_end_day_spans_to_it():
    got = events_of("On 11 November, Russian missiles struck two substations in Zaporizhzhia, and the entire city was left "
                    "without electricity for about 20 hours, until the morning of 12 November.", "2025-12-30")
    out = [e for e in got if e.event_type == "infrastructure_disruption"]
    assert out and (str(out[0].date), str(out[0].date_end)) == ("2025-11-11", "2025-11-12"), got
