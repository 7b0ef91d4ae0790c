"""Analyst review, the read side: which human decision belongs to which canonical event, and
the overlay of those decisions on what the store reads and exports.

**Stable identity.** Canonical event ids are not stable on their own: a cluster's id is the
id of its first report, which changes when that report is deleted, when its cluster is
merged into another (a tombstone points the way) or when the document is re-extracted
(new report ids). A review therefore does not hang on the id alone. Each review
(:class:`~sitrep.store.review_models.ReviewRow`) keeps *anchors*, one per report of the
cluster at the time of the last decision: the report id, its document and a fingerprint
of its content (document id + event type + the quote of its first claim, which is the
sentence of the document that supports it). A review belongs to the canonical event whose
live reports match most of its anchors (2 points for a report id, 2 for a fingerprint
when the report id is gone, e.g. after a re-extraction), plus 1 point for the event its
``key`` leads to (the id it had, followed through merge tombstones). When two reviews land
on one event, the more recent decision wins. So re-ingesting (duplicates are skipped, new
reports join clusters), re-clustering (merges leave tombstones; a deleted first report
hands the cluster to the next) and re-extracting (same sentences, new ids) keep every
decision on its incident.

**Overlay.** Decisions are applied when events are read (:func:`overlay`, called by the
store's reads), never written into the extracted rows: the corrected fields replace the
machine's values, ``review_status`` is ``unreviewed``/``verified``/``corrected``/``rejected``
and ``review`` says who decided, when, why and what the machine said. Rejected events are
left out of default queries and exports (:func:`hidden_ids`). A verified event whose
machine facts changed since the decision (a new report, a re-extraction) goes back to
``unreviewed`` with ``review.needs_review``; a corrected one keeps its corrected values and
is flagged the same way when the facts it did not correct change.

The resolution is cached per store and recomputed only when events, tombstones or
reviews changed (one cheap query per read checks that).
"""
from __future__ import annotations

import hashlib
import threading
from collections import defaultdict
from typing import Any, Iterable, Sequence

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sitrep import model
from sitrep.store.models import ClaimRow, EventRow, Tombstone
from sitrep.store.review_models import ReviewAction, ReviewAnchor, ReviewRow

STATUSES = ("unreviewed", "verified", "corrected", "rejected")
# the EVENTS.md fields an analyst may correct
FIELDS = ("event_type", "acled_event_type", "acled_sub_event_type", "date", "date_end", "date_precision",
          "is_aggregate", "actor1", "actor1_side", "actor2", "actor2_side", "location", "fatalities",
          "injured", "missing", "civilian_targeting", "target", "weapons")
COUNT_FIELDS = ("fatalities", "injured", "missing")
CHUNK = 500
_cache_lock = threading.Lock()


# --------------------------------------------------------------------------- facts

def facts(ev: model.Event) -> dict[str, Any]:
    """The correctable fields of an event as JSON values (the snapshot a decision is taken on)."""
    out: dict[str, Any] = {}
    for f in FIELDS:
        v = getattr(ev, f)
        if f == "location":
            v = None if v is None else v.model_dump(mode="json", exclude={"geo_reason", "geo_confidence"})
        elif f == "weapons":
            v = [w.model_dump(mode="json") for w in v]
        elif isinstance(v, model.Record):
            v = v.model_dump(mode="json")
        out[f] = v
    return out


def to_values(overrides: dict[str, Any]) -> dict[str, Any]:
    """Stored override JSON -> values for ``model.Event.model_copy(update=...)``."""
    out: dict[str, Any] = {}
    for k, v in overrides.items():
        if k not in FIELDS:
            continue
        if k == "location":
            v = None if v is None else model.Location.model_validate(v)
        elif k in COUNT_FIELDS:
            v = None if v is None else model.Count.model_validate(v)
        elif k == "weapons":
            v = [model.Weapon.model_validate(w) for w in (v or [])]
        out[k] = v
    return out


