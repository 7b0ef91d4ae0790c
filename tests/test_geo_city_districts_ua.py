"""Administrative districts of Ukrainian cities that GeoNames lacks (issue 11: sub-city units):
"Kholodnohirskyi, Kharkiv" is that district of the city, not the Kharkiv oblast centroid; "Prymorskyi,
Odesa" is Odesa's seaside district, not a village of another gender 100 km away; "Samarskyi district,
Dnipro" is the district, not the town of Samar. Invented queries; centres in city_districts.tsv."""
import pytest

from helpers_extract import run as events_of
from sitrep.geo import geocode
from sitrep.geo.distance import haversine_km

CENTRES = {"UA-30": (50.45, 30.52), "UA-63": (49.99, 36.23), "UA-51": (46.48, 30.73), "UA-12": (48.46, 35.04), "UA-23": (47.84, 35.14),
           "UA-48": (46.97, 32.00), "UA-65": (46.64, 32.61)}


@pytest.mark.parametrize("mention,iso,name", [
    ("Kholodnohirskyi, Kharkiv", "UA-63", "Kholodnohirskyi"),
    ("Novobavarskyi district, Kharkiv", "UA-63", "Novobavarskyi"),
    ("the Leninskyi district of Kharkiv", "UA-63", "Kholodnohirskyi"),  # its pre-2016 name (districts.tsv)
    ("Prymorskyi, Odesa", "UA-51", "Prymorskyi"),
    ("Malynovskyi district, Odesa", "UA-51", "Khadzhybeiskyi"),  # renamed
    ("Samarskyi district, Dnipro", "UA-12", "Samarskyi"),
    ("Khortytskyi, Zaporizhzhia", "UA-23", "Khortytskyi"),
    ("Inhulskyi district, Mykolaiv", "UA-48", "Inhulskyi"),
    # a district adjective whose quarter GeoNames has (Sviatoshyn): the city of Kyiv, not the oblast
    ("Sviatoshynskyi, Kyiv", "UA-30", "Svyatoshyn"),
    # Kherson is a city of 100,000+ (populations.tsv corrects GeoNames' 66,000)
    ("Korabelnyi district, Kherson", "UA-65", "Korabelnyi"),
])
def test_district_of_a_ukrainian_city(mention, iso, name):
    loc = geocode(mention)
    assert loc is not None and loc.admin1_code == iso and loc.name == name, loc
    assert loc.precision <= 2
    assert haversine_km(loc.lat, loc.lon, *CENTRES[iso]) < 15


def test_a_village_of_the_region_is_still_the_village():
    # an exact village name of the region is not turned into a district of the centre city
    loc = geocode("Kozacha Lopan, Kharkiv oblast")
    assert loc is not None and loc.admin1_code == "UA-63" and haversine_km(loc.lat, loc.lon, 49.99, 36.23) > 30


def test_two_districts_of_one_city_are_one_attack():
    # the extractor keeps "a city and its districts are one incident" now that the districts resolve
    text = ("Russian forces struck Odesa with drones on Tuesday night, the mayor said. One drone hit a house in "
            "the Khadzhybeiskyi district and another a warehouse in the Prymorskyi district. Two people were injured.")
    ev = [e for e in events_of(text, "2025-03-04") if e.event_type != "interception"]
    assert len(ev) == 1, [(e.event_type, e.location and e.location.name) for e in ev]
    assert ev[0].location.admin1_code == "UA-51"
