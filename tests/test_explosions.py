"""Explosions set on the ground (invented reports): a car bomb, a charge on a railway blamed on
saboteurs, against blasts of weapons fired from afar (ACLED: remote explosive vs shelling/drone)."""
import pytest

from helpers_extract import run as events_of


def test_a_car_that_exploded_next_to_an_officer_is_a_remote_explosive():
    ev = events_of("Officer killed in car blast\n\nA Russian colonel was killed on Friday when a car exploded next to "
                   "him in Balashikha outside Moscow, investigators said.", "2025-04-26")
    bombs = [e for e in ev if e.event_type == "remote_explosive"]
    assert bombs and bombs[0].location.name == "Balashikha" and bombs[0].fatalities and bombs[0].fatalities.best == 1, \
        [(e.event_type, e.location and e.location.name, e.fatalities) for e in ev]


def test_a_blast_on_the_track_blamed_on_saboteurs_is_a_remote_explosive():
    ev = events_of("A freight train derailed in the Bryansk region on Saturday after an explosion damaged the track, "
                   "the governor said, blaming Ukrainian saboteurs.", "2025-07-20")
    assert ev and ev[0].event_type == "remote_explosive" and str(ev[0].date) == "2025-07-19", \
        [(e.event_type, str(e.date)) for e in ev]


@pytest.mark.parametrize("text, etype", [
    ("Explosions were heard in Kharkiv after Russian missiles struck the city, the mayor said.", "missile_artillery_strike"),
    ("A drone attack caused an explosion at a fuel depot in the Bryansk region, the governor said, blaming "
     "Ukrainian saboteurs.", "air_drone_strike"),
])
def test_blasts_of_weapons_fired_from_afar_stay_strikes(text, etype):
    ev = events_of(text, "2025-07-20")
    assert ev and ev[0].event_type == etype, [(e.event_type, e.rules) for e in ev]


def test_a_car_bomb_report_is_one_incident():
    text = ("Russian general killed in car bomb near Moscow\n\nA senior Russian general was killed on Friday when a car "
            "exploded next to him in Balashikha outside Moscow, Russia's Investigative Committee said.\n\nThe committee "
            "said an improvised explosive device packed with shrapnel had been planted in the car. Investigators were at "
            "the scene.")
    ev = events_of(text, "2025-04-25")
    assert [(e.event_type, e.location.name) for e in ev] == [("remote_explosive", "Balashikha")], \
        [(e.event_type, e.location and e.location.name, e.rules) for e in ev]
    assert ev[0].fatalities and ev[0].fatalities.best == 1
