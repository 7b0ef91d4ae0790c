"""Revisions: the same report re-published with changed facts.

A near-duplicate article (MinHash >= 0.8) whose extracted facts are the same as the stored
document's is one more publication of it (a source). When its facts differ (an event's type,
place or counts: a death toll raised in an update, a place corrected) it is a *revision*: its
events are stored and each joins the canonical event of the report it revises, even when the
new figure is far from the old one (which two independent reports could not be).

Pure functions over :class:`sitrep.model.Event` records.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from sitrep.model import Count, Event
from sitrep.reconcile.cluster import days_apart, same_place, type_family


def _count_key(c: Count | None) -> tuple | None:
    return None if c is None else (c.low, c.best, c.high, c.qualifier)


def _place_key(e: Event) -> tuple | None:
    loc = e.location
    if loc is None:
        return None
    return (loc.country_code, loc.admin1_code, (loc.name or "").casefold(), loc.precision)


def fact_key(e: Event) -> tuple:
    """What a revision may change: type, place and counts (not wording, claims or dates)."""
    weapons = sorted((w.category, (w.model or "").casefold(), _count_key(w.launched),
                      _count_key(w.intercepted)) for w in e.weapons)
    return (e.event_type, e.is_aggregate, _place_key(e), _count_key(e.fatalities),
            _count_key(e.injured), _count_key(e.missing), tuple(weapons))


def facts_differ(new: Sequence[Event], old: Sequence[Event]) -> bool:
    """True when the two documents' events differ in type, place or counts (as multisets)."""
    return Counter(map(fact_key, new)) != Counter(map(fact_key, old))


def _compatible(a: Event, b: Event) -> bool:
    if type_family(a.event_type) != type_family(b.event_type) or a.is_aggregate != b.is_aggregate:
        return False
    gap = days_apart(a.date, b.date)
    return gap is None if not (a.date and b.date) else gap <= 1


def pair_revision(new: Sequence[Event], old: Sequence[Event]) -> dict[int, int]:
    """Which stored event (index in ``old``) each revised event (index in ``new``) revises.

    First the same type family at the same place (same type preferred); then what is left of
    each type family pairs in document order (a corrected place). Unpaired events are new
    incidents (or reports the revision dropped)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for i, a in enumerate(new):
            if i in pairs:
                continue
            for j, b in enumerate(old):
                if j in used or not _compatible(a, b) or (exact and a.event_type != b.event_type):
                    continue
                if a.location is b.location is None or same_place(a.location, b.location):
                    pairs[i] = j
                    used.add(j)
                    break
    for i, a in enumerate(new):
        if i in pairs:
            continue
        for j, b in enumerate(old):
            if j not in used and _compatible(a, b):
                pairs[i] = j
                used.add(j)
                break
    return pairs
