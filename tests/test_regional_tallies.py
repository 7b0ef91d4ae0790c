"""A region's daily tally is the region's (issue 10: governors' daily summaries): "N attacks on the
X region, firing M shells from artillery, multiple rocket launchers ..." stays in the region with
both counts ("multiple rocket launchers" is a weapon, not a nationwide scope), while "downed 47
drones, including 12 over the Y region" still gives the country its total. Rockets "destroyed in
midair" were intercepted. Invented text."""
from helpers_extract import run as events_of


def _summary(events):
    return [(e.event_type, e.location.name if e.location else None, e.location.precision if e.location else None) for e in events]


def test_regional_tally_stays_in_its_region():
    text = ("Over the past day, the enemy carried out 64 attacks on the Zaporizhzhia region, firing 305 shells "
            "from artillery, multiple rocket launchers, tanks and drones, the regional governor reported.")
    events = events_of(text, "2024-05-14")
    assert len(events) == 1, _summary(events)
    e = events[0]
    assert e.location.admin1_code == "UA-23" and e.location.precision == 3, _summary(events)
    assert e.location.country_code == "UA"


def test_a_total_with_a_regional_part_keeps_the_total_for_the_country():
    events = events_of("Air defence forces downed 47 drones overnight, including 12 over the Saratov region, the ministry said.", "2024-05-14")
    by_place = {(e.location.precision, e.location.admin1_code): e for e in events if e.event_type == "interception"}
    totals = sorted(w.intercepted.best for e in events for w in e.weapons if w.intercepted)
    assert totals == [12, 47], _summary(events)
    assert (4, None) in by_place and (3, "RU-SAR") in by_place, _summary(events)


def test_rockets_destroyed_in_midair_were_intercepted():
    events = events_of("Four rockets fired from multiple launch rocket systems were destroyed in midair near Nova Kakhovka, the ministry said.", "2024-05-14")
    assert events and {e.event_type for e in events} == {"interception"}, _summary(events)
