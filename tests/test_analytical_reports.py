"""Long analytical reports (daily assessments, round-ups): an invented assessment-style text.

What a user expects: ground assaults at each named place are clashes, analysis, forecasts, history
and off-topic items on the page are not events, and no event is dated after publication."""
import datetime as dt

from helpers_extract import run as events_of

REPORT = """Offensive Campaign Assessment, March 11, 2025

Russian forces continued offensive operations in the Kupyansk direction on March 10. Russian forces attacked near Kupyansk and east of Kupyansk near Petropavlivka and Kindrashivka on March 10 but did not advance.

The Kremlin will likely continue to use the negotiations to demand Ukraine's capitulation. Russia's failure to seize Kharkiv in 2022 stemmed from poor logistics and planning.

Putin may attempt to launch a new offensive in Sumy Oblast in the coming months, which would stretch Ukrainian defences.

In other news, a Briton was among 19 people killed after a bus plunged off a highway in Nepal, police said.

Russian forces will attack Kramatorsk on March 14, according to a leaked plan.
"""


def _events():
    return events_of(REPORT, "2025-03-11")


def test_ground_attacks_near_each_place_are_clashes():
    clashes = {e.location.name for e in _events() if e.event_type == "armed_clash" and e.location and e.location.precision <= 2}
    assert {"Petropavlivka", "Kindrashivka"} <= clashes
    assert not [e for e in _events() if e.event_type in ("missile_artillery_strike", "air_drone_strike")]


def test_analysis_forecast_history_and_off_topic_are_not_events():
    for e in _events():
        assert e.location is None or e.location.name not in ("Sumy", "Kramatorsk", "Kharkiv", "Nepal")
        assert not (e.fatalities and e.fatalities.best == 19), "a road accident abroad is no war casualty"


def test_no_event_after_publication():
    assert all(e.date is None or dt.date.fromisoformat(str(e.date)) <= dt.date(2025, 3, 11) for e in _events())


def test_capital_as_subject_of_a_bare_verb_is_metonymy():
    events = events_of("Ukrainian forces pushed across the river in a counter-offensive that saw Kyiv retake swathes of territory near Kupiansk.")
    assert all(e.location is None or e.location.name != "Kyiv" for e in events)
