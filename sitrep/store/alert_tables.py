"""Tables of alerts (issue 15): saved rules, what was sent for which event, and deliveries.
Written and read by :mod:`sitrep.alerts`; created by migration 0003_alerts.

- ``alert_rules``: one row per rule: its filters (the fields of
  :class:`sitrep.store.filters.EventFilter` plus the alert-only ones), its channels, digest
  interval, rate limit, and the watermark (``checked_until``) of the events it has looked at.
- ``alert_sent``: per (rule, canonical event), the fingerprint of the material facts (type,
  place, counts) last queued: an event is sent again only when these change.
- ``alert_deliveries``: one message to one channel (one event, or a digest of several), its
  payload, status (``held`` for a digest, ``pending``, ``sending``, ``sent``, ``failed``,
  ``dead``, ``batched``), attempts, last error and the time of the next attempt.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sitrep.store.models import Base, utcnow


class AlertRuleRow(Base):
    __tablename__ = "alert_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    filters: Mapped[dict] = mapped_column(JSON, default=dict)
    channels: Mapped[list] = mapped_column(JSON, default=list)
    digest_s: Mapped[int | None] = mapped_column(Integer)
    rate_per_hour: Mapped[int] = mapped_column(Integer, default=30)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    checked_until: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AlertSentRow(Base):
    __tablename__ = "alert_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str] = mapped_column(String(300), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    change: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("rule_id", "event_id", name="uq_alert_sent_rule_event"),)


class AlertDeliveryRow(Base):
    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16), default="json")
    event_ids: Mapped[list] = mapped_column(JSON, default=list)
    change: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    batched_into: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_alert_deliveries_status_next", "status", "next_attempt_at"),
                      Index("ix_alert_deliveries_rule_sent", "rule_id", "sent_at"))
