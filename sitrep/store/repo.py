"""The store: one transaction per document, reconciliation on write, filtered reads."""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import date as _date, datetime, timedelta
from typing import Any, Iterator, Literal, Sequence

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from sitrep import model
from sitrep.reconcile import cluster as rc
from sitrep.reconcile import dedup
from sitrep.store import db as dbmod
from sitrep.store.filters import (  # noqa: F401 - re-exported (the store's public names)
    MAX_LIMIT, EventFilter, FilterError, _check_day, _naive_utc, decode_cursor, encode_cursor,
    parse_bbox, parse_datetime,
)
from sitrep.store.models import (
    ClaimRow, DocumentRow, EventRow, LocationRow, SourceRow, StatementRow, Tombstone, utcnow,
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

    @property
    def added(self) -> bool:
        return self.status == "added"


@dataclass
class StoredEvent:
    event: model.Event
    cluster_id: str
    is_canonical: bool
    cluster_size: int
    members: list[str]
    sources: list[dict]
    created_at: datetime
    updated_at: datetime
    children: list[str] = field(default_factory=list)
    deleted: bool = False

    def to_dict(self, include_claims: bool = True) -> dict[str, Any]:
        d = self.event.model_dump(mode="json")
        if not include_claims:
            d.pop("claims", None)
        d["claim_count"] = len(self.event.claims)
        d["sources"] = self.sources
        d["cluster_id"] = self.cluster_id
        d["cluster_size"] = self.cluster_size
        d["is_canonical"] = self.is_canonical
        d["created_at"] = iso(self.created_at)
        d["updated_at"] = iso(self.updated_at)
        return d


@dataclass
class EventPage:
    events: list[StoredEvent]
    next_cursor: str | None
    count: int


# --------------------------------------------------------------------------- helpers

def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.replace(microsecond=dt.microsecond).isoformat() + "Z"


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


def _count_from(row: EventRow, prefix: str) -> model.Count | None:
    q = getattr(row, f"{prefix}_qualifier")
    if q is None:
        return None
    return model.Count(low=getattr(row, f"{prefix}_low"), best=getattr(row, f"{prefix}_best"),
                       high=getattr(row, f"{prefix}_high"), qualifier=q)


def _loc_from(row: LocationRow | None) -> model.Location | None:
    if row is None:
        return None
    return model.Location(name=row.name, country_code=row.country_code, admin1_code=row.admin1_code,
                          admin1=row.admin1, admin2=row.admin2, lat=row.lat, lon=row.lon,
                          geonameid=row.geonameid, precision=row.precision, source=row.source)


def _claim_from(c: ClaimRow) -> model.Claim:
    return model.Claim(claimant=c.claimant, claimant_role=c.claimant_role,
                       claimant_side=c.claimant_side, certainty=c.certainty, quote=c.quote,
                       start=c.span_start, end=c.span_end, doc_id=c.doc_id)


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

class Store:
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
        with self.Session() as s:
            row = s.execute(q).first()
            return None if row is None else row[0]

    # ---------------------------------------------------------------- writes
    def add_result(self, result: model.ExtractionResult, *, raw_hash: str | None = None) -> AddOutcome:
        """Store one document with its events and statements in one transaction.

        Exact duplicates (same content hash) are skipped; near-duplicates (MinHash >= 0.8)
        become one more source of the stored document; new events are clustered with
        reports of the same incident already stored.
        """
        with self._write_lock:
            try:
                return self._add_result(result, raw_hash)
            except IntegrityError:
                # another process stored the same text between our check and our insert
                # (PostgreSQL, READ COMMITTED): once more, the check now finds it a duplicate
                return self._add_result(result, raw_hash)

    def _add_result(self, result: model.ExtractionResult, raw_hash: str | None) -> AddOutcome:
        doc = result.document
        text = doc.clean_text or ""
        h = doc.content_hash or dedup.content_hash(text)
        index = self._index()
        sig = dedup.minhash(text) if index.usable(text) else None
        with self.WriteSession.begin() as s:
            dup = s.execute(select(DocumentRow.doc_id).where(DocumentRow.content_hash == h)).scalar()
            if dup is None:
                dup = s.execute(select(SourceRow.doc_id).where(SourceRow.content_hash == h)).scalar()
            if dup is not None:
                return AddOutcome(doc.doc_id, "duplicate", duplicate_of=dup, similarity=1.0)
            if sig is not None:
                m = self._index(s).query(sig)  # every committed document: we hold the write lock
                if m is not None and s.get(DocumentRow, m.key) is not None:
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
            outcome = AddOutcome(doc_id, "added")
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
            for row, ev in new_rows:
                joined, merged = self._reconcile(s, row, ev)
                outcome.clustered += int(joined)
                outcome.merged_away.extend(merged)
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
        merged = rc.merge_cluster(evs)
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

    # ---------------------------------------------------------------- reads
    def _filtered(self, f: EventFilter, *, with_cursor: bool = True):
        dcol = func.coalesce(EventRow.date, "")
        q = (select(EventRow).outerjoin(LocationRow, EventRow.location_id == LocationRow.id)
             .where(EventRow.is_canonical.is_(True), EventRow.deleted_at.is_(None)))
        if f.date_from:
            q = q.where(func.coalesce(EventRow.date_end, EventRow.date) >= f.date_from)
        if f.date_to:
            q = q.where(EventRow.date <= f.date_to)
        if f.event_type:
            types = [t.strip() for t in f.event_type.split(",") if t.strip()]
            q = q.where(EventRow.event_type.in_(types))
        if f.admin1:
            q = q.where(func.upper(LocationRow.admin1_code) == f.admin1.strip().upper())
        if f.side:
            side = f.side.strip().upper()
            q = q.where(or_(func.upper(EventRow.actor1_side) == side, func.upper(EventRow.actor2_side) == side))
        if f.min_fatalities is not None:
            q = q.where(EventRow.fatalities_best >= f.min_fatalities)
        if f.bbox is not None:
            x0, y0, x1, y1 = f.bbox  # type: ignore[misc]
            q = q.where(LocationRow.lon >= x0, LocationRow.lon <= x1,
                        LocationRow.lat >= y0, LocationRow.lat <= y1)
        if f.updated_since is not None:
            q = q.where(EventRow.updated_at >= f.updated_since)
        if f.text:
            needle = f.text.strip().lower()
            member = aliased(EventRow)
            in_claims = (select(ClaimRow.id).join(member, ClaimRow.event_pk == member.id)
                         .where(member.cluster_id == EventRow.event_id,
                                func.lower(ClaimRow.quote).contains(needle, autoescape=True))
                         .exists())
            q = q.where(or_(
                func.lower(LocationRow.name).contains(needle, autoescape=True),
                func.lower(LocationRow.admin1).contains(needle, autoescape=True),
                func.lower(LocationRow.admin2).contains(needle, autoescape=True),
                func.lower(EventRow.actor1).contains(needle, autoescape=True),
                func.lower(EventRow.actor2).contains(needle, autoescape=True),
                in_claims))
        if with_cursor and f.cursor:
            day, pk = decode_cursor(f.cursor)
            q = q.where(or_(dcol < day, and_(dcol == day, EventRow.id < pk)))
        return q.order_by(dcol.desc(), EventRow.id.desc())

    def query_events(self, flt: EventFilter | None = None, **kw: Any) -> EventPage:
        """Canonical events matching the filter, newest first, with keyset pagination."""
        f = (flt or EventFilter(**kw)).normalised()
        with self.Session() as s:
            q = self._filtered(f)
            count = s.execute(select(func.count()).select_from(
                self._filtered(f, with_cursor=False).order_by(None).subquery())).scalar_one()
            if f.limit is not None:
                rows = s.execute(q.limit(f.limit + 1)).unique().scalars().all()
            else:
                rows = s.execute(q).unique().scalars().all()
            more = f.limit is not None and len(rows) > f.limit
            rows = rows[: f.limit] if f.limit is not None else rows
            out = self._hydrate(s, rows)
            nxt = encode_cursor(rows[-1].date or "", rows[-1].id) if more and rows else None
            return EventPage(out, nxt, count)

    def iter_events(self, flt: EventFilter | None = None, *, page_size: int = 500, **kw: Any) -> Iterator[StoredEvent]:
        """Every matching canonical event (all pages; ``limit`` caps the total when set)."""
        f = (flt or EventFilter(**kw)).normalised()
        total = f.limit
        f.limit = page_size
        n = 0
        while True:
            page = self.query_events(f)
            for e in page.events:
                if total is not None and n >= total:
                    return
                yield e
                n += 1
            if not page.next_cursor:
                return
            f.cursor = page.next_cursor

    def _hydrate(self, s: Session, rows: Sequence[EventRow]) -> list[StoredEvent]:
        if not rows:
            return []
        heads = [r.cluster_id for r in rows]
        members = s.execute(select(EventRow).where(EventRow.cluster_id.in_(set(heads)),
                                                   EventRow.deleted_at.is_(None))
                            .order_by(EventRow.id)).unique().scalars().all()
        by_cluster: dict[str, list[EventRow]] = {}
        for m in members:
            by_cluster.setdefault(m.cluster_id, []).append(m)
        pks = [m.id for m in members] + [r.id for r in rows]
        claims: dict[int, list[ClaimRow]] = {}
        for c in s.execute(select(ClaimRow).where(ClaimRow.event_pk.in_(set(pks)))
                           .order_by(ClaimRow.event_pk, ClaimRow.ord)).scalars():
            claims.setdefault(c.event_pk, []).append(c)
        doc_ids = {m.doc_id for m in members} | {r.doc_id for r in rows}
        # a parent merged into another cluster is shown by its canonical event
        parents = {r.parent_id for r in rows if r.parent_id}
        parent_canon = dict(s.execute(select(EventRow.event_id, EventRow.cluster_id)
                                      .where(EventRow.event_id.in_(parents))).all()) if parents else {}
        sources: dict[str, list[SourceRow]] = {}
        for src in s.execute(select(SourceRow).where(SourceRow.doc_id.in_(doc_ids)).order_by(SourceRow.id)).scalars():
            sources.setdefault(src.doc_id, []).append(src)
        out = []
        for r in rows:
            canonical = r.is_canonical and r.cluster_id == r.event_id and r.deleted_at is None
            group = by_cluster.get(r.event_id, [r]) if canonical else [r]
            ev_claims: list[model.Claim] = []
            for m in group:
                ev_claims.extend(_claim_from(c) for c in claims.get(m.id, ()))
            docs: list[str] = []
            for m in group:
                if m.doc_id not in docs:
                    docs.append(m.doc_id)
            srcs = [{"doc_id": d, "outlet": x.outlet, "url": x.url, "title": x.title,
                     "published_as": x.source_doc_id, "date": x.date, "similarity": x.similarity}
                    for d in docs for x in sources.get(d, ())]
            ev = model.Event(
                doc_id=r.doc_id, event_id=r.event_id,
                parent_id=parent_canon.get(r.parent_id, r.parent_id) if canonical else r.parent_id,
                event_type=r.event_type,
                acled_event_type=r.acled_event_type or "", acled_sub_event_type=r.acled_sub_event_type or "",
                date=r.date, date_end=r.date_end, date_precision=r.date_precision,
                is_aggregate=bool(r.is_aggregate), actor1=r.actor1, actor1_side=r.actor1_side,
                actor2=r.actor2, actor2_side=r.actor2_side, location=_loc_from(r.location),
                fatalities=_count_from(r, "fatalities"), injured=_count_from(r, "injured"),
                missing=_count_from(r, "missing"), civilian_targeting=r.civilian_targeting,
                target=r.target, weapons=[model.Weapon.model_validate(w) for w in (r.weapons or [])],
                claims=ev_claims)
            out.append(StoredEvent(event=ev, cluster_id=r.cluster_id, is_canonical=canonical,
                                   cluster_size=len(group) if canonical else len(by_cluster.get(r.cluster_id, [])) or 1,
                                   members=[m.event_id for m in group], sources=srcs,
                                   created_at=r.created_at, updated_at=r.updated_at,
                                   deleted=r.deleted_at is not None))
        return out

    def get_event(self, event_id: str) -> StoredEvent | None:
        """One event: a canonical one with every claim of its cluster, or a single report."""
        with self.Session() as s:
            row = s.execute(select(EventRow).where(EventRow.event_id == event_id)).unique().scalar()
            if row is None:
                return None
            if not row.is_canonical or row.deleted_at is not None:
                members = s.execute(select(EventRow).where(EventRow.cluster_id == row.cluster_id,
                                                           EventRow.deleted_at.is_(None))).unique().scalars().all()
                st = self._hydrate(s, [row])[0]
                st.cluster_size = len(members)
                if not row.is_canonical and row.deleted_at is None:
                    st.event = self._original(row, row.claims)
            else:
                st = self._hydrate(s, [row])[0]
            parents = st.members if st.is_canonical else [event_id]
            kids: list[str] = []
            for eid, cid in s.execute(select(EventRow.event_id, EventRow.cluster_id).where(
                    EventRow.parent_id.in_(parents), EventRow.deleted_at.is_(None)).order_by(EventRow.id)):
                k = cid if st.is_canonical else eid
                if k not in kids and k not in parents:
                    kids.append(k)
            st.children = kids
            return st

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        with self.Session() as s:
            d = s.get(DocumentRow, doc_id)
            if d is None:
                alias = s.execute(select(SourceRow.doc_id).where(SourceRow.source_doc_id == doc_id)).scalar()
                d = s.get(DocumentRow, alias) if alias else None
                if d is None:
                    return None
            doc = model.Document(doc_id=d.doc_id, title=d.title, date=d.date, date_source=d.date_source,
                                 outlet=d.outlet, editor=d.editor, author=d.author, url=d.url,
                                 source_path=d.source_path, language=d.language, clean_text=d.clean_text,
                                 content_hash=d.content_hash)
            out = doc.model_dump(mode="json")
            out["sources"] = [{"doc_id": x.doc_id, "published_as": x.source_doc_id, "outlet": x.outlet,
                               "url": x.url, "title": x.title, "date": x.date, "similarity": x.similarity,
                               "is_primary": x.is_primary} for x in d.sources]
            out["event_ids"] = list(s.execute(select(EventRow.event_id).where(
                EventRow.doc_id == d.doc_id).order_by(EventRow.id)).scalars())
            out["created_at"] = iso(d.created_at)
            return out

    def deleted_since(self, since: datetime | str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        if isinstance(since, str):
            since = parse_datetime(since)
        elif isinstance(since, datetime):
            since = _naive_utc(since)
        with self.Session() as s:
            q = select(Tombstone).order_by(Tombstone.deleted_at, Tombstone.id)
            if since is not None:
                q = q.where(Tombstone.deleted_at >= since)
            if limit:
                q = q.limit(limit)
            return [{"event_id": t.event_id, "deleted_at": iso(t.deleted_at), "reason": t.reason,
                     "merged_into": t.merged_into} for t in s.execute(q).scalars()]

    def statements(self, *, date_from: str | None = None, date_to: str | None = None,
                   speaker: str | None = None, side: str | None = None, doc_id: str | None = None,
                   limit: int | None = 100, offset: int = 0) -> list[model.Statement]:
        date_from = _check_day(date_from, "date_from")
        date_to = _check_day(date_to, "date_to")
        with self.Session() as s:
            q = select(StatementRow)
            if date_from:
                q = q.where(StatementRow.date >= date_from)
            if date_to:
                q = q.where(StatementRow.date <= date_to)
            if speaker and speaker.strip():
                q = q.where(func.lower(StatementRow.speaker).contains(speaker.strip().lower(), autoescape=True))
            if side and side.strip():
                q = q.where(func.upper(StatementRow.speaker_side) == side.strip().upper())
            if doc_id:
                q = q.where(StatementRow.doc_id == doc_id)
            q = q.order_by(StatementRow.date.desc(), StatementRow.id.desc()).offset(max(0, offset))
            if limit is not None:
                q = q.limit(max(1, min(limit, MAX_LIMIT)))
            return [model.Statement(doc_id=r.doc_id, speaker=r.speaker, speaker_role=r.speaker_role,
                                    speaker_side=r.speaker_side, quote=r.quote, start=r.span_start,
                                    end=r.span_end, direct=bool(r.direct), event_ids=list(r.event_ids or []))
                    for r in s.execute(q).scalars()]

    def meta(self) -> dict[str, Any]:
        with self.Session() as s:
            canon = and_(EventRow.is_canonical.is_(True), EventRow.deleted_at.is_(None))
            n_events = s.execute(select(func.count()).select_from(EventRow).where(canon)).scalar_one()
            n_reports = s.execute(select(func.count()).select_from(EventRow)
                                  .where(EventRow.deleted_at.is_(None))).scalar_one()
            dmin, dmax = s.execute(select(func.min(EventRow.date), func.max(EventRow.date)).where(canon)).one()
            by_type = dict(s.execute(select(EventRow.event_type, func.count()).where(canon)
                                     .group_by(EventRow.event_type)).all())
            last = s.execute(select(func.max(EventRow.updated_at))).scalar()
            return {
                "events": n_events,
                "reports": n_reports,
                "documents": s.execute(select(func.count()).select_from(DocumentRow)).scalar_one(),
                "sources": s.execute(select(func.count()).select_from(SourceRow)).scalar_one(),
                "claims": s.execute(select(func.count()).select_from(ClaimRow)).scalar_one(),
                "statements": s.execute(select(func.count()).select_from(StatementRow)).scalar_one(),
                "tombstones": s.execute(select(func.count()).select_from(Tombstone)).scalar_one(),
                "date_min": dmin, "date_max": dmax,
                "event_types": by_type,
                "last_updated": iso(last),
                "database": self.dialect,
            }

    def integrity_problems(self) -> list[str]:
        """Consistency checks used by tests and ``sitrep db check``-style tooling."""
        problems = []
        with self.Session() as s:
            heads = aliased(EventRow)
            bad = s.execute(select(EventRow.event_id).outerjoin(heads, heads.event_id == EventRow.cluster_id)
                            .where(heads.id.is_(None))).all()
            problems += [f"event {e} points to a missing cluster head" for (e,) in bad]
            nodoc = s.execute(select(DocumentRow.doc_id).outerjoin(SourceRow, and_(
                SourceRow.doc_id == DocumentRow.doc_id, SourceRow.is_primary.is_(True))).where(SourceRow.id.is_(None))).all()
            problems += [f"document {d} has no primary source" for (d,) in nodoc]
        return problems


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and migrate) the database at ``url``: a SQLAlchemy URL or a SQLite file path;
    default ``$SITREP_DATABASE_URL`` or ``sitrep.db``."""
    return Store(url, migrate=migrate)
