"""Weapon and casualty counts, one phenomenon each, on invented sentences (places, numbers and
wording made up for the test): which number counts which weapon or outcome, and how counts of one
incident come together."""
from __future__ import annotations

import pytest

from helpers_extract import run
from sitrep.extract.weapons import extract_weapons, fold_generic
from sitrep.model import Count, Weapon


def counts(text, antecedent=None):
    """category -> (launched.best, intercepted.best)"""
    return {w.category: (w.launched.best if w.launched else None, w.intercepted.best if w.intercepted else None)
            for w in extract_weapons(text, antecedent=antecedent)}


# ---------------------------------------------------------------- weapons in one sentence
@pytest.mark.parametrize("text, want", [
    # coordinated counts: one number per weapon, in order
    ("Overnight the enemy sent 57 drones and 4 missiles, of which 49 and 3 were downed.",
     {"drone": (57, 49), "missile": (4, 3)}),
    # "N of them" / "N of which" / "of these, N" after the launched count
    ("The enemy fired 28 missiles at the region on Sunday, with 17 of them intercepted.", {"missile": (28, 17)}),
    ("The enemy fired 28 missiles at the region on Sunday, 17 of which were intercepted.", {"missile": (28, 17)}),
    ("The enemy fired 28 missiles at the region on Sunday; of these, 17 were destroyed.", {"missile": (28, 17)}),
    # the total after the noun
    ("Air defence crews shot down 19 incoming cruise missiles out of a total of 22.", {"cruise_missile": (22, 19)}),
    ("Mobile fire groups destroyed 33 drones out of 36.", {"drone": (36, 33)}),
    # the total first, the interception count after a comma
    ("Of the 61 attack drones launched overnight, 52 were shot down over five regions.", {"drone": (61, 52)}),
    ("Of the 61 drones, 52 were neutralised.", {"drone": (61, 52)}),
])
def test_interception_counts_by_reference(text, want):
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "Eleven missiles were not intercepted and struck the port.",
    "Six drones were not shot down, the command said.",
])
def test_counts_that_got_through_are_not_intercepted(text):
    assert all(i is None for _l, i in counts(text).values())


def test_a_number_counting_attacks_is_not_a_weapon_count():
    # "three attacks" counts the attacks, not the cruise missiles they used
    assert counts("All three attacks used high-precision cruise missiles, officials said.") == {"cruise_missile": (None, None)}
    assert counts("Two waves were launched with drones.")["drone"] == (None, None)


def test_one_number_for_several_weapons_is_not_guessed():
    # "35 of them" after drones and missiles: which ones is not said
    assert counts("The enemy fired 40 drones and 3 missiles; 35 of them were shot down.") == {"drone": (40, None), "missile": (3, None)}


def test_follow_up_sentence_counts_the_weapons_of_the_sentence_before():
    got = counts("Air defence units shot down 71 of them.", antecedent="Russia sent 84 Shahed drones over the country overnight.")
    assert got == {"drone": (None, 71)}
    # nothing to refer to, or several weapons: nothing
    assert counts("Air defence units shot down 71 of them.", antecedent="The governor spoke on Monday.") == {}
    assert counts("Three of them hit a school.", antecedent="Russia sent 84 Shahed drones overnight.") == {}


def test_generic_missiles_are_the_one_named_kind():
    # "destroyed ... two missiles" after "four Iskander-M missiles": the same ballistic missiles
    got = extract_weapons("The army fired 48 drones and four Iskander-M missiles; air defence destroyed 41 drones and two missiles.")
    assert [(w.category, w.launched.best, w.intercepted.best) for w in got] == [("drone", 48, 41), ("ballistic_missile", 4, 2)]


def test_generic_missiles_stay_when_two_kinds_are_named_or_counts_differ():
    two_kinds = [Weapon(category="missile", launched=Count(best=9)), Weapon(category="cruise_missile"), Weapon(category="ballistic_missile")]
    assert [w.category for w in fold_generic(two_kinds)] == ["missile", "cruise_missile", "ballistic_missile"]
    got = extract_weapons("Russia fired 17 missiles, including 10 cruise missiles, and 30 drones.")
    assert {(w.category, w.launched.best) for w in got} == {("missile", 17), ("cruise_missile", 10), ("drone", 30)}


