"""dist.py ID1 ID2 ...pairs: GeoNames distance (km) and the bearing of ID1 as seen from ID2 (used for the texts'
"N km <direction> of X")."""
import sys, math
from build_common import cities
C = cities()
DIRS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west']
a = sys.argv[1:]
for p, q in zip(a[::2], a[1::2]):
    x, y = C[p], C[q]
    la1, lo1, la2, lo2 = map(math.radians, (y['latitude'], y['longitude'], x['latitude'], x['longitude']))
    d = 2*6371*math.asin(math.sqrt(math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2))
    b = (math.degrees(math.atan2(math.sin(lo2-lo1)*math.cos(la2), math.cos(la1)*math.sin(la2)-math.sin(la1)*math.cos(la2)*math.cos(lo2-lo1))) + 360) % 360
    print(f"{x['name']} is {d:.0f} km {DIRS[int((b+22.5)//45)%8]} of {y['name']}")
