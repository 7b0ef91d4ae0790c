"""Re-extraction: run the current extractor again over documents already stored.

    from sitrep.app import Settings, reextract

    summary = reextract.reextract(Settings.from_env(database_url="events.db"), since="2025-03-01")
    print(summary.line())

Each selected document's stored clean text (with its stored date and outlet, so the result
is what ingesting it today would give) goes through the extractor of this process, under the
per-document time limit of :func:`sitrep.app.executors.extract_one`. When the new events,
claims and statements differ from the stored ones, the document's reports are replaced and
re-reconciled (:func:`sitrep.store.reextract.reextract`); when they are the same nothing is
written, so a second run changes nothing. Analyst decisions are never written into the
extracted rows: they are overrides on stable identities (:mod:`sitrep.store.review`) that
find their incidents again, so every verification, rejection, correction, merge and split is
kept; a verified event whose machine facts changed is flagged for re-review.
"""
from __future__ import annotations

import json
from datetime import datetime
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Optional, Sequence

from sitrep import model
from sitrep.app import executors
from sitrep.app.driver import one_line, store_error_message
from sitrep.app.settings import Settings

DocumentExtractor = Callable[[model.Document], executors.Result]


@dataclass
class ReextractSummary:
    documents: int = 0          # selected
    changed: int = 0            # whose extraction differed and was replaced
    unchanged: int = 0
    failed: int = 0
    reports_removed: int = 0
    reports_added: int = 0
    events_before: int = 0      # live canonical events in the database
    events_after: int = 0
    overrides_before: int = 0   # analyst decisions attached to a live event
    overrides_kept: int = 0
    flagged: int = 0            # decisions newly flagged for re-review (their machine facts changed)
    flagged_events: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return (f"documents: {self.documents} re-extracted ({self.changed} changed, {self.unchanged} unchanged, "
                f"{self.failed} failed); events: {self.events_before} before, {self.events_after} after; "
                f"overrides: {self.overrides_kept} of {self.overrides_before} kept; "
                f"flagged for re-review: {self.flagged}")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["errors"] = [{"doc_id": a, "error": b} for a, b in self.errors]
        return d


def document_extractor(settings: Optional[Settings] = None) -> DocumentExtractor:
    """The extractor of this process (loaded once) over a cleaned, stored document."""
    from sitrep.extract.pipeline import get_pipeline  # noqa: PLC0415 - heavy

    settings = settings or Settings.from_env()
    settings.configure_process()
    return get_pipeline().extract


# --------------------------------------------------------------------------- reading the store

def select_documents(store, *, since: Optional[str] = None, doc_ids: Sequence[str] = ()) -> list[str]:
    """Stored document ids, oldest first: those named (``doc_ids``), else all, limited to
    documents dated ``since`` or later (an undated one: stored since that day)."""
    from sqlalchemy import and_, or_, select  # noqa: PLC0415

    from sitrep.store.models import DocumentRow  # noqa: PLC0415

    q = select(DocumentRow.doc_id).order_by(DocumentRow.created_at, DocumentRow.doc_id)
    if doc_ids:
        q = q.where(DocumentRow.doc_id.in_(list(doc_ids)))
    if since:
        day = datetime.fromisoformat(since[:10])
        q = q.where(or_(DocumentRow.date >= since[:10], and_(DocumentRow.date.is_(None), DocumentRow.created_at >= day)))
    with store.Session() as s:
        found = list(s.execute(q).scalars())
    missing = sorted(set(doc_ids) - set(found))
    if missing:
        raise KeyError(f"no stored document: {', '.join(missing)}")
    return found


def stored_document(store, doc_id: str) -> model.Document:
    from sitrep.store.models import DocumentRow  # noqa: PLC0415

    with store.Session() as s:
        d = s.get(DocumentRow, doc_id)
        if d is None:
            raise KeyError(f"no stored document {doc_id!r}")
        return model.Document(doc_id=d.doc_id, title=d.title, date=d.date, date_source=d.date_source,
                              outlet=d.outlet, editor=d.editor, author=d.author, url=d.url,
                              source_path=d.source_path, language=d.language, clean_text=d.clean_text or "",
                              content_hash=d.content_hash)


def _canon(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str)


def _claim_key(claimant, role, side, certainty, quote, start, end) -> tuple:
    return (claimant, role, (side or None) and side[:16], certainty, quote, start, end)


def _statement_key(speaker, role, side, quote, start, end, direct) -> tuple:
    return (speaker, role, side, quote, start, end, bool(direct))


def _signature(events: Iterable[tuple[dict, list[tuple]]], statements: Iterable[tuple]) -> str:
    """What a document's extraction says, without its ids (new ids are not a new extraction)."""
    evs = list(events)
    ids = {rec.get("event_id"): n for n, (rec, _c) in enumerate(evs)}
    out = []
    for rec, claims in evs:
        r = {k: v for k, v in rec.items() if k not in ("event_id", "doc_id", "parent_id", "claims")}
        r["parent"] = ids.get(rec.get("parent_id"), rec.get("parent_id"))
        out.append((r, [list(c) for c in claims]))
    return _canon([out, [list(s) for s in statements]])


