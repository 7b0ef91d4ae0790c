"""Casualty counts per sentence (sitrep.extract.casualties), with hypothesis over numbers and phrasings."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from sitrep.extract.casualties import extract_casualties
from test_numbers import spell

TEMPLATES = [
    "{n} people were killed and {m} were injured.",
    "{n} civilians were killed, and {m} others were wounded.",
    "The attack killed {n} people and injured {m}.",
    "In Kherson, {n} people died and {m} were hospitalised, the governor said.",
]


def best(c):
    return None if c is None else c.best


@given(st.integers(min_value=2, max_value=999_999), st.integers(min_value=2, max_value=999_999),
       st.sampled_from(TEMPLATES), st.booleans())
def test_killed_and_injured_digits(n, m, template, commas):
    if not commas and (1900 <= n <= 2099 or 1900 <= m <= 2099):
        commas = True  # a bare 19xx/20xx is read as a year; see test_year_like_bare_count below
    fmt = (lambda x: f"{x:,}") if commas else str
    c = extract_casualties(template.format(n=fmt(n), m=fmt(m)))
    assert (best(c.fatalities), best(c.injured)) == (n, m)
    assert c.fatalities.qualifier == "exact" and c.injured.qualifier == "exact"


@given(st.integers(min_value=2, max_value=99), st.integers(min_value=2, max_value=99), st.sampled_from(TEMPLATES))
def test_killed_and_injured_words(n, m, template):
    text = template.format(n=spell(n), m=spell(m))
    text = text[0].upper() + text[1:]
    c = extract_casualties(text)
    assert (best(c.fatalities), best(c.injured)) == (n, m), text


@given(st.integers(min_value=18, max_value=99), st.integers(min_value=2, max_value=40))
def test_age_is_never_the_count(age, m):
    c = extract_casualties(f"A {age}-year-old man was killed and {m} people were injured.")
    assert (best(c.fatalities), best(c.injured)) == (1, m)


@given(st.sampled_from(["almost", "nearly", "at least", "more than", "up to", "about"]), st.integers(min_value=2, max_value=5000))
def test_qualified_fatalities(word, n):
    if 1900 <= n <= 2099:
        n += 300  # see test_year_like_bare_count
    c = extract_casualties(f"{word.capitalize()} {n} people were killed.")
    assert best(c.fatalities) == n
    assert c.fatalities.qualifier == {"almost": "almost", "nearly": "almost", "at least": "at_least", "more than": "at_least",
                                      "up to": "at_most", "about": "about"}[word]


def test_casualties_unknown_is_none():
    c = extract_casualties("Casualties unknown.")
    assert c.fatalities is None and c.injured is None


@pytest.mark.parametrize("text, k, i", [
    ("2 people were killed and 1900 were injured.", 2, 1900),
    ("Almost 1900 people were killed.", 1900, None),
    ("The attack killed 2024 soldiers.", 2024, None),
])
def test_year_like_bare_count(text, k, i):
    c = extract_casualties(text)
    assert (best(c.fatalities), best(c.injured)) == (k, i)
