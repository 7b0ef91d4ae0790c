"""First-level regions abroad for the gazetteer index (part of :mod:`sitrep.geo.build`, run at install).

Every top-level ISO 3166-2 subdivision of a country outside the theatre (pycountry) is matched by
its name ("Alberta", "Helmand", "Chiapas") and, from ``sitrep/data/geo/world_regions.tsv``, by the
English name news uses where ISO spells it locally ("Sicily", "Tibet"), with a centroid there.
A name that is an ordinary English word ("Central", "Western") is not taken.
"""
from __future__ import annotations

import re
from pathlib import Path

from sitrep.geo.translit import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
# type words ISO appends to a local name: "Sichuan Sheng", "Dagestan, Respublika", "Xizang Zizhiqu"
_TYPE_WORDS = re.compile(r"\b(?:sheng|shi|zizhiqu|uygur|huizu|zhuangzu|respublika|oblast'?|kray|krai|province|"
                         r"state|region|regione|autonomous|governorate|prefecture)\b", re.I)


def _variants(name: str) -> set[str]:
    out = set()
    for part in re.split(r"\s*\[|\]\s*|\s*;\s*", name):
        part = part.strip(" ,")
        if not part:
            continue
        out.add(part)
        if "," in part:  # "Dagestan, Respublika", "wallonne, Région"
            out.add(part.split(",")[0].strip())
        bare = " ".join(_TYPE_WORDS.sub(" ", part).replace(",", " ").split())
        if bare:
            out.add(bare)
    return out


