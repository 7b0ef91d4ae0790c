"""Cheap sentence splitting with offsets, and the quotation spans of a text.

Spans index the text they were cut from (``clean_text``), so every later quote is
``text[start:end]``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.g", "i.e", "approx", "gov", "sen", "rep", "prof", "inc", "ltd", "co", "corp", "jr", "sr", "km",
}
# a pictograph (emoji, dingbats, arrows) that channels put before or after a line's label
PICTOGRAPH = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9А-ЯІЇЄ])|\n\s*\n|\n(?=\s*[\"“«A-Z0-9])"
                       # a list item on its own line: "- Russia attacks ...", "• Zelensky says ..."
                       r"|\n(?=[ \t]*[-•*–—▪·][ \t]+\S)"
                       # a line that opens with a pictograph label: "💥 Vasylivka: ...", "⚡ Outage in ..."
                       "|\n(?=[ \t]*" + PICTOGRAPH + ")"
                       # a footnote number glued to a sentence end: "... political control.12 Western ..."
                       r"|(?<=[a-z][.!?])\d{1,3}\s+(?=[A-Z][a-z])"
                       # an endnote mark after a sentence end: "... on February 20.[12] Russian ...",
                       # "....[[xiv]](https://example.org/a#_edn14) A milblogger ...", "...[^3] The ..."
                       r"|(?:(?<=[.!?])|(?<=[.!?][\"”’)]))(?:\[\[?\^?\w{1,8}\]\]?(?:\([^()\s]{1,300}\))?)+\s+(?=[\"“(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    clause: int = 0  # 0: a sentence or its first clause; n: the n-th later clause of a sentence read as two


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their character offsets (stripped of surrounding space)."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        word = _last_word(text[pos:cut])
        if word and m.group(0).strip() == "" and "\n\n" not in m.group(0) and (
            word.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.rstrip("."))
        ):  # "Gen. Syrskyi", "J. Smith" (but a paragraph break ends a sentence: "... he wrote on X.")
            continue
        if m.group(0).strip() == "" and "\n" not in m.group(0) and _CLOCK_PLACE_LABEL.fullmatch(text, pos, cut):
            continue  # "23:15 Mykolaiv, Korabelnyi district. A missile struck ...": a log entry's label opens its first sentence
        _emit(text, pos, cut, para, out)
        if "\n\n" in m.group(0) or m.group(0).count("\n") >= 1 and text[pos:cut].strip():
            para += 1 if "\n" in m.group(0) else 0
        pos = m.end()
    _emit(text, pos, len(text), para, out)
    return out


_RUN = re.compile(r"[\w.]+")
# a log entry's label: a clock time and a place, with its district or a note in brackets ("00:40 Kherson,
# Dniprovskyi district (same address).")
_CLOCK_PLACE_LABEL = re.compile(r"\s*\[?\d{1,2}[:.]\d{2}\]?\s*[—–-]?\s*(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+){0,2}"
                                r"(?:,\s*[\w'’-]+(?:[ -][\w'’-]+){0,3})?(?:\s*\([^()\n]{1,40}\))?\.")


def _last_word(prev: str) -> str | None:
    r"""``re.search(r"([\w.]+)[.]$", prev.rstrip(...)).group(1)``, the word before a final full stop
    ("Gen." -> "Gen", "U.S." -> "U.S"), read from the end instead of a regex search through the whole
    sentence (which tried every word of it)."""
    s = prev.rstrip("\"'”’)]")
    if s.endswith("\n"):  # "$" also matches before a final newline: the regex itself
        m = re.search(r"([\w.]+)[.]$", s)
        return m.group(1) if m else None
    if not s.endswith("."):
        return None
    run = _RUN.match(s[::-1]).group(0)  # the trailing run of word characters and dots, reversed
    return run[:0:-1] if len(run) >= 2 else None


def _emit(text: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    chunk = text[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = a + lead, b - trail
    if e > s:
        out.append(Sentence(s, e, text[s:e], para))


_QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("«", "»")]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inside (without the marks), for “…”, "…" and «…»."""
    spans: list[tuple[int, int]] = []
    for open_q, close_q in _QUOTE_PAIRS:
        i = 0
        while True:
            a = text.find(open_q, i)
            if a < 0:
                break
            b = text.find(close_q, a + 1)
            if b < 0:
                break
            if b - a > 1:
                spans.append((a + 1, b))
            i = b + 1
    spans.sort()
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for a, b in spans:
        if a <= pos < b:
            return (a, b)
    return None


class SpanIndex:
    """Containment questions about a list of (start, end) spans in O(log n) each, with the answers
    of a scan over the spans sorted by start (so long documents with many quotations or names do
    not cost a scan per sentence or per place)."""

    def __init__(self, spans) -> None:
        self.spans = list(spans)
        order = sorted(range(len(self.spans)), key=lambda i: self.spans[i][0])
        self._order = order
        self._starts = [self.spans[i][0] for i in order]
        self._prefmax: list = []
        m = None
        for i in order:
            b = self.spans[i][1]
            m = b if m is None or b > m else m
            self._prefmax.append(m)

    def exists(self, start_at_most: int, end_above: int) -> bool:
        """Whether a span has ``start <= start_at_most`` and ``end > end_above``."""
        k = bisect_right(self._starts, start_at_most)
        return k > 0 and self._prefmax[k - 1] > end_above

    def covers(self, pos: int) -> bool:
        """Whether a span has ``start <= pos < end``."""
        return self.exists(pos, pos)

    def first_containing(self, pos: int) -> tuple[int, int] | None:
        """The first span (by start, then list order) with ``start <= pos < end``: :func:`inside`
        of the spans sorted by start."""
        k = bisect_right(self._starts, pos)
        j = bisect_right(self._prefmax, pos, 0, k)
        if j >= k:
            return None
        a, b = self.spans[self._order[j]]
        return (a, b)

    def any_start_in(self, lo: int, hi: int) -> bool:
        """Whether a span starts at ``lo <= start < hi``."""
        return bisect_left(self._starts, lo) < bisect_left(self._starts, hi)
