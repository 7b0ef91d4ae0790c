"""Keyword prefilters for lexicon regexes: a regex whose every match contains one of a few strings
is not run on a text that contains none of them (the leading ``(?<![\\w-])`` lookbehind of the
lexicon patterns defeats the regex engine's own literal-prefix scan). :func:`required_literals`
reads the strings from the parse tree, so a new row of a data file is covered without a hand-kept
keyword list; :func:`fold_text` and :func:`may_match` apply them (``tests/test_prefilters.py``).
"""
from __future__ import annotations

import re
from re import _constants as C, _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  # {lowercase: other chars the engine equates}

_COMMON = {"the", "a", "an", "of", "in", "on", "at", "to", "by", "and", "or", "for", "with", "from", "is", "was", "were"}


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read from its parse tree: the longest
    literal run of a sequence, the union over the branches of an alternation; a repeat counts only
    when it must occur once. None when no such set is known (a branch made only of classes like
    ``\\w+``, or ``(?i:...)`` in a case-sensitive pattern). With ``re.IGNORECASE`` the strings are
    lowercased and must be looked up in :func:`fold_text` of the text. Sound by construction: the
    prefilter built on it only skips regex runs that cannot match."""
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
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _FOLD_ODD.search(text)):
        return None
    return low


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


class _Finder:
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


class _Registry:
    """The keywords of every prefilter of the process in one finder, and the answer for the last
    text asked about (a sentence is asked about by the trigger, weapon, actor, date and cue
    prefilters in turn)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.finder: _Finder | None = None
        self.last: tuple[str | None, frozenset[str] | set[str]] = (None, frozenset())

    def add(self, words) -> None:
        new = set(words) - self.words
        if new:
            self.words |= new
            self.finder = None
            self.last = (None, frozenset())

    def present(self, low: str) -> frozenset[str] | set[str]:
        last, found = self.last
        if last is not None and (low is last or low == last):
            return found
        if self.finder is None:
            self.finder = _Finder(tuple(sorted(self.words)))
        found = self.finder.find(low)
        self.last = (low, found)
        return found


_REGISTRY = _Registry()


class KeywordIndex:
    """Which keywords of many prefilters occur in a (folded) text, in one pass for all of them
    instead of a substring test per keyword and regex: ``present(low)`` holds exactly the keywords
    of this index that are substrings of ``low`` (and maybe keywords of other indexes: test with
    ``isdisjoint`` against a keyword set of this index). ``tests/test_prefilters.py``."""

    def __init__(self, keyword_sets) -> None:
        self.words = tuple(sorted({k for ks in keyword_sets if ks for k in ks}))
        _REGISTRY.add(self.words)

    def present(self, low: str) -> frozenset[str] | set[str]:
        return _REGISTRY.present(low)


def may_match_any(keywords: tuple[str, ...] | None, present) -> bool:
    """:func:`may_match` on a :meth:`KeywordIndex.present` set (None: the text was not folded)."""
    return present is None or keywords is None or not present.isdisjoint(keywords)


class Gated:
    """A compiled pattern whose ``search`` first looks for its :func:`required_literals` in the
    (folded) text and answers None without running the regex when none is there: what the pattern
    itself answers, faster on the many sentences that cannot match (a case-insensitive pattern
    starting with a look-behind is tried at every position). Every other method is the pattern's."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex
        self.match, self.fullmatch, self.finditer, self.findall, self.sub, self.split = \
            rx.match, rx.fullmatch, rx.finditer, rx.findall, rx.sub, rx.split
        self.keywords = required_literals(rx.pattern, rx.flags)
        self._fold = bool(rx.flags & re.IGNORECASE)
        if self.keywords is not None and self._fold:
            _REGISTRY.add(self.keywords)
        self._search = rx.search

    def possible(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in ``text``."""
        kws = self.keywords
        if kws is None:
            return True
        if not self._fold:
            return any(k in text for k in kws)
        low = fold_text(text)
        return low is None or not _REGISTRY.present(low).isdisjoint(kws)

    def search(self, text: str, *args):
        return self._search(text, *args) if self.possible(text) else None

    def __repr__(self) -> str:
        return f"Gated({self.rx!r})"
