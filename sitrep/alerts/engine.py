"""One alerts pass, run at the end of every ingest or watch pass (:func:`run_pass`).

1. **Changes**: for each enabled rule, the canonical events stored or changed since the rule
   last looked (its ``checked_until`` watermark, minus a small overlap for transactions that
   committed late) that match it. An event is queued when no message was queued for it by
   this rule (``new``) or when its material facts (type, place, counts: its fingerprint)
   differ from the last one queued (``updated``); the same event re-ingested, or an event
   that only gained a claim, queues nothing. The check and the queueing happen in one write
   transaction, so two passes at once queue a change once.
2. **Digests**: a digest rule's messages are held; once the oldest held one is as old as the
   digest interval, they go out as one message per channel.
3. **Delivery**: each pending message is claimed (``sending``), sent outside any transaction
   with a timeout, retried within the pass with backoff when the failure is transient (not
   after a timeout), and recorded: ``sent``, or ``failed`` with the reason and the time of the
   next attempt (exponential backoff, on later passes), ``dead`` after :data:`MAX_ATTEMPTS`.
   A per-rule rate limit (messages per hour) defers the rest to later passes. A receiver that
   fails is not tried again in the same pass, and the pass stops sending after ``budget_s``
   seconds: a dead receiver never holds up ingest for long, and never fails it
   (:func:`after_pass` catches everything).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Callable

from sqlalchemy import func, or_, select

from sitrep.alerts import channels as ch
from sitrep.alerts import message
from sitrep.alerts.rules import Rule, list_rules
from sitrep.store.alert_tables import AlertDeliveryRow, AlertRuleRow, AlertSentRow
from sitrep.store.models import utcnow

log = logging.getLogger("sitrep.alerts")

OVERLAP = timedelta(minutes=10)   # re-read what changed shortly before the watermark
MAX_ATTEMPTS = 12                 # then the message is dead (about 7 hours of retries)
CLAIM_STALE = timedelta(minutes=15)  # a message claimed by a pass that died is claimable again
BATCH = 200                       # messages claimed per pass


@dataclass
class AlertsSummary:
    rules: int = 0
    new: int = 0
    updated: int = 0
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def queued(self) -> int:
        return self.new + self.updated

    def line(self) -> str:
        s = (f"alerts: {self.queued} queued ({self.new} new, {self.updated} updated), "
             f"{self.sent} sent, {self.failed} failed")
        if self.deferred:
            s += f", {self.deferred} deferred"
        if self.dead:
            s += f", {self.dead} given up"
        return s

    @property
    def active(self) -> bool:
        return bool(self.queued or self.sent or self.failed or self.dead or self.errors)


def retry_delay(attempts: int) -> timedelta:
    """Wait before the next pass may try again: 30 s, 1 min, 2 min, ... at most 1 h."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


# --------------------------------------------------------------------------- 1. changes

def _candidates(store, rule: Rule, since: datetime) -> list[tuple[Any, str]]:
    out = []
    for se in store.iter_events(rule.event_filter(updated_since=since)):
        if rule.matches_extra(se.event):
            out.append((se, message.fingerprint(se.event)))
    return out


def queue_changes(store, rule: Rule, settings: ch.AlertSettings, summary: AlertsSummary) -> int:
    started = utcnow()  # the watermark follows the real clock (event rows carry real times)
    with store.Session() as s:
        since = s.execute(select(AlertRuleRow.checked_until).where(AlertRuleRow.id == rule.id)).scalar()
    if since is None:  # removed meanwhile
        return 0
    cands = _candidates(store, rule, since)
    queued = 0
    with store.WriteSession.begin() as s:
        for se, fp in cands:
            eid = se.event.event_id
            ids = list(dict.fromkeys([eid, *(se.members or [])]))
            recs = s.execute(select(AlertSentRow).where(AlertSentRow.rule_id == rule.id,
                                                        AlertSentRow.event_id.in_(ids))).scalars().all()
            rec = next((r for r in recs if r.event_id == eid), None)
            if any(r.fingerprint == fp for r in recs):
                continue  # this state of the event (or of a report merged into it) was sent
            change = "updated" if recs else "new"
            if rec is None:
                s.add(AlertSentRow(rule_id=rule.id, event_id=eid, fingerprint=fp, change=change,
                                   created_at=started, updated_at=started))
            else:
                rec.fingerprint, rec.change, rec.updated_at = fp, change, started
            it = message.item(rule.name, change, se, settings.public_url)
            for c in rule.channels:
                s.add(AlertDeliveryRow(rule_id=rule.id, channel=c.kind, target=c.target, format=c.format,
                                       event_ids=[eid], change=change, payload={"items": [it]},
                                       status="held" if rule.digest_s else "pending", attempts=0,
                                       next_attempt_at=started, created_at=started))
            queued += 1
            summary.new += change == "new"
            summary.updated += change == "updated"
        row = s.get(AlertRuleRow, rule.id)
        if row is not None:
            row.checked_until = max(row.checked_until, started - OVERLAP)
    return queued


