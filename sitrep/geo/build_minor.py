"""The minor tier of the gazetteer index (part of :mod:`sitrep.geo.build`, run at install).

The main index knows places abroad of 15,000+ inhabitants (and capitals), with their other names
only from 100,000 on. The minor tier adds, from the same GeoNames ``cities500.json``:

* every settlement abroad of 500+ inhabitants the main index leaves out ("Davos", "Ramstein-
  Miesenbach" also as "Ramstein", "Tombouctou" also as "Timbuktu", "Khankendi" also as
  "Stepanakert"), by its name and its Latin-script other names;
* the other names of the towns abroad of 15,000 to 100,000 ("Sukhumi" for Sokhumi).

Its names are kept apart from the main ones, so that free text never meets them by chance (common
words and surnames are small towns somewhere: "Bloomberg", "Grad"): :mod:`sitrep.geo.minor` reads
them only for a mention asked for as a place, or written with its region or country next to it.
Stored in the index as one compressed marshal blob, unpacked on first use.
"""
from __future__ import annotations

import marshal
import zlib
from typing import Callable, Iterable

MINOR_ALT, MINOR_PRIMARY = 1, 2


def build_minor(rows: Iterable[tuple[dict, str | None, bool]], fold: Callable[[str], str],
                latin_like: Callable[[str], bool], skip: frozenset = frozenset(),
                english: frozenset = frozenset()) -> bytes:
    """``rows``: (GeoNames entry, ISO admin1 or None, whether its own name is new to the index);
    ``skip``: folded names never taken (continents, world regions: ``macro_regions.txt``); ``english``:
    folded English words (kept for the names that are one: "Car", "Miss" need their country). Returns the compressed tier: {"name", "cc", "a1", "lat", "lon", "pop", "gid": tuples,
    "names": folded key -> codes (index * 4 + strength), the larger place first}."""
    cols: dict[str, list] = {k: [] for k in ("name", "cc", "a1", "lat", "lon", "pop", "gid")}
    names: dict[str, dict[int, int]] = {}
    for v, a1, new in rows:
        own = fold(v["name"])
        keys: dict[str, int] = {}
        if new and len(own) >= 2:
            keys[own] = MINOR_PRIMARY
        for a in v.get("alternatenames") or ():
            if not a or len(a) > 40 or not latin_like(a):
                continue
            k = fold(a)
            if len(k) >= 4 and k != own and not a.isupper():
                keys.setdefault(k, MINOR_ALT)
        for k in skip.intersection(keys):
            del keys[k]
        if not keys:
            continue
        j = len(cols["name"])
        for col, val in (("name", v["name"]), ("cc", v["countrycode"]), ("a1", a1),
                         ("lat", round(v["latitude"], 5)), ("lon", round(v["longitude"], 5)),
                         ("pop", int(v.get("population") or 0)), ("gid", int(v.get("geonameid") or 0))):
            cols[col].append(val)
        for k, s in keys.items():
            names.setdefault(k, {})[j] = s
    pop = cols["pop"]
    tier: dict = {k: tuple(v) for k, v in cols.items()}
    tier["macro"] = tuple(sorted(skip))
    tier["english"] = tuple(sorted(k for k in names if k in english))
    tier["names"] = {k: tuple(j * 4 + s for j, s in sorted(d.items(), key=lambda it: -pop[it[0]]))
                     for k, d in names.items()}
    return zlib.compress(marshal.dumps(tier), 6)
