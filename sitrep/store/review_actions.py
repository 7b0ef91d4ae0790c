"""Analyst review, the write side: verify, reject, correct, note, merge and split canonical
events, each one transaction with its audit record (who, when, what, before -> after);
the history of an event; the review queue; and the re-application of merge and split
decisions when the machine's clustering disagrees with them.

Decisions are stored as reviews (:mod:`sitrep.store.review_models`), never written into
the extracted rows, except merge and split, which move reports between clusters (as the
analyst asked) and are also recorded as links between reviews so that
:func:`enforce_links` can redo them after a re-extraction or a machine merge.

Field values given to :func:`correct` must already be valid EVENTS.md values (the API
validates them and resolves places from the gazetteer).
"""
from __future__ import annotations

from typing import Any, Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sitrep.store import review as rv
from sitrep.store.models import ClaimRow, EventRow, utcnow
from sitrep.store.review_models import ReviewAction, ReviewAnchor, ReviewLink, ReviewRow


class ReviewError(ValueError):
    """An action that cannot be done: ``status`` 404 (no such event), 409 (not a canonical
    event, or a conflict), 422 (bad values)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# --------------------------------------------------------------------------- helpers

def _target(s: Session, event_id: str) -> EventRow:
    """The live canonical row ``event_id`` names (through merge tombstones)."""
    row = s.execute(select(EventRow).where(EventRow.event_id == event_id)).unique().scalar()
    if row is not None and row.deleted_at is None:
        if row.cluster_id != row.event_id:
            raise ReviewError(409, f"{event_id!r} is one report of the canonical event {row.cluster_id!r}: "
                                   "review that event")
        return row
    head = rv._follow(s, event_id)
    if head is None:
        raise ReviewError(404, f"no event {event_id!r}")
    return s.execute(select(EventRow).where(EventRow.event_id == head)).unique().scalar_one()


def _members(s: Session, head_id: str) -> list[EventRow]:
    return list(s.execute(select(EventRow).where(EventRow.cluster_id == head_id, EventRow.deleted_at.is_(None))
                          .order_by(EventRow.id)).unique().scalars())


def _first_quotes(s: Session, rows: Sequence[EventRow]) -> dict[int, str]:
    pks = [r.id for r in rows]
    if not pks:
        return {}
    return dict(s.execute(select(ClaimRow.event_pk, ClaimRow.quote).where(ClaimRow.event_pk.in_(pks),
                                                                          ClaimRow.ord == 0)).all())


def _set_anchors(s: Session, review: ReviewRow, rows: Sequence[EventRow]) -> None:
    s.execute(delete(ReviewAnchor).where(ReviewAnchor.review_id == review.id))
    quotes = _first_quotes(s, rows)
    for r in rows:
        s.add(ReviewAnchor(review_id=review.id, event_id=r.event_id, doc_id=r.doc_id,
                           fingerprint=rv.fingerprint(r.doc_id, r.event_type, quotes.get(r.id))))


def _anchored(s: Session, review_id: int, rows: Sequence[EventRow]) -> list[EventRow]:
    """The reports among ``rows`` that review ``review_id`` is anchored on (by id, or by
    fingerprint for a report re-extracted under a new id)."""
    anchors = s.execute(select(ReviewAnchor.event_id, ReviewAnchor.fingerprint)
                        .where(ReviewAnchor.review_id == review_id)).all()
    ids = {a[0] for a in anchors}
    fps = {a[1] for a in anchors}
    quotes = _first_quotes(s, rows)
    return [r for r in rows if r.event_id in ids
            or rv.fingerprint(r.doc_id, r.event_type, quotes.get(r.id)) in fps]


def _review_of(s: Session, head_id: str, *, create: bool = True) -> ReviewRow | None:
    """The review that holds ``head_id``'s decisions (fresh resolution), or a new one."""
    best: tuple | None = None
    for rid, heads in rv.votes(s).items():
        if heads.get(head_id) and max(heads.values()) == heads[head_id]:
            row = s.get(ReviewRow, rid)
            rank = (row.updated_at, rid)
            if best is None or rank > best[0]:
                best = (rank, row)
    if best is not None:
        return best[1]
    if not create:
        return None
    now = utcnow()
    row = ReviewRow(key=head_id, status="unreviewed", overrides={}, created_at=now, updated_at=now)
    s.add(row)
    s.flush()
    return row


def _machine(store, s: Session, head: EventRow):
    return store._hydrate(s, [head])[0]