# --------------------------------------------------------------------------- 2. digests

def release_digests(store, rule: Rule, now: datetime) -> int:
    if not rule.digest_s:
        return 0
    made = 0
    with store.WriteSession.begin() as s:
        held = s.execute(select(AlertDeliveryRow).where(AlertDeliveryRow.rule_id == rule.id,
                                                        AlertDeliveryRow.status == "held")
                         .order_by(AlertDeliveryRow.id)).scalars().all()
        groups: dict[tuple, list[AlertDeliveryRow]] = {}
        for d in held:
            groups.setdefault((d.channel, d.target, d.format), []).append(d)
        for (kind, target, fmt), rows in groups.items():
            if now - min(r.created_at for r in rows) < timedelta(seconds=rule.digest_s):
                continue
            items = [i for r in rows for i in (r.payload or {}).get("items", [])]
            out = AlertDeliveryRow(rule_id=rule.id, channel=kind, target=target, format=fmt,
                                   event_ids=[e for r in rows for e in r.event_ids or []],
                                   change="digest" if len(items) > 1 else rows[0].change,
                                   payload={"items": items}, status="pending", attempts=0,
                                   next_attempt_at=now, created_at=now)
            s.add(out)
            s.flush()
            for r in rows:
                r.status, r.batched_into = "batched", out.id
            made += 1
    return made


# --------------------------------------------------------------------------- 3. delivery

def _claim(store, rules: dict[int, Rule], now: datetime, summary: AlertsSummary) -> list[tuple[int, str]]:
    """Claim what is due, within each rule's rate limit: [(delivery id, status before)]."""
    claimed: list[tuple[int, str]] = []
    with store.WriteSession.begin() as s:
        due = s.execute(select(AlertDeliveryRow).where(or_(
            AlertDeliveryRow.status.in_(("pending", "failed")),
            AlertDeliveryRow.status == "sending"), AlertDeliveryRow.next_attempt_at <= now)
            .order_by(AlertDeliveryRow.id).limit(BATCH)).scalars().all()
        budget: dict[int, int] = {}
        for d in due:
            if d.status == "sending" and d.next_attempt_at > now - CLAIM_STALE:
                continue  # another pass is sending it
            rule = rules.get(d.rule_id)
            if rule is None:  # disabled rule: its messages wait
                continue
            if d.rule_id not in budget:
                sent = s.execute(select(func.count()).select_from(AlertDeliveryRow).where(
                    AlertDeliveryRow.rule_id == d.rule_id, AlertDeliveryRow.sent_at.is_not(None),
                    AlertDeliveryRow.sent_at > now - timedelta(hours=1))).scalar_one()
                budget[d.rule_id] = rule.rate_per_hour - sent
            if budget[d.rule_id] <= 0:
                summary.deferred += 1
                continue
            budget[d.rule_id] -= 1
            claimed.append((d.id, "failed" if d.status == "failed" else "pending"))
            d.status, d.next_attempt_at = "sending", now
    return claimed


def send_delivery(d: AlertDeliveryRow | dict, rule_name: str, settings: ch.AlertSettings) -> None:
    """Send one message (raises :class:`~sitrep.alerts.channels.SendError`)."""
    get = d.get if isinstance(d, dict) else lambda k: getattr(d, k)
    items = (get("payload") or {}).get("items") or []
    if not items:
        raise ch.SendError("empty message", transient=False)
    if get("channel") == "webhook":
        ch.post_webhook(get("target"), message.webhook_body(rule_name, items, get("format") or "json"),
                        timeout_s=settings.timeout_s)
    elif get("channel") == "email":
        ch.send_email(settings.smtp_url, get("target"), message.digest_subject(rule_name, items),
                      message.digest_text(items), message.digest_html(items), timeout_s=settings.timeout_s)
    else:
        raise ch.SendError(f"unknown channel {get('channel')!r}", transient=False)


