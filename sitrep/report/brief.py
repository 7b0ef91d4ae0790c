"""The daily brief: headline figures, main events, statements, a map and a chart.

``build_brief(events, statements, date, days)`` is a pure function over records; the renderers
turn a :class:`Brief` into Markdown or HTML, and ``render_images`` draws the map (the dashboard's
region polygons plus event points) and the chart (events per day by type) with matplotlib.

Counting rules (so that a figure can be checked by hand):

* the window is the ``days`` days ending on ``date`` (both included); an event is in it when its
  ``date`` (or its ``date``..``date_end`` period) overlaps the window;
* period tallies (``is_aggregate``) are listed apart and never added to the totals;
* a parent wave and its child incidents are one family: a figure of the family is
  ``max(parent's figure, sum of the children's)`` so nationwide totals are not added to the
  per-place figures they already contain; what the parent reports beyond its children is
  counted under "region not stated";
* a count is its ``best`` value; counts with no best ("several", "dozens") are not added but
  flagged in ``Brief.unspecified``.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date as _date, timedelta
from typing import Callable, Optional

from sitrep.model import Count, Event, Statement

STRIKE_TYPES = ("missile_artillery_strike", "air_drone_strike")
WEAPON_GROUPS = {
    "missile": "missiles", "ballistic_missile": "missiles", "cruise_missile": "missiles",
    "drone": "drones", "guided_bomb": "guided bombs", "aircraft": "aircraft",
    "artillery": "artillery", "mlrs": "artillery", "mixed": "mixed targets", "other": "other",
}
GROUP_ORDER = ("missiles", "drones", "guided bombs", "aircraft", "mixed targets", "artillery", "other")
# same colours as the dashboard (sitrep/web/static/app.js)
TYPE_COLORS = {
    "armed_clash": "#6d4c41", "territory_change": "#8e24aa", "air_drone_strike": "#f57c00",
    "missile_artillery_strike": "#d32f2f", "remote_explosive": "#5d4037", "grenade": "#795548",
    "suicide_bombing": "#4e342e", "chemical_attack": "#827717", "interception": "#1976d2",
    "attack_on_civilians": "#c2185b", "sexual_violence": "#ad1457", "abduction": "#880e4f",
    "protest": "#00897b", "riot": "#00695c", "arrest": "#546e7a", "looting_destruction": "#a1887f",
    "agreement": "#388e3c", "armed_group_change": "#7b1fa2", "infrastructure_disruption": "#fbc02d",
    "military_mobilization": "#455a64", "policy_decision": "#0097a7", "diplomatic_contact": "#26a69a",
}
NO_REGION = "(region not stated)"


@dataclass
class RegionFigures:
    code: str          # ISO 3166-2, or NO_REGION
    name: str
    events: int = 0
    killed: int = 0
    injured: int = 0


@dataclass
class MainEvent:
    event: Event
    killed: Optional[int]
    injured: Optional[int]
    children: list[str]
    sources: list[dict]
    score: float


@dataclass
class Brief:
    date: str
    days: int
    date_from: str
    events: list[Event]                       # in the window, tallies included
    tallies: list[Event]                      # period tallies (not in the totals)
    n_events: int                             # incidents (not tallies)
    strikes: dict[str, int]                   # event_type -> number of strike events
    launched: dict[str, int]                  # weapon group -> launched (best)
    intercepted: dict[str, int]               # weapon group -> intercepted (best)
    killed: int
    injured: int
    regions: list[RegionFigures]
    per_day: dict[str, dict[str, int]]        # day -> event_type -> incidents (no tallies)
    main_events: list[MainEvent]
    statements: list[Statement]
    unspecified: list[str] = field(default_factory=list)   # event ids with counts without best

    @property
    def total_strikes(self) -> int:
        return sum(self.strikes.values())

    @property
    def period(self) -> str:
        return self.date if self.days == 1 else f"{self.date_from} to {self.date}"


# --------------------------------------------------------------------------- core

def _best(c: Optional[Count]) -> Optional[int]:
    return None if c is None else c.best


def _in_window(e: Event, start: str, end: str) -> bool:
    if not e.date:
        return False
    return e.date <= end and (e.date_end or e.date) >= start


def _family_sum(events: list[Event], value: Callable[[Event], int]) -> dict[str, int]:
    """Per event id the figure it contributes: children their own, a parent only its excess."""
    ids = {e.event_id for e in events}
    kids: dict[str, list[Event]] = {}
    for e in events:
        if e.parent_id and e.parent_id in ids:
            kids.setdefault(e.parent_id, []).append(e)
    out = {}
    for e in events:
        own = value(e)
        if e.event_id in kids:
            own = max(0, own - sum(value(c) for c in kids[e.event_id]))
        out[e.event_id] = own
    return out


def _region_names() -> dict[str, str]:
    try:
        from sitrep.web import iso_names
        return iso_names()
    except Exception:  # pragma: no cover - the table ships with the package
        return {}


def _weapon_total(e: Event, group: str, what: str) -> int:
    n = 0
    for w in e.weapons:
        if WEAPON_GROUPS.get(w.category) == group:
            n += _best(getattr(w, what)) or 0
    return n


def build_brief(events: list[Event], statements: list[Statement], date: str, days: int = 1, *,
                sources: Optional[dict[str, list[dict]]] = None, max_events: int = 10,
                max_statements: int = 8) -> Brief:
    """The brief for the ``days`` days ending on ``date`` (ISO day) from these records.

    ``sources`` optionally maps an event id to its source dicts (``doc_id``, ``outlet``,
    ``title``, ``url``), as the store and the API give them; without it the event's ``doc_id``
    is the source.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    end = _date.fromisoformat(date)
    start = (end - timedelta(days=days - 1)).isoformat()
    date = end.isoformat()
    window = [e for e in events if _in_window(e, start, date)]
    window.sort(key=lambda e: (e.date or "", e.event_id))
    tallies = [e for e in window if e.is_aggregate]
    incidents = [e for e in window if not e.is_aggregate]
    names = _region_names()

    strikes: dict[str, int] = {}
    for e in incidents:
        if e.event_type in STRIKE_TYPES:
            strikes[e.event_type] = strikes.get(e.event_type, 0) + 1

    launched: dict[str, int] = {}
    intercepted: dict[str, int] = {}
    for group in GROUP_ORDER:
        for what, target in (("launched", launched), ("intercepted", intercepted)):
            per = _family_sum(incidents, lambda e, g=group, w=what: _weapon_total(e, g, w))
            total = sum(per.values())
            has = any(getattr(w, what) is not None for e in incidents for w in e.weapons
                      if WEAPON_GROUPS.get(w.category) == group)
            if total or has:
                target[group] = total

    killed_by = _family_sum(incidents, lambda e: _best(e.fatalities) or 0)
    injured_by = _family_sum(incidents, lambda e: _best(e.injured) or 0)
    regions: dict[str, RegionFigures] = {}
    for e in incidents:
        code = (e.location.admin1_code if e.location else None) or NO_REGION
        r = regions.get(code)
        if r is None:
            name = names.get(code) or (e.location.admin1 if e.location and e.location.admin1 else code)
            r = regions[code] = RegionFigures(code=code, name=name)
        r.events += 1
        r.killed += killed_by[e.event_id]
        r.injured += injured_by[e.event_id]
    region_list = sorted(regions.values(), key=lambda r: (r.code == NO_REGION, -r.killed,
                                                          -r.injured, -r.events, r.name))

    per_day: dict[str, dict[str, int]] = {}
    d = _date.fromisoformat(start)
    while d <= end:
        per_day[d.isoformat()] = {}
        d += timedelta(days=1)
    for e in incidents:
        day = e.date if e.date >= start else start
        if day in per_day:
            per_day[day][e.event_type] = per_day[day].get(e.event_type, 0) + 1

    unspecified = [e.event_id for e in incidents
                   if any(c is not None and c.best is None for c in (e.fatalities, e.injured))]

    ids = {e.event_id for e in window}
    children: dict[str, list[str]] = {}
    for e in window:
        if e.parent_id and e.parent_id in ids:
            children.setdefault(e.parent_id, []).append(e.event_id)
    main = []
    for e in incidents:
        k, i = _best(e.fatalities), _best(e.injured)
        weapons = sum(_best(w.launched) or 0 for w in e.weapons)
        score = (10 * (k or 0) + 3 * (i or 0) + weapons / 5 + 5 * len(children.get(e.event_id, []))
                 + (2 if e.event_type in ("territory_change", "agreement") else 0)
                 + (1 if e.event_type in STRIKE_TYPES else 0))
        srcs = (sources or {}).get(e.event_id) or [{"doc_id": e.doc_id}]
        main.append(MainEvent(e, k, i, children.get(e.event_id, []), srcs, score))
    main.sort(key=lambda m: (-m.score, m.event.date or "", m.event.event_id))
    main = main[:max_events]

    window_docs = {e.doc_id for e in window}
    all_docs = {e.doc_id for e in events}
    chosen, seen = [], set()
    for s in statements:
        linked = bool(set(s.event_ids) & ids)
        if not linked and s.doc_id in all_docs and s.doc_id not in window_docs:
            continue
        key = (s.speaker, s.quote.strip())
        if key in seen:
            continue
        seen.add(key)
        chosen.append((0 if linked else 1, 0 if s.speaker_role else 1, len(chosen), s))
    chosen.sort(key=lambda t: t[:3])
    return Brief(date=date, days=days, date_from=start, events=window, tallies=tallies,
                 n_events=len(incidents), strikes=strikes, launched=launched,
                 intercepted=intercepted, killed=sum(killed_by.values()),
                 injured=sum(injured_by.values()), regions=region_list, per_day=per_day,
                 main_events=main, statements=[t[3] for t in chosen[:max_statements]],
                 unspecified=unspecified)


