"""nearalt.py GEONAMEID KM: like near.py, with Latin/Cyrillic alternate names and a USED flag (earlier geo sets)."""
import sys, json, os
import build_common  # noqa
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import dist
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
C = cities(); c0 = C[sys.argv[1]]; km = float(sys.argv[2])
for dd, c in sorted((dist(c0, c)[0], c) for c in C.values() if abs(c['latitude']-c0['latitude']) < 1 and dist(c0, c)[0] <= km):
    alts = [a for a in (c.get('alternatenames') or []) if a != c['name']][:6]
    u = 'USED ' if str(c['geonameid']) in used else '     '
    print(f"{u}{c['name']!r:28} id={c['geonameid']:<9} {a1iso(c)} {dd:5.1f} km pop={c['population']} {alts}")
