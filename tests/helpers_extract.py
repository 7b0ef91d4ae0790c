"""Shared helpers for the extraction tests (no fixtures here: ``conftest.py`` belongs to others).

Everything in this module runs the library directly (no subprocess) so the default test run stays fast.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Iterable, Optional

from sitrep.extract.events import extract_events
from sitrep.model import EVENT_TYPES, Event

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reports"
EXAMPLES = REPO / "examples" / "reports"

QUALIFIERS = {"exact", "almost", "at_least", "at_most", "about", "unspecified"}
DATE_PRECISIONS = {"day", "week", "month", "range", "unknown"}
WEAPON_CATEGORIES = {"missile", "ballistic_missile", "cruise_missile", "drone", "guided_bomb",
                     "artillery", "mlrs", "aircraft", "mixed", "other"}
ADMIN1_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
SIDE_RE = re.compile(r"^[A-Z]{2}$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the EVENTS.md event line: field -> allowed JSON types
EVENT_FIELDS = {
    "doc_id": (str,), "event_id": (str,), "parent_id": (str, type(None)),
    "event_type": (str,), "acled_event_type": (str,), "acled_sub_event_type": (str,),
    "date": (str, type(None)), "date_end": (str, type(None)), "date_precision": (str,),
    "is_aggregate": (bool,), "actor1": (str, type(None)), "actor1_side": (str, type(None)),
    "actor2": (str, type(None)), "actor2_side": (str, type(None)),
    "location": (dict, type(None)), "fatalities": (dict, type(None)), "injured": (dict, type(None)),
    "civilian_targeting": (bool, type(None)), "target": (str, type(None)),
    "weapons": (list,), "claims": (list,),
}


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def run(text: str, ref: Optional[str] = "2025-03-10", doc_id: str = "t") -> list[Event]:
    """Events of one invented report (``ref`` is the publication day, ISO, or None).

    Every extraction run through here is also checked for span integrity (claims cut their quotes)."""
    events = extract_events(doc_id, text, D(ref) if ref else None)
    check_claim_spans(text, events)
    return events


def of_type(events: Iterable[Event], *types: str) -> list[Event]:
    return [e for e in events if e.event_type in types]


def only(events: list[Event], *types: str) -> Event:
    found = of_type(events, *types) if types else list(events)
    assert len(found) == 1, f"expected one {types or 'event'}, got {[summary(e) for e in events]}"
    return found[0]


def best(count) -> Optional[int]:
    return None if count is None else count.best


def summary(e: Event) -> str:
    loc = e.location
    w = ",".join(f"{x.category}:{best(x.launched)}/{best(x.intercepted)}" for x in e.weapons)
    return (f"{e.event_id}<{e.parent_id}> {e.event_type}[{e.acled_sub_event_type}] {e.date}..{e.date_end}/{e.date_precision}"
            f" agg={e.is_aggregate} a1={e.actor1_side} a2={e.actor2_side} "
            f"loc={loc.name if loc else None}/{loc.admin1_code if loc else None}/{loc.precision if loc else None} "
            f"k={best(e.fatalities)} i={best(e.injured)} w=[{w}] claims={len(e.claims)}")


def check_claim_spans(text: str, events: Iterable[Event], statements: Iterable = ()) -> None:
    """Every claim and statement cuts its quote out of ``text`` exactly."""
    for e in events:
        for c in e.claims:
            assert 0 <= c.start <= c.end <= len(text), (e.event_id, c)
            assert text[c.start:c.end] == c.quote, (e.event_id, c.start, c.end, c.quote, text[c.start:c.end])
    for s in statements:
        assert 0 <= s.start <= s.end <= len(text), s
        assert text[s.start:s.end] == s.quote, (s.start, s.end, s.quote, text[s.start:s.end])


def check_count(c: Optional[dict], where: str = "") -> None:
    """A count as JSON: null or {low, best, high, qualifier} following the qualifier's rule."""
    if c is None:
        return
    assert isinstance(c, dict), where
    assert set(c) >= {"low", "best", "high", "qualifier"}, (where, c)
    q = c["qualifier"]
    assert q in QUALIFIERS, (where, c)
    for k in ("low", "best", "high"):
        assert c[k] is None or (isinstance(c[k], int) and not isinstance(c[k], bool) and c[k] >= 0), (where, c)
    vals = [c[k] for k in ("low", "best", "high") if c[k] is not None]
    assert vals == sorted(vals), (where, c)
    if q == "exact":
        assert c["low"] == c["best"] == c["high"] is not None, (where, c)
    elif q == "almost":
        assert c["best"] is not None and c["high"] == c["best"] and c["low"] is None, (where, c)
    elif q == "at_least":
        assert c["best"] is not None and c["low"] == c["best"] and c["high"] is None, (where, c)
    elif q == "at_most":
        assert c["best"] is not None and c["high"] == c["best"] and c["low"] is None, (where, c)
    elif q == "about":
        assert c["best"] is not None, (where, c)
    elif q == "unspecified":
        assert c["best"] is None, (where, c)


