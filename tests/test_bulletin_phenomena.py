"""Phrasings of daily military bulletins and regional officials' reports (invented text): ground
assaults counted per place, loss tallies that continue the fighting just reported, air defences in the
plural, munitions dropped from drones, trends that are not incidents, and districts that only say where
a village lies (Ukrainian raions and Russian districts named for their towns)."""
import pytest

from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.precision if e.location else None)
            for e in events]


def test_enemy_attacked_n_times_near_places_is_ground_fighting():
    ev = events_of("In the Kupiansk direction, the enemy attacked four times near Petropavlivka and Kruhliakivka.", "2025-02-10")
    assert {e.event_type for e in ev} == {"armed_clash"} and len(ev) == 2, _summary(ev)


def test_loss_tally_after_fighting_is_not_a_second_clash():
    text = ("Units of the Sever group inflicted losses on two mechanised brigades near the settlements of "
            "Vovchansk and Lyptsi in the Kharkiv region, the Russian Defence Ministry said. The enemy lost up to "
            "120 servicemen, three pickup trucks and a howitzer.")
    ev = events_of(text, "2025-02-10")
    assert all(e.location is not None and e.location.precision <= 2 for e in ev), _summary(ev)
    assert "assemble.continues_placed_clash" in ev[0].rules


def test_air_defences_plural_with_auxiliary_is_an_interception():
    text = ("A drone attack set fire to a fuel depot in the Voronezh region early on Monday, the governor said, "
            "adding that air defences had destroyed six drones over the region.")
    ev = events_of(text, "2025-02-10")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and inter[0].location.admin1_code == "RU-VOR", _summary(ev)


def test_explosive_dropped_from_a_drone_is_a_drone_strike():
    ev = events_of("In the town of Shebekino, a drone dropped an explosive device on the yard of a private house, damaging a car.", "2025-02-10")
    assert [e.event_type for e in ev] == ["air_drone_strike"], _summary(ev)
    ev = events_of("An explosive device planted under a car went off in Melitopol on Monday, killing an official.", "2025-02-10")
    assert ev and ev[0].event_type == "remote_explosive", _summary(ev)


@pytest.mark.parametrize("text", [
    "Kyiv has stepped up attacks on Russian energy facilities in recent months, saying they fuel Moscow's war machine.",
    "Russia has intensified its strikes on Ukraine's gas infrastructure over the past weeks.",
])
def test_trend_of_attacks_is_background(text):
    assert events_of(text, "2025-02-10") == []


def test_district_after_a_village_only_says_where_it_is():
    ev = events_of("A Russian drone hit a car near the village of Kivsharivka in the Kupiansk district on Monday, "
                   "killing the driver, the governor said.", "2025-02-10")
    assert len(ev) == 1 and ev[0].location.name == "Kivsharivka", _summary(ev)
    ev = events_of("A Ukrainian drone hit a car near the village of Bessonovka in the Belgorod district on Monday, "
                   "killing the driver, the governor said.", "2025-02-10")
    assert len(ev) == 1 and ev[0].location.name == "Bessonovka", _summary(ev)


@pytest.mark.parametrize("text,districts", [
    ("A drone attack set fire to a fuel depot in the Liskinsky district of the Voronezh region on Monday, the governor said.",
     {"Liskinsky district"}),
    ("Shelling hit the Starodubsky and Klintsovsky districts of the Bryansk region on Monday, the governor said.",
     {"Starodubsky district", "Klintsovsky district"}),
])
def test_russian_district_named_for_its_town_is_placed_near_the_town(text, districts):
    ev = events_of(text, "2025-02-10")
    assert {e.location.name for e in ev} == districts and all(e.location.precision == 2 and e.location.country_code == "RU" for e in ev), _summary(ev)


@pytest.mark.parametrize("text", [
    "Geolocated footage published on April 1 indicates that Russian forces recently advanced in eastern Toretsk.",
    "Russian forces have advanced up to 2 km west of Toretsk, the ministry said.",
])
def test_advances_are_territory_changes(text):
    assert "territory_change" in [e.event_type for e in events_of(text, "2025-04-02")]


def test_running_loss_tally_is_not_an_incident():
    text = ("Russia has lost 1,250 troops over the past day, bringing its total losses since the start of the "
            "full-scale invasion to about 918,000, Ukraine's General Staff said on Wednesday.")
    assert events_of(text, "2025-04-02") == []


