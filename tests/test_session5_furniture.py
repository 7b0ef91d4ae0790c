"""Furniture forms found on the studied halves of blind9/blind10 (fifth session), each written here in
new invented lines: section menus split by wide spaces or middle dots, a timestamp with middle dots and
"Updated an hour ago", "curated/compiled by" lines of live blogs, share/comment/back-to-top controls drawn
with symbols, a blocked outlet's mirror notice, a think-tank's data cut-off, an accessibility switch, an
administration's safety reminder, a wire agency's name line and desk initials, a ticker of other
headlines, a byline with the reporter's town and "with agencies". Article sentences using the same words
stay. (A photo credit glued to the end of a caption stays too: the news gold keeps "Picture: Reuters"
as part of the caption.)"""
from __future__ import annotations

import pytest

from sitrep.ingest import clean
from sitrep.model import RawDocument

BODY = [
    "Russian drones struck a grain terminal in the port of Reni overnight, starting a fire that burned for "
    "several hours, the regional governor said on Wednesday.",
    "One worker was injured and taken to hospital, according to the regional administration, which said "
    "firefighters had put out the blaze by morning.",
    "The port has been attacked at least five times this month, local officials said.",
]

HEAD = [
    "Menu ▾  News  Economy  Regions  Sport  Opinion",
    "HOME · UKRAINE · WORLD · ECONOMY · CULTURE",
    "News  ·  Europe  ·  War in Ukraine",
    "March 4, 2025 · 09:42 AM GMT+2 · Updated 3 hours ago",
    "IPA - International Press Agency",
]
ANYWHERE = [
    "Live coverage compiled by Olena Hrytsenko (now) and Mark Tully (earlier)",
    "Share ⤴",
    "Comments (87) — Newest first",
    "Back to top ↑",
    "Our site is available via VPN and mirror sites. Save the mirror list.",
    "Data cut-off: 2:00 pm ET on May 4. Later reports will be covered in the next update.",
    "Version for the visually impaired",
    "We remind you: when the air-raid alert sounds, go to shelters and do not film the work of air defence.",
    "Latest: 09:15 Floods close mountain roads in Austria · 08:50 Oil prices edge lower",
    "By Anna Kovalenko in Kharkiv and Northwire with agencies",
    "mk-jb/lr",
    "If you have Telegram, you can view and join Sumy Regional Military Administration right away.",
    "Preview channel",
    "12 409 subscribers",
    "👁 8.4K  edited  11:52",
    "Filters: Oblast [All] · Weapon [All] · Period 01.02.2024 – 07.02.2024",
    "Export CSV · Export GeoJSON · Updated 08.02.2024 10:05",
    "Showing 23 entries, newest first",
    "No.\tDate\tLocation\tDescription\tSource",
    "Page 2 of 5 · Previous · Next",
    "[Week 6] [Map] [Submit an incident] [How we verify]",
    "Home | Incidents | Map | Methodology | UA / EN",
    "The register is maintained by volunteers; errors can be reported through the form.",
    "Annual report · PDF, 48 pages",
    "Explore our interactive frontline map, updated daily.",
    "Oksana Lytvyn is a former army officer and a fellow at a Kyiv think tank. She writes a monthly column on the front.",
]
KEEP = [
    "Residents of Kupiansk | Kharkiv region were told to evacuate after the shelling, officials said.",
    "Share prices of Ukrainian eurobonds fell after the strike, traders said.",
    "The ministry said its website was available via a mirror after a cyberattack on Tuesday, officials said.",
    "We remind you that the curfew in the city begins at midnight, the mayor said after the attack.",
    "Residents were told to go to shelters after sirens sounded across the region on Tuesday night.",
    "The blog of the local council was compiled by volunteers who documented the damage.",
]


def _clean(lines: list[str]) -> str:
    return clean(RawDocument(doc_id="f", text="\n\n".join(lines))).clean_text


@pytest.mark.parametrize("line", HEAD)
def test_head_furniture_goes(line):
    text = _clean([line, *BODY])
    assert line not in text and all(b in text for b in BODY)


@pytest.mark.parametrize("line", ANYWHERE)
def test_furniture_goes_at_either_end(line):
    for lines in ([line, *BODY], [*BODY, line]):
        text = _clean(lines)
        assert line not in text and all(b in text for b in BODY)


@pytest.mark.parametrize("line", KEEP)
def test_article_lines_stay(line):
    assert line in _clean([*BODY, line, "The shelling continued into the evening, officials added."])


def test_caption_credit_stays_with_its_caption():
    caption = "Firefighters work at the damaged terminal in Reni. Picture: Northwire"
    assert caption in _clean([BODY[0], caption, *BODY[1:]])


def test_a_telegram_channels_name_under_its_page_title_goes():
    text = ("Chernihiv Regional Administration – Telegram\n\nChernihiv Regional Administration\n\n31 870 subscribers\n\n"
            "Preview channel\n\n" + "\n\n".join(BODY))
    out = _clean([text])
    assert "Chernihiv Regional Administration" not in out and all(b in out for b in BODY)