def check_event_line(ev: dict) -> None:
    """One JSON event line against EVENTS.md (types and legal values)."""
    from sitrep.extract.lexicon import acled_types  # noqa: F401  (only to fail loudly if missing)

    where = ev.get("event_id", "?")
    assert ev.get("record", "event") == "event", where
    for f, types in EVENT_FIELDS.items():
        assert f in ev, (where, f"missing field {f}")
        assert isinstance(ev[f], types) and not (bool not in types and isinstance(ev[f], bool)), (where, f, ev[f])
    assert ev["event_type"] in EVENT_TYPES, (where, ev["event_type"])
    legal = legal_acled(ev["event_type"])
    assert (ev["acled_event_type"], ev["acled_sub_event_type"]) in legal, (where, ev["event_type"], ev["acled_sub_event_type"], legal)
    for f in ("date", "date_end"):
        if ev[f] is not None:
            assert ISO_RE.match(ev[f]), (where, f, ev[f])
            dt.date.fromisoformat(ev[f])
    assert ev["date_precision"] in DATE_PRECISIONS, (where, ev["date_precision"])
    if ev["date_end"] is not None:
        assert ev["date"] is not None and ev["date"] <= ev["date_end"], (where, ev["date"], ev["date_end"])
    if ev["date"] is None:
        assert ev["date_precision"] == "unknown", (where, ev["date_precision"])
    for f in ("actor1_side", "actor2_side"):
        assert ev[f] is None or SIDE_RE.match(ev[f]), (where, f, ev[f])
    loc = ev["location"]
    if loc is not None:
        assert isinstance(loc.get("precision"), int) and 1 <= loc["precision"] <= 4, (where, loc)
        if loc.get("admin1_code") is not None:
            assert ADMIN1_RE.match(loc["admin1_code"]), (where, loc["admin1_code"])
            if loc.get("country_code"):
                assert loc["admin1_code"].startswith(loc["country_code"] + "-"), (where, loc)
        if loc.get("country_code") is not None:
            assert SIDE_RE.match(loc["country_code"]), (where, loc)
        for k in ("lat", "lon"):
            assert loc.get(k) is None or isinstance(loc[k], (int, float)), (where, loc)
        if loc.get("lat") is not None:
            assert -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, (where, loc)
        assert loc.get("geonameid") is None or isinstance(loc["geonameid"], int), (where, loc)
    for f in ("fatalities", "injured"):
        check_count(ev[f], f"{where}.{f}")
    for w in ev["weapons"]:
        assert w["category"] in WEAPON_CATEGORIES, (where, w)
        assert w.get("model") is None or isinstance(w["model"], str), (where, w)
        check_count(w.get("launched"), f"{where}.launched")
        check_count(w.get("intercepted"), f"{where}.intercepted")
    for c in ev["claims"]:
        assert isinstance(c["quote"], str) and isinstance(c["start"], int) and isinstance(c["end"], int), (where, c)
        assert c.get("claimant_side") is None or SIDE_RE.match(c["claimant_side"]), (where, c)


def legal_acled(event_type: str) -> set[tuple[str, str]]:
    """The (acled_event_type, acled_sub_event_type) pairs the mapping table allows for a type."""
    from sitrep.extract.lexicon import acled_map

    return {v for (et, _variant), v in acled_map().items() if et == event_type}


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(ln) for ln in text.splitlines() if ln.strip()]