def fingerprint(doc_id: str, event_type: str, quote: str | None) -> str:
    raw = "\x1f".join((doc_id, event_type, " ".join((quote or "").split())))
    return hashlib.sha1(raw.encode("utf-8", "replace")).hexdigest()


# --------------------------------------------------------------------------- resolution

def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def generation(s: Session) -> tuple:
    """Changes whenever events, tombstones or reviews change (all indexed maxima)."""
    # one maximum per SELECT: each is an index look-up (two in one SELECT scan the table)
    return tuple(s.execute(select(*(select(func.max(c)).scalar_subquery() for c in (
        EventRow.id, EventRow.updated_at, Tombstone.id, ReviewAction.id, ReviewRow.updated_at)))).one())


def _follow(s: Session, event_id: str, hops: int = 20) -> str | None:
    """The live canonical event ``event_id`` is now (through merge tombstones), or None."""
    seen = set()
    cur = event_id
    for _ in range(hops):
        if cur in seen:
            return None
        seen.add(cur)
        row = s.execute(select(EventRow.cluster_id, EventRow.deleted_at).where(EventRow.event_id == cur)).first()
        if row is not None and row[1] is None:
            return row[0]
        nxt = s.execute(select(Tombstone.merged_into).where(Tombstone.event_id == cur,
                                                           Tombstone.merged_into.is_not(None))
                        .order_by(Tombstone.id.desc())).scalar()
        if not nxt:
            return None
        cur = nxt
    return None


def votes(s: Session, review_ids: Sequence[int] | None = None) -> dict[int, dict[str, int]]:
    """review id -> {live canonical id: points} (see the module doc)."""
    q = select(ReviewRow.id, ReviewRow.key).where(ReviewRow.merged_into.is_(None))
    if review_ids is not None:
        q = q.where(ReviewRow.id.in_(list(review_ids)))
    reviews = s.execute(q).all()
    if not reviews:
        return {}
    rids = [r[0] for r in reviews]
    anchors = []
    for part in _chunks(rids):
        anchors += s.execute(select(ReviewAnchor.review_id, ReviewAnchor.event_id, ReviewAnchor.doc_id,
                                    ReviewAnchor.fingerprint).where(ReviewAnchor.review_id.in_(part))).all()
    live: dict[str, str] = {}
    ids = sorted({a[1] for a in anchors})
    for part in _chunks(ids):
        for eid, cid in s.execute(select(EventRow.event_id, EventRow.cluster_id).where(
                EventRow.event_id.in_(part), EventRow.deleted_at.is_(None))):
            live[eid] = cid
    lost = [a for a in anchors if a[1] not in live]
    by_fp: dict[str, list[str]] = defaultdict(list)
    if lost:
        docs = sorted({a[2] for a in lost})
        for part in _chunks(docs):
            rows = s.execute(select(EventRow.doc_id, EventRow.event_type, EventRow.cluster_id, ClaimRow.quote)
                             .outerjoin(ClaimRow, and_(ClaimRow.event_pk == EventRow.id, ClaimRow.ord == 0))
                             .where(EventRow.doc_id.in_(part), EventRow.deleted_at.is_(None))).all()
            for doc_id, etype, cid, quote in rows:
                by_fp[fingerprint(doc_id, etype, quote)].append(cid)
    out: dict[int, dict[str, int]] = {rid: defaultdict(int) for rid in rids}
    for rid, eid, _doc, fp in anchors:
        if eid in live:
            out[rid][live[eid]] += 2
        else:
            for cid in by_fp.get(fp, ()):
                out[rid][cid] += 2
    for rid, key in reviews:
        head = _follow(s, key)
        if head is not None:
            out[rid][head] += 1
    return out


def resolve(s: Session) -> dict[str, int]:
    """live canonical event id -> the id of the review that holds its decisions."""
    v = votes(s)
    if not v:
        return {}
    updated = dict(s.execute(select(ReviewRow.id, ReviewRow.updated_at).where(ReviewRow.id.in_(list(v)))).all()) \
        if len(v) <= CHUNK else dict(s.execute(select(ReviewRow.id, ReviewRow.updated_at)).all())
    out: dict[str, int] = {}
    for rid, heads in v.items():
        if not heads:
            continue
        head = max(heads, key=lambda h: (heads[h], h))
        other = out.get(head)
        if other is None or (updated.get(rid), rid) > (updated.get(other), other):
            out[head] = rid
    return out