# ---------------------------------------------------------------- weapons over a report
def test_follow_up_interception_sentence_carries_the_count():
    evs = run("Overnight, Russian forces attacked Ukraine with 84 Shahed drones. Air defence units shot down 71 of them, "
              "the air force said.", "2025-05-06")
    inter = [e for e in evs if e.event_type == "interception"]
    assert inter and any(w.category == "drone" and w.intercepted and w.intercepted.best == 71 for w in inter[0].weapons)
    wave = [e for e in evs if e.event_type == "air_drone_strike"]
    assert wave and wave[0].weapons[0].launched.best == 84


def test_missiles_in_an_interception_report_take_the_named_kind():
    evs = run("Ukraine's air force said it shot down 37 of 45 Russian missiles on Wednesday. "
              "Most of the cruise missiles were intercepted before they reached their targets, it said.", "2025-05-08")
    inter = [e for e in evs if e.event_type == "interception"][0]
    assert [(w.category, w.intercepted.best) for w in inter.weapons if w.intercepted] == [("cruise_missile", 37)]


# ---------------------------------------------------------------- casualties
from sitrep.extract.casualties import extract_casualties  # noqa: E402
from sitrep.extract.places import find_places  # noqa: E402
from sitrep.nlp.numbers import find_numbers  # noqa: E402


def outcome(text):
    c = extract_casualties(text)
    return (c.fatalities.best if c.fatalities else None, c.injured.best if c.injured else None)


@pytest.mark.parametrize("text, want", [
    # coordinated single victims: one each
    ("A 63-year-old man and a 59-year-old woman were killed in the strike.", (2, None)),
    ("The bodies of a 71-year-old and a 48-year-old woman were pulled from the rubble.", (2, None)),
    ("The drone hit a minibus, killing a man and his wife.", (2, None)),
    ("The shelling killed a man, a woman and their 9-year-old son, and injured five others.", (3, 5)),
    ("A woman was killed, a man was injured.", (1, 1)),
    # the toll phrased as a number that rose
    ("The number of injured has risen to 31.", (None, 31)),
    # a four-digit count that is the subject of the outcome verb is no year
    ("Three people were killed and 1400 were injured.", (3, 1400)),
])
def test_casualty_counts(text, want):
    assert outcome(text) == want


@pytest.mark.parametrize("text, want", [
    ("Since the start of the full-scale war, 812 civilians have been killed in the region.", (None, None)),
    ("More than 812 civilians have been killed in the region since February 24, 2022.", (None, None)),
    # the incident count stays; the running total after 'bringing' does not replace it
    ("A guided bomb killed four people in the town, bringing the number of civilians killed there since the start "
     "of the invasion to 812.", (4, None)),
])
def test_running_totals_for_the_whole_war_are_not_incident_counts(text, want):
    assert outcome(text) == want


def test_a_year_stays_a_year_next_to_an_outcome():
    assert [n.value for n in find_numbers("In 2024, 4 people were killed there.")] == [4]


def test_region_total_does_not_replace_the_town_count():
    evs = run("Russian forces shelled Balakliia in Kharkiv Oblast on Thursday, the regional governor said. "
              "The bodies of a 70-year-old man and a 66-year-old woman were recovered from the rubble of a house destroyed "
              "by the attack. Five people have been confirmed killed in the oblast, and the search operation is ongoing.", "2025-05-09")
    town = [e for e in evs if e.location and e.location.precision <= 2]
    assert town and town[0].fatalities.best == 2


# ---------------------------------------------------------------- launch sites are not places hit
@pytest.mark.parametrize("text, origins", [
    ("Overnight the enemy attacked with 58 Shahed drones launched from the directions of Kursk, Bryansk and Millerovo.",
     {"Kursk", "Bryansk", "Millerovo"}),
    ("The drones were launched from Millerovo and Kursk in Russia.", {"Millerovo", "Kursk", "Russia"}),
])
def test_launch_sites_are_origins(text, origins):
    got = {p.text for p in find_places(text) if p.role == "origin"}
    assert origins <= got


