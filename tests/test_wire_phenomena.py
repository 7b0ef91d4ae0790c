"""A wire report written for sitrep (invented): two incidents in one sentence joined by "while" or "as",
a fire "set ablaze" by drones, a capital that "hits" a refinery, a village "pulled back from"."""
import pytest

from helpers_extract import run as events_of

WIRE = """Russian strikes kill three in Zaporizhzhia as Kyiv hits refinery in Saratov

KYIV, Nov 18 (Wire) - Russian guided bombs killed three people and wounded 11 in the city of Zaporizhzhia on Monday, regional governor Ivan Fedorov said, while Ukrainian drones set a fuel tank ablaze at an oil refinery in Russia's Saratov region overnight.

Saratov governor Roman Busargin said debris from a downed drone caused a fire at "an industrial enterprise" but did not name it. Russia's defence ministry said its air defences destroyed 34 Ukrainian drones over several regions, including 11 over the Saratov region.

In the east, Russian forces attacked 43 times near Pokrovsk over the past day, the General Staff said. Ukraine's military said on Sunday it had pulled back from the village of Novoselydivka to avoid encirclement.

Reporting by Olena Marchenko; Editing by Tom Hayes
"""


def _by_place(events):
    return {(e.location.name if e.location else None): e for e in events}


def test_each_clause_keeps_its_own_attacker_and_weapon():
    events = events_of(WIRE, "2024-11-18")
    saratov = [e for e in events if e.location and e.location.admin1_code == "RU-SAR" and e.event_type == "air_drone_strike"]
    zap = [e for e in events if e.location and e.location.admin1_code == "UA-23"]
    assert saratov and saratov[0].actor1_side == "UA", [(e.event_type, e.location and e.location.name, e.actor1_side) for e in events]
    assert zap and zap[0].actor1_side == "RU" and {w.category for w in zap[0].weapons} == {"guided_bomb"}
    assert not [e for e in events if e.location and e.location.name == "Kyiv"]


def test_a_village_pulled_back_from_is_a_territory_change_of_its_day():
    events = events_of(WIRE, "2024-11-18")
    moves = [e for e in events if e.event_type == "territory_change"]
    assert moves and moves[0].location.name == "Novoselydivka" and moves[0].date == "2024-11-17"


@pytest.mark.parametrize("text, want", [
    ("Air raid sirens sounded in Kyiv as Russian drones attacked Odesa overnight.", {("air_drone_strike", "Odesa")}),
    ("Drones struck Kharkiv as Russian troops advanced near Kupiansk.", {("air_drone_strike", "Kharkiv"), ("armed_clash", "Kupyansk")}),
])
def test_as_before_a_named_subject_opens_a_clause(text, want):
    events = events_of(text, "2024-11-18")
    assert {(e.event_type, e.location.name) for e in events} == want
