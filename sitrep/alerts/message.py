"""What an alert says: one event as text, HTML and the webhook's JSON body.

Every message names the event type, date, place (name, region, coordinates), the counts with
their qualifier, each claimant with its side and the supporting sentence quoted exactly (the
claim's span of the cleaned article text), the outlets and a link to the event in the
dashboard (``SITREP_PUBLIC_URL``). The webhook body is ``{"rule", "change", "event", "text",
"url"}`` with the EVENTS.md record (as ``sitrep export --format jsonl`` writes it) under
``event``; ``--format slack`` posts ``{"text": ...}``. A digest carries several items.
"""
from __future__ import annotations

import hashlib
import html
import json
from typing import Any, Sequence
from urllib.parse import quote as urlquote, urlsplit

from sitrep import model
from sitrep.store.export import event_record

_QUAL = {"almost": "almost {n}", "at_least": "at least {n}", "at_most": "up to {n}", "about": "about {n}"}


def fingerprint(ev: model.Event) -> str:
    """The material facts of an event (type, place, counts): a change of any is an update."""
    loc = ev.location
    place = None if loc is None else [loc.name, loc.country_code, loc.admin1_code, loc.precision,
                                      None if loc.lat is None else round(loc.lat, 3),
                                      None if loc.lon is None else round(loc.lon, 3)]

    def c(x: model.Count | None):
        return None if x is None else [x.low, x.best, x.high, x.qualifier]

    weapons = sorted([w.category, (w.model or "").casefold(), c(w.launched), c(w.intercepted)] for w in ev.weapons)
    facts = [ev.event_type, ev.is_aggregate, place, c(ev.fatalities), c(ev.injured), c(ev.missing), weapons]
    return hashlib.sha256(json.dumps(facts, sort_keys=True, default=str).encode()).hexdigest()


def fmt_count(c: model.Count | None) -> str | None:
    """'2 (exact)', 'at least 5', 'about 7 (2-9)', 'several'."""
    if c is None:
        return None
    if c.best is None:
        lo = f" (at least {c.low})" if c.low else ""
        return "unspecified" + lo
    s = f"{c.best} (exact)" if c.qualifier == "exact" else _QUAL.get(c.qualifier, "{n}").format(n=c.best)
    if c.low is not None and c.high is not None and c.low != c.high and c.qualifier != "exact":
        s += f" (reports range {c.low}-{c.high})"
    elif c.qualifier == "exact" and c.low is not None and c.high is not None and c.low != c.high:
        s = f"{c.best} (reports range {c.low}-{c.high})"
    return s


def event_url(public_url: str | None, event_id: str) -> str | None:
    if not public_url:
        return None
    return public_url.rstrip("/") + "/#event=" + urlquote(event_id, safe="")


def place_line(loc: model.Location | None) -> str:
    if loc is None:
        return "place unknown"
    parts = [loc.name or loc.admin1 or loc.country_code or "?"]
    region = ", ".join(x for x in (loc.admin1 if loc.admin1 and loc.admin1 != loc.name else None,
                                   loc.admin1_code, loc.country_code) if x)
    if region:
        parts.append(f"({region})")
    if loc.lat is not None and loc.lon is not None:
        parts.append(f"at {loc.lat:.4f}, {loc.lon:.4f}")
    return " ".join(parts)


def _outlets(sources: Sequence[dict]) -> list[str]:
    out: list[str] = []
    for s in sources or ():
        name = s.get("outlet") or (urlsplit(s["url"]).hostname if s.get("url") else None)
        if name and name not in out:
            out.append(name)
    return out


def _facts(ev: model.Event) -> list[tuple[str, str]]:
    rows = []
    for label, c in (("Killed", ev.fatalities), ("Injured", ev.injured), ("Missing", ev.missing)):
        s = fmt_count(c)
        if s:
            rows.append((label, s))
    for w in ev.weapons:
        name = w.category + (f" {w.model}" if w.model else "")
        bits = [f"launched {fmt_count(w.launched)}" if w.launched else "",
                f"intercepted {fmt_count(w.intercepted)}" if w.intercepted else ""]
        rows.append(("Weapon", name + (": " + ", ".join(b for b in bits if b) if any(bits) else "")))
    sides = f"{ev.actor1 or '?'} ({ev.actor1_side or '?'}) -> {ev.actor2 or '?'} ({ev.actor2_side or '?'})"
    rows.append(("Actors", sides))
    return rows


