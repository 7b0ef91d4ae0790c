"""Phrasings of wire copy and ministry bulletins (invented text, issue 10): an interception that a
follow-up sentence extends ("... were also intercepted"), a bare number downed after a launch count,
equipment a side lost (not weapons used), "units of X" as the agent, a town taken told twice (the lead
and the ministry's quote), forces described by their allegiance, arrests dated by earlier blasts, and
laws signed in a headline's present tense."""
import pytest

from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.actor1_side, e.rules) for e in events]


def test_also_intercepted_joins_the_interception_just_told():
    text = ("Air defence forces shot down 37 Ukrainian drones over the Kursk and Oryol regions overnight, the "
            "ministry in Moscow said. Three guided bombs and four HIMARS rockets were also intercepted.")
    ev = events_of(text, "2025-05-20")
    inter = [e for e in ev if e.event_type == "interception"]
    national = [e for e in inter if e.location is not None and e.location.precision == 4]
    assert len(national) == 1 and national[0].location.country_code == "RU", _summary(ev)
    cats = {w.category for w in national[0].weapons}
    assert {"drone", "guided_bomb", "mlrs"} <= cats, national[0].weapons
    assert all(e.actor1_side == "RU" for e in inter), _summary(ev)
    assert "followup.also_intercepted" in national[0].rules


def test_unrelated_interception_in_a_new_paragraph_stays_its_own():
    text = ("Air defence forces shot down 37 Ukrainian drones over the Kursk region overnight, the ministry said.\n\n"
            "In Odesa, air defence also intercepted two missiles on Monday, the regional governor said.")
    ev = events_of(text, "2025-05-20")
    places = {e.location.name for e in ev if e.event_type == "interception" and e.location}
    assert "Odesa" in places, _summary(ev)


def test_bare_number_downed_counts_the_weapon_launched_before():
    text = "Russia attacked with 112 drones overnight. Air defence shot down 74, while 30 were locationally lost."
    ev = events_of(text, "2025-05-20")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and inter[0].weapons and inter[0].weapons[0].category == "drone", _summary(ev)
    assert inter[0].weapons[0].intercepted.best == 74


def test_bare_number_with_two_weapon_kinds_is_not_guessed():
    text = "Russia attacked with 112 drones and 4 missiles overnight. Air defence shot down 74."
    inter = [e for e in events_of(text, "2025-05-20") if e.event_type == "interception"]
    assert inter and not any(w.intercepted for w in inter[0].weapons)


def test_lost_to_electronic_warfare_is_counted_down():
    ev = events_of("Russia launched 52 drones overnight; 19 were lost to electronic warfare.", "2025-05-20")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and inter[0].weapons and inter[0].weapons[0].intercepted.best == 19, _summary(ev)


@pytest.mark.parametrize("text", [
    "The ministry said the enemy lost up to 310 servicemen, two tanks and five field artillery guns near Siversk over the past day.",
    "Ukraine's losses amounted to 180 troops, a Bradley and three howitzers near Kupiansk on Monday, the Russian military said.",
])
def test_equipment_lost_is_not_a_weapon_used(text):
    ev = events_of(text, "2025-05-20")
    assert ev and not any(w.category == "artillery" for e in ev for w in e.weapons), [(e.event_type, e.weapons) for e in ev]


def test_units_of_a_battlegroup_are_its_side():
    ev = events_of("Units of the Battlegroup South have liberated the settlement of Petrivka, the Russian Defence Ministry said.", "2025-05-20")
    assert ev and ev[0].event_type == "territory_change" and ev[0].actor1_side == "RU", _summary(ev)


@pytest.mark.parametrize("text,side", [
    ("Ukrainian drones struck the positions of units of the Russian army near Tokmak on Monday.", "UA"),
    ("Ukrainian forces destroyed more than 40 units of Russian military equipment and killed 60 Russian servicemen near Tokmak on Monday.", "UA"),
])
def test_units_of_a_side_as_object_or_counted_equipment(text, side):
    ev = events_of(text, "2025-05-20")
    assert ev and ev[0].actor1_side == side, _summary(ev)


