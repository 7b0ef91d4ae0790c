"""border.py ISO KM: unused GeoNames points of a Ukrainian oblast within KM of the nearest Russian (or, with BY, Belarusian)
GeoNames point, i.e. roughly within KM of the border; prints the distance and the nearest foreign point."""
import sys, json, os, math
import build_common  # noqa
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import dist
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
C = cities(); iso = sys.argv[1]; km = float(sys.argv[2]); fc = sys.argv[3] if len(sys.argv) > 3 else 'RU'
pts = [c for c in C.values() if a1iso(c) == iso and str(c['geonameid']) not in used]
fo = [c for c in C.values() if c['countrycode'] == fc and 44 < c['latitude'] < 53 and c['longitude'] < 41]
for c in sorted(pts, key=lambda c: c['name']):
    d, o = min(((dist(c, o)[0], o) for o in fo if abs(o['latitude'] - c['latitude']) < 0.6), default=(999, None), key=lambda t: t[0])
    if d <= km:
        alts = [a for a in (c.get('alternatenames') or []) if a != c['name']][:4]
        print(f"{c['name']!r:24} id={c['geonameid']:<9} pop={c['population']:<6} {d:4.1f} km from {o['name']} {alts}")