def _view(r: ReviewRow, machine: dict[str, Any]) -> dict[str, Any]:
    """Status and effective field values of a review over the machine facts."""
    eff = dict(machine)
    eff.update({k: v for k, v in (r.overrides or {}).items() if k in rv.FIELDS})
    status, _info = rv.review_info(r, machine)
    return {"review_status": status, "note": r.note, "reason": r.reason, **eff}


def _diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _record(s: Session, review: ReviewRow | None, event_id: str, action: str, user: str,
            before: dict | None, after: dict | None, reason: str | None = None) -> None:
    s.add(ReviewAction(review_id=review.id if review is not None else None, event_id=event_id,
                       action=action, user_name=user, at=utcnow(), before=before, after=after, reason=reason))


# --------------------------------------------------------------------------- field actions

def act(store, event_id: str, user: str, action: str, *, changes: dict[str, Any] | None = None,
        reason: str | None = None, note: str | None = None) -> str:
    """One review action on a canonical event; returns its (current) canonical id.

    ``verify``: the machine's values are right (a corrected event stays corrected);
    ``reject`` (``reason`` required): not an event, or not one to publish; hidden from
    default queries and exports; ``correct``: ``changes`` maps EVENTS.md fields to their
    right values (``None`` clears a field; ``{"field": "__machine__"}`` drops a correction);
    ``note``: a free-text analyst note; ``reopen``: back to unreviewed (corrections kept)."""
    if action not in ("verify", "reject", "correct", "note", "reopen"):
        raise ReviewError(422, f"unknown action {action!r}")
    if action == "reject" and not (reason or "").strip():
        raise ReviewError(422, "a rejection needs a reason")
    if action == "correct":
        if not changes:
            raise ReviewError(422, "a correction needs at least one field")
        bad = sorted(set(changes) - set(rv.FIELDS))
        if bad:
            raise ReviewError(422, f"not a correctable field: {', '.join(bad)} (fields: {', '.join(rv.FIELDS)})")
    if action == "note" and not (note or "").strip():
        raise ReviewError(422, "a note needs text")
    with store._write_lock, store.WriteSession.begin() as s:
        head = _target(s, event_id)
        item = _machine(store, s, head)
        machine = rv.facts(item.event)
        r = _review_of(s, head.event_id)
        before = _view(r, machine)
        if action == "verify":
            r.status = "corrected" if r.overrides else "verified"
            r.reason = None
        elif action == "reject":
            r.status = "rejected"
            r.reason = reason.strip()
        elif action == "reopen":
            r.status = "unreviewed"
            r.reason = None
        elif action == "correct":
            ov = dict(r.overrides or {})
            for k, v in changes.items():
                if v == "__machine__":
                    ov.pop(k, None)
                else:
                    ov[k] = v
            r.overrides = ov
            if r.status != "rejected":
                r.status = "corrected" if ov else ("verified" if r.status == "corrected" else r.status)
        if note is not None and note.strip():
            r.note = note.strip() if action == "note" or not r.note else r.note + "\n" + note.strip()
        if action != "note":
            r.snapshot = machine
        r.key = head.event_id
        r.updated_at = utcnow()
        r.updated_by = user
        _set_anchors(s, r, _members(s, head.event_id))
        after = _view(r, machine)
        b, a = _diff(before, after)
        _record(s, r, head.event_id, action, user, b, a, reason if action == "reject" else note)
        head_id = head.event_id
    rv.invalidate(store)
    return head_id


# --------------------------------------------------------------------------- merge and split

def merge(store, event_id: str, other_id: str, user: str, note: str | None = None) -> str:
    """Merge the canonical event ``other_id`` into ``event_id`` (one incident); the absorbed
    event leaves a tombstone and its review (if any) is folded into the kept one."""
    with store.Session() as s:
        keep = _target(s, event_id).event_id
        other = _target(s, other_id).event_id
    if keep == other:
        raise ReviewError(409, f"{event_id!r} and {other_id!r} are already one event")
    with store._write_lock, store.WriteSession.begin() as s:
        ra = _review_of(s, keep)
        rb = _review_of(s, other)
        _set_anchors(s, rb, _members(s, other))
        members_a = [m.event_id for m in _members(s, keep)]
        members_b = [m.event_id for m in _members(s, other)]
    if not store.merge_events(keep, other, reason="review"):
        raise ReviewError(409, f"cannot merge {other_id!r} into {event_id!r}")
    with store._write_lock, store.WriteSession.begin() as s:
        ra, rb = s.get(ReviewRow, ra.id), s.get(ReviewRow, rb.id)
        head = _target(s, keep)
        now = utcnow()
        rb.merged_into = ra.id
        rb.updated_at = now
        rb.updated_by = user
        ra.key = head.event_id
        ra.updated_at = now
        ra.updated_by = user
        if note and note.strip():
            ra.note = note.strip() if not ra.note else ra.note + "\n" + note.strip()
        _set_anchors(s, ra, _members(s, head.event_id))
        s.add(ReviewLink(kind="merge", a_review_id=ra.id, b_review_id=rb.id, created_at=now))
        after = {"members": members_a + members_b}
        _record(s, ra, head.event_id, "merge", user, {"members": members_a, "merged": other},
                after, note)
        _record(s, rb, other, "merge", user, {"members": members_b}, {"merged_into": head.event_id}, note)
        head_id = head.event_id
    rv.invalidate(store)
    return head_id