def _claimant(c: model.Claim) -> str:
    who = c.claimant or "unattributed"
    if c.claimant_role and c.claimant_role not in who:
        who += f", {c.claimant_role}"
    return f"{who} ({c.claimant_side or 'side unknown'}), {c.certainty}"


def subject(rule: str, change: str, ev: model.Event) -> str:
    loc = ev.location
    where = (loc.name or loc.admin1 or loc.country_code) if loc else "unknown place"
    killed = ev.fatalities.best if ev.fatalities and ev.fatalities.best else None
    k = f", {killed} killed" if killed else ""
    return f"[sitrep] {rule}: {change} {ev.event_type} in {where} on {ev.date or 'unknown date'}{k}"


def event_text(rule: str, change: str, ev: model.Event, sources: Sequence[dict], url: str | None) -> str:
    lines = [f"sitrep alert {rule!r}: {'updated' if change == 'updated' else change} event",
             f"{ev.event_type} on {ev.date or 'unknown date'}"
             + (f" to {ev.date_end}" if ev.date_end and ev.date_end != ev.date else "")
             + f" in {place_line(ev.location)}"]
    lines += [f"{k}: {v}" for k, v in _facts(ev)]
    if ev.claims:
        lines.append("Claims:")
        for c in ev.claims:
            lines.append(f"- {_claimant(c)}: \"{c.quote}\"")
    outlets = _outlets(sources)
    if outlets:
        lines.append("Outlets: " + ", ".join(outlets))
    lines.append(f"Event id: {ev.event_id}")
    if url:
        lines.append(f"Dashboard: {url}")
    return "\n".join(lines)


def event_html(rule: str, change: str, ev: model.Event, sources: Sequence[dict], url: str | None) -> str:
    e = html.escape
    rows = "".join(f"<tr><th align=\"left\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _facts(ev))
    claims = "".join(f"<li>{e(_claimant(c))}:<blockquote>{e(c.quote)}</blockquote></li>" for c in ev.claims)
    outlets = _outlets(sources)
    link = f"<p><a href=\"{e(url)}\">Open in the dashboard</a></p>" if url else ""
    return (f"<div><p><b>sitrep alert {e(rule)}</b>: {e(change)} event</p>"
            f"<h3>{e(ev.event_type)} on {e(ev.date or 'unknown date')} in {e(place_line(ev.location))}</h3>"
            f"<table>{rows}</table>"
            + (f"<p>Claims:</p><ul>{claims}</ul>" if claims else "")
            + (f"<p>Outlets: {e(', '.join(outlets))}</p>" if outlets else "")
            + f"<p>Event id: <code>{e(ev.event_id)}</code></p>{link}</div>")


def item(rule: str, change: str, stored: Any, public_url: str | None) -> dict[str, Any]:
    """One event's message, as queued in a delivery's payload (the record at the change)."""
    ev = stored.event if hasattr(stored, "event") else stored
    sources = list(getattr(stored, "sources", None) or [])
    url = event_url(public_url, ev.event_id)
    return {"change": change, "event": event_record(stored), "url": url,
            "subject": subject(rule, change, ev),
            "text": event_text(rule, change, ev, sources, url),
            "html": event_html(rule, change, ev, sources, url)}


def digest_subject(rule: str, items: Sequence[dict]) -> str:
    return items[0]["subject"] if len(items) == 1 else f"[sitrep] {rule}: {len(items)} events"


def digest_text(items: Sequence[dict]) -> str:
    return ("\n\n" + "-" * 40 + "\n\n").join(i["text"] for i in items)


def digest_html(items: Sequence[dict]) -> str:
    return "<hr>".join(i["html"] for i in items)


def webhook_body(rule: str, items: Sequence[dict], fmt: str = "json") -> dict[str, Any]:
    """One item: ``{"rule", "change", "event", "text", "url"}``; several (a digest):
    ``{"rule", "digest": true, "items": [...], "text"}``; slack: ``{"text"}``."""
    if fmt == "slack":
        return {"text": digest_text(items)}
    if len(items) == 1:
        i = items[0]
        return {"rule": rule, "change": i["change"], "event": i["event"], "text": i["text"], "url": i["url"]}
    return {"rule": rule, "digest": True, "text": digest_text(items),
            "items": [{"change": i["change"], "event": i["event"], "text": i["text"], "url": i["url"]} for i in items]}
