"""sitrep.extract.clauses: where a sentence is read as two."""
import re

import pytest

from sitrep.extract.clauses import split_clauses
from sitrep.nlp.sentences import split_sentences

_PLACE = re.compile(r"\b(?:Kharkiv|Odesa|Sumy|Poltava|Kherson|Pokrovsk|Izium|Dnipro)\b")
_TRIGGER = re.compile(r"\b(?:hit|struck|shelled|repelled|damaged|killed|attacked)\b")


def parts(text):
    places = [m.start() for m in _PLACE.finditer(text)]
    return [s.text for s in split_clauses(split_sentences(text), places, lambda s: bool(_TRIGGER.search(s.text)))]


@pytest.mark.parametrize("text, n", [
    ("Russian missiles hit Kharkiv overnight, and drones struck a port in Odesa.", 2),
    ("Drones struck Sumy, while in Poltava a missile damaged a school.", 2),
    ("Artillery shelled Kherson; in Dnipro a drone hit a bus.", 2),
    ("Missiles hit Kharkiv, drones struck Odesa, and artillery shelled Kherson.", 2),  # the first comma has no "and"
    ("Drones struck Kharkiv and Odesa overnight, and killed two people.", 1),  # the verb shares the subject
    ("Drones struck Kharkiv overnight, and then hit Odesa.", 1),
    ("Drones struck Kharkiv overnight, and rescuers worked through the night in Odesa.", 1),  # no verb of war
    ("Drones struck Kharkiv, Sumy, and Poltava regions were damaged.", 1),  # a list's last item
    ("Drones struck Kharkiv overnight, and a missile hit a warehouse.", 1),  # no place of its own
])
def test_where_a_sentence_is_cut(text, n):
    assert len(parts(text)) == n, parts(text)


def test_the_parts_keep_their_offsets_and_clause_numbers():
    text = "Officials spoke. Russian missiles hit Kharkiv overnight, and drones struck a port in Odesa."
    places = [m.start() for m in _PLACE.finditer(text)]
    out = split_clauses(split_sentences(text), places, lambda s: bool(_TRIGGER.search(s.text)))
    assert [s.clause for s in out] == [0, 0, 1]
    assert all(text[s.start:s.end] == s.text for s in out)


def test_a_list_cut_by_semicolons_keeps_its_bearing_anchors():
    """'northeast of X near A; southwest of X near B': one list, each village the namesake near X."""
    from helpers_extract import run
    text = ("Russian forces attacked near Kostyantynivka itself; northeast of Kostyantynivka near Pryvillya and Minkivka; "
            "southwest of Kostyantynivka near Stepanivka and Katerynivka on February 19 and 20.")
    events = run(text, "2026-02-21")
    assert events and all(e.location.admin1_code == "UA-14" for e in events), [(e.location.name, e.location.admin1_code) for e in events]
