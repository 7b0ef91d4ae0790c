"""nbr.py: check each row's admin1 against its neighbours, the region of the five nearest GeoNames places of 1,000+
in the same country whose admin1 maps to an ISO code; prints the rows where the majority disagrees."""
import json, math, os, re, collections
from build_common import cities, a1iso
C = cities()
big = [c for c in C.values() if c['population'] >= 1000]
def d(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a['latitude'], a['longitude'], b['latitude'], b['longitude']))
    return 2*6371*math.asin(math.sqrt(math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2))
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    m = re.search(r'GeoNames (\d+)', r['note'])
    if not m: continue
    c = C[m.group(1)]
    near = sorted(((d(c, o), o) for o in big if o['countrycode'] == c['countrycode'] and o['geonameid'] != c['geonameid']
                  and abs(o['latitude'] - c['latitude']) < 1.5 and not a1iso(o).startswith("?")), key=lambda t: t[0])[:5]
    cnt = collections.Counter(a1iso(o) for _, o in near)
    if cnt and cnt.most_common(1)[0][0] != r['admin1']:
        print(r['id'], r['mention'], r['admin1'], dict(cnt), [f"{o['name']} {dd:.0f}km" for dd, o in near])
