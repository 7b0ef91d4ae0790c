"""What ``sitrep watch`` remembers in the database, each write its own short transaction
(a process killed with -9 loses nothing already written): the fetch log, the items seen and the
sources' state."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from sitrep.store.models import utcnow
from sitrep.store.watch_tables import FetchLogRow, WatchItemRow, WatchSourceRow

MAX_BACKOFF_S = 6 * 3600
MIN_BACKOFF_S = 60


def _cut(v: str | None, n: int = 1000) -> str | None:
    return v[:n] if v else v


class WatchState:
    def __init__(self, store):
        self.store = store

    # ------------------------------------------------------------------ fetch log
    def log_fetch(self, source: str, url: str, status: int | None, headers: dict[str, str],
                  n_bytes: int, elapsed: float, error: str | None) -> None:
        with self.store.WriteSession.begin() as s:
            s.add(FetchLogRow(source=source[:200], url=url[:4000], status=status,
                              etag=_cut(headers.get("etag"), 500),
                              last_modified=_cut(headers.get("last-modified"), 200),
                              fetched_at=utcnow(), elapsed_s=round(elapsed, 4), bytes=n_bytes,
                              error=_cut(error)))

    def fetch_log(self, source: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        q = select(FetchLogRow).order_by(FetchLogRow.id.desc()).limit(limit)
        if source is not None:
            q = q.where(FetchLogRow.source == source)
        with self.store.Session() as s:
            return [{"source": r.source, "url": r.url, "status": r.status, "etag": r.etag,
                     "last_modified": r.last_modified,
                     "fetched_at": r.fetched_at.isoformat(timespec="seconds") + "Z",
                     "elapsed_s": r.elapsed_s, "bytes": r.bytes, "error": r.error}
                    for r in s.scalars(q)]

    # ------------------------------------------------------------------ items
    def known(self, keys: list[str]) -> dict[str, tuple[str, str | None]]:
        """{key: (status, version)} of the items already seen among ``keys`` (``version``: the
        listing's "updated" stamp when the item was handled)."""
        out: dict[str, tuple[str, str | None]] = {}
        with self.store.Session() as s:
            for i in range(0, len(keys), 500):
                for k, st, meta in s.execute(select(WatchItemRow.key, WatchItemRow.status, WatchItemRow.meta)
                                             .where(WatchItemRow.key.in_(keys[i:i + 500]))):
                    out[k] = (st, (meta or {}).get("version"))
        return out

    def stored_document(self, url: str) -> str | None:
        """The document stored from ``url`` (itself or a syndicated copy), if any."""
        from sitrep.store.models import DocumentRow, SourceRow  # noqa: PLC0415

        with self.store.Session() as s:
            got = s.scalar(select(DocumentRow.doc_id).where(DocumentRow.url == url).limit(1))
            return got or s.scalar(select(SourceRow.doc_id).where(SourceRow.url == url).limit(1))

    def retry_items(self, source: str, max_attempts: int) -> list[tuple[str, dict]]:
        """Items of ``source`` that failed fewer than ``max_attempts`` times: (key, meta)."""
        with self.store.Session() as s:
            return [(r.key, dict(r.meta or {})) for r in s.scalars(
                select(WatchItemRow).where(WatchItemRow.source == source, WatchItemRow.status == "failed",
                                           WatchItemRow.attempts < max_attempts).order_by(WatchItemRow.id))]

    def record_item(self, key: str, source: str, status: str, *, url: str | None = None,
                    doc_id: str | None = None, error: str | None = None, meta: dict | None = None,
                    max_attempts: int = 3) -> None:
        """Remember an item: ``stored``, ``duplicate``, ``skipped`` (never again), ``failed``
        (tried again next pass, until ``max_attempts``: then ``gave_up``) or ``pending`` (being
        stored: a process killed before the next write leaves it so, and the next pass looks
        for its document before fetching it again)."""
        key = key[:700]
        now = utcnow()
        with self.store.WriteSession.begin() as s:
            row = s.scalar(select(WatchItemRow).where(WatchItemRow.key == key))
            if row is None:
                row = WatchItemRow(key=key, source=source[:200], url=url, status=status, attempts=0,
                                   meta=meta or {}, first_seen=now)
                s.add(row)
            if status != "pending":
                row.attempts = (row.attempts or 0) + 1
            if status == "failed" and row.attempts >= max_attempts:
                status = "gave_up"
            row.status, row.doc_id, row.error, row.updated_at = status, doc_id, _cut(error), now
            if url:
                row.url = url
            if meta:
                row.meta = meta

    # ------------------------------------------------------------------ sources
    def due(self, names: list[str] | None, now: datetime, force: bool = False) -> tuple[list, list, list]:
        """(due, not_due, dead) rows among the enabled sources (``names``: only these)."""
        due, not_due, dead = [], [], []
        with self.store.Session() as s:
            q = select(WatchSourceRow).where(WatchSourceRow.enabled.is_(True)).order_by(WatchSourceRow.name)
            for row in s.scalars(q):
                if names is not None and row.name not in names:
                    continue
                if row.dead:
                    dead.append(row)
                elif force or row.next_due_at is None or row.next_due_at <= now:
                    due.append(row)
                else:
                    not_due.append(row)
        return due, not_due, dead

    def source_done(self, name: str, *, status: int | None, error: str | None, etag: str | None = None,
                    last_modified: str | None = None, keep_validators: bool = False,
                    dead_after: int = 5, retry_after: float | None = None) -> dict[str, Any]:
        """Record the end of a source's turn: success resets the failures and schedules the next
        turn ``interval`` later; a failure counts, backs off exponentially (or until Retry-After)
        and marks the source dead after ``dead_after`` in a row. Returns the new state."""
        now = utcnow()
        with self.store.WriteSession.begin() as s:
            row = s.scalar(select(WatchSourceRow).where(WatchSourceRow.name == name))
            if row is None:  # removed meanwhile
                return {}
            row.last_fetch_at, row.last_status = now, status
            if error is None:
                row.failures, row.last_error, row.last_ok_at = 0, None, now
                if not keep_validators:
                    row.etag, row.last_modified = _cut(etag, 500), _cut(last_modified, 200)
                wait = row.interval_s
            else:
                row.failures = (row.failures or 0) + 1
                row.last_error = _cut(error)
                wait = min(MAX_BACKOFF_S, max(row.interval_s, MIN_BACKOFF_S) * 2 ** (row.failures - 1))
                if retry_after is not None:
                    wait = max(wait, retry_after)
                if dead_after and row.failures >= dead_after:
                    row.dead = True
            row.next_due_at = now + timedelta(seconds=wait)
            row.updated_at = now
            return {"failures": row.failures, "dead": row.dead}
