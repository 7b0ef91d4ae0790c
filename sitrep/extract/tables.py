"""Incident tables: a header row names the columns of the rows under it ("No. | Date | Oblast | Settlement | What
happened | K | I | Source", often with a legend "K = killed, I = injured"), so a row's dead and injured are read from
its cells, not from the words of its description alone."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from sitrep.nlp.numbers import make_count

CELL_SEP = re.compile(r"[|｜\t]")  # the separator of a table's cells (pipes, full-width pipes, tabs)
ROW_MIN_SEPARATORS = 3  # a line with fewer separators is text, not a row
_KILLED = frozenset({"killed", "dead", "deaths", "fatalities", "died", "kia", "†"})
_INJURED = frozenset({"injured", "wounded", "injuries", "hurt", "wia"})
_LEGEND = re.compile(r"\b([A-Z]{1,3})\s*[=:–—-]\s*(killed|dead|deaths|injured|wounded)\b")
_CELL_COUNT = re.compile(r"\s*(\d{1,4})\s*\**\s*")  # "2", "2*" (a footnote mark)


def separated_lines(text: str) -> Iterator[tuple[int, str, int]]:
    """(start offset, line, number of cell separators) of each line of ``text``; nothing when no line can be a row."""
    if "|" not in text and "\t" not in text and "｜" not in text:
        return
    pos = 0
    for line in text.split("\n"):
        yield pos, line, len(CELL_SEP.findall(line))
        pos += len(line) + 1


def count_columns(text: str) -> dict[int, tuple[Optional[int], Optional[int], int]]:
    """For each row line under an incident table's header: its start offset -> (column of the dead, column of the
    injured, number of separators of the header). Empty when the text has no such table."""
    legend = None
    out: dict = {}
    header = None  # (killed column, injured column, separators)
    for pos, line, seps in separated_lines(text):
        if seps >= ROW_MIN_SEPARATORS:
            if legend is None:
                legend = {m.group(1): m.group(2).lower() for m in _LEGEND.finditer(text)}
            cells = [c.strip() for c in CELL_SEP.split(line)]
            names = [legend.get(c, c).lower().strip(" .:()") for c in cells]
            k = next((i for i, c in enumerate(names) if c in _KILLED), None)
            w = next((i for i, c in enumerate(names) if c in _INJURED), None)
            if k is not None or w is not None:
                header = (k, w, seps)
            elif header is not None and seps == header[2]:
                out[pos] = header
        elif line.strip():
            header = None  # (a paragraph ends the table)
    return out


def row_counts(line: str, columns: tuple) -> tuple:
    """(dead, injured) Counts of a table row from its cells: a number is that count, "–" or an empty cell no figure."""
    cells = CELL_SEP.split(line)
    got = []
    for col in columns[:2]:
        m = _CELL_COUNT.fullmatch(cells[col]) if col is not None and col < len(cells) else None
        got.append(make_count(int(m.group(1))) if m else None)
    return tuple(got)
