"""The one home of the calendar words and absolute-date regexes (standard library only).

Imports flow ingest -> nlp -> geo -> extract, so these tables live in the lowest stage:
:mod:`sitrep.ingest.dates` (metadata dates), :mod:`sitrep.nlp.dates` (date mentions in text) and the
boilerplate macros of :mod:`sitrep.ingest.clean` all build on them instead of keeping their own copies.

Tables
    MONTH_NAMES, WEEKDAY_NAMES   the English names in calendar order
    MONTHS                       full month name -> 1..12
    MONTH_ABBR                   three-letter abbreviations (plus "sept") -> 1..12
    MONTH_LOOKUP                 every month word the regexes accept (full or abbreviated) -> 1..12
    WEEKDAYS                     full weekday name -> 0 (Monday) .. 6 (Sunday), like ``date.weekday()``
    WEEKDAY_ABBR                 abbreviations (mon, tue, tues, ...) -> 0..6

Regex sources (strings, to be compiled with ``re.IGNORECASE``; the full names come first in every
alternation, so the longest word wins)
    MONTH_ALT / WEEKDAY_ALT      bare alternations of the month words / full weekday names
    MONTH_RE                     a month word with an optional dot, non-capturing ("Sept.", "March")
    WEEKDAY_RE                   a weekday, abbreviated or not, with an optional dot ("Tue.", "Sunday")
    DATE_RE                      a whole written date with a year: "Monday, March 3, 2025", "3 March 2025",
                                 "2025-03-03", "03.03.2025", "03/03/2025" (non-capturing)
    MON_G, DAY_G, YEAR_G         named-group pieces (``mon``, ``day``, ``year``) for date mentions in text

Compiled patterns
    ISO_DATE, MDY_DATE, DMY_DATE, DOTTED_DATE, SLASHED_DATE   metadata dates with a year, positional groups
    TEXT_DATE_PATTERNS           date mentions in running text, named groups (day, mon | monn, year?), in
                                 the order they are tried: "30 and 31 August" (first day of a span),
                                 "15 March [2024]", "March 15[, 2024]", "2024-03-15", "15.03.2024"
    MONTH_YEAR                   "in/during/since/of/from March 2024" (a month-long period)
"""
from __future__ import annotations

import re

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
MONTH_LOOKUP = MONTHS | MONTH_ABBR
WEEKDAYS = {d: i for i, d in enumerate(WEEKDAY_NAMES)}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                "sun": 6}

# "may" is both a full name and its own abbreviation: it appears once. "sept" before "sep", so the
# longer word is tried first (the trailing \.? and \b of the users backtrack to the shorter one).
MONTH_ALT = "|".join(MONTH_NAMES + ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                                    "dec"))
WEEKDAY_ALT = "|".join(WEEKDAY_NAMES)

MONTH_RE = r"(?:" + MONTH_ALT + r")\.?"
WEEKDAY_RE = (r"(?:" + "|".join(("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))
              + "|" + WEEKDAY_ALT + r")\.?")
_ORD = r"(?:st|nd|rd|th)?"  # an ordinal suffix: 1st, 2nd, 3rd, 4th
DATE_RE = (
    r"(?:(?:" + WEEKDAY_RE + r",?\s+)?(?:" + MONTH_RE + r"\s+\d{1,2}" + _ORD + r",?\s+\d{4}|\d{1,2}" + _ORD + r"\s+"
    + MONTH_RE + r",?\s+\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
)

MON_G = r"(?P<mon>" + MONTH_ALT + r")\.?"
DAY_G = r"(?P<day>[0-3]?\d)" + _ORD
YEAR_G = r"(?P<year>(?:19|20)\d\d)"

# --- metadata dates (sitrep.ingest.dates): a year is required; groups are positional
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
MDY_DATE = re.compile(r"\b(" + MONTH_RE + r")\s+(\d{1,2})" + _ORD + r",?\s+(\d{4})\b", re.IGNORECASE)
DMY_DATE = re.compile(r"\b(\d{1,2})" + _ORD + r"\s+(" + MONTH_RE + r"),?\s+(\d{4})\b", re.IGNORECASE)
DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")

# --- date mentions in running text (sitrep.nlp.dates): the year may be missing; groups are named
TEXT_DATE_PATTERNS = [
    # "30 and 31 August": the first day of a span
    re.compile(r"\b(?P<day>[0-3]?\d)" + _ORD + r"\s+(?:and|-|–|to)\s+[0-3]?\d" + _ORD + r"\s+(?:of\s+)?" + MON_G
               + r"(?:,?\s+" + YEAR_G + r")?\b", re.I),
    re.compile(r"\b" + DAY_G + r"\s+(?:of\s+)?" + MON_G + r"(?:,?\s+" + YEAR_G + r")?\b", re.I),
    re.compile(r"\b" + MON_G + r"\s+" + DAY_G + r"(?:,?\s+" + YEAR_G + r")?\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monn>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<monn>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    # an incident log's entry day, "DD.MM" opening an entry or a column ("08.06 — Shebekino: ...",
    # "HT-0231<tab>14.03<tab>Kharkiv", "04.10 | Nikopol | ..."): the year is the report's (or the one before)
    # "24.09 · Makiivka · ...", a day heading "Fri 15.04" on its own line
    re.compile(r"(?:^|(?<=[\t\n])|(?<=\| ))(?P<day>[0-3]?\d)\.(?P<monn>[01]?\d)(?=\s*(?:[—–|\t:·•]|-\s)|\s+[0-2]?\d:[0-5]\d\b)", re.M),
    # (also set between dashes: "— Sat 19.08 —")
    re.compile(r"(?:(?<=^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )|(?<=^[—–-] (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ))(?P<day>[0-3]?\d)\.(?P<monn>[01]?\d)(?=[ \t]*(?:[—–-][ \t]*)?$)", re.M),
]
# a weekday, full or cut ("Tue", "Thurs", "Saturday"): the one list of a log's short day heading ("Tue 18.07",
# "— Sat 19.08 —"), read by the cleaner (sitrep.ingest.boilerplate) and the day sections (sitrep.extract.sections)
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
SHORT_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|" + WEEKDAY_NAME + r")"
MONTH_YEAR = re.compile(r"\b(?:in|during|since|of|from)\s+" + MON_G + r"\s+" + YEAR_G + r"\b", re.I)


def month_number(word: str) -> int:
    """1..12 for a month word as the regexes match it ("Sept.", "march"); KeyError for anything else.

    A word the case-insensitive regexes matched may lower-case to something longer than it looks
    ("APR\u0130L" -> "apri\u0307l"): its first three letters ("sept": four) still name the month."""
    key = word.lower().rstrip(".")
    return MONTH_LOOKUP.get(key) or MONTH_ABBR[key[:4] if key.startswith("sept") else key[:3]]