def test_town_taken_in_the_lead_and_in_the_quote_is_one_change():
    text = ("Russian troops take village in Donetsk region — ministry\n\n"
            "MOSCOW, May 20. Units of the Battlegroup Center have liberated the settlement of Petrivka in the "
            "Donetsk People's Republic over the past day, the Russian Defence Ministry reported on Tuesday.\n\n"
            "\"Units of the Battlegroup Center liberated the settlement of Petrivka as a result of decisive "
            "actions,\" the ministry said.")
    ev = [e for e in events_of(text, "2025-05-20") if e.event_type == "territory_change"]
    assert len(ev) == 1 and ev[0].actor1_side == "RU", _summary(ev)


@pytest.mark.parametrize("text", [
    "Kyiv has denied staging such raids, saying they were carried out by Russian volunteer units fighting on Ukraine's side.",
    "Foreign mercenaries fighting alongside Russian troops have been sentenced in absentia, prosecutors said.",
    "The raid was carried out by fighters of a unit fighting in the ranks of the Ukrainian army, the report said.",
])
def test_forces_described_by_their_allegiance_are_no_clash(text):
    assert events_of(text, "2025-05-20") == []


def test_fighting_alongside_with_a_death_toll_stays_an_event():
    ev = events_of("Two North Korean soldiers fighting alongside Russian troops were killed near Sudzha on Monday.", "2025-05-20")
    assert ev and ev[0].location is not None and ev[0].location.name == "Sudzha", _summary(ev)


def test_arrests_after_the_blasts_are_arrests_not_strikes():
    text = "The mayor said on Thursday that military police had detained at least 12 residents in Melitopol after the blasts."
    ev = events_of(text, "2025-05-23")
    assert [e.event_type for e in ev] == ["arrest"], _summary(ev)


@pytest.mark.parametrize("text", ["Zelensky signs law on mobilization", "Putin signs decree on autumn conscription"])
def test_a_law_signed_in_a_headline_is_a_policy_decision(text):
    ev = events_of(text + "\n\nThe document was published on the government portal.", "2025-05-20")
    assert ev and ev[0].event_type == "policy_decision", _summary(ev)


def test_a_clause_after_a_semicolon_with_its_own_event_keeps_its_places():
    text = ("Ukraine war latest: Russian drone strike on Sumy bus kills 7; Kyiv, Washington hold talks in Jeddah\n\n"
            "A Russian drone struck a civilian bus near the town of Bilopillia in Sumy Oblast on the morning of "
            "March 18, killing seven passengers, the regional military administration said.")
    ev = events_of(text, "2025-03-18")
    strikes = [e for e in ev if e.event_type in ("air_drone_strike", "missile_artillery_strike")]
    assert len(strikes) == 1 and strikes[0].location.name == "Bilopillia", _summary(ev)
    assert not any(e.location and e.location.country_code == "US" for e in ev), _summary(ev)


def test_headline_city_and_body_village_with_one_toll_are_one_strike():
    text = ("Russian missile strike on Kharkiv region village kills 4\n\n"
            "A Russian missile hit a shop in the village of Hroza in Kharkiv region on Thursday, killing four "
            "people, the regional governor said.")
    ev = events_of(text, "2025-03-20")
    assert len(ev) == 1 and ev[0].location.name == "Hroza", _summary(ev)


def test_support_pitch_and_teaser_after_the_body_are_furniture():
    from sitrep.ingest import clean
    from sitrep.model import RawDocument
    body = ("A Russian drone dropped explosives on a school in Kherson on Monday morning, damaging its roof, "
            "the city military administration said. No one was hurt.")
    text = ("Drone attack damages school in Kherson\n\n" + body + "\n\n"
            "Officials said repairs would start once the shelling eased, and classes moved online for the week.\n\n"
            "War in Ukraine: Dozens of civilians killed in a week of attacks\n\n"
            "We have been fighting for your right to know since 2014. Support us.")
    cleaned = clean(RawDocument(doc_id="t", text=text)).clean_text
    assert body in cleaned and "Support us" not in cleaned and "Dozens of civilians" not in cleaned, cleaned


