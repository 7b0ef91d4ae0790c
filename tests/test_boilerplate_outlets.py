"""Boilerplate removal on pages it was not written for: invented pages in the furniture styles of many
kinds of outlets (tests/fixtures/outlets, see its README for the line markers), and the mechanisms
that carry them, one test each, with the article lines that look like furniture but must stay.

Every page and line here is made up; no text comes from an evaluation set.  Mechanisms live in
sitrep/ingest/boilerplate.py (page structure), sitrep/data/boilerplate_lines.tsv (line rules) and
sitrep/ingest/_html.py (HTML chrome and link density).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import clean, read_inputs
from sitrep.ingest._html import html_to_text
from sitrep.ingest.boilerplate import classify_line, classify_lines
from sitrep.ingest.clean import clean_lines
from sitrep.model import RawDocument

OUTLETS = Path(__file__).parent / "fixtures" / "outlets"
TEXT_PAGES = sorted(OUTLETS.glob("*.txt"))


def norm(s: str) -> str:
    return " ".join(s.split())


def parse_page(path: Path) -> tuple[str, list[str], list[str]]:
    """(page text, furniture lines, article lines) of a marked page."""
    text, junk, body = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("~ "):
            junk.append(line[2:].strip())
            text.append(line[2:])
        elif line.startswith("? "):
            text.append(line[2:])
        else:
            if line.strip():
                body.append(line.strip())
            text.append(line)
    return "\n".join(text), junk, body


def furniture_left(clean_text: str, junk: list[str]) -> list[str]:
    """Furniture lines still in the clean text: as a whole line, or (25 characters or more) anywhere."""
    kept = {norm(x) for x in clean_text.split("\n") if x.strip()}
    flat = norm(clean_text)
    return [j for j in junk if norm(j) in kept or (len(j) >= 25 and norm(j) in flat)]


def test_there_are_many_outlet_pages():
    assert len(TEXT_PAGES) >= 60


@pytest.mark.parametrize("path", TEXT_PAGES, ids=lambda p: p.stem)
def test_outlet_page(path):
    text, junk, body = parse_page(path)
    ct = clean(RawDocument(doc_id=path.stem, text=text)).clean_text
    assert not furniture_left(ct, junk), furniture_left(ct, junk)
    missing = [b for b in body if norm(b) not in norm(ct)]
    assert not missing, missing


# --- HTML pages: through trafilatura and through the cleaner's own fallback ------------------

HTML = {
    "ua_wordpress_outlet.html": (
        ["We use cookies", "Skip to content", "Support Dnipro Ledger", "1 245 views", "Read also",
         "Kharkiv region: guided bomb", "Illustrative photo", "Subscribe to our Telegram", "Tags:", "Share:",
         "is a journalist at Dnipro Ledger", "You might also like", "oil depot in Bryansk", "We need more Patriot",
         "How Sumy lives", "Leave a Reply", "Required fields", "All rights reserved", "About us", "Special projects"],
        ["Russian drones struck an energy facility in the city of Sumy early on Thursday, leaving about 40,000 "
         "households without electricity, the regional military administration said.",
         "According to acting governor Oleh Hryhorov, the attack began shortly after 3 a.m.",
         "Nobody was injured. Repair crews were working to restore power",
         "Over the past day, Russian forces shelled 21 settlements in the Sumy region, the administration added."]),
    "wire_regional_site.html": (
        ["Subscribe for $1", "Today's Paper", "Obituaries", "ADVERTISEMENT", "Advertisement", "By ILYA NOVAK",
         "Published: Mar. 7", "Follow Example Press", "Print", "Trending", "Police identify driver", "Copyright",
         "Terms of Service"],
        ["KYIV, Ukraine (EP) — Russia fired six cruise missiles at the western Lviv region overnight",
         "Air defenses intercepted four of the missiles, Lviv Gov. Maksym Kozytskyi said on Telegram.",
         "“Photo and video of the strike site must not be published,” the regional administration warned "
         "residents, citing security concerns.",
         "The attack came as Ukrainian and U.S. officials prepared for talks in Saudi Arabia next week."]),
    "ru_state_html.html": (
        ["Science & Space", "6 MAR, 09:14", "Tags", "Read more", "Kostyantynopol", "Kremlin says no plans",
         "All rights reserved", "hyperlink"],
        ["MOSCOW, March 6. /ExA/. Russian air defenses intercepted and destroyed 43 Ukrainian drones overnight",
         "31 over the Kursk Region and 12 over the Belgorod Region,\" the ministry said.",
         "Kursk Region Governor Alexander Khinshtein said a drone attack damaged a power line in the town of Rylsk"]),
    "liveblog_html.html": (
        ["Updated 14 minutes ago", "Show key events only", "Share", "Sign up to our daily briefing",
         "Free newsletter", "Most viewed", "Actor announces retirement", "Storm warning"],
        ["Two people were killed and seven injured when Russian bombs hit residential buildings in "
         "Zaporizhzhia, governor Ivan Fedorov said.",
         "Ukraine’s air force said Russia launched 84 drones overnight, of which 58 were shot down and 20 lost "
         "to electronic warfare.",
         "The air force said damage was recorded in Kharkiv, Odesa and Dnipropetrovsk regions."]),
    "thinktank_html.html": (
        ["Donate", "By Tomas Varga", "opinions expressed", "About the authors", "senior fellow", "is an analyst",
         "Download PDF", "Sign up for our newsletter", "registered charity"],
        ["Since early February, Russia has conducted at least six large-scale missile and drone attacks",
         "Naftogaz reported that about 40 per cent of its production capacity was temporarily lost.",
         "The campaign appears designed to force Kyiv to import more gas ahead of next winter"]),
    "aggregator_html.html": (
        ["We value your privacy", "We and our partners", "I Accept", "Sign in", "Top Stories",
         "Source: Black Sea Monitor", "Read the full story", "Related News", "Zelensky arrives", "EU agrees",
         "Oil prices", "aggregates news", "hours ago"],
        ["Russian forces attacked the port infrastructure of Odesa overnight with drones, damaging a civilian vessel",
         "A crew member of the vessel was injured and taken to hospital.",
         "In total, air defense destroyed 14 drones over the Odesa region, the Southern Defense Forces said."]),
}


def _check_html(ct: str, junk: list[str], body: list[str]) -> None:
    assert not [j for j in junk if j in ct], [j for j in junk if j in ct]
    assert not [b for b in body if norm(b) not in norm(ct)], ct


@pytest.mark.parametrize("name", sorted(HTML))
def test_outlet_html_page(name):
    (raw,) = list(read_inputs([OUTLETS / name]))
    assert raw.is_html
    _check_html(clean(raw).clean_text, *HTML[name])


@pytest.mark.parametrize("name", sorted(HTML))
def test_outlet_html_page_through_the_fallback(name):
    # the cleaner's own HTML path (used when trafilatura finds nothing): chrome out by tag, role,
    # class/id word and link density, then the line rules
    text = html_to_text((OUTLETS / name).read_text(encoding="utf-8"), main_only=True)
    _check_html(clean_lines(text)[0], *HTML[name])


def test_link_density_drops_menus_and_story_lists_but_not_prose_with_links():
    html = ("<html><body><div><a>Home</a> <a>World</a> <a>Sport</a></div>"
            "<p>A drone hit a house in <a>Sumy</a> on Tuesday, injuring one woman, the governor said.</p>"
            "<div><a>Kharkiv hit again by guided bombs</a> 2 hours ago</div>"
            "<div class='page-wrapper has-sidebar'><p>Air defence shot down six drones over the region.</p></div>"
            "</body></html>")
    text = html_to_text(html, main_only=True)
    assert "Home" not in text and "Kharkiv hit again" not in text
    assert "A drone hit a house in Sumy on Tuesday" in text
    assert "Air defence shot down six drones" in text  # a wrapper holding most of the page stays


# --- the header: which line is the headline ----------------------------------------------------

BODY = [
    "Russian drones hit an energy facility in the Sumy region overnight, leaving 20,000 homes without "
    "power, the regional administration said.",
    "Two drones were shot down over the city, the administration said. Nobody was injured.",
]


def kinds(lines: list[str]) -> list:
    return [k for k, _ in classify_lines(lines)]


def test_menu_words_above_the_headline_go_and_the_headline_stays():
    lines = ["News", "Sport", "Weather", "Drones hit Sumy energy facility overnight", *BODY]
    assert kinds(lines)[:4] == ["head", "head", "head", None]


def test_a_site_tagline_followed_by_a_menu_is_not_the_headline():
    lines = ["Stories and voices from the east", "Latest", "Opinion", "Regions",
             "Drones hit Sumy energy facility", *BODY]
    k = kinds(lines)
    assert k[0] == "head" and k[4] is None


def test_a_headline_with_a_standfirst_without_full_stop_keeps_both():
    lines = ["Drones hit Sumy energy facility overnight",
             "The governor says 20,000 homes are without power after the attack on the city", "Jane Example",
             *BODY]
    k = kinds(lines)
    assert k[0] is None and k[1] is None and k[2] == "head"


def test_a_short_sentence_case_headline_over_a_standfirst_stays():
    lines = ["Sumy left without power", "The governor says 20,000 homes were cut off after the attack", *BODY]
    assert kinds(lines)[0] is None


def test_a_rubric_repeated_by_the_headline_goes():
    lines = ["Ukraine war latest", "Ukraine war latest: drones hit Sumy energy facility", *BODY]
    assert kinds(lines)[:2] == ["head", None]


def test_a_list_under_a_key_developments_heading_stays():
    lines = ["Ukraine war latest: drones hit Sumy", "Key developments on March 4:",
             "Drones hit energy site in Sumy", "Two killed in Kherson", *BODY]
    assert kinds(lines)[:4] == [None, None, None, None]


def test_a_stamp_and_rubric_line_is_not_the_headline():
    lines = ["6 MAR, 09:14 Military operation in Ukraine", "Drones hit Sumy energy facility overnight", *BODY]
    assert kinds(lines)[:2] == ["head", None]


def test_a_label_above_and_below_the_article_is_a_section_link():
    lines = ["Military operation in Ukraine", "Drones hit Sumy energy facility overnight", *BODY, "Tags",
             "Military operation in Ukraine"]
    k = kinds(lines)
    assert k[0] is not None and k[-1] is not None and k[1] is None


# --- lists of other stories --------------------------------------------------------------------


def test_an_inline_related_box_takes_its_headline_only():
    lines = ["Drones hit Sumy energy facility", *BODY, "Related article",
             "Kharkiv metro reopens as shelter after week of attacks",
             "Repairs at the Sumy facility will take at least a week, the energy ministry said on Tuesday.",
             "Reporting by Jane Example; Editing by John Sample"]
    text = clean_lines("\n".join(lines))[0]
    assert "Kharkiv metro" not in text
    assert "Repairs at the Sumy facility will take at least a week" in text


def test_a_read_also_heading_with_bare_headlines_under_it():
    lines = ["Drones hit Sumy energy facility", *BODY, "Read also", "Ukraine war latest: troops hold near Kupiansk",
             "Grain exports recover after a hard winter", "Author: Jane Example"]
    text = clean_lines("\n".join(lines))[0]
    assert "Kupiansk" not in text and "Grain exports" not in text


def test_topic_labels_closing_the_page_before_furniture():
    lines = ["Drones hit Sumy energy facility", *BODY, "Russia", "Ukraine", "Military", "Sumy region", "Comments"]
    text = clean_lines("\n".join(lines))[0]
    assert not any(w in text.split("\n") for w in ("Russia", "Ukraine", "Military", "Sumy region"))


def test_names_announced_as_a_list_closing_the_article_stay():
    lines = ["Air raid alert in several regions", *BODY, "The alert covered the following regions.", "Kyiv",
             "Chernihiv", "Zhytomyr"]
    text = clean_lines("\n".join(lines))[0]
    assert text.endswith("Kyiv\n\nChernihiv\n\nZhytomyr")


def test_a_name_beside_a_stamp_is_a_byline():
    lines = ["Drones hit Sumy energy facility", BODY[0], "2h ago / 9:02 AM EST", "Anna Example", BODY[1]]
    assert kinds(lines)[3] == "byline"


def test_a_line_inside_a_newsletter_box():
    lines = ["Drones hit Sumy energy facility", *BODY, "Sign up to Europe Weekly",
             "A weekly round-up of the stories shaping the continent",
             "Privacy Notice: Our newsletters may include adverts.", BODY[0].replace("Sumy", "Chernihiv")]
    assert kinds(lines)[4] == "share"


# --- line shapes -------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Skip to contentSkip to site index",          # glued by a browser copy
    "March 9, 20256:14 AM ET",
    "(Updated: 14:40 GMT 05.03.2025)",            # a stamp in brackets
    "❤️ 231 🔥 44 😢 12",                           # reactions
    "💬 Comments: 14",
    "Example News | Updated: 04-03-2025 13:40 IST | Created: 04-03-2025 13:40 IST",
    "share2",
    "3h ago Ukraine says Russia fired 67 missiles overnight",
    "This article is more than 1 year old",
    "Listen to this article · 5:12 min Learn more",
    "Le Journal with AFP",
    "Reporting from Kyiv, Ukraine",
    "Lire en français", "РУС",
    "(NEWSHUB- Dnipro Wire) 3/4/2025 8:02:13 AM",
    "Story continues", "Sponsor Message", "Advertisement:",
    "Representative Image. Image Credit: Example Agency",
    "Credit...Jane Example for The Example Times",
    "--With assistance from Petro Example.",
    "Translation by Sam Example",
    "Become a Kyiv Herald Plus member",
    "Read Public News in Google News",
    "Comments have not been enabled for this article.",
    "Try unlimited access",
    "You may also be interested in news:",
    "Most Read from Newsline",
    "Issued on: 05/03/2025 - 11:20Modified: 05/03/2025 - 12:05",
    "Share the news:",
    "Related: Governor Says Village Shelled Again",
])
def test_furniture_lines(line):
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", [
    "Reporting from Avdiivka is now impossible.",
    "Latest: two more bodies were recovered from the rubble, the rescuers said on Wednesday afternoon.",
    "Live ammunition was found in the basement of the destroyed building, police said.",
    "Comments by the governor were not immediately available.",
    "Print and broadcast media were ordered not to show the location of the impacts.",
    "Related to the attack, police detained two men suspected of filming air defence positions.",
    "Tags on the missile fragments showed they were produced in the third quarter of last year.",
    "Video shows the moment the missile hit the bridge.",
    "Residents can subscribe to push alerts from the city council to get warnings faster, the mayor said.",
    "The governor posted a photo of the destroyed school on Telegram, showing its roof torn open.",
    "\"Read the names of the dead aloud so that no one forgets them,\" the village priest told mourners.",
    "Share of destroyed housing in the district has reached 40 percent, the governor said.",
    "Follow-up strikes hit the same streets an hour later, injuring two rescuers.",
    "3 days ago, the governor said, the same district was shelled.",
    "Related: police opened a criminal case for violations of the laws of war.",
    "Source: the city military administration said debris fell in two districts.",
    "Updated: the death toll rose to two after a woman died in hospital.",
])
def test_article_sentences_that_look_like_furniture(line):
    assert classify_line(line)[0] is None


def test_a_region_heading_under_a_date_is_no_byline():
    lines = ["General Staff: the situation at the front", BODY[0], "March 4, 2025, 10:00", "Kharkiv Oblast", BODY[1]]
    assert kinds(lines)[3] is None


def test_a_read_more_button_before_the_last_paragraph_keeps_it():
    last = "Repairs at the Sumy facility will take at least a week, the energy ministry said on Tuesday."
    text = clean_lines("\n".join(["Drones hit Sumy energy facility", *BODY, "Read more", last]))[0]
    assert last in text and "Read more" not in text


def test_reporter_notes_in_the_tail_but_not_sentences_that_look_like_them():
    tail = ["Oleh Example reported from Odesa.", "Marta Example covers Ukraine and Eastern Europe. She is based in Kyiv."]
    sentences = ["Governor Kiper reported from Odesa that two people died in the attack.",
                 "Oleh Kiper reports on Telegram that two people died in the attack on the port."]
    text = clean_lines("\n".join(["Drones hit Sumy energy facility", *BODY, *sentences, *tail]))[0]
    assert all(s in text for s in sentences)
    assert not any(t in text for t in tail)


@pytest.mark.parametrize("line", [
    "For a week, residents had no access to clean water.",
    "For more updates on the evacuation, residents should visit the city website.",
    "With assistance from Western partners, Ukraine rebuilt the grid.",
    "Edited footage showed 12 drones.",
    "Created in 2022, the unit has 300 soldiers.",
    "100 m",
])
def test_sentences_near_the_new_rules(line):
    assert classify_line(line)[0] is None


def test_a_tag_line_closing_a_one_paragraph_wire_item():
    page = ["Drones hit grain store in Izmail",
            "Russian drones struck a grain store in the Danube port of Izmail overnight, the regional governor "
            "said on Saturday, adding that two guards were hurt.",
            "Information on other damage is being clarified",
            "Russian drones Izmail port grain exports Danube"]
    text = clean_lines("\n".join(page))[0]
    assert "grain exports Danube" not in text
    assert "Information on other damage is being clarified" in text


def test_a_dateline_alone_under_the_headline_stays():
    text = clean_lines("\n".join(["Drones hit Sumy energy facility", "By Example Daily staff", "SUMY, March 5 —",
                                   *BODY]))[0]
    assert "SUMY, March 5 —" in text and "Example Daily staff" not in text
