"""What the context says about a bare name (issue 11): invented sentences.

* ``geocode(name, context)``: the qualifier the context writes after the name ("Odessa, Texas"),
  a finer place the context puts an incident in when the name asked for is coarse (an oblast, or a
  city that shares its oblast's name), a country's name that is a US state among that state's places;
* ``find_mentions``: "Lebanon, Ohio" is the town, "Georgia" among Atlanta and Savannah the state,
  first-level regions abroad are mentions of their own ("the governor of California").
"""
from __future__ import annotations

import pytest

from sitrep.geo import geocode, get_gazetteer


def _mentions(text: str) -> dict:
    return {m.text: m for m in get_gazetteer().find_mentions(text)}


@pytest.mark.parametrize("name,context,cc,a1", [
    ("Odessa", "Oil workers in Odessa, Texas, walked off the job on Monday.", "US", "US-TX"),
    ("Valencia", "Rescuers in Valencia, Spain, searched flooded garages for a third day.", "ES", None),
    ("Salem", "Police in Salem, Oregon, closed the capitol after a bomb threat.", "US", "US-OR"),
    ("Moscow", "She grew up in Moscow, Idaho, a small college town near the state line.", "US", "US-ID"),
    ("Lebanon", "Floodwater reached Lebanon, Ohio, late on Friday.", "US", "US-OH"),
])
def test_qualifier_written_after_the_name_in_the_context(name, context, cc, a1):
    loc = geocode(name, context=context)
    assert loc is not None and loc.country_code == cc
    if a1:
        assert loc.admin1_code == a1
    assert "in the context" in loc.geo_reason


def test_a_list_of_names_is_no_qualifier():
    loc = geocode("Kyiv", context="Drones hit Kyiv, Kharkiv and Odesa overnight.")
    assert loc is not None and loc.admin1_code == "UA-30" and loc.precision == 1


def test_a_state_is_not_a_town_refused_as_an_english_word():
    loc = geocode("Oregon")
    assert loc is not None and loc.country_code == "US" and loc.admin1_code == "US-OR" and loc.precision == 3


def test_georgia_among_its_own_places_is_the_state():
    loc = geocode("Georgia", context="Voters in Georgia lined up for hours in Atlanta and Savannah.")
    assert loc is not None and loc.admin1_code == "US-GA"
    loc = geocode("Georgia", context="Police dispersed a rally in Tbilisi, the capital of Georgia.")
    assert loc is not None and loc.country_code == "GE"


@pytest.mark.parametrize("label,context,expect_a1,expect_name_start", [
    ("Kyiv oblast", "Damage to private houses in Borodianka after an air strike.", "UA-32", "Borod"),
    ("Donetsk", "A school in Kramatorsk was hit by a missile overnight.", "UA-14", "Kramat"),
    ("Luhansk", "A shelter in the town of Lysychansk was struck while people slept inside.", "UA-09", "Lysych"),
])
def test_a_coarse_label_takes_the_place_the_description_puts_the_incident_in(label, context, expect_a1,
                                                                               expect_name_start):
    loc = geocode(label, context=context)
    assert loc is not None and loc.admin1_code == expect_a1 and loc.precision <= 2
    assert loc.name.startswith(expect_name_start)
    assert "the context puts it in" in loc.geo_reason


@pytest.mark.parametrize("label,context,a1,name", [
    ("Donetsk", "Shelling damaged a church in Donetsk.", "UA-14", "Donetsk"),  # the label's own place
    ("Kharkiv", "Shells fired from Belgorod hit a school.", "UA-63", "Kharkiv"),  # another oblast, no cue
    ("Kharkiv", "A missile launched near Chuhuiv flew on and hit a school.", "UA-63", "Kharkiv"),  # a bare city keeps it
    ("Kherson", "A bridge in Mykolaiv was damaged.", "UA-65", "Kherson"),  # another oblast
])
def test_the_label_stays_when_the_description_names_no_finer_place_in_it(label, context, a1, name):
    loc = geocode(label, context=context)
    assert loc is not None and loc.admin1_code == a1 and loc.name == name


def test_a_settlement_label_is_not_moved_by_another_place_in_the_description():
    loc = geocode("Chuhuiv", context="Residents of Chuhuiv said the missile came down in Kharkiv.")
    assert loc is not None and loc.name.startswith("Chuhu") and loc.precision == 1


def test_free_text_country_name_before_a_us_state_is_the_town():
    m = _mentions("Floodwater reached Lebanon, Ohio, late on Friday.")
    assert m["Lebanon"].location.country_code == "US" and m["Lebanon"].location.admin1_code == "US-OH"


def test_free_text_georgia_among_atlanta_and_savannah_is_the_state():
    m = _mentions("Voters in Georgia went to the polls in Atlanta and Savannah on Tuesday.")
    assert m["Georgia"].location.admin1_code == "US-GA"
    m = _mentions("Georgian police dispersed a rally in Tbilisi as Georgia's parliament met.")
    assert all(x.location.country_code == "GE" for x in m.values() if x.location is not None)


