"""Tables of live monitoring (``sitrep watch``): the source registry, the items seen and the
fetch log. Written and read by :mod:`sitrep.watch`; created by migration 0005_watch.

- ``watch_sources``: one row per registered source (its configuration, as in ``sources.toml``,
  and its state: validators of the last complete fetch, failures in a row, dead, next due time).
- ``watch_items``: one row per item found on a source (an article URL, a file, a Telegram
  message), keyed by its canonical form: a stored item is never fetched again.
- ``fetch_log``: one row per HTTP request (or local read), so a restart resumes and the
  dashboard can show what came in when.
"""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from typing import Any, Iterable

from sqlalchemy import JSON, Boolean, DateTime, Float, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from sitrep.store.models import Base, utcnow


class WatchSourceRow(Base):
    __tablename__ = "watch_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    interval_s: Mapped[int] = mapped_column(Integer, default=900)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    config: Mapped[dict] = mapped_column(JSON, default=dict)  # language, outlet, trust, link filters...
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_fetch_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_ok_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    dead: Mapped[bool] = mapped_column(Boolean, default=False)
    next_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WatchItemRow(Base):
    __tablename__ = "watch_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(700), unique=True)  # canonical URL, file:..., telegram:...
    source: Mapped[str] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)  # stored, duplicate, failed, gave_up, skipped
    doc_id: Mapped[str | None] = mapped_column(String(255), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)  # what the listing said: title, date, summary
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class FetchLogRow(Base):
    __tablename__ = "fetch_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(Integer)  # HTTP status; None: no answer
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    elapsed_s: Mapped[float | None] = mapped_column(Float)
    bytes: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_fetch_log_source_time", "source", "fetched_at"),
                      Index("ix_fetch_log_time", "fetched_at"))


def _url_key(url: str | None) -> str:
    """A URL compared loosely (scheme, ``www.``, query and trailing slash aside): a stored
    publication's URL against the watched item that brought it."""
    if not url:
        return ""
    p = urlsplit(url.strip())
    host = (p.hostname or "").lower().removeprefix("www.")
    return f"{host}{p.path.rstrip('/')}"


def watched_sources(s, doc_ids: Iterable[str]) -> dict[str, list[tuple[str, str, Any]]]:
    """doc id -> [(url key, watched source, its trust)] of the watched items stored as (or
    found a duplicate of) each document; empty for documents that did not come by ``sitrep watch``."""
    ids = sorted({d for d in doc_ids if d})
    out: dict[str, list[tuple[str, str, Any]]] = {}
    for i in range(0, len(ids), 500):
        q = (select(WatchItemRow.doc_id, WatchItemRow.key, WatchItemRow.url, WatchItemRow.source,
                    WatchSourceRow.config)
             .join(WatchSourceRow, WatchSourceRow.name == WatchItemRow.source)
             .where(WatchItemRow.doc_id.in_(ids[i:i + 500]), WatchItemRow.status.in_(("stored", "duplicate")))
             .order_by(WatchItemRow.id))
        for doc_id, key, url, source, cfg in s.execute(q):
            out.setdefault(doc_id, []).append((_url_key(url or key), source, (cfg or {}).get("trust")))
    return out


def source_trust(watched: dict[str, list[tuple[str, str, Any]]], doc_id: str, url: str | None) -> dict[str, Any]:
    """``{"watch_source", "trust"}`` of one publication (a document at ``url``): the watched
    item at that address, else the document's only watched source; {} when there is none."""
    items = watched.get(doc_id) or []
    key = _url_key(url)
    hit = next((it for it in items if key and it[0] == key), None)
    if hit is None and len({it[1] for it in items}) == 1:
        hit = items[0]
    return {} if hit is None else {"watch_source": hit[1], "trust": hit[2]}
