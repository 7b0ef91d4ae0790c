"""Geocoder dev harness on the referee's ACLED dev set (read at run time, never copied).

    python benchmarks/geo_dev_harness.py [DEV_DIR] [--errors N]

DEV_DIR defaults to ../shared/evaldata/dev (relative to the repo root). For every gold row
with a location it runs

* ``easy``: ``geocode(f"{location}, {admin1}", context=notes_text)`` (as the extractor sees it)
* ``hard``: ``find_mentions(notes_text)``, picking the most precise settlement mention

and reports admin1_acc (admin1_code equal) and loc_10km (haversine <= 10 km, on gold
geo_precision 1 rows only).

``--civharm FILE`` scores an open civilian-harm incident log instead (a JSON list of incidents with
``location``, ``description``, ``latitude``, ``longitude``; e.g. the Bellingcat TimeMap dump in
../shared/evaldata/raw/bellingcat-civharm, read at run time, never copied): ``location`` geocoded
with the description as context, and ``find_mentions`` on the description (most precise mention);
within 10 km, and the right oblast (the gold point's oblast = that of the nearest gazetteer
settlement within 25 km).

``--cir FILE`` scores an OSINT event table (CSV with ``entry``, ``country``, ``province``,
``district``, ``town/city``, ``lat``, ``lon``; e.g. the CIR Russia-Ukraine Monitor export in
../shared/evaldata/raw/cir-monitor-2022, read at run time, never copied): for every Ukrainian row
with a town, ``geocode("town, province")`` and ``geocode("town, district raion, province")``;
within 10 km and right oblast. Nothing is excluded; misses that are a city of population > 200k
answered < 30 km from the gold point (outskirts of a big city) are counted separately.

``--half 1|2`` keeps one fixed half of the rows in either mode (md5 of the entry id, even/odd), so
errors can be studied on one half and the other half checked.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.geo import geocode, get_gazetteer  # noqa: E402


def haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def pick_hard(mentions, text=""):
    """The most precise mention; a settlement written "X, Region" first (ACLED style)."""
    best = None
    region_starts = {m.start for m in mentions if m.kind == "region"}
    for n, m in enumerate(mentions):
        if m.location is None or m.kind in ("demonym",):
            continue
        qualified = m.kind == "settlement" and any(m.end < s <= m.end + 3 for s in region_starts)
        key = (0 if qualified else 1, m.location.precision, 0 if m.kind == "settlement" else 1, n)
        if best is None or key < best[0]:
            best = (key, m)
    return best[1].location if best else None


def in_half(key, half) -> bool:
    """A fixed split: md5 of the entry id, even -> half 1, odd -> half 2; no half keeps all."""
    if not half:
        return True
    return int(hashlib.md5(str(key).encode("utf-8")).hexdigest(), 16) % 2 == half - 1


def gold_oblast(gaz, lat, lon):
    """The gold point's oblast: that of the nearest UA/RU gazetteer settlement within 25 km."""
    near = [(d, i) for d, i in gaz._near(lat, lon, 25.0) if gaz._cc[i] in ("UA", "RU")]
    return gaz._a1[min(near)[1]] if near else None


def cir(path: str, n_errors: int = 0, half: int = 0) -> int:
    gaz = get_gazetteer()
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, r in enumerate(csv.DictReader(fh)):
            if (r.get("country") or "").strip() != "Ukraine" or not (r.get("town/city") or "").strip():
                continue
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except (TypeError, ValueError):
                continue
            if in_half(r.get("entry") or n, half):
                rows.append((r, lat, lon))
    pop = {g: p for g, p in zip(gaz._gid, gaz._pop) if g}
    variants = ("town_prov", "town_raion")
    st = {v: [0, 0, 0, 0, 0] for v in variants}  # n, within 10 km, right oblast, none, big-city misses
    misses = []
    t0 = time.process_time()
    for r, lat, lon in rows:
        town, prov, dist_ = (r.get(k, "").strip() for k in ("town/city", "province", "district"))
        gold_a1 = gold_oblast(gaz, lat, lon)
        q1 = f"{town}, {prov}" if prov else town
        rai = dist_ if not dist_ or dist_.lower().endswith(("raion", "district", "rayon")) else f"{dist_} raion"
        q2 = ", ".join(x for x in (town, rai, prov) if x)
        for v, q in (("town_prov", q1), ("town_raion", q2)):
            loc = geocode(q)
            s = st[v]
            s[0] += 1
            if loc is None or loc.lat is None:
                s[3] += 1
                if v == "town_prov":
                    misses.append((q, gold_a1, None, None))
                continue
            d = haversine(lat, lon, loc.lat, loc.lon)
            s[1] += d <= 10
            s[2] += loc.admin1_code == gold_a1
            if d > 10:
                big = pop.get(loc.geonameid or 0, 0) > 200_000 and d < 30
                s[4] += big
                if v == "town_prov" and not big:
                    misses.append((q, gold_a1, f"{loc.name} {loc.admin1_code} p{loc.precision}", round(d)))
    for v, (n, k10, a1, none, big) in st.items():
        print(f"cir {v:10s} n={n} within_10km={k10 / max(1, n):.3f} right_oblast={a1 / max(1, n):.3f} "
              f"none={none} big_city_outskirts_misses={big}")
    print(f"time: {time.process_time() - t0:.2f} CPU s for {len(rows)} rows")
    import collections
    for m, c in collections.Counter(misses).most_common(n_errors):
        print("  ", c, m)
    return 0


