"""The matching step of the parser pipeline's attribute ruler, by table look-up.

spaCy's ``attribute_ruler`` (after the tagger and parser of the small English model) sets a token's
POS, morphology and some lemmas from ~180 rules, each a pattern of one or two tokens that tests
the fine-grained tag, the lower-cased form, the dependency label or whether the token is a space
("TAG=PRP and LOWER=his: POS PRON, lemma his"). It finds them with the general spaCy ``Matcher``,
which tries every rule's first token on every token of the sentence: ~12 microseconds per token,
~0.04 s of CPU for the ~100 sentences of the crawl benchmark that are parsed (the parse itself is
~0.3 s). :class:`RulerMatch` gives the same answer from dictionaries keyed by the tested values:
the rules a token can start are looked up by its tag, form, label and space flag, and only they
are checked in full.

It reproduces ``AttributeRuler.match(doc)``: every distinct ``(rule number, rule key, start,
end)`` whose tokens meet the rule's pattern, sorted (``Matcher`` drops a repeated match of a key
and span; the ruler sorts so that later rules are applied last), and the ruler's own
``set_annotations`` then applies them. Patterns with anything else (operators, sets of values,
other attributes, extension attributes) are not handled: :func:`install` then leaves the ruler's
``Matcher`` in place. ``tests/test_ruler_match.py`` compares both on many sentences.
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Optional

from spacy.strings import get_string_id

# the token attributes a pattern may test here: the Matcher's name -> slot in the per-token tuple
_SLOTS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_STRING_OF = ("tag_", "lower_", "dep_")  # a slot's value as text (for REGEX)
# the slot a rule is filed under: the most selective attribute its first token tests by value
_FILE_ORDER = (1, 0, 2, 3)
_EQ, _IN, _NOT_IN, _REGEX = 0, 1, 2, 3


def _token_tests(spec: dict) -> Optional[tuple[tuple[int, int, object], ...]]:
    """A pattern token as ``(slot, kind, value)`` tests with the Matcher's values (string hashes,
    0/1 for a flag, a set of hashes for IN and NOT_IN, a compiled pattern for REGEX), or None when
    it tests anything else."""
    tests = []
    for attr, value in spec.items():
        slot = _SLOTS.get(attr.upper()) if isinstance(attr, str) else None
        if slot is None:
            return None
        if slot == 3:
            if not isinstance(value, bool):
                return None
            tests.append((slot, _EQ, int(value)))
        elif isinstance(value, str):
            tests.append((slot, _EQ, get_string_id(value)))
        elif isinstance(value, dict) and value:
            for op, arg in value.items():
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    tests.append((slot, _IN if op == "IN" else _NOT_IN, frozenset(get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((slot, _REGEX, re.compile(arg)))
                else:
                    return None
        else:
            return None
    return tuple(tests) if tests else None


def _meets(doc, i: int, tok: tuple, tests) -> bool:
    for slot, kind, value in tests:
        if kind == _EQ:
            if tok[slot] != value:
                return False
        elif kind == _IN:
            if tok[slot] not in value:
                return False
        elif kind == _NOT_IN:
            if tok[slot] in value:
                return False
        elif not value.search(getattr(doc[i], _STRING_OF[slot])):
            return False
    return True


class RulerMatch:
    """``AttributeRuler.match`` for a ruler whose patterns are all plain token tests (see
    :meth:`build`)."""

    def __init__(self, by_value: list[dict], anywhere: list) -> None:
        self._by_value = by_value  # per slot: value -> [(rule number, key, tests per token)]
        self._anywhere = anywhere  # rules whose first token tests no value to look up (a REGEX only)

    @classmethod
    def build(cls, ruler) -> Optional["RulerMatch"]:
        """The look-up tables of ``ruler``'s rules, or None when one of its patterns is not plain."""
        by_value: list[dict] = [{} for _ in _SLOTS]
        anywhere = []
        for i in range(len(ruler.attrs)):
            key = ruler.vocab.strings.add(str(i))  # the ruler's key of its i-th rule (AttributeRuler.add)
            got = ruler.matcher.get(key)
            if got is None:
                return None
            for pattern in got[1]:
                tokens = tuple(_token_tests(spec) for spec in pattern) if pattern else (None,)
                if any(t is None for t in tokens):
                    return None
                rule = (i, key, tokens)
                first = {slot: (kind, value) for slot, kind, value in tokens[0] if kind in (_EQ, _IN)}
                slot = next((s for s in _FILE_ORDER if s in first), None)
                if slot is None:
                    anywhere.append(rule)
                elif first[slot][0] == _EQ:
                    by_value[slot].setdefault(first[slot][1], []).append(rule)
                else:
                    for v in first[slot][1]:
                        by_value[slot].setdefault(v, []).append(rule)
        return cls(by_value, anywhere)

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        toks = [(t.tag, t.lower, t.dep, int(t.is_space)) for t in doc]
        n = len(toks)
        found = set()
        by_value, anywhere = self._by_value, self._anywhere
        for s, tok in enumerate(toks):
            filed = chain.from_iterable(by_value[slot].get(tok[slot], ()) for slot in _FILE_ORDER)
            for i, key, tokens in chain(filed, anywhere):  # (the rules filed under the token's values, then the rest)
                if s + len(tokens) <= n and all(_meets(doc, s + j, toks[s + j], tests) for j, tests in enumerate(tokens)):
                    found.add((i, key, s, s + len(tokens)))
        return sorted(found)


def install(nlp) -> bool:
    """Serve the matching of ``nlp``'s attribute ruler from :class:`RulerMatch` (False: no ruler, or
    patterns it does not handle; the ruler is then left as it is)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    fast = RulerMatch.build(ruler)
    if fast is None:
        return False
    ruler.match = fast.match  # (AttributeRuler.__call__ calls self.match, then its own set_annotations)
    return True
