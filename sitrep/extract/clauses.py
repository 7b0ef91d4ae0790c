"""Sentences read as two: a clause with its own subject, verb of war and place tells another event.

"Russian missiles hit Kharkiv overnight, and drones struck a port in Odesa": two incidents, each with
its own weapon and place; read as one sentence, both places got the first clause's type. A sentence
is cut at a clause boundary (", and", ", and that", ", while", ", whereas", ", but", ";", "as" before a
capitalised subject) when the
clause after it opens with a subject of its own (not a verb shared with the first: "..., and killed
two") before a finite verb of war, and both parts name a place of their own and carry a trigger.
Each part is then read as a sentence (its own frames); a later part without a day of its own keeps
the first part's day (``Sentence.clause``).

The narrower cut of the first version stays: ", while two missiles struck ..." splits even when the
first part names no place ("Twenty drones vanished from radar, while two missiles struck an energy
facility in the Lviv region").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Sequence

from sitrep.nlp.sentences import Sentence

_AUX = r"(?:been|was|were|had|have|has|is|are)"
_WEAPON_SUBJECT = (r"(?:missiles?|drones?|rockets?|shells?|bombs?|Kinzhals?|Iskanders?|Shaheds?|Gerans?|Kalibrs?|UAVs?|"
                   r"munitions?|debris|fragments|wreckage)")
_HARM_VERB = r"(?:struck|hit|killed|injured|damaged|destroyed|exploded|fell|landed|crashed)"
_WHILE = re.compile(r"(?:,\s+(?:while|whereas)|;)\s+(?=(?:(?!" + _AUX + r"\b)[\w-]+\s+){0,4}?" + _WEAPON_SUBJECT
                    + r"\s+(?:(?!" + _AUX + r"\b)[\w-]+\s+)?" + _HARM_VERB + r"\b)")

# a finite verb of war: what a clause of its own must have
_WAR_VERB = (r"(?:struck|hit|shelled|bombed|attacked|stormed|raided|targeted|fired|launched|killed|wounded|injured|damaged|"
             r"destroyed|exploded|fell|landed|crashed|repelled|repulsed|beat off|beaten off|fought off|captured|seized|"
             r"took|retook|liberated|recaptured|advanced|withdrew|retreated|shot down|downed|intercepted|pounded|"
             r"hammered|blew up|"  # and a headline's present: "...; drone strikes train in Sumy region"
             r"hits|strikes|shells|bombs|attacks|kills|wounds|injures|damages|destroys|repels|captures|seizes|"
             r"retakes|liberates|downs|intercepts|pounds|claims|"
             r"kill|wound|injure|damage|destroy|pound|shell|strike|attack|bomb|target|storm|raid|"  # (a headline's plural subject: "guided bombs wound 11 in Kharkiv", "as Russians shell X")
             r"set\s+(?:[\w-]+\s+){0,4}?(?:ablaze|on fire|alight)|sparked|ignited|started a fire|caused a fire|"
             r"shut|closed|suspended|halted|shuts|closes|suspends|halts)")  # "..., airports in Saratov and Volgograd shut"
_BOUNDARY = re.compile(r"(?:,\s+(?:and\s+(?:that\s+)?|while\s+|whereas\s+|but\s+|as\s+(?=(?-i:[A-Z])))|;\s+(?:and\s+)?|(?<=\w)\s+and\s+that\s+|"
                       r"(?<=\w)\s+as\s+(?=(?-i:[A-Z])))")  # "Russian strikes kill three in Zaporizhzhia as Kyiv hits refinery in Saratov"
_HEADLINE_COMMA = re.compile(r"(?:,\s+(?:and\s+|while\s+|but\s+|as\s+(?=(?-i:[A-Z])))?|;\s+(?:and\s+)?|(?<=\w)\s+as\s+(?=(?-i:[A-Z])))")
# the clause's opening: a subject of up to six words (no verb of war, no relative or conjunction), then
# an optional auxiliary and adverb, then the verb
_OWN_CLAUSE = re.compile(r"(?!(?:then|also|later|subsequently|reportedly|again|later on|thereby|thus|so|as)\b)"
                         r"(?:(?!" + _WAR_VERB + r"\b|" + _AUX + r"\b|who\b|which\b|that\b|when\b|where\b|after\b|before\b|as\b)[\w’'-]+,?\s+){1,6}?"
                         r"(?:(?:had|has|have|was|were)\s+)?(?:(?:also|reportedly|again|later|then|allegedly)\s+)?" + _WAR_VERB + r"\b", re.I)


# "in the Kharkiv, Sumy, and Cherkasy regions were damaged": the last item of a list of names, not a clause
_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")
_SHARED_HEAD = re.compile(r"[A-Z][\w’'-]*\s+(?:regions|oblasts|districts|provinces|communities|areas|villages|towns|cities)\b")


def split_while_clauses(sentences: list[Sentence]) -> list[Sentence]:
    """The first version's cut (see the module): ", while" or ";" before a weapon that struck."""
    out = []
    for s in sentences:
        m = _WHILE.search(s.text) if "while" in s.text or "whereas" in s.text or ";" in s.text else None
        if m is None:
            out.append(s)
            continue
        out.append(Sentence(s.start, s.start + m.start(), s.text[:m.start()], s.paragraph, s.clause))
        out.append(Sentence(s.start + m.end(), s.end, s.text[m.end():], s.paragraph, s.clause + 1))
    return out


def split_clauses(sentences: list[Sentence], place_starts: Sequence[int],
                  has_trigger: Callable[[Sentence], bool]) -> list[Sentence]:
    """Cut each sentence at every clause boundary where the clause after it is one of its own (see
    the module). ``place_starts``: the sorted document offsets of the places that can be an event's;
    ``has_trigger``: whether a part carries an event trigger."""
    out: list[Sentence] = []
    for s in split_while_clauses(sentences):
        out.extend(_cut(s, place_starts, has_trigger))
    return out


def _places_in(place_starts: Sequence[int], start: int, end: int) -> int:
    return bisect_left(place_starts, end) - bisect_left(place_starts, start)


def _cut(s: Sentence, place_starts: Sequence[int], has_trigger) -> list[Sentence]:
    if _places_in(place_starts, s.start, s.end) < 2 or not ("and" in s.text or ";" in s.text or "while" in s.text
                                                             or "whereas" in s.text or "but" in s.text or " as " in s.text
                                                             or "," in s.text):
        return [s]
    # a headline (no full stop) joins its clauses with a bare comma: "Drones set Saratov refinery ablaze,
    # airports in Saratov and Volgograd shut for hours"
    headline = not s.text.rstrip().endswith((".", "!", "?", '"', "”", "»", ")"))
    for m in (_HEADLINE_COMMA if headline else _BOUNDARY).finditer(s.text):
        if not _OWN_CLAUSE.match(s.text, m.end()) or _LIST_BEFORE.search(s.text, 0, m.start()) \
                or _SHARED_HEAD.match(s.text, m.end()):
            continue
        cut, rest = s.start + m.start(), s.start + m.end()
        if not _places_in(place_starts, s.start, cut) or not _places_in(place_starts, rest, s.end):
            continue
        left = Sentence(s.start, cut, s.text[:m.start()], s.paragraph, s.clause)
        right = Sentence(rest, s.end, s.text[m.end():], s.paragraph, s.clause + 1)
        if not has_trigger(left) or not has_trigger(right):
            continue
        return [left] + _cut(right, place_starts, has_trigger)
    return [s]
