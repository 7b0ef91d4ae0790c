"""The store: one transaction per document, reconciliation on write; the reads are in
:mod:`sitrep.store.reads`, the filters in :mod:`sitrep.store.filters`."""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import date as _date, datetime, timedelta
from typing import Any, Literal, Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from sitrep import model
from sitrep.reconcile import cluster as rc
from sitrep.reconcile import dedup, revision
from sitrep.store import db as dbmod
from sitrep.store.filters import (  # noqa: F401 - re-exported (the store's public names)
    MAX_LIMIT, EventFilter, FilterError, decode_cursor, encode_cursor, parse_bbox, parse_datetime,
)
from sitrep.store.models import (
    ClaimRow, DocumentRow, EventRow, LocationRow, SourceRow, StatementRow, Tombstone, utcnow,
)
from sitrep.store.reads import (  # noqa: F401 - re-exported
    EventPage, StoreReads, StoredEvent, _claim_from, iso,
)

MAX_ID = 200


# --------------------------------------------------------------------------- value objects

@dataclass
class AddOutcome:
    doc_id: str
    status: Literal["added", "duplicate", "near_duplicate"]
    events_added: int = 0
    statements_added: int = 0
    duplicate_of: str | None = None
    similarity: float | None = None
    clustered: int = 0
    merged_away: list[str] = field(default_factory=list)
    revision_of: str | None = None  # a near-duplicate of this document with other facts
    links_enforced: int = 0  # analysts' merge/split decisions redone after a machine merge

    @property
    def added(self) -> bool:
        return self.status == "added"


# --------------------------------------------------------------------------- helpers

def _day(v: str | None) -> str | None:
    return v[:10] if v else None


def _short(v: str | None, n: int) -> str | None:
    return v[:n] if v else v


def _safe_id(doc_id: str) -> str:
    if len(doc_id) <= MAX_ID:
        return doc_id
    return doc_id[:MAX_ID - 17] + "~" + hashlib.sha1(doc_id.encode()).hexdigest()[:16]


def _count_cols(prefix: str, c: model.Count | None) -> dict[str, Any]:
    if c is None:
        return {f"{prefix}_low": None, f"{prefix}_best": None, f"{prefix}_high": None,
                f"{prefix}_qualifier": None}
    return {f"{prefix}_low": c.low, f"{prefix}_best": c.best, f"{prefix}_high": c.high,
            f"{prefix}_qualifier": c.qualifier}


def _rename_result(result: model.ExtractionResult, new_id: str) -> model.ExtractionResult:
    old = result.document.doc_id
    prefix = old + "-"

    def ren(eid: str | None) -> str | None:
        if eid and eid.startswith(prefix):
            return new_id + "-" + eid[len(prefix):]
        return eid

    doc = result.document.model_copy(update={"doc_id": new_id})
    events = []
    for e in result.events:
        claims = [c.model_copy(update={"doc_id": new_id}) if c.doc_id in (None, old) else c for c in e.claims]
        events.append(e.model_copy(update={"doc_id": new_id, "event_id": ren(e.event_id) or e.event_id,
                                           "parent_id": ren(e.parent_id), "claims": claims}))
    stmts = [s.model_copy(update={"doc_id": new_id, "event_ids": [ren(x) for x in s.event_ids]})
             for s in result.statements]
    return model.ExtractionResult(document=doc, events=events, statements=stmts)


# --------------------------------------------------------------------------- the store

