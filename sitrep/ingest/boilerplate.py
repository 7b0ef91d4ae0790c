"""Recognising page furniture: line rules (``sitrep/data/boilerplate_lines.tsv``, read one line at a time
by :mod:`sitrep.ingest.linerules`) and page structure (header zone, related-story lists and cards after
the body, article tail), here.

A line is furniture when a whole-line rule matches it (after an optional list bullet), when it
is a date/time stamp glued to a furniture line ("5 March 2025 14:20 by Example news desk"), or
when it is made of " · "/" | "-separated pieces that are all furniture ("Updated 14:20 · 3 min
read").  Rules have a mode: *hard* (always), *soft* (not on a line with event vocabulary),
*head* (only before the first body paragraph) and *tail* (only in the last third of the page).
:func:`classify_lines` adds the structural kinds on top of the line rules: the header (the headline
is the first line shaped like one that no menu follows; short labels around it go, a list under a
"Key developments:" heading stays), labels repeated above and below the article, names beside a
post's stamp or handle, lines inside a promotion box, lists under a list heading (an inline box of
links inside the article, or the rest of the page), related headlines and topic labels closing the
page.  A line is also tried without the brackets around it and with pieces a browser copy glued
together split apart ("Skip to contentSkip to site index").  The word tables of the structural
passes (list headings, headline verbs, place words) are kept here next to their one user.
"""
from __future__ import annotations

import re
from typing import Optional

from .datetables import SHORT_WEEKDAY
from .furniture_model import judge
from .lang import detect_language, foreign_line
from .linerules import (  # noqa: F401  (DATA_FILE, classify_line ... are this module's public names too)
    APPEAL_KINDS, CARD_KINDS, Classified, DATA_FILE, FEED_KINDS, _BULLET,
    _DATELINE, _GLUE, _LEAD_STAMP, _NUMBERED, _PROMO, _SENTENCE_END,
    _TEASER_MAX, _WORD_RE, _decor_end, _ends_sentence, _has_date, _headline_like,
    _is_body, _link_like, _list_headline, _name_like, _title_case, _trailing_title,
    classify_line, eventful, load_rules, strip_prefix, strip_suffix,
)


_QUOTE_LABEL = re.compile(r"(?:quote|details|background)\s*:\s*\S", re.IGNORECASE)


