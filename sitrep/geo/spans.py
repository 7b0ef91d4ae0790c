"""Token spans and the place-mention record of :mod:`sitrep.geo.mentions`."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional

from sitrep.model import Location


def _plain(name: str) -> str:
    """Letters of a name without accents, lower case ("Phủ Lý" -> "phuly")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum() and not unicodedata.combining(c))


class _Spans:
    """``toks[i]`` -> (word, start, end), with character offsets computed on demand.

    find_mentions looks at offsets only around candidate names, so the offsets of most
    tokens are never needed; they are found by scanning forward from the last one asked.
    """

    __slots__ = ("text", "words", "starts", "upto", "pos")

    def __init__(self, text: str, words: list[str]) -> None:
        self.text = text
        self.words = words
        self.starts = [-1] * len(words)
        self.upto = 0  # offsets known for tokens < upto
        self.pos = 0

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> tuple[str, int, int]:
        w = self.words[i]
        st = self.starts[i]
        if st < 0:
            find, words, starts = self.text.find, self.words, self.starts
            pos = self.pos
            for j in range(self.upto, i + 1):
                pos = find(words[j], pos)
                starts[j] = pos
                pos += len(words[j])
            self.upto, self.pos = i + 1, pos
            st = starts[i]
        return (w, st, st + len(w))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text: character offsets, surface form, kind and resolved location."""

    start: int
    end: int
    text: str
    kind: str  # "settlement" | "region" | "country" | "demonym" | "area"
    location: Optional[Location]
