"""Sub-city and sub-region units: city districts written "City - District" in free text, raions
placed at the centroid of their settlements. Invented sentences only."""
from __future__ import annotations

import pytest

from sitrep.geo import geocode, get_gazetteer
from sitrep.geo.lexicon import _haversine


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _mention(gaz, text, surface):
    for m in gaz.find_mentions(text):
        if m.text == surface:
            return m
    raise AssertionError(f"{surface!r} not found in {[m.text for m in gaz.find_mentions(text)]}")


@pytest.mark.parametrize("text, surface, city", [
    ("Overnight, artillery hit houses in Kharkiv – Saltivskyi, the regional governor said.",
     "Kharkiv – Saltivskyi", "Kharkiv"),
    ("Separatist media said mortars struck a school in Donetsk - Kirovskyi on Tuesday.",
     "Donetsk - Kirovskyi", "Donetsk"),
    ("Debris fell on a street in Kyiv - Desnianskyi after the air defence engaged a drone.",
     "Kyiv - Desnianskyi", "Kyiv"),
])
def test_city_dash_district_is_one_mention(gaz, text, surface, city):
    m = _mention(gaz, text, surface)
    loc = m.location
    assert loc.geo_reason == f"city district of {city}"
    c = geocode(city)
    assert loc.admin1_code == c.admin1_code
    assert 0 < _haversine(loc.lat, loc.lon, c.lat, c.lon) <= 25  # a part of the city, not its centre


def test_unknown_dash_district_is_the_city_near(gaz):
    m = _mention(gaz, "Protesters gathered in Odesa - Prymorskyi on Sunday.", "Odesa - Prymorskyi")
    assert m.location.name == "Odesa" and m.location.precision == 2
    assert "not in the gazetteer" in m.location.geo_reason


@pytest.mark.parametrize("text", [
    "Traffic on the Kharkiv - Kyiv highway was stopped for an hour.",
    "Buses ran on the Kharkiv - Donetsk road again.",
])
def test_a_route_between_two_places_is_no_district(gaz, text):
    kinds = [(m.text, m.location.name) for m in gaz.find_mentions(text)]
    assert ("Kharkiv", "Kharkiv") in kinds
    assert not any(" - " in t for t, _ in kinds)
