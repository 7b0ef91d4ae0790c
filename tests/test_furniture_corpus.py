"""A corpus of page furniture written for sitrep (tests/fixtures/furniture: 145 lines in 28 kinds,
invented wording of cookie banners, paywalls, donation pitches, share bars, bylines, site stamps,
live-blog and newsletter notices, Ukrainian and Russian outlets' channel prompts ...) and of article
sentences that use the same words. Each furniture line goes whether it opens or closes the page;
each article line stays. The corpus was measured before the rules it led to: 30 of 145 lines
survived at the top of a page, 20 at the bottom."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import clean
from sitrep.model import RawDocument

HERE = Path(__file__).resolve().parent / "fixtures" / "furniture"
FURNITURE = [json.loads(l) for l in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
KEEP = [json.loads(l) for l in (HERE / "keep.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
BODY = [
    "Russian forces struck the river port of Velykyi Brid with guided bombs on Tuesday night, damaging two "
    "warehouses and a grain terminal, the regional governor said.",
    "Two workers were injured and taken to hospital, according to the regional administration, which said "
    "emergency crews had put out the fires by morning.",
    "The port has been hit at least four times since the start of the month, local officials said.",
]


def _clean(lines: list[str]) -> str:
    return clean(RawDocument(doc_id="f", text="\n\n".join(lines))).clean_text


@pytest.mark.parametrize("row", FURNITURE, ids=[f"{r['kind']}-{i}" for i, r in enumerate(FURNITURE)])
def test_furniture_goes_at_either_end(row):
    for lines in ([row["line"], *BODY], [*BODY, row["line"]]):
        text = _clean(lines)
        assert row["line"].strip() not in text
        assert all(b in text for b in BODY)


@pytest.mark.parametrize("row", KEEP, ids=[f"keep-{i}" for i in range(len(KEEP))])
def test_article_lines_with_furniture_words_stay(row):
    text = _clean([*BODY, row["line"], "The shelling continued into the evening, officials added."])
    assert row["line"] in text


# what only a page's head carries: mastheads, author/channel lines, an organisation's name over the title
HEAD_ONLY = [
    "The Weekend Ledger · Europe Briefing",
    "Eastern Front Monitor — Daily",
    "Iryna Hnatiuk | Poltava RMA",
    "Odesa RMA | Telegram",
    "Institute for Frontline Studies",
    "Baltic News Agency (BNA)",
    "SEVKAV | Russia and the regions",  # a site and its tagline over the headline
    "Dnipro Today — news of the Dnipropetrovsk region",
    "Press  Research  Events  Contact",  # a menu spaced apart
    "Updates from the front as they happen, with reports from Kharkiv and Zaporizhzhia",
]
TITLE = "Russian guided bombs hit river port of Velykyi Brid, two workers injured"


@pytest.mark.parametrize("line", HEAD_ONLY)
def test_head_furniture_goes_above_the_title(line):
    doc = clean(RawDocument(doc_id="f", text="\n\n".join([line, TITLE, *BODY])))
    assert line not in doc.clean_text and all(b in doc.clean_text for b in BODY)


def test_a_live_greeting_opening_a_paragraph_goes_and_the_paragraph_stays():
    para = ("Good morning and welcome to our live coverage. Kyiv has said little about the operation, "
            "which began on Tuesday, officials said.")
    text = _clean([*BODY[:1], para, *BODY[1:]])
    assert "welcome to our live coverage" not in text and "Kyiv has said little about the operation" in text


# a second corpus, written blind by a helper on 2026-12-06 (46 kinds, each line marked head/tail/any; 60
# article sentences with furniture words): 172 of 213 placements went before the rules it led to
FURNITURE2 = [json.loads(l) for l in (HERE / "lines2.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
KEEP2 = [json.loads(l) for l in (HERE / "keep2.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
# what only its place on the page can tell: a bulleted headline of another story closing the page
_HARD = {"• Estonia to close two border crossings with Russia at night"}
# photo captions stay: the news gold keeps them as article text (a caption may tell an event; veto.caption
# keeps it from making one)
_CAPTION = "photo_caption"


@pytest.mark.parametrize("row", [
    pytest.param(r, id=f"{r['kind']}-{i}", marks=pytest.mark.xfail(
        strict=True, reason="a lone bulleted headline after the body is not told from a list item of the article"))
    if r["line"] in _HARD else pytest.param(r, id=f"{r['kind']}-{i}") for i, r in enumerate(FURNITURE2) if r["kind"] != _CAPTION])
def test_second_corpus_furniture_goes(row):
    places = {"head": ["head"], "tail": ["tail"], "any": ["head", "tail"]}[row["pos"]]
    for where in places:
        lines = [row["line"], TITLE, *BODY] if where == "head" else [TITLE, *BODY, row["line"]]
        text = clean(RawDocument(doc_id="f", text="\n\n".join(lines))).clean_text
        assert row["line"].strip() not in text and all(b in text for b in BODY), where


@pytest.mark.parametrize("row", KEEP2, ids=[f"keep2-{i}" for i in range(len(KEEP2))])
def test_second_corpus_article_lines_stay(row):
    text = _clean([*BODY, row["line"], "The shelling continued into the evening, officials added."])
    assert row["line"] in text
