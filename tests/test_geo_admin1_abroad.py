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
