"""Phenomena found on the studied halves (HALF=1) of the sets studied in the thirteenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of


def _types_places(text: str, ref: str = "2026-02-24"):
    return [(e.event_type, e.location.name if e.location else None) for e in events_of(text, ref)]


# ------------------------------------------------------------------ other news on a war page
_WAR_LEAD = ("Russian drones and missiles struck Kharkiv and Odesa overnight, killing three people, Ukrainian officials said. "
             "Ukraine's air force said it shot down 71 of the 90 drones Russia launched.\n\n")


def test_world_news_items_on_a_war_page_are_not_events():
    page = _WAR_LEAD + ("Elsewhere in the world. A drone strike on a fuel depot in Port Sudan killed four guards on Monday, "
                        "according to a local monitoring group.\n\n"
                        "A Moscow court jailed a blogger for five years on Monday. In Serbia, riot police in Belgrade detained "
                        "25 students at a rally against a new media law on Monday night.")
    got = _types_places(page)
    assert not [p for _, p in got if p in ("Port Sudan", "Belgrade", "Sudan", "Serbia")], got
    assert ("air_drone_strike", "Kharkiv") in got or ("missile_artillery_strike", "Kharkiv") in got


def test_a_foreign_incident_tied_to_the_war_stays():
    page = _WAR_LEAD + ("Police in Berlin arrested two men on Monday suspected of planning arson attacks on behalf of Russian "
                        "military intelligence, prosecutors said.\n\n"
                        "A drifting sea mine exploded off the Turkish coast near Kiyikoy on Monday, damaging a fishing boat, "
                        "the coast guard said.")
    got = _types_places(page)
    assert [t for t, p in got if p == "Berlin"] == ["arrest"], got
    assert any(t == "remote_explosive" for t, _ in got), got


def test_a_page_about_another_country_keeps_its_events():
    page = ("Serbian police break up student rally in Belgrade\n\n"
            "Riot police in Belgrade used tear gas late on Monday against thousands of students who had blocked a bridge, "
            "the interior ministry said. The students accuse the government of drifting towards Moscow, as Russia's "
            "war in Ukraine enters its fifth year. Eleven people were detained, the ministry said.")
    got = _types_places(page)
    assert ("protest", "Belgrade") in got, got


# ------------------------------------------------------------------ dates: "overnight on 12 to 13 March"
def test_overnight_on_two_days_is_the_morning_it_ended():
    text = ("Russia launched 54 drones at Ukraine overnight on 12 to 13 March, the air force said on Thursday. "
            "Air defence shot down 38 of them.")
    got = {(e.event_type, str(e.date)) for e in events_of(text, "2025-03-13")}
    assert ("air_drone_strike", "2025-03-13") in got and ("interception", "2025-03-13") in got, got


# ------------------------------------------------------------------ background of a period
@pytest.mark.parametrize("text", [
    "Russian troops have retaken a string of hamlets along the river since early October, officials concede.",
    "The conscription law, in force since April, has doubled the number of recruits, the ministry says.",
    "About 4,100 square kilometres: the ground Russian forces have seized over the past twelve months, by the mappers' count.",
    "The two foreign ministers last met in Geneva in the spring, and the talks ended without a joint statement.",
    "The commander declined to say how many rockets were fired at the depot.",
])
def test_background_of_a_period_is_no_event(text):
    assert _types_places(text, "2025-11-20") == []


# ------------------------------------------------------------------ the night's strike and the afternoon's
def test_a_night_strike_and_an_afternoon_strike_on_one_city_are_two():
    text = ("Russia attacked Ukraine with missiles and drones overnight, and officials reported damage to houses in Zaporizhzhia.\n\n"
            "In the afternoon, a guided aerial bomb hit a warehouse in Zaporizhzhia, injuring three workers, the governor said.")
    got = [t for t, p in _types_places(text, "2025-11-20") if p and p.startswith("Zaporizh")]
    assert "air_drone_strike" in got and len(got) == 2, got


# ------------------------------------------------------------------ decisions under a title-case dateline
def test_a_decision_under_a_capitals_dateline_is_at_the_country():
    text = ("Ottawa — The Canadian government announced a C$500 million package of drones and armoured vehicles for "
            "Ukraine on Thursday, the defence minister said.")
    got = [(e.event_type, e.location.name, e.location.precision) for e in events_of(text, "2025-06-12")]
    assert ("policy_decision", "Canada", 4) in got, got


# ------------------------------------------------------------------ a district of the city the text names
def test_a_city_listed_and_its_district_told_are_one_incident():
    text = ("Shelling hit Mykolaiv, Ochakiv and Halytsynove overnight, the regional governor said on Tuesday.\n\n"
            "In Mykolaiv, a shell hit a garage in the Inhulskyi district early on Tuesday, killing a 58-year-old man.")
    got = [(e.event_type, e.location.name) for e in events_of(text, "2025-06-10") if e.location and e.location.admin1_code == "UA-48"]
    assert len([1 for t, p in got if p in ("Mykolaiv", "Mykolayiv", "Inhulskyi")]) == 1, got


# ------------------------------------------------------------------ a table row is one incident at its most precise place
_TABLE = ("Weekly harm register, Chernihiv and Sumy oblasts\n"
          "Row | Day | Oblast | Raion / hromada | Village | Incident | Dead | Hurt | Reported by\n"
          "117 | 03.03 | Chernihiv | Chernihiv r. / Ripky h. | Ripky | Tractor hit by an FPV drone on a field | 0 | 1 | RMA\n"
          "118 | 04.03 | Sumy | Shostka r. / Esman h. | Esman | Shop damaged by mortar fire | 0 | 0 | police\n")


def test_a_table_rows_address_cells_are_not_more_places():
    got = _types_places(_TABLE, "2025-03-07")
    places = sorted(p for _, p in got)
    assert places == ["Esman", "Ripky"], got


@pytest.mark.parametrize("text", [
    "The government approved a C$500 million package of drones for Ukraine on Monday.",
    "Norway pledged NOK 2 billion for drones and shells for Ukraine on Monday.",
])
def test_money_is_no_weapon_count(text):
    ws = [w for e in events_of(text, "2025-03-04") for w in e.weapons]
    assert all(w.launched is None and w.intercepted is None for w in ws), ws


def test_a_day_and_month_is_no_count():
    from sitrep.nlp.numbers import find_numbers
    assert [n.text for n in find_numbers("0437 | 20.08 | Kharkiv | a man was injured | 0 | 1")] == ["0", "1"]


# ------------------------------------------------------------------ mutual blame, a diplomatic protest
@pytest.mark.parametrize("text", [
    "Kyiv and Moscow again traded blame over shelling near the dam on Sunday.",
    "Both armies blamed each other for the shelling of the pumping station.",
    "The Moldovan envoy was called to the ministry and given a formal protest on Friday.",
])
def test_blame_and_protest_notes_are_no_strikes_or_rallies(text):
    assert not [t for t, _ in _types_places(text, "2025-05-12") if t in ("missile_artillery_strike", "air_drone_strike", "protest")]


def test_a_capital_one_side_is_said_to_discredit_is_no_place():
    text = ("Occupation officials in Kakhovka said Ukrainian artillery had hit the town on Sunday, wounding two people; "
            "Ukraine's army said Russian troops had fired on it themselves to discredit Kyiv.")
    got = [p for _, p in _types_places(text, "2023-05-15")]
    assert "Kakhovka" in got and "Kyiv" not in got, got


# ------------------------------------------------------------------ a statistics page's entries and breakdowns
def test_an_entry_label_dates_its_paragraph_and_a_breakdown_is_no_event():
    text = ("Civilian harm in October 2024: monthly bulletin\n\n"
            "The worst incidents of the month\n\n"
            "6 October, Sloviansk. A Russian missile struck a bakery on the edge of the town, killing two workers and injuring six.\n\n"
            "19 October, Kupiansk. Shelling hit a bus stop in the town centre, injuring seven people.\n\n"
            "Most victims were in Donetsk region (58 killed, 201 injured), followed by Kharkiv region (22 killed, 97 injured).")
    got = {(e.location.name, str(e.date)) for e in events_of(text, "2024-11-12") if e.location}
    assert ("Sloviansk", "2024-10-06") in got or ("Slovyansk", "2024-10-06") in got, got
    assert any(d == "2024-10-19" for _, d in got), got
    assert not [n for n, d in got if d == "2024-11-12"], got


@pytest.mark.parametrize("text", [
    "The plant, some 600 kilometres from the border, was last hit in the spring.",
    "Russian troops last attacked near the village in the second week of May.",
    "Delegates broadly agreed that:",
    "The two ministers agreed to meet again in Warsaw after the summer.",
])
def test_the_last_time_and_agreeing_to_talk_are_no_events(text):
    assert _types_places(text, "2025-06-20") == []


# ------------------------------------------------------------------ a digest dated once by its lead is news, not analysis
def test_a_district_digest_dated_once_keeps_its_undated_incidents():
    districts = [("Krasnogvardeysky", "Biryuch", "a drone hit a barn; no one was hurt"),
                 ("Alekseyevsky", "Alekseyevka", "debris of a drone damaged a garage"),
                 ("Rakityansky", "Rakitnoye", "a drone struck a farm building"),
                 ("Yakovlevsky", "Stroitel", "shelling damaged two private houses"),
                 ("Korochansky", "Korocha", "a drone hit a car; the driver was not hurt"),
                 ("Chernyansky", "Chernyanka", "a drone damaged the roof of a shop"),
                 ("Volokonovsky", "Pyatnitskoye", "a drone hit a transformer substation; the village has been without power since the night")]
    lines = ["Governor's summary of the past day in the Belgorod region, as of Sunday morning.", ""]
    for district, town, what in districts:
        lines += [f"The {district} district.", f"In {town}, {what}.", "Emergency services worked at the scene.",
                  "Details are being clarified.", ""]
    got = _types_places("\n".join(lines), "2024-07-21")
    assert ("infrastructure_disruption", "Pyatnitskoye") in got, got


# ------------------------------------------------------------------ a variant name opening a log line, told by what follows
@pytest.mark.parametrize("line, name", [
    ("Verbovoye (Pologi district) — a drone hit a tractor, the driver was wounded.", "Verbove"),
    ("Dneprany, near Novaya Kakhovka - a shell hit the ferry pier.", "Dnipryany"),
    ("Shcherbinovka near Dzerzhinsk: two houses burned after shelling.", "Shcherbynivka"),
])
def test_a_variant_name_opening_a_log_line_is_found_in_free_text(line, name):
    from sitrep import geo
    got = [m.location.name for m in geo.get_gazetteer().find_mentions(line) if m.location is not None]
    assert name in got, got


@pytest.mark.parametrize("line, name", [
    ("UPDATE Kryvyi Rih: the number of injured has risen to five.", "Kryvyy Rih"),
    ("Shelling of Huliaipole in the Zaporizhzhia region killed a man.", "Hulyaypole"),
])
def test_a_known_name_after_an_opening_word_is_not_swallowed(line, name):
    from sitrep import geo
    got = [m.location.name for m in geo.get_gazetteer().find_mentions(line) if m.location is not None]
    assert name in got, got


# ------------------------------------------------------------------ an outage at the place its own words name; a scramble timed by an attack
def test_an_outage_is_at_the_place_its_own_clause_names():
    text = ("Russia struck Dnipro with missiles overnight, killing two people in the city and cutting power to thousands "
            "of homes in Pavlohrad, officials said on Tuesday.")
    got = _types_places(text, "2025-03-04")
    assert ("infrastructure_disruption", "Pavlohrad") in got, got


def test_jets_scrambled_after_an_attack_elsewhere_are_the_event():
    text = "Poland scrambled four F-16 jets early on Tuesday after Russian drones attacked the Volyn region, the army said."
    got = _types_places(text, "2025-03-04")
    assert ("military_mobilization", "Poland") in got, got


def test_the_attackers_adjective_is_not_where_jets_were_scrambled():
    text = ("Debris found near Isaccea after night of Russian attacks on Reni; F-16s scrambled\n\n"
            "Two F-16 jets were scrambled overnight to monitor the border, the Romanian defence ministry said.")
    got = _types_places(text, "2025-03-04")
    assert ("military_mobilization", "Russia") not in got, got


def test_a_tables_count_columns_are_read_from_its_header():
    from sitrep.extract.tables import count_columns, row_counts
    text = ("Register of incidents. D = dead, W = wounded.\n"
            "Row | Day | Village | Incident | D | W\n"
            "12 | 03.03 | Ripky | Tractor hit by an FPV drone | 0 | 2*\n"
            "13 | 04.03 | Esman | Shop damaged by mortar fire | – | –\n"
            "The register is updated weekly.\n"
            "14 | 05.03 | Seredyna-Buda | House shelled | 1 | 0\n")
    rows = count_columns(text)
    lines = text.split("\n")
    starts = {sum(len(l) + 1 for l in lines[:i]): l for i, l in enumerate(lines)}
    got = {starts[k].split(" | ")[2]: tuple(c.best if c else None for c in row_counts(starts[k], cols)) for k, cols in rows.items()}
    assert got == {"Ripky": (0, 2), "Esman": (None, None)}, got  # (a paragraph ends the table)
    evs = events_of(text, "2025-03-07")
    assert any(e.event_type == "air_drone_strike" and e.injured is not None and e.injured.best == 2 for e in evs), evs


@pytest.mark.parametrize("text", [
    "Kharkiv region again accounted for the largest share of civilian casualties: 31 killed and 104 injured.",
    "The March toll is lower than February's (188 killed, 690 injured), the monitors said.",
    "Nine other civilians were killed and 20 injured in other regions, including Poltava region.",
])
def test_a_months_statistics_are_no_incident(text):
    assert _types_places(text, "2025-04-10") == []


# ------------------------------------------------------------------ a theatre city's variant spelling; an abbreviation
@pytest.mark.parametrize("mention, country", [("Vinnitsa", "UA"), ("Texas", "US")])
def test_a_theatre_city_in_a_variant_spelling_beats_a_region_abroad(mention, country):
    from sitrep import geo
    assert geo.geocode(mention).country_code == country


def test_an_abbreviation_is_no_respelt_town():
    from sitrep import geo
    assert geo.geocode("KhTZ") is None
    assert geo.geocode("SUMY").name == "Sumy"


# ------------------------------------------------------------------ furniture: known families in other wordings
_PAGE = ["Drones hit Poltava overnight",
         "Russian drones struck an industrial site in Poltava overnight, injuring two workers, the governor said on Friday.",
         None,
         "Firefighters put out the blaze by morning, the emergency service said."]


@pytest.mark.parametrize("line", [
    "Information centre » Situation in the region today",
    "14.03.2025, 08:40 | Press office of the Regional Administration",
    "Translator's note: place names are given as the regional administration spells them.",
    "This digest may be reproduced freely provided the monitor is credited.",
    "Next Frontline Digest: Monday 17 March.",
    "Newsletter looks odd? Open it in your browser",
    "That's all for this week. We'll be back on Monday.",
])
def test_furniture_in_new_wordings(line):
    from sitrep.ingest.boilerplate import classify_lines
    page = list(_PAGE)
    page[2] = line
    assert classify_lines(page)[2][0] is not None


@pytest.mark.parametrize("line", [
    "The next convoy will leave Zaporizhzhia on Monday, the regional governor said.",
    "Officials said they would be back at the site tomorrow to continue clearing the rubble.",
])
def test_news_lines_are_not_taken_for_furniture(line):
    from sitrep.ingest.boilerplate import classify_lines
    page = list(_PAGE)
    page[2] = line
    assert classify_lines(page)[2][0] is None


# ------------------------------------------------------------------ a stray drone crashing abroad, and the attack it came from
def test_a_stray_drone_crashing_abroad_is_the_event_not_the_attack_it_came_from():
    text = ("A military drone crashed onto a car park in Rezekne late on Monday, the Latvian army said on Tuesday. No one was hurt.\n\n"
            "The army said the drone was most likely a Russian decoy that had strayed across Belarus from an attack on Ukraine.")
    got = _types_places(text, "2024-10-08")
    assert ("air_drone_strike", "Rēzekne") in got or ("air_drone_strike", "Rezekne") in got, got
    assert not [p for _, p in got if p in ("Belarus", "Ukraine")], got


# ------------------------------------------------------------------ rail delays; rescue is no withdrawal; a log's scope and totals
def test_trains_running_late_or_cancelled_are_a_disruption():
    assert ("infrastructure_disruption", "Fastiv") in _types_places(
        "Trains passing through Fastiv are running up to two hours late after the depot was damaged.", "2025-02-25")
    got = _types_places("Commuter trains on the line were cancelled on Tuesday after a drone hit the tracks near Nizhyn.", "2025-02-25")
    assert "infrastructure_disruption" in [t for t, _ in got], got


@pytest.mark.parametrize("text", [
    "A woman, 64, was killed; her husband was pulled out of the rubble alive.",
    "Week totals: Chernihiv oblast – 6 incidents, 2 killed, 5 injured; Sumy oblast – 9 incidents, 1 killed, 8 injured.",
    "The register documents incidents in which shelling or mines harmed civilians in Kherson oblast.",
])
def test_rescue_totals_and_a_logs_scope_are_no_events(text):
    assert _types_places(text, "2025-02-25") == []


def test_a_time_of_day_is_no_count_and_a_bracketed_unit_is_an_address():
    got = events_of("• Kherson, 21:15 yesterday – a Shahed-type drone crashed into a shop in the Dniprovskyi district.", "2024-12-09")
    assert all((w.launched is None or w.launched.best != 15) for e in got for w in e.weapons), got
    assert _types_places("• Mala Tokmachka (Orikhiv hromada) – artillery fire damaged a barn.", "2024-12-09") == \
        [("missile_artillery_strike", "Mala Tokmachka")]


def test_jets_that_took_off_or_were_sent_up_are_a_scramble():
    for text in ("Two Romanian F-16 fighter jets took off at 02:35 and patrolled over the Danube delta until morning.",
                 "Two Polish F-16 fighters on air policing duty were sent up over the border on Tuesday night."):
        assert "military_mobilization" in [t for t, _ in _types_places(text, "2024-10-08")], text
    assert _types_places("The plane took off from Lviv airport at noon with 140 passengers.", "2024-10-08") == []


def test_the_country_opening_a_decision_decides_and_history_from_a_year_is_background():
    got = _types_places("Norway approved a new aid package, and the Ukrainian and Polish ministers met in Rzeszow.", "2025-03-04")
    assert ("policy_decision", "Norway") in got, got
    assert _types_places("Russia tried out the bombs in Syria, where its jets bombed rebel-held towns from 2015 onwards.", "2025-03-04") == []


def test_power_was_cut_and_attacks_counted_in_times_are_told():
    assert ("infrastructure_disruption", "Saltivka") in _types_places("After the strike, power was cut to part of Saltivka.", "2024-06-13")
    got = _types_places("Ukrainian units still hold the northern part of Vovchansk, where the Russians attacked six times over the past day.",
                        "2024-06-13")
    assert [t for t, p in got if p == "Vovchansk"] == ["armed_clash"], got


@pytest.mark.parametrize("text", [
    "The monitor has removed from its records an incident in its last bulletin, the shelling of a minibus near Siversk on 3 May.",
    "Officials said the drone had probably strayed during an attack on the port of Reni across the river.",
    "Moscow answered with threats, as it did when Finland closed its border crossings in 2023.",
    "According to the engineers we spoke to, the substations are hard to protect.",
])
def test_withdrawn_records_strays_history_and_a_reporters_talks_are_no_events(text):
    assert _types_places(text, "2024-06-10") == []


def test_the_last_word_of_a_towns_name_is_no_region():
    from sitrep import geo
    loc = geo.geocode("Stepove", "Stepove, 23 km south-west of Nova Odesa, was shelled, wounding a shepherd.")
    assert loc.admin1_code == "UA-48", loc
