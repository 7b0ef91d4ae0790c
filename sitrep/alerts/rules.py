"""Alert rules: what to watch (the filters of ``sitrep events`` plus weapon, launched and
distance criteria) and where to send it (webhooks, e-mail), stored in ``alert_rules``.

The store filters a rule's events with its :class:`~sitrep.store.filters.EventFilter`
(type, admin1, side, date window, minimum fatalities, text, bounding box); the criteria the
filter has no column for (country, weapon category/model, minimum launched, distance from a
point with :func:`sitrep.geo.distance.haversine_km`) are checked here, on the event record.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from sqlalchemy import select

from sitrep import model
from sitrep.geo.distance import haversine_km
from sitrep.store.alert_tables import AlertRuleRow
from sitrep.store.filters import EventFilter, FilterError, parse_bbox
from sitrep.store.models import utcnow

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
EMAIL_RE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
FORMATS = ("json", "slack")
DEFAULT_RATE = 30  # messages per rule per hour
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# EventFilter fields a rule may set (not the paging ones)
FILTER_FIELDS = ("date_from", "date_to", "event_type", "admin1", "side", "text", "min_fatalities", "bbox")


class RuleError(ValueError):
    """A rule that cannot be saved (bad name, filter, channel or duration)."""


@dataclass
class Channel:
    kind: str          # "webhook" or "email"
    target: str        # the URL or the address
    format: str = "json"  # webhook body: "json" (event record) or "slack" ({"text": ...})

    def label(self) -> str:
        return f"{self.kind}:{self.target}" + (f" ({self.format})" if self.kind == "webhook" and self.format != "json" else "")


@dataclass
class Rule:
    name: str
    # the EventFilter part
    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    admin1: str | None = None
    side: str | None = None
    text: str | None = None
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    # the alert-only part
    country: str | None = None
    weapon_category: str | None = None
    weapon_model: str | None = None
    min_launched: int | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    channels: list[Channel] = field(default_factory=list)
    digest_s: int | None = None
    rate_per_hour: int = DEFAULT_RATE
    enabled: bool = True
    id: int | None = None

    # ------------------------------------------------------------------ checks
    def validated(self) -> "Rule":
        if not NAME_RE.match(self.name or ""):
            raise RuleError("a rule name is 1-100 letters, digits, '.', '_' or '-' (starting with a letter or digit)")
        try:
            f = self.event_filter(None).normalised()
        except FilterError as exc:
            raise RuleError(str(exc)) from exc
        self.date_from, self.date_to, self.bbox = f.date_from, f.date_to, f.bbox  # type: ignore[assignment]
        if self.event_type:
            unknown = [t for t in (x.strip() for x in self.event_type.split(",")) if t and t not in model.EVENT_TYPES]
            if unknown:
                raise RuleError(f"unknown event type {unknown[0]!r}")
        for name in ("min_fatalities", "min_launched"):
            v = getattr(self, name)
            if v is not None and v < 0:
                raise RuleError(f"{name} must be >= 0")
        if (self.near is None) != (self.radius_km is None):
            raise RuleError("--near LAT,LON and --radius-km R go together")
        if self.near is not None:
            lat, lon = self.near
            if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
                raise RuleError("--near must be LAT,LON in degrees")
            if not (math.isfinite(self.radius_km) and self.radius_km > 0):  # type: ignore[arg-type]
                raise RuleError("--radius-km must be > 0")
        if not self.channels:
            raise RuleError("a rule needs at least one channel (--webhook URL or --email ADDR)")
        for c in self.channels:
            check_channel(c)
        if self.digest_s is not None and self.digest_s < 60:
            raise RuleError("a digest interval is at least 1m")
        if self.rate_per_hour < 1:
            raise RuleError("the rate limit is at least 1 message per hour")
        if self.country:
            self.country = self.country.strip().upper()
        return self

    # ------------------------------------------------------------------ matching
    def event_filter(self, updated_since=None) -> EventFilter:
        """The store's filter for this rule (every page: no limit)."""
        return EventFilter(**{k: getattr(self, k) for k in FILTER_FIELDS}, updated_since=updated_since, limit=None)

    def matches_extra(self, ev: model.Event) -> bool:
        """The criteria the store's filter has no column for."""
        loc = ev.location
        if self.country and (loc is None or (loc.country_code or "").upper() != self.country):
            return False
        if self.weapon_category or self.weapon_model or self.min_launched is not None:
            if not any(self._weapon_ok(w) for w in ev.weapons):
                return False
        if self.near is not None:
            if loc is None or loc.lat is None or loc.lon is None:
                return False
            if haversine_km(self.near[0], self.near[1], loc.lat, loc.lon) > float(self.radius_km or 0):
                return False
        return True

    def _weapon_ok(self, w: model.Weapon) -> bool:
        if self.weapon_category and w.category.casefold() not in {
                c.strip().casefold() for c in self.weapon_category.split(",")}:
            return False
        if self.weapon_model and self.weapon_model.casefold() not in (w.model or "").casefold():
            return False
        if self.min_launched is not None:
            n = None if w.launched is None else (w.launched.best if w.launched.best is not None else w.launched.low)
            if n is None or n < self.min_launched:
                return False
        return True

    # ------------------------------------------------------------------ rows
    def criteria(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items()
             if k not in ("name", "channels", "digest_s", "rate_per_hour", "enabled", "id") and v is not None}
        for k in ("bbox", "near"):
            if k in d:
                d[k] = list(d[k])
        return d

    def describe(self) -> str:
        crit = ", ".join(f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}" for k, v in self.criteria().items())
        extra = [f"digest {format_duration(self.digest_s)}"] if self.digest_s else []
        extra.append(f"max {self.rate_per_hour}/h")
        return f"{crit or 'every event'} -> {'; '.join(c.label() for c in self.channels)} ({', '.join(extra)})"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "criteria": self.criteria(),
                "channels": [asdict(c) for c in self.channels], "digest": format_duration(self.digest_s),
                "rate_per_hour": self.rate_per_hour, "enabled": self.enabled}

    @classmethod
    def from_row(cls, row: AlertRuleRow) -> "Rule":
        f = dict(row.filters or {})
        for k in ("bbox", "near"):
            if f.get(k) is not None:
                f[k] = tuple(f[k])
        known = {k: v for k, v in f.items() if k in cls.__dataclass_fields__}
        return cls(name=row.name, channels=[Channel(**c) for c in row.channels or []], digest_s=row.digest_s,
                   rate_per_hour=row.rate_per_hour, enabled=row.enabled, id=row.id, **known)