def test_launch_sites_do_not_multiply_the_wave():
    evs = run("Overnight, Russian forces attacked Ukraine with 58 Shahed drones launched from the directions of Kursk, "
              "Bryansk and Millerovo. Air defence units shot down 47 of them, the air force said.", "2025-05-09")
    launched = [w.launched.best for e in evs for w in e.weapons if w.launched]
    assert launched == [58]
    inter = [e for e in evs if e.event_type == "interception"]
    assert inter and inter[0].location.country_code == "UA"
    assert [w.intercepted.best for w in inter[0].weapons if w.intercepted] == [47]


# ---------------------------------------------------------------- counts listed place by place
from sitrep.extract.weapons import counts_per_place  # noqa: E402

BY_REGION = ("Russia's defence ministry said on Tuesday that air defence units intercepted and destroyed 12 Ukrainian drones "
             "over the Voronezh region, five over the Lipetsk region and one drone each over the Tula, Oryol, Smolensk regions "
             "and Crimea.")


def test_each_region_takes_its_own_count():
    evs = run(BY_REGION, "2025-06-03")
    got = {e.location.name: [w.intercepted.best for w in e.weapons if w.intercepted] for e in evs if e.event_type == "interception"}
    assert got == {"Voronezh": [12], "Lipetsk": [5], "Tula": [1], "Oryol": [1], "Smolensk": [1], "Crimea": [1]}


def test_a_stated_total_stays_with_the_country():
    evs = run("The ministry said 40 drones were downed overnight: 17 were shot down over the Rostov region, "
              "nine over the Kursk region and six over the Bryansk region.", "2025-06-03")
    got = sorted(((e.location.precision if e.location else None), w.intercepted.best) for e in evs for w in e.weapons if w.intercepted)
    assert got == [(3, 6), (3, 9), (3, 17), (4, 40)]


@pytest.mark.parametrize("text", [
    "Drones attacked Kharkiv and Sumy overnight, killing two people.",
    "Air defence destroyed 30 drones over the Kharkiv and Sumy regions.",  # one count for both: not split
])
def test_no_split_without_counts_of_their_own(text):
    spans = [(p.start, p.end) for p in find_places(text) if p.role == "incident" and p.kind != "country"]
    assert counts_per_place(text, spans, extract_weapons(text)) is None


def test_clock_time_is_not_a_place():
    assert [p.text for p in find_places("The drones were downed between 11 p.m. and 7 a.m. Moscow time.")] == []


# ---------------------------------------------------------------- more interception phrasing
@pytest.mark.parametrize("text, want", [
    # "all of" distributes over the coordinated list: each weapon launched and downed
    ("Kyiv said on Monday that it destroyed all of the 24 missiles and eleven drones launched by Russia overnight.",
     {"missile": (24, 24), "drone": (11, 11)}),
    ("Air defence shot down all 12 drones.", {"drone": (12, 12)}),
    # a nominal interception: "the destruction of N drones"
    ("As of 08:00, the destruction of 51 attack drones has been confirmed over six regions.", {"drone": (None, 51)}),
    # what got through is neither launched (when the launch is counted) nor downed
    ("Russia launched four ballistic missiles; the two missiles that were not destroyed hit Odesa.", {"ballistic_missile": (4, None)}),
    ("Russia launched six Kalibr missiles; four missiles hit their targets.", {"cruise_missile": (6, None)}),
    # ... and alone it is what was launched at that place
    ("Two missiles hit their targets in the city.", {"missile": (2, None)}),
])
def test_more_interception_phrasing(text, want):
    assert counts(text) == want


def test_nominal_interception_is_an_interception_event():
    evs = run("As of 09:00, the destruction of 51 attack drones has been confirmed in the Poltava, Sumy, Kharkiv "
              "and Chernihiv regions, the air force said.", "2025-06-03")
    assert {e.event_type for e in evs} == {"interception"}