def resolved(store, s: Session | None = None) -> dict[str, int]:
    """:func:`resolve`, cached on the store until events, tombstones or reviews change."""
    def run(sess: Session) -> dict[str, int]:
        gen = generation(sess)
        cached = getattr(store, "_review_resolution", None)
        if cached is not None and cached[0] == gen:
            return cached[1]
        mapping = resolve(sess)
        with _cache_lock:
            store._review_resolution = (gen, mapping)
        return mapping

    if s is not None:
        return run(s)
    with store.Session() as own:
        return run(own)


def invalidate(store) -> None:
    with _cache_lock:
        store._review_resolution = None


def heads_with_status(store, statuses: Iterable[str]) -> set[str]:
    """Canonical ids whose stored review status is one of ``statuses``."""
    mapping = resolved(store)
    if not mapping:
        return set()
    wanted = set(statuses)
    with store.Session() as s:
        st = dict(s.execute(select(ReviewRow.id, ReviewRow.status)).all()) if len(mapping) > CHUNK else \
            dict(s.execute(select(ReviewRow.id, ReviewRow.status).where(ReviewRow.id.in_(list(mapping.values())))).all())
    return {h for h, rid in mapping.items() if st.get(rid) in wanted}


def hidden_ids(store) -> set[str]:
    """Canonical ids of rejected events (left out of default queries and exports)."""
    return heads_with_status(store, ("rejected",))


# --------------------------------------------------------------------------- overlay

