"""The one pipeline driver: read inputs -> skip known documents -> extract (this process, a
local pool or a Dask cluster, with a per-document time limit) -> reconcile and store.

    from sitrep.app import Settings, driver

    settings = Settings.from_env(database_url="events.db", workers=2)
    summary = driver.ingest(settings, ["reports/", "crawl/*.warc.gz"])          # paths, globs
    summary = driver.ingest(settings, [RawDocument(doc_id="a", text="...")])   # or documents
    print(summary.line())
    for result in driver.extract(settings, ["reports/"]):   # no database: ExtractionResult | IngestError
        ...

``sitrep extract``, ``sitrep ingest`` and ``POST /documents`` are thin shells over these
functions; storage only stores. Idempotent and resumable: a document whose raw (or cleaned)
content hash is stored is skipped before extraction, each document is stored in its own
transaction (a crash loses at most the one being written), in input order whatever the
executor, so one process, a pool and a cluster store the same canonical events.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from sitrep import model
from sitrep.app import executors
from sitrep.app.settings import Settings

Processor = executors.Processor
Result = executors.Result
ProgressCallback = Callable[[str, str], None]  # (doc_id, status): added, duplicate, near_duplicate, failed
ErrorCallback = Callable[[str, str], None]     # (doc_id, one-line reason)
Input = Union[str, Path, model.RawDocument, model.IngestError]


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


@dataclass
class DocOutcome:
    """What became of one document: ``status`` is added, duplicate, near_duplicate or failed."""
    doc_id: str
    status: str
    events_added: int = 0
    merged: int = 0
    duplicate_of: Optional[str] = None
    revision_of: Optional[str] = None  # an added document that revises this stored one
    error: Optional[str] = None
    stage: str = ""  # of a failure: "read", "extract" or "store"
    exception: Optional[BaseException] = field(default=None, repr=False)  # the store's, if it raised


def raw_hash(raw: model.RawDocument) -> str:
    """The hash of a document as read (before cleaning): what makes a re-ingest skip it."""
    return hashlib.sha256(("html:" if raw.is_html else "text:").encode() + raw.text.encode("utf-8", "replace")).hexdigest()


def one_line(msg: object) -> str:
    return " ".join(str(msg).split())[:500] or "error"


def store_error_message(exc: BaseException) -> str:
    """One line for a document the store could not take; a database error names the driver's
    reason only, never the SQL statement or its parameters."""
    from sqlalchemy.exc import StatementError  # noqa: PLC0415

    if isinstance(exc, StatementError):
        orig = exc.orig
        reason = str(orig).strip().splitlines()[0] if orig is not None and str(orig).strip() else ""
        return one_line(f"database error ({type(exc).__name__}){': ' + reason if reason else ''}")
    return one_line(f"{type(exc).__name__}: {exc}")


# ------------------------------------------------------------------------------- reading

def read(settings: Settings, inputs: Iterable[Input], *, warc_stats=None) -> Iterator[Union[model.RawDocument, model.IngestError]]:
    """Paths, directories and globs read lazily (runs of paths as one read, so document ids stay
    unique across them); RawDocument and IngestError objects pass through in place."""
    from sitrep.ingest import read_inputs  # noqa: PLC0415

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    paths: list = []
    for item in inputs:
        if isinstance(item, (model.RawDocument, model.IngestError)):
            if paths:
                yield from read_inputs(paths, max_mb=settings.max_doc_mb, warc_stats=warc_stats)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_inputs(paths, max_mb=settings.max_doc_mb, warc_stats=warc_stats)


# ------------------------------------------------------------------------------- extract

def extract(settings: Settings, inputs: Iterable[Input], *, process: Optional[Processor] = None,
            warc_stats=None, client=None, render: Optional[Callable[[model.ExtractionResult], Any]] = None
            ) -> Iterator[Any]:
    """Every input document extracted (no database), in input order: ExtractionResult, or
    IngestError for a document that could not be read, cleaned or extracted in time
    (``render``: applied to each ExtractionResult where it is extracted, in the worker process,
    and yielded instead; a picklable function for a pool or a cluster)."""
    if process is None and settings.workers <= 1 and not settings.scheduler and client is None:
        process = pipeline_processor(settings)
    yield from executors.run(settings, read(settings, inputs, warc_stats=warc_stats), process, client=client,
                             render=render)


def pipeline_processor(settings: Optional[Settings] = None) -> Processor:
    """The extraction pipeline of this process (loaded once) as a processor."""
    settings = settings or Settings.from_env()
    settings.configure_process()
    return executors._pipeline_processor(settings)


# ------------------------------------------------------------------------------- ingest

@dataclass
class _Known:
    """A document whose hash is stored: passes by the extractors."""
    raw: model.RawDocument
    duplicate_of: str


def _open_store(settings: Settings):
    from sitrep.store import open_store  # noqa: PLC0415

    return open_store(settings.database_url)


def store_result(store, result: Result, raw: model.RawDocument, h: Optional[str]) -> DocOutcome:
    """Store one extraction result (or report its error); never raises."""
    if isinstance(result, model.IngestError):
        return DocOutcome(result.doc_id or raw.doc_id, "failed", error=one_line(result.message), stage="extract")
    try:
        out = store.add_result(result, raw_hash=h)
    except Exception as exc:  # noqa: BLE001 - one bad document never stops the run
        return DocOutcome(raw.doc_id, "failed", error=store_error_message(exc), stage="store", exception=exc)
    if out.status == "added":
        return DocOutcome(out.doc_id, "added", events_added=out.events_added, merged=len(out.merged_away),
                          revision_of=out.revision_of)
    if out.status == "near_duplicate":
        return DocOutcome(out.doc_id, "near_duplicate", duplicate_of=out.duplicate_of)
    return DocOutcome(out.doc_id, "duplicate", duplicate_of=out.duplicate_of)


def ingest_one(settings: Settings, store, raw: model.RawDocument, *,
               process: Optional[Processor] = None, detail: bool = True) -> DocOutcome:
    """One document, in this thread: known hash -> duplicate, else extract (time limit) and store.
    The API's ``POST /documents`` is this call (``detail=False``: an extractor's exception is
    named by its type only)."""
    try:
        h = raw_hash(raw)
        dup = store.find_hash(h)
    except Exception as exc:  # noqa: BLE001
        return DocOutcome(raw.doc_id, "failed", error=store_error_message(exc), stage="store", exception=exc)
    if dup is not None:
        return DocOutcome(raw.doc_id, "duplicate", duplicate_of=dup)
    if process is None:
        process = pipeline_processor(settings)
    result = executors.extract_one(raw, settings, process, detail=detail)
    return store_result(store, result, raw, h)


def ingest(settings: Settings, inputs: Iterable[Input], *, store=None, process: Optional[Processor] = None,
           on_progress: Optional[ProgressCallback] = None, on_error: Optional[ErrorCallback] = None,
           warc_stats=None, client=None) -> IngestSummary:
    """Read, skip known, extract, reconcile and store every input; a summary of what happened.

    ``inputs``: paths, directories, quoted globs, and/or in-memory RawDocument objects (a
    watcher's pages). ``store``: an open :class:`~sitrep.store.Store` (default: the one at
    ``settings.database_url``, opened and closed here). ``process``: a stand-in for the
    pipeline (tests; it must pickle for a pool or a cluster). ``on_progress(doc_id, status)``
    after each document, ``on_error(doc_id, reason)`` for each failed one. ``client``: a
    connected Dask client (a long-running caller keeps its cluster) instead of ``settings.scheduler``.
    Per-document failures are counted and reported, never raised."""
    own = store is None
    if own:
        store = _open_store(settings)
    try:
        return _ingest(settings, store, read(settings, inputs, warc_stats=warc_stats), process,
                       on_progress, on_error, client)
    finally:
        if own:
            store.close()


def _ingest(settings: Settings, store, items: Iterable[Any], process: Optional[Processor],
            on_progress: Optional[ProgressCallback], on_error: Optional[ErrorCallback], client=None) -> IngestSummary:
    summary = IngestSummary()
    hashes: dict[int, str] = {}  # id(raw) -> raw hash, for the documents sent to be extracted

    def screened() -> Iterator[Any]:
        """Known documents marked before they reach an extractor."""
        for item in items:
            if isinstance(item, model.IngestError):  # a reader's: failed before extraction
                yield DocOutcome(item.doc_id, "failed", error=one_line(item.message), stage="read")
                continue
            if isinstance(item, model.RawDocument):
                try:
                    h = raw_hash(item)
                    dup = store.find_hash(h)
                except Exception as exc:  # noqa: BLE001
                    yield DocOutcome(item.doc_id, "failed", error=store_error_message(exc), stage="store")
                    continue
                if dup is not None:
                    yield _Known(item, dup)
                    continue
                hashes[id(item)] = h
            yield item

    if process is None and settings.workers <= 1 and not settings.scheduler and client is None:
        process = pipeline_processor(settings)  # loaded once, here
    # the extractors return results in input order: pair each with its document again
    sent: list[model.RawDocument] = []

    def tracked() -> Iterator[Any]:
        for item in screened():
            if isinstance(item, model.RawDocument):
                sent.append(item)
            yield item

    sent_pos = 0
    for item in executors.run(settings, tracked(), process, client=client):
        if isinstance(item, _Known):
            outcome = DocOutcome(item.raw.doc_id, "duplicate", duplicate_of=item.duplicate_of)
        elif isinstance(item, DocOutcome):
            outcome = item
        else:  # the result (or extraction error) of the next document sent
            raw = sent[sent_pos]
            sent[sent_pos] = None  # type: ignore[call-overload]  # let it go
            sent_pos += 1
            outcome = store_result(store, item, raw, hashes.pop(id(raw), None))
        _count(summary, outcome, on_progress, on_error)
    return summary


def _count(summary: IngestSummary, o: DocOutcome, on_progress, on_error) -> None:
    if o.status == "failed":
        summary.failed += 1
        summary.errors.append((o.doc_id, o.error or "error"))
        if on_error:
            on_error(o.doc_id, o.error or "error")
    elif o.status == "added":
        summary.added += 1
        summary.events_added += o.events_added
        summary.merged += o.merged
        summary.revisions += int(o.revision_of is not None)
    elif o.status == "near_duplicate":
        summary.near_duplicates += 1
    else:
        summary.skipped += 1
    if on_progress:
        on_progress(o.doc_id, o.status)
