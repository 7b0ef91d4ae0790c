"""Context in free text (issue 11): a town written as a bearing in the same sentence ("east of
Kupiansk near Petropavlivka") outweighs the document's other places; a front-line town keeps its
name against a village near another sentence's place; a front-line village's only candidate is
not dropped because the text also names a far city; a region written before a place in the
sentence rules out a namesake far from it; world cities carry their ISO 3166-2 region; a city
district written before its city; a person's and a cemetery's name are no place. Invented text."""
from __future__ import annotations

import pytest

from sitrep.geo import get_gazetteer
from sitrep.geo.lexicon import _haversine


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _found(gaz, text):
    return {m.text: m.location for m in gaz.find_mentions(text)}


_DONETSK_PARAGRAPH = (
    "The assessment covers fighting across Donetsk oblast. Russian forces attacked near Avdiivka, Marinka, "
    "Krasnohorivka and Novomykhailivka. Fighting continued near Bakhmut, Klishchiivka and Chasiv Yar. "
    "Russian troops also advanced near Vuhledar and shelled Kurakhove and Selydove.\n")


@pytest.mark.parametrize("sentence, name, town", [
    ("Russian forces attacked east of Kupyansk near Petropavlivka on Tuesday.", "Petropavlivka", "Kupyansk"),
    ("Russian forces attacked southeast of Kupyansk near Pishchane on Tuesday.", "Pishchane", "Kupyansk"),
    ("Ukrainian troops repelled an assault near Pishchane (southeast of Kupiansk).", "Pishchane", "Kupiansk"),
    ("Russian forces also attacked northeast of Sumy City near Yablunivka.", "Yablunivka", "Sumy"),
])
def test_bearing_anchor_beats_document_context(gaz, sentence, name, town):
    found = _found(gaz, _DONETSK_PARAGRAPH + sentence)
    assert name in found and town in found
    assert _haversine(found[name].lat, found[name].lon, found[town].lat, found[town].lon) <= 40


@pytest.mark.parametrize("sentence, name, town, oblast", [
    # a bearing of a big city reaches further than 40 km, but only in the direction it states
    ("Russian forces attacked northeast of Kharkiv City near Lyman, Zakharivka and Hrafske on Monday.",
     "Lyman", "Kharkiv", "UA-63"),
    ("Russian forces attacked northeast of Kharkiv City near Lyman, Zakharivka and Hrafske on Monday.",
     "Zakharivka", "Kharkiv", "UA-63"),
    ("Russian forces attacked northeast of Kharkiv City near Lyman, Zakharivka and Hrafske on Monday.",
     "Hrafske", "Kharkiv", "UA-63"),
    ("Drone crews kept hitting positions near Hrafske (northeast of Kharkiv City) overnight.",
     "Hrafske", "Kharkiv", "UA-63"),
])
def test_bearing_of_a_city_reaches_along_its_direction(gaz, sentence, name, town, oblast):
    found = _found(gaz, _DONETSK_PARAGRAPH + sentence)
    assert found[name].admin1_code == oblast
    assert _haversine(found[name].lat, found[name].lon, found[town].lat, found[town].lon) <= 90


def test_bearing_direction_is_not_stretched_the_other_way():
    """Past 40 km a namesake must lie in the stated direction (within 60 degrees) and within 90 km."""
    from sitrep.geo.neighbours import _by_bearing
    kharkiv = (49.98, 36.25)
    assert _by_bearing(50.27, 37.05, kharkiv, 45)       # 65 km northeast
    assert not _by_bearing(50.27, 37.05, kharkiv, 315)  # the same point is not northwest
    assert not _by_bearing(49.59, 36.47, kharkiv, 45)   # 46 km south-southeast
    assert _by_bearing(49.75, 36.40, kharkiv, None)     # within 40 km, any direction
    assert not _by_bearing(50.70, 37.30, kharkiv, 45)   # 105 km northeast: too far



