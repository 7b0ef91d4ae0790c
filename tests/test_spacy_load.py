"""Loading spaCy for the factuality parse: only what is needed, nothing twice, and only when a
sentence needs it (the cold-start cost of ``sitrep extract``)."""
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sitrep.nlp import spacy_pipeline

ROOT = Path(__file__).resolve().parent.parent


def _fresh(code: str) -> str:
    """Run ``code`` in a fresh interpreter (spaCy not yet imported) and return its stdout."""
    res = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                        "HOME": str(Path.home())}, timeout=120)
    assert res.returncode == 0, res.stderr[-3000:]
    return res.stdout


def _model_installed() -> bool:
    import importlib.util

    return any(importlib.util.find_spec(m) is not None for m in spacy_pipeline.MODELS)


needs_model = pytest.mark.skipif(not _model_installed(), reason="no spaCy English model installed")


def test_spacy_imports_without_its_cli_and_the_real_cli_still_loads():
    out = _fresh("""
        import sys
        from sitrep.nlp.spacy_pipeline import _import_spacy
        spacy = _import_spacy()
        print("cli-loaded", "spacy.cli" in sys.modules, "requests" in sys.modules, "weasel" in sys.modules)
        import spacy.cli
        print("real-cli", spacy.cli.__file__.endswith("cli/__init__.py"), callable(spacy.cli.info))
    """)
    assert "cli-loaded False False False" in out
    assert "real-cli True True" in out


@needs_model
def test_entry_points_by_group_answer_as_select():
    # catalogue looks entry points up in a plain dict of groups once the parser loads: each group holds
    # what SelectableGroups.select(group=...) gives, in the same order, and a missing group holds none
    out = _fresh("""
        import importlib.metadata as md
        from sitrep.nlp import spacy_pipeline
        spacy_pipeline._import_spacy()
        import catalogue
        before = catalogue.AVAILABLE_ENTRY_POINTS
        spacy_pipeline._entry_points_by_group()
        after = catalogue.AVAILABLE_ENTRY_POINTS
        groups = {e.group for d in md.distributions() for e in d.entry_points} | {"spacy_factories", "nope"}
        if hasattr(before, "select"):
            same = all(list(before.select(group=g)) == list(after.select(group=g) if hasattr(after, "select")
                                                                else after.get(g, [])) for g in groups)
        else:
            same = before is after
        print("same", same, "plain" if type(after) is dict else type(after).__name__)
        spacy_pipeline.load_parser()
        print("parsed", [t.dep_ for t in spacy_pipeline.parse("Drones did not strike Kyiv.")][:4])
    """)
    assert "same True" in out
    assert "parsed" in out


def test_no_cue_no_spacy_import():
    # a document whose trigger sentences carry no factuality cue never imports spaCy at all
    out = _fresh("""
        import sys
        from sitrep.extract.pipeline import get_pipeline
        from sitrep.model import RawDocument
        text = ("KYIV, March 3 — Russian forces shelled Nikopol on Monday, killing two civilians, "
                "the regional governor said.\\n\\nA drone struck a warehouse in Kharkiv overnight.")
        res = get_pipeline().process(RawDocument(doc_id="t", text=text), "2026-03-03")
        print("events", len(res.events), "spacy", "spacy" in sys.modules)
    """)
    assert "spacy False" in out
    assert "events 0" not in out


@needs_model
def test_parser_pipeline_has_only_what_factuality_reads():
    nlp = spacy_pipeline.load_parser()
    assert nlp is not None
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    assert "senter" not in nlp.component_names and "ner" not in nlp.component_names


@needs_model
def test_saved_tokenizer_is_the_models_own():
    """The empty first tokenizer is fully replaced by the model's saved one: same bytes, same tokens
    as a plain ``spacy.load``."""
    import spacy

    fast = spacy_pipeline.load_parser()
    plain = spacy.load(_model_name(), exclude=spacy_pipeline.PARSER_EXCLUDE)
    assert fast.config["nlp"]["tokenizer"]["@tokenizers"] == spacy_pipeline.SAVED_TOKENIZER
    # (the vocab is left out: the shared parser has seen other sentences in this test session)
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    text = "Russia's forces can't hold U.S.-made HIMARS e.g. near Kupiansk — at 5:30 a.m., (12km) away!"
    assert [t.text for t in fast(text)] == [t.text for t in plain(text)]
    fa, pa = fast(text), plain(text)
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in fa] == [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in pa]


def _model_name() -> str:
    import importlib.util

    return next(m for m in spacy_pipeline.MODELS if importlib.util.find_spec(m) is not None)


@needs_model
def test_lemmas_made_on_demand_equal_the_pipeline_lemmatizer():
    """The cue-sentence parse leaves the lemmatizer out; ``spacy_pipeline.lemma`` gives each token
    asked the lemma the full pipeline would have set (a lemma set by the attribute ruler stays)."""
    nlp = spacy_pipeline.load_parser()
    sentences = [
        "The governor said the drones could have struck the depot if the air defences had failed.",
        "Officials were planning to evacuate the villages, but the shelling didn't stop.",
        "She has been told that the bridges would be rebuilt by the engineers next year.",
        "Troops are n't going to withdraw, the ministry's spokesman insisted on Tuesday.",
    ]
    for text in sentences:
        full = nlp(text)
        lazy = nlp(text, disable=["lemmatizer"])
        assert [spacy_pipeline.lemma(t) for t in lazy] == [t.lemma_ for t in full]
