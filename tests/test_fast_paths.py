"""Fast paths give exactly what the plain code gave: sentence splitting, quotation and date patterns, nearest distances."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sitrep.nlp.sentences import _BOUNDARY, _last_word, split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _plain(prev: str):
    m = re.search(r"([\w.]+)[.]$", prev.rstrip("\"'”’)]"))
    return m.group(1) if m else None


def test_last_word_equals_the_regex():
    cases = ["Gen.", "the U.S.", "Kyiv.", "x .", ".", "..", "a..", "said Lt. Col.", "St.\n", "end.\"", "end.”)",
             "No.\n", "3.5.", "é.", "café.", "word", "", "\n", "a.\n\n", "“Mr.”", "Ukraine’s No."]
    rng = random.Random(3)
    alphabet = "ab.1_ é\n\"”)’'"
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14))) for _ in range(20000)]
    for text in (ROOT / "examples" / "reports").glob("*.txt"):
        t = text.read_text(encoding="utf-8")
        pos = 0
        for m in _BOUNDARY.finditer(t):
            cases.append(t[pos:m.start()])
            pos = m.end()
    for prev in cases:
        assert _last_word(prev) == _plain(prev), prev


def test_abbreviations_do_not_split():
    text = "Gen. Valerii Zaluzhnyi said Mr. Smith left. The U.S. Army came. Then St. Petersburg was hit."
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Valerii Zaluzhnyi said Mr. Smith left.", "The U.S. Army came.", "Then St. Petersburg was hit."]


def _texts_and_noise(n: int = 20000, alphabet: str = "ab s1.\n'‘’\"“”") -> list[str]:
    rng = random.Random(5)
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "examples" / "reports").glob("*.txt"))]
    texts += ["'Tis the 'end'", "the soldiers' positions", "he said 'we will hold' and left", "‘Grad’ rockets",
              "'x'", "a'b'", "’'quoted'", "'the s' guys'", "'", "''", "'a"]
    return texts + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 16))) for _ in range(n)]


def test_single_quote_pattern_equals_the_old_one():
    from sitrep.extract.statements import _SINGLE_QUOTE

    old = re.compile(r"(?<![\w’'])([‘'])(?=[\w\d])(.+?)(?<=[\w\d.,!?…])(?!(?<=s)[’']\s+[a-z])([’'])(?![\w])")
    for text in _texts_and_noise():
        assert [(m.span(), m.groups()) for m in _SINGLE_QUOTE.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_date_hint_equals_the_old_pattern():
    from sitrep.extract.classify import date_hint

    old = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|"
                     r"yesterday|overnight|night|morning|evening|afternoon|week|month|past|last|this)", re.I)
    texts = [s.text for t in _texts_and_noise(0) for s in split_sentences(t)]
    texts += ["On MONDAY", "ſunday", "Three drones", "٣ drones", "nothing here", "THIS", "İt was last night", ""]
    texts += _texts_and_noise(5000, "ab dayMonTHIS1 ")[-5000:]
    for text in texts:
        assert date_hint(text) == (old.search(text) is not None), text


def test_nearest_km_with_longitude_reach_equals_the_plain_minimum():
    """``nearest_km`` measures only points within a latitude band and a longitude reach: the minimum
    is exact whenever it is within ``within`` km, and above ``within`` otherwise (also across the
    antimeridian and near the poles)."""
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.lexicon import nearest_km

    rng = random.Random(11)
    for _ in range(3000):
        clat, clon = rng.uniform(-85, 85), rng.uniform(-180, 180)
        spread = rng.choice([0.5, 2, 5, 20, 180])
        pts = [(max(-89.9, min(89.9, clat + rng.uniform(-spread, spread))), ((clon + rng.uniform(-spread, spread) + 180) % 360) - 180)
               for _ in range(rng.randrange(1, 60))]
        lat, lon = clat + rng.uniform(-1, 1), clon + rng.uniform(-2, 2)
        for within in (100.0, 50.0, 25.0):
            want = min(haversine_km(lat, lon, p[0], p[1]) for p in pts)
            got = nearest_km(lat, lon, list(pts), within)
            assert got == want if want <= within else got > within, (lat, lon, pts, within)
    assert nearest_km(50.0, 179.9, [(50.0, -179.9)]) == haversine_km(50.0, 179.9, 50.0, -179.9)


def test_near_is_remembered_and_equal_to_a_scan():
    """The settlements near a point are scanned once per point and answered the same afterwards."""
    from sitrep.geo import get_gazetteer

    gaz = get_gazetteer()
    for lat, lon in ((50.45, 30.52), (48.0, 37.8), (49.99, 36.23), (0.0, 0.0)):
        first = gaz._near(lat, lon, 25.0)
        assert sorted(first) == sorted(gaz._near_scan(lat, lon, 25.0))
        assert gaz._near(lat, lon, 25.0) is first
    assert gaz._near(50.45, 30.52, 25.0)  # Kyiv has sections within 25 km


def test_nearest_km_stop_below_keeps_the_brackets():
    """``stop_below``: a distance below it when the minimum is below it, else the exact minimum."""
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.lexicon import nearest_km

    rng = random.Random(13)
    for _ in range(2000):
        pts = [(48 + rng.uniform(-1, 1), 36 + rng.uniform(-1.5, 1.5)) for _ in range(rng.randrange(1, 40))]
        lat, lon = 48 + rng.uniform(-1, 1), 36 + rng.uniform(-1.5, 1.5)
        want = min(haversine_km(lat, lon, p[0], p[1]) for p in pts)
        got = nearest_km(lat, lon, list(pts), stop_below=25.0)
        if want < 25:
            assert got < 25
        elif want <= 100:
            assert got == want
        else:
            assert got > 100
