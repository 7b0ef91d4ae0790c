"""Rich tables for events on the terminal."""
from __future__ import annotations

from typing import Iterable, TextIO

from rich.console import Console
from rich.table import Table

from sitrep.model import Event


def _count(c) -> str:
    if c is None:
        return ""
    if c.best is None:
        return f"{c.low}+" if c.low is not None else "?"
    return {"exact": "", "almost": "~<", "at_least": "≥", "at_most": "≤", "about": "~"}.get(c.qualifier, "") + str(c.best)


def events_table(events: Iterable[Event], *, file: TextIO | None = None, title: str = "Events") -> None:
    table = Table(title=title, show_lines=False)
    for col in ("type", "date", "place", "killed", "injured", "claimant"):
        table.add_column(col)
    n = 0
    for e in events:
        n += 1
        loc = e.location
        place = ""
        if loc:
            place = ", ".join(x for x in (loc.name, loc.admin1 or loc.admin1_code, loc.country_code) if x)
        claim = e.claims[0] if e.claims else None
        claimant = ""
        if claim:
            claimant = (claim.claimant or "") + (f" ({claim.claimant_side})" if claim.claimant_side else "")
        table.add_row(("  ↳ " if e.parent_id else "") + e.event_type, e.date or "", place, _count(e.fatalities), _count(e.injured), claimant)
    Console(file=file, width=160).print(table)