def test_dateline_is_not_part_of_the_claimant():
    ev = events_of("MOSCOW, April 2 (Reuters) - Russia's Defence Ministry said on Wednesday its forces had captured "
                   "the village of Basivka in Ukraine's Sumy region.", "2025-04-02")
    claimants = {c.claimant for e in ev for c in e.claims}
    assert "Russia's Defence Ministry" in claimants and not any("Reuters" in (c or "") for c in claimants), claimants


def test_the_village_is_the_village_named_before():
    text = ("Russia's Defence Ministry said its forces had captured the village of Basivka in Ukraine's Sumy region, "
            "near the border with Russia's Kursk region. Ukraine's border guard service said the claim was false and "
            "that fighting for the village was ongoing.")
    ev = events_of(text, "2025-04-02")
    assert ev and all(e.location is not None and e.location.admin1_code == "UA-59" for e in ev), _summary(ev)


def test_city_district_without_its_city_is_the_district_of_the_city_named_before():
    text = ("KHARKIV, April 2 - Russian forces struck Kharkiv with two guided aerial bombs on Wednesday, injuring "
            "three people, the mayor said. One bomb hit an industrial enterprise, the other landed near a "
            "residential building in the Kyivskyi district.")
    ev = events_of(text, "2025-04-02")
    assert ev and all(e.location.admin1_code == "UA-63" for e in ev), _summary(ev)


@pytest.mark.parametrize("text", [
    "Russian forces attacked in Zaporizhzhia and Dnipropetrovsk oblasts, including east of Huliaipole near "
    "Dobropillia and toward Ternuvate, on March 3.",
    "Russian troops attacked in northern Kharkiv Oblast near Tykhe and Vovchansk on March 3.",
])
def test_forces_attacking_in_regions_are_ground_assaults(text):
    # the forces attack on the ground "in X and Y oblasts, including near ...": clashes, not shelling
    ev = events_of(text, "2025-03-04")
    assert ev and {e.event_type for e in ev} == {"armed_clash"}, _summary(ev)


@pytest.mark.parametrize("text, places, not_places", [
    ("Geolocated footage published on March 2 shows Ukrainian forces striking Russian forces northwest of "
     "Zvanivka (east of Sloviansk).", {"Zvanivka"}, {"Slovyansk", "Sloviansk"}),
    ("Russian forces attacked north of Kharkiv City toward Kozacha Lopan and northeast of Kharkiv City near "
     "Vovchansk on March 3.", {"Kozacha Lopan", "Vovchansk"}, {"Kharkiv"}),
    ("Ukrainian troops repelled an assault southwest of Pokrovsk near Udachne on March 3.", {"Udachne"}, {"Pokrovsk"}),
])
def test_direction_from_a_town_toward_another_place_locates_only_that_place(text, places, not_places):
    # "(east of Sloviansk)" after a place, "north of Kharkiv City toward X": the town only says where X lies
    ev = events_of(text, "2025-03-04")
    names = {e.location.name for e in ev if e.location}
    assert places <= names and not (names & not_places), _summary(ev)


def test_direction_from_a_town_alone_is_near_that_town():
    ev = events_of("Russian forces attacked southwest of Pokrovsk on March 3.", "2025-03-04")
    assert [(e.location.name, e.location.precision) for e in ev] == [("Pokrovsk", 2)], _summary(ev)


@pytest.mark.parametrize("text", [
    "In the Lyman direction, there were four attacks near Zarichne and Torske.",
    "Ukrainian defenders repelled 12 enemy attacks near Bilohorivka over the past day.",
])
def test_counted_attacks_near_places_in_a_bulletin_are_ground_fighting(text):
    ev = events_of(text, "2025-03-05")
    assert ev and {e.event_type for e in ev} == {"armed_clash"}, _summary(ev)


def test_counted_air_attacks_stay_strikes():
    ev = events_of("Russian forces carried out four drone attacks near Zarichne, damaging two houses.", "2025-03-05")
    assert ev and {e.event_type for e in ev} <= {"air_drone_strike"}, _summary(ev)


def test_ground_fighting_from_a_town_is_near_that_town():
    ev = events_of("Ukrainian troops fired on Russian positions from Vovchansk.", "2025-11-12")
    assert [(e.event_type, e.location.name, e.location.precision) for e in ev] == [("armed_clash", "Vovchansk", 2)], _summary(ev)