class Store(StoreReads):
    """Open with :func:`open_store`; thread-safe (one session per call)."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = dbmod.resolve_url(url)
        self.engine = dbmod.make_engine(self.url)
        if migrate:
            dbmod.migrate(self.engine)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        # write transactions: BEGIN IMMEDIATE on SQLite (one writer at a time across processes)
        self.WriteSession = sessionmaker(dbmod.writer(self.engine), expire_on_commit=False)
        self._lsh: dedup.NearDuplicateIndex | None = None
        self._lsh_lock = threading.Lock()
        self._write_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------- dedup helpers
    def _index(self, s: Session | None = None) -> dedup.NearDuplicateIndex:
        """The in-memory LSH index of stored documents, topped up with documents other
        processes (a CLI ingest next to the API) stored since the last call (read in the
        caller's transaction ``s`` when given, so a writer sees every committed document)."""
        with self._lsh_lock:
            if self._lsh is None:
                self._lsh = dedup.NearDuplicateIndex()
                self._lsh_seen: datetime | None = None
            q = select(DocumentRow.doc_id, DocumentRow.minhash, DocumentRow.created_at).where(
                DocumentRow.minhash.is_not(None))
            if self._lsh_seen is not None:
                q = q.where(DocumentRow.created_at >= self._lsh_seen)
            if s is None:
                with self.Session() as own:
                    rows = own.execute(q.order_by(DocumentRow.created_at)).all()
            else:
                rows = s.execute(q.order_by(DocumentRow.created_at)).all()
            for doc_id, sig, created in rows:
                if doc_id not in self._lsh:
                    self._lsh.add(doc_id, dedup.signature_from_bytes(sig))
                if self._lsh_seen is None or created > self._lsh_seen:
                    self._lsh_seen = created
            return self._lsh

    def has_hash(self, h: str) -> bool:
        """True if a document (or a syndicated copy) with this content or raw hash is stored."""
        return self.find_hash(h) is not None

    def find_hash(self, h: str) -> str | None:
        """The stored document with this content or raw hash (itself or a syndicated copy)."""
        from sqlalchemy import union_all

        q = union_all(
            select(DocumentRow.doc_id).where(or_(DocumentRow.content_hash == h, DocumentRow.raw_hash == h)),
            select(SourceRow.doc_id).where(or_(SourceRow.content_hash == h, SourceRow.raw_hash == h)),
        ).limit(1)
        def look() -> str | None:
            with self.Session() as s:
                row = s.execute(q).first()
                return None if row is None else row[0]

        return dbmod.reconnecting(self.engine, look, "looking up a document hash")

    # ---------------------------------------------------------------- writes
    def add_result(self, result: model.ExtractionResult, *, raw_hash: str | None = None) -> AddOutcome:
        """Store one document with its events and statements in one transaction.

        Exact duplicates (same content hash) are skipped; near-duplicates (MinHash >= 0.8)
        become one more source of the stored document; new events are clustered with
        reports of the same incident already stored.
        """
        def attempt() -> AddOutcome:
            try:
                return self._add_result(result, raw_hash)
            except IntegrityError:
                # another process stored the same text between our check and our insert
                # (PostgreSQL, READ COMMITTED): once more, the check now finds it a duplicate
                return self._add_result(result, raw_hash)

        with self._write_lock:  # a lost connection (a server restart): the same again, a few times
            outcome = dbmod.reconnecting(self.engine, attempt, f"storing {result.document.doc_id}")
        if outcome.links_enforced:
            from sitrep.store.review import invalidate  # noqa: PLC0415
            invalidate(self)
        return outcome

    def _add_result(self, result: model.ExtractionResult, raw_hash: str | None) -> AddOutcome:
        doc = result.document
        text = doc.clean_text or ""
        h = doc.content_hash or dedup.content_hash(text)
        index = self._index()
        sig = dedup.minhash(text) if index.usable(text) else None
        revision_of: str | None = None
        revises: dict[int, EventRow] = {}
        with self.WriteSession.begin() as s:
            dup = s.execute(select(DocumentRow.doc_id).where(DocumentRow.content_hash == h)).scalar()
            if dup is None:
                dup = s.execute(select(SourceRow.doc_id).where(SourceRow.content_hash == h)).scalar()
            if dup is not None:
                return AddOutcome(doc.doc_id, "duplicate", duplicate_of=dup, similarity=1.0)
            if sig is not None:
                m = self._index(s).query(sig)  # every committed document: we hold the write lock
                if m is not None and s.get(DocumentRow, m.key) is not None:
                    old_rows = s.execute(select(EventRow).where(EventRow.doc_id == m.key, EventRow.deleted_at.is_(None))
                                         .order_by(EventRow.id)).unique().scalars().all()
                    old = [self._original(r) for r in old_rows]
                    if revision.facts_differ(result.events, old):  # a revision: stored, joins what it revises
                        revision_of = m.key
                        revises = {n: old_rows[j] for n, j in revision.pair_revision(result.events, old).items()}
                if m is not None and revision_of is None and s.get(DocumentRow, m.key) is not None:
                    s.add(SourceRow(doc_id=m.key, source_doc_id=_safe_id(doc.doc_id), outlet=doc.outlet,
                                    url=doc.url, title=doc.title, date=_day(doc.date), content_hash=h,
                                    raw_hash=raw_hash, similarity=round(m.similarity, 4), is_primary=False))
                    return AddOutcome(doc.doc_id, "near_duplicate", duplicate_of=m.key,
                                      similarity=round(m.similarity, 4))
            doc_id = _safe_id(doc.doc_id)
            if s.get(DocumentRow, doc_id) is not None:
                doc_id = _safe_id(doc.doc_id[:MAX_ID - 10]) + "~" + h[:8]
            if doc_id != doc.doc_id:
                result = _rename_result(result, doc_id)
                doc = result.document
            s.add(DocumentRow(doc_id=doc_id, content_hash=h, raw_hash=raw_hash, title=doc.title,
                              date=_day(doc.date), date_source=doc.date_source,
                              outlet=doc.outlet, editor=doc.editor, author=doc.author, url=doc.url,
                              source_path=doc.source_path, language=_short(doc.language, 16),
                              clean_text=text,
                              minhash=dedup.signature_bytes(sig) if sig is not None else None))
            s.add(SourceRow(doc_id=doc_id, source_doc_id=doc_id, outlet=doc.outlet, url=doc.url,
                            title=doc.title, date=_day(doc.date), content_hash=None, raw_hash=None,
                            similarity=1.0, is_primary=True))
            s.flush()
            outcome = AddOutcome(doc_id, "added", revision_of=revision_of)
            new_rows: list[tuple[EventRow, model.Event]] = []
            seen_ids: set[str] = set()
            for n, ev in enumerate(result.events):
                if ev.doc_id != doc_id:
                    ev = ev.model_copy(update={"doc_id": doc_id})
                eid = _short(ev.event_id, 300) or f"{doc_id}-{n + 1}"
                if eid in seen_ids or s.execute(select(EventRow.id).where(EventRow.event_id == eid)).first():
                    eid = f"{doc_id}-{n + 1}~{h[:6]}"
                    ev = ev.model_copy(update={"event_id": eid})
                seen_ids.add(eid)
                row = self._event_row(s, ev, eid)
                s.add(row)
                s.flush()
                for k, c in enumerate(ev.claims):
                    s.add(ClaimRow(event_pk=row.id, ord=k, doc_id=doc_id, claimant=c.claimant,
                                   claimant_role=c.claimant_role, claimant_side=_short(c.claimant_side, 16),
                                   certainty=c.certainty, quote=c.quote, span_start=c.start, span_end=c.end))
                new_rows.append((row, ev))
            for k, st in enumerate(result.statements):
                s.add(StatementRow(doc_id=doc_id, ord=k, date=_day(doc.date), speaker=st.speaker,
                                   speaker_role=st.speaker_role, speaker_side=st.speaker_side,
                                   quote=st.quote, span_start=st.start, span_end=st.end,
                                   direct=st.direct, event_ids=list(st.event_ids)))
            s.flush()
            outcome.events_added = len(new_rows)
            outcome.statements_added = len(result.statements)
            for n, (row, ev) in enumerate(new_rows):
                if n in revises:
                    self._join_revised(s, row, revises[n])
                    outcome.clustered += 1
                    continue
                joined, merged = self._reconcile(s, row, ev)
                outcome.clustered += int(joined)
                outcome.merged_away.extend(merged)
            if outcome.merged_away:
                # a merge of clusters may undo an analyst's split: redo it in this transaction,
                # so a crash leaves neither (the resume redoes both) or both
                from sitrep.store import review_actions  # noqa: PLC0415
                outcome.links_enforced = review_actions.enforce_links(self, s)
        if sig is not None:
            index.add(doc_id, sig)
        return outcome

    def _location_id(self, s: Session, loc: model.Location | None) -> int | None:
        if loc is None:
            return None
        data = loc.model_dump(exclude={"geo_reason", "geo_confidence"})  # one row per place, whatever the reason
        key = hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
        got = s.execute(select(LocationRow.id).where(LocationRow.key == key)).scalar()
        if got is not None:
            return got
        row = LocationRow(key=key, name=loc.name, country_code=_short(loc.country_code, 2),
                          admin1_code=_short(loc.admin1_code, 16), admin1=loc.admin1, admin2=loc.admin2,
                          lat=loc.lat, lon=loc.lon, geonameid=loc.geonameid, precision=loc.precision,
                          source=_short(loc.source, 32))
        s.add(row)
        s.flush()
        return row.id

    def _event_row(self, s: Session, ev: model.Event, eid: str) -> EventRow:
        now = utcnow()
        original = ev.model_dump(mode="json", exclude={"claims"})
        original["event_id"] = eid
        return EventRow(
            event_id=eid, doc_id=ev.doc_id, parent_id=_short(ev.parent_id, 300), event_type=ev.event_type,
            acled_event_type=_short(ev.acled_event_type, 64) or "",
            acled_sub_event_type=_short(ev.acled_sub_event_type, 80) or "",
            date=_day(ev.date), date_end=_day(ev.date_end), date_precision=ev.date_precision,
            is_aggregate=ev.is_aggregate, actor1=ev.actor1, actor1_side=ev.actor1_side,
            actor2=ev.actor2, actor2_side=ev.actor2_side,
            location_id=self._location_id(s, ev.location),
            **_count_cols("fatalities", ev.fatalities), **_count_cols("injured", ev.injured),
            **_count_cols("missing", ev.missing),
            civilian_targeting=ev.civilian_targeting, target=ev.target,
            weapons=[w.model_dump(mode="json") for w in ev.weapons], original=original,
            cluster_id=eid, is_canonical=True, deleted_at=None, created_at=now, updated_at=now)

    @staticmethod
    def _original(row: EventRow, claims: Sequence[ClaimRow] = ()) -> model.Event:
        data = dict(row.original)
        data["event_id"] = row.event_id
        data["doc_id"] = row.doc_id
        ev = model.Event.model_validate(data)
        if claims:
            ev.claims = [_claim_from(c) for c in claims]
        return ev

    def _reconcile(self, s: Session, row: EventRow, ev: model.Event) -> tuple[bool, list[str]]:
        if not ev.date:
            return False, []
        try:
            d = _date.fromisoformat(ev.date[:10])
        except ValueError:
            return False, []
        lo = (d - timedelta(days=rc.MAX_DAYS)).isoformat()
        hi = (d + timedelta(days=rc.MAX_DAYS)).isoformat()
        loc = ev.location
        if loc is None:
            return False, []
        q = (select(EventRow).join(LocationRow, EventRow.location_id == LocationRow.id).where(
            EventRow.deleted_at.is_(None), EventRow.id != row.id, EventRow.doc_id != row.doc_id,
            EventRow.event_type.in_(rc.family_members(ev.event_type)),
            EventRow.is_aggregate.is_(ev.is_aggregate),
            EventRow.date >= lo, EventRow.date <= hi))
        if loc.admin1_code:  # a cheap pre-filter; rc.match decides
            q = q.where(or_(LocationRow.admin1_code == loc.admin1_code, LocationRow.admin1_code.is_(None)))
        if loc.country_code:
            q = q.where(or_(LocationRow.country_code == loc.country_code, LocationRow.country_code.is_(None)))
        # the candidate's own (as reported) location is in ``original``: the row's columns of a
        # canonical event hold the merged view, so match against the originals
        cands = s.execute(q.order_by(EventRow.id)).unique().scalars().all()
        cluster_ids: list[str] = []
        for c in cands:
            if c.cluster_id not in cluster_ids and rc.match(ev, self._original(c)):
                cluster_ids.append(c.cluster_id)
        if not cluster_ids:
            return False, []
        members = s.execute(select(EventRow).where(EventRow.cluster_id.in_(cluster_ids),
                                                   EventRow.deleted_at.is_(None))
                            .order_by(EventRow.id)).unique().scalars().all()
        groups: dict[str, list[EventRow]] = {}
        for m in members:
            if m.id != row.id:
                groups.setdefault(m.cluster_id, []).append(m)
        heads = sorted(groups, key=lambda cid: groups[cid][0].id)
        chosen = rc.plan_assignment(ev, [[self._original(m) for m in groups[cid]] for cid in heads])
        if not chosen:
            return False, []
        winner_id = heads[chosen[0]]
        winner = s.execute(select(EventRow).where(EventRow.event_id == winner_id)).unique().scalar_one()
        heads = [winner] + [s.execute(select(EventRow).where(EventRow.event_id == heads[i])).unique().scalar_one()
                            for i in chosen[1:]]
        now = utcnow()
        merged: list[str] = []
        for loser in heads[1:]:
            s.execute(update(EventRow).where(EventRow.cluster_id == loser.event_id)
                      .values(cluster_id=winner.event_id, is_canonical=False, updated_at=now))
            s.add(Tombstone(event_id=loser.event_id, deleted_at=now, reason="merged",
                            merged_into=winner.event_id))
            merged.append(loser.event_id)
        row.cluster_id = winner.event_id
        row.is_canonical = False
        row.updated_at = now
        s.flush()
        self._recompute(s, winner)
        return True, merged

    def _join_revised(self, s: Session, row: EventRow, revised: EventRow) -> None:
        """A revision's report joins the cluster of the report it revises, whatever its figures."""
        cid = s.execute(select(EventRow.cluster_id).where(EventRow.id == revised.id)).scalar_one()
        head = s.execute(select(EventRow).where(EventRow.event_id == cid)).unique().scalar_one()
        row.cluster_id = cid
        row.is_canonical = False
        row.updated_at = utcnow()
        s.flush()
        self._recompute(s, head)

    @staticmethod
    def _superseded(s: Session, members: Sequence[EventRow]) -> list[bool]:
        """Members whose document a later near-duplicate in the cluster revises: their figures
        stay in low/high and their claims stay, but the best figure comes from the revision."""
        docs = {m.doc_id for m in members}
        if len(docs) < 2:
            return [False] * len(members)
        rows = s.execute(select(DocumentRow.doc_id, DocumentRow.minhash, DocumentRow.date, DocumentRow.created_at)
                         .where(DocumentRow.doc_id.in_(docs), DocumentRow.minhash.is_not(None))).all()
        sigs = [(d, dedup.signature_from_bytes(sig), (day or "", created)) for d, sig, day, created in rows]
        old: set[str] = set()
        for i, (da, sa, ka) in enumerate(sigs):
            for db_, sb, kb in sigs[i + 1:]:
                if sa.jaccard(sb) >= dedup.THRESHOLD:
                    later_b = (kb[0] > ka[0]) if ka[0] and kb[0] and ka[0] != kb[0] else kb[1] >= ka[1]
                    old.add(da if later_b else db_)
        return [m.doc_id in old for m in members]

    def _recompute(self, s: Session, head: EventRow) -> None:
        members = s.execute(select(EventRow).where(EventRow.cluster_id == head.event_id,
                                                   EventRow.deleted_at.is_(None))
                            .order_by(EventRow.id)).scalars().all()
        if not members:
            return
        pks = [m.id for m in members]
        claims: dict[int, list[ClaimRow]] = {}
        for c in s.execute(select(ClaimRow).where(ClaimRow.event_pk.in_(pks)).order_by(ClaimRow.event_pk, ClaimRow.ord)).scalars():
            claims.setdefault(c.event_pk, []).append(c)
        if head.deleted_at is not None or head not in members:
            head = members[0]
            head.is_canonical = True
            s.execute(update(EventRow).where(EventRow.cluster_id.in_([m.cluster_id for m in members]))
                      .values(cluster_id=head.event_id))
        evs = [self._original(m, claims.get(m.id, ())) for m in members]
        merged = rc.merge_cluster(evs, superseded=self._superseded(s, members))
        head.parent_id = _short(merged.parent_id, 300)
        head.date = _day(merged.date)
        head.date_end = _day(merged.date_end)
        head.location_id = self._location_id(s, merged.location)
        for f in ("actor1", "actor1_side", "actor2", "actor2_side", "target", "civilian_targeting"):
            setattr(head, f, getattr(merged, f))
        for k, v in {**_count_cols("fatalities", merged.fatalities), **_count_cols("injured", merged.injured),
                     **_count_cols("missing", merged.missing)}.items():
            setattr(head, k, v)
        head.weapons = [w.model_dump(mode="json") for w in merged.weapons]
        head.is_canonical = True
        head.updated_at = utcnow()
        for m in members:
            if m is not head:
                m.is_canonical = False

    def merge_events(self, keep_id: str, other_id: str, reason: str = "manual") -> bool:
        """Merge the cluster of ``other_id`` into the cluster of ``keep_id`` (analyst decision);
        the absorbed canonical event leaves a tombstone pointing to the kept one."""
        with self._write_lock, self.WriteSession.begin() as s:
            return self._merge_clusters(s, keep_id, other_id, reason)

    def _merge_clusters(self, s: Session, keep_id: str, other_id: str, reason: str) -> bool:
        """:meth:`merge_events` in the caller's write transaction ``s``."""
        a = s.execute(select(EventRow).where(EventRow.event_id == keep_id)).unique().scalar()
        b = s.execute(select(EventRow).where(EventRow.event_id == other_id)).unique().scalar()
        if a is None or b is None or a.deleted_at is not None or b.deleted_at is not None:
            return False
        if a.cluster_id == b.cluster_id:
            return False
        winner = s.execute(select(EventRow).where(EventRow.event_id == a.cluster_id)).unique().scalar_one()
        loser_id = b.cluster_id
        now = utcnow()
        s.execute(update(EventRow).where(EventRow.cluster_id == loser_id)
                  .values(cluster_id=winner.event_id, is_canonical=False, updated_at=now))
        s.add(Tombstone(event_id=loser_id, deleted_at=now, reason=_short(reason, 32) or "merged",
                        merged_into=winner.event_id))
        s.flush()
        s.expire_all()
        winner = s.execute(select(EventRow).where(EventRow.event_id == winner.event_id)).unique().scalar_one()
        self._recompute(s, winner)
        return True

    def delete_event(self, event_id: str, reason: str = "deleted") -> bool:
        """Soft-delete one report; a canonical event leaves a tombstone, its cluster a new head."""
        with self._write_lock, self.WriteSession.begin() as s:
            row = s.execute(select(EventRow).where(EventRow.event_id == event_id)).scalar()
            if row is None or row.deleted_at is not None:
                return False
            now = utcnow()
            row.deleted_at = now
            row.updated_at = now
            was_head = row.cluster_id == row.event_id
            if was_head:
                s.add(Tombstone(event_id=row.event_id, deleted_at=now, reason=_short(reason, 32) or "deleted"))
            s.flush()
            rest = s.execute(select(EventRow).where(EventRow.cluster_id == row.cluster_id,
                                                    EventRow.deleted_at.is_(None))
                             .order_by(EventRow.id)).scalars().all()
            row.is_canonical = False
            if rest:
                head = rest[0] if was_head else s.execute(
                    select(EventRow).where(EventRow.event_id == row.cluster_id)).scalar()
                if was_head:
                    s.execute(update(EventRow).where(EventRow.cluster_id == row.event_id)
                              .values(cluster_id=head.event_id))
                    s.flush()
                self._recompute(s, head)
            return True

def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and migrate) the database at ``url``: a SQLAlchemy URL or a SQLite file path;
    default ``$SITREP_DATABASE_URL`` or ``sitrep.db``."""
    return Store(url, migrate=migrate)
