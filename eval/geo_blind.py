"""Score the geocoder on an invented place-mention set (``eval/invented/geo37/cases.jsonl``: incident
descriptions with the mention of the incident's place, its real coordinates and ISO 3166-2 region).

    python eval/geo_blind.py [CASES] [--half 1|2] [--misses N] [--text-misses]

Two ways, as the extractor meets a place:

* ``mention``: ``geocode(mention, context=text)`` (the place string is known);
* ``text``: ``find_mentions(text)``, the answer for the mention that overlaps the gold one (else none).

For each: the right country, the right region (admin1), and within 10 km of the gold point (precision-1 rows;
25 km for precision-2 rows, which are districts and hromadas at their centres; for a region-only row, the right
region answered as a region: its centroid is a convention), overall and per ``kind``.
``--half`` keeps one fixed half of the rows (the referee's hash of the row id), so that misses are studied on
one half and the other half is the check; ``--misses`` prints that many misses (the set is our own writing).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.geo import geocode, get_gazetteer  # noqa: E402
from sitrep.geo.distance import haversine_km  # noqa: E402

DEFAULT = ROOT / "eval" / "invented" / "geo37" / "cases.jsonl"


def in_half(row_id: str, half: int) -> bool:
    return int(hashlib.sha256(f"sitrep-half|{row_id}".encode()).hexdigest(), 16) % 2 + 1 == half


def judge(row: dict, loc) -> tuple[bool, bool, bool]:
    """(country, admin1, near) of one answer against the gold row."""
    if loc is None:
        return False, False, False
    country = (loc.country_code or "") == row["country"]
    admin1 = country and (loc.admin1_code or "") == row["admin1"]
    if row.get("precision", 1) >= 3:  # a region's centroid is a convention, not a point: the right region is "near"
        return country, admin1, admin1 and (loc.precision or 0) >= 3
    near = None not in (loc.lat, loc.lon) and haversine_km(loc.lat, loc.lon, row["lat"], row["lon"]) <= (
        10 if row.get("precision", 1) <= 1 else 25)
    return country, admin1, near


def text_answer(row: dict):
    start = row["text"].find(row["mention"])
    end = start + len(row["mention"])
    for m in get_gazetteer().find_mentions(row["text"]):
        if m.location is not None and m.start < end and start < m.end:
            return m.location
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="?", default=str(DEFAULT))
    ap.add_argument("--half", type=int, choices=(1, 2))
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--text-misses", action="store_true", help="list the misses of the free-text way too")
    args = ap.parse_args()
    rows = [json.loads(x) for x in Path(args.cases).read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.half:
        rows = [r for r in rows if in_half(r["id"], args.half)]
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for row in rows:
        for way, loc in (("mention", geocode(row["mention"], context=row["text"])), ("text", text_answer(row))):
            got = judge(row, loc)
            for key in ((way, "all"), (way, row.get("kind", "?"))):
                t = totals[key]
                t[0] += 1
                for i, ok in enumerate(got):
                    t[i + 1] += ok
            if not got[2] and (way == "mention" or args.text_misses):
                misses.append((way, row, loc))
    print(f"{len(rows)} rows" + (f" (HALF={args.half})" if args.half else ""))
    print(f"{'way':8s} {'kind':16s} {'n':>4s} {'country':>8s} {'admin1':>8s} {'near':>8s}")
    for (way, kind), (n, c, a, d) in sorted(totals.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        print(f"{way:8s} {kind:16s} {n:4d} {c / n:8.3f} {a / n:8.3f} {d / n:8.3f}")
    for way, row, loc in misses[:args.misses]:
        got = f"{loc.name} {loc.admin1_code} ({loc.lat}, {loc.lon})" if loc is not None else "none"
        print(f"MISS {way} {row['id']} {row['kind']}: {row['mention']!r} -> {got}; gold {row['admin1']} ({row['lat']}, {row['lon']})"
              + (f"\n     {row['text']}" if way == "text" else ""))


if __name__ == "__main__":
    main()
