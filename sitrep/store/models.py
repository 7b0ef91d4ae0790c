"""SQLAlchemy 2 models of the event database.

Every event row is one *report* as extracted from one document (its original record is
kept verbatim in ``original``). Reports of the same incident share a ``cluster_id``: the
event id of the cluster's canonical row, whose columns hold the reconciled view. A
canonical row merged into another cluster, or deleted, leaves a :class:`Tombstone`.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Naive UTC (the same on SQLite and PostgreSQL)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    doc_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    raw_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_source: Mapped[str | None] = mapped_column(String(16))
    outlet: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    clean_text: Mapped[str] = mapped_column(Text, default="")
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)

    sources: Mapped[list["SourceRow"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="SourceRow.id")


class SourceRow(Base):
    """One publication of a document: the original, plus every syndicated near-duplicate."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    source_doc_id: Mapped[str] = mapped_column(String(255), index=True)
    outlet: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    content_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    raw_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    similarity: Mapped[float] = mapped_column(Float, default=1.0)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[DocumentRow] = relationship(back_populates="sources")


class LocationRow(Base):
    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str | None] = mapped_column(Text, index=True)
    country_code: Mapped[str | None] = mapped_column(String(2))
    admin1_code: Mapped[str | None] = mapped_column(Text, index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    precision: Mapped[int] = mapped_column(Integer, default=4)
    source: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(300), unique=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(300), index=True)
    event_type: Mapped[str] = mapped_column(String(40), index=True)
    acled_event_type: Mapped[str] = mapped_column(String(64), default="")
    acled_sub_event_type: Mapped[str] = mapped_column(String(80), default="")
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str] = mapped_column(String(10), default="unknown")
    is_aggregate: Mapped[bool] = mapped_column(Boolean, default=False)
    actor1: Mapped[str | None] = mapped_column(Text)
    actor1_side: Mapped[str | None] = mapped_column(Text, index=True)
    actor2: Mapped[str | None] = mapped_column(Text)
    actor2_side: Mapped[str | None] = mapped_column(Text, index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_best: Mapped[int | None] = mapped_column(Integer, index=True)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    fatalities_qualifier: Mapped[str | None] = mapped_column(String(16))
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_best: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    injured_qualifier: Mapped[str | None] = mapped_column(String(16))
    missing_low: Mapped[int | None] = mapped_column(Integer)
    missing_best: Mapped[int | None] = mapped_column(Integer)
    missing_high: Mapped[int | None] = mapped_column(Integer)
    missing_qualifier: Mapped[str | None] = mapped_column(String(16))
    civilian_targeting: Mapped[bool | None] = mapped_column(Boolean)
    target: Mapped[str | None] = mapped_column(Text)
    weapons: Mapped[list] = mapped_column(JSON, default=list)
    original: Mapped[dict] = mapped_column(JSON)
    cluster_id: Mapped[str] = mapped_column(String(300), index=True)
    is_canonical: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)

    location: Mapped[LocationRow | None] = relationship(lazy="joined")
    claims: Mapped[list["ClaimRow"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="ClaimRow.ord")

    __table_args__ = (Index("ix_events_canonical_date", "is_canonical", "date", "id"),
                      # GET /events: newest first, keyset pages (migration 0006_listing_index)
                      Index("ix_events_listing", "is_canonical", text("coalesce(date, '')"), "id"))


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    ord: Mapped[int] = mapped_column(Integer, default=0)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    claimant: Mapped[str | None] = mapped_column(Text)
    claimant_role: Mapped[str | None] = mapped_column(Text)
    claimant_side: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String(16), default="reported")
    quote: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)

    event: Mapped[EventRow] = relationship(back_populates="claims")


class StatementRow(Base):
    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    ord: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    speaker: Mapped[str | None] = mapped_column(Text, index=True)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    speaker_side: Mapped[str | None] = mapped_column(Text, index=True)
    quote: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    direct: Mapped[bool] = mapped_column(Boolean, default=True)
    event_ids: Mapped[list] = mapped_column(JSON, default=list)


class Tombstone(Base):
    """A canonical event that disappeared: merged into another cluster, or deleted."""

    __tablename__ = "tombstones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(300), index=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    reason: Mapped[str] = mapped_column(String(32))
    merged_into: Mapped[str | None] = mapped_column(String(300))