def _claim_reports(store, s: Session, head: EventRow, claims: Sequence[int]) -> list[str]:
    """Claim indexes (as in the event's ``claims`` list) -> the reports that carry them."""
    members = _members(s, head.event_id)
    pks = [m.id for m in members]
    rows = s.execute(select(ClaimRow.event_pk).where(ClaimRow.event_pk.in_(pks))
                     .order_by(ClaimRow.event_pk, ClaimRow.ord)).scalars().all()
    by_pk = {m.id: m.event_id for m in members}
    out: list[str] = []
    for i in claims:
        if not 0 <= i < len(rows):
            raise ReviewError(422, f"claim index {i} out of range (the event has {len(rows)} claims)")
        eid = by_pk[rows[i]]
        if eid not in out:
            out.append(eid)
    return out


def _split_rows(store, s: Session, head: EventRow, off: Sequence[str]) -> tuple[str, str]:
    """Move the reports ``off`` of ``head``'s cluster to a cluster of their own; returns
    (id of the rest, id of the split-off event)."""
    members = _members(s, head.event_id)
    ids = [m.event_id for m in members]
    unknown = [x for x in off if x not in ids]
    if unknown:
        raise ReviewError(422, f"not a report of {head.event_id!r}: {', '.join(unknown)} "
                               f"(its reports: {', '.join(ids)})")
    split = [m for m in members if m.event_id in off]
    rest = [m for m in members if m.event_id not in off]
    if not split or not rest:
        raise ReviewError(422, "split off some of the event's reports, not none or all of them "
                               f"(its reports: {', '.join(ids)})")
    split_head = head if head in split else split[0]
    rest_head = head if head in rest else rest[0]
    now = utcnow()
    s.execute(update(EventRow).where(EventRow.id.in_([m.id for m in split]))
              .values(cluster_id=split_head.event_id, updated_at=now))
    s.execute(update(EventRow).where(EventRow.id.in_([m.id for m in rest]))
              .values(cluster_id=rest_head.event_id, updated_at=now))
    s.flush()
    s.expire_all()
    for hid in (rest_head.event_id, split_head.event_id):
        h = s.execute(select(EventRow).where(EventRow.event_id == hid)).unique().scalar_one()
        store._recompute(s, h)
    s.flush()
    return rest_head.event_id, split_head.event_id


def split(store, event_id: str, user: str, *, reports: Sequence[str] = (), claims: Sequence[int] = (),
          note: str | None = None) -> tuple[str, str]:
    """Split reports (given by id, or by the indexes of claims they carry) off a canonical
    event: they are another incident. Returns (the event's id, the new event's id); the
    event keeps its review, the new one starts unreviewed."""
    with store._write_lock, store.WriteSession.begin() as s:
        head = _target(s, event_id)
        off = list(dict.fromkeys(list(reports) + _claim_reports(store, s, head, claims)))
        if not off:
            raise ReviewError(422, "name the reports or claims to split off")
        ra = _review_of(s, head.event_id)
        before_members = [m.event_id for m in _members(s, head.event_id)]
        rest_id, new_id = _split_rows(store, s, head, off)
        now = utcnow()
        rs = ReviewRow(key=new_id, status="unreviewed", overrides={}, created_at=now, updated_at=now,
                       updated_by=user)
        s.add(rs)
        s.flush()
        ra.key = rest_id
        ra.updated_at = now
        ra.updated_by = user
        rest_rows, new_rows = _members(s, rest_id), _members(s, new_id)
        _set_anchors(s, ra, rest_rows)
        _set_anchors(s, rs, new_rows)
        s.add(ReviewLink(kind="split", a_review_id=ra.id, b_review_id=rs.id, created_at=now))
        after = {"members": [m.event_id for m in rest_rows], "split_off": new_id}
        _record(s, ra, rest_id, "split", user, {"members": before_members}, after, note)
        _record(s, rs, new_id, "split", user, {"split_from": rest_id},
                {"members": [m.event_id for m in new_rows]}, note)
    rv.invalidate(store)
    return rest_id, new_id


