"""Date mentions and reference-date inference (sitrep.nlp.dates), metadata dates (sitrep.ingest.dates) and
the calendar tables both share (sitrep.ingest.datetables)."""
from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import sitrep.ingest.dates as ingest_dates
import sitrep.nlp.dates as nlp_dates
from sitrep.ingest import datetables as T
from sitrep.ingest.dates import find_text_date, iso_date
from sitrep.nlp.dates import find_dates, infer_reference_date, parse_iso

REF = dt.date(2025, 3, 10)  # a Monday
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def first(text, ref=REF):
    found = [d for d in find_dates(text, ref)]
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, date, end, precision", [
    ("On 15 March 2024 the city was shelled.", "2024-03-15", None, "day"),
    ("On March 15, 2024, the city was shelled.", "2024-03-15", None, "day"),
    ("The city was shelled on 2024-03-15.", "2024-03-15", None, "day"),
    ("Overnight, drones attacked Odesa.", "2025-03-10", None, "day"),
    ("Yesterday drones attacked Odesa.", "2025-03-09", None, "day"),
    ("On Sunday drones attacked Odesa.", "2025-03-09", None, "day"),
    ("On Friday evening drones attacked Odesa.", "2025-03-07", None, "day"),
    ("Over the past week, nearly 140 missiles were launched.", "2025-03-04", "2025-03-10", "week"),
    ("Over the past 24 hours, 12 settlements were shelled.", "2025-03-09", "2025-03-10", "range"),
    ("On 8 March drones attacked Odesa.", "2025-03-08", None, "day"),
])
def test_golden_dates(text, date, end, precision):
    d = first(text)
    assert d.date == dt.date.fromisoformat(date)
    assert d.date_end == (dt.date.fromisoformat(end) if end else None)
    assert d.precision == precision


def test_day_month_without_year_is_the_recent_past():
    # a report of 10 March 2025 speaking of "20 December" means December 2024
    assert first("On 20 December the plant was hit.").date == dt.date(2024, 12, 20)


def test_may_the_verb_is_not_a_date():
    assert find_dates("Russia may 5 times increase its attacks.", REF) == [] or all(
        d.date is None or d.date.month != 5 for d in find_dates("Russia may 5 times increase its attacks.", REF))


def test_tomorrow_18_november_infers_the_17th_with_the_war_age():
    text = ("As of tomorrow, 18 November, power restrictions apply in all regions. "
            "The nearly three-year-long invasion has damaged the grid.")
    assert infer_reference_date(text) == dt.date(2024, 11, 17)


def test_tomorrow_with_explicit_year():
    text = "As of tomorrow, 18 November, restrictions apply. The plan was adopted in 2023."
    assert infer_reference_date(text) == dt.date(2023, 11, 17)


def test_no_inference_without_a_year():
    assert infer_reference_date("As of tomorrow, 18 November, restrictions apply.") is None
    assert infer_reference_date("Drones attacked Odesa overnight.") is None


def test_parse_iso():
    assert parse_iso("2024-11-17") == dt.date(2024, 11, 17)
    assert parse_iso("2024-11-17T08:00:00Z") == dt.date(2024, 11, 17)
    assert parse_iso("17 November") is None
    assert parse_iso(None) is None


# ---------------------------------------------------------------- properties
@settings(max_examples=300)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))))
def test_find_dates_never_raises(text, ref):
    for d in find_dates(text, ref):
        assert 0 <= d.start <= d.end <= len(text)
        assert text[d.start:d.end] == d.text
        assert d.precision in ("day", "week", "month", "range", "unknown")
        if d.date_end is not None:
            assert d.date is not None and d.date <= d.date_end
    infer_reference_date(text)


RELATIVE = ["overnight", "yesterday", "last night", "on Sunday", "on Friday morning", "tomorrow", "this morning",
            "over the past week", "over the past 24 hours", "last month", "earlier today"]
FILLER = st.sampled_from(["Drones attacked the city", "Officials said", "The grid was damaged", "Nobody knew", ""])


