"""Misspelt place names in OSINT logs and wire copy (issue 11).

Invented misspellings of the kinds hand-typed incident logs show: two neighbouring letters
swapped (also across a "ts" that folding writes as one letter), a swap plus a dropped letter in a
town's name, a dropped letter in a front-line village, an adjectival name in another gender, and a
misspelt region name before "region". Each answer carries a lower confidence than a name match.
"""
from __future__ import annotations

import pytest

from sitrep.geo import geocode, get_gazetteer


@pytest.mark.parametrize("typo,name,iso", [
    ("Dontesk", "Donetsk", "UA-14"),       # swap across "ts"
    ("Donestk", "Donetsk", "UA-14"),
    ("Kherosn", "Kherson", "UA-65"),
    ("Pokrovks", "Pokrovsk", "UA-14"),
    ("Kramatorks", "Kramatorsk", "UA-14"),
    ("Adviika", "Avdiyivka", "UA-14"),     # a swap and a dropped letter in a town's name
    ("Homstomel", "Hostomel", "UA-32"),
    ("Toshivka", "Toshkivka", "UA-09"),    # a dropped letter, a village on the line of contact
    ("Dvorichny", "Dvorichna", "UA-63"),   # another gender of the adjective
])
def test_typo_resolves_with_lower_confidence(typo, name, iso):
    ans = get_gazetteer().explain(typo)
    loc = ans["location"]
    assert loc is not None and loc.name == name and loc.admin1_code == iso
    assert ans["confidence"] < 0.9 and "one edit" in ans["geo_reason"]


@pytest.mark.parametrize("written,iso", [("Dnipropetovsk region", "UA-12"), ("Zaporizhzhya oblast", "UA-23"),
                                         ("Kharkov oblast", "UA-63")])
def test_misspelt_region_before_a_region_word(written, iso):
    loc = geocode(written)
    assert loc is not None and loc.admin1_code == iso and loc.precision == 3


def test_misspelt_region_qualifies_a_village():
    loc = geocode("Dvorichna, Kharkivv oblast")
    assert loc is not None and loc.name == "Dvorichna" and loc.admin1_code == "UA-63"


@pytest.mark.parametrize("word", ["Zvanivra", "Statement", "Overall", "Defence"])
def test_no_guess_for_words_or_changed_letters_far_from_context(word):
    assert geocode(word) is None


@pytest.mark.parametrize("typo,name,iso", [("Novoshakhtinks, Russia", "Novoshakhtinsk", "RU-ROS"),
                                           ("Shebkino, Russia", "Shebekino", "RU-BEL")])
def test_typo_with_the_country_written(typo, name, iso):
    loc = geocode(typo)
    assert loc is not None and loc.name == name and loc.admin1_code == iso and loc.geo_confidence < 0.9


def test_unknown_name_with_country_falls_back_to_the_country():
    loc = geocode("Zzyzxovo, Russia")
    assert loc is not None and loc.precision == 4 and loc.country_code == "RU"
