"""Each place of a sentence that tells strikes of two kinds in two clauses takes the weapon of its own
clause: "Russian drones kill port guard in Odesa, ballistic missile hits plant south of Kyiv" is a drone
strike on Odesa and a missile strike near Kyiv; "A and B came under MLRS fire; in the village of C, a
drone dropped explosives on a shop" is a drone strike on C. Clauses are cut at ';' and, inside a clause
that still names both kinds, at commas and at "as", "while"; a piece with no weapon of its own takes the next piece's of its
clause (the place comes before the verb), then the one before."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.extract.classify import strike_type
from sitrep.extract.weapons import extract_weapons

_STRIKES = ("air_drone_strike", "missile_artillery_strike")


def _kind(piece: str) -> Optional[str]:
    ws = extract_weapons(piece)
    if not ws:
        return None
    t, explicit = strike_type(ws, set(), None)
    return t if explicit else None


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int, Optional[str]]]:
    # (cut at commas and at the conjunctions that join two deeds: "missile kills two in A as drones hit B, C region")
    bounds = [lo] + sorted({lo + m.end() for m in re.finditer(r",\s|\s(?:as|while|whereas)\s", text[lo:hi])}) + [hi]
    return [(a, b, _kind(text[a:b])) for a, b in zip(bounds, bounds[1:])]


def clause_kinds(text: str) -> Optional[list[tuple[int, int, str]]]:
    """(start, end, strike type) spans of ``text`` when its clauses name strikes of both kinds, else None."""
    if not re.search(r"[;,]|\s(?:as|while|whereas)\s", text):
        return None
    clauses, start = [], 0
    for m in re.finditer(r";", text):
        clauses.append((start, m.start()))
        start = m.end()
    clauses.append((start, len(text)))
    spans: list[tuple[int, int, Optional[str]]] = []
    for lo, hi in clauses:
        k = _kind(text[lo:hi])
        pieces = _pieces(text, lo, hi)
        if k is not None and len(clauses) > 1 and {p[2] for p in pieces if p[2]} <= {k}:
            spans.append((lo, hi, k))
            continue
        for i, (a, b, kk) in enumerate(pieces):
            if kk is None:
                kk = next((p[2] for p in pieces[i + 1:] if p[2]), None) or next((p[2] for p in reversed(pieces[:i]) if p[2]), None)
            spans.append((a, b, kk))
    kinds = {k for _a, _b, k in spans if k}
    if kinds != set(_STRIKES):
        return None
    return [(a, b, k) for a, b, k in spans if k]


def kind_at(spans: Optional[list[tuple[int, int, str]]], pos: int) -> Optional[str]:
    """The strike type of the clause holding ``pos`` (None: no clause typing applies)."""
    return next((k for a, b, k in spans if a <= pos < b), None) if spans else None
