"""ids.py CC name...: the largest GeoNames point whose name or alternate name matches (accents folded), with its id."""
import sys
import build_common  # noqa
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import norm
C = cities(); cc = sys.argv[1]
for q in sys.argv[2:]:
    hs = [c for c in C.values() if c['countrycode'] == cc and norm(q) in {norm(n) for n in [c['name']] + (c.get('alternatenames') or [])}]
    hs.sort(key=lambda c: -c['population'])
    print(q, ' | '.join(f"{c['name']} {c['geonameid']} {a1iso(c)} {c['population']}" for c in hs[:2]))
