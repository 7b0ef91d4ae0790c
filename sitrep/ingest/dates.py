"""Date normalisation for ingest metadata (ISO ``YYYY-MM-DD`` or None).

The month table and the date regexes are those of :mod:`sitrep.ingest.datetables`, the one home of the
calendar words shared with :mod:`sitrep.nlp.dates` and the boilerplate macros of :mod:`sitrep.ingest.clean`."""
from __future__ import annotations

import datetime as _dt
from email.utils import parsedate as parsedate_tuple
from typing import Optional

from .datetables import DMY_DATE as _DMY
from .datetables import DOTTED_DATE as _DOTTED
from .datetables import ISO_DATE as _ISO
from .datetables import MDY_DATE as _MDY
from .datetables import MONTH_LOOKUP as MONTHS  # noqa: F401  (re-exported: month word -> 1..12)
from .datetables import SLASHED_DATE as _SLASHED
from .datetables import month_number


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
        iso = _make(int(year), month_number(mon), int(day))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
    return best[1] if best else None