@pytest.mark.parametrize("text", [
    "Court jails Tomsk man for 12 years over plot to set fire to railway relay cabinet",
    "Human rights groups have counted more than 900 criminal cases over anti-war arson since the start of the full-scale invasion.",
    "Investigators said the 19-year-old was recruited by Ukrainian intelligence through a messaging app.",
])
def test_plots_running_counts_and_recruited_agents_are_no_events(text):
    assert events_of(text + "\n\nThe court is in the city centre.", "2025-03-18") == []


def test_attempts_to_push_units_out_of_positions_are_ground_fighting():
    ev = events_of("In the Lyman direction, the invaders attempted 14 times to push our units out of their positions near Torske and Zarichne.", "2025-03-18")
    assert [e.event_type for e in ev] == ["armed_clash", "armed_clash"], _summary(ev)


def test_superlative_restatement_of_the_attack_is_not_another_attack():
    text = ("A Ukrainian drone hit a warehouse in the town of Kolomna in the Moscow region overnight, the governor said.\n\n"
            "It was the largest Ukrainian drone attack on the Moscow region since the war began.")
    ev = events_of(text, "2025-04-09")
    assert len(ev) == 1 and ev[0].location.name == "Kolomna", _summary(ev)


def test_downed_drones_owned_by_the_other_side_leave_the_defender_as_actor():
    text = ("Russia's Defence Ministry said 210 Ukrainian drones were destroyed over eight regions overnight, "
            "including 40 over the Moscow region and 75 over the Bryansk region.")
    ev = events_of(text, "2025-04-09")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and all(e.actor1_side == "RU" for e in inter), _summary(ev)


def test_capital_before_region_word_is_a_place_not_a_government():
    from sitrep.extract.actors import find_actors
    assert not [a for a in find_actors("Debris fell over the Moscow region and in Kyiv time zone") if a.text in ("Moscow", "Kyiv")]
    assert [a.side for a in find_actors("Moscow said the talks would go on")] == ["RU"]


def test_headline_interception_and_body_count_are_one_interception():
    text = ("Drone attack on Moscow: mayor says 9 drones downed\n\n"
            "The mayor said on Tuesday that air defences had shot down 9 drones flying toward the capital overnight, "
            "with debris falling in the Ramenskoye district of the Moscow region.")
    inter = [e for e in events_of(text, "2025-04-09") if e.event_type == "interception"]
    assert len(inter) == 1, _summary(inter)


def test_damage_reported_by_a_regional_governor_is_placed_in_his_region():
    text = ("Russia attacked Ukraine overnight with 40 Shahed drones, the air force said on Sunday.\n\n"
            "The Zhytomyr regional governor wrote that a warehouse was damaged as a result of the attack. "
            "There were no casualties.")
    ev = events_of(text, "2024-06-09")
    placed = [e for e in ev if e.location is not None and e.location.admin1_code == "UA-18"]
    assert placed and placed[0].event_type == "air_drone_strike" and placed[0].actor1_side == "RU", _summary(ev)


def test_the_region_in_a_place_word_is_no_actor_but_its_damage_report_is_still_an_event():
    text = ("Russian drones attacked Ukraine overnight.\n\n"
            "Kyiv Oblast Governor Mykola Shevchuk wrote that a storage depot was damaged in the attack.")
    ev = events_of(text, "2024-06-09")
    assert any(e.location is not None and e.location.admin1_code == "UA-32" for e in ev), _summary(ev)


def test_the_defender_of_weapons_downed_at_sea_is_the_other_side():
    text = "The ministry in Moscow said only that nine Ukrainian drones were shot down over the Sea of Azov overnight."
    ev = events_of(text, "2024-06-09")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and inter[0].actor1_side == "RU" and inter[0].actor2_side == "UA", _summary(ev)
