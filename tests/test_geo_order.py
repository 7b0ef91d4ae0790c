"""Context inside one written location: the oblast first, a town after the comma, a Russian-form
name of a Ukrainian village (issue 11). Invented location strings in the styles incident logs use.
"""
from __future__ import annotations

import pytest

from sitrep.geo import geocode
from sitrep.geo.distance import haversine_km


@pytest.mark.parametrize("written,name,iso", [
    ("Kyiv, Borodyanka", "Borodianka", "UA-32"),      # the oblast (its centre's name) first
    ("Kharkiv, Saltivka", "Saltivka", "UA-63"),       # a part of the oblast centre
    ("Donetsk, Kyivskyi", "Kyivskyi", "UA-14"),       # a district of the centre city
])
def test_region_written_first(written, name, iso):
    loc = geocode(written)
    assert loc is not None and loc.name == name and loc.admin1_code == iso


def test_town_after_the_comma_places_the_village_near_it():
    loc = geocode("Rozivka, Horlivka")
    town = geocode("Horlivka")
    assert loc is not None and loc.admin1_code == "UA-14"
    assert haversine_km(loc.lat, loc.lon, town.lat, town.lon) <= 50


def test_unknown_part_of_a_city_falls_back_to_the_city():
    loc = geocode("Zarichna Slobidka, Donetsk city")  # invented neighbourhood
    assert loc is not None and loc.name == "Donetsk" and loc.precision == 2


@pytest.mark.parametrize("written,name,iso", [
    ("Bakhmut city, Donetsk", "Bakhmut", "UA-14"),
    ("Mariupol, Donetsk", "Mariupol", "UA-14"),
    ("Sudzha, Kursk", "Sudzha", "RU-KRS"),
    ("Kharkiv, Ukraine", "Kharkiv", "UA-63"),
])
def test_usual_place_region_order_unchanged(written, name, iso):
    loc = geocode(written)
    assert loc is not None and loc.name == name and loc.admin1_code == iso


def test_russian_form_of_a_ukrainian_village_is_not_a_far_russian_suburb():
    loc = geocode("Dachnoye")
    assert loc is not None and loc.country_code == "UA"


@pytest.mark.parametrize("city,iso", [("Engels", "RU-SAR"), ("Ryazan", "RU-RYA"), ("Kstovo", "RU-NIZ"),
                                      ("Tuapse", "RU-KDA")])
def test_russian_cities_struck_far_from_the_border_stay_russian(city, iso):
    loc = geocode(city)
    assert loc is not None and loc.admin1_code == iso


@pytest.mark.parametrize("written,name", [("the Ugledar region", "Vuhledar"), ("Nikopol region", "Nikopol"),
                                          ("the Krasnopolye area", "Krasnopillya"), ("the Bakhmut direction", "Bakhmut")])
def test_a_towns_region_or_area_is_around_the_town(written, name):
    loc = geocode(written)
    assert loc is not None and loc.name == name and loc.precision == 2


@pytest.mark.parametrize("written,iso", [("Kharkiv region", "UA-63"), ("Dnipro region", "UA-12"),
                                         ("Kursk region", "RU-KRS")])
def test_an_oblast_centre_region_stays_the_oblast(written, iso):
    loc = geocode(written)
    assert loc is not None and loc.admin1_code == iso and loc.precision == 3


def test_tactical_group_named_after_a_place_is_no_place():
    from sitrep.geo import get_gazetteer
    found = [m.text for m in get_gazetteer().find_mentions(
        "Strikes hit soldiers of the Chaika tactical group near Bakhmut.") if m.location]
    assert found == ["Bakhmut"]


def test_two_names_with_a_slash_take_the_first_found():
    loc = geocode("Zzyzxivka/Bakhmut")
    assert loc is not None and loc.name == "Bakhmut"
    assert geocode("Kharkiv/Chuhuiv").name == "Kharkiv"
    assert geocode("21/03/2022") is None
