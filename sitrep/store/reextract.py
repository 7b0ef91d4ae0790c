"""Re-extraction: replace the events and statements of a stored document with a new
extraction of it (a newer extractor), keeping the document and its sources.

The old reports are soft-deleted (a canonical one leaves a tombstone and hands its cluster
to its next report, as :meth:`Store.delete_event` does); the new ones get fresh ids
(``<doc>-<n>~r<k>`` when ``<doc>-<n>`` is taken) and are reconciled like newly ingested
reports. Review decisions find their events again by content (see
:mod:`sitrep.store.review`); merge and split decisions are re-applied afterwards
(:func:`sitrep.store.review_actions.enforce_links`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select

from sitrep import model
from sitrep.store.models import ClaimRow, DocumentRow, EventRow, StatementRow
from sitrep.store.repo import Store, _day, _short


@dataclass
class ReextractOutcome:
    doc_id: str
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    clustered: int = 0
    links_enforced: int = 0


def reextract(store: Store, result: model.ExtractionResult) -> ReextractOutcome:
    """Replace the stored extraction of ``result.document.doc_id`` by ``result``."""
    from sitrep.store import review, review_actions  # noqa: PLC0415

    doc_id = result.document.doc_id
    with store.Session() as s:
        if s.get(DocumentRow, doc_id) is None:
            raise KeyError(f"no stored document {doc_id!r}")
        old = list(s.execute(select(EventRow.event_id).where(EventRow.doc_id == doc_id,
                                                             EventRow.deleted_at.is_(None))
                             .order_by(EventRow.id)).scalars())
    out = ReextractOutcome(doc_id)
    for eid in old:
        if store.delete_event(eid, reason="reextracted"):
            out.removed.append(eid)
    with store._write_lock, store.WriteSession.begin() as s:
        taken = set(s.execute(select(EventRow.event_id).where(EventRow.doc_id == doc_id)).scalars())
        gen = 1 + sum(1 for t in taken if "~r" in t)
        ids: dict[str, str] = {}
        for n, ev in enumerate(result.events):
            eid = _short(ev.event_id, 300) or f"{doc_id}-{n + 1}"
            base = eid[:280]
            while eid in taken:
                eid = f"{base}~r{gen}"
                gen += 1
            taken.add(eid)
            ids[ev.event_id] = eid
        new_rows = []
        for ev in result.events:
            eid = ids[ev.event_id]
            ev = ev.model_copy(update={"doc_id": doc_id, "event_id": eid,
                                       "parent_id": ids.get(ev.parent_id, ev.parent_id)})
            row = store._event_row(s, ev, eid)
            s.add(row)
            s.flush()
            for k, c in enumerate(ev.claims):
                s.add(ClaimRow(event_pk=row.id, ord=k, doc_id=doc_id, claimant=c.claimant,
                               claimant_role=c.claimant_role, claimant_side=_short(c.claimant_side, 16),
                               certainty=c.certainty, quote=c.quote, span_start=c.start, span_end=c.end))
            new_rows.append((row, ev))
            out.added.append(eid)
        s.execute(delete(StatementRow).where(StatementRow.doc_id == doc_id))
        for k, st in enumerate(result.statements):
            s.add(StatementRow(doc_id=doc_id, ord=k, date=_day(result.document.date), speaker=st.speaker,
                               speaker_role=st.speaker_role, speaker_side=st.speaker_side,
                               quote=st.quote, span_start=st.start, span_end=st.end,
                               direct=st.direct, event_ids=[ids.get(x, x) for x in st.event_ids]))
        s.flush()
        for row, ev in new_rows:
            joined, _merged = store._reconcile(s, row, ev)
            out.clustered += int(joined)
    review.invalidate(store)
    out.links_enforced = review_actions.enforce_links(store)
    return out