def civharm(path: str, n_errors: int = 0, half: int = 0) -> int:
    gaz = get_gazetteer()
    rows = [r for r in json.load(open(path, encoding="utf-8")) if in_half(r.get("id"), half)]

    def oblast(lat, lon):
        return gold_oblast(gaz, lat, lon)

    st = {v: [0, 0, 0] for v in ("location", "description")}  # n, within 10 km, right oblast
    misses = []
    t0 = time.process_time()
    for r in rows:
        lat, lon = float(r["latitude"]), float(r["longitude"])
        gold_a1 = oblast(lat, lon)
        loc_l = geocode(r["location"], context=r.get("description", "")) if (r.get("location") or "").strip() else None
        ms = [m for m in gaz.find_mentions(r.get("description", "")) if m.location is not None
              and m.location.lat is not None and m.kind != "demonym"]
        loc_d = min(ms, key=lambda m: (m.location.precision, m.start)).location if ms else None
        for v, loc, asked in (("location", loc_l, bool((r.get("location") or "").strip())), ("description", loc_d, bool(ms))):
            if not asked:
                continue
            s = st[v]
            s[0] += 1
            if loc is not None and loc.lat is not None:
                d = haversine(lat, lon, loc.lat, loc.lon)
                s[1] += d <= 10
                s[2] += loc.admin1_code == gold_a1
                if v == "location" and d > 10:
                    misses.append((r["location"], gold_a1, f"{loc.name} {loc.admin1_code} p{loc.precision}", round(d)))
            elif v == "location":
                misses.append((r["location"], gold_a1, None, None))
    for v, (n, k10, a1) in st.items():
        print(f"civharm {v:11s} n={n} within_10km={k10 / max(1, n):.3f} right_oblast={a1 / max(1, n):.3f}")
    print(f"time: {time.process_time() - t0:.2f} CPU s for {len(rows)} incidents")
    for m in misses[:n_errors]:
        print("  ", m)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dev_dir", nargs="?", default=str(ROOT.parent / "shared" / "evaldata" / "dev"))
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses per variant")
    ap.add_argument("--civharm", help="score an incident log (JSON list) instead of the ACLED dev set")
    ap.add_argument("--cir", help="score an OSINT event table (CSV) instead of the ACLED dev set")
    ap.add_argument("--half", type=int, choices=(1, 2), help="keep one fixed half (md5 of the entry id)")
    args = ap.parse_args(argv)
    if args.cir:
        return cir(args.cir, args.errors, args.half or 0)
    if args.civharm:
        return civharm(args.civharm, args.errors, args.half or 0)
    d = Path(args.dev_dir)
    gold = [json.loads(line) for line in open(d / "acled.gold.jsonl", encoding="utf-8") if line.strip()]
    texts = {}
    for line in open(d / "acled.input.jsonl", encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            texts[r["id"]] = r.get("text", "")
    t0 = time.time()
    gaz = get_gazetteer()
    print(f"gazetteer loaded in {time.time() - t0:.2f}s ({len(gaz)} places)")
    stats = {v: {"n": 0, "a1": 0, "n1": 0, "l10": 0, "none": 0} for v in ("easy", "hard")}
    errors = {"easy": [], "hard": []}
    t_easy = t_hard = 0.0
    for g in gold:
        if not g.get("location") or not g.get("admin1_code"):
            continue
        notes = texts.get(g["id"], "")
        mention = f"{g['location']}, {g['admin1']}" if g.get("admin1") else g["location"]
        t = time.perf_counter()
        loc_e = geocode(mention, context=notes)
        t_easy += time.perf_counter() - t
        t = time.perf_counter()
        loc_h = pick_hard(gaz.find_mentions(notes), notes)
        t_hard += time.perf_counter() - t
        for v, loc in (("easy", loc_e), ("hard", loc_h)):
            s = stats[v]
            s["n"] += 1
            ok_a1 = loc is not None and loc.admin1_code == g["admin1_code"]
            s["a1"] += ok_a1
            if loc is None:
                s["none"] += 1
            dist = None
            if g.get("geo_precision") == 1 and g.get("lat") is not None:
                s["n1"] += 1
                if loc is not None and loc.lat is not None:
                    dist = haversine(g["lat"], g["lon"], loc.lat, loc.lon)
                    s["l10"] += dist <= 10
            if (not ok_a1 or (dist is not None and dist > 10) or
                    (g.get("geo_precision") == 1 and (loc is None or loc.lat is None))):
                errors[v].append((mention, g["admin1_code"], g.get("geo_precision"), loc, dist))
    for v in ("easy", "hard"):
        s = stats[v]
        print(f"{v:5s} n={s['n']} admin1_acc={s['a1'] / max(1, s['n']):.3f} "
              f"loc_10km={s['l10'] / max(1, s['n1']):.3f} (n_prec1={s['n1']}) none={s['none']}")
    print(f"time: easy {1000 * t_easy / max(1, stats['easy']['n']):.2f} ms/row, "
          f"hard {1000 * t_hard / max(1, stats['hard']['n']):.2f} ms/row")
    if args.errors:
        for v in ("easy", "hard"):
            print(f"--- {v} misses")
            for mention, a1, gp, loc, dist in errors[v][: args.errors]:
                got = (f"{loc.name} {loc.admin1_code} p{loc.precision} {loc.source}" if loc else None)
                print(f"  {mention!r:45s} gold={a1} p{gp} -> {got} d={dist and round(dist)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
