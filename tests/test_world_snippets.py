"""World conflict snippets in the ACLED taxonomy (invented sentences, real places): crowd control is a
protest intervention, thrown rocks are a riot, people taken by forces are an abduction, people intercepted
are arrested, and an event named with its past year is background."""
import pytest

from helpers_extract import run as events_of


@pytest.mark.parametrize("text, etype, sub", [
    ("Several activists were detained by police in Minsk while trying to hold demonstrations on Sunday.", "protest", "Protest with intervention"),
    ("Protesters hurled rocks at security forces blocking a road near parliament in Beirut on Sunday.", "riot", None),
    ("Police in Hong Kong fired tear gas and pepper spray at crowds of shoppers in Kowloon on Tuesday.", "protest", "Protest with intervention"),
    ("Government forces have taken at least five people including a woman and a child from villages in Balochistan.", "abduction", None),
    ("Ethiopia has intercepted 15 suspected members of a terrorist group in Addis Ababa.", "arrest", None),
    ("Government forces captured five villages near Khan Sheikhoun, the scene of a deadly 2017 chemical weapons attack, on Wednesday.", "territory_change", None),
])
def test_world_snippet_types(text, etype, sub):
    ev = events_of(text, "2024-06-10")
    assert ev and ev[0].event_type == etype, [(e.event_type, e.acled_sub_event_type) for e in ev]
    if sub:
        assert ev[0].acled_sub_event_type == sub


def test_tear_gas_on_positions_stays_a_chemical_weapon():
    ev = events_of("Russian troops dropped grenades with tear gas on Ukrainian positions near Bakhmut on Monday.", "2024-06-10")
    assert [e.event_type for e in ev] == ["chemical_attack"]


def test_an_earlier_explosion_dates_a_riot_and_an_attack_prepared_is_not_one():
    ev = events_of("Protesters hurled rocks at security forces near parliament in Beirut on Sunday, days after a huge explosion killed dozens of people.", "2025-06-10")
    assert [e.event_type for e in ev] == ["riot"]
    assert events_of("The militia leadership said the group is mobilizing its members for attacking Haditha district.", "2025-06-10") == []
    ev = events_of("Two people were killed after Russian shelling hit Kherson on Sunday.", "2025-06-10")
    assert [(e.event_type, e.fatalities.best) for e in ev] == [("missile_artillery_strike", 2)]
