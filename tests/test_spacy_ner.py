"""The optional spaCy layer (SITREP_SPACY=1): NER-only pipeline with the gazetteer ruler in
front, used for speaker names the lexicon does not know."""
import pytest

from sitrep.extract import ner
from sitrep.nlp import spacy_pipeline


@pytest.fixture
def spacy_on(monkeypatch):
    monkeypatch.setenv("SITREP_SPACY", "1")
    spacy_pipeline.load_spacy.cache_clear()
    ner._nlp.cache_clear()
    ner.persons.cache_clear()
    yield
    spacy_pipeline.load_spacy.cache_clear()
    ner._nlp.cache_clear()
    ner.persons.cache_clear()


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("SITREP_SPACY", raising=False)
    spacy_pipeline.load_spacy.cache_clear()
    assert spacy_pipeline.load_spacy() is None
    ner._nlp.cache_clear()
    ner.persons.cache_clear()
    assert ner.persons("Ambassador Hrytsenko said talks would go on.") == ()


@pytest.mark.slow
def test_ner_only_pipeline_with_gazetteer_ruler(spacy_on):
    nlp = ner._nlp()
    assert nlp is not None
    assert "ner" in nlp.pipe_names and "parser" not in nlp.pipe_names and "gazetteer_ruler" in nlp.pipe_names
    doc = nlp("Drones hit Kursk and Mykolaiv overnight, Hrytsenko told reporters in Istanbul.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Kursk") == "GPE" and labels.get("Mykolaiv") == "GPE"


@pytest.mark.slow
def test_speaker_unknown_to_the_lexicon(spacy_on):
    from sitrep.extract.statements import extract_statements

    text = ('Talks in Istanbul ended on Friday. Hrytsenko described them as useful.\n\n'
            '"We are ready to continue contacts," he told reporters.')
    st = [s for s in extract_statements("t", text, []) if s.direct]
    assert st and st[0].speaker == "Hrytsenko"
