"""Where an incident-log entry happened (issue 11 on terse OSINT logs): invented entries.

"<place>: <what was seen>": the label is the place of the entry's event even when the event's own
sentence names none ("Mariupol: [Graphic: ...] Child killed."); a label of two parts is read whole by
the geocoder ("Izum, Kharkiv region" is Izium, "Kyiv, Borodyanka" is Borodianka, "Zatoka (Odesa)"
is Zatoka), so the oblast or its centre written beside the place does not become the event's place.
"""
from __future__ import annotations

import pytest

from helpers_extract import run as extract_events


def _first_location(text: str):
    events = [e for e in extract_events(text) if e.parent_id is None]
    assert events, text
    return events[0].location


@pytest.mark.parametrize("text,name_start,a1", [
    ("Kherson: [Graphic: two photos show a wounded woman. One photo shows a body under a sheet] Woman killed.",
     "Kherson", "UA-65"),
    ("Sumy: [blurred] Person injured. Reportedly 2 killed 4 injured.", "Sumy", "UA-59"),
    ("Vovchansk, Kharkiv: Windows of a residential block blown out. Reportedly 3 people were injured.",
     "Vovchansk", "UA-63"),
])
def test_the_label_places_an_entry_whose_sentence_names_no_place(text, name_start, a1):
    loc = _first_location(text)
    assert loc is not None and loc.admin1_code == a1 and loc.name.startswith(name_start) and loc.precision == 1


@pytest.mark.parametrize("text,name_start,a1", [
    ("Izum, Kharkiv region: School destroyed by an explosion.", "Izyum", "UA-63"),
    ("Kyiv, Borodyanka: Heavy damage to apartment blocks after an air strike.", "Borod", "UA-32"),
    ("Zatoka (Odesa): Two people killed when a mine exploded near the beach.", "Zatoka", "UA-51"),
])
def test_a_two_part_label_is_one_place(text, name_start, a1):
    loc = _first_location(text)
    assert loc is not None and loc.admin1_code == a1 and loc.name.startswith(name_start) and loc.precision == 1


def test_a_list_label_is_not_read_as_one_place():
    events = [e for e in extract_events("Kharkiv, Sumy, Chernihiv: Missile strikes damaged power substations.") if e.location is not None]
    assert {e.location.admin1_code for e in events} & {"UA-63", "UA-59", "UA-74"}
    assert all(not (e.location.geo_reason or "").startswith("the label of a log line, read whole") for e in events)


@pytest.mark.parametrize("text,name_start,a1", [
    ("Donetsk: A school in Kramatorsk was destroyed by a missile.", "Kramat", "UA-14"),
    ("Kharkiv Oblast: Houses burned in the village of Tsyrkuny after shelling.", "Tsyrkun", "UA-63"),
])
def test_a_coarse_label_gives_way_to_the_settlement_the_entry_puts_it_in(text, name_start, a1):
    loc = _first_location(text)
    assert loc is not None and loc.admin1_code == a1 and loc.name.startswith(name_start)


def test_a_label_city_named_again_in_the_entry_stays():
    loc = _first_location("Kharkiv: A school in Kharkiv was shelled overnight.")
    assert loc is not None and loc.name == "Kharkiv" and loc.precision == 1
