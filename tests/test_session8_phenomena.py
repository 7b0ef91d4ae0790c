"""Phenomena found on the studied halves of blind22 and blind27 (HALF=1) in the eighth session, each written here in
new invented sentences; and the districts of Russia's border regions (issue 11).

A weekly digest's day headings may be capitals ("TUESDAY") or carry a part of the day ("THURSDAY
EVENING"); "the city" in a sentence after one that names two cities is the one that sentence is about
(its first named: "troops pushed the Russians out of part of X, as missiles struck Y ... retook a third
of the city" is X); "out of part of X" is where ground changed hands, not a launch site; a district of
the Kursk, Belgorod or Bryansk region named by its adjective is placed at its administrative centre."""
from __future__ import annotations

import pytest

from helpers_extract import run as events_of
from sitrep.geo import geocode

DIGEST = """The Harbour Weekly
Seven days in the war, compiled by our desk on Sunday.

TUESDAY
A Russian missile struck a grain silo in Izmail, injuring three dock workers, the regional governor said.

THURSDAY EVENING
Drones hit a power substation in Sumy, cutting electricity to 40,000 homes.

SUNDAY
Air defences downed 20 of 25 drones over Kyiv overnight, the air force said.
"""


def test_capital_day_headings_date_their_sections():
    ev = {(e.event_type, e.location.name if e.location else None): e.date for e in events_of(DIGEST, "2025-03-16")}
    assert ev[("missile_artillery_strike", "Izmayil")] == "2025-03-11"
    assert ev[("air_drone_strike", "Sumy")] == "2025-03-13"
    assert ev[("interception", "Kyiv")] == "2025-03-16"


def test_a_weekday_word_inside_a_sentence_is_no_heading():
    text = ("Drones hit a power substation in Sumy on Monday, cutting electricity to 40,000 homes.\n\n"
            "Tuesday\n\nwas quiet, officials said, before a missile struck Izmail on Wednesday.")
    dates = {e.location.name: e.date for e in events_of(text, "2025-03-16") if e.location}
    assert dates.get("Sumy") == "2025-03-10"


CITY = """Defenders regain ground in Lyman
Ukrainian forces pushed Russian troops out of part of Lyman, the regional governor said on Sunday, as Russian missiles struck Poltava.
He said Ukrainian units had counterattacked on Saturday and retaken about a third of the city."""


def test_the_city_is_the_one_the_sentence_before_is_about():
    ev = events_of(CITY, "2025-03-16")
    ground = [e for e in ev if e.event_type in ("territory_change", "armed_clash")]
    assert ground and all(e.location.name == "Lyman" for e in ground)
    strikes = [e for e in ev if e.event_type == "missile_artillery_strike"]
    assert strikes and all(e.location.name == "Poltava" for e in strikes)


def test_out_of_part_of_a_town_is_where_ground_changed_hands():
    text = "Ukrainian troops drove Russian forces out of the eastern districts of Kupiansk on Friday, the general staff said."
    ev = [e for e in events_of(text, "2025-03-16") if e.event_type in ("territory_change", "armed_clash")]
    assert ev and ev[0].location is not None and ev[0].location.name.startswith("Kup")


@pytest.mark.parametrize("mention, region", [
    ("Korenevsky district", "RU-KRS"),
    ("the Sudzhanskiy district", "RU-KRS"),
    ("Glushkovsky district", "RU-KRS"),
    ("Khomutovsky district, Kursk region", "RU-KRS"),
    ("Grayvoronsky district", "RU-BEL"),
    ("Krasnoyaruzhsky district", "RU-BEL"),
    ("Suzemsky district", "RU-BRY"),
    ("Klimovsky district", "RU-BRY"),
])
def test_border_districts_of_russia_are_placed_at_their_centres(mention, region):
    loc = geocode(mention)
    assert loc is not None and loc.admin1_code == region and loc.precision == 2
    assert "district" in loc.name


def test_a_ukrainian_raion_of_the_same_form_stays_ukrainian():
    loc = geocode("Pokrovsky district", context="Donetsk region: shelling in the Pokrovsk direction")
    assert loc is not None and loc.admin1_code == "UA-14"


# --- blind27 HALF=1 (long analytical pages): an assessment's ground assaults, launch sites, a tracker's statistics

@pytest.mark.parametrize("sentence, place", [
    ("Russian forces attacked in Siversk and southwest of the town near Vyimka on March 3, the General Staff said.", "Siversk"),
    ("Ukrainian forces continued attacks on the northern flank of Horlivka on March 4.", "Horlivka"),
])
def test_forces_attacking_in_a_town_is_ground_fighting(sentence, place):
    ev = events_of(sentence, "2025-03-05")
    assert ev and all(e.event_type == "armed_clash" for e in ev)
    assert place in {e.location.name for e in ev}


def test_forces_attacking_a_town_with_casualties_stays_a_strike():
    ev = events_of("Russian forces attacked in Kharkiv on Monday, killing two civilians.", "2025-03-05")
    assert ev and ev[0].event_type != "armed_clash"


def test_every_launch_site_of_a_list_is_an_origin():
    text = ("The air force said Russia launched 41 Shahed drones from the Crimean peninsula and the Kursk region overnight, "
            "mostly at the Sumy region, and that air defences shot down 33 of them.")
    ev = events_of(text, "2025-03-05")
    assert ev and {e.location.admin1_code for e in ev} == {"UA-59"}


STATS = """The Chernihiv and Sumy regions together took about 35% of the impacts the air force reported by location in March.
The share of drones shot down or jammed fell from 91% in February to 87% in March.
Odesa's administration counted about 900 drone attacks on the city in March, an average of 29 a day.
On March 14, a drone hit a supermarket in Sumy, injuring five people, the governor said."""


def test_a_trackers_statistics_are_no_incidents_but_its_dated_incident_is():
    ev = events_of(STATS, "2025-04-01")
    assert [(e.event_type, e.date, e.location.name) for e in ev] == [("air_drone_strike", "2025-03-14", "Sumy")]


def test_a_border_district_says_why_it_is_placed_there():
    loc = geocode("Shebekinsky district")
    assert loc.geo_reason == "district of Belgorod: at its centre Shebekino"
