"""Clustering reports of the same incident into canonical events.

Two event records *match* when they plausibly describe the same incident:

* they come from different documents (one article's events were split on purpose);
* same type family (outlets disagree whether a strike was a drone or a missile);
* same aggregate-ness, and no contradicting attacker side;
* same place: same ISO 3166-2 region (when both know it) and either within ~15 km or
  the same place name; region-only and country-only locations only match their like;
* dates at most one day apart (both known);
* compatible casualty counts (ranges overlap, or the larger is at most ~2x the smaller + 3);
* compatible launched-weapon counts per category (within ~20%) when both give them.

Clusters are built incrementally with complete linkage (a report joins a cluster only if it
matches every member), which is also what the store does on ingest. :func:`merge_cluster` builds the canonical record:
every claim kept, counts reconciled (low = min, high = max, best = most conservative
figure among credible claims, as ACLED does).
"""
from __future__ import annotations

import math
import unicodedata
from datetime import date as _date
from typing import Iterable, Sequence

from sitrep.model import Claim, Count, Event, Location, Weapon
from sitrep.geo.distance import haversine_km  # noqa: F401 (the one distance function; re-exported)

MAX_KM = 15.0
MAX_DAYS = 1

_FAMILIES: dict[str, str] = {
    "air_drone_strike": "remote_strike",
    "missile_artillery_strike": "remote_strike",
    "armed_clash": "ground",
    "attack_on_civilians": "civilians",
    "grenade": "remote_strike",
}


def type_family(event_type: str) -> str:
    return _FAMILIES.get(event_type, event_type)


def family_members(event_type: str) -> list[str]:
    fam = type_family(event_type)
    from sitrep.model import EVENT_TYPES
    return [t for t in EVENT_TYPES if type_family(t) == fam]