def test_each_count_carries_over_a_republic():
    text = ("Air defence units destroyed nine drones over the Kursk region, three over the Bryansk region and one drone "
            "each over the Oryol region and the republic of Crimea.")
    spans = [(p.start, p.end) for p in find_places(text) if p.role == "incident" and p.kind != "country"]
    got = counts_per_place(text, spans, extract_weapons(text))
    assert [[w.intercepted.best for w in ws] for ws in got] == [[9], [3], [1], [1]]


@pytest.mark.parametrize("text", [
    "A Russian drone struck a fuel depot in Bila Tserkva overnight. Residents were not hurt, the governor said.",
    "A shell hit a shop in Nikopol on Friday; the staff escaped unharmed.",
])
def test_no_one_hurt_phrasings_are_zero(text):
    assert outcome(text) == (0, 0)


@pytest.mark.parametrize("text, want", [
    # victims listed in parts add up; an "including" aside is part of the whole, not added
    ("Two adults and a child were killed in the strike.", (3, None)),
    ("Two adults and three children were injured.", (None, 5)),
    ("The shelling killed three soldiers and a civilian.", (4, None)),
    ("Three people, including two children, were killed.", (3, None)),
    ("Two men and two women were wounded, and a child was killed.", (1, 4)),
    ("Eleven people were taken to hospital after the blast.", (None, 11)),
])
def test_victims_listed_in_parts(text, want):
    assert outcome(text) == want


# ---------------------------------------------------------------- parts and kinds of a count
@pytest.mark.parametrize("text, want", [
    # "N <kind> and M other <generic>": the generic total is N + M
    ("Overnight our defenders shot down FOUR Kinzhal missiles and 10 other missiles, the minister said.",
     {"ballistic_missile": (None, 4), "missile": (None, 14)}),
    ("Russia launched five Shahed drones and 20 other drones.", {"drone": (25, None)}),
    # hypersonic missiles of this war are the aeroballistic kind
    ("Ukraine said it had downed six Russian hypersonic missiles overnight.", {"ballistic_missile": (None, 6)}),
])
def test_parts_and_kinds(text, want):
    assert counts(text) == want


def test_russian_air_defence_intercepts_over_russia():
    from sitrep.extract.actors import find_actors
    assert [a.side for a in find_actors("Russian air defence forces downed 23 Ukrainian drones")] == ["RU", "UA"]
    evs = run("Russian air defence forces downed 23 Ukrainian drones over several regions overnight, the defence ministry said.", "2025-06-03")
    assert [(e.event_type, e.actor1_side, e.location.country_code) for e in evs] == [("interception", "RU", "RU")]


def test_attack_by_names_the_attacker_not_the_interceptor():
    evs = run("Ukrainian air defence repelled a massive attack by Russian drones overnight, the air force said.", "2025-06-03")
    assert [(e.event_type, e.actor1_side, e.actor2_side) for e in evs] == [("interception", "UA", "RU")]
    evs = run("An apartment block in Odesa was hit in an attack by Russian drones overnight.", "2025-06-03")
    assert [e.actor1_side for e in evs] == ["RU"]


# ---------------------------------------------------------------- counts in the sentence after an incident
WAVE = "Russia attacked Ukraine with 40 Shahed drones overnight, the air force said. "


@pytest.mark.parametrize("follow, want_place, want_wave", [
    ("Two people were injured.", 2, None),
    ("There were no casualties, he added.", 0, None),
    ("Across the country, nine people were injured.", None, 9),  # said to be nationwide: the wave's
])
def test_counts_after_a_placed_incident_are_its_own(follow, want_place, want_wave):
    evs = run(WAVE + "A drone hit a warehouse in Bila Tserkva, the governor said. " + follow, "2025-06-03")
    place = [e for e in evs if e.location and e.location.name == "Bila Tserkva"][0]
    wave = [e for e in evs if e.location and e.location.precision == 4][0]
    assert (place.injured.best if place.injured else None) == want_place
    assert (wave.injured.best if wave.injured else None) == want_wave


