"""Named people in short text windows (quote attributions, speakers), from spaCy's NER with the
gazetteer entity ruler in front of it, so that Kursk or Mykolaiv are places, not people.

Only short windows go through the model (the clause around a speech verb or a quotation mark),
which keeps extraction fast; results are cached per window text.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.nlp.spacy_pipeline import load_spacy


@lru_cache(maxsize=1)
def _nlp():
    nlp = load_spacy()
    if nlp is None:
        return None
    from sitrep.geo.ruler import add_gazetteer_ruler

    add_gazetteer_ruler(nlp)
    return nlp


@lru_cache(maxsize=4096)
def persons(window: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each PERSON entity in ``window`` (empty without a model)."""
    nlp = _nlp()
    if nlp is None or not window.strip() or len(window) > 2000:
        return ()
    doc = nlp(window)
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = ent.text.strip(" ,.'’\"“”")
        if not name or not name[0].isupper() or len(name) < 3 or "\n" in name:
            continue
        start = ent.start_char + ent.text.find(name)
        out.append((start, start + len(name), name))
    return tuple(out)
