"""clean() on invented HTML pages with typical site furniture (tests/fixtures/pages)."""
from __future__ import annotations

from pathlib import Path

from sitrep.ingest import clean, read_inputs

PAGES = Path(__file__).parent / "fixtures" / "pages"


def cleaned(name):
    (raw,) = list(read_inputs([PAGES / name]))
    assert raw.is_html
    return raw, clean(raw)


def paragraphs(d):
    return d.clean_text.split("\n\n")


def test_wordpress_post():
    raw, d = cleaned("wordpress_post.html")
    assert d.title == "Shahed drones target Sumy overnight"
    assert d.outlet == "Steppe Monitor" and d.date == "2025-04-02" and d.date_source == "metadata"
    assert d.url == "https://steppe-monitor.example/2025/04/02/sumy-drones/"
    expected = [
        "SUMY, 2 April 2025 — Russian forces attacked the city of Sumy with Shahed-type drones overnight",
        "According to the administration, at least nine drones approached the city shortly after midnight.",
        "A fire broke out on the upper floors of a nine-storey building",
        "The injured were taken to hospital; doctors described their condition as moderate.",
        "Sumy oblast borders Russia's Kursk and Belgorod regions and is shelled almost daily.",
    ]
    paras = paragraphs(d)
    for e in expected:
        assert sum(p.startswith(e) for p in paras) == 1, e
    for junk in ("cookies", "Accept", "Read also", "Share this", "Leave a Reply", "Stay strong",
                 "mobile fire groups?", "Recent Posts", "Subscribe", "All rights reserved",
                 "Illustrative photo", "Posted in", "Previous:"):
        assert junk not in d.clean_text, junk


def test_wire_page_with_divs_and_br():
    raw, d = cleaned("wire_divs_br.html")
    for e in (
        "KHERSON, 4 April 2025 (Invented Wire) — Russian troops shelled residential districts of Kherson",
        "Shells hit a bus stop, a pharmacy and several private houses",
        "\"The Russians are hitting the city from the left bank with artillery, mortars and drones.",
        "Over the past week, Russian attacks on Kherson oblast killed 11 civilians and injured 54",
    ):
        assert e in d.clean_text
    assert d.date == "2025-04-04"
    for junk in ("Main |", "Sport", "Advertisement", "Reprinting", "Source: Invented Wire"):
        assert junk not in d.clean_text, junk


def test_every_kept_html_line_is_text_of_the_page():
    import re
    import html as h
    for page in PAGES.glob("*.html"):
        raw, d = cleaned(page.name)
        visible = " ".join(h.unescape(re.sub(r"<[^>]+>", " ", raw.text)).split())
        for line in d.clean_text.split("\n"):
            if line:
                assert " ".join(line.split()) in visible, (page.name, line)


def test_news_site_with_related_stories_and_promos():
    raw, d = cleaned("news_site_related.html")
    assert d.title == "Missile strike damages port warehouses in Izmail"
    assert d.outlet == "Danube Courier" and d.date == "2025-05-12"
    for e in (
        "IZMAIL, 12 May 2025 — A Russian missile struck port warehouses in Izmail overnight",
        "The regional governor said air defence destroyed six of the eight drones",
        "Izmail handles a large share of Ukraine's grain exports along the Danube",
    ):
        assert sum(p.startswith(e) for p in paragraphs(d)) == 1, e
    for junk in ("EXCLUSIVE", "By Iryna", "min read", "Share this", "Getty", "being updated",
                 "is a reporter", "Related stories", "Danube Ferry", "Grain Exports Through", "Romania Investigates",
                 "morning briefing", "Download the", "All rights reserved", "Home"):
        assert junk not in d.clean_text, junk