@pytest.mark.parametrize("text, named, place", [
    ("Windows were broken in the House of Moscow in Sevastopol.", "Moscow", "Sevastopol"),
    ("A drone hit a house on Kyiv Street in Sumy.", "Kyiv", "Sumy"),
    ("Debris fell near the Moscow Hotel in Kharkiv.", "Moscow", "Kharkiv"),
])
def test_buildings_and_streets_named_after_a_place_are_not_the_place(text, named, place):
    roles = {p.text: p.role for p in find_places(text)}
    assert roles.get(named) in (None, "reference") and roles[place] == "incident"


def test_a_no_harm_sentence_reaches_the_incident_despite_a_building_named_for_a_city():
    evs = run("Ukrainian sea drones attacked Sevastopol on Wednesday, the city's governor said. Debris of downed drones broke "
              "windows in the House of Moscow. People were not hurt, the governor said.", "2025-06-04")
    sev = [e for e in evs if e.location and e.location.name == "Sevastopol"]
    assert sev and (sev[0].fatalities.best, sev[0].injured.best) == (0, 0)
    assert not [e for e in evs if e.location and e.location.name == "Moscow"]


# ---------------------------------------------------------------- an air force morning report
AIR_FORCE_REPORT = ("On the night of June 4, the enemy attacked with 112 Shahed-type attack UAVs and decoy drones from the "
                    "directions of Kursk, Oryol, Millerovo and Chauda in Crimea. As of 08:30, 86 enemy UAVs were shot down or "
                    "suppressed in the north, south and east of the country. Hits by 6 drones were recorded at 4 locations.")


def test_air_force_report_has_one_wave_and_its_interception_in_ukraine():
    evs = run(AIR_FORCE_REPORT, "2025-06-04")
    wave = [e for e in evs if e.event_type == "air_drone_strike" and e.parent_id is None]
    assert len(wave) == 1 and wave[0].location.country_code == "UA"
    assert [w.launched.best for w in wave[0].weapons if w.launched] == [112]  # not the 6 hits
    inter = [e for e in evs if e.event_type == "interception"]
    assert [(e.location.country_code, e.actor1_side) for e in inter] == [("UA", "UA")]
    assert [w.intercepted.best for w in inter[0].weapons] == [86]


def test_hits_by_n_drones_is_no_launch_count():
    assert counts("Hits by 6 drones were recorded at 4 locations.") == {"drone": (None, None)}


@pytest.mark.parametrize("text, etype", [
    ("Overnight 26 Ukrainian drones were destroyed over the Bryansk region, the Russian defence ministry said.", "interception"),
    ("A fuel depot was destroyed over the weekend by a drone strike in Bryansk.", "air_drone_strike"),
])
def test_drones_were_destroyed_is_an_interception(text, etype):
    assert [e.event_type for e in run(text, "2025-06-04")] == [etype]


@pytest.mark.parametrize("text, want", [
    # a relative clause "of which ..." is its own clause: the launch verb before it does not govern it
    ("Russia used 110 missiles and 95 drones in the attack, of which 104 missiles and 88 drones were destroyed.",
     {"missile": (110, 104), "drone": (95, 88)}),
    # a bare number downed after the one counted launch
    ("The enemy launched over 100 drones overnight, the air force said, adding that 78 were destroyed.", {"drone": (100, 78)}),
    ("Russia launched 40 drones at Odesa; three houses were destroyed.", {"drone": (40, None)}),
    ("Russia launched 40 drones at Odesa; 3 were not shot down.", {"drone": (40, None)}),
])
def test_downed_counts_after_the_launch(text, want):
    assert counts(text) == want


# ---------------------------------------------------------------- nationwide counts with places listed
def test_nationwide_count_with_places_listed_stays_with_the_wave():
    evs = run("Russia launched 30 missiles at Ukraine overnight. At least seven people were injured in the Russian attack on "
              "Ukrainian cities nationwide, with explosions heard in Kyiv, Lviv, Poltava and Rivne oblasts.", "2025-06-05")
    wave = [e for e in evs if e.location.precision == 4]
    assert len(wave) == 1 and wave[0].injured.best == 7
    assert all(e.injured is None for e in evs if e.location.precision < 4)


