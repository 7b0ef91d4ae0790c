"""Day sections of a round-up: "Saturday: the grid", "Sunday: a refinery ablaze", ... over the paragraphs
that tell each day of a week.

A weekly round-up published on a Saturday that opens with "Saturday" means the Saturday a week before:
its headings run forward in time, so each heading's day is the latest one of its weekday that keeps
them in order up to the last (the last is the latest such weekday on or before the report's day).
Under a heading, a weekday named without a date ("overnight into Saturday") is the heading's day, and a
sentence with no day of its own is dated by it.

A chronology's date headings ("March 1, Friday", "12 March", "Tuesday, 5 March") on lines of their own
date the paragraphs under them the same way.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Optional

from sitrep.ingest.datetables import SHORT_WEEKDAY, WEEKDAY_NAME
from sitrep.nlp.dates import find_dates

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = WEEKDAY_NAME
# a heading: a weekday alone or before a colon or dash and a few words, no sentence end
# (in capitals too, "MONDAY", and with a part of the day: "Saturday morning")
_DAY_HEADING = re.compile(r"\W*(?P<day>" + _WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?"
                          r"(?:\s*[:—–-]\s*(?P<rest>[^.!?]{0,80}))?\s*$", re.I)
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# a date heading: a day of a month (with its weekday, its year) alone on its line, or before a colon or dash and a few words
_DATE_HEADING = re.compile(r"\W*(?:(?:" + _WEEKDAY + r"|" + SHORT_WEEKDAY + r"\.?),?\s+)?(?:" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS
                           + r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?:,?\s+\d{4})?(?:,?\s+" + _WEEKDAY + r")?(?:\s*[:—–-]\s*[^.!?]{0,80})?\s*$")
# a log's short day heading: a weekday, full or cut, and a day.month without its year ("Tue 18.07", "Fri, 21/07")
_SHORT_WEEKDAY = r"(?P<wd>" + SHORT_WEEKDAY + r")\.?"
_DAY_MONTH_HEADING = re.compile(r"\W*" + _SHORT_WEEKDAY + r",?\s+(?P<d>\d{1,2})[./](?P<m>\d{1,2})\.?(?:\s*[:—–-]\s*[^.!?]{0,80})?\s*$")


def _latest(weekday: int, on_or_before: dt.date) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


def day_sections(sentences: list, ref: Optional[dt.date], text: str = "") -> dict[int, dt.date]:
    """Sentence index -> the day of the section it is in (only for texts with two day headings or more).
    ``text``: the document, to see a short day heading end its line ("— Sat 19.08 —" over its entries)."""
    if ref is None:
        return {}
    dated = _date_sections(sentences, ref, text)
    if dated:
        return dated
    heads = []  # (sentence index, weekday)
    for i, s in enumerate(sentences):
        if len(s.text) > 100 or s.clause:
            continue
        m = _DAY_HEADING.fullmatch(s.text)
        if m is not None and (i + 1 >= len(sentences) or sentences[i + 1].paragraph != s.paragraph):
            heads.append((i, _DAYS.index(m.group("day").lower())))
    if len(heads) < 2:
        return {}
    days = [_latest(wd, ref) for _i, wd in heads]
    for k in range(len(days) - 2, -1, -1):  # run forward in time up to the last heading
        while days[k] > days[k + 1]:
            days[k] -= dt.timedelta(days=7)
    return _under([(i, days[k]) for k, (i, _wd) in enumerate(heads)], len(sentences))


def _under(heads: list[tuple[int, dt.date]], n: int) -> dict[int, dt.date]:
    """Sentence index -> the day of the heading it is under: each heading's day runs to the next heading
    (``heads``: (sentence index, day) in text order; ``n``: the number of sentences)."""
    out: dict[int, dt.date] = {}
    for k, (i, day) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else n
        for j in range(i + 1, end):
            out[j] = day
    return out


def _date_sections(sentences: list, ref: dt.date, text: str = "") -> dict[int, dt.date]:
    """Sentence index -> the day of the date heading it is under (two date headings or more)."""
    heads = []  # (sentence index, day)
    for i, s in enumerate(sentences):
        if len(s.text) > 100 or s.clause:
            continue
        short = _DAY_MONTH_HEADING.fullmatch(s.text)
        if short is None and not _DATE_HEADING.fullmatch(s.text):
            continue
        if i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph \
                and not (short is not None and "\n" in text[s.end:sentences[i + 1].start]):
            continue  # a heading ends its line (a log's short day heading may stand over its entries' lines)
        if short is not None:
            day = _day_month(short, ref)
            days = [day] if day is not None else []
        else:
            days = [d.date for d in find_dates(s.text, ref) if d.kind == "absolute" and d.precision == "day" and d.date]
        if len(days) == 1 and days[0] <= ref:
            heads.append((i, days[0]))
    return _under(heads, len(sentences)) if len(heads) >= 2 else {}


def _day_month(m: re.Match, ref: dt.date) -> Optional[dt.date]:
    """The day of "Tue 18.07" in a report of ``ref``: that day and month in the latest year that puts it
    on or before the report, if its weekday agrees (else None: not a day.month heading)."""
    weekday = next(k for k, d in enumerate(_DAYS) if d.startswith(m["wd"].lower()[:3]))
    for year in (ref.year, ref.year - 1):
        try:
            day = dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        if day <= ref:
            return day if day.weekday() == weekday else None
    return None


def in_section(dates: list, day: dt.date) -> list:
    """The date mentions of a sentence under a day heading: a weekday named without a date of its
    own that falls on the heading's weekday is the heading's day."""
    out = []
    for d in dates:
        if d.kind == "relative" and d.date is not None and d.date != day and abs((d.date - day).days) <= 14 \
                and (d.date.weekday() == day.weekday() or _SAME_DAY.fullmatch(d.text)):
            # ("during the night", "this morning" under "Sunday:" are that Sunday's, not the report's day)
            d = replace(d, date=day, date_end=day if d.date_end is not None else None)
        out.append(d)
    return out


_SAME_DAY = re.compile(r"(?:during |in |on )?(?:the |that )?(?:overnight|night|tonight|last night|today|this morning|this afternoon|"
                       r"this evening|morning|afternoon|evening)", re.I)


# a table's line of casualties by place ("Donetsk oblast: 91 killed, 302 injured") and a heading that names a month
# and its year with no day ("Casualties by oblast, August 2025")
_TALLY_LINE = re.compile(r"[^:.!?]{2,60}:\s*(?:\d[\d,]*|no|none)\s+(?:people\s+|civilians\s+)?(?:killed|dead|deaths|injured|wounded)\b", re.I)
_MONTH_OF_YEAR = re.compile(r"(?<!\d)(?<!\d\s)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b", re.I)


def in_month_table(sentences: list, idx: int) -> bool:
    """Sentence ``idx`` is a line of a casualty table under a heading of a month ("Casualties by oblast, August
    2025" over "Donetsk oblast: 91 killed, 302 injured"): a month's statistics by place, not an incident."""
    if not _TALLY_LINE.match(sentences[idx].text):
        return False
    for j in range(idx - 1, max(-1, idx - 20), -1):
        t = sentences[j].text
        if _TALLY_LINE.match(t):
            continue
        return len(t) <= 100 and _MONTH_OF_YEAR.search(t) is not None
    return False


# a log entry that opens with its clock time: "23:15 Mykolaiv ...", "[02:05] Drone attack on ..."
_CLOCK_OPENER = re.compile(r"\s*\[?([01]?\d|2[0-3]):([0-5]\d)\]?(?![\d:])")


# a later log entry about an earlier one's incident: "(the same site)", "Kyivskyi district, update: ..."
_UPDATE_ENTRY = re.compile(r"\b(?:update[ds]?|clarification|clarified|correction|corrected|revised|the same (?:site|place|address|location|building|house|spot)|same address|"
                           r"(?:toll|number of (?:the )?(?:dead|killed|injured|wounded)) (?:has )?(?:risen|rose|grown|grew|increased))\b", re.I)


def clock_openers(sentences: list) -> list[tuple[int, int]]:
    """(paragraph, minutes) of each paragraph whose first sentence opens with a clock time (a log's entries), in order."""
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        m = _CLOCK_OPENER.match(s.text)
        if m is not None:
            out.append((s.paragraph, int(m.group(1)) * 60 + int(m.group(2))))
    return out


def clock_entries(sentences: list, openers: list[tuple[int, int]]) -> dict[int, bool]:
    """The paragraphs of a log's entries (:func:`clock_openers`, three or more) -> whether the entry updates an earlier one."""
    if len(openers) < 3:
        return {}
    out = {p: False for p, _m in openers}
    for s in sentences:
        if s.paragraph in out and not out[s.paragraph] and _UPDATE_ENTRY.search(s.text):
            out[s.paragraph] = True
    return out


def other_log_entry(entries: dict[int, bool], a, b) -> bool:
    """Sentences ``a`` and ``b`` stand in two entries of a log (:func:`clock_entries`), the later not an update of the
    earlier ("03:40 — Slobidskyi district, update: ...", "(the same site)")."""
    if not entries or a is None or b is None or a.paragraph == b.paragraph:
        return False
    later = a if a.start > b.start else b
    return a.paragraph in entries and b.paragraph in entries and not entries[later.paragraph]


def clock_log_days(sentences: list, openers: list[tuple[int, int]], ref: Optional[dt.date]) -> dict[int, dt.date]:
    """A log of entries opened by their clock times, in order, that crosses midnight once ("13:05 ..., 23:15 ...,
    00:40 ..., 03:20 ..." in a morning report): the entries before midnight are the day before the report's, those
    after it the report's own. Sentence index -> day, for every sentence of those entries' paragraphs; empty when
    the times do not run forward with exactly one turn from evening to morning (a newest-first live page).
    ``openers``: :func:`clock_openers`."""
    entries = openers
    if ref is None or len(entries) < 3:
        return {}
    turns = [k for k in range(1, len(entries)) if entries[k][1] < entries[k - 1][1]]
    if len(turns) != 1 or not (entries[turns[0] - 1][1] >= 12 * 60 and entries[turns[0]][1] < 12 * 60):
        return {}
    day_of = {p: ref - dt.timedelta(days=1) if k < turns[0] else ref for k, (p, _m) in enumerate(entries)}
    return {i: day_of[s.paragraph] for i, s in enumerate(sentences) if s.paragraph in day_of}
