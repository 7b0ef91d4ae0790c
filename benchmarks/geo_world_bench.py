"""Right country for places abroad: our own invented set (tests/geo_world_cases.py, 253 toponyms in
the sentences of US local news, European towns, world conflict news, the Caucasus and the Balkans,
and names shared by several countries).

    python benchmarks/geo_world_bench.py [-v]

Each mention is given to ``sitrep.geo.geocode(mention, context)``; prints the share with the right
country (None counts as wrong), and with -v every miss.

Measured 2026-12-05: main 42cc6a5 (index geo-index-18) 0.743 (188/253); branch geo5 (geo-index-19, the
minor tier of small places abroad) 0.945 (239/253).
Free text (tests/geo_world_text_cases.py, 56 sentences of world conflict news, issue 11): main e783f49
0.071 (4/56); branch geo7 (geo-index-21: world_places.tsv, world_regions_en.tsv, geo/world_text.py)
1.000 (56/56); the 253 toponyms above stay 0.945.
Wider set (tests/geo_world_wide_cases.py, 611 mentions: abbreviations, landmarks, parts of places, old country names, postal abbreviations, old city names, counties, UK counties, islands and historical
regions, WordNet proper names, people's names that must stay unanswered), 2026-12-06: main 54f8a5f
0.858 (524/611); branch geo8 (geo-index-24) 0.992 (606/611); the 253 toponyms 0.945 -> 0.953 (241/253).
Second set (tests/geo_world_holdout_cases.py, 70, written after and measured blind): main 0.829 (58/70),
geo8 before fixing for it 0.843 (59/70), after 0.914 (64/70).
Third set (tests/geo_world_third_cases.py, 60, measured blind): main 0.800 (48/60), geo8 da320bc 0.833 (50/60),
after 0.917 (55/60).
Fourth set (tests/geo_world_fourth_cases.py, 111, measured blind, 2026-12-06): geow 57ea2d1 0.892 (99/111);
after (geow: typed regions abroad, possessive country after a comma, a region's namesake town near the
text's other places, capitals of any size, islands and old names in the data) 1.000 (111/111); the
sets above unchanged.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from geo_world_cases import CASES  # noqa: E402
from geo_world_text_cases import CASES as TEXT_CASES  # noqa: E402
from geo_world_wide_cases import CASES as WIDE_CASES  # noqa: E402
from geo_world_holdout_cases import CASES as HOLDOUT_CASES  # noqa: E402
from geo_world_third_cases import CASES as THIRD_CASES  # noqa: E402
from geo_world_fourth_cases import CASES as FOURTH_CASES  # noqa: E402
from sitrep.geo import geocode, get_gazetteer  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    get_gazetteer()
    t0 = time.time()
    right = none = 0
    misses = []
    for mention, context, cc in CASES:
        loc = geocode(mention, context)
        if loc is not None and loc.country_code == cc:
            right += 1
        else:
            none += loc is None
            misses.append((mention, cc, loc and f"{loc.name} {loc.country_code} {loc.admin1_code}", context))
    dt = time.time() - t0
    n = len(CASES)
    if verbose:
        for m, cc, got, ctx in misses:
            print(f"  {m!r:24} want {cc}  got {got}   | {ctx[:70]}")
    print(f"world country accuracy {right / n:.3f} ({right}/{n}; {none} None, {len(misses) - none} wrong "
          f"country) in {dt:.2f}s")
    wide(verbose)
    wide(verbose, HOLDOUT_CASES, "second set (written after, measured blind first)")
    wide(verbose, THIRD_CASES, "third set (written after, measured blind first)")
    wide(verbose, FOURTH_CASES, "fourth set (written last, measured blind first)")
    free_text(verbose)
    return 0


def wide(verbose: bool, cases=WIDE_CASES, label: str = "wide set") -> None:
    """The wider set: the right country, or None where the mention is a person's name."""
    right = 0
    for mention, context, cc in cases:
        loc = geocode(mention, context)
        got = loc.country_code if loc is not None else None
        right += got == cc
        if verbose and got != cc:
            print(f"  wide miss {mention!r:24} want {cc}  got {loc and (loc.name, got)}   | {context[:60]}")
    print(f"world {label} country accuracy {right / len(cases):.3f} ({right}/{len(cases)})")


def free_text(verbose: bool) -> None:
    """The free-text part (tests/geo_world_text_cases.py): ``find_mentions`` on each sentence must find
    the mention with its country (region, precision), or no mention of a name's first word alone."""
    g = get_gazetteer()
    right = 0
    for sentence, surface, cc, iso, prec in TEXT_CASES:
        ms = g.find_mentions(sentence)
        if cc is None:
            ok = not any(m.text.startswith(surface) and m.location is not None for m in ms)
        else:
            ok = any(m.text == surface and m.location is not None and m.location.country_code == cc
                     and (iso is None or m.location.admin1_code == iso)
                     and (prec is None or m.location.precision == prec) and m.location.lat is not None for m in ms)
        right += ok
        if verbose and not ok:
            print(f"  text miss {surface!r:28} want {cc} {iso}  got "
                  f"{[(m.text, m.location and m.location.country_code) for m in ms]}")
    print(f"world free text {right / len(TEXT_CASES):.3f} ({right}/{len(TEXT_CASES)})")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