def classify_lines(lines: list[str], memo: Optional[dict] = None, model: bool = True) -> list[Classified]:
    """Kinds of the stripped non-blank lines of one page, using their position: line rules per
    zone, then a run of related headlines closing the page ("related"), a related-story card
    (headline, teaser, image placeholder) and a list heading after the body with no body after it
    (everything from it on is "related"). ``memo`` keeps the line verdicts of one page across calls
    (the cleaner classifies a page again after removing its furniture). With ``model`` the learned
    furniture model (:mod:`sitrep.ingest.furniture_model`) judges the lines the rules leave as text."""
    n = len(lines)
    def line_kind(x: str, zone: str = "body") -> Classified:
        if memo is None:
            return classify_line(x, zone)
        got = memo.get((x, zone))
        if got is None:
            got = memo[(x, zone)] = classify_line(x, zone)
        return got

    out: list[Classified] = [line_kind(x) for x in lines]
    body = [i for i, (k, _) in enumerate(out) if k is None and _is_body(lines[i])]
    # the header ends at the first sentence of prose
    first_body = next((i for i, (k, _) in enumerate(out) if k is None and len(lines[i]) >= 40
                       and _prose_end(lines[i])), n)
    tail_from = max(first_body + 1, n - n // 3)
    for i in range(n):
        if out[i][0] is None and (i < first_body or i >= tail_from):
            out[i] = line_kind(lines[i], "head" if i < first_body else "tail")

    # a line of an English page in another language: a cookie notice, a credit, a note on the original edition
    foreign = [i for i, (k, _) in enumerate(out) if k is None and foreign_line(lines[i])]
    if foreign and detect_language("\n".join(lines)) == "en":
        for i in foreign:
            out[i] = ("foreign", None)

    # "Source: X, head of the regional administration, on Telegram" / "Quote: ...": an attribution line
    # of the article (the speaker of the quote under it), not an outlet's credit
    for i in range(n - 1):
        if out[i][0] == "source" and _QUOTE_LABEL.match(lines[i + 1]):
            out[i] = (None, None)

    # a line inside a promotion box, between two lines of it ("Sign up to Example Europe" / "The
    # stories that matter, every Friday" / "Privacy Notice: ...")
    for i in range(1, n - 1):
        if out[i][0] is None and out[i - 1][0] in _PROMO_KINDS and out[i + 1][0] in _PROMO_KINDS \
                and len(lines[i]) <= 200 and not eventful(lines[i]):
            out[i] = ("share", None)

    # a short label both above the article and after it is a section or topic link
    # ("Military operation in Ukraine" as rubric and as tag)
    if body:
        _repeated_labels(lines, out, first_body, body[-1])
        _channel_name(lines, out, first_body)

    # a name beside a stamp or handle is a byline ("Jane Example" / "2h ago / 9:02 AM EST")
    for i in range(n):
        if out[i][0] is None and _person_like(lines[i]) and (
                i > 0 and _clock_stamp(lines[i - 1], out[i - 1][0])
                or i + 1 < n and _clock_stamp(lines[i + 1], out[i + 1][0])):
            out[i] = ("byline", None)

    # the header: the headline is the first line shaped like one (some words, no sentence end);
    # short lines that are no sentence around it (menus, bylines without "By", outlet names,
    # section labels, places) are furniture
    head = [i for i in range(first_body) if out[i][0] is None] if body else []
    kept: set[int] = set()  # text the page passes chose to keep: the model leaves it too
    if head:
        headline = _pick_headline(lines, out, head)
        kept.add(headline)
        listing = False
        for i in head:
            # a list under a heading after the headline ("Key developments on March 4:") is article text
            if i > headline and _list_heading(lines[i]):
                listing = True
            if listing:
                kept.add(i)
            if i != headline and not listing and (_short_label(lines[i]) or i < headline and (_MASTHEAD_SEP.match(lines[i]) or _strapline(lines[i]))) \
                    and not (i == first_body - 1 and i > headline and (re.fullmatch(r"(?:19|20)\d\d", lines[i].strip()) or _SHORT_DAY_HEADING.fullmatch(lines[i].strip())
                                                                        or first_body < n and _BULLET.match(lines[first_body]))) \
                    and not _DATELINE.match(lines[i]) and not (
                    i > headline and len(lines[i].split()) >= 4 and eventful(lines[i])) and not (
                    i == headline - 1 == head[0] and _short_headline(lines[i], lines[headline])):
                out[i] = ("head", None)

    if body:
        _reporter_bio(lines, out, first_body, tail_from)

    # the close: name-like lines after the body ("Jane Example", "Example Daily"), unless a line
    # announced them as a list ("The alert covered the following regions." / "Kyiv" / "Sumy" / ...)
    names: list[int] = []
    for i in range(n - 1, first_body, -1):
        if out[i][0] is not None:
            continue
        if not _name_like(lines[i]):
            if not (len(names) >= 3 and _LIST_INTRO.search(lines[i])):
                for k in names:
                    out[k] = ("signoff", None)
            else:
                kept.update(names)
            names = []
            break
        names.append(i)
    for k in names:
        out[k] = ("signoff", None)

    # related headlines running to the end of the page, after the body; a story card may add a
    # one-line teaser under its headline (then the list must follow a furniture line: "Read more")
    run: list[int] = []
    teasers = 0
    content = [i for i in range(first_body + 1, n) if out[i][0] is None]
    for pos in range(len(content) - 1, -1, -1):
        i = content[pos]
        if _link_like(lines[i]):
            run.append(i)
        elif len(lines[i]) < 25 and not lines[i].endswith(_SENTENCE_END):
            run.append(i)  # a stray short label inside the list
        elif pos > 0 and len(lines[i]) <= _TEASER_MAX and _link_like(lines[content[pos - 1]]):
            run.append(i)
            teasers += 1
        else:
            break
    if sum(_link_like(lines[i]) for i in run) >= 3 and (
            not teasers or run and min(run) > 0 and out[min(run) - 1][0] is not None):
        for i in run:
            out[i] = ("related", None)

    # a bulleted list of headlines right after furniture that closes the article (an author's
    # bio, a share bar), with no prose after it: "more on this" links even in sentence case
    if len(body) >= 2:
        i = body[1] + 1
        while i < n:
            j = i
            while j < n and out[j][0] is None and _BULLET.match(lines[j]) and len(lines[j]) <= 200 \
                    and not _ends_sentence(lines[j]):
                j += 1
            need = 1 if out[i - 1][0] in ("related", "feed") else 3  # right under "Read also:" one will do
            if j - i >= need and out[i - 1][0] is not None \
                    and sum(1 for k in range(j, n) if out[k][0] is None and _is_body(lines[k])) < 2:
                for k in range(i, j):
                    out[k] = ("related", None)
            i = j + 1

    # one or two headlines or a run-together tag list closing the page after the body
    # ("... said on Friday." / "Troops Pull Back From River Town" / "Kharkiv Drones War in Ukraine");
    # a short wire item may have one paragraph of prose only
    if body:
        titles = 0
        for i in range(n - 1, body[min(1, len(body) - 1)], -1):
            if out[i][0] is not None:
                continue
            numbered = _NUMBERED.match(lines[i])
            line = lines[i][numbered.end():] if numbered else lines[i]
            # inside a list of three headlines or more, a headline may quote ("..., commander says")
            if _trailing_title(line) or titles >= 3 and _list_headline(line) or _PROMO.search(line) and len(line) <= 200:
                out[i] = ("related", None)  # numbered: "3.  'Miracle' as ...", a most-read list
                titles += 1
                continue
            break

    # bare dates over runs of entries (a log's or a chronology's day headings: "08.03.2024" / entries / "09.03.2024"
    # / entries) are the article's own headings, not publication stamps
    heads = [i for i in range(first_body, n - 1) if out[i][0] == "date" and _BARE_DATE.fullmatch(lines[i].strip())
             and out[i + 1][0] is None and len(lines[i + 1]) >= 30]
    if len(heads) >= 2:
        for i in heads:
            out[i] = (None, None)

    # list headings and story cards after the body
    half = n // 2
    for a in range(half, n):
        kind = out[a][0]
        if kind in CARD_KINDS:
            if sum(1 for i in range(a + 1, n) if out[i][0] is None and _is_body(lines[i])) >= 2:
                continue  # an image inside the body
            start = _card_start(lines, out, a)
            if start is not None:
                for i in range(start, a):
                    out[i] = ("related", None)
        elif kind in APPEAL_KINDS:
            if a > first_body and sum(1 for i in body if i < a) >= 2:
                for i in range(a + 1, n):
                    out[i] = ("appeal", None)  # a letter to readers runs to the end of the page
                break
        elif kind in FEED_KINDS:
            if _feed_box(lines, out, a):
                continue
            for i in range(a + 1, n):
                if out[i][0] is None:
                    out[i] = ("related", None)
            break
    # a list heading inside the body ("Read also", "Related article") takes the headlines under it
    for a in range(first_body + 1, half):
        if out[a][0] in FEED_KINDS:
            _feed_box(lines, out, a)

    # a run of short topic labels closing the page next to furniture ("Russia", "Ukraine",
    # "Military" / "Comments")
    if body:
        _closing_labels(lines, out, body[-1])
    # the rows of a data table ("Bilozerka | 13:05 | artillery | a woman killed in her house") are the
    # report itself, however much a row looks like a menu line to the rules or the model
    for i in table_rows(lines):
        out[i] = (None, None)
        kept.add(i)
    for i in range(first_body, n - 1):
        if out[i][0] in (None, "head") and _SHORT_DAY_HEADING.fullmatch(lines[i].strip()) and out[i + 1][0] is None:
            out[i] = (None, None)  # "— Sat 19.08 —" over a log's entries: the day they tell
            kept.add(i)
    if model:
        _model_pass(lines, out, kept)
    return out


# a log's day heading over the entries under it: "— Sat 19.08 —", "Fri 15.04" (a day and month, no year: no publication date)
_SHORT_DAY_HEADING = re.compile(r"[—–-]*\s*" + SHORT_WEEKDAY + r"\.?,?\s+\d{1,2}[./]\d{1,2}\.?\s*[—–-]*")
_CELL_SEP = re.compile(r"\s+[|｜]\s+|\t+")


def table_rows(lines: list[str]) -> list[int]:
    """The rows of tables on a page: runs of 3+ consecutive lines cut into the same number (3+) of cells by
    pipes or tabs, where at least two rows hold a cell of prose (three words or more) — a menu ("Home | World |
    Sport") has one-word cells. A header row ("Settlement | Time | Weapon | Consequences") is part of its run."""
    parts = [_CELL_SEP.split(x.strip()) if "|" in x or "｜" in x or "\t" in x else [x.strip()] for x in lines]
    cells = [len(p) if len(p) > 1 else 0 for p in parts]
    rows: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells[j] >= 3 and cells[j] == cells[i]:
            j += 1
        if j - i >= 3 and sum(1 for k in range(i, j) if any(len(c.split()) >= 3 for c in parts[k])) >= 2:
            rows.extend(range(i, j))
        i = max(j, i + 1)
    return rows


def _model_pass(lines: list[str], out: list[Classified], kept: set[int]) -> None:
    """Text lines the furniture model calls furniture become kind "model" (never the headline, a list
    the page announces (``kept``), a sentence or a report: :func:`sitrep.ingest.furniture_model.judge`)."""
    for i in judge(lines, [k is not None for k, _ in out], keep=kept):
        out[i] = ("model", None)


def _list_item(line: str) -> bool:
    """A line of a list of links: no paragraph of prose, no sentence end, no heading colon."""
    return len(line) <= 200 and not _is_body(line) and not _ends_sentence(line) and not line.endswith(":")


_BOX_WINDOW = 400
_READ_BUTTON = re.compile(r"(?:read (?:also|more|next)|also read|see also)\s*[:»›>|]?", re.IGNORECASE)


def _feed_box(lines: list[str], out: list[Classified], a: int) -> bool:
    """The list under the heading at ``a`` when the article goes on after it: its headlines are
    related (True); False when the rest of the page is the list (no prose after, or cards of
    headline and teaser)."""
    # (a window of the page after the heading: an inline box is short, and a page of list
    # headings stays linear)
    after = [i for i in range(a + 1, min(len(lines), a + _BOX_WINDOW)) if out[i][0] is None]
    lead = 0
    while lead < len(after) and _list_item(lines[after[lead]]):
        lead += 1
    rest = after[lead:]
    # prose that goes on after the list; a teaser cut off mid-word is no article text
    resumed = sum(1 for i in rest if _is_body(lines[i]) and _ends_sentence(lines[i]))
    # one paragraph after a list of headlines is the article going on unless more headlines follow
    # (cards); right under the heading it is the teaser of the first card
    if resumed >= 2 or (resumed and lead and not any(_list_item(lines[i]) and _link_like(lines[i])
                                                     for i in rest)):
        for i in after[:lead]:
            out[i] = ("related", None)
        return True
    # a bare "Read more" with prose right under it may be a button of the article itself
    return not lead and bool(resumed) and bool(_READ_BUTTON.fullmatch(lines[a]))


_PERSON = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2}(?![\w'’-])")
_QUOTE_MARKS = frozenset('"“”«»')


def _reporter_bio(lines: list[str], out: list[Classified], first_body: int, tail_from: int) -> None:
    """A line near the end that opens with a person's name met only in the page's header furniture (its byline
    or stamp: "March 3 · Jane Example") and goes on with a verb ("Jane Example has reported from Sumy since
    2022.") is the reporter's bio; a name the article itself speaks of, or a line with a quotation, stays."""
    names = {m.group(0) for i in range(first_body) if out[i][0] is not None for m in _PERSON.finditer(lines[i])}
    if not names:
        return
    for i in range(max(tail_from, first_body + 1), len(lines)):
        line = lines[i]
        if out[i][0] is not None or len(line) > 400 or _QUOTE_MARKS.intersection(line):
            continue
        name = next((x for x in names if line.startswith(x + " ") and line[len(x) + 1:len(x) + 2].islower()), None)
        if name and not any(name in lines[k] for k in range(first_body, i) if out[k][0] is None):
            out[i] = ("bio", None)


def _closing_labels(lines: list[str], out: list[Classified], last_body: int) -> None:
    """Three short labels or more (no digits, no heading colon) closing the page after the last
    paragraph, with furniture before or among them, are topic links; not when a line ending in a
    colon announces them."""
    run: list[int] = []
    stop = None
    for i in range(len(lines) - 1, last_body, -1):
        if out[i][0] is not None:
            continue
        if _short_label(lines[i], 40) and len(lines[i].split()) <= 5 and not lines[i].endswith(":") \
                and not any(c.isdigit() for c in lines[i]):
            run.append(i)
            continue
        stop = i
        break
    if len(run) < 3 or stop is not None and lines[stop].endswith(":"):
        return
    first = min(run)
    if out[first - 1][0] is not None or any(out[i][0] is not None for i in range(first, len(lines))):
        for i in run:
            out[i] = ("related", None)


def _repeated_labels(lines: list[str], out: list[Classified], first_body: int, last_body: int) -> None:
    """A short label found both above the first paragraph and after the last one is a section or
    topic link: every copy of it goes."""
    keys: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if (i < first_body or i > last_body) and _short_label(line, 40):
            keys.setdefault(" ".join(line.split()).casefold(), []).append(i)
    for idx in keys.values():
        if len(idx) >= 2 and idx[0] < first_body and idx[-1] > last_body:
            for i in idx:
                out[i] = ("nav", None)


_CHANNEL_TITLE = re.compile(r"(?P<name>.{3,60}?)\s+[–—|-]\s+Telegram", re.I)


def _channel_name(lines: list[str], out: list[Classified], first_body: int) -> None:
    """A Telegram channel's web page: under the page title "Name – Telegram", the bare "Name" above the
    first post is the channel's, not a headline."""
    names = {m.group("name").casefold() for line in lines[:first_body] if (m := _CHANNEL_TITLE.fullmatch(line.strip()))}
    for i in range(min(first_body, len(lines))):
        if names and lines[i].strip().casefold() in names:
            out[i] = ("nav", None)
        elif out[i][0] is None and i + 1 < len(lines) and _short_label(lines[i], 80) and _SUBSCRIBERS.fullmatch(lines[i + 1].strip()):
            out[i] = ("site", None)  # a channel's name over its subscriber count ("Kherson RMA" / "248 903 subscribers")


_SUBSCRIBERS = re.compile(r"[\d\s,.]+[kKmM]?\s+(?:subscribers|members|followers|підписників|подписчиков)", re.I)


_STAMP_KINDS = {"date", "meta", "social"}
# a date alone on its line, with its weekday or not ("08.03.2024", "Saturday, 9 March 2024", "March 9")
_BARE_DATE = re.compile(r"\W*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?"
                        r"|[A-Z][a-z]{2,8}\s+\d{1,2}(?:,?\s+\d{4})?)\s*[:—–-]?\s*")
_MENU_KINDS = {None, "nav", "kicker", "feed", "site", "masthead", "related"}
_PROMO_KINDS = {"share", "paywall", "donate", "cookie"}


def _prose_end(line: str) -> bool:
    """A line ending as prose does: a title closing on a bracketed note ("Incident register, week 24
    (10-16 June 2024)") does not, a sentence with a bracket at its end ("... (in Kyiv).") does."""
    if not line.endswith(_SENTENCE_END):
        return False
    if line.endswith(")") and "(" in line and line[-2:-1] not in ".!?…":
        return bool(re.search(r"[.!?…][\"”’»]?(?:\s|$)", line[:line.rfind("(")].rstrip()))
    return True


def _short_label(line: str, limit: int = 50) -> bool:
    """A short line that is no sentence (its decoration of emoji not counted)."""
    return len(line) - _decor_end(line) <= limit and not line.endswith(_SENTENCE_END)


# a site's name and its tagline, or a channel's name and its owner, over the headline: a short name, a
# separator, a short rest ("IZNA | Russia and the world", "AEN – Agence Européenne de Nouvelles")
_MASTHEAD_SEP = re.compile(r"^(?=.{6,70}$)[^\s|—–·]+(?:\s+[^\s|—–·]+){0,4}\s+[|—–·]\s+[^|—–·]+$")


# a strapline of parts joined by middle dots over the headline: what the channel or site is ("Field log of the
# sappers · published every working day", "surgical point · Druzhkivka · funded by donors"; no digits: "Incident log ·
# Week 25 (14-20 June)" is a title)
_DOT_SEGMENTED = re.compile(r"^(?=.{20,200}$)(?!.*\d)[^·.!?]{3,}(?:\s·\s[^·.!?]{2,})+$")
# ... or a body's name and, after a dash, what it publishes in a few lower-case words ("Regional Military Administration —
# posts in English translation", "... in the Odesa region — operational information")
_ORG_RUBRIC = re.compile(r"^(?=.{20,200}$)[^—–|.!?]{8,}\s[—–]\s(?-i:[a-z])[a-z’' -]{3,60}$")


def _strapline(line: str) -> bool:
    return bool(_DOT_SEGMENTED.match(line) or _ORG_RUBRIC.match(line)
                and not any(w in _HEADLINE_VERBS or w in ("dead", "killed", "injured", "wounded") for w in _WORD_RE.findall(line.lower())))


# past forms a headline uses without "-ed" ("Sumy left without power")
_IRREGULAR_PAST = frozenset("left lost cut shut fell took won set met hit struck seen sent held fled told".split())


def _pick_headline(lines: list[str], out: list[Classified], head: list[int]) -> int:
    """The headline among the content lines above the body: the first line shaped like one, unless
    a menu follows it (two menu labels or more before the next such line: a site's tagline)."""
    shaped = [k for k, i in enumerate(head) if _headline_shaped(lines[i])]
    if len(shaped) >= 2 and _strapline(lines[head[shaped[0]]]):
        shaped = [k for k in shaped if not _strapline(lines[head[k]])] or shaped  # (a strapline, see below)
    if len(shaped) >= 2 and shaped[0] == 0 and shaped[1] <= 3 and _MASTHEAD_SEP.match(lines[head[0]]):
        shaped = shaped[1:]  # "IZNA | Russia and the world", "Posullia Online — news of Sumy region" over the headline: the site
    verb = lambda i: any(w in _HEADLINE_VERBS or w.endswith("ed") or w in _IRREGULAR_PAST for w in _WORD_RE.findall(lines[i].lower()))
    if len(shaped) >= 2 and shaped[1] == shaped[0] + 1 and len(lines[head[shaped[0]]].split()) <= 5 \
            and not verb(head[shaped[0]]) and verb(head[shaped[1]]):
        shaped = shaped[1:]  # a rubric over the headline ("Military operation in Ukraine" / "Troops take village ...")
    if not shaped:  # a short headline has words; a menu item rarely three
        return next((i for i in head if len(lines[i].split()) >= 3), head[0])
    for a, b in zip(shaped, shaped[1:]):
        # a site's menu on one line ("Politics  War  Economy  Society  Regions") counts as two labels
        if sum(2 if out[i][0] == "nav" else 1 for i in range(head[a] + 1, head[b])
               if out[i][0] in _MENU_KINDS and (_short_label(lines[i]) or out[i][0] == "nav")
               and not lines[i].endswith(":")) < 2:
            return head[a]
    return head[shaped[-1]]


# words of a heading over the article's own list ("Key developments on March 4:", "What we know:")
_LIST_HEAD_WORDS = ("key", "developments", "takeaways", "points", "what we know", "what happened", "details",
                    "chronology", "background", "summary", "highlights",
                    "latest", "main", "at a glance", "in brief", "timeline", "facts", "casualties", "damage")
_LIST_HEAD = re.compile(r"\b(?:" + "|".join(_LIST_HEAD_WORDS) + r")\b", re.IGNORECASE)


# a sentence announcing a list of names under it
_LIST_INTRO = re.compile(r"(?::|\b(?:following|these|as follows|listed|list|includ\w*)\b[^.!?]{0,40}[.:]?)$",
                         re.IGNORECASE)


# verbs of news headlines: a short line with one tells something ("Kharkiv hit again"), a rubric
# does not ("War in Ukraine")
_HEADLINE_VERBS = frozenset("""
    hit hits kill kills killed strike strikes struck attack attacks attacked shell shells shelled down
    downs downed shoot shoots launch launches launched say says said warn warns claim claims injure injures
    injured wound wounds wounded destroy destroys destroyed damage damages damaged pound pounds target
    targets repel repels repelled capture captures captured seize seizes seized advance advances retreat
    retreats intercept intercepts explode explodes exploded burn burns die dies died flee flees evacuate
    evacuates cut cuts lose loses lost take takes took""".split())


def _short_headline(line: str, below: str) -> bool:
    """A short headline in sentence case over a standfirst ("Kharkiv hit again" / "The governor
    says ..."): three words or more with a headline verb, not in Title Case, not glued menu words,
    not a rubric that the line below repeats ("Ukraine war latest" / "Ukraine war latest: ...")."""
    return (len(line.split()) >= 3 and not _title_case(line) and not _GLUE.search(line)
            and any(w in _HEADLINE_VERBS for w in _WORD_RE.findall(line.lower()))
            and line.casefold() not in below.casefold())


def _list_heading(line: str) -> bool:
    """A heading over the article's own list: a colon at its end and a list word or a date."""
    return line.endswith(":") and len(line) <= 80 and bool(_LIST_HEAD.search(line) or _has_date(line))


def _headline_shaped(line: str) -> bool:
    """A headline: four words or more, no sentence end or heading colon, not all in capitals, no
    publication stamp in front ("6 MAR, 09:14 Military operation in Ukraine")."""
    return (20 <= len(line) <= 200 and len(line.split()) >= 4 and not line.endswith((":", ".", ","))
            and not line.isupper() and not _BULLET.match(line) and not _LEAD_STAMP.match(line)
            and not (len(line.split()) <= 4 and _name_like(line))  # "Press Union of India"
            and not line.startswith(("By ", "BY ", "by ")))


def _person_like(line: str) -> bool:
    """A person's name alone on a line: two to four capitalised words, no digits, no word of a
    place's name ("Kharkiv Oblast", "Pokrovsk Direction" are region headings)."""
    words = line.split()
    return (2 <= len(words) <= 4 and len(line) <= 40 and _name_like(line) and all(w[:1].isupper() for w in words)
            and not any(w.lower().strip(".,") in _PLACE_WORDS for w in words))


_PLACE_WORDS = frozenset("""oblast region district raion krai province city town village county republic
    direction sector axis area territory peninsula sea river""".split())
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d|\bago\b", re.IGNORECASE)


def _clock_stamp(line: str, kind: Optional[str]) -> bool:
    """A handle, or a stamp with a time of day or an age ("2h ago / 9:02 AM EST"): the byline of a
    post goes beside it."""
    return kind == "social" or kind in _STAMP_KINDS and bool(_CLOCK.search(line))


def _card_start(lines: list[str], out: list[Classified], a: int) -> Optional[int]:
    """The headline that opens a story card ending at the image placeholder ``a``: a headline
    one or two content lines before it (a teaser between), else None."""
    content = [i for i in range(max(0, a - 4), a) if out[i][0] is None]
    if not content:
        return None
    if _headline_like(lines[content[-1]]):
        return content[-1]
    if len(content) >= 2 and _headline_like(lines[content[-2]]) and len(lines[content[-1]]) <= 400:
        return content[-2]
    return None


def explain(text: str) -> list[tuple[Optional[str], str]]:
    """(kind or None, stripped line) for every non-blank line: which rule removes what (a
    debugging aid for analysts extending the rule file; the tail and duplicate passes of
    ``clean_lines`` are not shown)."""
    lines = [x for x in (strip_suffix(strip_prefix(r.strip())) for r in text.split("\n")) if x]
    return [(k, x) for (k, _), x in zip(classify_lines(lines), lines)]
