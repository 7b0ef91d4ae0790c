"""Trigger vocabulary, passive incident-log reports, counts and terse headlines (issue 10).

Every sentence here is invented for the test."""
from __future__ import annotations

from helpers_extract import best, of_type, only, run
from sitrep.extract.weapons import extract_weapons
from sitrep.nlp.numbers import find_numbers

STRIKES = ("missile_artillery_strike", "air_drone_strike")


# ---------------------------------------------------------------- ground fighting
def test_repelled_attacks_near_a_village_is_a_clash():
    evs = run("Ukrainian defenders repelled 11 Russian attacks near Novoselivka over the past day, the General Staff said.")
    assert of_type(evs, "armed_clash")


def test_thwarted_breakthrough_attempts_is_a_clash():
    evs = run("The brigade thwarted two breakthrough attempts near Toretsk on Sunday.")
    assert of_type(evs, "armed_clash")


def test_advanced_kilometres_is_a_clash():
    evs = run("Russian units advanced 2 km west of Pokrovsk on Tuesday, a military blogger said.")
    assert of_type(evs, "armed_clash", "territory_change")
    assert not of_type(evs, *STRIKES)


def test_heavy_battles_near_a_town_is_a_clash():
    evs = run("Heavy battles continue near Chasiv Yar, the army spokesman said.")
    assert of_type(evs, "armed_clash")


def test_ousted_the_enemy_from_settlements_is_territory():
    evs = run("Ukrainian forces ousted the enemy from three villages in Kharkiv region on Friday.")
    assert of_type(evs, "territory_change")


def test_destroyed_soldiers_claim_is_an_event():
    evs = run("Russian troops destroyed up to 60 Ukrainian servicemen in the Kupiansk direction in a day, the ministry said.")
    assert evs


def test_foiled_attempt_to_strike_is_not_a_clash():
    evs = run("Air defences foiled an attempt to strike the bridge near Zatoka with a missile, the governor said.")
    assert not of_type(evs, "armed_clash")


# ---------------------------------------------------------------- passive and agentless
def test_incident_log_building_destroyed():
    evs = run("Sumy: Residential building destroyed")
    assert of_type(evs, *STRIKES)


def test_incident_log_school_number_is_no_negation():
    evs = run("Izium: School No. 4 heavily damaged.")
    assert of_type(evs, *STRIKES)


def test_house_damaged_by_drone():
    evs = run("Nikopol: house damaged by drone.")
    assert of_type(evs, "air_drone_strike")


def test_bus_depot_damaged_reportedly_by_artillery():
    evs = run("Kherson: Bus depot damaged, reportedly by artillery.")
    assert of_type(evs, "missile_artillery_strike")


def test_damage_to_a_hospital():
    evs = run("Lyman: Damage to a hospital after overnight shelling.")
    assert of_type(evs, *STRIKES)


def test_brain_damage_is_no_strike():
    evs = run("A toddler was left brain damaged after a hospital error, the court heard.", None)
    assert not of_type(evs, *STRIKES)


# ---------------------------------------------------------------- headlines
def test_headline_strike_kills_three():
    evs = run("Russian strike kills 3 in Kharkiv")
    ev = only(evs, *STRIKES)
    assert best(ev.fatalities) == 3


def test_headline_drone_attack_on_port():
    evs = run("Drone attack on Odesa port")
    assert of_type(evs, "air_drone_strike")


# ---------------------------------------------------------------- counts
def _w(text):
    return {(w.category): (best(w.launched), best(w.intercepted)) for w in extract_weapons(text)}


def test_coordinated_counts():
    assert _w("Russia launched 40 drones and 3 missiles at the south overnight.") == {"drone": (40, None), "missile": (3, None)}


def test_passive_interception_after_the_noun():
    w = _w("The enemy attacked with 62 drones and 4 ballistic missiles, 50 drones were shot down.")
    assert w["drone"] == (62, 50)


def test_of_which_were_downed():
    w = _w("Russia launched 120 drones and seven missiles, of which 100 drones were downed.")
    assert w["drone"] == (120, 100)


def test_n_of_the_m_missiles():
    assert _w("Air defence shot down 18 of the 23 missiles.")["missile"] == (23, 18)


def test_reached_targets_is_not_intercepted():
    assert _w("Twelve missiles reached their targets, the air force said.")["missile"][1] is None


def test_four_digit_count_before_weapon_noun_is_a_count():
    assert _w("Russia fired 1950 drones at Ukraine in a single month.")["drone"] == (1950, None)
    assert [n.value for n in find_numbers("More than 2000 people were evacuated in 2023.")] == [2000]


def test_year_is_not_a_count():
    assert find_numbers("In 2024 drones became the main weapon.") == []
    assert find_numbers("Since 2022 missiles have hit the city.") == []
