"""Free OSINT text: words that look like places but are not (issue 11).

Invented incident-log lines: a sentence starting with "Car" is not the Central African Republic
(only the acronym CAR is); a street, park, river or hall named after a place is not that place;
a sentence-initial English word that also names a mid-sized town abroad ("Man") is no place.
"""
from __future__ import annotations

import pytest

from sitrep.geo import get_gazetteer


def _found(text):
    return [(m.text, m.location.country_code) for m in get_gazetteer().find_mentions(text) if m.location]


@pytest.mark.parametrize("text", [
    "Car burned out after a drone strike in Kharkiv.",
    "Man wounded by shelling in Bucha, his neighbours say.",
])
def test_sentence_initial_words_are_not_places_abroad(text):
    assert all(cc == "UA" for _t, cc in _found(text))


def test_country_acronym_still_found_in_capitals():
    assert ("CAR", "CF") in _found("Wagner fighters moved from the CAR to Bakhmut.")


@pytest.mark.parametrize("text,place", [
    ("A rocket hit Gorky Park in Kharkiv.", "Kharkiv"),
    ("A shop on Moskovskaya street in Kherson burned down.", "Kherson"),
    ("The bridge over the Desna river near Chernihiv was blown up.", "Chernihiv"),
    ("Shelling damaged the Poltava highway outside Kharkiv.", "Kharkiv"),
])
def test_street_park_river_named_after_a_place(text, place):
    assert [t for t, _cc in _found(text)] == [place]


def test_hamlet_deep_in_russia_is_no_scene_in_a_text_about_ukrainian_regions():
    # "Shakhta" (a mine) is also a hamlet in Perm krai; "Shakhta imeni ..." names a mine near Horlivka
    found = _found("Militants shelled the Shakhta imeni Kirova mine near Horlivka, Donetsk region.")
    assert all(cc == "UA" for _t, cc in found) and any(t == "Horlivka" for t, _cc in found)


def test_russian_towns_struck_by_drones_stay():
    found = _found("Drones hit a refinery in Kstovo, Nizhny Novgorod region, and the airfield in Engels.")
    assert ("Kstovo", "RU") in found and ("Engels", "RU") in found