def test_count_for_two_places_is_not_nationwide():
    evs = run("Russian drones hit Kharkiv and Sumy overnight, injuring five people.", "2025-06-05")
    assert [e.injured.best if e.injured else None for e in evs] == [5, None]


def test_scrambled_aircraft_are_not_the_weapon_of_the_wave():
    evs = run("Poland scrambled its combat aircraft during another massive Russian attack on Ukraine, Poland's military said on "
              "Thursday. Ukraine's air force said Russia launched 26 missiles of various types at Ukraine on Thursday, "
              "with 13 of them destroyed.", "2025-06-05")
    waves = [e for e in evs if any(w.launched for w in e.weapons)]
    assert waves and all(e.event_type == "missile_artillery_strike" for e in waves)


def test_scrambled_jets_are_no_weapon():
    assert counts("Poland scrambled its combat aircraft during the attack.") == {}
    assert counts("Warplanes fired six missiles at the village.") == {"aircraft": (None, None), "missile": (6, None)}


@pytest.mark.parametrize("text, want", [
    ("Two people were killed and another was injured.", (2, 1)),
    ("One man died; one more was hurt.", (1, 1)),
])
def test_another_is_one_more(text, want):
    assert outcome(text) == want


@pytest.mark.parametrize("text, expected", [
    ("Air defences shot down 50 Geran-2 drones and two Kh-59/69 guided missiles.",
     [("drone", "Shahed-136", None, 50), ("cruise_missile", "Kh-59", None, 2)]),
    ("A Lancet loitering munition hit a Ukrainian howitzer.", [("drone", "Lancet", 1, None)]),  # one weapon told with "a" counts one
    ("The enemy attacked with 120 jet-powered Shahed drones.", [("drone", "Shahed-136", 120, None)]),
    ("Ukrainian drones destroyed two Russian Grad launchers.", [("drone", None, None, None)]),
])
def test_weapons_hit_and_weapon_variants(text, expected):
    # a model pair "Kh-59/69" is one weapon (69 is no count); a howitzer or launcher that was hit is the
    # target; "jet-powered Shahed drones" are drones, not aircraft
    from sitrep.extract.weapons import extract_weapons
    got = [(w.category, w.model, w.launched and w.launched.best, w.intercepted and w.intercepted.best)
           for w in extract_weapons(text)]
    assert got == expected


def test_drones_lost_to_electronic_warfare_are_no_launch_count():
    from sitrep.extract.weapons import extract_weapons
    ws = extract_weapons("Air defence neutralised 4 missiles and 98 drones; another 35 drones were locally lost "
                         "due to electronic warfare.")
    assert all(w.launched is None for w in ws), [(w.category, w.launched) for w in ws]


def test_air_attack_means_are_the_weapons_not_an_air_strike():
    from helpers_extract import run as events_of
    ev = events_of("On the night of March 12, the enemy attacked Ukraine with 146 air attack means: 6 Iskander-M "
                   "ballistic missiles from the Kursk region and 140 Shahed drones from Oryol and Millerovo, the Air "
                   "Force said.", "2025-03-12")
    assert len(ev) == 1 and ev[0].actor1_side == "RU" and ev[0].location.country_code == "UA", \
        [(e.event_type, e.actor1_side, e.location) for e in ev]


def test_one_count_over_several_regions_is_the_countrys():
    # ANNOTATION 3: the total goes to a country-level interception; regions merely listed carry no count
    from helpers_extract import run as events_of
    ev = events_of("Russian air defences shot down 23 Ukrainian drones over the Belgorod and Kursk regions overnight, "
                   "the Defence Ministry said.", "2025-03-12")
    counted = [(e.location.precision, w.intercepted.best) for e in ev for w in e.weapons if w.intercepted]
    assert counted == [(4, 23)], [(e.location.name, e.location.precision, e.weapons) for e in ev]
    assert {e.location.name for e in ev if e.location.precision == 3} == {"Belgorod", "Kursk"}


