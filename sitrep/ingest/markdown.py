"""Markdown markup in text input (crawled pages saved as ``.md``, think-tank assessments with
endnote links): the words stay, the markup goes, before the line rules and every later span.

- ``[[xii]](https://…#_edn12)``, ``[12](…)``, ``[^3]``: citation markers, dropped with their link;
- ``![alt](url)``: an image, dropped; ``[words](url)``: a link, its words kept;
- ``**bold**``, ``__bold__``, ``_emphasis_``: the markers dropped;
- ``### Heading``, ``> quote``: the line markers dropped.

Plain prose is left byte-identical: nothing runs unless the text shows markdown (a link written
``](``, a line opening with ``#``, ``**`` or ``>``, or a bold pair). An ``_`` inside a word
(``snake_case``) and a lone ``*`` are kept.
"""
from __future__ import annotations

import re

_LOOKS = re.compile(r"\[\^\w{1,8}\]|\]\((?:https?:|<?#|/|www\.)|^[ \t]*(?:#{1,6}[ \t]|\*\*|>[ \t])|\*\*\S[^*\n]{0,300}\S\*\*", re.M)
_CITATION = re.compile(r"\s?\[\[[^\[\]\n]{1,16}\]\]\([^()\s]*\)|\s?\[(?:\d{1,3}|[ivxlc]{1,8})\]\([^()\s]*\)|\[\^\w{1,8}\]", re.I)
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]*\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:<[^<>\n]*>|[^()\s]*)\)")
_BOLD = re.compile(r"\*\*+")
_EMPH = re.compile(r"(?<!\w)(_{1,2})(?=[^\s_])([^_\n]{0,300}?[^\s_])\1(?!\w)")  # "_word_", "__words__": a pair on one line
_LINE_MARK = re.compile(r"^[ \t]*(?:(?:#{1,6}[ \t]+|>[ \t]?)[ \t]*)+", re.M)


def looks_like_markdown(text: str) -> bool:
    return _LOOKS.search(text) is not None


def strip_markdown(text: str) -> str:
    """``text`` without markdown markup (see the module doc); unchanged when it shows none. Applied
    until nothing more goes (nested marks, "> > quote", "**[link](url)**"), so cleaning is idempotent."""
    for _ in range(4):
        if not looks_like_markdown(text):
            return text
        out = _strip_once(text)
        if out == text:
            return out
        text = out
    return text


def _strip_once(text: str) -> str:
    text = _CITATION.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub("", text)
    text = _EMPH.sub(r"\2", text)
    return _LINE_MARK.sub("", text)
