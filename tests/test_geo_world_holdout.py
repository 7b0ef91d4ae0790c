"""The second, third and fourth invented world-news sets (tests/geo_world_holdout_cases.py, geo_world_third_cases.py,
geo_world_fourth_cases.py): the right country, or None for a person's name; the misses we know of are strict xfails."""
from __future__ import annotations

import pytest

from geo_world_holdout_cases import CASES as SECOND
from geo_world_third_cases import CASES as THIRD
from geo_world_fourth_cases import CASES as FOURTH
from sitrep.geo import geocode, get_gazetteer

CASES = SECOND + THIRD
KNOWN_MISSES = {
    "Halle",  # Halle (Saale) is a GeoNames other name only: the Flemish Halle wins
    "Port Arthur",  # the Tasmanian site is no settlement of 500: the Texan city
    "Bondi",  # a Sydney suburb the index lacks: Bondy near Paris by spelling
    "Crocus City Hall", "Itaewon",  # a building, a district of Seoul: not in the index
    "Noto",  # the Japanese peninsula: the Sicilian town
    "Cambridge", "Windsor", "Newcastle",  # decided by world knowledge (MIT, the Queen, the club's owners)
    "Santiago", "Cordoba",  # "Santiago de Compostela" asked by its first word; "the mosque of Cordoba"
}


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _country(mention, context):
    loc = geocode(mention, context)
    return loc.country_code if loc is not None else None


def test_holdout_accuracy(gaz):
    right = sum(1 for m, ctx, cc in CASES if _country(m, ctx) == cc)
    assert right / len(CASES) >= 0.88, right / len(CASES)


def test_fourth_accuracy(gaz):
    """The fourth set: 0.892 blind, 1.000 after the fixes for it (the floor leaves room for index changes)."""
    right = sum(1 for m, ctx, cc in FOURTH if _country(m, ctx) == cc)
    assert right / len(FOURTH) >= 0.96, right / len(FOURTH)


@pytest.mark.parametrize("mention, context, cc", FOURTH)
def test_fourth_case(gaz, mention, context, cc):
    assert _country(mention, context) == cc


@pytest.mark.parametrize("mention, context, cc", [c for c in CASES if c[0] not in KNOWN_MISSES])
def test_holdout_case(gaz, mention, context, cc):
    assert _country(mention, context) == cc


@pytest.mark.parametrize("mention, context, cc", [c for c in CASES if c[0] in KNOWN_MISSES])
@pytest.mark.xfail(strict=True)
def test_holdout_known_miss(gaz, mention, context, cc):
    assert _country(mention, context) == cc
