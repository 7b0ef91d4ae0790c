"""between.py ID1 ID2 [KM]: unused cities500 points within KM (default 3) of the straight segment ID1-ID2."""
import sys, json, os, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_common  # noqa
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import dist
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
C = cities(); a = C[sys.argv[1]]; b = C[sys.argv[2]]; km = float(sys.argv[3]) if len(sys.argv) > 3 else 3
ab = dist(a, b)[0]
for c in C.values():
    if abs(c['latitude'] - a['latitude']) > 1.5: continue
    da, db = dist(a, c)[0], dist(b, c)[0]
    if da + db <= ab + 2 * km * km / max(ab, 1) + 0.6 and 2 < da < ab and 2 < db:
        u = 'USED ' if str(c['geonameid']) in used else '     '
        print(f"{u}{c['name']:25} id={c['geonameid']} {a1iso(c)} {da:.1f} km from {a['name']}, {db:.1f} from {b['name']} pop={c['population']}")
