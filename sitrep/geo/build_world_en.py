"""English names of the world's conflict places for the gazetteer index (part of :mod:`sitrep.geo.build`).

* ``sitrep/data/geo/world_regions_en.tsv``: English names of first-level regions abroad as news
  writes them ("North Kivu", "Gezira", "Nineveh", "Rakhine"), with a centroid;
* every first-level region abroad by its name without the type word (ISO "Nord-Kivu", English
  "North Kivu"), read in free text only when a type word follows ("Idlib governorate", "Borno
  state", "the Far North region"): :mod:`sitrep.geo.world_text`;
* ``sitrep/data/geo/world_places.tsv``: places abroad by the English spellings news uses ("Khan
  Younis", "Deir el-Balah", "Kiryat Shmona"), found in free text as aliases without their country.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from sitrep.geo.translit import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
# a region's type word, before or after its name ("Khartoum state", "Région du Sahel", "Idlib Governorate")
TYPE_WORDS = ("state", "province", "governorate", "region", "department", "prefecture", "county", "division",
              "district", "territory", "oblast", "krai", "municipality", "emirate", "canton")
_TYPE = re.compile(r"\b(?:%s|sheng|zizhiqu|respublika|regione|région|departamento|estado|provincia|"
                   r"wilayah|muhafazat)\b" % "|".join(TYPE_WORDS), re.I)


def _rows(name: str):
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def _bare(name: str) -> str:
    """The name without its type words and brackets ("Khartoum state" -> "Khartoum")."""
    name = name.split("[")[0].split(",")[0]
    return " ".join(_TYPE.sub(" ", name).split()).strip(" -")


def add_english_regions(regions: dict, world_region_keys: dict, theatre, english: set) -> dict:
    """Add ``world_regions_en.tsv`` to ``regions`` (iso -> (name, cc, lat, lon); the English name
    and centroid) and ``world_region_keys`` (a name without a type word; hand-written names win);
    return the typed keys: folded bare name of every region abroad -> its ISO codes (several
    when regions of several countries share it: "Northern", "Gaza")."""
    import pycountry

    typed: dict[str, list[str]] = defaultdict(list)

    def add_typed(name: str, iso: str) -> None:
        k = fold(_bare(name))
        if len(k) >= 3 and iso not in typed[k]:
            typed[k].append(iso)

    for iso, names, lat, lon in (r[:4] for r in _rows("world_regions_en.tsv")):
        variants = names.split("|")
        cc = iso[:2]
        old = regions.get(iso)
        display = _bare(variants[0]) or variants[0]
        regions[iso] = (display, cc, float(lat), float(lon)) if lat != "-" else (
            display, cc, old[2] if old else None, old[3] if old else None)
        for n in variants:
            add_typed(n, iso)
            tw = _TYPE.search(n)
            if tw:  # "Punjab province" is Pakistan's, "Nord department" Haiti's: the key with its word first
                typed[fold(_bare(n)) + "|" + tw.group().lower()] = [iso]
            k = fold(n)
            if len(k) >= 4 and k not in english and not _TYPE.search(n):
                world_region_keys[k] = iso
    for sub in pycountry.subdivisions:
        if sub.country_code in theatre or getattr(sub, "parent_code", None):
            continue
        for part in re.split(r"\s*\[|\]\s*|\s*;\s*|\s*/\s*", sub.name):
            if part.strip(" ,"):
                add_typed(part.strip(" ,"), sub.code)
    for iso, r in regions.items():
        if r[1] not in theatre:
            add_typed(r[0], iso)
    return {k: tuple(v) for k, v in typed.items()}


def add_news_places(B, minor_rows: list, primary: int) -> tuple[dict, frozenset]:
    """Link or add the places of ``world_places.tsv`` in builder ``B``, with their English names as
    primary names; return (folded name -> [place index]: aliases, the set of their indices)."""
    small: dict = {}
    for v, a1, _hamlet in minor_rows:
        small.setdefault((v["countrycode"], v["name"]), []).append((v, a1))
    P = B.P
    aliases: dict[str, list[int]] = defaultdict(list)
    news = set()
    for names, iso, gname, lat, lon in (r[:5] for r in _rows("world_places.tsv")):
        cc, a1 = iso[:2], (iso if len(iso) > 2 else None)
        idx = None
        if gname != "-":
            got = [i for i in B.names.get(fold(gname), {}) if P["cc"][i] == cc and P["name"][i] == gname]
            if got:
                idx = max(got, key=lambda i: P["pop"][i])
            elif (cc, gname) in small:
                v, va1 = max(small[(cc, gname)], key=lambda r: r[0].get("population") or 0)
                idx = B.add_place(v["name"], cc, va1 or a1, None, v["latitude"], v["longitude"],
                                  v.get("population") or 0, v["geonameid"], "geonames", 1)
                B.add_name(v["name"], idx, primary)
        if idx is None:
            idx = B.add_place(names.split("|")[0], cc, a1, None, float(lat), float(lon), 0, 0, "sitrep", 1)
        if a1 and not P["a1"][idx]:
            P["a1"][idx] = a1
        news.add(idx)
        for n in names.split("|"):
            k = fold(n)
            for j in [j for j, st in B.names.get(k, {}).items() if st < primary and P["cc"][j] in ("UA", "RU")]:
                del B.names[k][j]  # "Qamishli": the Syrian city, not a Crimean village's Tatar name
            B.add_name(n, idx, primary)
            if idx not in aliases[k]:
                aliases[k].append(idx)
    return dict(aliases), frozenset(news)


def region_centroids_by_name(regions: dict, B, minor_rows: list, theatre) -> int:
    """A region abroad with no centroid yet gets the point of the largest town of its country that
    bears its name (most regions are named for their seat: "Sikasso", "Agadez", "Kassala"); others
    keep none. Changes ``regions`` in place; returns how many got one."""
    import pycountry

    towns: dict = {}  # (cc, folded name) -> (pop, lat, lon)
    P = B.P

    def put(cc, name, pop, lat, lon):
        k = (cc, fold(name))
        if k not in towns or pop > towns[k][0]:
            towns[k] = (pop, lat, lon)

    for i, cc in enumerate(P["cc"]):
        if cc not in theatre and P["prec"][i] == 1:
            put(cc, P["name"][i], P["pop"][i], P["lat"][i], P["lon"][i])
    for v, _a1, _h in minor_rows:
        put(v["countrycode"], v["name"], v.get("population") or 0, v["latitude"], v["longitude"])
    n = 0
    for iso, (name, cc, lat, lon) in list(regions.items()):
        if lat is not None or cc in theatre:
            continue
        sub = pycountry.subdivisions.get(code=iso)
        cands = {name, _bare(name)} | ({sub.name, _bare(sub.name)} if sub is not None else set())
        best = max((towns[(cc, fold(c))] for c in cands if c and (cc, fold(c)) in towns), default=None)
        if best is not None:
            regions[iso] = (name, cc, round(best[1], 4), round(best[2], 4))
            n += 1
    return n
