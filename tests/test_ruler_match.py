"""The attribute ruler's matching by table look-up (sitrep/nlp/ruler_match.py) gives exactly the
matches of spaCy's Matcher, and so the same POS, morphology and lemmas."""
import re
from pathlib import Path

import pytest

from sitrep.nlp import spacy_pipeline

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("spacy")


def _parser():
    nlp = spacy_pipeline.load_parser()
    if nlp is None:
        pytest.skip("no spaCy English model installed")
    return nlp


# contractions, colloquial forms and spaces: the rules with sets of forms, NOT_IN, REGEX and two tokens
_ODD = [
    "He said his  wife   was n't there .", "It's his. Hers was. Y'all ain't nothin' nuthin' y' know.",
    "I'd go, coz he's got 'em, whie she'd've been gone til noon.", "Ain't AI ai?", "  ", " \n ",
    "Whether or not the strikes stop, the talks will go on because nobody can afford a longer war.",
    "Those who had been wounded were taken to hospital; that one was not.", "U.S. officials said so — twice.",
]


def _sentences() -> list[str]:
    out = list(_ODD)
    for path in sorted((ROOT / "examples" / "reports").glob("*.txt")):
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8")) if 3 < len(s) < 600]
    return out


def test_installed_on_the_parser():
    nlp = _parser()
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the instance's look-up, not the class's Matcher


def test_same_matches_as_the_matcher():
    from spacy.pipeline import AttributeRuler

    nlp = _parser()
    ruler = nlp.get_pipe("attribute_ruler")
    before = nlp.pipe_names[:nlp.pipe_names.index("attribute_ruler")]
    n = 0
    for text in _sentences():
        doc = nlp(text, disable=[p for p in nlp.pipe_names if p not in before])
        expected = AttributeRuler.match(ruler, doc)
        assert ruler.match(doc) == expected, text
        n += len(expected)
    assert n > 1000


def test_same_token_attributes_as_the_matcher():
    from spacy.pipeline import AttributeRuler

    nlp = _parser()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = vars(ruler)["match"]
    for text in _sentences()[:60]:
        got = [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in nlp(text)]
        ruler.match = lambda doc: AttributeRuler.match(ruler, doc)
        try:
            want = [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in nlp(text)]
        finally:
            ruler.match = fast
        assert got == want, text
