"""Furniture forms found on the studied halves of blind29-31 (ninth session), each written here in new invented
lines: an alerts prompt after a label, a sponsored line with its text, a print-edition line, a radio promo with an
arrow, a graphic's credit, a newsletter's tagline, issue number and free-edition prompt, a wire's sign-off naming
two reporters in two cities, a photo credit abbreviated in another language, a note on other language versions,
a city-date-time stamp with a foreign month, an ad label in another language and a newsletter's greeting.
Article sentences using the same words stay."""
from __future__ import annotations

import pytest

from sitrep.ingest import clean
from sitrep.model import RawDocument

BODY = [
    "Russian drones struck a grain terminal in the port of Izmail overnight, starting a fire that burned for "
    "several hours, the regional governor said on Wednesday.",
    "Two workers were injured and taken to hospital, according to the regional administration, which said "
    "firefighters had put out the blaze by morning.",
    "The port has been attacked at least three times this month, local officials said.",
]
ANYWHERE = [
    "Flash alerts: turn on notifications",
    "Sponsored: Join our reporters at the Vienna security forum, Hall B, booth 7",
    "Print edition: 14 March 2024, pages 6-7",
    "LIVE RADIO ▸ Listen now",
    "Infographic: Danube Courier",
    "The newsletter for Europe's shipping and insurance desks",
    "Issue 57 · Friday, 14 March 2025",
    "You are reading the free edition. Upgrade for the full data tables.",
    "Fot. Anna Wiśniewska / PAP-X",
    "This article is also available in Ukrainian and Polish",
    "Lisboa - 14 MAR 2024 - 08:10 WET",
    "Werbung",
    "Good morning. Here is what you need to know this Friday.",
]
TAIL = [
    "Olena Marchenko reported from Odesa and Piotr Nowak from Warsaw.",
]
KEEP = [
    "Residents were told to turn on the radio for alerts, the governor said after the attack on Tuesday.",
    "The print works in Kharkiv was hit by a missile in May, killing seven, officials said.",
    "The newsletter of the city council listed 12 damaged buildings after the strike.",
]


def _clean(lines: list[str]) -> str:
    return clean(RawDocument(doc_id="f", text="\n\n".join(lines))).clean_text


@pytest.mark.parametrize("line", ANYWHERE)
def test_furniture_goes_at_either_end(line):
    for lines in ([line, *BODY], [*BODY, line]):
        text = _clean(lines)
        assert line not in text and all(b in text for b in BODY)


@pytest.mark.parametrize("line", TAIL)
def test_tail_furniture_goes(line):
    text = _clean([*BODY, line])
    assert line not in text and all(b in text for b in BODY)


@pytest.mark.parametrize("line", KEEP)
def test_article_lines_stay(line):
    assert line in _clean([*BODY, line, "The shelling continued into the evening, officials added."])
