"""browse.py ISO [minpop]: GeoNames cities500 points of one region not used by geo37-42, with their Latin alternate
names (to pick Russian forms and namesakes)."""
import sys, json, os
from build_common import cities, a1iso
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
iso = sys.argv[1]; mp = int(sys.argv[2]) if len(sys.argv) > 2 else 0
for c in sorted(cities().values(), key=lambda c: c['name']):
    if a1iso(c) != iso or c['population'] < mp or str(c['geonameid']) in used: continue
    lat = [a for a in (c.get('alternatenames') or []) if a.isascii() and a != c['name']][:5]
    print(f"{c['name']} id={c['geonameid']} pop={c['population']} {c['latitude']:.3f},{c['longitude']:.3f} {lat}")
