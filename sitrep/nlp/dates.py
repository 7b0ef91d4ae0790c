"""Date mentions and their resolution against a reference date (never the machine's clock).

``find_dates`` returns every date mention in a text with offsets: absolute ("On 15 March 2024",
"March 15, 2024", "Oct. 22"), relative to the reference date ("overnight", "yesterday", "on Sunday",
"tomorrow, 18 November", "last week", "over the past 24 hours") and periods.
``infer_reference_date`` recovers a publication day from the text itself when no metadata has one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from sitrep.ingest.datetables import (  # noqa: F401  (MONTHS, MONTH_ABBR: re-exported)
    DAY_G,
    MON_G,
    MONTH_ABBR,
    MONTH_ALT,
    MONTH_YEAR,
    MONTHS,
    TEXT_DATE_PATTERNS,
    WEEKDAY_ALT,
    WEEKDAYS,
    month_number,
)
from sitrep.nlp.prefilter import Gated, KeywordIndex, fold_text, keyword_set, may_match_any

INVASION_START = dt.date(2022, 2, 24)

# the calendar words and absolute-date patterns live in the ingest stage (one home, imports flow upward)
_MON, _DAY = MON_G, DAY_G
ABS_PATTERNS = TEXT_DATE_PATTERNS

# the coming events a day may be counted from ("two days before a parade on Red Square", "hours after the talks in
# Istanbul"): one list for the days here and the places of sitrep.extract.patterns
COMING_EVENT_NOUNS = r"parade|summit|talks|meeting|vote|election|visit|ceremony|celebrations?|conference|festival|referendum|inauguration"
# not before such an event, named as a noun ("two days before a parade"): "a day before the Prime Minister arrived" still counts
_BEFORE_AN_EVENT = (r"(?!\s+(?:an?|the|its|their|this)\s+(?:[\w-]+\s+){0,2}?(?:" + COMING_EVENT_NOUNS
                    + r"|holiday|anniversary|deadline|session|exchange|swap)\b(?!\s+(?:began|started|opened|ended|was|were|had|took)))")

REL_PATTERNS: list[tuple[re.Pattern, str]] = [
    # "the night of Saturday into Sunday", "overnight from Friday to Saturday": the morning it ended
    (re.compile(r"\b(?:(?:the\s+)?night\s+(?:of|from)|overnight(?:\s+from)?)\s+(?:" + WEEKDAY_ALT + r")\s+(?:in)?to\s+(?P<wd>" + WEEKDAY_ALT + r")\b", re.I), "weekday"),
    # "overnight into Sunday", "the night to Tuesday": the morning it ended
    (re.compile(r"\b(?:overnight|(?:the\s+)?night)\s+(?:in)?to\s+(?P<wd>" + WEEKDAY_ALT + r")\b", re.I), "weekday"),
    # "in the early hours of Monday": that Monday
    (re.compile(r"\b(?:early|small|wee)\s+hours\s+of\s+(?P<wd>" + WEEKDAY_ALT + r")\b", re.I), "weekday"),
    (re.compile(r"\b(?:at|over|during|on)\s+the\s+weekend\b|\blast\s+weekend\b|\bthis\s+weekend\b", re.I), "weekend"),
    (re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day)\b|\bin\s+(?:a|one)\s+(?:single\s+)?day\b(?!\s+or\b)", re.I), "past_day"),
    (re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:week|seven days|7 days)\b|\b(?:over|during)\s+the\s+week\b(?!\s+(?:of|ahead|before|after|to come|that|when|in which|starting|beginning)\b)(?!['’])|\b(?:in|within|during)\s+(?:a|one)\s+(?:single\s+)?week\b(?!\s+(?:or|from|after|before|time))", re.I), "past_week"),
    (re.compile(r"(?<!the )\blast week\b|\bthe previous week\b|\bthe week before\b", re.I), "last_week"),
    (re.compile(r"\bthis week\b|\bearlier this week\b", re.I), "this_week"),
    (re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:month|30 days)\b", re.I), "past_month"),
    (re.compile(r"(?<!the )\blast month\b|\bthe previous month\b", re.I), "last_month"),
    (re.compile(r"\bthis month\b", re.I), "this_month"),
    (re.compile(r"\b(?:as of\s+)?tomorrow\b", re.I), "tomorrow"),
    # "outages will be introduced from Sunday", "starting Monday": a weekday the schedule begins (to come)
    (re.compile(r"\b(?:from|starting(?:\s+(?:from|on))?|beginning(?:\s+on)?|as of)\s+(?:this\s+|next\s+)?(?P<wd>" + WEEKDAY_ALT + r")\b(?!['’]s\b|\s+(?:to|until|till|through|and|into|night|morning|evening|afternoon|(?:\w+\s+)?(?:attacks?|strikes?|shelling|bombing|raids?))\b|\s*[-–]\s*\w)", re.I), "from_weekday"),
    # ("two days before a parade on Red Square", "the day before the talks": before another event, not the report;
    # "a day before the Prime Minister arrived in Kyiv" counts from that told arrival, the report's day)
    (re.compile(r"\b(?:(?P<n>\d{1,2}|two|three|four|five|six)\s+days\s+(?:earlier|ago|before" + _BEFORE_AN_EVENT + r")|the\s+day\s+before\s+yesterday)\b", re.I), "days_ago"),
    (re.compile(r"\byesterday\b|\bthe\s+(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b" + _BEFORE_AN_EVENT + r"|\b(?:a|one)\s+day\s+(?:earlier|before\b" + _BEFORE_AN_EVENT + r")", re.I), "yesterday"),
    (re.compile(r"\b(?:overnight|last night|tonight|this morning|today|earlier today|this afternoon|this evening|early hours|at night|during the night|nighttime|night-time)\b", re.I), "today"),
    (re.compile(r"\b(?:on|last|this|late|early)\s+(?:(?:the\s+)?night\s+(?:of|to)\s+)?(?P<wd>" + WEEKDAY_ALT + r")(?:\s+(?:night|morning|evening|afternoon))?\b", re.I), "weekday"),
    (re.compile(r"\b(?P<wd>" + WEEKDAY_ALT + r")(?:\s+(?:night|morning|evening|afternoon))\b", re.I), "weekday"),
    # wire style, a weekday right after the verb: "the ministry said Sunday that", "troops captured Monday"
    (re.compile(r"\b(?P<verb>said|says|announced|claimed|reported|told|added|stated|wrote|confirmed|denied|warned|acknowledged|"
                r"insisted|declared|vowed|agreed|signed|met|approved|voted|launched|attacked|struck|shelled|killed|downed|captured|"
                r"seized|retook|hit|arrested|detained|rallied|protested|gathered|exchanged|swapped|spent|held|visited|arrived|hosted|"
                r"fired|bombed|wounded|injured|exploded|resumed|began)\s+(?P<wd>" + WEEKDAY_ALT
                + r")\b(?!['’])", re.I), "weekday"),
    # "Sunday's missile strike", "Friday's attack": the day the thing named happened
    (re.compile(r"\b(?P<wd>" + WEEKDAY_ALT + r")['’]s\b", re.I), "weekday"),
]


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: Optional[dt.date]
    date_end: Optional[dt.date] = None
    precision: str = "day"  # day, week, month, range, unknown
    kind: str = "absolute"  # absolute, relative, period, unresolved


def _month_num(m: re.Match) -> int:
    if m.groupdict().get("monn"):
        return int(m.group("monn"))
    return month_number(m.group("mon"))


def _safe_date(y: int, mo: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _year_for(mo: int, d: int, ref: Optional[dt.date]) -> Optional[dt.date]:
    """A day-month without a year: the ref's year, or the previous one when that lands well
    after the reference date (a report speaks of the recent past)."""
    if ref is None:
        return None
    cand = _safe_date(ref.year, mo, d)
    if cand and cand > ref + dt.timedelta(days=31):
        cand = _safe_date(ref.year - 1, mo, d)
    return cand


_MON3 = r"(?:" + MONTH_ALT + r")"
_NIGHT_OF = re.compile(r"\b(?:night\s+(?:of|from)|overnight\s+(?:on|from|of))\s+(?:(?P<m1>" + _MON3 + r")\.?\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+" + _MON3 + r")?\s*(?:to|into|-|–|/|and)\s*"
                       r"(?:(?P<m2>" + _MON3 + r")\.?\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s+(?P<m3>" + _MON3 + r")\b)?", re.I)
_DAY_RANGE = re.compile(r"\b(?:(?:between|from)\s+(?P<m3>" + _MON3 + r")\.?\s+(?P<d1c>[0-3]?\d)\s+(?:and|to|until|through)\s+(?:" + _MON3 + r"\.?\s+)?(?P<d2c>[0-3]?\d)\b|(?P<m1>" + _MON3 + r")\.?\s+(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)\b(?!\s*(?:km|%|\d))|(?<![\d.])(?P<d1b>[0-3]?\d)\s*[-–]\s*(?P<d2b>[0-3]?\d)\s+(?P<m2>" + _MON3 + r")\b"
                        # "on December 2 and 3", "on 2 and 3 December": two days running (_AND_DAYS apart at most)
                        r"|(?P<m4>" + _MON3 + r")\.?\s+(?P<d1d>[0-3]?\d)\s+and\s+(?P<d2d>[0-3]?\d)\b(?!\s*(?:km|%|\d|(?!(?:but|as|when|while|after|before|in|near|on|at|along|around|according|and|the|with|without|to)\b)[a-z]+\b))"
                        r"|(?<![\d.])(?P<d1e>[0-3]?\d)\s+and\s+(?P<d2e>[0-3]?\d)\s+(?P<m5>" + _MON3 + r")\b)(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.I)
_AND_DAYS = 2
_DIGIT = re.compile(r"\d")
# the strings one of which every match of a date pattern contains (sitrep.nlp.prefilter)
_KEYWORDS = {p: keyword_set(p.pattern, p.flags) for p in (*ABS_PATTERNS, MONTH_YEAR, _DAY_RANGE, *(p for p, _ in REL_PATTERNS))}
_INDEX = KeywordIndex(_KEYWORDS.values())  # all their keywords in one pass over the text
# a season of a year: "in the winter of 2022-2023", "during summer 2023" (winter: December to February)
_SEASON_YEAR = re.compile(r"\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"  # (a preposition before it stays outside: "since the spring of 2022")
                          r"(?P<season>winter|summer|spring|autumn|fall)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b", re.I)
_SEASON_REL = re.compile(r"\b(?P<which>last)\s+(?P<season>winter|summer|spring|autumn|fall)\b", re.I)


def _season_span(season: str, year: int) -> tuple:
    """The first and last day of a season of a year (winter: December of ``year`` to February)."""
    if season == "winter":
        return dt.date(year, 12, 1), dt.date(year + 1, 3, 1) - dt.timedelta(days=1)
    mo = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[season]
    return dt.date(year, mo, 1), (dt.date(year, mo + 3, 1) if mo < 10 else dt.date(year, 12, 1)) - dt.timedelta(days=1)


_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_THIS_YEAR = re.compile(r"\b(?:this|last) (?:year|week|month)\b|\btoday\b|\bnow\b|\b(?:will|shall|scheduled|planned|due|upcoming|next)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|was to|scheduled|planned|due|expected|next|upcoming|coming|set to|from|"
                     r"until|till|tomorrow|tonight|as of)\b", re.I)


def in_story_year(m: DateMention, ref: Optional[dt.date], story_year: Optional[int], sentence: str = "",
                  told_in: Optional[int] = None) -> DateMention:
    """A day-month without a year that lands after the report ("On March 10, the ministers met",
    read in a February report's timeline) is in the past: the year the narrative is in (the last
    year the text named, when before the report's), else the year before. A sentence about what
    is to come ("talks are scheduled for March 10") keeps it. ``told_in``: a past year the two
    sentences before named (not "since 2022"): a day-month of this year is of that year's story
    ("The June 2024 summit .... On February 18, delegations met in Riyadh")."""
    if m.date is None or ref is None or m.kind != "absolute" or _HAS_YEAR.search(m.text):
        return m
    if sentence and re.match(r"\s+(?:of\s+)?last\s+year\b", sentence[m.end:m.end + 20], re.I):
        day = _safe_date(ref.year - 1, m.date.month, m.date.day)  # "killed there on 27 June last year"
        return m if day is None else replace(m, date=day, date_end=None)
    if m.date <= ref:
        if told_in is None or told_in >= ref.year or m.date.year != ref.year or _THIS_YEAR.search(sentence):
            return m
        day = _safe_date(told_in, m.date.month, m.date.day)
        return m if day is None else replace(m, date=day, date_end=None)
    if _FUTURE.search(sentence):
        return m
    shift = m.date.year - (story_year if story_year and story_year < ref.year else m.date.year - 1)
    day = _safe_date(m.date.year - shift, m.date.month, m.date.day)
    end = _safe_date(m.date_end.year - shift, m.date_end.month, m.date_end.day) if m.date_end else None
    return m if day is None else replace(m, date=day, date_end=end)


def find_dates(text: str, ref: Optional[dt.date] = None) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    low = fold_text(text)
    present = _INDEX.present(low) if low is not None else None
    if ref is not None and "night" in text:
        for m in _NIGHT_OF.finditer(text):  # "the night of June 13 to 14": the morning it ended
            mo_word = m.group("m2") or m.group("m3") or m.group("m1")
            day = _year_for(month_number(mo_word), int(m.group("d2")), ref) if mo_word else None
            if day is not None:
                out.append(DateMention(m.start(), m.end(), m.group(0), day, None, "day", "absolute"))
                taken.append((m.start(), m.end()))
    if ref is not None and ("-" in text or "–" in text or "between" in text or "from" in text or " and " in text) \
            and may_match_any(_KEYWORDS[_DAY_RANGE], present) and _DIGIT.search(text):  # (a month's name and a day)
        for m in _DAY_RANGE.finditer(text):  # "on Feb. 3-4", "on 3–4 March": two days, a range
            if not free(m.start(), m.end()):
                continue
            mo = month_number(m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5"))
            d1 = int(m.group("d1") or m.group("d1b") or m.group("d1c") or m.group("d1d") or m.group("d1e"))
            d2 = int(m.group("d2") or m.group("d2b") or m.group("d2c") or m.group("d2d") or m.group("d2e"))
            if (m.group("d1d") or m.group("d1e")) and not 0 < d2 - d1 <= _AND_DAYS:
                continue  # ("on 5 and 12 March": two days, not a stretch)
            if m.group("y"):
                a, b = _safe_date(int(m.group("y")), mo, d1), _safe_date(int(m.group("y")), mo, d2)
            else:
                a, b = _year_for(mo, d1, ref), _year_for(mo, d2, ref)
            if a is not None and b is not None and 0 < (b - a).days <= 14:
                out.append(DateMention(m.start(), m.end(), m.group(0), a, b, "range", "period"))
                taken.append((m.start(), m.end()))
    for pat in ABS_PATTERNS:
        if not may_match_any(_KEYWORDS[pat], present):
            continue  # none of the words (month names, digits) every match contains
        for m in pat.finditer(text):
            if not free(m.start(), m.end()):
                continue
            try:
                mo = _month_num(m)
            except (KeyError, ValueError):
                continue
            d = int(m.group("day"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            if m.groupdict().get("mon") and m.group("mon").lower() == "may" and not m.group("year"):
                # "may" is a verb far more often than a month without a year ("12 may have reached")
                if m.group("mon") == "may" or not re.search(r"\b(?:on|since|until|from|by)\s+$", text[max(0, m.start() - 8):m.start()], re.I) and not re.match(r"\d", m.group(0)):
                    continue
            if m.groupdict().get("year"):
                day = _safe_date(int(m.group("year")), mo, d)
                kind = "absolute"
            else:
                day = _year_for(mo, d, ref)
                kind = "absolute" if day else "unresolved"
            out.append(DateMention(m.start(), m.end(), m.group(0), day, None, "day" if day else "unknown", kind))
            taken.append((m.start(), m.end()))
    for m in (MONTH_YEAR.finditer(text) if may_match_any(_KEYWORDS[MONTH_YEAR], present) else ()):
        if not free(m.start(), m.end()):
            continue
        mo = _month_num(m)
        y = int(m.group("year"))
        first = dt.date(y, mo, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        out.append(DateMention(m.start(), m.end(), m.group(0), first, last, "month", "period"))
        taken.append((m.start(), m.end()))
    for m in (_SEASON_YEAR.finditer(text) if ("inter" in text or "ummer" in text or "pring" in text or "utumn" in text or "all " in text) else ()):
        if not free(m.start(), m.end()):
            continue  # "in the winter of 2022-2023", "summer 2023": that season
        first, last = _season_span(m.group("season").lower(), int(m.group("year")))
        out.append(DateMention(m.start(), m.end(), m.group(0), first, last, "month", "period"))
        taken.append((m.start(), m.end()))
    for m in (_SEASON_REL.finditer(text) if ref is not None and ("last" in text or "this" in text or "Last" in text or "This" in text) else ()):
        if not free(m.start(), m.end()):
            continue  # "last spring", "this winter": that season before the report (or the current one)
        season, which = m.group("season").lower(), m.group("which").lower()
        first, last = _season_span(season, ref.year - 1 if season == "winter" and ref.month <= 2 else ref.year)
        if which == "last":  # the latest one over before the report ("this" one may still be running or to come)
            while last >= ref:
                first, last = _season_span(season, first.year - 1)
        out.append(DateMention(m.start(), m.end(), m.group(0), first, min(last, ref) if first <= ref else last, "month", "period"))
        taken.append((m.start(), m.end()))
    for m in (_MONTH_ALONE.finditer(text) if ref is not None and may_match_any(_KEYWORDS[MONTH_YEAR], present) else ()):
        if not free(m.start(), m.end()) or not m.group("mon")[0].isupper():
            continue  # "in may" is no month
        mo = _month_num(m)
        first = _month_in_past(mo, ref, future=bool(_FUTURE.search(text)))
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        out.append(DateMention(m.start(), m.end(), m.group(0), first, min(last, ref) if first <= ref else last, "month", "period"))
        taken.append((m.start(), m.end()))
    for pat, kind in REL_PATTERNS:
        if not may_match_any(_KEYWORDS[pat], present):
            continue
        for m in pat.finditer(text):
            if not free(m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            out.append(_resolve_relative(m, kind, ref))
    out.sort(key=lambda x: x.start)
    # "July 5 to August 23, 1943": the year written at the end of a range is its start's too
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind == "absolute" and b.kind == "absolute" and a.date and b.date and a.date.year != b.date.year \
                and not _HAS_YEAR.search(a.text) and _HAS_YEAR.search(b.text) \
                and re.fullmatch(r"\s*(?:to|and|until|till|through|-|–|—)\s*", text[a.end:b.start]):
            start = _safe_date(b.date.year, a.date.month, a.date.day)
            if start is not None and start <= b.date:
                out[k] = replace(a, date=start)
    return out


# a month named without a day or year ("killed in May", "during October"): that month of the report's
# year, or of the year before when it is still to come (a report speaks of the recent past)
_MONTH_ALONE = re.compile(r"\b(?:in|during|throughout|over|for)\s+(?:the\s+month\s+of\s+)?(?:(?:early|late|mid-?)\s*)?"
                          + MON_G + r"\b(?!\s*\d)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)", re.I)


def _month_in_past(mo: int, ref: dt.date, future: bool = False) -> dt.date:
    """The first day of the month ``mo`` nearest before ``ref`` (the report's own month counts),
    or after it in a sentence about what is to come."""
    year = ref.year if mo <= ref.month or future else ref.year - 1
    return dt.date(year, mo, 1)


# a clause about what is to come, before a weekday: "outages will apply on Wednesday"
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|(?:is|are) (?:due|scheduled|set|expected|planned) to|(?:is|are) to)\b(?![^.;]*\b(?:said|says|told)\b[^.;]*$)[^.;]*$", re.I)


def _resolve_relative(m: re.Match, kind: str, ref: Optional[dt.date]) -> DateMention:
    s, e, t = m.start(), m.end(), m.group(0)
    if m.groupdict().get("verb"):  # "said Sunday": the mention is the weekday, the verb stays the sentence's
        s, t = m.start("wd"), m.group("wd")
    if ref is None:
        return DateMention(s, e, t, None, None, "unknown", "unresolved")
    if kind == "today":
        return DateMention(s, e, t, ref, None, "day", "relative")
    if kind == "yesterday":
        return DateMention(s, e, t, ref - dt.timedelta(days=1), None, "day", "relative")
    if kind == "days_ago":
        n = m.group("n")
        days = 2 if n is None else int(n) if n.isdigit() else _SMALL_NUMBERS[n.lower()]
        return DateMention(s, e, t, ref - dt.timedelta(days=days), None, "day", "relative")
    if kind == "from_weekday":
        ahead = (WEEKDAYS[m.group("wd").lower()] - ref.weekday()) % 7
        return DateMention(s, e, t, ref + dt.timedelta(days=ahead), None, "day", "relative")
    if kind == "tomorrow":
        return DateMention(s, e, t, ref + dt.timedelta(days=1), None, "day", "relative")
    if kind == "weekday":
        wd = WEEKDAYS[m.group("wd").lower()]
        back = (ref.weekday() - wd) % 7
        if re.match(r"next\b", t, re.I):
            back = -((wd - ref.weekday()) % 7 or 7)
        elif back == 0 and re.match(r"last\b", t, re.I):
            back = 7  # "last Wednesday" in a Wednesday's report: the one a week before
        elif back and _WILL_BEFORE.search(m.string, max(0, s - 80), s):
            back = -((wd - ref.weekday()) % 7)  # "schedules would apply in all regions on Wednesday": the one to come
        return DateMention(s, e, t, ref - dt.timedelta(days=back), None, "day", "relative")
    if kind == "weekend":  # the Saturday and Sunday before the report (or its own weekend, to the report's day)
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
        if t.lower().startswith("last") and ref.weekday() >= 5:
            saturday -= dt.timedelta(days=7)  # "last weekend" in a weekend's report: the one before
        return DateMention(s, e, t, saturday, min(saturday + dt.timedelta(days=1), ref), "range", "period")
    if kind == "past_day":
        return DateMention(s, e, t, ref - dt.timedelta(days=1), ref, "range", "period")
    if kind == "past_week":  # the seven days to the report's ("over the week" of a weekly summary too; the seed's gold reads it so)
        return DateMention(s, e, t, ref - dt.timedelta(days=6), ref, "week", "period")
    if kind == "last_week":  # the calendar week before the report's (Monday to Sunday)
        monday = ref - dt.timedelta(days=ref.weekday() + 7)
        return DateMention(s, e, t, monday, monday + dt.timedelta(days=6), "week", "period")
    if kind == "this_week":  # Monday of the report's week to the report's day
        return DateMention(s, e, t, ref - dt.timedelta(days=ref.weekday()), ref, "week", "period")
    if kind == "past_month":
        return DateMention(s, e, t, ref - dt.timedelta(days=29), ref, "month", "period")
    if kind == "last_month":  # the calendar month before the report's
        end = ref.replace(day=1) - dt.timedelta(days=1)
        return DateMention(s, e, t, end.replace(day=1), end, "month", "period")
    if kind == "this_month":  # the report's month, to the report's day
        return DateMention(s, e, t, ref.replace(day=1), ref, "month", "period")
    return DateMention(s, e, t, None, None, "unknown", "unresolved")


_TOMORROW_DM = re.compile(r"\btomorrow,?\s+(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON, re.I)
_TOMORROW_MD = re.compile(r"\btomorrow,?\s+" + _MON + r"\s+" + _DAY, re.I)
_TODAY_DM = re.compile(r"\b(?:today|this morning|tonight),?\s+(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON, re.I)
_YESTERDAY_DM = re.compile(r"\byesterday,?\s+(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON, re.I)
_WAR_AGE = re.compile(r"\b(?P<q>nearly|almost|more than|over)?\s*(?P<n>two|three|four|five|\d)[- ]year[- ]long\b[^.]{0,40}\b(?:invasion|war|conflict)", re.I)
_NUM = {"two": 2, "three": 3, "four": 4, "five": 5}


def infer_reference_date(text: str) -> Optional[dt.date]:
    """The publication day implied by the text ("As of tomorrow, 18 November" => 17 November),
    or None. The year comes from an explicit year in the text, or from the age of the war the
    text states ("the nearly three-year-long invasion"); without either, None."""
    for pat, shift in ((_TOMORROW_DM, -1), (_TOMORROW_MD, -1), (_TODAY_DM, 0), (_YESTERDAY_DM, 1)):
        m = pat.search(text)
        if not m:
            continue
        mo, d = _month_num(m), int(m.group("day"))
        for year in _candidate_years(text, mo, d):
            day = _safe_date(year, mo, d)
            if day:
                return day + dt.timedelta(days=shift)
    return None


def _candidate_years(text: str, mo: int, d: int) -> list[int]:
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", text)]
    if years:
        return [max(years)]
    m = _WAR_AGE.search(text)
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else _NUM[m.group("n").lower()]
        lo = INVASION_START.replace(year=INVASION_START.year + n - (1 if m.group("q") and m.group("q").lower() in ("nearly", "almost") else 0))
        if m.group("q") and m.group("q").lower() in ("nearly", "almost"):
            hi = INVASION_START.replace(year=INVASION_START.year + n)
        else:
            hi = INVASION_START.replace(year=INVASION_START.year + n + 1)
        return [y for y in range(lo.year, hi.year + 1) if (c := _safe_date(y, mo, d)) and lo <= c < hi]
    return []


def parse_iso(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# a day told from the story's last day, not from the report's: "The day before, ...", "The next day, ...",
# "on the same day" (the offset in days from the day the sentences before named)
_DAY_ANAPHOR = Gated(re.compile(r"\b(?P<before>the day before|the previous day|a day earlier|the day earlier|the eve)\b|"
                                r"\b(?P<after>the next day|the following day|a day later|the day after)\b(?!\s+(?:tomorrow|the|a|an|its|his|her|their)\b)|"
                                r"\b(?P<same>(?:on |in )?the same (?:day|night|morning|evening|afternoon)|(?:later|earlier) that day|that same day|(?:later |earlier )?that (?:same )?(?:night|evening|morning|afternoon))\b", re.I))


def day_anaphor(sentence: str) -> Optional[tuple[int, re.Match]]:
    """(offset in days, match) of a day named from the story's last day, else None."""
    m = _DAY_ANAPHOR.search(sentence)
    if m is None:
        return None
    return (-1 if m.group("before") else 1 if m.group("after") else 0), m