def add_world_regions(regions: dict, world_region_keys: dict, theatre, english: set) -> dict:
    """Add the regions abroad to ``regions`` (iso -> (name, cc, lat, lon)) and their folded names
    to ``world_region_keys`` (key -> iso); names already there keep their region. Returns the
    abbreviations ("Ga.", "Tenn.": key -> iso), to be read only where written with their dot
    after a place ("Ten people" is no Tennessee)."""
    import pycountry

    exo: dict[str, tuple[list[str], float, float]] = {}
    for line in (DATA_DIR / "world_regions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, names, lat, lon = [c.strip() for c in line.split("\t")][:4]
        prev = exo.get(iso, ([], None, None))
        pos = (float(lat), float(lon)) if lat != "-" else (prev[1], prev[2])
        exo[iso] = (prev[0] + names.split("|"), pos[0], pos[1])

    def key_ok(k: str) -> bool:
        return len(k) >= 4 and k not in english

    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc in theatre or getattr(sub, "parent_code", None):
            continue
        iso = sub.code
        names, lat, lon = exo.get(iso, ([], None, None))
        if iso not in regions or (regions[iso][2] is None and lat is not None):
            display = names[0] if names and lat is not None else sub.name.split("[")[0].strip()
            regions[iso] = (display, cc, lat, lon)
        for n in _variants(sub.name):
            k = fold(n)
            if key_ok(k):
                world_region_keys.setdefault(k, iso)
    for iso, (names, lat, lon) in exo.items():
        if iso not in regions and iso[:2] not in theatre and lat is not None and names:
            # a second-level subdivision in pycountry ("Aceh" under Sumatera) that news names as a region
            regions[iso] = (names[0], iso[:2], lat, lon)
    abbrev: dict[str, str] = {}
    for iso, (names, _lat, _lon) in exo.items():
        for n in names:
            k = fold(re.sub(r"^the\s+", "", n, flags=re.I))
            if n.endswith("."):
                abbrev.setdefault(k, iso)  # "Va." is Virginia; "W.Va." folds to the same key
            elif len(k) >= 4:
                world_region_keys[k] = iso  # hand-written English names win
    return abbrev


_ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|an|at|az|el|er|es|ad-|al-)[\s'’-]+", re.I)


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


def infer_admin1(cities, admin1: dict, theatre, min_pop: int, skip=()) -> dict:
    """GeoNames admin1 codes -> ISO 3166-2 for countries abroad the hand table does not cover:
    a code's largest city, when its name (or one of its GeoNames alternate names) is the name of
    a first-level subdivision of its country gives the code that subdivision ("Tbilisi" is
    GE-TB, "Abu Zaby" AE-AZ, "Ar Riyadh" SA-01). Adds to ``admin1`` ((cc, code) -> iso) in
    place; a subdivision is given to one code only. Returns the codes added."""
    import pycountry

    subs: dict = {}  # cc -> letters-only name -> iso (None when two share it)
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc in theatre or getattr(sub, "parent_code", None):
            continue
        d = subs.setdefault(cc, {})
        for n in _variants(sub.name):
            for k in {_letters(n), _letters(_ARTICLE.sub("", n))}:
                if len(k) >= 3:
                    d[k] = sub.code if d.get(k, sub.code) == sub.code else None
    taken = set(admin1.values())
    added: dict = {}
    rows = sorted((v for v in cities if v["countrycode"] not in theatre and v["countrycode"] not in skip
                   and (v.get("population") or 0) >= min_pop and v.get("admin1code")),
                  key=lambda v: -(v.get("population") or 0))
    seen, seen_second = set(), set()
    for v in rows:
        cc, code = v["countrycode"], v["admin1code"]
        if (cc, code) in seen or (cc, code) in admin1 or cc not in subs:
            continue
        seen.add((cc, code))  # only the code's largest city: a suburb named after another region says nothing
        d = subs[cc]
        for n in [v["name"], *(v.get("alternatenames") or ())]:
            if not n or not n.isascii() and not any(c.isalpha() and ord(c) < 0x250 for c in n):
                continue
            iso = d.get(_letters(n)) or d.get(_letters(_ARTICLE.sub("", n)))
            if iso and iso not in taken:
                admin1[(cc, code)] = added[(cc, code)] = iso
                taken.add(iso)
                break
    # a second pass: a subdivision named in the genitive or with a suffix after its city ("Vilniaus
    # apskritis" is Vilnius's LT-VL, "Tartumaa" Tartu's EE-79): the city's name without its last two
    # letters (at least four) opens the name of exactly one subdivision of its country
    for v in rows:
        cc, code = v["countrycode"], v["admin1code"]
        if (cc, code) in admin1 or (cc, code) in seen_second or cc not in subs:
            continue
        seen_second.add((cc, code))
        stem = _letters(v["name"])
        stem = stem[:max(4, len(stem) - 2)]
        if len(stem) < 4:
            continue
        hits = {iso for k, iso in subs[cc].items() if iso and k.startswith(stem)}
        if len(hits) == 1 and (iso := hits.pop()) not in taken:
            admin1[(cc, code)] = added[(cc, code)] = iso
            taken.add(iso)
    return added


def admin1_abroad(admin1: dict, cache: dict, same_code, cc: str, code) -> str | None:
    """The ISO 3166-2 code of a GeoNames admin1 code abroad: from the table, else (US, GB, CH, BE:
    ``same_code``) the ISO subdivision of that suffix, remembered with its name in ``cache``."""
    a1 = admin1.get((cc, code))
    if a1 is None and cc in same_code and code:
        if (cc, code) not in cache:
            import pycountry

            sub = pycountry.subdivisions.get(code=f"{cc}-{code}")
            cache[(cc, code)] = sub and (sub.code, sub.name)
        if cache[(cc, code)]:
            a1 = cache[(cc, code)][0]
    return a1


# second-level units read as a qualifier after a place ("Amesbury, Wiltshire", "Tobermory, Argyll and
# Bute"): only the United Kingdom's counties, unitary authorities, council areas and districts
_SUBREGION_COUNTRIES = ("GB",)


def subregion_keys(english: set) -> dict:
    """Folded names of the second-level subdivisions of ``_SUBREGION_COUNTRIES`` -> their first-level
    region (Wiltshire -> GB-ENG, Highland -> GB-SCT); read only right after a place and its comma."""
    import pycountry

    out: dict = {}
    for cc in _SUBREGION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            parent = getattr(sub, "parent_code", None)
            if not parent:
                continue
            for n in _variants(sub.name):
                k = fold(n)
                if len(k) >= 4 and k not in english:
                    out.setdefault(k, parent)
    return out
