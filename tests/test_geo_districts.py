"""City districts under their old, Russian-form and "X district of Y" names (issue 11).

Districts of occupied cities were renamed twice (2016 and 2026); reports and ACLED keep writing
the Soviet names, often in Russian adjective form or as a noun ("Kirov district"). The same old
name is a different district in another city, so renamings are keyed by the city.
"""
from __future__ import annotations

import pytest

from sitrep.geo import geocode
from sitrep.geo.distance import haversine_km


def _dist(loc, other):
    return haversine_km(loc.lat, loc.lon, other.lat, other.lon)


@pytest.mark.parametrize("written,current", [
    ("Donetsk - Petrovskyi", "Voznesenskyi"),
    ("Donetsk - Proletarskyi", "Chumakivskyi"),
    ("Donetsk - Kuibyshevskyi", "Smolyanskyi"),
    ("Makiivka - Kirovskyi", "Hruzkyi"),
    ("Makiivka - Chervonohvardiiskyi", "Berestovskyi"),
    ("Horlivka - Kalininskyi", "Kindrativskyi"),
    ("Luhansk - Artemivskyi", "Vilkhivskyi"),
])
def test_renamed_district_is_found_under_its_old_name(written, current):
    loc = geocode(written)
    assert loc is not None and loc.name == current and loc.precision == 1


def test_same_old_name_differs_by_city():
    donetsk = geocode("Donetsk - Kirovskyi")
    makiivka = geocode("Makiivka - Kirovskyi")
    assert donetsk.name != makiivka.name
    assert _dist(makiivka, geocode("Makiivka")) < _dist(makiivka, geocode("Donetsk"))


@pytest.mark.parametrize("written", [
    "Kievsky district of Donetsk",  # Russian spelling of the stem
    "the Kyivskyi district of Donetsk",
    "Kyivskyi district, Donetsk",
])
def test_district_of_city_forms(written):
    loc = geocode(written)
    assert loc is not None and loc.name == "Kyivskyi" and loc.admin1_code == "UA-14"


def test_noun_form_of_a_district():
    assert geocode("Kirov district, Donetsk").name == geocode("Donetsk - Kirovskyi").name


def test_district_of_a_region_is_a_raion():
    loc = geocode("Kupiansk district of Kharkiv oblast")
    assert loc is not None and loc.precision == 2 and loc.admin1_code == "UA-63"


def test_district_written_before_its_city_without_the_word_district():
    # "Kirov, Donetsk": no village Kirov in the oblast; the Kirovskyi district of its centre city
    loc = geocode("Kirov, Donetsk")
    assert loc is not None and loc.name == geocode("Donetsk - Kirovskyi").name and loc.precision == 1


def test_unknown_village_in_a_region_still_falls_back_to_the_region():
    loc = geocode("Zzyzxivka, Donetsk")
    assert loc is not None and loc.precision == 3 and loc.admin1_code == "UA-14"


def test_area_of_a_city_is_its_part():
    loc = geocode("Saltivka area of Kharkiv")
    assert loc is not None and loc.name == "Saltivka" and loc.admin1_code == "UA-63"
