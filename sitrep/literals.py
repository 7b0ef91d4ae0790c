"""Keyword prefilters for regexes, with no sitrep imports (any stage may use them): a regex whose every
match contains one of a few strings is not run on a text that contains none of them (the leading
``(?<![\\w-])`` lookbehind of the lexicon patterns defeats the regex engine's own literal-prefix scan).
:func:`required_literals` reads the strings from the parse tree, so a new row of a data file is covered
without a hand-kept keyword list; :func:`fold_text` and :func:`may_match` apply them, and
:class:`KeywordFinder` finds every keyword of a fixed list in a text in one pass
(``tests/test_prefilters.py``). :mod:`sitrep.nlp.prefilter` builds the lexicon gates on them.

:func:`required_literals` asks :data:`answers` first: :func:`sitrep.recache.install` puts there the
answers of earlier processes, kept on disk (parsing the ~760 patterns of an extraction with Python's
``re._parser`` took ~0.15 s of CPU in every cold process).
"""
from __future__ import annotations

import re
from re import _constants as C, _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  # {lowercase: other chars the engine equates}

_COMMON = {"the", "a", "an", "of", "in", "on", "at", "to", "by", "and", "or", "for", "with", "from", "is", "was", "were"}


# answers of earlier processes, asked before the parse tree: ``answers.get(pattern, flags, compute)``
# (sitrep.recache.install puts its disk store here; None: every answer is worked out)
answers = None


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read from its parse tree: the longest
    literal run of a sequence, the union over the branches of an alternation; a repeat counts only
    when it must occur once. None when no such set is known (a branch made only of classes like
    ``\\w+``, or ``(?i:...)`` in a case-sensitive pattern). With ``re.IGNORECASE`` the strings are
    lowercased and must be looked up in :func:`fold_text` of the text. Sound by construction: the
    prefilter built on it only skips regex runs that cannot match."""
    store = answers
    if store is None or not isinstance(pattern, str):
        return _required_literals(pattern, flags)
    return store.get(pattern, int(flags), _required_literals)


def _required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """:func:`required_literals`, worked out from the parse tree."""
    fold = bool(flags & re.IGNORECASE)
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE and not fold:
        return None

    def score(c: set[str]) -> tuple:
        return (not any(x.strip() in _COMMON for x in c), min(map(len, c)), -len(c))

    def need(seq) -> set[str] | None:
        cands: list[set[str]] = []
        run: list[str] = []
        for op, av in seq:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                cands.append({"".join(run)})
                run = []
            if op is C.SUBPATTERN:
                if av[1] & re.IGNORECASE and not fold:
                    return None  # (?i:...) inside: no literal of this sequence is safe to rely on
                cands.append(need(av[-1]))
            elif op is C.BRANCH:
                subs = [need(b) for b in av[1]]
                cands.append(None if any(x is None for x in subs) else set().union(*subs))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                cands.append(need(av[2]))
        if run:
            cands.append({"".join(run)})
        found = [c for c in cands if c]
        return max(found, key=score) if found else None

    out = need(parsed)
    if not out:
        return None
    if fold:  # a case-insensitive pattern: its literals, lowercased, are looked up in lowercased text (see fold_text)
        out = {x.lower() for x in out}
        if any(c in _FOLD_ODD_SET or ord(c) in _EXTRA_CASES for x in out for c in x if ord(c) > 127):
            return None  # a keyword letter that the engine equates with an ASCII one ("ı", "ſ")
    # a string that contains another of the set adds nothing ("bomb blast" beside "bomb")
    return tuple(sorted(x for x in out if not any(y != x and y in x for y in out)))


def fold_text(text: str) -> str | None:
    """``text.lower()`` when every case-insensitive match of a lexicon regex in ``text`` lowercases to
    the pattern's lowercased literals (so :func:`may_match` is exact); None for the rare text where
    that is not so (the caller then runs every regex): a lowercase that changes the length ("İ"), or
    a character the regex engine folds onto a keyword letter other than its own lowercase ("ſ"
    matches "s", "ı" matches "i", "Σ" at a word's end)."""
    global _last_fold
    last, low = _last_fold
    if text is last or text == last:
        return low  # (the prefilters of a sentence ask about it in turn: two calls in three repeat the one before)
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _FOLD_ODD.search(text)):
        low = None
    _last_fold = (text, low)
    return low


_last_fold: tuple[object, str | None] = (object(), None)  # (the text last folded, its fold_text)


# the non-ASCII characters the engine equates with another letter than their lowercase ("ſ" ~ "s",
# "ı" ~ "i", Greek and Cyrillic variants), and Σ (lower() gives the final ς at a word's end)
_ODD_CHARS = sorted({chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 127} | {"Σ"})
_FOLD_ODD = re.compile("[" + re.escape("".join(_ODD_CHARS)) + "]")
_FOLD_ODD_SET = frozenset(_ODD_CHARS)


def may_match(keywords: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when the regex with these ``required_literals`` cannot match the (folded) text."""
    return low is None or keywords is None or any(k in low for k in keywords)



def _trie_pattern(words: list[str]) -> str:
    """A regex matching, at a position, the longest of ``words`` that starts there: the words as a
    trie, every optional end greedy, so the engine goes as deep as the text allows before it ends."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        kids = sorted(ch for ch in node if ch)
        if not kids:
            return ""
        alts = [re.escape(ch) + emit(node[ch]) for ch in kids]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?=(" + emit(trie) + "))"


class KeywordFinder:
    """Every keyword of a fixed list that occurs in a text: ``find(low)`` is exactly ``{k for k in
    words if k in low}``. With ``ahocorasick_rs`` one automaton pass (overlapping matches); without
    it a regex giving the longest keyword at every position (:func:`_trie_pattern`), each found
    keyword standing for all the keywords it contains (the ones that start where it starts are its
    prefixes)."""

    def __init__(self, words: tuple[str, ...], *, automaton: bool = True) -> None:
        self.words = words
        self._ac = None
        if automaton and words:
            try:
                import ahocorasick_rs  # noqa: PLC0415
            except ImportError:  # pragma: no cover - a declared dependency
                ahocorasick_rs = None
            if ahocorasick_rs is not None:
                self._ac = ahocorasick_rs.AhoCorasick(list(words), store_patterns=True)
        self._rx = re.compile(_trie_pattern(list(words))) if words and self._ac is None else None
        self._inside: dict[str, frozenset[str]] = {}

    def _contained(self, found: str) -> frozenset[str]:
        out = self._inside.get(found)
        if out is None:
            out = self._inside[found] = frozenset(k for k in self.words if k in found)
        return out

    def find(self, low: str) -> frozenset[str] | set[str]:
        if self._ac is not None:
            return set(self._ac.find_matches_as_strings(low, overlapping=True))
        if self._rx is None:
            return frozenset()
        found = set(self._rx.findall(low))
        if len(found) == 1:
            return self._contained(found.pop())
        out: set[str] = set()
        for k in found:
            out |= self._contained(k)
        return out
