"""Sub-city and sub-region units: city districts written "City - District" in free text, raions
placed at the centroid of their settlements. Invented sentences only."""
from __future__ import annotations

import pytest

from sitrep.geo import geocode, get_gazetteer
from sitrep.geo.lexicon import _haversine
from sitrep.geo.translit import fold


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
    # (Odesa's Prymorskyi is known since city_districts.tsv lists the districts of Ukrainian cities)
    m = _mention(gaz, "Protesters gathered in Kryvyi Rih - Ternivskyi on Sunday.", "Kryvyi Rih - Ternivskyi")
    assert m.location.name == "Kryvyy Rih" and m.location.precision == 2
    assert "not in the gazetteer" in m.location.geo_reason


@pytest.mark.parametrize("text", [
    "Traffic on the Kharkiv - Kyiv highway was stopped for an hour.",
    "Buses ran on the Kharkiv - Donetsk road again.",
])
def test_a_route_between_two_places_is_no_district(gaz, text):
    kinds = [(m.text, m.location.name) for m in gaz.find_mentions(text)]
    assert ("Kharkiv", "Kharkiv") in kinds
    assert not any(" - " in t for t, _ in kinds)


# ---------------------------------------------------------------- raions
def test_raion_centroid_is_the_mean_of_its_settlements():
    from sitrep.geo.build_ua import raion_centroids, raion_keys

    setts = [("A", "А", "C", "UA-14", "R1", "H1"), ("B", "Б", "C", "UA-14", "R1", "H1"),
             ("C", "В", "C", "UA-63", "R2", "H2"), ("D", "Г", "C", "UA-63", "R2", "H2")]
    gn = [{"latitude": 48.0, "longitude": 37.0}, {"latitude": 49.0, "longitude": 38.0},
          {"latitude": 50.0, "longitude": 36.0}]
    out = raion_centroids(setts, {0: 0, 1: 1, 2: 2}, gn, {"R1": "Bakhmutskyi", "R2": "Kupianskyi"})
    assert out == [("Bakhmutskyi", "UA-14", 48.5, 37.5, 2), ("Kupianskyi", "UA-63", 50.0, 36.0, 1)]
    keys = raion_keys(out)
    assert keys[fold("Bakhmut")] == keys[fold("Bakhmutskyi")] == (out[0],)


@pytest.mark.parametrize("mention, iso", [
    ("Bakhmut raion", "UA-14"), ("Bakhmutskyi district, Donetsk oblast", "UA-14"),
    ("Chuhuiv district, Kharkiv region", "UA-63"), ("Nikopol district", "UA-12"),
    ("Vasylivka district", "UA-23"),
])
def test_raion_is_placed_at_its_centroid(mention, iso):
    loc = geocode(mention)
    assert loc.admin1_code == iso and loc.precision == 2 and loc.name.endswith("raion")
    assert loc.geo_reason.startswith("raion: centroid of its")
    centre = geocode(mention.split()[0].replace("skyi", "").replace("ska", ""))
    d = _haversine(loc.lat, loc.lon, centre.lat, centre.lon)
    assert 0 < d < 80  # not the centre town's point, but around it


def test_raion_in_free_text(gaz):
    text = ("Shelling hit villages in the Bakhmut district overnight, and a drone struck a farm in "
            "the Kupianskyi raion of Kharkiv region.")
    got = {m.text: m.location for m in gaz.find_mentions(text)}
    assert got["Bakhmut district"].name == "Bakhmutskyi raion"
    assert got["Kupianskyi raion"].admin1_code == "UA-63" and got["Kupianskyi raion"].precision == 2


def test_a_city_district_is_no_raion_elsewhere(gaz):
    got = {m.text: m.location for m in gaz.find_mentions("A drone hit the Podilskyi district of Kyiv.")}
    assert got["Podilskyi district"].admin1_code == "UA-30"


def test_codifier_only_village_sits_at_its_hromadas_mean_point():
    from sitrep.geo.build_ua import _hromada_means

    setts = [("A", "А", "C", "UA-14", "R1", "H1"), ("B", "Б", "C", "UA-14", "R1", "H1"),
             ("C", "В", "C", "UA-14", "R1", "H2"), ("D", "Г", "C", "UA-14", "R1", "H1")]
    gn = [{"latitude": 48.0, "longitude": 37.0}, {"latitude": 48.2, "longitude": 37.4},
          {"latitude": 50.0, "longitude": 36.0}]
    means = _hromada_means(setts, {0: 0, 1: 1, 2: 2}, gn)
    assert means["H1"][0] == 2 and means["H1"][1:] == pytest.approx((48.1, 37.2))
    assert "H2" not in means  # one settlement is no mean: the hromada's anchor applies


def test_codifier_only_village_is_near_its_hromada():
    loc = geocode("Kleshcheevka")  # not in GeoNames: placed by its hromada (Bakhmut's)
    assert loc.source == "katottg" and loc.precision == 2 and loc.admin1_code == "UA-14"
    assert _haversine(loc.lat, loc.lon, geocode("Bakhmut").lat, geocode("Bakhmut").lon) < 30
