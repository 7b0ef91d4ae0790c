"""The fast paths of sentence splitting give exactly what the plain regular expressions gave."""
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
