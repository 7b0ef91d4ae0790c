"""The one door from ``sitrep watch`` into the database: a fetched document goes through the
same library path as ``sitrep ingest`` and ``POST /documents``: the application layer's
:func:`sitrep.app.driver.ingest_one` (known-hash check, extraction with the per-document time
limit, ``Store.add_result`` with reconciliation, one transaction)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from sitrep import model
from sitrep.app import driver
from sitrep.app.settings import Settings

Processor = Callable[[model.RawDocument], "model.ExtractionResult | model.IngestError"]


@dataclass
class Stored:
    status: str                 # added, duplicate, near_duplicate, failed
    doc_id: str | None = None   # the stored document (or the one this duplicates)
    new_events: int = 0         # events that started a cluster of their own
    updated_events: int = 0     # events that joined (updated) an event already stored
    error: str | None = None


class _Recorder:
    """The store as the driver sees it, keeping the ``add_result`` outcome (whose count of
    events joined to stored ones the driver's summary does not carry)."""

    def __init__(self, store):
        self._store = store
        self.outcome = None

    def __getattr__(self, name):
        return getattr(self._store, name)

    def add_result(self, result, **kw):
        self.outcome = self._store.add_result(result, **kw)
        return self.outcome


def default_processor(settings: Optional[Settings] = None) -> Processor:
    """The extraction pipeline ``sitrep ingest`` uses (loaded once per process)."""
    return driver.pipeline_processor(settings)


def store_document(store, raw: model.RawDocument | model.IngestError, process: Processor,
                   settings: Optional[Settings] = None) -> Stored:
    """Extract, reconcile and store one document, in its own transaction; never raises."""
    if isinstance(raw, model.IngestError):
        return Stored("failed", raw.doc_id, error=driver.one_line(raw.message))
    rec = _Recorder(store)
    out = driver.ingest_one(settings or Settings.from_env(), rec, raw, process=process)
    if out.status == "failed":
        return Stored("failed", out.doc_id, error=f"{out.doc_id}: {out.error or 'failed'}")
    if out.status == "added":
        clustered = rec.outcome.clustered if rec.outcome is not None else 0
        return Stored("added", out.doc_id, new_events=out.events_added - clustered, updated_events=clustered)
    return Stored(out.status, out.duplicate_of or out.doc_id)
