"""The one number normaliser (sitrep.nlp.numbers): golden phrases and hypothesis properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from sitrep.nlp.numbers import find_numbers, make_count, parse_count, words_to_int

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int, sep: str = "-") -> str:
    if n < 20:
        return ONES[n]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]}{sep}{ONES[u]}"


def triple(c):
    return (c.low, c.best, c.high, c.qualifier)


# ---------------------------------------------------------------- golden phrases (EVENTS.md counts)
@pytest.mark.parametrize("phrase, expected", [
    ("almost 100", (None, 100, 100, "almost")),
    ("nearly 140", (None, 140, 140, "almost")),
    ("more than 600", (600, 600, None, "at_least")),
    ("at least 12", (12, 12, None, "at_least")),
    ("over 1,000", (1000, 1000, None, "at_least")),
    ("up to 50", (None, 50, 50, "at_most")),
    ("as many as 30", (None, 30, 30, "at_most")),
    ("about 30", (None, 30, None, "about")),
    ("around 200", (None, 200, None, "about")),
    ("approximately 45", (None, 45, None, "about")),
    ("144", (144, 144, 144, "exact")),
    ("1,200", (1200, 1200, 1200, "exact")),
    ("seven", (7, 7, 7, "exact")),
    ("twenty-one", (21, 21, 21, "exact")),
    ("a dozen", (12, 12, 12, "exact")),
    ("two dozen", (24, 24, 24, "exact")),
    ("two hundred and five", (205, 205, 205, "exact")),
])
def test_parse_count_golden(phrase, expected):
    c = parse_count(phrase)
    assert c is not None, phrase
    assert triple(c) == expected


@pytest.mark.parametrize("phrase", ["several", "dozens", "hundreds", "a few"])
def test_vague_words_are_unspecified(phrase):
    c = parse_count(phrase)
    assert c is not None and c.qualifier == "unspecified" and c.best is None
    assert c.high is None


@pytest.mark.parametrize("text", [
    "a 66-year-old woman",
    "20 kilometers from Poland",
    "20 km from the border",
    "122mm artillery",
    "a 152-mm shell",
    "on 15 March",
    "on March 15",
    "in 2024",
    "at 10 a.m.",
    "50 percent of the grid",
    "for 3 hours",
])
def test_measures_and_calendar_numbers_are_not_counts(text):
    assert find_numbers(text) == [], (text, find_numbers(text))


def test_find_numbers_offsets_cut_the_phrase():
    text = "Russia launched almost 100 drones and 6 missiles; 20 km away 3 people were hurt."
    spans = find_numbers(text)
    assert [s.count.best for s in spans] == [100, 6, 3]
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_age_is_not_the_fatality_count():
    spans = find_numbers("A 66-year-old woman and two men were killed.")
    assert [s.count.best for s in spans] == [2]


# ---------------------------------------------------------------- properties
@given(st.integers(min_value=0, max_value=999_999))
def test_digits_round_trip(n):
    assert words_to_int(str(n)) == n
    c = parse_count(str(n))
    if 1900 <= n <= 2099:
        return  # calendar years are deliberately not counts
    assert c is not None and triple(c) == (n, n, n, "exact")


@given(st.integers(min_value=1000, max_value=999_999))
def test_digits_with_thousands_commas_round_trip(n):
    text = f"{n:,}"
    assert words_to_int(text) == n
    c = parse_count(text)
    assert c is not None and c.best == n and c.qualifier == "exact"


@given(st.integers(min_value=0, max_value=99), st.sampled_from(["-", " "]))
def test_words_0_99_round_trip(n, sep):
    words = spell(n, sep)
    assert words_to_int(words) == n
    if n == 0:
        return  # "zero" is a value, not a count phrase in reports
    c = parse_count(words)
    assert c is not None and c.best == n and c.qualifier == "exact", (words, c)


@given(st.integers(min_value=0, max_value=99))
def test_words_in_a_sentence_round_trip(n):
    if n == 0:
        return
    text = f"Officials said {spell(n)} people were injured."
    spans = find_numbers(text)
    assert [s.count.best for s in spans] == [n], (text, spans)


QUALIFIER_WORDS = {
    "almost": "almost", "nearly": "almost",
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "up to": "at_most", "as many as": "at_most",
    "about": "about", "around": "about", "approximately": "about", "some": "about",
}


@given(st.sampled_from(sorted(QUALIFIER_WORDS)), st.integers(min_value=2, max_value=99_999))
def test_qualifier_words_follow_the_contract(word, n):
    if 1900 <= n <= 2099:
        n += 300
    c = parse_count(f"{word} {n}")
    assert c is not None, word
    q = QUALIFIER_WORDS[word]
    assert c.qualifier == q and c.best == n
    if q == "almost":
        assert (c.low, c.high) == (None, n)
    elif q == "at_least":
        assert (c.low, c.high) == (n, None)
    elif q == "at_most":
        assert (c.low, c.high) == (None, n)


@given(st.integers(min_value=0, max_value=10**6),
       st.sampled_from(["exact", "almost", "at_least", "at_most", "about", "unspecified"]))
def test_make_count_is_ordered(n, q):
    c = make_count(n, q)
    vals = [v for v in (c.low, c.best, c.high) if v is not None]
    assert vals == sorted(vals)
    assert c.qualifier == q
    if q == "unspecified":
        assert c.best is None
    else:
        assert c.best == n


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_find_numbers_never_raises_and_spans_are_exact(text):
    for s in find_numbers(text):
        assert text[s.start:s.end] == s.text
        vals = [v for v in (s.count.low, s.count.best, s.count.high) if v is not None]
        assert vals == sorted(vals)
