"""A namesake across the border, told beside places of the other country.

"An elderly woman was killed in the village of Novaya Tavolzhanka and another woman died in the
village of Bezlyudovka": the second name matched only a Ukrainian village by a variant spelling,
while the place told with it is in Russia's Belgorod region. A village the gazetteer does not hold
is more likely than a shelling report that crosses the border in mid-sentence, so the name is
placed near the place told with it (precision 2, its region), not at the namesake.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep import geo

_NEAR_CHARS = 250  # told in the same stretch of text


def across_border(out: list) -> None:
    """Re-place, in ``out`` (find_places' list, in text order), each incident settlement matched only
    by a variant spelling whose neighbours in the text (matched by name) lie in the other country."""
    settled = [k for k, p in enumerate(out) if p.role == "incident" and p.kind == "settlement" and p.location.country_code in ("UA", "RU")]
    for k in settled:
        p = out[k]
        why = p.location.geo_reason or ""
        if not why.startswith("variant spelling") or "region named in the sentence" in why or "region written" in why:
            continue  # "In the Kherson region, ... shelled Golaya Pristan": its own region is written
        beside = [out[j] for j in settled if j != k and abs(out[j].start - p.start) < _NEAR_CHARS
                  and not (out[j].location.geo_reason or "").startswith("variant spelling")]
        if not beside or any(q.location.country_code == p.location.country_code for q in beside):
            continue
        q = beside[0]
        out[k] = replace(p, location=q.location.model_copy(update={
            "name": p.text, "precision": 2, "geonameid": None, "source": "context",
            "geo_reason": f"a namesake across the border from {q.location.name}: placed near the place told with it"}))


_DIRECTION_AFTER = re.compile(r"\s+(?:in|on|along)\s+the\s+((?-i:[A-Z])[\w'’-]+)\s+(?:direction|axis|sector|front)\b", re.I)


def by_direction(text: str, out: list) -> None:
    """"near Kamianske in the Zaporizhia direction": a village named with the front sector it lies on
    is the namesake in that sector's region (when that region has one), not one elsewhere."""
    for k, p in enumerate(out):
        if p.role != "incident" or p.kind != "settlement":
            continue
        m = _DIRECTION_AFTER.match(text, p.end)
        if m is None:
            continue
        sector = geo.geocode(m.group(1))
        if sector is None or not sector.admin1_code or sector.admin1_code == p.location.admin1_code or not sector.admin1:
            continue
        there = geo.geocode(f"{p.text}, {sector.admin1} oblast")
        if there is not None and there.admin1_code == sector.admin1_code and there.precision <= 2:
            out[k] = replace(p, location=there.model_copy(update={
                "geo_reason": f"{there.geo_reason or 'name'}; on the {m.group(1)} direction"}))