def test_counts_of_their_own_stay_with_their_places():
    from helpers_extract import run as events_of
    ev = events_of("One drone was downed over the Moscow region, while several others were destroyed over the "
                   "Kaluga region, the ministry said.", "2025-03-12")
    assert all(e.location.precision < 4 for e in ev), [(e.location.name, e.location.precision) for e in ev]


def test_launch_sites_are_not_targets_and_the_defender_is_the_attacked():
    # "launched ... from the directions of Bryansk, Kursk and Oryol; air defences shot down 108 of them":
    # one wave by Russia on Ukraine and one interception by Ukraine, both in Ukraine, counts not repeated
    from helpers_extract import run as events_of
    ev = events_of("Russia launched 120 drones from the directions of Bryansk, Kursk and Oryol overnight; air "
                   "defences shot down 108 of them, the Air Force said.", "2025-03-12")
    got = sorted((e.event_type, e.actor1_side, e.location.country_code) for e in ev)
    assert got == [("air_drone_strike", "RU", "UA"), ("interception", "UA", "UA")], got


@pytest.mark.parametrize("text, first, last, n", [
    ("Russia launched 1,500 drones at Ukraine in the past week, the president said.", "2025-11-06", "2025-11-12", 1500),
    ("In October alone, Russia fired more than 2,000 drones at Ukraine, officials said.", "2025-10-01", "2025-10-31", 2000),
])
def test_a_large_total_of_one_recent_week_or_month_is_an_aggregate(text, first, last, n):
    from helpers_extract import run as events_of
    ev = events_of(text, "2025-11-12")
    assert ev and ev[0].is_aggregate and (str(ev[0].date), str(ev[0].date_end)) == (first, last)
    assert [w.launched.best for w in ev[0].weapons if w.launched] == [n]


def test_a_war_long_tally_stays_no_event():
    from helpers_extract import run as events_of
    assert events_of("Since the start of the war, Russia has launched 12,000 missiles at Ukraine.", "2025-11-12") == []


def test_a_total_including_one_regions_count_splits():
    from helpers_extract import run as events_of
    ev = events_of("Russia's Defence Ministry said it downed 47 Ukrainian drones overnight, including 12 over the "
                   "Saratov region.", "2025-03-18")
    got = sorted((e.location.precision, w.intercepted.best) for e in ev for w in e.weapons if w.intercepted)
    assert got == [(3, 12), (4, 47)], got


def test_a_defender_that_names_no_country_defends_where_the_weapons_came_down():
    from helpers_extract import run as events_of
    ev = events_of("Russia's defence ministry said its air defence units had destroyed 14 Ukrainian drones over the "
                   "Belgorod and Kursk regions overnight.", "2025-03-11")
    assert ev and {(e.actor1_side, e.actor2_side) for e in ev} == {("RU", "UA")}, [(e.location.name, e.actor1_side) for e in ev]


def test_kyiv_in_a_report_that_names_the_dpr_stays_kyiv():
    from sitrep.extract import places as P
    text = "Drone hits Belgorod region; Kyiv silent\n\nUkrainian forces shelled DPR positions near Horlivka, the militia said."
    kyiv = [p for p in P.find_places(text) if p.text == "Kyiv"]
    assert kyiv and kyiv[0].location.name == "Kyiv", [(p.text, p.location.name) for p in P.find_places(text)]


@pytest.mark.parametrize("text", [
    "Russian drones hit a garage in Kharkiv overnight, a fire broke out. No casualties.",
    "Russian drones hit a garage in Kharkiv overnight. No one was hurt.",
    "Russian drones hit a garage in Kharkiv overnight. There were no casualties, the mayor said.",
])
def test_no_casualties_in_the_next_sentence_is_the_incidents_outcome(text):
    # ANNOTATION 7: "No one was hurt" => fatalities 0 and injured 0
    from helpers_extract import run as events_of
    ev = events_of(text, "2025-03-14")
    assert len(ev) == 1 and ev[0].fatalities and ev[0].fatalities.best == 0 and ev[0].injured and ev[0].injured.best == 0


