"""Namesakes within the region written: the one near a line of contact held for months in 2022
(Kharkiv - Izium - Lyman, the Kherson - Mykolaiv right bank) is the likelier subject of a war
report than one far from any line (issue 11). Invented queries; the line is a coarse prior in
``sitrep/data/geo/front_line.tsv``."""
import pytest

from sitrep.geo import geocode
from sitrep.geo.distance import haversine_km

IZIUM = (49.21, 37.26)


@pytest.mark.parametrize("mention", [
    "Kramarivka, Kharkiv oblast",   # namesakes near Bohodukhiv (far from any line) and near Izium
    "Komarivka, Kharkiv oblast",
    "Shchaslyve, Kharkiv oblast",
])
def test_namesake_near_the_2022_izium_line(mention):
    loc = geocode(mention)
    assert loc is not None and loc.admin1_code == "UA-63"
    assert haversine_km(loc.lat, loc.lon, *IZIUM) < 30, (loc.name, loc.admin2, loc.lat, loc.lon)

