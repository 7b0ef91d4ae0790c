"""Properties over the date and number normalisers and the cleaner (issue 13, fuzzing): no
exception escapes, offsets stay inside the text, counts are ordered and non-negative, results are
deterministic and cleaning is idempotent. Inputs mix the words these parsers look for with noise."""
import datetime as dt

from hypothesis import given, strategies as st

from fuzz_budget import fuzz

from sitrep.ingest import clean
from sitrep.ingest.clean import plain_text
from sitrep.model import RawDocument
from sitrep.nlp.dates import find_dates, infer_reference_date
from sitrep.nlp.numbers import find_numbers, parse_count

WORDS = ["on", "the", "night", "of", "Monday", "last", "week", "past", "yesterday", "overnight", "since",
         "between", "and", "to", "from", "March", "Sept.", "12", "3rd", "2024", "2025", "1999", "early", "late",
         "more", "than", "almost", "about", "at", "least", "up", "dozens", "hundreds", "two", "twenty-one",
         "thousand", "1,250", "1.5", "million", "killed", "wounded", "people", "drones", "—", ",", ".", "\n",
         "\n\n", "“", "”", "KYIV", "(Reuters)", "-", "Saturday", "this", "month", "year", "ago", "days", "%"]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30).map(" ".join),
)
refs = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2039, 12, 31)))


@fuzz(fast=300, slow=2500)
@given(texts, refs)
def test_find_dates_spans_inside_and_ranges_ordered(text, ref):
    found = find_dates(text, ref)
    assert found == find_dates(text, ref)  # deterministic
    for m in found:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
        if m.date is not None and m.date_end is not None:
            assert m.date <= m.date_end, m
    infer_reference_date(text)  # never raises


@fuzz(fast=300, slow=2500)
@given(texts)
def test_numbers_non_negative_ordered_inside(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text) and text[n.start:n.end] == n.text
        c = n.count
        vals = [v for v in (c.low, c.best, c.high) if v is not None]
        assert all(v >= 0 for v in vals), c
        if c.low is not None and c.high is not None:
            assert c.low <= c.high, c
        if c.best is not None:
            assert (c.low is None or c.low <= c.best) and (c.high is None or c.best <= c.high), c
    c = parse_count(text)
    if c is not None:
        assert all(v >= 0 for v in (c.low, c.best, c.high) if v is not None), c


lines = st.lists(st.one_of(texts, st.sampled_from(["Share this article", "Advertisement", "Read more:",
                                                   "Photo: AFP", "", "Subscribe to our newsletter"])),
                 max_size=15).map("\n".join)


@fuzz(fast=300, slow=2500)
@given(lines)
def test_cleaning_is_idempotent_and_keeps_only_text(text):
    once = clean(RawDocument(doc_id="f", text=text)).clean_text
    twice = clean(RawDocument(doc_id="f", text=once)).clean_text
    assert twice == once
    for line in once.splitlines():
        # (control characters are dropped first: the kept text is that of ``plain_text``)
        assert not line.strip() or " ".join(line.split()) in " ".join(plain_text(text).split())
