"""Phenomena found on the studied halves (HALF=1) of the sets studied in the fourteenth session, each written here
in new invented sentences and pages."""
from __future__ import annotations


from helpers_extract import run as events_of


# ------------------------------------------------------------------ a summary's "over the past day" further down
_DIGEST = ("Rivne Region Bulletin\n\n"
           "At 07:15 this morning a drone struck a warehouse on the outskirts of Sarny, the fire was put out within an hour.\n\n"
           "Over the past day, Russian forces shelled 23 settlements of the region with artillery and drones.\n\n"
           "Varash: a mortar shell hit a garage, one man was wounded.\n"
           "Kostopil: artillery fire damaged a school and two houses.\n\n")


def _dates(text: str, ref: str):
    return {(e.location.name if e.location else None): (e.date, e.date_end) for e in events_of(text, ref)}


def test_a_later_summary_of_the_past_day_dates_the_lines_it_lists():
    got = _dates(_DIGEST, "2025-03-12")
    day, before = "2025-03-12", "2025-03-11"
    assert got.get("Sarny") == (day, None), got  # "this morning": its own day
    assert got.get("Varash") == (before, day), got
    assert got.get("Kostopil") == (before, day), got


def test_a_day_named_again_ends_the_summary_period():
    page = _DIGEST + "On Tuesday evening, a guided bomb hit a farm near Zarichne, killing two workers.\n"
    got = _dates(page, "2025-03-12")
    assert got.get("Zarichne", (None,))[0] == "2025-03-11" and got["Zarichne"][1] is None, got


def test_a_past_day_tally_inside_an_item_opens_no_period():
    # the tally belongs to its own place, not to what follows: the next report keeps the report's day
    page = ("Belgorod governor's update\n\n"
            "A drone hit a car in Shebekino this morning, wounding the driver.\n\n"
            "The village of Nekhoteevka came under mortar fire over the past day; 14 rounds were counted.\n\n"
            "In Valuyki, a drone attacked a petrol station, injuring a cashier.\n")
    got = _dates(page, "2025-03-12")
    assert got.get("Valuyki") == ("2025-03-12", None), got
