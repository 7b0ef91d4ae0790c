"""Markdown input (crawled pages saved as .md, assessments with endnote links): the words stay,
the markup goes before cleaning, so sentences end where they end and no quote carries a URL; a
long assessment that names a "DNR" unit once is no Donbas-front note (its villages keep the places
their sentences give them). Invented text."""
from __future__ import annotations

import pytest

from sitrep.extract.pipeline import get_pipeline
from sitrep.ingest.markdown import looks_like_markdown, strip_markdown
from sitrep.model import RawDocument


@pytest.mark.parametrize("md, plain", [
    ("Troops attacked near Lyman on May 3.[[xiv]](https://example.org/a/<#_edn14>) Next sentence.",
     "Troops attacked near Lyman on May 3. Next sentence."),
    ("Troops attacked near Lyman.[12](https://example.org/n#12)", "Troops attacked near Lyman."),
    ("A footnote marker[^3] stays out.", "A footnote marker stays out."),
    ("See [the daily map](https://example.org/map) for details.", "See the daily map for details."),
    ("![A damaged house](https://example.org/p.jpg)Rescuers worked overnight.", "Rescuers worked overnight."),
    ("**Russian forces continued offensive operations on May 3.**", "Russian forces continued offensive operations on May 3."),
    ("### _Southern Axis_\n**Ukrainian forces advanced.**", "Southern Axis\nUkrainian forces advanced."),
    ("> Quoted line\n**bold** and file_name_here kept", "Quoted line\nbold and file_name_here kept"),
])
def test_markup_goes_words_stay(md, plain):
    assert strip_markdown(md) == plain


@pytest.mark.parametrize("text", [
    "Plain prose with a_b, 2 * 3 and [1] citations stays as it is.",
    "",
    "Shelling hit the town (reports say) and *one* house burned.",
])
def test_plain_text_is_untouched(text):
    assert not looks_like_markdown(text)
    assert strip_markdown(text) == text


REPORT = """# Offensive Campaign Assessment, May 4, 2025

**Russian forces continued offensive operations in northern Kharkiv Oblast on May 3 but did not advance.**

Russian forces attacked northeast of Kharkiv City near Lyman and Hrafske on May 3.[[xxi]](https://example.org/assessment/<#_edn21>)

Order of Battle: Drone operators of the 9th Brigade (formerly of the DNR 1st Army Corps) are reportedly operating near Vovchansk.[[xxii]](https://example.org/assessment/<#_edn22>)

**_Oskil River axis_** (objective: push west into eastern Kharkiv Oblast and northern Donetsk Oblast)

Russian forces attacked east of Kupyansk near Petropavlivka on May 3.[[xxiii]](https://example.org/assessment/<#_edn23>)

[Read the full report](https://example.org/full) and see the [interactive map](https://example.org/map).
""" + "\n".join(f"Analysts note item {k} of the weekly review; nothing else happened there." for k in range(30))


@pytest.fixture(scope="module")
def result():
    return get_pipeline().process(RawDocument(doc_id="md", text=REPORT, source_path="assessment.md"), "2025-05-04")


def test_clean_text_has_no_markup(result):
    text = result.document.clean_text
    for junk in ("[[", "](", "**", "https://", "<#_edn", "# Offensive"):
        assert junk not in text
    assert "Russian forces attacked northeast of Kharkiv City near Lyman and Hrafske on May 3." in text


def test_claims_carry_no_links(result):
    assert result.events
    for e in result.events:
        for c in e.claims:
            assert "http" not in c.quote and "[[" not in c.quote


def test_villages_placed_by_their_bearing_not_by_a_unit_name(result):
    placed = {e.location.name: e.location.admin1_code for e in result.events
              if e.event_type == "armed_clash" and e.location is not None and e.location.precision <= 2}
    for name in ("Lyman", "Hrafske", "Petropavlivka"):
        assert placed.get(name) == "UA-63", (name, placed)


@pytest.mark.parametrize("text", [" > on", " # heading", "  ** bold", "x\n > quoted line\n"])
def test_cleaning_markdown_is_idempotent(text):
    from sitrep.ingest import clean
    once = clean(RawDocument(doc_id="m", text=text)).clean_text
    twice = clean(RawDocument(doc_id="m", text=once)).clean_text
    assert twice == once


@pytest.mark.parametrize("text", ["> > on", "> # heading", "**[a link](https://example.org/x)**"])
def test_nested_markdown_marks_go_in_one_cleaning(text):
    from sitrep.ingest import clean
    once = clean(RawDocument(doc_id="m", text=text)).clean_text
    assert clean(RawDocument(doc_id="m", text=once)).clean_text == once
    assert ">" not in once and "**" not in once
