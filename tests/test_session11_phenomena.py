"""Phenomena found on the studied halves (HALF=1) of blind32, blind34, blind35 and blind36 in the eleventh
session, each written here in new invented sentences and pages.

Extraction: officials who "scrambled to save" a deal raised no jets; a recalled event that dates a headline
("... a day after the truce talks held in Ankara") keeps its place and its deal out of the new event; "the
fourth such attack in a week" ranks the attack in a period, the period does not date it; a blackout over a
listed set of regions is one event of the country; the
bodies of the fallen given back are no new deaths; a correction note about an earlier version of the story
reports nothing new; "a village near a city" happened in the village.

Furniture: a box of other news under its own heading ("WORLD AT A GLANCE", "SPORT"), currency and market
tickers, social handles after platform names, an acknowledgement of Country, content warnings, the next
edition's announcement, attached-files notes, carousel and link controls ending in an arrow glyph, a ticker of
time-stamped items, a wire's filing stamp, an outlet describing itself, and a reporter's bio whose name the
page's byline or stamp gave."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of
from sitrep.ingest.boilerplate import classify_lines


def _types_places(text: str, ref: str = "2025-10-13"):
    return [(e.event_type, e.location.name if e.location else None) for e in events_of(text, ref)]


def _page(text: str, ref: str):
    from sitrep.extract.pipeline import get_pipeline
    from sitrep.model import RawDocument
    return get_pipeline().process(RawDocument(doc_id="t", text=text), ref)


# ------------------------------------------------------------------ extraction
def test_officials_scrambling_to_save_a_deal_raise_no_jets():
    text = "Hungarian diplomats scrambled to rescue the grain talks on Friday after the delegations quarrelled over insurance."
    assert "military_mobilization" not in [t for t, _ in _types_places(text)]


def test_jets_scrambled_to_patrol_are_still_a_scramble():
    text = "Poland scrambled jets on Friday to patrol its airspace near Rzeszow, the operational command said."
    assert "military_mobilization" in [t for t, _ in _types_places(text)]


def test_a_recalled_event_after_the_headline_strike_keeps_its_place_and_deal():
    text = ("Missiles hit Mykolaiv shipyard a day after ceasefire talks held in Ankara\n\n"
            "Two Russian missiles struck a shipyard in Mykolaiv on Friday, the regional governor said.")
    got = _types_places(text)
    assert ("agreement", "Mykolayiv") not in got and "Ankara" not in [p for _, p in got]
    assert [t for t, _ in got] == ["missile_artillery_strike"]


def test_the_nth_attack_in_a_week_is_dated_by_its_own_day():
    text = ("The regional governor said on Wednesday that Russian drones had struck a bus station in Kherson on Tuesday, "
            "the fourth such attack on the city in a week.")
    evs = events_of(text, "2022-10-13")
    assert [(str(e.date), e.date_precision, e.is_aggregate) for e in evs] == [("2022-10-11", "day", False)]


def test_a_blackout_over_a_list_of_regions_is_one_event_of_the_country():
    text = ("Russian missiles hit two thermal power plants on Saturday. Within an hour, the Zaporizhzhia and Kherson regions "
            "lost power completely, and the Mykolaiv, Odesa and Kirovohrad regions partly, the national grid operator said.")
    outages = [e for e in events_of(text, "2022-10-13") if e.event_type == "infrastructure_disruption"]
    assert len(outages) == 1 and outages[0].location.precision == 4 and outages[0].location.country_code == "UA"


def test_a_blackout_in_two_regions_stays_in_the_regions():
    text = "A missile strike on a substation on Saturday left the Sumy and Poltava regions partly without power."
    outages = [e for e in events_of(text, "2022-10-13") if e.event_type == "infrastructure_disruption"]
    assert outages and all(e.location.precision == 3 for e in outages)


def test_speech_in_a_capital_abroad_still_places_no_strike_there():
    text = "In Oslo, the foreign minister said on Monday that Russian missiles had hit a school in Kharkiv overnight."
    assert "Oslo" not in [p for _, p in _types_places(text, "2025-11-05")]


def test_bodies_given_back_are_no_new_deaths():
    text = ("On Friday, Ukraine received the bodies of 757 people it said were fallen servicemen, and handed over the "
            "bodies of 24 Russian soldiers, the coordination centre said.")
    # (a repatriation is an agreement since the twelfth session; its bodies are no deaths of the day)
    events = events_of(text, "2025-05-09")
    assert all(e.event_type == "agreement" and e.fatalities is None for e in events)


def test_a_correction_note_reports_nothing_new():
    text = "Correction, 9 May, 11:20: An earlier version of this story said 53 drones were used in the attack on Kharkiv."
    assert _types_places(text, "2025-05-09") == []


def test_a_village_near_a_city_is_where_it_happened():
    text = ("The energy ministry said that on Monday Russian drones hit a substation in Bilozerka near Kherson, "
            "leaving about 6,000 customers without electricity.")
    assert {p for _, p in _types_places(text, "2025-05-09")} == {"Bilozerka"}


# ------------------------------------------------------------------ furniture
_SIDEBAR_PAGE = """Drones hit grain terminal in Reni overnight
Russian drones struck a grain terminal in the Danube port of Reni overnight, setting two silos on fire, the Odesa regional governor said on Wednesday. No one was hurt, he said, but loading was suspended.
Port workers said they heard at least six explosions shortly after 2 a.m. and that the fire was put out by dawn.
NEWS IN BRIEF
Peru: bus falls into ravine in Cusco region, 14 dead
Iceland: volcano near Grindavik erupts for the ninth time
Ukraine's navy said the drones approached from the Black Sea and that two were shot down over the Izmail district before they reached the port.
The governor said the terminal would resume operations within a week. Grain exports through the Danube ports rose by a fifth in the spring.
SPORT
Dynamo Kyiv draw 1-1 with Zorya in league opener played in Lviv
Tennis: Ukrainian teenager reaches quarter-finals in Bucharest
"""


def test_a_box_of_other_news_under_its_heading_is_furniture():
    doc = _page(_SIDEBAR_PAGE, "2025-06-11").document
    for gone in ("Peru: bus falls", "Iceland: volcano", "Dynamo Kyiv draw", "Tennis: Ukrainian teenager"):
        assert gone not in doc.clean_text
    assert "Izmail district" in doc.clean_text and "resume operations" in doc.clean_text


@pytest.mark.parametrize("line", [
    "Exchange rates: 1 USD = 41.32 UAH · 1 EUR = 44.80 UAH",
    "USD/UAH 41.30 ▲0.2% · EUR/UAH 44.91 ▼0.1%",
    "Our Telegram and Instagram: @southwatch_news",
    "The Harbour Courier acknowledges the Traditional Owners of the country on which we report.",
    "Content warning: this report contains descriptions of injuries to children.",
    "This video contains distressing footage.",
    "Tomorrow's briefing lands in your inbox at 7 a.m.",
    "All maps and data for this assessment are available for download as PDF files.",
    "Gallery (9 photos) ◀ ▶",
    "Read the full interview ›",
    "Listen to the morning bulletin ▶",
    "LIVE ▸ 09:40 Air raid alert lifted in Kyiv ▸ 09:12 Metro resumes service ▸ 08:55 Schools switch to online lessons ▸",
    "Filed 12.04.2026 09:31 EET · Priority 1",
    "Weekly map ▸ Where the front line moved in September",
    "Hotline for families of the missing (coordination centre): 1648, free of charge",
    "Translator's note: the ministry's figures are given as published and may be revised.",
    "Also Watch: A night with a mobile air defence crew near Kyiv (3:05)",
])
def test_furniture_forms(line):
    page = ["Drones hit Kharkiv overnight",
            "Russian drones struck two districts of Kharkiv overnight, injuring five people, the mayor said on Friday.",
            line,
            "Rescuers pulled a woman from the rubble of a two-storey house, the emergency service said.",
            "The city's air defence shot down eleven drones, according to the regional governor."]
    assert classify_lines(page)[2][0] is not None


def test_an_outlet_describing_itself_after_the_story_is_furniture():
    page = ["Shelling cuts water in Nikopol",
            "Russian artillery hit a water pumping station in Nikopol on Thursday, cutting supplies to 20,000 people, the governor said.",
            "Repair crews began work in the evening under the threat of renewed shelling.",
            "The pumping station was last hit in the spring, when it took two weeks to repair.",
            "Dnipro Wave is an independent regional newsroom funded by its readers and two European foundations."]
    assert classify_lines(page)[4][0] is not None


_BIO_PAGE = """Shelling cuts power in Kupiansk district
June 4, 2026 · Olena Marchuk
Russian artillery hit a substation near Kupiansk on Wednesday, leaving 4,000 households without electricity, the regional administration said.
Repair crews could not reach the site because of drone activity, the administration added. Generators were brought to the hospital.
The district has been shelled daily since the spring, officials said. Two villages were ordered evacuated last month.
Olena Marchuk spent eight years as a teacher in Izium before turning to journalism.
"""


def test_the_reporters_bio_after_the_story_is_furniture():
    clean = _page(_BIO_PAGE, "2026-06-04").document.clean_text
    assert "spent eight years as a teacher" not in clean and "Repair crews could not reach" in clean


def test_the_bio_rule_spares_a_person_the_story_names():
    lines = [x for x in _BIO_PAGE.split("\n") if x.strip()]
    assert classify_lines(lines, model=False)[-1][0] == "bio"
    lines[2] = lines[2].replace("the regional administration said", "Olena Marchuk, a nurse at the district hospital, said")
    assert classify_lines(lines, model=False)[-1][0] != "bio"


# ------------------------------------------------------------------ the capital
_CAPITAL_PAGE = ("Shelling kills six in Chernihiv as talks resume\n\n"
                 "Six people were killed on Wednesday in Chernihiv when shells hit a queue outside a pharmacy, the regional governor said.\n\n"
                 "In the capital, debris from a Russian rocket downed by air defence fell on a 12-storey block in the Obolonskyi "
                 "district early on Thursday, killing one man, the emergency service said.")


def test_the_capital_of_a_war_report_is_kyiv_with_its_districts():
    evs = events_of(_CAPITAL_PAGE, "2022-03-17")
    thursday = [e for e in evs if str(e.date) == "2022-03-17"]
    assert len(thursday) == 1 and thursday[0].location.admin1_code == "UA-30"


def test_the_russian_capital_is_moscow():
    text = "Drones attacked the Russian capital overnight on Sunday, damaging two office towers, the mayor said."
    assert [e.location.admin1_code for e in events_of(text, "2023-07-31") if e.location] == ["RU-MOW"]


def test_the_capital_of_another_country_is_not_guessed():
    text = "Thousands of farmers marched in the capital on Sunday against the new land law, police said."
    assert all(e.location is None or e.location.country_code not in ("UA", "RU") for e in events_of(text, "2021-01-31"))


def test_capital_as_money_is_no_place():
    from sitrep.extract.place_passes import capital_mentions
    assert capital_mentions("Kyiv wants the capital markets of Europe to fund Ukraine's grid.", []) == []


# ------------------------------------------------------------------ tallies, denials, counts
def test_a_denial_of_a_part_in_the_attack_is_no_new_strike():
    text = ("Blast hits Mykolaiv grain terminal\n\nAn explosion damaged a grain terminal in Mykolaiv on Saturday, the governor "
            "said. The Romanian foreign minister said Russian diplomats had told Bucharest that Moscow \"had nothing to do\" "
            "with the attack.")
    assert [p for _, p in _types_places(text, "2022-07-24")] == ["Mykolayiv"]


def test_ground_measured_in_square_kilometres_is_a_tally():
    text = ("Ukrainian commanders said on Sunday their troops had recaptured about 1,500 square kilometres since the start "
            "of the week. Ukrainian troops also recaptured 400 square kilometres around Kherson, including the village of "
            "Posad-Pokrovske, on Saturday.")
    got = events_of(text, "2022-11-06")
    assert [(e.event_type, e.location.admin1_code) for e in got] == [("territory_change", "UA-65")]


@pytest.mark.parametrize("text", [
    "Since January 1, at least 23 fire engines have been damaged by drones in the Sumy, Chernihiv and Kharkiv regions, the emergency service said on Thursday.",
    "Since 3 March, drones have hit the port of Izmail 14 times, the governor said.",
])
def test_a_running_tally_since_a_day_is_no_incident(text):
    assert _types_places(text, "2026-03-05") == []


def test_a_count_of_people_before_the_place_is_no_weapon_count():
    text = "Deputies observed a minute of silence for the six people killed when a Russian missile struck a tram depot in Kharkiv on Monday."
    evs = events_of(text, "2025-05-09")
    assert [e.location.name for e in evs] == ["Kharkiv"]
    assert all(w.launched is None or w.launched.best != 6 for w in evs[0].weapons)


def test_a_repelled_attack_on_a_plant_is_a_strike_not_fighting():
    text = ("The Saratov region governor wrote on Telegram that an attack on an oil depot in Engels had been repelled and "
            "that falling debris had caused a small fire.")
    assert [(t in ("air_drone_strike", "missile_artillery_strike"), p) for t, p in _types_places(text, "2026-03-05")] == [(True, "Engels")]


def test_a_repelled_attack_on_positions_is_still_fighting():
    text = "Ukrainian troops repelled an attack on their positions near Pokrovsk on Monday."
    assert [t for t, _ in _types_places(text, "2026-03-05")] == ["armed_clash"]


# ------------------------------------------------------------------ geocoding (issue 11)
@pytest.mark.parametrize("mention,context,admin1", [
    ("Shevchenkivskyi district", "Kharkiv: drones hit a warehouse in the Shevchenkivskyi district overnight.", "UA-63"),
    ("Khortytskyi district", "In Zaporizhzhia a missile struck a car park in the Khortytskyi district, the mayor said.", "UA-23"),
    ("Prymorskyi district", "Odesa came under attack again; in the Prymorskyi district a drone hit a hotel.", "UA-51"),
])
def test_a_bare_city_district_takes_the_city_its_context_names(mention, context, admin1):
    from sitrep.geo import geocode
    loc = geocode(mention, context=context)
    assert loc is not None and loc.admin1_code == admin1 and loc.precision <= 2


@pytest.mark.parametrize("text,name", [
    ("Petropavlivka, a village east of Kupiansk, came under a glide-bomb attack overnight.", "Petropavlivka"),
    ("Antonivka, on the eastern outskirts of Kherson, was shelled from the left bank.", "Antonivka"),
    ("Zolochiv, some 40 km north-west of Kharkiv, lost power after a missile strike.", "Zolochiv"),
])
def test_a_village_opening_a_sentence_with_a_description_is_a_place(text, name):
    from sitrep.geo import get_gazetteer
    found = {m.location.name for m in get_gazetteer().find_mentions(text) if m.location}
    assert name in found


@pytest.mark.parametrize("text,name", [
    ("Nikopl was shelled again in the afternoon; a gas pipe was cut.", "Nikopol"),
    ("Kramatorks: a missile hit a school yard, no casualties.", "Kramatorsk"),
])
def test_a_misspelt_town_opening_a_log_line_is_found(text, name):
    from sitrep.geo import get_gazetteer
    assert name in {m.location.name for m in get_gazetteer().find_mentions(text) if m.location}


def test_an_english_word_opening_a_sentence_is_still_no_town():
    from sitrep.geo import get_gazetteer
    found = [m.location.country_code for m in get_gazetteer().find_mentions("Below, a list of the villages shelled on Monday.") if m.location]
    assert found == []


# ------------------------------------------------------------------ analysis on long pages (blind34 HALF=1)
@pytest.mark.parametrize("text", [
    '"The village is being shelled day and night; nobody should stay," said a volunteer driver in the Sumy region.',
    "Observers said the pace of Russian drone attacks on Odesa has risen since the spring.",
    "Monday's and Tuesday's strikes brought the number of civilians killed in the Kharkiv region this month to 23, officials said.",
])
def test_habits_trends_and_running_totals_are_no_incidents(text):
    assert _types_places(text, "2024-06-12") == []


def test_an_unknown_number_of_gunmen_still_opened_fire():
    text = "An unknown number of gunmen opened fire on a checkpoint near Horlivka at dawn on Tuesday, the police said."
    assert _types_places(text, "2024-06-12") != []


def test_a_shelling_day_and_night_on_a_named_day_is_still_news():
    text = "Russian troops shelled Vovchansk day and night on Tuesday, killing two residents, the governor said."
    assert [p for _, p in _types_places(text, "2024-06-12")] == ["Vovchansk"]


# ------------------------------------------------------------------ typical pages (blind37 HALF=1)
def test_an_outage_in_a_report_about_one_town_is_in_that_town():
    text = ("Russian shelling damages gas pipeline in Nikopol\n\n"
            "Russian artillery shelled Nikopol overnight, damaging a gas pipeline and three apartment blocks, the regional "
            "governor said on Wednesday.\n\nAbout 3,000 residents have been left without gas, the local authorities say.")
    outages = [e for e in events_of(text, "2022-08-17") if e.event_type == "infrastructure_disruption"]
    assert [e.location.name for e in outages] == ["Nikopol"]


def test_unable_to_intercept_is_no_interception():
    text = "The air force said it was unable to intercept the ballistic missile, which hit a warehouse in Dnipro on Tuesday."
    assert [t for t, _ in _types_places(text, "2024-04-25")] == ["missile_artillery_strike"]


def test_fighting_vehicles_in_an_aid_list_are_no_fighting():
    text = ("The package includes 155 mm shells, Stinger missiles, Bradley fighting vehicles and air defence "
            "interceptors, according to a list released by the Pentagon on Wednesday.")
    assert _types_places(text, "2024-04-25") == []


def test_infantry_fighting_vehicles_in_an_attack_are_still_fighting():
    text = "Separatist forces used mortars, infantry fighting vehicles and small arms to attack army positions near Krymske on Sunday."
    assert _types_places(text, "2024-04-25") == [("armed_clash", "Krymske")]


def test_a_trend_word_before_a_toll_keeps_the_attack():
    text = "The number of injured in the attack on the ferry crossing in Kherson rose to six on Sunday."
    assert [p for _, p in _types_places(text, "2022-09-26")] == ["Kherson"]


@pytest.mark.parametrize("text,country", [
    ("The Senate passed the $61 billion measure late Thursday by 70 votes to 29.", "US"),
    ("The Verkhovna Rada passed the mobilisation law on Thursday.", "UA"),
    ("The State Duma adopted a law on Thursday allowing the confiscation of property of critics abroad.", "RU"),
])
def test_a_legislature_passing_a_law_is_a_decision_of_its_country(text, country):
    evs = events_of(text, "2024-04-27")
    assert [(e.event_type, e.location.country_code if e.location else None) for e in evs] == [("policy_decision", country)]


def test_a_bill_signed_into_law_is_a_decision():
    text = "The US president signed the long-delayed foreign aid bill into law on Wednesday."
    assert [t for t, _ in _types_places(text, "2024-04-25")] == ["policy_decision"]


# ------------------------------------------------------------------ a salvo told in two parts
@pytest.mark.parametrize("text,strike,place", [
    ("Two Russian missiles hit the port of Izmail on Saturday, while air defences shot down two others, the governor said.",
     "missile_artillery_strike", "Izmayil"),
    ("One drone struck a school in Sumy overnight and the rest were shot down, the governor said.", "air_drone_strike", "Sumy"),
])
def test_what_hit_and_what_was_shot_down_of_one_salvo_are_two_events(text, strike, place):
    got = sorted(_types_places(text, "2022-07-24"))
    assert got == sorted([("interception", place), (strike, place)])


def test_a_plain_interception_stays_one_event():
    assert _types_places("Air defences shot down 12 drones over the Kyiv region overnight, the governor said.", "2022-07-24") \
        == [("interception", "Kyiv")]