def test_anchor_needs_a_bearing_not_a_list(gaz):
    """A list of villages in one sentence keeps the document's reading (no bearing written)."""
    found = _found(gaz, _DONETSK_PARAGRAPH + "Russian forces attacked near Kupyansk and Petropavlivka.")
    assert found["Kupyansk"].admin1_code == "UA-63"


def test_frontline_town_keeps_its_name_against_far_sentence(gaz):
    text = ("Russian drones attacked Odesa overnight, the governor said.\n\n"
            "A guided bomb hit a residential area of Kostiantynivka on Wednesday.")
    assert _found(gaz, text)["Kostiantynivka"].admin1_code == "UA-14"


def test_frontline_village_not_dropped_for_far_city(gaz):
    text = ("Hours earlier, Ukrainian drones set fire to an oil depot in the Russian region of Bryansk, the "
            "governor said.\n\nRussian shelling set fire to a barn in Bilozerka on Monday.\n\nUnknown people set "
            "fire to a military enlistment office in Saint Petersburg on Monday.")
    found = _found(gaz, text)
    assert found["Bilozerka"].admin1_code == "UA-65"
    assert found["Saint Petersburg"].admin1_code == "RU-SPE"


def test_region_written_before_rules_out_far_namesake(gaz):
    loc = _found(gaz, "The governor of Russia's Belgorod region said a Ukrainian drone struck a car "
                      "in the village of Murom.")["Murom"]
    assert loc.admin1_code == "RU-BEL" and loc.precision == 3
    found = _found(gaz, "The governor of the Belgorod region said a drone struck a car near Murom.")
    assert "Murom" not in found or found["Murom"].admin1_code == "RU-BEL"


def test_region_written_before_keeps_a_ukrainian_oblast(gaz):
    found = _found(gaz, "The head of the Sumy regional administration said that in the Kharkiv region a "
                        "drone hit the village of Murom.")
    assert "Murom" not in found or found["Murom"].admin1_code == "UA-63"


def test_region_after_its_place_is_no_sentence_region(gaz):
    found = _found(gaz, "Drones hit a refinery in Kstovo, Nizhny Novgorod region, and the airfield in Engels.")
    assert found["Engels"].country_code == "RU"


@pytest.mark.parametrize("name, iso", [("Abu Dhabi", "AE-AZ"), ("Tbilisi", "GE-TB"), ("Riyadh", "SA-01"),
                                       ("Damascus", "SY-DI"), ("Tokyo", "JP-13")])
def test_world_cities_carry_their_region(gaz, name, iso):
    loc = _found(gaz, f"Diplomats met in {name} on Friday.")[name]
    assert loc.admin1_code == iso and loc.precision == 1


def test_city_district_before_its_city(gaz):
    found = _found(gaz, "A missile struck Saltivskyi District, Kharkiv, on Monday.")
    assert found["Saltivskyi District"].admin1_code == "UA-63"
    assert _haversine(found["Saltivskyi District"].lat, found["Saltivskyi District"].lon, 49.99, 36.23) < 15


def test_capitalised_district_word_reads_the_city_after(gaz):
    found = _found(gaz, "Shelling hit Kyivskyi District, Kharkiv, on Monday. Separately, the Donetsk mayor spoke.")
    assert found["Kyivskyi District"].admin1_code == "UA-63" and found["Kyivskyi District"].precision <= 2


def test_person_and_cemetery_are_no_places(gaz):
    found = _found(gaz, "Journalist Brent Renaud was killed near Irpin. He was buried at Central City Cemetery.")
    assert "Brent" not in found and "Central City" not in found and found["Irpin"].admin1_code == "UA-32"


def test_a_footnote_number_after_the_full_stop_still_ends_the_sentence(gaz):
    """"... in Kharkiv Oblast, yielding negligible gains.12 In the north, troops attacked toward
    Pysarivka in Sumy Oblast": the region of the first sentence is not the second's."""
    text = ("Fighting around Vovchansk in Kharkiv Oblast yielded negligible gains.12 In the north, "
            "Russian troops attacked toward Pysarivka in Sumy Oblast.")
    found = _found(gaz, text)
    assert found["Pysarivka"].admin1_code == "UA-59"