@given(st.sampled_from(RELATIVE), FILLER, FILLER)
def test_relative_dates_are_never_resolved_without_a_reference(rel, a, b):
    text = f"{a} {rel}, {b}."
    found = find_dates(text, None)
    assert found, text
    for d in found:
        assert d.date is None and d.date_end is None, (text, d)
        assert d.kind == "unresolved"


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2039, 12, 31)),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["dmy", "mdy", "iso", "dotted"]))
def test_absolute_dates_with_a_year_do_not_depend_on_the_reference(day, ref1, ref2, style):
    mon = MONTHS[day.month - 1]
    text = {
        "dmy": f"On {day.day} {mon} {day.year} the plant was hit.",
        "mdy": f"On {mon} {day.day}, {day.year}, the plant was hit.",
        "iso": f"The plant was hit on {day.isoformat()}.",
        "dotted": f"The plant was hit on {day.day:02d}.{day.month:02d}.{day.year}.",
    }[style]
    a = [(d.date, d.precision) for d in find_dates(text, ref1)]
    b = [(d.date, d.precision) for d in find_dates(text, ref2)]
    c = [(d.date, d.precision) for d in find_dates(text, None)]
    assert a == b == c
    assert (day, "day") in a, (text, a)


@given(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_relative_days_move_with_the_reference(ref):
    assert first("Drones attacked the city overnight.", ref).date == ref
    assert first("Drones attacked the city yesterday.", ref).date == ref - dt.timedelta(days=1)
    d = first("Over the past week, drones attacked the city.", ref)
    assert (d.date, d.date_end, d.precision) == (ref - dt.timedelta(days=6), ref, "week")
    sunday = first("On Sunday, drones attacked the city.", ref).date
    assert sunday.weekday() == 6 and 0 <= (ref - sunday).days <= 6


# ---------------------------------------------------------------- the shared calendar tables
def test_month_tables_cover_every_word_the_regexes_accept():
    words = T.MONTH_ALT.split("|")
    assert sorted(words) == sorted(T.MONTH_LOOKUP)
    assert [T.MONTHS[m] for m in T.MONTH_NAMES] == list(range(1, 13))
    for word, num in T.MONTH_LOOKUP.items():
        for shown in (word, word.title(), word.upper() + "."):
            assert re.fullmatch(T.MONTH_RE, shown, re.I), shown
            assert re.fullmatch(T.MON_G, shown, re.I).group("mon").lower() == word
            assert T.month_number(shown) == num
    for not_a_month in ("marc", "mayday", "junes", "septe", "decem"):
        assert not re.fullmatch(T.MONTH_RE, not_a_month, re.I)


def test_month_regexes_take_the_longest_word():
    assert re.match(T.MONTH_RE, "September 3", re.I).group(0) == "September"
    assert re.match(T.MON_G, "Sept. 3", re.I).group("mon") == "Sept"
    assert re.match(T.MON_G, "June 3", re.I).group("mon") == "June"


def test_month_number():
    assert T.month_number("Sept.") == 9
    assert T.month_number("may") == 5
    assert T.month_number("APR\u0130L") == 4  # a dotted capital I lower-cases to two characters
    with pytest.raises(KeyError):
        T.month_number("Smarch")


def test_weekday_tables_follow_date_weekday():
    assert T.WEEKDAYS["monday"] == REF.weekday()
    for name, num in T.WEEKDAYS.items():
        assert T.WEEKDAY_ABBR[name[:3]] == num
        assert re.fullmatch(T.WEEKDAY_RE, name.title(), re.I)
        assert re.fullmatch(T.WEEKDAY_RE, name[:3].title() + ".", re.I)
    assert T.WEEKDAY_ALT.split("|") == list(T.WEEKDAY_NAMES)


@pytest.mark.parametrize("text", [
    "Tuesday, March 4, 2025", "Tue. 4 March 2025", "4th Mar 2025", "March 4th, 2025", "2025-03-04",
    "04.03.2025", "04/03/2025",
])
def test_date_re_matches_a_whole_written_date(text):
    assert re.fullmatch(T.DATE_RE, text, re.I), text


def test_metadata_and_text_dates_use_the_shared_patterns():
    assert nlp_dates.ABS_PATTERNS is T.TEXT_DATE_PATTERNS
    assert nlp_dates.MONTH_YEAR is T.MONTH_YEAR
    assert nlp_dates.WEEKDAYS is T.WEEKDAYS
    assert ingest_dates._MDY is T.MDY_DATE and ingest_dates._DMY is T.DMY_DATE
    assert ingest_dates.MONTHS is T.MONTH_LOOKUP


def _sitrep_imports(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(("." * node.level) + node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n.startswith(("sitrep", "."))}


def test_imports_flow_from_ingest_upwards():
    assert _sitrep_imports(T) == set()  # the tables depend on nothing of the package
    assert _sitrep_imports(ingest_dates) == {".datetables"}
    # and its own stage's keyword prefilter (sitrep.nlp.prefilter, which imports nothing of the package)
    assert _sitrep_imports(nlp_dates) == {"sitrep.ingest.datetables", "sitrep.nlp.prefilter"}
    from sitrep import literals
    from sitrep.nlp import prefilter
    assert _sitrep_imports(prefilter) == {"sitrep.literals"}  # the literal machinery, itself a leaf
    assert _sitrep_imports(literals) == set()


def test_metadata_dates_with_the_dotted_capital_i():
    assert iso_date("APR\u0130L 18, 2024") == "2024-04-18"


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2039, 12, 31)),
       st.sampled_from(["full", "abbr", "dot"]), st.sampled_from(["dmy", "mdy"]))