def stored_signature(store, doc_id: str) -> str:
    from sqlalchemy import select  # noqa: PLC0415

    from sitrep.store.models import ClaimRow, EventRow, StatementRow  # noqa: PLC0415

    with store.Session() as s:
        rows = s.execute(select(EventRow.id, EventRow.event_id, EventRow.original)
                         .where(EventRow.doc_id == doc_id, EventRow.deleted_at.is_(None))
                         .order_by(EventRow.id)).all()
        claims: dict[int, list[tuple]] = {pk: [] for pk, _e, _o in rows}
        if rows:
            for c in s.execute(select(ClaimRow).where(ClaimRow.event_pk.in_(list(claims)))
                               .order_by(ClaimRow.event_pk, ClaimRow.ord)).scalars():
                claims[c.event_pk].append(_claim_key(c.claimant, c.claimant_role, c.claimant_side,
                                                     c.certainty, c.quote, c.span_start, c.span_end))
        stmts = [_statement_key(st.speaker, st.speaker_role, st.speaker_side, st.quote, st.span_start,
                                st.span_end, st.direct)
                 for st in s.execute(select(StatementRow).where(StatementRow.doc_id == doc_id)
                                     .order_by(StatementRow.ord)).scalars()]
    events = []
    for _pk, eid, original in rows:
        rec = dict(original or {})
        rec["event_id"] = eid
        events.append((rec, claims[_pk]))
    return _signature(events, stmts)


def result_signature(result: model.ExtractionResult) -> str:
    events = []
    for ev in result.events:
        rec = json.loads(ev.model_dump_json(exclude={"claims"}))
        events.append((rec, [_claim_key(c.claimant, c.claimant_role, c.claimant_side, c.certainty, c.quote,
                                        c.start, c.end) for c in ev.claims]))
    stmts = [_statement_key(st.speaker, st.speaker_role, st.speaker_side, st.quote, st.start, st.end, st.direct)
             for st in result.statements]
    return _signature(events, stmts)


def live_events(store) -> int:
    from sqlalchemy import func, select  # noqa: PLC0415

    from sitrep.store.models import EventRow  # noqa: PLC0415

    with store.Session() as s:
        return s.execute(select(func.count()).select_from(EventRow).where(
            EventRow.is_canonical.is_(True), EventRow.deleted_at.is_(None))).scalar_one()


def decisions(store) -> dict[int, tuple[str, bool]]:
    """review id -> (its canonical event, whether it needs re-review), for every analyst
    decision attached to a live event."""
    from sitrep.store import review  # noqa: PLC0415

    review.invalidate(store)
    out: dict[int, tuple[str, bool]] = {}
    for head, rid in review.resolved(store).items():
        item = store.get_event(head)
        if item is None or item.review is None:
            continue
        out[rid] = (head, bool(item.review.get("needs_review")))
    return out


# --------------------------------------------------------------------------- the run

def reextract(settings: Settings, *, store=None, since: Optional[str] = None, doc_ids: Sequence[str] = (),
              extractor: Optional[DocumentExtractor] = None,
              on_progress: Optional[Callable[[str, str], None]] = None) -> ReextractSummary:
    """Re-extract stored documents with ``extractor`` (default: this process's pipeline) and
    replace the extraction of each one that changed; per-document failures are counted and
    reported, never raised (an unknown ``doc_ids`` entry raises KeyError before any work)."""
    from sitrep.store.reextract import reextract as replace  # noqa: PLC0415

    own = store is None
    if own:
        from sitrep.store import open_store  # noqa: PLC0415

        store = open_store(settings.database_url)
    try:
        summary = ReextractSummary()
        chosen = select_documents(store, since=since, doc_ids=doc_ids)
        summary.documents = len(chosen)
        summary.events_before = live_events(store)
        before = decisions(store)
        summary.overrides_before = len(before)
        if chosen and extractor is None:
            extractor = document_extractor(settings)
        for doc_id in chosen:
            doc = stored_document(store, doc_id)
            result = executors.extract_one(doc, settings, extractor)  # type: ignore[arg-type]
            if isinstance(result, model.IngestError):
                summary.failed += 1
                summary.errors.append((doc_id, one_line(result.message)))
                status = "failed"
            elif result_signature(result) == stored_signature(store, doc_id):
                summary.unchanged += 1
                status = "unchanged"
            else:
                result = result.model_copy(update={"document": doc})  # the stored document stays as it is
                try:
                    out = replace(store, result)
                except Exception as exc:  # noqa: BLE001 - one bad document never stops the run
                    summary.failed += 1
                    summary.errors.append((doc_id, store_error_message(exc)))
                    status = "failed"
                else:
                    summary.changed += 1
                    summary.reports_removed += len(out.removed)
                    summary.reports_added += len(out.added)
                    status = "changed"
            if on_progress:
                on_progress(doc_id, status)
        summary.events_after = live_events(store)
        after = decisions(store)
        summary.overrides_kept = sum(1 for rid in before if rid in after)
        newly = [head for rid, (head, flag) in after.items() if flag and not before.get(rid, ("", False))[1]]
        summary.flagged = len(newly)
        summary.flagged_events = sorted(newly)
        return summary
    finally:
        if own:
            store.close()
