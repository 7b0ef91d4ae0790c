"""near.py GEONAMEID KM: GeoNames cities500 points within KM of a GeoNames point (to find city districts and
neighbourhoods); prints name, id, ISO admin1, distance, population."""
import sys, math
from build_common import cities, a1iso
C = cities()
def d(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a['latitude'], a['longitude'], b['latitude'], b['longitude']))
    return 2*6371*math.asin(math.sqrt(math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2))
c0 = C[sys.argv[1]]; km = float(sys.argv[2])
for dd, c in sorted((d(c0, c), c) for c in C.values() if abs(c['latitude']-c0['latitude']) < 1 and d(c0, c) <= km):
    print(f"{c['name']!r:40} id={c['geonameid']:<9} {a1iso(c)} {dd:5.1f} km pop={c['population']}")
