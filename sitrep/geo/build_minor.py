"""The minor tier of the gazetteer index (part of :mod:`sitrep.geo.build`, run at install).

The main index knows places abroad of 15,000+ inhabitants (and capitals), with their other names
only from 100,000 on. The minor tier adds, from the same GeoNames ``cities500.json``:

* every settlement abroad of 500+ inhabitants the main index leaves out ("Davos", "Ramstein-
  Miesenbach" also as "Ramstein", "Khankendi" also as "Stepanakert"), by its name and, from 1,000
  inhabitants, its Latin-script other names;
* the other names of the towns abroad of 15,000 to 100,000 ("Sukhumi" for Sokhumi).

Its names are kept apart from the main ones, so that free text never meets them by chance (common
words and surnames are small towns somewhere: "Bloomberg", "Grad"): :mod:`sitrep.geo.minor` reads
them only for a mention asked for as a place, or written with its region or country next to it.
Stored in the index as marshalled parts, each unpacked on first use (not compressed: inflating the
places took ~33 ms of a cold run that meets one small place, and each name shard ~0.6 ms, where the
index file only grows by ~9 MB, read in ~3 ms).
"""
from __future__ import annotations

import marshal
import re
import zlib
from array import array
from typing import Callable, Iterable

MINOR_ALT, MINOR_PRIMARY = 1, 2
SHARDS = 64
ALT_MIN_POP = 1000  # a hamlet's other names (mostly other languages' spellings) are left out
_ASCII_NAME = re.compile(r"[A-Za-z][A-Za-z .'’-]*$")


def build_minor(rows: Iterable[tuple[dict, str | None, bool]], fold: Callable[[str], str],
                latin_like: Callable[[str], bool], skip: frozenset = frozenset(),
                english: frozenset = frozenset()) -> dict:
    """``rows``: (GeoNames entry, ISO admin1 or None, whether its own name is new to the index);
    ``skip``: folded names never taken (continents, world regions: ``macro_regions.txt``); ``english``:
    folded English words (kept for the names that are one: "Car", "Miss" need their country).

    Returns the tier, packed flat so that it stays small in memory (:class:`sitrep.geo.minor.MinorTier`):
    ``shards``, 64 parts by a hash of the key, each the sorted folded keys in one string with
    their offsets and the codes of each key (index * 4 + strength, the larger place first) in one array
    (a lookup unpacks one part); ``places``: per place its name, country, admin1, coordinates,
    population and GeoNames id as arrays (unpacked on the first hit); ``macro`` and ``english`` keys."""
    cols: dict[str, list] = {k: [] for k in ("name", "cc", "a1", "lat", "lon", "pop", "gid")}
    names: dict[str, dict[int, int]] = {}
    folded: dict[str, str] = {}
    for v, a1, new in rows:
        own = fold(v["name"])
        keys: dict[str, int] = {}
        if new and len(own) >= 2:
            keys[own] = MINOR_PRIMARY
        for a in (v.get("alternatenames") or ()) if not new or (v.get("population") or 0) >= ALT_MIN_POP else ():
            if not a or len(a) > 40 or not (_ASCII_NAME.match(a) or (not a.isascii() and latin_like(a))):
                continue
            k = folded.get(a)
            if k is None:
                k = folded[a] = fold(a)
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
    shards: list[list[str]] = [[] for _ in range(SHARDS)]
    for k in sorted(names):
        shards[shard_of(k)].append(k)
    packed = []
    for keys in shards:
        key_off, codes, code_off = array("I", [0]), array("I"), array("I", [0])
        at = 0
        for k in keys:
            at += len(k) + 1
            key_off.append(at)
            codes.extend(j * 4 + s for j, s in sorted(names[k].items(), key=lambda it: -pop[it[0]]))
            code_off.append(len(codes))
        packed.append(marshal.dumps(("\n".join(keys) + "\n", key_off.tobytes(), codes.tobytes(), code_off.tobytes())))
    name_off, at = array("I", [0]), 0
    for n in cols["name"]:
        at += len(n) + 1
        name_off.append(at)
    tables = {}
    for col in ("cc", "a1"):
        tab = sorted({v or "" for v in cols[col]})
        where = {v: i for i, v in enumerate(tab)}
        tables[col] = (tuple(tab), array("H", [where[v or ""] for v in cols[col]]).tobytes())
    places = {
        "name": "\n".join(cols["name"]) + "\n", "name_off": name_off.tobytes(),
        "lat": array("d", cols["lat"]).tobytes(), "lon": array("d", cols["lon"]).tobytes(),
        "pop": array("i", cols["pop"]).tobytes(), "gid": array("i", cols["gid"]).tobytes(),
        "cc": tables["cc"], "a1": tables["a1"],
    }
    return {"shards": tuple(packed), "places": marshal.dumps(places),
            "macro": tuple(sorted(skip)), "english": tuple(sorted(k for k in names if k in english))}


def shard_of(key: str) -> int:
    """The shard of a folded key (its names are unpacked only when a key of the shard is asked for)."""
    return zlib.crc32(key.encode("utf-8")) % SHARDS