def review_info(r: ReviewRow, machine: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(effective status, the ``review`` object of an API record) of review ``r`` over the
    machine facts ``machine``."""
    ov = dict(r.overrides or {})
    snap = r.snapshot or {}
    changed = sorted(k for k in FIELDS if k not in ov and snap and snap.get(k) != machine.get(k))
    status = r.status
    if status == "verified" and changed:
        status = "unreviewed"
    info = {
        "review_id": r.id,
        "decision": r.status,
        "needs_review": bool(changed) and r.status != "unreviewed",
        "changed_since_review": changed,
        "corrected_fields": sorted(ov),
        "machine": {k: machine.get(k) for k in sorted(ov)},
        "reason": r.reason,
        "note": r.note,
        "reviewed_by": r.updated_by,
        "reviewed_at": None if r.updated_at is None else r.updated_at.isoformat() + "Z",
    }
    return status, info


def apply_review(item, r: ReviewRow) -> None:
    """Overlay review ``r`` on a :class:`~sitrep.store.reads.StoredEvent` (in place)."""
    machine = facts(item.event)
    values = to_values(r.overrides or {})
    if values:
        item.event = item.event.model_copy(update=values)
    item.review_status, item.review = review_info(r, machine)


def _eid(item) -> str:
    """The event id of a stored event without building its pydantic record (the store's
    read path keeps records as dicts: ``record``)."""
    rec = getattr(item, "record", None)
    return rec["event_id"] if isinstance(rec, dict) else item.event.event_id


def overlay(store, s: Session, items: Sequence[Any]) -> None:
    """Apply the review decisions to the canonical events among ``items`` (in place)."""
    mapping = resolved(store, s)
    if not mapping:
        return
    want = {mapping[_eid(it)] for it in items if it.is_canonical and _eid(it) in mapping}
    if not want:
        return
    rows = {r.id: r for r in s.execute(select(ReviewRow).where(ReviewRow.id.in_(want))).scalars()}
    for it in items:
        rid = mapping.get(_eid(it)) if it.is_canonical else None
        if rid in rows:
            apply_review(it, rows[rid])


# --------------------------------------------------------------------------- filters on corrected values

def _filter_fields(f) -> set[str]:
    out: set[str] = set()
    if f.date_from or f.date_to:
        out |= {"date", "date_end"}
    if f.event_type:
        out.add("event_type")
    if f.admin1 or f.bbox is not None:
        out.add("location")
    if f.side:
        out |= {"actor1_side", "actor2_side"}
    if f.min_fatalities is not None:
        out.add("fatalities")
    if f.text:
        out |= {"location", "actor1", "actor2"}
    return out


def _effective(row: EventRow, ov: dict[str, Any]) -> dict[str, Any]:
    loc = row.location
    eff = {"date": row.date, "date_end": row.date_end, "event_type": row.event_type,
           "actor1": row.actor1, "actor2": row.actor2, "actor1_side": row.actor1_side,
           "actor2_side": row.actor2_side,
           "fatalities": None if row.fatalities_qualifier is None else {"best": row.fatalities_best},
           "location": None if loc is None else {"name": loc.name, "admin1": loc.admin1, "admin2": loc.admin2,
                                                 "admin1_code": loc.admin1_code, "lat": loc.lat, "lon": loc.lon}}
    eff.update({k: v for k, v in ov.items() if k in eff})
    return eff


def _matches(e: dict[str, Any], f) -> bool | None:
    """Whether corrected values ``e`` pass the filter (None: the text filter may still match a
    claim quote, which corrections do not change: let the database decide)."""
    if f.date_from and not ((e["date_end"] or e["date"] or "") >= f.date_from):
        return False
    if f.date_to and not (e["date"] and e["date"] <= f.date_to):
        return False
    if f.event_type and e["event_type"] not in [t.strip() for t in f.event_type.split(",") if t.strip()]:
        return False
    loc = e["location"] or {}
    if f.admin1 and (loc.get("admin1_code") or "").upper() != f.admin1.strip().upper():
        return False
    if f.side and f.side.strip().upper() not in {(e["actor1_side"] or "").upper(), (e["actor2_side"] or "").upper()}:
        return False
    if f.min_fatalities is not None and not ((e["fatalities"] or {}).get("best") is not None
                                             and e["fatalities"]["best"] >= f.min_fatalities):
        return False
    if f.bbox is not None:
        x0, y0, x1, y1 = f.bbox
        lat, lon = loc.get("lat"), loc.get("lon")
        if lat is None or lon is None or not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
    if f.text:
        needle = f.text.strip().lower()
        hay = [loc.get("name"), loc.get("admin1"), loc.get("admin2"), e["actor1"], e["actor2"]]
        if not any(needle in (h or "").lower() for h in hay):
            return None
    return True


def corrected_condition(store, f, conds: Sequence[Any]):
    """The filter conditions ``conds`` (over the machine's columns) as they apply to corrected
    events: an event whose corrections touch a filtered field passes or fails on its corrected
    values, the others on the columns."""
    base = and_(*conds)
    fields = _filter_fields(f)
    mapping = resolved(store) if fields else {}
    if not mapping:
        return base
    with store.Session() as s:
        reviews = {rid: ov for rid, ov in s.execute(select(ReviewRow.id, ReviewRow.overrides)
                                                   .where(ReviewRow.id.in_(sorted(set(mapping.values())))))
                   if ov and fields & set(ov)} if len(mapping) <= CHUNK else \
            {rid: ov for rid, ov in s.execute(select(ReviewRow.id, ReviewRow.overrides)) if ov and fields & set(ov)}
        heads = [h for h, rid in mapping.items() if rid in reviews]
        if not heads:
            return base
        passing, failing = [], []
        for part in _chunks(heads):
            for row in s.execute(select(EventRow).where(EventRow.event_id.in_(part))).unique().scalars():
                verdict = _matches(_effective(row, reviews[mapping[row.event_id]]), f)
                if verdict is True:
                    passing.append(row.event_id)
                elif verdict is False:
                    failing.append(row.event_id)
    cond = base
    if failing:
        cond = and_(cond, EventRow.event_id.not_in(sorted(failing)))
    return or_(cond, EventRow.event_id.in_(sorted(passing))) if passing else cond
