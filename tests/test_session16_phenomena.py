"""Phenomena found on the studied halves (HALF=1) of the invented sets in the sixteenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations

from sitrep.geo import geocode, get_gazetteer


def _placed(text: str) -> dict:
    return {m.text: (m.location.admin1_code, m.location.precision) for m in get_gazetteer().find_mentions(text)}


# ------------------------------------------------------------------ a village told by its hromada
def test_a_village_in_brackets_with_its_hromada():
    got = _placed("Okip (Krasnopillia hromada) - a shell set a grain store on fire; nobody was hurt.")
    assert got.get("Okip", ("", 9))[0] == "UA-59", got


def test_a_village_described_as_lying_in_a_hromada():
    got = _placed("On Sunday a drone dropped explosives on Sukhyi Yar, a village in Pokrovsk hromada, and a barn burned.")
    assert got.get("Sukhyi Yar", ("", 9))[0] == "UA-14", got


def test_a_log_row_with_village_and_hromada():
    got = _placed("Druzhba village, Velyka Pysarivka hromada | mortar | two houses damaged")
    assert got.get("Druzhba", ("", 9))[0] == "UA-59", got


def test_a_hromada_named_for_a_centre_whose_adjective_changes_its_vowel():
    got = _placed("Vesele (Shyroke hromada, Zaporizhzhia region) - an FPV drone hit a car.")  # Shyrokivska hromada
    assert got.get("Vesele", ("", 9))[0] == "UA-23", got
    got = _placed("Urozhaine, a village in Beryslav hromada, was shelled from the left bank.")
    assert got.get("Urozhaine", ("", 9))[0] == "UA-65", got


def test_the_hromada_and_the_oblast_written_after_the_village():
    loc = geocode("Vasylivka", "Vasylivka, Snihurivka hromada, Mykolaiv region: a mine went off under a harvester.")
    assert (loc.admin1_code, loc.precision) == ("UA-48", 1), loc


def test_a_village_the_hromada_does_not_hold_falls_back_to_its_centre():
    loc = geocode("Nonexistentivka, Borova hromada")
    assert loc is not None and loc.name == "Borova" and loc.precision == 2, loc


# ------------------------------------------------------------------ a log row's place cell
def test_a_variant_spelling_opening_a_semicolon_row():
    got = _placed("Novoaleksandrovka; 03.02; mortar; a shed burned")  # Novooleksandrivka, a variant spelling
    assert got.get("Novoaleksandrovka", ("", 9))[1] <= 2, got


def test_a_town_with_its_area_word_before_a_pipe():
    got = _placed("Bolhrad outskirts | 02:40 | drone downed | debris in a vineyard")
    assert got.get("Bolhrad", ("", 9))[0] == "UA-51", got


def test_a_misspelt_town_in_a_pipe_cell():
    got = _placed("2025-01-19 | Pavlohard | debris on a warehouse roof | no casualties")
    assert got.get("Pavlohard", ("", 9))[0] == "UA-12", got


def test_a_capitalised_word_in_a_cell_is_no_place():
    got = _placed("Update | 04:10 | Correction; the count was revised")
    assert not got, got