# --------------------------------------------------------------------------- text helpers

def fmt_count(c: Optional[Count]) -> str:
    if c is None:
        return "–"
    q = c.qualifier
    if q == "exact":
        return str(c.best)
    if q == "almost":
        return f"almost {c.best}"
    if q == "at_least":
        return f"at least {c.best if c.best is not None else c.low}"
    if q == "at_most":
        return f"up to {c.best if c.best is not None else c.high}"
    if q == "about":
        return f"about {c.best}"
    return "unspecified" + (f" (≥{c.low})" if c.low else "")


def _n(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def label(t: str) -> str:
    return t.replace("_", " ")


def place(e: Event) -> str:
    loc = e.location
    if loc is None:
        return "unknown place"
    parts = [loc.name]
    region = _region_names().get(loc.admin1_code or "") or loc.admin1 or loc.admin1_code
    if region and region != loc.name:
        parts.append(region)
    return ", ".join(p for p in parts if p) or (loc.country_code or "unknown place")


def event_line(m: MainEvent) -> str:
    e = m.event
    bits = [label(e.event_type), place(e)]
    figs = []
    if e.fatalities is not None:
        figs.append(f"killed {fmt_count(e.fatalities)}")
    if e.injured is not None:
        figs.append(f"injured {fmt_count(e.injured)}")
    for w in e.weapons:
        name = WEAPON_GROUPS.get(w.category, w.category) + (f" ({w.model})" if w.model else "")
        if w.launched is not None:
            figs.append(f"{name} launched {fmt_count(w.launched)}")
        if w.intercepted is not None:
            figs.append(f"{name} intercepted {fmt_count(w.intercepted)}")
    if m.children:
        figs.append(f"{len(m.children)} incidents in this wave")
    if e.is_aggregate:
        figs.append("period tally")
    date = e.date + (f" to {e.date_end}" if e.date_end else "")
    return f"{date}: " + " · ".join(bits) + (" — " + "; ".join(figs) if figs else "")


def claim_lines(e: Event) -> list[str]:
    out = []
    for c in e.claims:
        who = c.claimant or "unattributed"
        if c.claimant_side:
            who += f" ({c.claimant_side})"
        cert = "" if c.certainty == "reported" else f" [{c.certainty}]"
        out.append(f"{who}{cert}: “{c.quote}”")
    return out


def source_text(s: dict) -> str:
    name = s.get("outlet") or s.get("doc_id") or "source"
    title = s.get("title")
    return f"{name}: {title}" if title else name


def headline(b: Brief) -> list[tuple[str, str]]:
    rows = [("Events (incidents)", str(b.n_events)),
            ("Strikes", f"{b.total_strikes}" + (" (" + ", ".join(
                f"{label(t)} {n}" for t, n in sorted(b.strikes.items())) + ")" if b.strikes else ""))]
    for g in GROUP_ORDER:
        if g in b.launched or g in b.intercepted:
            rows.append((f"{g.capitalize()} launched / intercepted",
                         f"{b.launched.get(g, 0)} / {b.intercepted.get(g, 0)}"))
    rows.append(("Killed", str(b.killed)))
    rows.append(("Injured", str(b.injured)))
    return rows


# --------------------------------------------------------------------------- images

def to_markdown(b: Brief, map_image: Optional[str] = None, chart_image: Optional[str] = None) -> str:
    out = [f"# Situation report: {b.period}", ""]
    out.append(f"{_n(b.n_events, 'incident', 'incidents')} from "
               f"{_n(len({e.doc_id for e in b.events}), 'report', 'reports')}"
               + (f", {_n(len(b.tallies), 'period tally', 'period tallies')}" if b.tallies else "") + ".")
    out += ["", "## Headline figures", "", "| | |", "|---|---:|"]
    out += [f"| {k} | {v} |" for k, v in headline(b)]
    if b.unspecified:
        out += ["", f"Not counted (numbers not stated): {', '.join(b.unspecified)}."]
    out += ["", "### Killed and injured by region", "", "| Region | Events | Killed | Injured |",
            "|---|---:|---:|---:|"]
    for r in b.regions:
        code = "" if r.code == NO_REGION else f" ({r.code})"
        out.append(f"| {r.name}{code} | {r.events} | {r.killed} | {r.injured} |")
    if map_image or chart_image:
        out.append("")
        if map_image:
            out.append(f"![Map of events]({map_image})")
        if chart_image:
            out += ["", f"![Events per day by type]({chart_image})"]
    out += ["", "## Main events", ""]
    if not b.main_events:
        out.append("No events in this period.")
    for i, m in enumerate(b.main_events, 1):
        out.append(f"{i}. **{event_line(m)}** (`{m.event.event_id}`)")
        for c in claim_lines(m.event):
            out.append(f"   - {c}")
        srcs = "; ".join(f"[{source_text(s)}]({s['url']})" if s.get("url") else source_text(s)
                         for s in m.sources)
        out.append(f"   - Sources: {srcs}")
    if b.tallies:
        out += ["", "## Period tallies (not in the totals)", ""]
        for e in b.tallies:
            out.append(f"- {event_line(MainEvent(e, None, None, [], [], 0))} (`{e.event_id}`)")
    out += ["", "## Notable statements", ""]
    if not b.statements:
        out.append("None recorded.")
    for s in b.statements:
        who = s.speaker or "unattributed"
        if s.speaker_role:
            who += f", {s.speaker_role}"
        if s.speaker_side:
            who += f" ({s.speaker_side})"
        out.append(f"- {who}: “{s.quote.strip()}” ({s.doc_id})")
    out += ["", "---", "Counts are best estimates as reported; a parent attack wave and its incidents "
            "are counted once; period tallies are not added. Generated by `sitrep brief`.", ""]
    return "\n".join(out)


def to_html(b: Brief, map_png: Optional[bytes] = None, chart_png: Optional[bytes] = None) -> str:
    import base64

    e_ = html.escape

    def img(data: Optional[bytes], alt: str) -> str:
        if not data:
            return ""
        return (f'<img alt="{e_(alt)}" style="max-width:100%" '
                f'src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">')

    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
             f"<title>Situation report: {e_(b.period)}</title>",
             "<style>body{font:14px/1.45 system-ui,sans-serif;max-width:60em;margin:1em auto;"
             "padding:0 1em;color:#222}table{border-collapse:collapse}td,th{border-bottom:1px solid "
             "#ddd;padding:2px 8px}td.n{text-align:right}blockquote{margin:2px 0 2px 1em;"
             "font-style:italic;color:#444}small{color:#666}</style></head><body>",
             f"<h1>Situation report: {e_(b.period)}</h1>",
             f"<p>{_n(b.n_events, 'incident', 'incidents')} from "
             f"{_n(len({e.doc_id for e in b.events}), 'report', 'reports')}"
             + (f", {_n(len(b.tallies), 'period tally', 'period tallies')}" if b.tallies else "") + ".</p>",
             "<h2>Headline figures</h2><table>"]
    parts += [f"<tr><th style='text-align:left'>{e_(k)}</th><td class='n'>{e_(v)}</td></tr>"
              for k, v in headline(b)]
    parts.append("</table>")
    if b.unspecified:
        parts.append(f"<p><small>Not counted (numbers not stated): {e_(', '.join(b.unspecified))}"
                     "</small></p>")
    parts.append("<h3>Killed and injured by region</h3><table><tr><th>Region</th><th>Events</th>"
                 "<th>Killed</th><th>Injured</th></tr>")
    for r in b.regions:
        code = "" if r.code == NO_REGION else f" ({r.code})"
        parts.append(f"<tr><td>{e_(r.name + code)}</td><td class='n'>{r.events}</td>"
                     f"<td class='n'>{r.killed}</td><td class='n'>{r.injured}</td></tr>")
    parts.append("</table>")
    parts.append(img(map_png, "Map of events"))
    parts.append(img(chart_png, "Events per day by type"))
    parts.append("<h2>Main events</h2>")
    if not b.main_events:
        parts.append("<p>No events in this period.</p>")
    parts.append("<ol>")
    for m in b.main_events:
        parts.append(f"<li><strong>{e_(event_line(m))}</strong> <small>{e_(m.event.event_id)}</small>")
        for c in claim_lines(m.event):
            parts.append(f"<blockquote>{e_(c)}</blockquote>")
        srcs = "; ".join(
            (f"<a href='{e_(s['url'])}'>{e_(source_text(s))}</a>" if s.get("url")
             else e_(source_text(s))) for s in m.sources)
        parts.append(f"<div><small>Sources: {srcs}</small></div></li>")
    parts.append("</ol>")
    if b.tallies:
        parts.append("<h2>Period tallies (not in the totals)</h2><ul>")
        parts += [f"<li>{e_(event_line(MainEvent(t, None, None, [], [], 0)))}</li>" for t in b.tallies]
        parts.append("</ul>")
    parts.append("<h2>Notable statements</h2><ul>")
    if not b.statements:
        parts.append("<li>None recorded.</li>")
    for s in b.statements:
        who = (s.speaker or "unattributed") + (f", {s.speaker_role}" if s.speaker_role else "") \
            + (f" ({s.speaker_side})" if s.speaker_side else "")
        parts.append(f"<li>{e_(who)}: <q>{e_(s.quote.strip())}</q> <small>{e_(s.doc_id)}</small></li>")
    parts.append("</ul><hr><p><small>Counts are best estimates as reported; a parent attack wave and "
                 "its incidents are counted once; period tallies are not added. Generated by "
                 "<code>sitrep brief</code>.</small></p></body></html>")
    return "\n".join(p for p in parts if p)


