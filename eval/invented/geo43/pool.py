"""pool.py NAME|ID KM [CC]: unused GeoNames cities500 points within KM of a town (given by id or exact name), with
ISO admin1, distance, population and a few Latin/Cyrillic alternate names (for picking border and front villages)."""
import sys, json, os
import build_common  # noqa
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import dist
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
C = cities()
q = sys.argv[1]
c0 = C[q] if q.isdigit() else max((c for c in C.values() if c['name'] == q and c['countrycode'] in ('UA', 'RU')), key=lambda c: c['population'])
km = float(sys.argv[2])
print('==', c0['name'], c0['geonameid'], a1iso(c0))
for dd, c in sorted((dist(c0, c)[0], c) for c in C.values() if abs(c['latitude']-c0['latitude']) < 1 and dist(c0, c)[0] <= km):
    if str(c['geonameid']) in used: continue
    alts = [a for a in (c.get('alternatenames') or []) if a != c['name']][:5]
    print(f"{c['name']!r:26} id={c['geonameid']:<9} {a1iso(c)} {dd:5.1f} km pop={c['population']} {alts}")