def test_weapons_sent_towards_a_country_are_a_wave():
    from helpers_extract import run as events_of
    ev = events_of("According to the air force, Russia sent 42 missiles and 290 drones towards Ukraine overnight.", "2024-11-17")
    assert ev and ev[0].event_type == "missile_artillery_strike" and ev[0].location.country_code == "UA"
    assert sorted((w.category, w.launched.best) for w in ev[0].weapons if w.launched) == [("drone", 290), ("missile", 42)]


def test_downed_n_out_of_a_total_states_the_wave():
    from helpers_extract import run as events_of
    ev = events_of("The commander said air defences shot down 30 cruise missiles out of a total of 34 overnight.", "2024-11-17")
    got = sorted((e.event_type, [(w.launched and w.launched.best, w.intercepted and w.intercepted.best) for w in e.weapons]) for e in ev)
    assert got == [("interception", [(None, 30)]), ("missile_artillery_strike", [(34, None)])], got


def test_a_local_attack_with_its_interception_is_two_events_in_the_city():
    from helpers_extract import run as events_of
    ev = events_of("Russia launched 30 drones at Odesa overnight, 25 of which were shot down.", "2025-03-18")
    got = sorted((e.event_type, e.actor1_side, e.location.name,
                  [(w.launched and w.launched.best, w.intercepted and w.intercepted.best) for w in e.weapons]) for e in ev)
    assert got == [("air_drone_strike", "RU", "Odesa", [(30, None)]), ("interception", "UA", "Odesa", [(None, 25)])], got


def test_the_defender_of_a_launch_told_before_is_the_attacked():
    from helpers_extract import run as events_of
    ev = events_of("Russia launched 70 drones overnight; air defences shot down 60 of them over the Kyiv, Sumy and "
                   "Poltava regions.", "2025-03-18")
    assert ev and {e.actor1_side for e in ev if e.event_type == "interception"} == {"UA"}


@pytest.mark.parametrize("text, n", [
    ("There were reports of civilian casualties, injuries to an 8-year-old and two women in Poltava.", 3),
    ("The attack caused injuries to five people, the governor said.", 5),
    ("The strike caused injuries to a man, a woman and three children.", 5),
])
def test_injuries_to_a_list_of_people_count_them(text, n):
    from sitrep.extract.casualties import extract_casualties
    assert extract_casualties(text).injured.best == n


def test_injuries_to_a_body_part_count_nobody():
    from sitrep.extract.casualties import extract_casualties
    assert extract_casualties("He suffered injuries to his legs.").injured is None


def test_a_count_in_the_next_sentence_completes_the_incident():
    from helpers_extract import run as events_of
    ev = events_of("In Dnipro, where a Russian missile hit a nine-storey building, 12 people died. 64 people were injured.",
                   "2023-01-15")
    assert [(e.fatalities.best, e.injured.best) for e in ev] == [(12, 64)]


def test_a_count_with_its_own_place_is_not_the_previous_incidents():
    from helpers_extract import run as events_of
    ev = events_of("Russian drones hit Odesa overnight. In Izmail, three people were injured.", "2023-01-15")
    odesa = [e for e in ev if e.location.name == "Odesa"]
    assert odesa and odesa[0].injured is None


def test_shares_weeks_and_all_of_a_named_kind():
    from helpers_extract import run
    ev = run("Ukraine's air defences destroyed two-thirds of the 90 drones launched overnight.", "2025-09-07")
    inter = [e for e in ev if e.event_type == "interception"][0]
    assert inter.weapons[0].intercepted.best == 60 and inter.weapons[0].intercepted.qualifier == "about"
    ev = run("Russia fired 4 Iskander-M missiles and 2 Kh-59 missiles at Ukraine; all of the Kh-59s were downed.", "2025-09-07")
    inter = [e for e in ev if e.event_type == "interception"][0]
    assert [(w.model, w.intercepted.best) for w in inter.weapons] == [("Kh-59", 2)]
    ev = run("Russia attacked with 1,200 drones in a week, the president said.", "2025-09-07")
    assert ev and ev[0].is_aggregate and ev[0].date_precision == "week" and ev[0].weapons[0].launched.best == 1200
