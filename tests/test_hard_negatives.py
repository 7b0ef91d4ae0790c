"""Sentences of war reports that are not incidents (history, trends, plans, stock claims, commentary)
next to the near-identical ones that are; and decisions, datelines and unresolved villages. Invented."""
import pytest

from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.rules) for e in events]


@pytest.mark.parametrize("text", [
    "Russia's strikes on energy infrastructure have left millions without power at times since October 2022.",
    "Analysts say a Russian offensive towards Zaporizhzhia could begin as early as next month.",
    "The strike was the deadliest on the city since April, when a missile killed 18 people.",
    "Residents of Kharkiv have grown used to the sound of explosions.",
    "Russia denied targeting civilians and said its strikes hit only military facilities.",
    "The Kremlin said any deployment of European troops to Ukraine would be unacceptable.",
    "Moscow has repeatedly accused Kyiv of shelling the Zaporizhzhia nuclear plant, charges Ukraine rejects.",
    "Since the start of the full-scale invasion, more than 12,000 civilians have been killed, according to the UN.",
    "Ukraine is preparing for a possible new Russian offensive in the spring, officials said.",
])
def test_not_an_incident(text):
    assert events_of(text, "2025-03-08") == [], _summary(events_of(text, "2025-03-08"))


@pytest.mark.parametrize("text", [
    "Russia launched the biggest drone attack since the start of the war on Kyiv, killing two people.",
    "Since early morning, Russian forces have shelled Nikopol with artillery, injuring three people, the governor said.",
    "The missile strike on the port of Izmail damaged three ships, the governor said.",
])
def test_still_an_incident(text):
    assert events_of(text, "2025-03-08"), text


def test_agreeing_on_sanctions_is_a_decision_not_a_deal():
    ev = events_of("European Union ambassadors agreed on Saturday on a 16th package of sanctions against Russia.", "2025-03-08")
    assert [e.event_type for e in ev] == ["policy_decision"], _summary(ev)
    ev = events_of("Russia and Ukraine agreed on Saturday to exchange 150 prisoners of war each.", "2025-03-08")
    assert [e.event_type for e in ev] == ["agreement"], _summary(ev)


def test_pausing_aid_is_a_policy_decision():
    ev = events_of("Washington has paused intelligence sharing with Kyiv, officials said on Wednesday.", "2025-03-08")
    assert [e.event_type for e in ev] == ["policy_decision"], _summary(ev)


def test_falling_back_is_a_territory_change():
    ev = events_of("Near Velyka Novosilka, Ukrainian forces have fallen back to new positions north of the town, the brigade said.", "2025-03-08")
    assert [e.event_type for e in ev] == ["territory_change"], _summary(ev)


def test_joint_dateline_is_not_the_place():
    ev = events_of("MOSCOW/KYIV, March 8 - Russian forces have advanced up to 2 km west of Toretsk, the Russian "
                   "Defence Ministry said on Saturday.", "2025-03-08")
    assert ev and all(e.location.name != "Moscow" for e in ev), _summary(ev)


def test_unresolved_village_falls_back_to_the_region_of_a_regional_dateline():
    ev = events_of("BRYANSK, March 8 - Ukrainian forces shelled the village of Zaozerye-Bolshoye on Saturday, damaging "
                   "two houses, the governor said.", "2025-03-08")
    assert ev and ev[0].location.admin1_code == "RU-BRY" and ev[0].location.precision == 3, _summary(ev)
    # a national bureau's dateline (KYIV) is no region to fall back to
    ev = events_of("KYIV, March 8 - Russian forces shelled the village of Zaozerye-Bolshoye on Saturday, damaging "
                   "two houses, officials said.", "2025-03-08")
    assert all(e.location is None or e.location.admin1_code != "UA-30" for e in ev), _summary(ev)


def test_a_stock_claim_of_legitimate_targets_in_scare_quotes_is_no_strike():
    from helpers_extract import run as events_of
    assert events_of("In Moscow, Kremlin spokesman Dmitry Voronov said Russia was only striking "
                     "'legitimate military targets'.", "2025-06-14") == []


def test_a_capital_authorised_to_act_is_its_government_not_a_place():
    from helpers_extract import run as events_of
    ev = events_of("Biden authorized Kyiv to use ATACMS to strike targets inside Russia.", "2024-11-18")
    assert all(e.location is None or e.location.name != "Kyiv" for e in ev), [(e.event_type, e.location) for e in ev]
    assert all(e.event_type not in ("missile_artillery_strike", "air_drone_strike") for e in ev)


@pytest.mark.parametrize("text", [
    "Residents of Dnipro were still clearing rubble on Monday, a week after the missile strike that killed 46 people.",
    "Hundreds attended the funeral in Lviv of two soldiers killed near Bakhmut.",
])
def test_recalled_strikes_and_the_dead_of_a_funeral_are_no_new_events(text):
    from helpers_extract import run as events_of
    assert events_of(text, "2025-03-12") == []


def test_the_event_after_a_recalled_one_stays():
    from helpers_extract import run as events_of
    ev = events_of("Two days after the strike on Odesa, Russian drones hit Izmail, injuring three.", "2025-03-12")
    assert [e.location.name for e in ev] == ["Izmayil"]
    ev = events_of("Russia struck Kyiv again on Monday, a day after the strike on Odesa.", "2025-03-12")
    assert [e.location.name for e in ev] == ["Kyiv"]


