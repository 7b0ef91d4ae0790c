"""Date normalisation for ingest metadata (ISO ``YYYY-MM-DD`` or None)."""
from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate as parsedate_tuple
from typing import Optional

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_MDY = re.compile(r"\b(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE)
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RE + r"),?\s+(\d{4})\b", re.IGNORECASE)
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _make(y: int, m: int, d: int) -> Optional[str]:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(value: object) -> Optional[str]:
    """Normalise a date-ish value (ISO timestamp, RFC 822, "March 14, 2025",
    "14 March 2025", "14.03.2025", a datetime/date or a time.struct_time) to YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if hasattr(value, "tm_year"):
        return _make(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
    s = str(value).strip()
    if not s:
        return None
    m = _ISO.search(s)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    found = find_text_date(s)
    if found:
        return found
    m = _DOTTED.search(s)
    if m:
        return _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _SLASHED.search(s)
    if m:  # only when unambiguous: 25/02/2022 (day first) or 02/25/2022 (month first)
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            return _make(y, b, a)
        if b > 12 >= a:
            return _make(y, a, b)
        if a == b:
            return _make(y, a, b)
        return None
    try:
        t = parsedate_tuple(s)
    except (TypeError, ValueError):
        t = None
    if t:
        return _make(t[0], t[1], t[2])
    return None


def find_text_date(s: str) -> Optional[str]:
    """The first written-out date ("March 14, 2025" / "14 March 2025") in ``s``."""
    best: Optional[tuple[int, str]] = None
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        m = rx.search(s)
        if not m:
            continue
        if order == "mdy":
            mon, day, year = m.group(1), m.group(2), m.group(3)
        else:
            day, mon, year = m.group(1), m.group(2), m.group(3)
        iso = _make(int(year), MONTHS[mon.lower().rstrip(".")], int(day))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
    return best[1] if best else None
