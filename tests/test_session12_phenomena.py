"""Phenomena found on the studied halves (HALF=1) of blind38, blind39 and blind40 in the twelfth session, each
written here in new invented sentences and pages.

Furniture: a site's description of itself as an official portal, an issue number on its own line, a funder's
note after the story, a pointer to maps, an image control "(click to enlarge)", a patriotic sign-off; a live
update's time stamp ("Update (14:05): ...") is cut off its news, not the news with it."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of
from sitrep.ingest.boilerplate import classify_lines, strip_prefix


def _types_places(text: str, ref: str = "2025-10-13"):
    return [(e.event_type, e.location.name if e.location else None) for e in events_of(text, ref)]


def _page(text: str, ref: str):
    from sitrep.extract.pipeline import get_pipeline
    from sitrep.model import RawDocument
    return get_pipeline().process(RawDocument(doc_id="t", text=text), ref)


_STORY = ["Drones hit Chernihiv overnight",
          "Russian drones struck a warehouse and two houses in Chernihiv overnight, injuring four people, the mayor said on Tuesday.",
          None,
          "Firefighters put out the blaze by morning, the emergency service said.",
          "Air defence shot down nine drones over the region, according to the regional administration."]


# ------------------------------------------------------------------ furniture
@pytest.mark.parametrize("line", [
    "Official website of the Poltava City Council",
    "The official web portal of the Mykolaiv Regional State Administration",
    "Weekly bulletin No. 112",
    "Daily brief #318 · Tuesday edition",
    "Glory to Ukraine! Glory to the heroes!",
    "Believe in our defenders! Together we will win!",
    "Maps: the institute's control-of-terrain maps for this week are available in the Maps section.",
    "Front line near Siversk, 3 March (click to enlarge)",
    "Photo gallery: the damaged school in Sumy (tap to see larger image)",
])
def test_furniture_forms(line):
    page = list(_STORY)
    page[2] = line
    assert classify_lines(page)[2][0] is not None


def test_a_funders_note_after_the_story_is_furniture():
    page = list(_STORY)
    page[2] = "Schools in the city switched to distance learning for the rest of the week."
    page.append("The Siverian Observer is funded by its readers and a Czech foundation and takes no money from any party.")
    assert classify_lines(page)[-1][0] is not None


@pytest.mark.parametrize("line", [
    "The reconstruction of the bridge is funded by the World Bank, the ministry said.",  # news, not a funder's note
    "Hackers took down the official website of the city council on Monday, the mayor said.",
    "\"We will win this war,\" the commander told the brigade's newly trained recruits.",
])
def test_news_that_looks_like_those_forms_is_kept(line):
    page = list(_STORY)
    page[2] = line
    assert classify_lines(page)[2][0] is None


def test_a_live_updates_time_stamp_is_cut_off_its_news():
    line = "Update (14:05): later in the afternoon the enemy launched three more drones at the Sumy region."
    assert strip_prefix(line).startswith("later in the afternoon the enemy launched")
    page = list(_STORY)
    page[2] = line
    assert classify_lines(page)[2][0] is None
    # a correction note keeps its own rule
    page[2] = "Correction (May 2): An earlier version of this story gave the wrong number of drones."
    assert classify_lines(page)[2][0] is not None