def check_channel(c: Channel) -> None:
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in c.target or ""):
        raise RuleError("a channel target has no control characters")
    if c.kind == "webhook":
        if not re.match(r"^https?://[^\s/]+", c.target or "", re.I) or len(c.target) > 2000:
            raise RuleError(f"a webhook is an http(s) URL, not {c.target!r}")
        if c.format not in FORMATS:
            raise RuleError(f"--format is one of {', '.join(FORMATS)}")
    elif c.kind == "email":
        if not EMAIL_RE.match(c.target or "") or len(c.target) > 320:
            raise RuleError(f"not an e-mail address: {c.target!r}")
    else:
        raise RuleError(f"unknown channel {c.kind!r}")


def channels_from(webhooks: Iterable[str] = (), emails: Iterable[str] = (), fmt: str = "json") -> list[Channel]:
    return ([Channel("webhook", u.strip(), fmt) for u in webhooks if u and u.strip()]
            + [Channel("email", a.strip(), "text") for a in emails if a and a.strip()])


def parse_near(s: str | None) -> tuple[float, float] | None:
    if s is None or not s.strip():
        return None
    parts = [p.strip() for p in s.split(",")]
    try:
        if len(parts) != 2:
            raise ValueError
        return float(parts[0]), float(parts[1])
    except ValueError as exc:
        raise RuleError("--near must be LAT,LON, e.g. 47.51,34.58") from exc


def parse_duration(s: str | None) -> int | None:
    """'1h', '30m', '90s', '1d' (or a number of seconds) -> seconds."""
    if s is None or not str(s).strip():
        return None
    m = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", str(s).lower())
    if not m:
        raise RuleError(f"a duration is like 30m, 1h or 1d, not {s!r}")
    return int(m.group(1)) * _UNITS[m.group(2) or "s"]


def format_duration(seconds: int | None) -> str | None:
    if not seconds:
        return None
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def parse_bbox_arg(s: str | None):
    if s is None or not s.strip():
        return None
    try:
        return parse_bbox(s)
    except FilterError as exc:
        raise RuleError(str(exc)) from exc


# --------------------------------------------------------------------------- the store

def add_rule(store, rule: Rule, *, replace: bool = False) -> Rule:
    """Save a rule; it looks at events stored or changed from now on."""
    rule.validated()
    now = utcnow()
    with store.WriteSession.begin() as s:
        row = s.execute(select(AlertRuleRow).where(AlertRuleRow.name == rule.name)).scalar()
        if row is not None and not replace:
            raise RuleError(f"a rule named {rule.name!r} exists (remove it first)")
        if row is None:
            row = AlertRuleRow(name=rule.name, created_at=now, checked_until=now)
            s.add(row)
        row.filters = rule.criteria()
        row.channels = [asdict(c) for c in rule.channels]
        row.digest_s = rule.digest_s
        row.rate_per_hour = rule.rate_per_hour
        row.enabled = rule.enabled
        row.updated_at = now
        s.flush()
        rule.id = row.id
    return rule


def list_rules(store, *, enabled_only: bool = False) -> list[Rule]:
    with store.Session() as s:
        q = select(AlertRuleRow).order_by(AlertRuleRow.name)
        if enabled_only:
            q = q.where(AlertRuleRow.enabled.is_(True))
        return [Rule.from_row(r) for r in s.execute(q).scalars()]


def get_rule(store, name: str) -> Rule | None:
    with store.Session() as s:
        row = s.execute(select(AlertRuleRow).where(AlertRuleRow.name == name)).scalar()
        return None if row is None else Rule.from_row(row)


def remove_rule(store, name: str) -> bool:
    """Delete a rule with its sent records and deliveries."""
    from sitrep.store.alert_tables import AlertDeliveryRow, AlertSentRow  # noqa: PLC0415
    from sqlalchemy import delete  # noqa: PLC0415

    with store.WriteSession.begin() as s:
        row = s.execute(select(AlertRuleRow).where(AlertRuleRow.name == name)).scalar()
        if row is None:
            return False
        s.execute(delete(AlertDeliveryRow).where(AlertDeliveryRow.rule_id == row.id))
        s.execute(delete(AlertSentRow).where(AlertSentRow.rule_id == row.id))
        s.delete(row)
        return True
