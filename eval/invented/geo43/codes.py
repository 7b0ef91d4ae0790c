"""codes.py CC:FIPS ...: the four largest GeoNames places that carry a GeoNames admin1 code (checked before mapping it to ISO 3166-2)."""
import sys
import build_common  # noqa
from _lib.geo_rows import cities
C = cities()
for a in sys.argv[1:]:
    cc, f = a.split(':')
    ps = sorted((c for c in C.values() if c['countrycode'] == cc and c['admin1code'] == f), key=lambda c: -c['population'])[:4]
    print(a, len([c for c in C.values() if c['countrycode'] == cc and c['admin1code'] == f]), ', '.join(c['name'] for c in ps))
