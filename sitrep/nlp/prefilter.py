"""Keyword prefilters for lexicon regexes (the machinery is :mod:`sitrep.literals`): one keyword
finder for every prefilter of the process (:class:`KeywordIndex`), and :class:`Gated`, a compiled
pattern that is not run on a text holding none of its required literals (``tests/test_prefilters.py``).
"""
from __future__ import annotations

import re

from sitrep.literals import (  # noqa: F401  (re-exported: the prefilter API)
    KeywordFinder as _Finder, _trie_pattern, fold_text, may_match, required_literals,
)


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


def present_keywords(low: str) -> frozenset[str] | set[str]:
    """Every registered prefilter keyword that occurs in the folded text ``low`` (:func:`fold_text`)."""
    return _REGISTRY.present(low)


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


def keyword_set(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """:func:`required_literals` as a frozenset, the form to test against a ``present`` set: a set's
    ``isdisjoint`` of another set looks up the smaller one's items in the larger, of a tuple every item
    of the tuple (a trigger row has up to ~100 keywords; a sentence holds ~18 of all the process's)."""
    kws = required_literals(pattern, flags)
    return None if kws is None else frozenset(kws)


def may_match_any(keywords: frozenset[str] | tuple[str, ...] | None, present) -> bool:
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
        self.keywords = keyword_set(rx.pattern, rx.flags)
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

    def possible_given(self, present, text: str) -> bool:
        """:meth:`possible` for a part of a text whose folded whole gave ``present`` (:func:`present_keywords`;
        None: not folded): a keyword absent from the whole is absent from its parts. A case-sensitive pattern
        looks in ``text`` (the whole) itself."""
        kws = self.keywords
        if kws is None:
            return True
        if not self._fold:
            return any(k in text for k in kws)
        return present is None or not present.isdisjoint(kws)

    def search(self, text: str, *args):
        return self._search(text, *args) if self.possible(text) else None

    def __repr__(self) -> str:
        return f"Gated({self.rx!r})"