def enforce_links(store, s: Session | None = None) -> int:
    """Redo merge and split decisions the clustering no longer agrees with (after a
    re-extraction, or a machine merge of two events an analyst split); returns how many.
    All in one write transaction: the caller's ``s`` (which then invalidates the review cache
    after its commit), else one of its own."""
    if s is not None:
        return _enforce(store, s)
    with store.Session() as r:
        if r.execute(select(ReviewLink.id).limit(1)).first() is None:
            return 0
    with store._write_lock, store.WriteSession.begin() as own:
        fixed = _enforce(store, own)
    if fixed:
        rv.invalidate(store)
    return fixed


def _enforce(store, s: Session) -> int:
    links = s.execute(select(ReviewLink.kind, ReviewLink.a_review_id, ReviewLink.b_review_id)
                      .order_by(ReviewLink.id)).all()
    fixed = 0
    for kind, a, b in links:
        if kind == "merge":
            # the kept review's anchors include the merged event's reports: every live
            # cluster holding some of them belongs to one incident
            v = rv.votes(s, None)
            heads = [h for h, n in sorted(v.get(a, {}).items(), key=lambda x: -x[1]) if n >= 2]
            for o in heads[1:]:
                fixed += int(store._merge_clusters(s, heads[0], o, reason="review"))
            continue
        va, vb = rv.votes(s, [a]).get(a, {}), rv.votes(s, [b]).get(b, {})
        common = [h for h in vb if h in va and vb[h] >= 2 and va[h] >= 2]
        if not common:
            continue
        head = _target(s, common[0])
        members = _members(s, head.event_id)
        off = [m.event_id for m in _anchored(s, b, members)]
        if off and len(off) < len(members):
            _split_rows(store, s, head, off)
            fixed += 1
    return fixed


# --------------------------------------------------------------------------- history and queue

def history(store, event_id: str) -> list[dict[str, Any]]:
    """Every review action on the event (and on events merged into it), oldest first."""
    with store.Session() as s:
        head = rv._follow(s, event_id)  # a report's history is its canonical event's
        if head is None:
            raise ReviewError(404, f"no event {event_id!r}")
        rid = rv.resolved(store, s).get(head)
        rids = set()
        if rid is not None:
            rids.add(rid)
            frontier = [rid]
            while frontier:  # reviews folded into this one by merges
                nxt = list(s.execute(select(ReviewRow.id).where(ReviewRow.merged_into.in_(frontier))).scalars())
                frontier = [x for x in nxt if x not in rids]
                rids.update(frontier)
        q = select(ReviewAction).order_by(ReviewAction.at, ReviewAction.id)
        cond = ReviewAction.event_id.in_([event_id, head])
        if rids:
            cond = cond | ReviewAction.review_id.in_(sorted(rids))
        return [{"id": a.id, "event_id": a.event_id, "action": a.action, "user": a.user_name,
                 "at": a.at.isoformat() + "Z", "before": a.before, "after": a.after, "reason": a.reason}
                for a in s.execute(q.where(cond)).scalars()]


def need_score(item) -> tuple:
    """How much a canonical event needs a human (higher first): disputed or conflicting
    claims, then low geographic precision, then fatalities, then a single source."""
    ev = item.event
    certainties = {c.certainty for c in ev.claims}
    sides = {c.claimant_side for c in ev.claims if c.claimant_side}
    conflicting = len(sides) > 1 or bool(certainties & {"disputed", "denied"})
    prec = ev.location.precision if ev.location is not None else 5
    f = ev.fatalities.best if ev.fatalities is not None and ev.fatalities.best is not None else 0
    needs = bool(item.review and item.review.get("needs_review"))
    return (int(needs), int(conflicting), prec, f, int(item.cluster_size <= 1), ev.date or "")


def queue(store, flt, *, limit: int = 50, scan: int = 5000) -> list:
    """Events that need review, most needed first: unreviewed ones, and decided ones whose
    facts changed since (filters as for :meth:`Store.query_events`; at most ``scan`` of the
    newest matching events are ranked)."""
    from sitrep.store.filters import EventFilter

    f = EventFilter(**{**flt.__dict__, "review_status": None, "include_rejected": False, "limit": scan,
                       "cursor": None})
    items = [it for it in store.iter_events(f)
             if it.review_status == "unreviewed" or (it.review and it.review.get("needs_review"))]
    items.sort(key=need_score, reverse=True)
    return items[:limit]