@pytest.mark.parametrize("text,region,iso", [
    ("The governor of California visited Fresno and Bakersfield after the fires.", "California", "US-CA"),
    ("A landslide buried homes in Kerala after days of rain.", "Kerala", "IN-KL"),
    ("Gunmen attacked a village in Zamfara on Sunday.", "Zamfara", "NG-ZA"),
    ("A tornado tore through Alexandria, Louisiana, on Tuesday.", "Louisiana", "US-LA"),
])
def test_free_text_region_abroad_is_a_mention(text, region, iso):
    m = _mentions(text)
    assert region in m and m[region].kind == "region" and m[region].location.admin1_code == iso


@pytest.mark.parametrize("text,word", [
    ("Missiles landed near a destroyer in the Red Sea.", "Red Sea"),
    ("Shares of Texas Instruments rose on Monday.", "Texas"),
])
def test_free_text_sea_and_company_are_no_region_abroad(text, word):
    assert all(m.kind != "region" for m in get_gazetteer().find_mentions(text))


def test_theatre_text_unchanged_by_regions_abroad():
    text = "Russian forces shelled Kupiansk, Kharkiv oblast, and drones hit Belgorod."
    kinds = {m.text: m.kind for m in get_gazetteer().find_mentions(text)}
    assert kinds.get("Kupiansk") == "settlement" and "region" not in {k for t, k in kinds.items() if t == "Belgorod"}


def test_a_town_written_with_a_us_state_that_is_also_a_country():
    loc = geocode("Athens, Georgia")
    assert loc is not None and loc.admin1_code == "US-GA"
    loc = geocode("Athens", context="Athens, Georgia, hosts the state's flagship university.")
    assert loc is not None and loc.admin1_code == "US-GA"
    m = _mentions("Athens, Georgia, hosts the state's flagship university.")
    assert m["Athens"].location.admin1_code == "US-GA"
    assert m["Georgia"].location.admin1_code == "US-GA"
    loc = geocode("Batumi, Georgia")  # a town of the country stays in the country
    assert loc is not None and loc.country_code == "GE"


def test_a_country_after_in_is_the_place_and_a_bare_one_that_speaks_its_government():
    assert _mentions("Officials in Taiwan said the talks would resume.")["Taiwan"].location.country_code == "TW"
    assert "Taiwan" not in _mentions("Taiwan said the drills were a provocation.")
    assert "Taiwan" not in _mentions("According to Taiwan, the ships left port.")


@pytest.mark.parametrize("text,name,cc", [
    ("Fishermen in New England said the quotas would hurt.", "New England", "US"),
    ("Tankers crossed the Persian Gulf at night.", "Persian Gulf", None),
    ("Coast guard ships collided in the South China Sea.", "South China Sea", None),
])
def test_names_that_contain_another_country_or_its_demonym(text, name, cc):
    m = _mentions(text)
    assert name in m and m[name].location.country_code == cc
    assert not any(x.kind in ("country", "demonym") for x in m.values())


@pytest.mark.parametrize("text,name,a1", [
    ("Police in Bristol, Tenn., are searching for the driver.", "Bristol", "US-TN"),
    ("A tornado touched down near Tupelo, Miss., late Sunday.", "Tupelo", "US-MS"),
    ("The boy was found in Columbia, Mo., two days later.", "Columbia", "US-MO"),
])
def test_free_text_town_with_a_state_abbreviation(text, name, a1):
    assert _mentions(text)[name].location.admin1_code == a1


def test_virginia_abbreviation_is_not_west_virginia():
    loc = geocode("Arlington, Va.")
    assert loc is not None and loc.admin1_code == "US-VA"


def test_a_name_before_county_is_no_town_abroad():
    m = _mentions("The Bergen County prosecutor said the suspect was released.")
    assert "Bergen" not in m


def test_a_region_abroad_named_in_the_text_supports_its_towns():
    m = _mentions("A bear wandered into a backyard in Asheville, a mountain town in western North Carolina.")
    assert m["Asheville"].location.admin1_code == "US-NC"
    assert "Asheville" not in _mentions("A bear wandered into a backyard in Asheville.")  # a dictionary word alone


@pytest.mark.parametrize("mention,okrug", [
    ("Moscow - South-Western", "South-Western Administrative Okrug"),
    ("Moscow - Zapadny", "Western Administrative Okrug"),
    ("Moscow - Central", "Central Administrative Okrug"),
])
def test_moscow_okrugs_as_districts_of_the_city(mention, okrug):
    loc = geocode(mention)
    assert loc is not None and loc.name == okrug and loc.admin1_code == "RU-MOW" and loc.precision == 1


def test_an_okrug_word_alone_is_no_place():
    assert geocode("Southern") is None or geocode("Southern").country_code != "RU"
    assert not any(m.location is not None and m.location.name.endswith("Okrug")
                   for m in get_gazetteer().find_mentions("Southern and Central regions reported outages."))


@pytest.mark.parametrize("village,district_of_donetsk", [("Kalynivka", "Donetsk - Kalininskyi"),
                                                         ("Oleksandrivka", "Donetsk - Leninskyi")])
def test_a_village_is_not_the_city_district_named_like_it(village, district_of_donetsk):
    from sitrep.geo.lexicon import _haversine
    d = geocode(district_of_donetsk)  # the district itself is still found
    assert d is not None and d.admin1_code == "UA-14" and d.name.endswith("skyi")
    v = geocode(f"{village}, Donetsk oblast")
    assert v is not None and v.admin2 is not None and v.admin2.endswith("raion")
    assert _haversine(v.lat, v.lon, d.lat, d.lon) > 5