def test_an_air_raid_alert_is_no_event():
    from helpers_extract import run as events_of
    assert events_of("Air raid alert in Kyiv, Chernihiv and Poltava regions from 03:10 to 04:25.", "2025-03-14") == []


def test_a_place_tied_to_an_earlier_time_is_not_where_the_dated_event_was():
    from helpers_extract import run as events_of
    ev = events_of("Russia and Ukraine exchanged 307 prisoners of war each on Saturday, the second stage of a swap "
                   "agreed at talks in Istanbul last week.", "2025-05-24")
    assert ev and all(e.location is None or e.location.name != "Istanbul" for e in ev), [(e.event_type, e.location) for e in ev]


@pytest.mark.parametrize("text, place", [
    ("Police in Tbilisi detained 27 people as thousands protested outside parliament.", "Tbilisi"),
    ("\u201cA residential building in Kyiv hit by a drone,\u201d the president's chief of staff wrote.", "Kyiv"),
])
def test_a_capital_after_a_locative_preposition_is_a_place(text, place):
    from helpers_extract import run as events_of
    ev = events_of(text, "2025-03-18")
    assert ev and ev[0].location and ev[0].location.name == place, [(e.event_type, e.location) for e in ev]


def test_a_capital_as_subject_stays_its_government():
    from helpers_extract import run as events_of
    assert events_of("Kyiv said the talks had failed.", "2025-03-18") == []


def test_regained_composure_is_no_territory():
    from helpers_extract import run
    assert [e.event_type for e in run("The minister regained his composure in Kharkiv after the briefing.", "2024-03-01")] == []


def test_regained_a_village_is_a_territory_change():
    from helpers_extract import run
    assert "territory_change" in [e.event_type for e in run("Ukrainian forces regained the village of Robotyne on Tuesday.", "2024-03-01")]


def test_an_acronym_before_a_noun_is_no_town():
    from sitrep.extract.places import find_places
    names = [p.text for p in find_places("Soldiers used SIM cards and GPS receivers taken from the drones near Kupiansk.")]
    assert "SIM" not in names and "Kupiansk" in names, names


def test_soldiers_captured_at_a_city_are_no_territory_change():
    from helpers_extract import run
    ev = run("The freed men included marines captured during the siege of Mariupol in 2022. "
             "Separately, Russia said its troops had taken control of the village of Ivanivka in the Donetsk region.", "2024-08-25")
    types = [(e.event_type, e.location and e.location.name) for e in ev]
    assert ("territory_change", "Mariupol") not in types, types
    assert any(t == "territory_change" for t, _ in types), types


def test_a_string_of_attacks_told_in_the_perfect_is_no_incident():
    from helpers_extract import run
    assert run("Resistance groups have carried out dozens of attacks on collaborators and troops in occupied Berdiansk.", "2024-05-02") == []


def test_a_cross_border_incursion_is_ground_fighting():
    from helpers_extract import run
    ev = run("Ukrainian troops launched a cross-border incursion into the Kursk region on Tuesday, the regional governor said.", "2024-08-08")
    assert ev and ev[0].event_type == "armed_clash", [(e.event_type, e.rules) for e in ev]


def test_a_reaction_to_the_attack_is_no_new_attack():
    from helpers_extract import run
    ev = run('A missile hit a school in Dnipro on Thursday, killing four. According to its foreign ministry, Warsaw '
             '"strongly condemns" the attack.', "2024-10-03")
    assert [e.location.name for e in ev if e.location] == ["Dnipro"], [(e.event_type, e.location) for e in ev]
    ev = run("Moscow launched 30 drones in retaliation for the attack on Kursk, killing two people in Sumy.", "2024-10-03")
    assert "Kursk" not in [e.location.name for e in ev if e.location]


def test_calling_someone_a_name_is_no_phone_call():
    from helpers_extract import run as _run
    assert _run("Biden called Putin a killer on Monday.") == []
    assert _run('Macron proposed extending the nuclear umbrella, a proposal the Kremlin called "extremely confrontational".') == []
    assert [e.event_type for e in _run("Macron called Putin on Monday to discuss the talks.")] == ["diplomatic_contact"]
    assert [e.event_type for e in _run("Erdogan called Zelensky the next day.")] == ["diplomatic_contact"]


def test_suicide_bombs_and_gunfire_exchanges_are_named_events():
    from helpers_extract import run as _run
    ev = _run("Attackers set off suicide bombs and exchanged gunfire outside a cafe in Jakarta on Thursday.")
    assert [e.event_type for e in ev] == ["suicide_bombing"]
    ev = _run("Gunmen exchanged gunfire with police outside a cafe in Jakarta on Thursday.")
    assert [e.event_type for e in ev] == ["armed_clash"]


def test_industrial_and_gas_explosions_are_accidents_unless_a_weapon_caused_them():
    from helpers_extract import run as _run
    assert _run("A gymnasium destroyed by a fertilizer plant explosion in a Texas town has been rebuilt.") == []
    assert _run("A gas explosion in a residential building in Dnipro killed three people on Monday.") == []
    ev = _run("A Russian missile caused a gas explosion in a residential building in Dnipro on Monday, killing three.")
    assert [e.event_type for e in ev] == ["missile_artillery_strike"]
