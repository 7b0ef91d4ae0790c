"""Ingest loop: read documents, run the pipeline, store each document in its own transaction.

Idempotent (a document whose raw or cleaned content hash is stored is skipped before the
pipeline runs) and resumable (a crash loses at most the document being written).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from sitrep import model
from sitrep.store.repo import AddOutcome, Store

Processor = Callable[[model.RawDocument], "model.ExtractionResult | model.IngestError"]


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    failed: int = 0
    events_added: int = 0
    merged: int = 0
    revisions: int = 0  # added documents that revise a stored near-duplicate (other facts)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.skipped + self.near_duplicates + self.failed

    def line(self) -> str:
        return (f"documents: {self.added} added, {self.skipped} skipped, "
                f"{self.near_duplicates} near-duplicate, {self.failed} failed; "
                f"events: {self.events_added} added")


def raw_hash(raw: model.RawDocument) -> str:
    return hashlib.sha256(("html:" if raw.is_html else "text:").encode() + raw.text.encode("utf-8", "replace")).hexdigest()


def _one_line(msg: object) -> str:
    return " ".join(str(msg).split())[:500] or "error"


def _error_message(exc: BaseException) -> str:
    """One line for a failed document; a database error names the driver's reason only,
    never the SQL statement or its parameters."""
    from sqlalchemy.exc import StatementError  # noqa: PLC0415

    if isinstance(exc, StatementError):
        orig = exc.orig
        reason = str(orig).strip().splitlines()[0] if orig is not None and str(orig).strip() else ""
        return _one_line(f"database error ({type(exc).__name__}){': ' + reason if reason else ''}")
    return _one_line(f"{type(exc).__name__}: {exc}")


def ingest_documents(store: Store, items: Iterable[model.RawDocument | model.IngestError],
                     process: Processor, *,
                     on_error: Callable[[str, str], None] | None = None,
                     on_document: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Process and store every document; per-document failures are reported and skipped."""
    summary = IngestSummary()

    def fail(doc_id: str, message: str) -> None:
        summary.failed += 1
        summary.errors.append((doc_id, message))
        if on_error:
            on_error(doc_id, message)
        if on_document:
            on_document(doc_id, "failed")

    for item in items:
        if isinstance(item, model.IngestError):
            fail(item.doc_id, _one_line(item.message))
            continue
        try:
            h = raw_hash(item)
            if store.has_hash(h):
                summary.skipped += 1
                if on_document:
                    on_document(item.doc_id, "duplicate")
                continue
            result = process(item)
            if isinstance(result, model.IngestError):
                fail(result.doc_id or item.doc_id, _one_line(result.message))
                continue
            outcome: AddOutcome = store.add_result(result, raw_hash=h)
        except Exception as exc:  # one bad document never stops the run
            fail(item.doc_id, _error_message(exc))
            continue
        if outcome.status == "added":
            summary.added += 1
            summary.events_added += outcome.events_added
            summary.merged += len(outcome.merged_away)
            summary.revisions += int(outcome.revision_of is not None)
        elif outcome.status == "near_duplicate":
            summary.near_duplicates += 1
        else:
            summary.skipped += 1
        if on_document:
            on_document(item.doc_id, outcome.status)
    return summary


def pipeline_processor(ref_date: str | None = None) -> Processor:
    """The extraction pipeline (loaded once per process) as a processor."""
    from sitrep.extract.pipeline import get_pipeline  # noqa: PLC0415 - heavy, optional

    pipe = get_pipeline()
    return lambda raw: pipe.process(raw, ref_date=ref_date)


def ingest_paths(store: Store, paths: Sequence[str], *, ref_date: str | None = None,
                 process: Processor | None = None, warc_stats=None, **kw) -> IngestSummary:
    """``warc_stats`` (a :class:`sitrep.ingest.WarcStats`) counts the WARC records skipped."""
    from sitrep.ingest import read_inputs  # noqa: PLC0415

    return ingest_documents(store, read_inputs(list(paths), warc_stats=warc_stats),
                            process or pipeline_processor(ref_date), **kw)