def _send_with_retries(fn: Callable[[], None], retries: int, backoff_s: float, deadline: float) -> None:
    attempt = 0
    while True:
        try:
            fn()
            return
        except ch.SendError as exc:
            timed_out = "timed out" in str(exc)
            if not exc.transient or timed_out or attempt >= retries or time.monotonic() + backoff_s * 2 ** attempt > deadline:
                raise
            time.sleep(backoff_s * 2 ** attempt)
            attempt += 1


def deliver(store, rules: dict[int, Rule], settings: ch.AlertSettings, now: datetime, summary: AlertsSummary, *,
            budget_s: float = 30.0, retries: int = 2, backoff_s: float = 0.5) -> None:
    deadline = time.monotonic() + budget_s
    failed_targets: set[tuple[str, str]] = set()
    for did, before in _claim(store, rules, now, summary):
        with store.Session() as s:
            d = s.get(AlertDeliveryRow, did)
        if d is None:
            continue
        target = (d.channel, d.target)
        if time.monotonic() >= deadline or target in failed_targets:
            with store.WriteSession.begin() as s:  # back in the queue, as it was
                row = s.get(AlertDeliveryRow, did)
                if row is not None and row.status == "sending":
                    row.status = before
            summary.deferred += 1
            continue
        rule = rules[d.rule_id]
        error: ch.SendError | None = None
        try:
            _send_with_retries(lambda: send_delivery(d, rule.name, settings), retries, backoff_s, deadline)
        except ch.SendError as exc:
            error = exc
        except Exception as exc:  # a bug or an odd library error: recorded like a failure
            error = ch.SendError(f"{type(exc).__name__}: {exc}")
        with store.WriteSession.begin() as s:
            row = s.get(AlertDeliveryRow, did)
            if row is None:
                continue
            row.attempts = (row.attempts or 0) + 1
            if error is None:
                row.status, row.sent_at, row.last_error = "sent", now, None
                summary.sent += 1
                continue
            row.last_error = str(error)
            failed_targets.add(target)
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "dead"
                summary.dead += 1
            else:
                row.status, row.next_attempt_at = "failed", now + retry_delay(row.attempts)
                summary.failed += 1
            summary.errors.append(f"{rule.name}: {d.channel} {d.target}: {error}")


# --------------------------------------------------------------------------- the pass

def run_pass(store, settings: ch.AlertSettings | None = None, *, now: datetime | None = None,
             budget_s: float = 30.0, retries: int = 2, backoff_s: float = 0.5) -> AlertsSummary:
    """Queue what changed for every enabled rule, release due digests, deliver what is due.
    ``now`` (naive UTC) is the delivery clock (retry times, digests, rate limits)."""
    settings = settings or ch.AlertSettings.from_env()
    summary = AlertsSummary()
    rules = list_rules(store, enabled_only=True)
    summary.rules = len(rules)
    by_id = {r.id: r for r in rules if r.id is not None}
    for rule in rules:
        try:
            queue_changes(store, rule, settings, summary)
            release_digests(store, rule, now or utcnow())
        except Exception as exc:  # one rule's trouble does not stop the others
            log.exception("alert rule %s", rule.name)
            summary.errors.append(f"{rule.name}: {type(exc).__name__}: {exc}")
    if rules or _has_due(store):
        deliver(store, by_id, settings, now or utcnow(), summary, budget_s=budget_s, retries=retries,
                backoff_s=backoff_s)
    return summary


def _has_due(store) -> bool:
    with store.Session() as s:
        return s.execute(select(AlertDeliveryRow.id).where(
            AlertDeliveryRow.status.in_(("pending", "failed", "sending"))).limit(1)).first() is not None


