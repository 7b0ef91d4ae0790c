"""Reads of the store: filtered, keyset-paginated canonical events with their clusters,
documents, tombstones, statements, counts (:class:`StoreReads`, a base of
:class:`sitrep.store.repo.Store`), and the value objects they return."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterator, Sequence

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from sitrep import model
from sitrep.store import review
from sitrep.store import records as rec
from sitrep.store.filters import (
    MAX_LIMIT, EventFilter, _check_day, _naive_utc, decode_cursor, encode_cursor, parse_datetime,
)
from sitrep.store.review_models import ReviewAction, ReviewRow
from sitrep.store.watch_tables import source_trust, watched_sources
from sitrep.store.models import (
    ClaimRow, DocumentRow, EventRow, LocationRow, SourceRow, StatementRow, Tombstone,
)


SLOW_COUNT_S = 0.05
COUNT_TTL_S = 5.0


@dataclass
class StoredEvent:
    """A stored event: ``record`` is its EVENTS.md record (the dict of
    ``model.Event.model_dump(mode="json")``, built from the rows without pydantic); ``event``
    validates it into a :class:`model.Event` on first use (exports, reports), and setting
    ``event`` makes that the record."""

    record: dict[str, Any]
    cluster_id: str
    is_canonical: bool
    cluster_size: int
    members: list[str]
    sources: list[dict]
    created_at: datetime
    updated_at: datetime
    children: list[str] = field(default_factory=list)
    deleted: bool = False
    review_status: str = "unreviewed"  # overlaid by sitrep.store.review
    review: dict[str, Any] | None = None
    _event: model.Event | None = field(default=None, repr=False, compare=False)

    @property
    def event(self) -> model.Event:
        if self._event is None:
            self._event = model.Event.model_validate(self.record)
        return self._event

    @event.setter
    def event(self, ev: model.Event) -> None:
        self._event = ev
        self.record = ev.model_dump(mode="json")

    def to_dict(self, include_claims: bool = True) -> dict[str, Any]:
        if self._event is not None:  # handed out: it may have been changed since
            d = self._event.model_dump(mode="json")
        else:
            d = dict(self.record)
            d["claims"] = [dict(c) for c in d["claims"]]
        claims = d.pop("claims") if not include_claims else d["claims"]
        d["claim_count"] = len(claims)
        d["sources"] = self.sources
        d["cluster_id"] = self.cluster_id
        d["cluster_size"] = self.cluster_size
        d["is_canonical"] = self.is_canonical
        d["created_at"] = iso(self.created_at)
        d["updated_at"] = iso(self.updated_at)
        d["review_status"] = self.review_status
        if self.review is not None:
            d["review"] = self.review
        return d


@dataclass
class EventPage:
    events: list[StoredEvent]
    next_cursor: str | None
    count: int


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.replace(microsecond=dt.microsecond).isoformat() + "Z"


def _claim_from(c: ClaimRow) -> model.Claim:
    return model.Claim(claimant=c.claimant, claimant_role=c.claimant_role,
                       claimant_side=c.claimant_side, certainty=c.certainty, quote=c.quote,
                       start=c.span_start, end=c.span_end, doc_id=c.doc_id)


def review_where(store, q, f: EventFilter):
    """Leave out rejected events (unless ``f.include_rejected`` or asked for by status) and
    keep the review statuses ``f.review_status`` asks for (see :mod:`sitrep.store.review`)."""
    wanted = {x.strip() for x in (f.review_status or "").split(",") if x.strip()}
    if not wanted and f.include_rejected:
        return q
    if "rejected" not in wanted and not f.include_rejected:
        hidden = review.hidden_ids(store)
        if hidden:
            q = q.where(EventRow.event_id.not_in(sorted(hidden)))
    if wanted and wanted != set(review.STATUSES):
        decided = review.heads_with_status(store, wanted - {"unreviewed"})
        if "unreviewed" in wanted:
            others = review.heads_with_status(store, set(review.STATUSES) - wanted - {"unreviewed"})
            if others:
                q = q.where(EventRow.event_id.not_in(sorted(others)))
        else:
            q = q.where(EventRow.event_id.in_(sorted(decided)))
    return q


class StoreReads:
    """The read methods of :class:`~sitrep.store.repo.Store` (which provides ``Session``
    and ``_original``)."""
    def _filtered(self, f: EventFilter, *, with_cursor: bool = True, columns: Sequence[Any] | None = None):
        """The filtered, ordered select (newest first); ``columns`` as well as the event's
        (default: the event and location columns that :mod:`sitrep.store.records` reads).
        The order ``coalesce(date, ''), id`` is the index ``ix_events_listing``."""
        dcol = func.coalesce(EventRow.date, literal_column("''"))
        cols = list(columns) if columns is not None else [*rec.EVENT_COLUMNS, *rec.LOCATION_COLUMNS]
        q = (select(*cols).select_from(EventRow.__table__.outerjoin(
                LocationRow.__table__, EventRow.location_id == LocationRow.id))
             .where(EventRow.is_canonical.is_(True), EventRow.deleted_at.is_(None)))
        conds: list = []
        if f.date_from:
            conds.append(func.coalesce(EventRow.date_end, EventRow.date) >= f.date_from)
        if f.date_to:  # said on the listing order's column, so the index seeks the range
            conds.append(and_(dcol <= f.date_to, dcol > literal_column("''")))
        if f.event_type:
            types = [t.strip() for t in f.event_type.split(",") if t.strip()]
            conds.append(EventRow.event_type.in_(types))
        if f.admin1:
            conds.append(func.upper(LocationRow.admin1_code) == f.admin1.strip().upper())
        if f.side:
            side = f.side.strip().upper()
            conds.append(or_(func.upper(EventRow.actor1_side) == side, func.upper(EventRow.actor2_side) == side))
        if f.min_fatalities is not None:
            conds.append(EventRow.fatalities_best >= f.min_fatalities)
        if f.bbox is not None:
            x0, y0, x1, y1 = f.bbox  # type: ignore[misc]
            conds.extend((LocationRow.lon >= x0, LocationRow.lon <= x1,
                          LocationRow.lat >= y0, LocationRow.lat <= y1))
        if f.updated_since is not None:
            q = q.where(EventRow.updated_at >= f.updated_since)
        if f.text:
            needle = f.text.strip().lower()
            member = aliased(EventRow)
            in_claims = (select(ClaimRow.id).join(member, ClaimRow.event_pk == member.id)
                         .where(member.cluster_id == EventRow.event_id,
                                func.lower(ClaimRow.quote).contains(needle, autoescape=True))
                         .exists())
            conds.append(or_(
                func.lower(LocationRow.name).contains(needle, autoescape=True),
                func.lower(LocationRow.admin1).contains(needle, autoescape=True),
                func.lower(LocationRow.admin2).contains(needle, autoescape=True),
                func.lower(EventRow.actor1).contains(needle, autoescape=True),
                func.lower(EventRow.actor2).contains(needle, autoescape=True),
                in_claims))
        if conds:  # corrected values are filtered as the analyst set them
            q = q.where(review.corrected_condition(self, f, conds))
        q = review_where(self, q, f)
        if with_cursor and f.cursor:
            day, pk = decode_cursor(f.cursor)
            # "<= day" first: the index seeks it (a row-value comparison would scan from the top)
            q = q.where(dcol <= day, or_(dcol < day, EventRow.id < pk))
        return q.order_by(dcol.desc(), EventRow.id.desc())

    def generation(self, s: Session | None = None) -> tuple:
        """A value that changes whenever what the event reads return may change: an event
        added, merged, edited or deleted (every write sets ``events.updated_at``), a source
        or a tombstone added, an analyst's review decision. Index look-ups (maxima) in one
        statement, compiled once; the count and response caches key on it."""
        if s is None:
            with self.Session() as own:
                return self.generation(own)
        sql = self.__dict__.get("_generation_sql")
        if sql is None:
            q = select(select(func.max(EventRow.updated_at)).scalar_subquery().label("updated"),
                       select(func.max(EventRow.id)).scalar_subquery().label("events"),
                       select(func.max(SourceRow.id)).scalar_subquery().label("sources"),
                       select(func.max(Tombstone.id)).scalar_subquery().label("tombstones"),
                       select(func.max(ReviewRow.updated_at)).scalar_subquery().label("reviews"),
                       select(func.max(ReviewAction.id)).scalar_subquery().label("review_actions"))
            sql = self._generation_sql = str(q.compile(dialect=s.get_bind().dialect))
        return tuple(s.connection().exec_driver_sql(sql).one())

    def count_events(self, f: EventFilter, s: Session | None = None) -> int:
        """How many canonical events match ``f`` (cursor and limit aside); cached per filter
        until the events change, so paging through a large database counts once. A count that
        took over ``SLOW_COUNT_S`` (a broad filter over 100,000 events) is kept up to
        ``COUNT_TTL_S`` seconds while writes go on, so that an ingest does not make every page
        count again: the total may then lag the writes by that much (the events never do)."""
        if s is None:
            with self.Session() as own:
                return self.count_events(f, own)
        key = tuple(getattr(f, k) for k in ("date_from", "date_to", "event_type", "admin1", "side",
                                              "text", "min_fatalities", "bbox", "updated_since",
                                              "review_status", "include_rejected"))
        gen = self.generation(s)
        cache: dict = self.__dict__.setdefault("_count_cache", {})
        locks: dict = self.__dict__.setdefault("_count_locks", {})
        with locks.setdefault(key, threading.Lock()):  # one count per filter at a time: the others wait for it
            hit = cache.get(key)
            now = time.monotonic()
            if hit is not None and (hit[0] == gen or (hit[3] > SLOW_COUNT_S and now - hit[2] < COUNT_TTL_S)):
                return hit[1]
            n = s.execute(select(func.count()).select_from(
                self._filtered(f, with_cursor=False, columns=[EventRow.id]).order_by(None).subquery())).scalar_one()
            if len(cache) > 512:
                cache.clear()
            cache[key] = (gen, n, now, time.monotonic() - now)
        if len(locks) > 1024:
            locks.clear()
        return n

    def query_events(self, flt: EventFilter | None = None, *, with_count: bool = True, **kw: Any) -> EventPage:
        """Canonical events matching the filter, newest first, with keyset pagination
        (``count`` is -1 with ``with_count=False``)."""
        f = (flt or EventFilter(**kw)).normalised()
        with self.Session() as s:
            q = self._filtered(f)
            count = self.count_events(f, s) if with_count else -1
            rows = s.execute(q.limit(f.limit + 1) if f.limit is not None else q).all()
            more = f.limit is not None and len(rows) > f.limit
            rows = rows[: f.limit] if f.limit is not None else rows
            out = self._hydrate(s, rows)
            review.overlay(self, s, out)
            nxt = encode_cursor(rows[-1].date or "", rows[-1].id) if more and rows else None
            return EventPage(out, nxt, count)

    def iter_events(self, flt: EventFilter | None = None, *, page_size: int = 500, **kw: Any) -> Iterator[StoredEvent]:
        """Every matching canonical event (all pages; ``limit`` caps the total when set).
        One page of ``page_size`` events is in memory at a time, each page read in its own
        short transaction (a stream of any length holds no lock and no snapshot)."""
        f = (flt or EventFilter(**kw)).normalised()
        total = f.limit
        f.limit = page_size
        n = 0
        while True:
            if total is not None:
                f.limit = max(1, min(page_size, total - n))
            page = self.query_events(f, with_count=False)
            for e in page.events:
                if total is not None and n >= total:
                    return
                yield e
                n += 1
            if not page.next_cursor or (total is not None and n >= total):
                return
            f.cursor = page.next_cursor

    def stream_events(self, flt: EventFilter | None = None, *, chunk: int = 500, **kw: Any) -> Iterator[StoredEvent]:
        """Every matching canonical event (``limit``, when set, caps the total: not clamped to
        a page), read from one cursor in one snapshot and hydrated ``chunk`` rows at a time:
        memory holds one chunk, whatever the number of events (exports stream from this).
        PostgreSQL reads through a server-side cursor; SQLite's cursor steps the B-tree."""
        f = flt or EventFilter(**kw)
        limit = f.limit
        f = f.normalised()
        with self.Session() as s:
            q = self._filtered(f, with_cursor=False)
            if limit is not None:
                q = q.limit(max(0, int(limit)))
            result = s.execute(q.execution_options(stream_results=True, yield_per=chunk))
            for rows in result.partitions(chunk):
                items = self._hydrate(s, rows)
                review.overlay(self, s, items)
                yield from items

    @staticmethod
    def _row_select():
        return select(*rec.EVENT_COLUMNS, *rec.LOCATION_COLUMNS).select_from(
            EventRow.__table__.outerjoin(LocationRow.__table__, EventRow.location_id == LocationRow.id))

    def _hydrate(self, s: Session, rows: Sequence[Any]) -> list[StoredEvent]:
        """Stored events from rows of :meth:`_filtered` (the canonical view of each cluster:
        the claims and sources of every member)."""
        if not rows:
            return []
        if isinstance(rows[0], EventRow):  # ORM rows (a caller inside a write session): as selected rows
            ids = [r.id for r in rows]
            got = {r.id: r for r in s.execute(self._row_select().where(EventRow.id.in_(ids))).all()}
            rows = [got[i] for i in ids]
        heads = {r.cluster_id for r in rows}
        members = s.execute(select(EventRow.id, EventRow.event_id, EventRow.cluster_id, EventRow.doc_id)
                            .where(EventRow.cluster_id.in_(heads), EventRow.deleted_at.is_(None))
                            .order_by(EventRow.id)).all()
        by_cluster: dict[str, list[Any]] = {}
        for m in members:
            by_cluster.setdefault(m.cluster_id, []).append(m)
        pks = {m.id for m in members} | {r.id for r in rows}
        claims: dict[int, list[dict]] = {}
        for c in s.execute(select(*rec.CLAIM_COLUMNS).where(ClaimRow.event_pk.in_(pks))
                           .order_by(ClaimRow.event_pk, ClaimRow.ord)):
            claims.setdefault(c.event_pk, []).append(rec.claim(c))
        doc_ids = {m.doc_id for m in members} | {r.doc_id for r in rows}
        # a parent merged into another cluster is shown by its canonical event
        parents = {r.parent_id for r in rows if r.parent_id}
        parent_canon = dict(s.execute(select(EventRow.event_id, EventRow.cluster_id)
                                      .where(EventRow.event_id.in_(parents))).all()) if parents else {}
        sources: dict[str, list[Any]] = {}
        for src in s.execute(select(*rec.SOURCE_COLUMNS).where(SourceRow.doc_id.in_(doc_ids)).order_by(SourceRow.id)):
            sources.setdefault(src.doc_id, []).append(src)
        watched = watched_sources(s, doc_ids)
        out = []
        for r in rows:
            canonical = bool(r.is_canonical) and r.cluster_id == r.event_id and r.deleted_at is None
            group = by_cluster.get(r.event_id, [r]) if canonical else [r]
            ev_claims: list[dict] = []
            for m in group:
                ev_claims.extend(claims.get(m.id, ()))
            docs: list[str] = []
            for m in group:
                if m.doc_id not in docs:
                    docs.append(m.doc_id)
            srcs = [{**rec.source(d, x), **source_trust(watched, d, x.url)} for d in docs for x in sources.get(d, ())]
            parent = parent_canon.get(r.parent_id, r.parent_id) if canonical else r.parent_id
            out.append(StoredEvent(record=rec.event(r, parent, ev_claims), cluster_id=r.cluster_id,
                                   is_canonical=canonical,
                                   cluster_size=len(group) if canonical else len(by_cluster.get(r.cluster_id, [])) or 1,
                                   members=[m.event_id for m in group], sources=srcs,
                                   created_at=r.created_at, updated_at=r.updated_at,
                                   deleted=r.deleted_at is not None))
        return out

    def get_event(self, event_id: str) -> StoredEvent | None:
        """One event: a canonical one with every claim of its cluster, or a single report."""
        with self.Session() as s:
            row = s.execute(self._row_select().where(EventRow.event_id == event_id)).first()
            if row is None:
                return None
            st = self._hydrate(s, [row])[0]
            if not row.is_canonical or row.deleted_at is not None:
                st.cluster_size = s.execute(select(func.count()).select_from(EventRow).where(
                    EventRow.cluster_id == row.cluster_id, EventRow.deleted_at.is_(None))).scalar_one()
                if not row.is_canonical and row.deleted_at is None:
                    orm = s.execute(select(EventRow).where(EventRow.id == row.id)).unique().scalar_one()
                    st.event = self._original(orm, orm.claims)
            parents = st.members if st.is_canonical else [event_id]
            kids: list[str] = []
            for eid, cid in s.execute(select(EventRow.event_id, EventRow.cluster_id).where(
                    EventRow.parent_id.in_(parents), EventRow.deleted_at.is_(None)).order_by(EventRow.id)):
                k = cid if st.is_canonical else eid
                if k not in kids and k not in parents:
                    kids.append(k)
            st.children = kids
            review.overlay(self, s, [st])
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
            watched = watched_sources(s, [d.doc_id])
            out["sources"] = [{"doc_id": x.doc_id, "published_as": x.source_doc_id, "outlet": x.outlet,
                               "url": x.url, "title": x.title, "date": x.date, "similarity": x.similarity,
                               "is_primary": x.is_primary, **source_trust(watched, d.doc_id, x.url)}
                              for x in d.sources]
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