def test_metadata_and_text_parsers_agree_on_written_dates(day, form, order):
    name = MONTHS[day.month - 1]
    mon = {"full": name, "abbr": name[:3], "dot": name[:3] + "."}[form]
    text = f"{day.day} {mon} {day.year}" if order == "dmy" else f"{mon} {day.day}, {day.year}"
    assert iso_date(text) == find_text_date(text) == day.isoformat()
    assert find_dates(f"Drones hit the city on {text}.", None)[0].date == day


@pytest.mark.parametrize("phrase,ref,start,end", [
    ("liberated the village last week", "2023-08-28", "2023-08-21", "2023-08-27"),  # Monday: the week before
    ("liberated the village last week", "2025-03-12", "2025-03-03", "2025-03-09"),  # Wednesday
    ("the previous week", "2025-03-16", "2025-03-03", "2025-03-09"),                # Sunday
    ("strikes earlier this week", "2025-03-12", "2025-03-10", "2025-03-12"),
    ("over the past week", "2025-03-12", "2025-03-06", "2025-03-12"),               # seven days back
])
def test_week_expressions_are_calendar_weeks_or_the_last_seven_days(phrase, ref, start, end):
    ds = [d for d in nlp_dates.find_dates(phrase, dt.date.fromisoformat(ref)) if d.kind == "period"]
    assert ds and (str(ds[0].date), str(ds[0].date_end)) == (start, end), ds


def test_day_of_the_announcement_does_not_date_the_event():
    from helpers_extract import run as events_of
    e = events_of("Ukraine on Monday said its troops had retaken the village of Urozhaine in the Donetsk region last week.",
                  "2023-08-14")[0]
    assert (str(e.date), str(e.date_end), e.date_precision) == ("2023-08-07", "2023-08-13", "week")


@pytest.mark.parametrize("text, first, last", [
    ("At least 183 civilians were killed in Ukraine in May, the mission said on Tuesday.", "2025-05-01", "2025-05-31"),
    ("In June, air defences shot down 3,100 drones.", "2025-06-01", "2025-06-10"),
    ("Russian forces fired 5,300 shells at the region during December, the governor said.", "2024-12-01", "2024-12-31"),
])
def test_a_month_alone_is_that_month_in_the_recent_past(text, first, last):
    ms = [m for m in find_dates(text, dt.date(2025, 6, 10)) if m.kind == "period"]
    assert ms and (str(ms[0].date), str(ms[0].date_end)) == (first, last), ms


@pytest.mark.parametrize("text", ["Prices may rise in may.", "He said it may happen.", "on May 3 troops advanced"])
def test_may_the_verb_and_days_of_may_are_no_month_period(text):
    assert not [m for m in find_dates(text, dt.date(2025, 6, 10)) if m.kind == "period"]


