"""ISO 3166-2 regions of cities abroad inferred at index build time (geo/build_world.infer_admin1): a
subdivision named in the genitive or with a suffix after its city ("Vilniaus apskritis", "Tartumaa")."""
import pytest

from sitrep.geo import geocode


@pytest.mark.parametrize("name, iso", [
    ("Vilnius", "LT-VL"), ("Kaunas", "LT-KU"), ("Klaipeda", "LT-KL"), ("Tartu", "EE-79"),
    ("Tbilisi", "GE-TB"), ("Riga", "LV-RIX"), ("Brussels", "BE-BRU"), ("Chisinau", "MD-CU"),
])
def test_capitals_and_cities_abroad_have_their_region(name, iso):
    loc = geocode(name)
    assert loc is not None and loc.admin1_code == iso, loc


# the hand table (sitrep/data/geo/admin1_iso.tsv, rows for countries whose GeoNames codes are numbers)
@pytest.mark.parametrize("name, context, iso", [
    ("Munich", "Police in Munich arrested two men.", "DE-BY"),
    ("Ramstein", "Defence ministers met at Ramstein air base in Germany.", "DE-RP"),
    ("Paris", "Leaders gathered in Paris on Monday.", "FR-IDF"),
    ("Rome", "The reconstruction conference opened in Rome.", "IT-62"),
    ("Helsinki", "Finland's president spoke in Helsinki.", "FI-18"),
    ("Tallinn", "Estonia summoned the Russian envoy in Tallinn.", "EE-37"),
    ("Athens", "Greece's parliament in Athens approved the deal.", "GR-I"),
    ("Copenhagen", "Drones were seen over Copenhagen airport.", "DK-84"),
    ("Madrid", "NATO leaders met in Madrid.", "ES-MD"),
    ("Tehran", "Iran's foreign ministry in Tehran denied the claim.", "IR-23"),
    ("Pyongyang", "The delegation flew to Pyongyang.", "KP-01"),
])
def test_cities_abroad_region_from_the_hand_table(name, context, iso):
    loc = geocode(name, context)
    assert loc is not None and loc.admin1_code == iso, loc


def test_a_region_name_two_countries_share_goes_to_the_more_populous():
    # "Montana" is a US state and a Bulgarian province: after a US town it is the state
    loc = geocode("Missoula", "Wildfire smoke filled Missoula, Montana.")
    assert loc is not None and (loc.country_code, loc.admin1_code) == ("US", "US-MT")
    loc = geocode("Montana", "The mayor of Montana, Bulgaria, resigned.")
    assert loc is not None and loc.country_code == "BG"