def write_brief(b: Brief, output: Optional[str]) -> str:
    """Write ``b`` to ``output`` (.md with PNGs next to it, or .html with embedded images);
    without an output return the Markdown (no images)."""
    from sitrep.report.charts import render_chart, render_map
    import io
    from pathlib import Path

    if not output:
        return to_markdown(b)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() in (".html", ".htm"):
        bufs = []
        for fn in (render_map, render_chart):
            buf = io.BytesIO()
            fn(b, buf)
            bufs.append(buf.getvalue())
        text = to_html(b, bufs[0], bufs[1])
    else:
        map_path = out.with_name(out.stem + "-map.png")
        chart_path = out.with_name(out.stem + "-chart.png")
        render_map(b, map_path)
        render_chart(b, chart_path)
        text = to_markdown(b, map_path.name, chart_path.name)
    out.write_text(text, encoding="utf-8")
    return text


def load_from_store(store, date: str, days: int) -> tuple[list[Event], list[Statement], dict]:
    """Events of the window (canonical ones, with their sources) and statements from a store:
    those the store dates in the window plus those of the window's documents."""
    end = _date.fromisoformat(date)
    start = (end - timedelta(days=days - 1)).isoformat()
    events, sources = [], {}
    for st in store.iter_events(date_from=start, date_to=end.isoformat(), limit=None):
        events.append(st.event)
        sources[st.event.event_id] = st.sources
    statements = list(store.statements(date_from=start, date_to=end.isoformat(), limit=1000))
    for d in sorted({e.doc_id for e in events}):
        statements += [s for s in store.statements(doc_id=d, limit=1000) if s not in statements]
    return events, statements, sources