def test_a_monthly_toll_is_an_aggregate_of_that_month():
    from helpers_extract import run as events_of
    ev = events_of("UN: civilian toll rose\n\nAt least 183 civilians were killed and 1,100 injured in Ukraine in May by "
                   "Russian missile and drone attacks, the UN monitoring mission said on Tuesday.", "2025-06-10")
    tolls = [e for e in ev if e.fatalities and e.fatalities.best == 183]
    assert tolls and (str(tolls[0].date), str(tolls[0].date_end), tolls[0].is_aggregate) == ("2025-05-01", "2025-05-31", True)


def test_a_month_still_to_come_dates_no_reported_event():
    from helpers_extract import run as events_of
    ev = events_of("Germany will deliver more tanks in July, while Russian missiles struck Odesa overnight, "
                   "killing two people.", "2025-06-10")
    assert ev and all(str(e.date) == "2025-06-10" for e in ev), [(e.event_type, str(e.date)) for e in ev]


def test_a_possessive_weekday_dates_what_it_names():
    ms = find_dates("The death toll from Sunday's missile strike on a bus has risen to 12.", dt.date(2025, 5, 12))
    assert [(m.text, str(m.date)) for m in ms] == [("Sunday's", "2025-05-11")]


def test_the_toll_of_sundays_strike_is_dated_sunday():
    from helpers_extract import run as events_of
    ev = events_of("The death toll from Sunday's Russian missile strike on a bus in Sumy has risen to 12, the regional "
                   "administration said on Monday.", "2025-05-12")
    assert ev and str(ev[0].date) == "2025-05-11", [(e.event_type, str(e.date)) for e in ev]


def test_night_between_two_weekdays_weekend_and_early_hours():
    import datetime as dt
    from sitrep.nlp.dates import find_dates
    ref = dt.date(2025, 3, 10)  # a Monday
    d = find_dates("Drones hit the port on the night of Saturday into Sunday.", ref)
    assert [m.date for m in d] == [dt.date(2025, 3, 9)]
    d = find_dates("Drones hit the port overnight from Friday to Saturday.", ref)
    assert [m.date for m in d] == [dt.date(2025, 3, 8)]
    d = find_dates("A bomb hit the city in the early hours of Monday.", ref)
    assert [m.date for m in d] == [dt.date(2025, 3, 10)]
    d = find_dates("Drones attacked the capital at the weekend.", ref)
    assert [(m.date, m.date_end, m.precision) for m in d] == [(dt.date(2025, 3, 8), dt.date(2025, 3, 9), "range")]
    d = find_dates("Drones attacked the capital at the weekend.", dt.date(2025, 3, 8))  # a Saturday report
    assert [(m.date, m.date_end) for m in d] == [(dt.date(2025, 3, 8), dt.date(2025, 3, 8))]


def test_two_days_of_a_month_are_a_range():
    import datetime as dt
    from sitrep.nlp.dates import find_dates
    ref = dt.date(2025, 3, 10)
    assert [(m.date, m.date_end, m.precision) for m in find_dates("Shelling of the town on Feb. 3-4 killed two.", ref)] == \
        [(dt.date(2025, 2, 3), dt.date(2025, 2, 4), "range")]
    assert [(m.date, m.date_end) for m in find_dates("on March 3-4, 2024 drones hit the port", ref)] == [(dt.date(2024, 3, 3), dt.date(2024, 3, 4))]
    assert [m.date for m in find_dates("the night of Feb 3-4", ref)] == [dt.date(2025, 2, 4)]
    assert [m.text for m in find_dates("a 3-4 km advance", ref)] == []


def test_last_weekday_named_on_that_weekday_is_a_week_before():
    # (session 16) "last Wednesday" in a Wednesday's report is the Wednesday before, not the report's day
    got = [(m.text, m.date) for m in find_dates("The cabinet last Wednesday approved the evacuation money.", dt.date(2022, 3, 9))]
    assert got == [("last Wednesday", dt.date(2022, 3, 2))]