def test_a_while_clause_with_its_own_strike_is_its_own_event():
    from helpers_extract import run
    text = ("Russia launched 80 drones and six missiles overnight, the air force said. Of these, 61 drones and four missiles "
            "were shot down. Fifteen drones vanished from radar, while two missiles struck an energy facility in the Lviv region, "
            "the governor said.")
    ev = run(text, "2025-03-09")
    lviv = [e for e in ev if e.location and e.location.admin1_code == "UA-46"]
    assert lviv and lviv[0].event_type == "missile_artillery_strike", [(e.event_type, e.location) for e in ev]
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and all(w.launched is None for w in inter[0].weapons), [(w.category, w.launched, w.intercepted) for w in inter[0].weapons]


def test_a_while_clause_of_weapons_destroyed_stays_with_its_sentence():
    from helpers_extract import run
    ev = run("Air defences shot down 20 drones over the Bryansk region, while several others had been destroyed over "
             "the neighbouring Kaluga region, the ministry said.", "2025-05-07")
    assert all(e.event_type == "interception" for e in ev), [(e.event_type, e.location) for e in ev]


def test_ministry_idiom_destroyed_servicemen_counts_the_dead_and_the_agent_is_the_subject():
    from helpers_extract import run as _run
    ev = _run("Russian forces destroyed up to 50 Ukrainian servicemen and two howitzers near Mykolaiv, the Russian Defence Ministry said.", "2023-02-10")
    assert len(ev) == 1
    e = ev[0]
    assert e.actor1_side == "RU" and e.fatalities.best == 50 and e.fatalities.qualifier == "at_most"
    assert all(w.intercepted is None for w in e.weapons), "howitzers destroyed on the ground are no interception"
    ev = _run("Russian forces eliminated more than 90 Ukrainian troops and foreign mercenaries in the Mykolaiv region, the ministry said.", "2023-02-10")
    assert [(e.fatalities.best, e.actor1_side) for e in ev] == [(90, "RU")]
    ev = _run("Ukrainian forces destroyed three Russian tanks and killed 40 Russian servicemen near Bakhmut on Friday.", "2023-02-10")
    assert [e.actor1_side for e in ev] == ["UA"]
    ev = _run("Air defence shot down eight HIMARS rockets over the Belgorod region overnight.", "2023-02-10")
    assert [(e.event_type, e.weapons[0].intercepted.best) for e in ev] == [("interception", 8)]


def test_losses_in_a_front_direction_are_fighting_there():
    from helpers_extract import run as _run
    ev = _run("Losses of the Ukrainian forces in the Kupiansk direction amounted to 60 soldiers, the Russian Defence Ministry said.", "2023-02-10")
    assert [(e.event_type, e.location.admin1_code) for e in ev] == [("armed_clash", "UA-63")]
    ev = _run("Over 250 servicemen lost in the Donetsk direction in 24 hours, the ministry said.", "2023-02-10")
    assert [(e.event_type, e.location.admin1_code) for e in ev] == [("armed_clash", "UA-14")]
    assert _run("The company lost 250 customers in the Kharkiv region.", "2023-02-10") == []


def test_translated_ministry_claims_against_units_are_clashes():
    from helpers_extract import run as _run
    ev = _run("Russian forces destroyed more than 90 AFU military and foreign mercenaries in the Mykolaiv region, the ministry said.", "2023-02-10")
    assert [(e.fatalities.best, e.actor1_side) for e in ev] == [(90, "RU")]
    ev = _run("The Russian Armed Forces destroyed a mortar crew of the Armed Forces of Ukraine in the Kherson direction.", "2023-02-10")
    assert [(e.event_type, e.actor1_side, e.location.admin1_code) for e in ev] == [("armed_clash", "RU", "UA-65")]
    ev = _run("In the south, over the past day, aviation and artillery worked against the enemy 15 times and 250 times, the Southern Defence Forces said.", "2023-02-10")
    assert [e.event_type for e in ev] == ["missile_artillery_strike"]
    assert _run("The team worked on the report in Kyiv.", "2023-02-10") == []


def test_named_russian_grouping_is_the_russian_side():
    from helpers_extract import run as _run
    ev = _run('Grouping "Zapad" of the RF Armed Forces destroyed more than 60 military units of the Armed Forces of Ukraine in the Kupiansk direction.', "2025-06-10")
    assert [e.actor1_side for e in ev] == ["RU"]
