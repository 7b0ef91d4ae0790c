"""Shared checks of the statement tests (test_statements_*.py): the direct statements of a text, and
the scorer's check that one of them holds some words and (when given) names the speaker."""
from __future__ import annotations

from typing import Optional

from sitrep.extract.statements import extract_statements


def direct(text: str) -> list:
    """The direct statements of ``text``; every statement's offsets must give back its quote."""
    sts = extract_statements("t", text, [])
    for s in sts:
        assert text[s.start:s.end] == s.quote, (s.start, s.end, s.quote)
    return [s for s in sts if s.direct]


def said(text: str, words: str, speaker: Optional[str]) -> None:
    """A direct statement's quote contains ``words`` and its speaker contains ``speaker`` (the
    surname, or the last word of a body's name); ``speaker`` None checks the quote only."""
    sts = direct(text)
    hits = [s for s in sts if words in s.quote]
    assert hits, [s.quote for s in sts]
    if speaker is not None:
        assert any(speaker.lower() in (s.speaker or "").lower() for s in hits), [(s.speaker, s.quote[:40]) for s in hits]
