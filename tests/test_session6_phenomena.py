"""Phenomena found on the studied halves of blind15 and blind16 (HALF=1) in the sixth session, each
written here in new invented sentences and lines.

Furniture: an outlet's tagline under its masthead when the site's menu sits on one line; a register's
title closing on a bracketed week; a wire's "X reported from Y. Z contributed to this report." sign-off;
an exile outlet's "declared our outlet undesirable / reposting our materials is punishable" notice; a
breadcrumb drawn with "›"; a log's "Last sync" and "Entries shown" lines; "Share | Forward" controls;
"This article is free to read. Support independent ... coverage."

Extraction: a district named without its city ("the Korabelnyi district") is a district of the city
the report is about, not its namesake in another city; a strike told without a place in a report about
one town is in that town; "attacked the X region with N drones; M of them were shot down" is a strike
on the region and its interception there (also when the count comes in the next sentence); a summoned
envoy "to protest against the detention of" a citizen is a diplomatic contact, neither a protest nor an
arrest; "a truce is not on the table" is no agreement; "recruiting 25,000 a month" is a rate, no event;
"mine-clearing equipment" in an aid package is no mine blast; "the Severny microdistrict of Belgorod" is
in Belgorod, not in a Severny elsewhere; "commuter trains to Moscow were cancelled" does not put the
disruption in Moscow."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of
from sitrep.ingest import clean
from sitrep.model import RawDocument


def _where(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.admin1_code if e.location else None,
             str(e.date)) for e in events]


def _clean(text: str) -> str:
    return clean(RawDocument(doc_id="f", text=text)).clean_text


BODY = ("Russian drones struck a grain terminal in the port of Izmail overnight, starting a fire, the regional "
        "governor said on Wednesday.\n\nOne worker was injured and taken to hospital, according to the regional "
        "administration, which said firefighters had put out the blaze by morning.\n\nThe port has been attacked "
        "at least five times this month, local officials said.")


def test_tagline_under_masthead_with_one_line_menu_goes():
    text = ("DANUBE HERALD\n\nIndependent newspaper of the Odesa region\n\nNews  Politics  War  Economy  Culture  Sport  "
            "Photo\n\nWar\n\n12.03.2025 09:12\n\nDrones hit grain terminal in Izmail, worker injured\n\n" + BODY)
    out = _clean(text)
    assert "Independent newspaper of the Odesa region" not in out
    assert "Drones hit grain terminal in Izmail, worker injured" in out and "grain terminal in the port of Izmail" in out


def test_register_title_with_bracketed_week_is_the_headline_not_the_body():
    text = ("POWERLINE MONITOR | grid incidents in Ukraine\n\nAbout · Data · Methodology\n\nGrid incident register, "
            "week 11 (10-16 March 2025)\n\n" + BODY)
    out = _clean(text)
    assert "POWERLINE MONITOR | grid incidents in Ukraine" not in out
    assert "Grid incident register, week 11 (10-16 March 2025)" in out


@pytest.mark.parametrize("line", [
    "Dorota Wirth reported from Odesa. Field producer Sam Ortiz in Kyiv contributed to this report.",
    "Alex Brant in Warsaw contributed reporting.",
    "The authorities have declared our newsroom an \"undesirable\" organisation. Reposting our materials may be a criminal offence.",
    "Digest › Front line",
    "Last sync: 05.11.2024 18:05 (Kyiv time)",
    "Showing 1-20 of 55 entries",
    "Share | Forward | Reply",
    "This story is free to read. Support independent regional journalism.",
])
def test_furniture_goes_at_either_end(line):
    for text in (line + "\n\n" + BODY, BODY + "\n\n" + line):
        out = _clean(text)
        assert line not in out and "grain terminal in the port of Izmail" in out and "at least five times" in out


@pytest.mark.parametrize("line", [
    "Soldiers from the brigade contributed to the defence of the port, the governor said after the shelling.",
    "The governor declared the port district a restricted area after the attack on Tuesday.",
])
def test_article_lines_with_the_same_words_stay(line):
    assert line in _clean(BODY + "\n\n" + line + "\n\nThe shelling continued into the evening, officials added.")


def test_bare_district_is_the_district_of_the_city_the_report_is_about():
    events = events_of("Kherson: a city that learned to listen to the sky\n\nOlha lives in the Korabelnyi district, a few "
                       "streets from the river.\n\nOn Thursday morning, a drone dropped a grenade on a bus stop in the "
                       "Dniprovskyi district, wounding two people.", "2025-03-14")
    assert [(e.event_type, e.location.admin1_code) for e in events] == [("air_drone_strike", "UA-65")], _where(events)


def test_strike_without_a_place_in_a_report_about_one_town():
    events = events_of("Life under the shells in Nikopol\n\nHanna has lived in her flat near the embankment in Nikopol for 40 "
                       "years.\n\nLate on Tuesday, artillery shells hit the house next to hers, killing a 68-year-old man.",
                       "2025-03-14")
    assert [(e.event_type, e.location.name, e.fatalities.best if e.fatalities else None) for e in events] \
        == [("missile_artillery_strike", "Nikopol", 1)], _where(events)


@pytest.mark.parametrize("text", [
    "Meanwhile, Russia attacked the Mykolaiv region with up to 20 Shahed drones overnight; 17 of them were shot down, "
    "the Southern Defence Forces reported.",
    "Russia launched 20 drones at the Mykolaiv region overnight. Air defence shot down 17 of them, the air force said.",
])
def test_regional_wave_and_its_interception(text):
    events = events_of(text, "2023-10-08")
    assert sorted((e.event_type, e.location.admin1_code) for e in events) \
        == [("air_drone_strike", "UA-48"), ("interception", "UA-48")], _where(events)


def test_summoned_envoy_over_a_detention_is_a_diplomatic_contact():
    events = events_of("On Tuesday, Estonia's foreign ministry summoned Russia's ambassador in Tallinn to protest against "
                       "the detention of an Estonian citizen.", "2025-12-02")
    assert [(e.event_type, e.location.name) for e in events] == [("diplomatic_contact", "Tallinn")], _where(events)


@pytest.mark.parametrize("text", [
    "The Kremlin said on Tuesday that a truce was \"not on the table\" while Ukrainian troops remained in the Kharkiv region.",
    "Russia is still recruiting about 25,000 contract soldiers a month, according to Western officials.",
    "According to the ministry, the package includes air defence systems, mine-clearing equipment and patrol boats.",
])
def test_no_event(text):
    events = events_of(text, "2025-12-02")
    assert events == [], _where(events)


def test_unknown_microdistrict_of_a_city_is_the_city():
    events = events_of("Falling debris damaged a shop in the Severny microdistrict of Belgorod on Monday, the governor said.",
                       "2025-12-02")
    assert [(e.location.name, e.location.admin1_code) for e in events] == [("Belgorod", "RU-BEL")], _where(events)


def test_trains_to_a_city_do_not_place_the_disruption_there():
    events = events_of("Rail traffic near Ryazan was halted for six hours on Tuesday, and several commuter trains to "
                       "Moscow were cancelled.", "2025-12-02")
    assert events and all(e.location.admin1_code != "RU-MOW" for e in events), _where(events)


# --- second round: blind17 / blind18 HALF=1 (furniture and quotation speakers) ---

@pytest.mark.parametrize("line", [
    "Читайте також: Як живе прикордоння: репортаж",
    "LIVE — Updated 09:10 Kyiv time, Friday 6 March 2026",
    "Key events | All posts | Filter: Front · Diplomacy",
    "That's where we are pausing our live coverage today. Thanks for following.",
    "🇺🇦 Official channel of the Sumy RMA · 102 540 subscribers",
    "📌 Pinned: Shelter map — link in bio",
    "Every Friday we round up the week on the southern front.",
    "Last update 6 Mar 2026, 10:05 GMT",
    "Listen (3 mins)",
    "What else to read",
    "*** Advertisement ***",
    "Mark Doyle with AGP, UWP",
])
def test_more_furniture_goes_at_either_end(line):
    for text in (line + "\n\n" + BODY, BODY + "\n\n" + line):
        out = _clean(text)
        assert line not in out and "grain terminal in the port of Izmail" in out and "at least five times" in out


@pytest.mark.parametrize("line", [
    "FRONTLINE BRIEF — No. 88 | 2–8 March 2026",
    "Dr. Anna Kowal, Senior Fellow, and Petro Lis, Research Associate",
])
def test_newsletter_issue_line_and_authors_line_go_above_the_headline(line):
    out = _clean(line + "\n\nDrones hit grain terminal in Izmail, worker injured\n\n" + BODY)
    assert line not in out and "Drones hit grain terminal in Izmail, worker injured" in out


def test_rubric_over_the_headline_goes_and_day_heading_over_a_list_stays():
    out = _clean("NORTHWIRE\n\nWar in Ukraine\n\nRussian troops take village near Kupiansk, repel counterattacks\n\n" + BODY)
    assert "War in Ukraine" not in out and "Russian troops take village near Kupiansk, repel counterattacks" in out
    diary = ("THE HARBOUR TIMES\n\nNews | World | Opinion | Culture\n\nWar diary: days 40 to 46\n\nEvery Monday we sum up the "
             "past week of the war.\n\nMonday 7 April 2025 06.00 BST\n\nDAY 40\n\n• Russian shelling kills two civilians in "
             "Nikopol, the regional governor says.\n\n• Ukrainian troops repel an assault near Pokrovsk, the General Staff says.")
    out = _clean(diary)
    assert "DAY 40" in out and "Every Monday we sum up" not in out


def _speakers(text):
    from sitrep.extract.statements import extract_statements
    return [(s.speaker, s.quote[:25]) for s in extract_statements("t", text, [])]


def test_speaker_described_by_age_is_the_person_named_before():
    got = _speakers('Oksana Melnyk runs a bakery near the station. "We open at six, whatever happens," the 52-year-old baker says.')
    assert got and got[0][0] == "Oksana Melnyk", got


def test_speaker_of_a_possessive_office_and_a_labelled_quote():
    got = _speakers('The governor of the Kursk region says a drone hit a car.\n\nUkraine\'s foreign minister has met NATO\'s '
                    'secretary general in Brussels. "What we need is launchers this month," the minister told reporters.\n\n'
                    'Oleh Tkach, head of the regional administration, visited Sumy on Monday.\n\n'
                    'Quote from the head of the regional administration: "The enemy keeps shelling border villages."')
    assert got[0][0] == "Ukraine's foreign minister" and "Tkach" in got[1][0], got


def test_office_named_with_its_place_is_not_the_previous_speaker():
    got = _speakers('Drones were also shot down over the Tula region, the ministry said.\n\nThe Kyiv mayor wrote on Telegram that '
                    'two waves of drones "flying toward the city" had been repelled. "Rescuers are working at the sites where '
                    'debris fell," he added.\n\nThe Kremlin\'s spokesman condemned the strike as "a terrorist act against civilians."')
    assert [s for s, _q in got] == ["Kyiv mayor", "Kyiv mayor", "Kremlin's spokesman"], got


def test_agency_named_by_its_short_name_and_a_message_posted_by_an_official():
    got = _speakers('Ukraine\'s military intelligence agency (HUR) said the blast was "the result of an operation" by its agents. '
                    '"Every collaborator will answer for it," the agency said in a statement.\n\nRussian troops shelled the Nikopol '
                    'district overnight. This was reported on Telegram by the head of the regional military administration, '
                    'Newsline reports.\n\n"Nikopol suffered the most. Two houses were damaged," the message says.')
    assert [s for s, _q in got][:2] == ["HUR", "HUR"] and "head of the regional military administration" in got[2][0], got


# --- third round: blind18 HALF=1 (dates, places, deployments) ---

def test_a_dated_topic_sentence_dates_the_wave_it_introduces():
    text = ("The drone war has changed the pattern of the war. Russia now launches hundreds of drones a night. Analysts "
            "expect more of the same next year. Defences have adapted too.\n\nThe night of 1 to 2 December illustrates "
            "the pattern. According to the air force, Russia launched 596 drones and 21 missiles; air defences shot "
            "down 540 drones and 18 missiles. In Pavlohrad, a ballistic missile struck a railway depot, killing two "
            "workers.")
    events = events_of(text, "2025-12-04")
    assert events and all(str(e.date) == "2025-12-02" for e in events), _where(events)


def test_a_paragraphs_day_dates_its_later_incidents_but_not_a_present_state():
    text = ("Fighting near Kostiantynivka went on all week. A drone hit a car on the town's outskirts on Thursday evening."
            "\n\nThe heaviest attack came on the night to Monday, when Russia launched 480 drones and 32 missiles. The air "
            "force said 441 drones and 27 missiles were brought down. In Kyiv, four people were killed when debris hit an "
            "apartment block. An energy facility in the Lviv region was damaged; no one was hurt.")
    lviv = [e for e in events_of(text, "2026-06-13") if e.location and e.location.admin1_code == "UA-46"]
    assert [str(e.date) for e in lviv] == ["2026-06-08"], _where(lviv)


def test_hyphenated_guided_bomb_is_an_air_strike():
    events = events_of("Wednesday's guided-bomb strike on a residential quarter of Kramatorsk killed three people.", "2026-06-11")
    assert [(e.event_type, e.location.name) for e in events] == [("air_drone_strike", "Kramatorsk")], _where(events)


def test_fire_from_a_region_across_the_border_is_the_origin():
    text = ("Meanwhile, the Russian shelling of the northern border continues.\n\nOn Monday afternoon, Russian troops fired mortars at "
            "the Semenivka hromada of the Chernihiv region from the territory of the Bryansk region. A 52-year-old man was injured, the regional "
            "military administration said. Overnight, air defence shot down a drone over the Ripky hromada.")
    events = events_of(text, "2024-06-25")
    strike = [e for e in events if e.event_type == "missile_artillery_strike" and e.location.precision <= 2]
    assert [(e.location.name, e.location.admin1_code) for e in strike] == [("Semenivka", "UA-74")], _where(events)
    assert not [e for e in events if e.location.admin1_code == "RU-BRY"], _where(events)


def test_troops_moved_to_a_region_is_a_deployment_and_a_headline_clause_keeps_its_place():
    events = events_of("Border guards: Belarus moves more troops to Gomel region as Russians shell Semenivka hromada in Chernihiv region",
                       "2024-06-25")
    assert sorted((e.event_type, e.location.admin1_code) for e in events) == [
        ("military_mobilization", "BY-HO"), ("missile_artillery_strike", "UA-74")], _where(events)
    assert events_of("This may be an attempt to divert Russian forces and make them move some units to the Kursk region.",
                     "2024-08-07") == []


# --- fourth round: blind19 / blind20 HALF=1 furniture (other languages, translation notes, promos, logs) ---

@pytest.mark.parametrize("line", [
    "Nachrichten > Politik > Ausland",
    "Von Anna Berger, Berlin, und Olha Lys, Kyjiw",
    "Par Claire Dubois et Marc Petit",
    "Lesezeit: 5 Min.",
    "Mehr zum Thema",
    "Artikel teilen",
    "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
    "This story was translated automatically from Polish and checked by an editor.",
    "🎧 Listen to our podcast \"Front Line\", episode 40: the air war",
    "Get the Daily Brief newsletter — the news before 7 a.m.",
    "Comments 312",
    "Show newest first",
    "English | Українська | Русский",
    "entries: 22 | verified: 18 | pending: 4",
    "Export generated 03.02.2025 10:00 EET · rows 1–40",
    "Cite as: Harm Tracker (2025), Odesa log, v1.1.",
    "Data may be reused with attribution. Not an official source.",
    "Catch all the latest Europe news and updates on The Daily Ledger.",
    "More reportage",
    "ANP-XYZ/ab/cd",
    "‼️ During an air raid alert, stay in shelters!",
    "Harm Monitor (HM) / Ukraine / Odesa oblast",
])
def test_furniture_in_other_languages_and_log_chrome_goes(line):
    for text in (line + "\n\n" + BODY, BODY + "\n\n" + line):
        out = _clean(text)
        assert line not in out and "grain terminal in the port of Izmail" in out and "at least five times" in out


def test_a_channel_name_over_its_subscriber_count_goes():
    out = _clean("Одеська ОВА | Odesa Regional Military Administration\n\n112 044 subscribers\n\n" + BODY)
    assert "Odesa Regional Military Administration" not in out and "grain terminal" in out


@pytest.mark.parametrize("line", [
    "Russian drones hit Odesa > Kyiv says 3 killed",
    "Comments by the governor were published on Telegram after the attack on the port, officials said.",
])
def test_lines_like_furniture_but_article_text_stay(line):
    assert line in _clean(BODY + "\n\n" + line + "\n\nThe shelling continued into the evening, officials added.")


def test_reportage_from_one_town_that_never_names_it_again():
    text = ("BORDERLINE\n\nAcross the river from the plant: a summer under fire in Nikopol\n\nThe town faces the occupied "
            "plant across a drained reservoir. Its residents have learned to live with the noise.\n\nOn Sunday night, shelling "
            "hit a substation on the northern side of town; the power went out, and with it the pumps.")
    events = events_of(text, "2024-08-29")
    assert sorted((e.event_type, e.location.name, str(e.date)) for e in events) == [
        ("infrastructure_disruption", "Nikopol", "2024-08-25"), ("missile_artillery_strike", "Nikopol", "2024-08-25")], _where(events)


def test_a_drone_dropping_a_charge_is_a_drone_strike():
    events = events_of("On Tuesday morning, a drone dropped a charge on a minibus near the market in Beryslav, wounding the "
                       "driver.", "2024-08-29")
    assert [(e.event_type, e.location.name) for e in events] == [("air_drone_strike", "Beryslav")], _where(events)


# --- fifth round: blind19 / blind20 HALF=1 quotation speakers ---

def test_french_guillemets_with_inner_spaces():
    got = _speakers("The shells struck near the market. « I was buying milk, and then the windows flew in, » says Olena Hrab, "
                    "58, a nurse. « My neighbour did not get up. »")
    assert [s for s, _q in got] == ["Olena Hrab", "Olena Hrab"], got


def test_general_staff_is_a_body_not_a_general_named_staff():
    got = _speakers("Ukraine's General Staff gave a different account. The depot had been \"hit successfully\", it said in a "
                    "statement, calling it \"a key supplier of fuel to the Russian army\".")
    assert got and got[-1][0] == "Ukraine's General Staff", got


def test_inverted_attribution_with_a_role_and_an_abbreviated_title():
    got = _speakers('"We have waited long enough. The cost of this war is going up," said the committee\'s chairman, '
                    'Sen. Ron Whitfield (R-Idaho), after the vote.')
    assert got and got[0][0] == "Ron Whitfield", got


def test_ministry_named_with_its_country_and_an_office_with_its_post():
    got = _speakers("Russia's defence ministry claimed on Wednesday that its troops had taken Novoselivka. The Ukrainian "
                    "military said on Thursday that fighting was continuing.\n\n\"Units of the Centre group have liberated the "
                    "settlement of Novoselovka,\" the ministry said in its daily report.\n\nRussia's ambassador in Berlin warned "
                    "that \"Berlin bears direct responsibility for every strike\".")
    assert [s for s, _q in got] == ["Russia's defence ministry", "Russia's ambassador in Berlin"], got


def test_an_office_abbreviated_is_its_fuller_mention_not_the_last_sentence():
    got = _speakers("A 52-year-old man was killed, two more residents were injured, reported the head of the regional "
                    "military administration.\n\n\"The aggressor hit the town with heavy artillery,\" the head of the RMA wrote "
                    "in his Telegram channel.")
    assert got and got[0][0] == "head of the regional military administration", got


# --- sixth round: blind19 HALF=1 extraction ---

def test_a_count_of_attacks_this_month_does_not_date_the_attack():
    events = events_of("Odesa hit by 9th drone attack this month as debris sets cars alight", "2023-05-24")
    assert [(e.event_type, e.location.name, str(e.date)) for e in events] == [("air_drone_strike", "Odesa", "2023-05-24")], _where(events)


def test_a_wave_launched_at_ukraine_stays_national_when_a_city_is_named_in_passing():
    events = events_of("Russia launched 40 Shahed drones at Ukraine overnight, the 9th attack on Odesa this month, and all of "
                       "them were shot down, most over the city, the air force said.", "2023-05-24")
    assert sorted((e.event_type, e.location.name) for e in events) == [("air_drone_strike", "Ukraine"), ("interception", "Ukraine")], _where(events)


@pytest.mark.parametrize("text,want", [
    ("Russia's Defence Ministry claimed that its troops had repelled five Ukrainian attacks near Verbovoye, inflicting heavy losses.",
     [("armed_clash", "Verbove")]),
    ("Moscow [Russia], March 6 (NPA): Two civilians were killed on Tuesday when Russian forces shelled the town of Kupiansk.",
     [("missile_artillery_strike", "Kupyansk")]),
    ("The aggressor hit Nikopol with heavy artillery from the side of Enerhodar, the governor said.",
     [("missile_artillery_strike", "Nikopol")]),
])
def test_claims_datelines_and_fire_from_the_side_of(text, want):
    events = events_of(text, "2023-03-08")
    assert [(e.event_type, e.location.name) for e in events] == want, _where(events)


def test_falling_wreckage_setting_fire_is_no_arson_and_a_judged_visit_is_no_contact():
    events = events_of("Falling wreckage set fire to two flats in a building in Odesa's Prymorskyi district overnight.", "2023-05-24")
    assert [e.event_type for e in events] and "looting_destruction" not in [e.event_type for e in events], _where(events)
    assert events_of("The Kremlin's spokesman called the visit a provocation and warned Paris.", "2024-03-14") == []


# --- seventh round: blind20 HALF=1 (an incident log's day headings, labels, ages) ---

LOG = ("Harm Watch / Ukraine / Kherson oblast\n\nKherson oblast civilian harm log — 8–10 March 2024\n\nPerpetrator: Russian "
       "armed forces unless entry says otherwise. Sources: regional administration, hospitals, volunteers.\n\n08.03.2024\n"
       "Kherson, Dniprovskyi dist.: man (58) injured by explosive dropped from drone near the river port, hospitalised.\n"
       "Beloserka: private house hit by arty in the evening, woman (66) killed.\n\n09.03.2024\n"
       "Antonovka: bus stop shelled at 14:20, 2 wounded.\nHola Prystan (occupied): explosions reported by residents, cause "
       "unknown — EXCLUDED (not verifiable, no access).\n\nCite as: Harm Watch (2024), Kherson log, v1.0.")


def test_log_day_headings_labels_and_ages():
    events = events_of(LOG, "2024-03-11")
    got = sorted((str(e.date), e.location.name, e.location.admin1_code, e.fatalities.best if e.fatalities else None,
                  e.injured.best if e.injured else None) for e in events)
    got = [(d, "Kherson" if n == "Dniprovskyi" else n, a, k, w) for d, n, a, k, w in got]  # (the city or its district)
    assert sorted(got) == [("2024-03-08", "Bilozerka", "UA-65", 1, None), ("2024-03-08", "Kherson", "UA-65", None, 1),
                           ("2024-03-09", "Antonivka", "UA-65", None, 2)], got


def test_log_day_headings_survive_cleaning():
    out = _clean(LOG)
    assert "08.03.2024" in out and "09.03.2024" in out and "Cite as" not in out


@pytest.mark.parametrize("text", [
    "Drones hit the boiler house of the Okhtyrka heating plant; hot water was cut for 12,000 residents.",
    "On Sunday night, shelling hit a substation in Nikopol; the power went out, and with it the water pumps.",
])
def test_strike_and_the_outage_it_caused(text):
    events = events_of(text, "2025-01-15")
    assert sorted({e.event_type for e in events}) == ["infrastructure_disruption", "missile_artillery_strike"] or \
        sorted({e.event_type for e in events}) == ["air_drone_strike", "infrastructure_disruption"], _where(events)


# --- eighth round: furniture of blind17-blind20 HALF=2 (those halves are studied from here on) ---

@pytest.mark.parametrize("line", [
    "FILED 0915 GMT -- 4:15 ET -- 640 WORDS -- PRIORITY: ROUTINE",
    "Sent 02.03.2024 10:20 CET | Words: 512 | Priority: NORMAL",
    "NWS RECOMMENDS",
    "Kovalenko reported from Odesa. NWS writer Jan Novak in Prague contributed.",
    "Ściągnij aplikację Kuriera — Google Play | App Store",
    "Anna Nowak | 4 marca 2025, 10:12 | aktualizacja: 12:40",
    "POLL: Should the EU send more air defence to Ukraine?",
    "Yes — 58% | No — 30% | Not sure — 12% (2,114 votes)",
    "Premium members can read the full interview.",
    "Follow The Harbour Times on LINE for the latest updates.",
    "Join ODN's Telegram channel for breaking news.",
    "News · Reports · War · Podcasts · Opinion",
    "Text: Sever news desk",
    "Support Sever — we live on readers' money. Donate from €3",
    "Dossier: Black Sea shipping",
    "— With files from Northwire and The Prairie Desk",
    "Blocked in Russia? Read us through our app.",
    "OUT is recognised as an \"undesirable organisation\" in Russia. Sharing our materials may be punishable.",
    "Note: the centre relies on open sources. References in this text are available in the PDF version.",
    "The weekly newsletter on the Black Sea · read in your browser",
    "In today's briefing: summit · sanctions · drones",
    "The Briefing is published by Harbour Media Ltd, London. © 2026",
    "(NWS) jk/pl",
    "— NWS —",
    "Advertisement 3",
    "— Sponsored —",
    "Home ▸ World ▸ Europe",
    "Video · Ad feedback",
])
def test_fifth_round_furniture_goes(line):
    for text in (line + "\n\n" + BODY, BODY + "\n\n" + line):
        out = _clean(text)
        assert line not in out and "grain terminal in the port of Izmail" in out and "at least five times" in out


@pytest.mark.parametrize("line", [
    "The US pledged donations of $1 billion in air defence aid, officials said after the strike.",
    "Kyiv · Kharkiv · Odesa were all hit by drones overnight, the air force said.",
])
def test_fifth_round_article_lines_stay(line):
    assert line in _clean(BODY + "\n\n" + line + "\n\nThe shelling continued into the evening, officials added.")


# --- ninth round: blind21 HALF=1 (a wave report read as analysis, a past tally absorbed by the headline) ---

WAVE = ("Russia hits Dnipro, Lviv and the Odesa region with missiles and drones\n\n"
        "Kyiv, Dec 3 (NPA).- Russia attacked Ukraine overnight with 120 drones and ten missiles, killing at least two people, "
        "the air force reported on Wednesday.\n\n"
        "Air defence units shot down 90 drones and three missiles, the air force said. Hits were recorded at 14 locations.\n\n"
        "In Dnipro, a ballistic missile struck an industrial enterprise, killing two employees.\n\n"
        "In the Odesa region, drones damaged an energy facility, and about 30,000 households were left without electricity.\n\n"
        "Explosions were also heard in Ternopil, where the mayor said critical infrastructure had been hit.\n\n"
        "In Poltava, a gas infrastructure site was hit, and gas supply to about 2,000 consumers was interrupted.\n\n"
        "Over the Kharkiv region, 13 drones were shot down, the governor reported.\n\n"
        + "\n\n".join(f"Analysts say the campaign aims to wear down the grid before winter, point {i}." for i in range(22))
        + "\n\nRussia launched more than 5,000 drones at Ukraine in November, according to air force figures.")


def test_a_long_wave_report_is_news_not_analysis():
    events = events_of(WAVE, "2025-12-03")
    places = {(e.event_type, e.location.name) for e in events}
    assert ("missile_artillery_strike", "Ternopil") in places and ("infrastructure_disruption", "Poltava") in places, _where(events)
    assert not [e for e in events if e.location and e.location.name == "Kyiv"], _where(events)
    headline_like = [e for e in events if e.location and e.location.precision == 4 and e.event_type in ("missile_artillery_strike", "air_drone_strike")]
    assert any(str(e.date) == "2025-12-03" for e in headline_like), _where(events)  # (the November tally is its own, optional)


@pytest.mark.parametrize("line", [
    "Photo NWS / Archive",
    "NWS/jk/pl",
    "Northwire International. Reproduction of this content is subject to contract.",
    "Air alert in Kharkiv region: none at the moment ✅",
    "Author Anna Berg (with agencies)",
    "Permalink https://news.example/en/a-123",
])
def test_last_round_furniture_goes(line):
    for text in (line + "\n\n" + BODY, BODY + "\n\n" + line):
        out = _clean(text)
        assert line not in out and "grain terminal in the port of Izmail" in out


@pytest.mark.parametrize("line", [
    "Photo of the damaged school in Kharkiv, where a missile struck on Tuesday, shows the roof torn open.",
    "Air alert in Kyiv lasted three hours overnight as drones approached the capital, officials said.",
])
def test_last_round_article_lines_stay(line):
    assert line in _clean(BODY + "\n\n" + line + "\n\nThe shelling continued into the evening, officials added.")
