"""Event filters and keyset cursors: parsing and validation of user-supplied filter values."""
from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from datetime import date as _date, datetime, timezone
from typing import Any

MAX_LIMIT = 1000
MAX_PK = 2**63 - 1  # the largest row id any of our databases stores
MAX_CURSOR_DAY = 40
REVIEW_STATUSES = ("unreviewed", "verified", "corrected", "rejected")


class FilterError(ValueError):
    """A filter value that cannot be used (bad date, bbox, cursor...)."""


@dataclass
class EventFilter:
    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    admin1: str | None = None
    side: str | None = None
    text: str | None = None
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | str | None = None
    updated_since: datetime | str | None = None
    limit: int | None = 100
    cursor: str | None = None
    review_status: str | None = None  # comma-separated: unreviewed, verified, corrected, rejected
    include_rejected: bool = False

    def normalised(self) -> "EventFilter":
        f = EventFilter(**self.__dict__)
        f.date_from = _check_day(f.date_from, "date_from")
        f.date_to = _check_day(f.date_to, "date_to")
        if isinstance(f.bbox, str):
            f.bbox = parse_bbox(f.bbox)
        if f.bbox is not None:
            b = tuple(float(x) for x in f.bbox)
            if len(b) != 4 or b[0] > b[2] or b[1] > b[3]:
                raise FilterError("bbox must be minLon,minLat,maxLon,maxLat with min <= max")
            f.bbox = b  # type: ignore[assignment]
        if isinstance(f.updated_since, str):
            f.updated_since = parse_datetime(f.updated_since)
        elif isinstance(f.updated_since, datetime):
            f.updated_since = _naive_utc(f.updated_since)
        if f.min_fatalities is not None:
            f.min_fatalities = int(f.min_fatalities)
        if f.limit is not None:
            f.limit = max(1, min(int(f.limit), MAX_LIMIT))
        if f.cursor is not None:
            decode_cursor(f.cursor)
        if f.review_status is not None:
            parts = [x.strip() for x in str(f.review_status).split(",") if x.strip()]
            bad = [x for x in parts if x not in REVIEW_STATUSES]
            if bad:
                raise FilterError(f"review_status must be among {', '.join(REVIEW_STATUSES)}, not {bad[0]!r}")
            f.review_status = ",".join(parts) or None
        for name in ("event_type", "admin1", "side", "text"):
            v = getattr(f, name)
            if v is not None and not str(v).strip():
                setattr(f, name, None)
        check_values(f)
        return f


def check_values(f: EventFilter) -> None:
    """Unknown filter values are errors, not empty results: every event type must be one of
    :data:`sitrep.model.EVENT_TYPES`, ``admin1`` an ISO 3166-2 subdivision, ``side`` an ISO
    3166-1 alpha-2 country (all case-insensitive, normalised in place), and ``date_from`` not
    after ``date_to``. The message names the valid values."""
    from sitrep.model import EVENT_TYPES

    if f.event_type is not None:
        types = [t.strip().lower() for t in str(f.event_type).split(",") if t.strip()]
        bad = [t for t in types if t not in EVENT_TYPES]
        if bad:
            raise FilterError(f"unknown event type {', '.join(map(repr, bad))}; valid types: "
                              + ", ".join(EVENT_TYPES))
        f.event_type = ",".join(types) or None
    if f.admin1 is not None:
        code = str(f.admin1).strip().upper()
        codes = subdivision_codes()
        if code not in codes:
            country = code.split("-", 1)[0]
            same = sorted(c for c in codes if c.startswith(country + "-"))
            hint = (f"valid {country} codes: {', '.join(same)}" if same
                    else "use an ISO 3166-2 code such as UA-48 or RU-BEL")
            raise FilterError(f"unknown admin1 {f.admin1!r} (not an ISO 3166-2 subdivision); {hint}")
        f.admin1 = code
    if f.side is not None:
        side = str(f.side).strip().upper()
        if side not in country_codes():
            raise FilterError(f"unknown side {f.side!r}; use an ISO 3166-1 alpha-2 country code "
                              "such as UA or RU")
        f.side = side
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise FilterError(f"date_from {f.date_from} is after date_to {f.date_to}")


@lru_cache(maxsize=1)
def subdivision_codes() -> frozenset[str]:
    """Every ISO 3166-2 subdivision code (pycountry, the project's one source for them)."""
    import pycountry

    return frozenset(s.code.upper() for s in pycountry.subdivisions)


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2.upper() for c in pycountry.countries)


def _naive_utc(dt: datetime) -> datetime:
    if dt.tzinfo is not None:
        try:
            dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
        except OverflowError as exc:  # "0001-01-01T00:00:00+01:00" has no UTC equivalent
            raise FilterError(f"datetime out of range: {dt.isoformat()}") from exc
    return dt


def parse_datetime(s: str) -> datetime:
    try:
        t = s.strip()
        if t.endswith("Z") or t.endswith("z"):
            t = t[:-1] + "+00:00"
        return _naive_utc(datetime.fromisoformat(t))
    except FilterError:
        raise
    except (ValueError, AttributeError, OverflowError) as exc:
        raise FilterError(f"not an ISO datetime: {s!r}") from exc


def _check_day(v: Any, name: str) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, _date):
        return v.isoformat()[:10]
    try:
        return _date.fromisoformat(str(v).strip()).isoformat()
    except ValueError as exc:
        raise FilterError(f"{name} must be YYYY-MM-DD, got {v!r}") from exc


def parse_bbox(s: str) -> tuple[float, float, float, float]:
    parts = [p.strip() for p in s.split(",")]
    if len(parts) != 4:
        raise FilterError("bbox must be minLon,minLat,maxLon,maxLat")
    try:
        vals = tuple(float(p) for p in parts)
    except ValueError as exc:
        raise FilterError("bbox values must be numbers") from exc
    if not all(math.isfinite(v) for v in vals):
        raise FilterError("bbox values must be finite")
    return vals  # type: ignore[return-value]


def encode_cursor(day: str, pk: int) -> str:
    raw = json.dumps([day, pk], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cur: str) -> tuple[str, int]:
    try:
        pad = "=" * (-len(cur) % 4)
        day, pk = json.loads(base64.urlsafe_b64decode(cur + pad).decode())
        if not isinstance(day, str) or not isinstance(pk, int) or isinstance(pk, bool):
            raise ValueError
        if len(day) > MAX_CURSOR_DAY or not 0 <= pk <= MAX_PK:  # a crafted cursor, not ours
            raise ValueError
        return day, pk
    except (ValueError, TypeError, OverflowError, RecursionError, binascii.Error,
            UnicodeDecodeError) as exc:
        raise FilterError("invalid cursor") from exc
