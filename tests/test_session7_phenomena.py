"""Phenomena found on the studied half of blind24 (HALF=2, long analytical pages) in the seventh session,
each written here in new invented sentences.

"in exchange for small gains" is a trade-off, not an exchange of captives; "a city of steelworks and
mines" names mining, not landmines; "a queue formed" forms no armed group; "what strikes a visitor"
is an impression, not a strike; on a page about this war, a sidebar item about another war ("Sudan:
fighting around El Geneina continued") is other news, while the same sentence on its own page (a world
news item) is still an event."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of

WAR_PAGE = ("Russia's war in Ukraine: the week in Kyiv, Kharkiv and Odesa.\n\n"
            "Russian drones struck an apartment block in Sumy on Friday, killing two people, the governor said.\n\n")


def _types(text: str, ref: str = "2025-03-14") -> list[str]:
    return [e.event_type for e in events_of(text, ref)]


@pytest.mark.parametrize("sentence", [
    "Russian commanders keep accepting heavy losses in exchange for small gains near Toretsk, analysts said on Tuesday.",
    "The general traded speed in exchange for lower casualties during the assault on the town, the report said.",
])
def test_a_trade_off_is_no_exchange_of_captives(sentence):
    assert "agreement" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "Ukraine released 40 Russian soldiers in exchange for 40 Ukrainian defenders on Friday, the coordination headquarters said.",
    "Moscow handed over 95 prisoners of war in exchange for 95 Russian servicemen on Saturday.",
])
def test_people_for_people_is_an_exchange(sentence):
    assert "agreement" in _types(sentence)


def test_mines_in_a_list_of_industry_are_mining():
    text = ("On Friday evening a Russian ballistic missile hit a five-storey office building in Kryvyi Rih, "
            "a city of steelworks and mines, killing three people.")
    assert _types(text) == ["missile_artillery_strike"]


def test_a_mine_blast_is_still_one():
    assert "remote_explosive" in _types("A tractor hit a mine near Izium on Tuesday, killing the driver.")


@pytest.mark.parametrize("sentence, expected", [
    ("A queue formed outside the only pharmacy still open in the town on Thursday.", []),
    ("Crowds formed at the bus station as the evacuation began on Monday.", []),
    ("A new volunteer battalion was formed in Kharkiv on Monday, the regional administration said.", ["armed_group_change"]),
])
def test_only_armed_groups_are_formed(sentence, expected):
    assert [t for t in _types(sentence) if t == "armed_group_change"] == expected


@pytest.mark.parametrize("sentence", [
    "What strikes a visitor to Kharkiv is how crowded the cafes still are on Wednesday.",
    "It struck me as odd that the market in Kherson was open on Sunday.",
])
def test_an_impression_is_no_strike(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("line", [
    "— Sudan: fighting around El Geneina continued for a third week, aid agencies said on Friday.",
    "— Middle East: airstrikes in Gaza were reported throughout the week as ceasefire talks in Cairo stalled.",
])
def test_another_wars_news_on_a_war_page_is_no_event(line):
    got = events_of(WAR_PAGE + line, "2025-03-14")
    assert [e.location.name for e in got if e.location] == ["Sumy"]


def test_another_war_on_its_own_page_is_an_event():
    got = events_of("Sudan: fighting around El Geneina continued for a third week, aid agencies said on Friday.", "2025-03-14")
    assert [e.event_type for e in got] == ["armed_clash"]


def test_this_war_named_in_the_sidebar_sentence_keeps_it():
    line = "— Gaza and Ukraine: Russian drones hit Odesa port on Friday as talks on Gaza stalled."
    got = events_of(WAR_PAGE + line, "2025-03-14")
    assert "Odesa" in {e.location.name for e in got if e.location}


# --- blind25 HALF=1 (logs and summaries) -------------------------------------------------------------

LOG = """Dnipro river strike log — week 12 (10–16 March 2025)

Format: place: what happened (source). Rows are Russian strikes unless tagged otherwise.

Mon 10.03
1. Nikopol: two private houses damaged by artillery fire; one man injured (RMA)

Wed 12.03
2. Marhanets: a drone hit a bus stop; 2 killed (regional police)
3. Chervonohryhorivka: power line damaged by shelling (DTEK)