def after_pass(store, settings: ch.AlertSettings | None = None, *,
               echo: Callable[[str], None] | None = None, **kw: Any) -> AlertsSummary | None:
    """The alerts at the end of an ingest or watch pass: never raises (a failure is one line
    through ``echo``), says one line when something was queued, sent or failed."""
    try:
        summary = run_pass(store, settings, **kw)
    except Exception as exc:  # the ingest pass itself succeeded: never fail it
        log.exception("alerts pass")
        if echo:
            echo(f"sitrep: alerts: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        return None
    if echo and summary.active:
        echo(f"sitrep: {summary.line()}")
        for e in summary.errors[:5]:
            echo(f"sitrep: alerts: {e}")
    return summary


def deliveries(store, rule: str | None = None, status: str | None = None, limit: int = 100) -> list[dict]:
    """The delivery log, newest first."""
    with store.Session() as s:
        q = select(AlertDeliveryRow, AlertRuleRow.name).join(AlertRuleRow, AlertRuleRow.id == AlertDeliveryRow.rule_id)
        if rule:
            q = q.where(AlertRuleRow.name == rule)
        if status:
            q = q.where(AlertDeliveryRow.status == status)
        rows = s.execute(q.order_by(AlertDeliveryRow.id.desc()).limit(max(1, min(limit, 1000)))).all()
        return [{"id": d.id, "rule": name, "channel": d.channel, "target": d.target, "format": d.format,
                 "event_ids": d.event_ids, "change": d.change, "status": d.status, "attempts": d.attempts,
                 "last_error": d.last_error, "created_at": d.created_at.isoformat() + "Z",
                 "sent_at": d.sent_at.isoformat() + "Z" if d.sent_at else None,
                 "next_attempt_at": d.next_attempt_at.isoformat() + "Z" if d.status == "failed" else None}
                for d, name in rows]


SAMPLE_TEXT = "sample"


def _sample_event():
    from sitrep import model  # noqa: PLC0415

    quote = "A drone hit a warehouse in the port, killing one worker, the governor said."
    return model.Event(
        doc_id="sitrep-sample", event_id="sitrep-sample-1", event_type="air_drone_strike",
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
        date=utcnow().date().isoformat(), date_precision="day", actor1="Military Forces of Russia",
        actor1_side="RU", actor2="Civilians (Ukraine)", actor2_side="UA",
        location=model.Location(name="Odesa", country_code="UA", admin1_code="UA-51", admin1="Odesa Oblast",
                                lat=46.4775, lon=30.7326, geonameid=698740, precision=1),
        fatalities=model.Count(low=1, best=1, high=1, qualifier="exact"),
        claims=[model.Claim(claimant="governor", claimant_side="UA", quote=quote, start=0, end=len(quote),
                            doc_id="sitrep-sample")])


def send_test(store, name: str, settings: ch.AlertSettings | None = None) -> list[tuple[str, str | None]]:
    """Send a sample message to each channel of a rule, now (not recorded, not rate-limited):
    the latest stored event the rule matches, else an invented sample. [(channel, error or None)]."""
    from sitrep.alerts.rules import RuleError, get_rule  # noqa: PLC0415

    settings = settings or ch.AlertSettings.from_env()
    rule = get_rule(store, name)
    if rule is None:
        raise RuleError(f"no rule named {name!r}")
    stored: Any = None
    for n, se in enumerate(store.iter_events(rule.event_filter())):
        if rule.matches_extra(se.event):
            stored = se
            break
        if n >= 500:
            break
    it = message.item(rule.name, "test", stored if stored is not None else _sample_event(), settings.public_url)
    out: list[tuple[str, str | None]] = []
    for c in rule.channels:
        d = {"channel": c.kind, "target": c.target, "format": c.format, "payload": {"items": [it]}}
        try:
            send_delivery(d, rule.name, settings)
            out.append((c.label(), None))
        except ch.SendError as exc:
            out.append((c.label(), str(exc)))
    return out


class Background:
    """Alerts passes in one background thread (``POST /documents``): :meth:`kick` after a
    document is stored; a kick during a pass makes it run once more, so passes never pile up
    and the request that stored the document never waits for a receiver."""

    def __init__(self, store, settings: ch.AlertSettings | None = None):
        import threading  # noqa: PLC0415

        self.store = store
        self.settings = settings
        self._lock = threading.Lock()
        self._dirty = False
        self._thread: Any = None
        self.passes = 0

    def kick(self) -> None:
        import threading  # noqa: PLC0415

        with self._lock:
            self._dirty = True
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self._run, name="sitrep-alerts", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._dirty:
                    self._thread = None
                    return
                self._dirty = False
            after_pass(self.store, self.settings, echo=log.warning)
            self.passes += 1

    def wait(self, timeout: float = 30.0) -> bool:
        """Until no pass is running or due (tests, shutdown): True when idle."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                t = self._thread
            if t is None:
                return True
            t.join(timeout=max(0.0, end - time.monotonic()))
        return False