def _norm_name(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("’", "").replace("ʼ", "")
    return " ".join(s.replace("-", " ").split())


def _parse_day(d: str | None) -> _date | None:
    if not d:
        return None
    try:
        return _date.fromisoformat(d[:10])
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    da, db = _parse_day(a), _parse_day(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _level(loc: Location) -> str:
    if loc.precision >= 4:
        return "country"
    if loc.precision == 3:
        return "region"
    return "place"


def same_place(a: Location | None, b: Location | None, max_km: float = MAX_KM) -> bool:
    if a is None or b is None:
        return False
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    la, lb = _level(a), _level(b)
    if la != lb:
        return False
    if la == "country":
        return bool(a.country_code) and a.country_code == b.country_code
    if a.admin1_code and b.admin1_code and a.admin1_code != b.admin1_code:
        return False
    if la == "region":
        return bool(a.admin1_code) and a.admin1_code == b.admin1_code
    both_regions = bool(a.admin1_code and b.admin1_code)
    if None not in (a.lat, a.lon, b.lat, b.lon):
        if haversine_km(a.lat, a.lon, b.lat, b.lon) <= max_km:  # type: ignore[arg-type]
            return True
        # same name but coordinates far apart: a namesake elsewhere
        return False
    na, nb = _norm_name(a.name), _norm_name(b.name)
    return bool(na) and na == nb and both_regions


def _range(c: Count) -> tuple[float, float] | None:
    vals = [v for v in (c.low, c.best, c.high) if v is not None]
    if not vals:
        return None
    lo = c.low if c.low is not None else (c.best if c.best is not None else min(vals))
    hi = c.high if c.high is not None else (c.best if c.best is not None else math.inf)
    if c.qualifier == "at_least" and c.high is None:
        hi = math.inf
    return float(lo), float(hi)


def counts_compatible(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return True
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return True
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return True
    x = a.best if a.best is not None else ra[0]
    y = b.best if b.best is not None else rb[0]
    lo, hi = min(x, y), max(x, y)
    return hi <= 2 * lo + 3


def _launched(e: Event) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in e.weapons:
        if w.launched is not None and w.launched.best is not None:
            out[w.category] = out.get(w.category, 0) + w.launched.best
    return out


def weapons_compatible(a: Event, b: Event, tolerance: float = 0.2) -> bool:
    """Launched counts per weapon category, when both reports give one, agree within ~20%
    (two nationwide waves on consecutive nights differ by their numbers)."""
    la, lb = _launched(a), _launched(b)
    for cat in la.keys() & lb.keys():
        x, y = la[cat], lb[cat]
        if abs(x - y) > max(2, tolerance * max(x, y)):
            return False
    return True


def match(a: Event, b: Event, *, max_km: float = MAX_KM, max_days: int = MAX_DAYS) -> bool:
    """True when ``a`` and ``b`` plausibly report the same incident."""
    if a.doc_id == b.doc_id:
        return False
    if type_family(a.event_type) != type_family(b.event_type):
        return False
    if a.is_aggregate != b.is_aggregate:
        return False
    if a.actor1_side and b.actor1_side and a.actor1_side != b.actor1_side:
        return False
    gap = days_apart(a.date, b.date)
    if gap is None or gap > max_days:
        return False
    if (a.date_end or b.date_end) and days_apart(a.date_end or a.date, b.date_end or b.date) not in (0, 1):
        return False
    if not same_place(a.location, b.location, max_km):
        return False
    for field in ("fatalities", "injured"):
        if not counts_compatible(getattr(a, field), getattr(b, field)):
            return False
    return weapons_compatible(a, b)


def fits(new: Event, members: Sequence[Event]) -> bool:
    """Complete linkage: ``new`` matches every member of the cluster (so no chains drift
    day by day or kilometre by kilometre, and no cluster holds two events of one document)."""
    return bool(members) and all(match(new, m) for m in members)


def plan_assignment(new: Event, clusters: Sequence[Sequence[Event]]) -> list[int]:
    """Indices of the clusters ``new`` joins, the first being the one that absorbs the others.

    ``new`` joins every cluster it fits; several such clusters merge only when they also fit
    each other entirely (complete linkage). Empty: ``new`` starts its own cluster.
    """
    fitting = [i for i, c in enumerate(clusters) if fits(new, c)]
    chosen: list[int] = []
    for i in fitting:
        if all(all(match(a, b) for a in clusters[i] for b in clusters[j]) for j in chosen):
            chosen.append(i)
    return chosen


def cluster_events(events: Sequence[Event]) -> list[list[Event]]:
    """Incremental complete-linkage clustering, in input order (what the store does on ingest).

    Clusters are returned ordered by their first member, members in input order.
    """
    clusters: list[list[Event]] = []
    order: list[list[int]] = []
    for k, ev in enumerate(events):
        chosen = plan_assignment(ev, clusters)
        if not chosen:
            clusters.append([ev])
            order.append([k])
            continue
        head = chosen[0]
        for j in chosen[1:]:
            clusters[head].extend(clusters[j])
            order[head].extend(order[j])
        clusters[head].append(ev)
        order[head].append(k)
        for j in sorted(chosen[1:], reverse=True):
            del clusters[j]
            del order[j]
    out = []
    for c, o in zip(clusters, order):
        pairs = sorted(zip(o, c), key=lambda t: t[0])
        out.append((pairs[0][0], [e for _, e in pairs]))
    return [c for _, c in sorted(out, key=lambda t: t[0])]


def _credible(e: Event) -> bool:
    return not e.claims or any(c.certainty != "denied" for c in e.claims)


def merge_counts(counts: Iterable[Count | None], credible: Iterable[bool] | None = None) -> Count | None:
    """Reconcile several reports of one figure: low = min, high = max, best = min of credible bests."""
    items = list(counts)
    cred = list(credible) if credible is not None else [True] * len(items)
    present = [(c, ok) for c, ok in zip(items, cred) if c is not None]
    if not present:
        return None
    if len(present) == 1:
        return present[0][0].model_copy()
    lows = [c.low if c.low is not None else c.best for c, _ in present]
    lows = [v for v in lows if v is not None]
    highs = [c.high if c.high is not None else c.best for c, _ in present]
    highs = [v for v in highs if v is not None]
    unbounded = any(c.high is None and c.qualifier == "at_least" for c, _ in present)
    bests = [c.best for c, ok in present if ok and c.best is not None]
    if not bests:
        bests = [c.best for c, _ in present if c.best is not None]
    best = min(bests) if bests else None
    low = min(lows) if lows else None
    high = None if unbounded else (max(highs) if highs else None)
    if low is not None and best is not None and low > best:
        low = best
    if high is not None and best is not None and high < best:
        high = best
    quals = {c.qualifier for c, _ in present}
    if len(quals) == 1 and low == best == high:
        qualifier = quals.pop()
    elif low is not None and low == best == high:
        qualifier = "exact"
    elif best is None:
        qualifier = "unspecified"
    elif high is None:
        qualifier = "at_least"
    else:
        qualifier = "about"
    return Count(low=low, best=best, high=high, qualifier=qualifier)


def _merge_weapons(events: Sequence[Event], current: Sequence[bool] | None = None) -> list[Weapon]:
    """Weapons by (category, model); a superseded report's counts (``current`` False) widen
    the range but never give the best figure when a current report has one."""
    out: list[Weapon] = []
    seen: dict[tuple[str, str | None], int] = {}
    cur_flags: dict[int, bool] = {}
    for k, e in enumerate(events):
        ok = True if current is None else current[k]
        for w in e.weapons:
            key = (w.category, (w.model or "").casefold() or None)
            if key in seen:
                i = seen[key]
                cur = out[i]
                flags = [cur_flags[i], ok]
                out[i] = cur.model_copy(update={
                    "launched": merge_counts([cur.launched, w.launched], flags),
                    "intercepted": merge_counts([cur.intercepted, w.intercepted], flags),
                })
                cur_flags[i] = cur_flags[i] or ok
            else:
                seen[key] = len(out)
                cur_flags[len(out)] = ok
                out.append(w.model_copy())
    return out


def merge_cluster(events: Sequence[Event], superseded: Sequence[bool] | None = None) -> Event:
    """The canonical record of a cluster; the first event (earliest report) gives its id.

    Every member's claims are kept (each tagged with its document); conflicting counts are
    reconciled by :func:`merge_counts`; the most precise location and the earliest date win.
    A ``superseded`` member (its report was revised by a later one in the cluster) keeps its
    claims and widens low/high, but its figures are not the best.
    """
    if not events:
        raise ValueError("empty cluster")
    first = events[0]
    if len(events) == 1:
        ev = first.model_copy(deep=True)
        ev.claims = [c if c.doc_id else c.model_copy(update={"doc_id": first.doc_id}) for c in ev.claims]
        return ev
    current = [not x for x in superseded] if superseded is not None else [True] * len(events)
    cred = [_credible(e) and ok for e, ok in zip(events, current)]
    locs = [e.location for e in events if e.location is not None]
    loc = min(locs, key=lambda l: (l.precision, l.lat is None)) if locs else None
    dates = sorted(e.date for e in events if e.date)
    claims: list[Claim] = []
    seen: set[tuple] = set()
    for e in events:
        for c in e.claims:
            c2 = c if c.doc_id else c.model_copy(update={"doc_id": e.doc_id})
            key = (c2.doc_id, c2.start, c2.end, c2.quote)
            if key not in seen:
                seen.add(key)
                claims.append(c2)
    update = {
        "location": loc.model_copy() if loc else None,
        "date": first.date or (dates[0] if dates else None),
        "fatalities": merge_counts([e.fatalities for e in events], cred),
        "injured": merge_counts([e.injured for e in events], cred),
        "missing": merge_counts([e.missing for e in events], cred),
        "weapons": _merge_weapons(events, current),
        "claims": claims,
    }
    for f in ("actor1", "actor1_side", "actor2", "actor2_side", "target", "civilian_targeting"):
        if getattr(first, f) is None:
            for e in events[1:]:
                if getattr(e, f) is not None:
                    update[f] = getattr(e, f)
                    break
    return first.model_copy(update=update, deep=True)


def pairwise_scores(clusters: Sequence[Sequence[str]], labels: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of predicted clusters (event ids) against gold labels."""
    pred_pairs: set[tuple[str, str]] = set()
    for c in clusters:
        ids = sorted(c)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                pred_pairs.add((ids[i], ids[j]))
    gold_pairs: set[tuple[str, str]] = set()
    by_label: dict[str, list[str]] = {}
    for k, lab in labels.items():
        by_label.setdefault(lab, []).append(k)
    for ids in by_label.values():
        ids = sorted(ids)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                gold_pairs.add((ids[i], ids[j]))
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    return precision, recall