Fri 14.03
4. Pokrov: a kamikaze drone destroyed a shop, no casualties (city council)"""


def test_short_day_headings_date_the_rows_under_them():
    got = {(e.location.name, str(e.date)) for e in events_of(LOG, "2025-03-16") if e.location}
    assert ("Nikopol", "2025-03-10") in got and ("Marhanets", "2025-03-12") in got
    assert ("Chervonohryhorivka", "2025-03-12") in got


def test_a_short_day_heading_whose_weekday_disagrees_is_no_heading():
    from sitrep.extract.sections import _DAY_MONTH_HEADING, _day_month
    import datetime as dt
    ref = dt.date(2025, 3, 16)
    assert _day_month(_DAY_MONTH_HEADING.fullmatch("Tue 11.03"), ref) == dt.date(2025, 3, 11)
    assert _day_month(_DAY_MONTH_HEADING.fullmatch("Wed 11.03"), ref) is None
    assert _day_month(_DAY_MONTH_HEADING.fullmatch("Sat 28.12"), ref) == dt.date(2024, 12, 28)  # last year's


# --- blind23 HALF=1 (wire and site reports) ------------------------------------------------------------

def test_a_video_teaser_with_its_duration_is_furniture():
    from sitrep.ingest.boilerplate import classify_line
    for line in ("⚡ Watch on Sumy Line TV: a school in Okhtyrka reopens after the strike (2:48)",
                 "Listen: the week at the front with our correspondent (14:05)"):
        assert classify_line(line)[0] == "media"
    assert classify_line("Watch the skies, the mayor told residents of Kherson on Monday.")[0] is None


def test_the_last_word_of_a_name_after_told_is_no_place():
    got = events_of("Fighting went on in the village on Sunday morning, a military source told Nova Doba.", "2022-09-11")
    assert all(e.location is None or e.location.country_code != "TD" for e in got)


@pytest.mark.parametrize("sentence", [
    'The Defence Ministry called "fake" reports by Ukrainian media that Russian troops had withdrawn from positions south of Vuhledar.',
    "The governor dismissed as false claims on social media that a missile had hit the Kharkiv tractor plant on Monday.",
])
def test_a_report_dismissed_as_fake_is_no_event(sentence):
    assert _types(sentence, "2025-03-11") == []


@pytest.mark.parametrize("sentence, not_at", [
    ("Russian drones hit Lutsk and Kovel rail hub as Vilnius funds a 'drone wall' on the border", "Vilnius"),
    ("Russian missiles struck Lviv overnight as Warsaw scrambled jets and Berlin pledged more air defence", "Berlin"),
])
def test_a_capital_doing_a_governments_act_is_no_place(sentence, not_at):
    got = events_of(sentence, "2025-10-22")
    assert got and not_at not in {e.location.name for e in got if e.location}


# --- blind25 HALF=1, second look -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "💣 Pyrotechnicians of the emergency service defused 48 explosive objects over the day.",
    "Deminers removed 120 items of ordnance from fields near Balakliia on Tuesday.",
])
def test_routine_demining_is_no_event(sentence):
    assert _types(sentence, "2025-04-02") == []


def test_a_mine_that_went_off_is_still_an_event():
    assert "remote_explosive" in _types("A mine exploded under a tractor near Izium on Monday, injuring the driver.", "2025-04-02")


def test_the_legal_name_of_a_crime_is_no_new_event():
    text = ("Under the procedural guidance of the regional prosecutor's office, pre-trial investigations have been "
            "launched into violations of the laws and customs of war combined with premeditated murder.")
    assert _types(text, "2025-04-02") == []


def test_a_halt_to_strikes_is_no_strike():
    assert _types("A partial halt to strikes on energy facilities, agreed last month, looked fragile on Wednesday as "
                  "both sides accused each other.", "2025-04-02") == []
    got = _types("Russian drones struck energy facilities in Odesa overnight despite the halt to strikes, the governor "
                 "said on Wednesday.", "2025-04-02")
    assert got == ["air_drone_strike"]


@pytest.mark.parametrize("text, admin1", [
    ("Odesa, Prymorskyi district: a school damaged by drone debris; no casualties (city council)", "UA-51"),
    ("A school in Odesa, Prymorskyi district, was damaged by drone debris on Sunday.", "UA-51"),
])
def test_a_citys_district_written_after_it_is_not_a_namesake_region(text, admin1):
    got = events_of(text, "2025-03-16")
    assert got and all(e.location and e.location.admin1_code == admin1 for e in got)


def test_the_start_of_a_pattern_is_its_time_not_its_event():
    text = ("Sumy was hit with glide bombs on at least 12 days in June, a pattern that began when Russia opened its "
            "new offensive north of the city on June 3.")
    assert _types(text, "2024-07-01") == ["air_drone_strike"]
    assert _types("Russian troops opened a new offensive north of Sumy on June 3, the General Staff said.",
                  "2024-07-01") == ["armed_clash"]


# --- blind23 HALF=1 furniture -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "KNA EVENING CALL: the day's five stories before 7 p.m. Subscribe free ›",
    "▌ Also on Daugava Times: Latvian volunteers deliver drones to a Kharkiv brigade",
    "UAH/USD 41.50 ▲0.2%  |  UAH/EUR 44.10 ▼0.3%  |  PFTS 512.40 ▼0.9%  |  Brent $80.02 ▲0.4%",
    "Air raid alert status: 🔴 Kharkiv oblast — alert since 07:12",
    "🔴 Air raid alert now: Mykolaiv region (since 10:05)",
    "Sections: Front | Politics | Society | Economy",
    'Subscribe to "Odesa Pulse. Morning" — the region\'s night in five minutes',
    "Vote: Should the city open more shelters in schools?  ○ Yes  ○ No  ○ Not sure",
])
def test_new_furniture_forms(line):
    from sitrep.ingest.boilerplate import classify_line
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", [
    "Marta Example reports on Ukraine for KNA from Odesa. Jan Sample edits the agency's Europe desk in Prague.",
    "Ivan Example writes about energy and grid markets. Previously at Power Weekly Ukraine.",
])
def test_an_authors_bio_closing_the_page(line):
    from sitrep.ingest.boilerplate import classify_line
    assert classify_line(line, "tail")[0] == "bio"


@pytest.mark.parametrize("line", [
    "Air raid alert: residents of Kyiv were urged to go to shelters after missiles were launched.",
    "Also on Tuesday: Russian drones hit Sumy, the governor said.",
    "Marta Example reported from Odesa on Tuesday that the port was hit by drones.",
    "The correspondent reports from Kherson that shelling went on all night.",
])
def test_article_lines_like_the_new_furniture_stay(line):
    from sitrep.ingest.boilerplate import classify_line
    assert classify_line(line)[0] is None and classify_line(line, "tail")[0] is None
