"""A facility or landmark written after the place it is in or named after (incident logs label a
strike so): the place at precision 2; nothing when the words before are no place. Invented cases."""
import pytest

from sitrep.geo import geocode


@pytest.mark.parametrize("mention,iso,name", [
    ("Kramatorsk railway station", "UA-14", "Kramatorsk"),
    ("Kremenchuk shopping mall", "UA-53", "Kremenchuk"),
    ("Sviatohirsk Lavra", "UA-14", "Svyatohirsk"),
    ("Chornobaivka airfield", "UA-65", "Chornobaivka"),
    ("Vinnytsia city hall", "UA-05", "Vinnytsya"),
])
def test_facility_after_its_place(mention, iso, name):
    loc = geocode(mention)
    assert loc is not None and loc.admin1_code == iso and loc.name == name and loc.precision == 2, loc
    assert loc.geo_reason.startswith("the place of a facility")


@pytest.mark.parametrize("mention", ["Central Children's hospital", "the old bus station"])
def test_facility_without_a_place_is_nothing(mention):
    assert geocode(mention) is None


def test_a_known_landmark_keeps_its_entry():
    loc = geocode("Antonivskyi bridge")
    assert loc is not None and loc.name == "Antonivskyi Bridge"
