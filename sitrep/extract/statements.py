"""Statements: direct quotations and reported speech, with speaker, role and side.

The speaker of a quotation is found, in order: after its closing mark ("…,” he noted", "…,”
the operator wrote", "…,” said Ihor Terekhov"), before its opening mark in the same
sentence ("Sybiga … asserting, “…”"), or the subject of the nearest earlier sentence that names
a person. Pronouns resolve to that subject.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.extract import places as P
from sitrep.extract.claims import (SPEECH, TITLE_WORDS, Speaker, find_person_names, side_of, speaker_before,
                                   split_name_role)
from sitrep.model import Event, Statement
from sitrep.nlp.sentences import Sentence, quote_spans, split_sentences

_AFTER = re.compile(r"^[,.!?…]?\s*[”\"»]?\s*,?\s*(?P<subj>(?:he|she|they|it|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|the [a-z]+(?: [a-z]+)?))\s+(?:also\s+|then\s+|later\s+)?(?P<verb>" + SPEECH + r")\b", re.S)
_AFTER_INV = re.compile(r"^[,.!?…]?\s*[”\"»]?\s*,?\s*(?P<verb>" + SPEECH + r")\s+(?P<subj>(?:[A-Z][\w’'.-]*\s*){1,5}(?:,\s*[^,.]{3,60})?)")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|I)$", re.I)
_TITLED = re.compile(r"(?:" + TITLE_WORDS + r")\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _people_in(text: str) -> list[tuple[int, str]]:
    """People named in a short window: the name lexicon and titles first, then spaCy's PERSON
    entities for names the lexicon does not know ("Hrytsenko", "Wang Lei")."""
    out = [(s, n) for s, _e, n in find_person_names(text)]
    for m in _TITLED.finditer(text):
        out.append((m.start(1), m.group(1)))
    if not out and len(text) <= 600 and _CAPITALISED.search(text):
        from sitrep.extract.ner import persons  # only when the lexicon finds nobody

        known = [(s, s + len(n)) for s, n in out]
        for s, e, n in persons(text):
            if not any(a < e and s < b for a, b in known) and not _PRONOUN.match(n):
                out.append((s, n))
    out.sort()
    return out


class PersonRegistry:
    """Names met so far in a document, with the longest form and the role seen for each."""

    def __init__(self, text: str):
        self.text = text
        self.full: dict[str, str] = {}
        self.role: dict[str, str] = {}
        for s, e, name in find_person_names(text):
            surname = name.split()[-1]
            if len(name) > len(self.full.get(surname, "")):
                self.full[surname] = name
            before = text[max(0, s - 60):s]
            m = re.search(r"((?:[A-Z][\w’'-]+\s+)?(?:" + TITLE_WORDS + r")(?:\s+[A-Z]?[\w’'-]+){0,3})\s*$", before)
            after = re.match(r",\s*([^,.;“\"]{3,70}),", text[e:])
            if m and surname not in self.role:
                self.role[surname] = m.group(1).strip()
            elif after and surname not in self.role and re.search(r"\b(?:minister|president|spokes|head|governor|mayor|chief|leader|commander|adviser|advisor|secretary|chancellor|official|director|chair)", after.group(1), re.I):
                self.role[surname] = after.group(1).strip()

    def resolve(self, name: str) -> tuple[str, Optional[str]]:
        surname = name.split()[-1]
        return self.full.get(surname, name), self.role.get(surname)


_SPEECH_AT = re.compile(r"\s*,?\s*(?:[^,.]{0,70},\s*)?(?:has |had |also )?(?:" + SPEECH + r")\b")


def _subject_person(sentence: str) -> Optional[str]:
    """The person who speaks in a sentence (a name right before a speech verb), else the first
    person named."""
    people = _people_in(sentence)
    best = None
    for start, name in people:
        m = _SPEECH_AT.match(sentence, start + len(name))
        if m and (best is None or m.end() - m.start() < best[0]):
            best = (m.end() - m.start(), name)  # the name nearest its verb: "an adviser to X, Y, said" => Y
    if best:
        return best[1]
    return people[0][1] if people else None


def speaker_of_quote(text: str, q: tuple[int, int], sentences: list[Sentence], registry: Optional[PersonRegistry] = None,
                     previous: Optional[tuple[int, Speaker]] = None) -> Optional[Speaker]:
    """The speaker of the quotation ``q``; ``previous`` is (end offset, speaker) of the quotation
    before it, which a following unattributed quotation continues."""
    a, b = q
    after = text[b:b + 120]
    subj = None
    m = None
    if not re.match(r"[”\"»]?\s*\n", after):  # an attribution never follows across a paragraph break
        m = _AFTER.match(after)
        if m and text[b - 1:b] in ".!?" and not _PRONOUN.match(m.group("subj")) and not re.match(r"[”\"»]?\s*[a-z]", after):
            m = None  # "…capitulation.” Chancellor Scholz defended…" starts a new sentence
        if m:
            subj = m.group("subj")
        else:
            m = _AFTER_INV.match(after)
            if m:
                subj = m.group("subj")
            else:
                # "…,” the head of the regional administration, Petro Savchuk, said on Telegram.
                tail = re.split(r"(?<=[.!?])\s|[“\"]", after[1:], maxsplit=1)[0]
                for ns, ne, name in find_person_names(tail):
                    if re.match(r"\s*,?\s*(?:[^,.]{0,60},\s*)?(?:has |had )?(?:" + SPEECH + r")\b", tail[ne:]) or \
                            re.search(r"\b(?:" + SPEECH + r")\b[^,.]{0,60}$", tail[:ns]):
                        subj = name  # "…,” commander-in-chief X said" / "…,” mentioned the EU's Josep Borrell"
                        break
    if subj is None:
        # the sentence holding the opening mark, before the mark
        sent = next((s for s in sentences if s.start <= a - 1 < s.end or s.start <= a < s.end), None)
        if sent is not None and sent.start < a - 1:
            head = text[sent.start:a - 1]
            if re.match(r"\s*(?:he|she|they)\s+(?:also\s+)?(?:" + SPEECH + r")\b", head, re.I):
                subj = None  # "He said the intent was to “…”": the pronoun's antecedent speaks
            elif re.search(r"\b(?:" + SPEECH + r")\b|:\s*$|,\s*$", head):
                people = _people_in(head)
                if people:
                    subj = _subject_person(head) or people[0][1]
                else:
                    sb = speaker_before(head, len(head))
                    if sb and re.match(r"[A-Z]", sb) and len(sb) < 60:
                        subj = sb
    if previous is not None and previous[1] is not None and previous[1].name and (
            (subj is None and a - previous[0] < 300) or (subj is not None and _PRONOUN.match(subj.strip()) and a - previous[0] < 500)):
        # "…,” he added: the speaker of the quotation before, unless someone else is named in between
        between = {n.split()[-1] for _s, n in _people_in(text[previous[0]:a])}
        if between <= {previous[1].name.split()[-1]}:
            return previous[1]
    if subj is not None and re.fullmatch(r"(?:the\s+)?(?:report|statement|message|post|press release|announcement|communiqu[eé])", subj.strip(), re.I):
        src = None
        for m in re.finditer(r"\b(?:reported|stated|announced|said|posted) by (?:the\s+)?([A-Z][^,.;“\"]{2,80})|\baccording to (?:the\s+)?([A-Z][^,.;“\"]{2,80})", text[max(0, a - 600):a]):
            src = (m.group(1) or m.group(2)).strip()
        if src:
            src = re.sub(r"\s+(?:on|in|at)\s+(?:their|its|his|her)\s+.*$", "", src)
            return Speaker(src, None, side_of(src))
    if subj is None or _PRONOUN.match(subj.strip()):
        subj = _previous_subject(text, a, sentences)
    if not subj:
        return None
    registry = registry or PersonRegistry(text)
    name, role = split_name_role(subj)
    if name is None:
        return None
    name, reg_role = registry.resolve(name)
    role = role or reg_role
    side = side_of(" ".join(x for x in (name, role or "") if x), P.region_side)
    if side is None and role:
        side = P.demonym_country(role)
    return Speaker(name, role, side)


def _previous_subject(text: str, pos: int, sentences: list[Sentence]) -> Optional[str]:
    quotes = quote_spans(text)
    for s in reversed([s for s in sentences if s.start < pos]):
        seg_end = min(s.end, pos)
        seg = text[s.start:seg_end]
        # ignore names inside quotations
        for qa, qb in quotes:
            if s.start <= qa < seg_end:
                seg = seg[:max(0, qa - s.start - 1)]
                break
        person = _subject_person(seg)
        if person:
            return person
        org = re.match(r"\s*(?:[A-Z][\w’'-]+,\s*)?(?:the\s+)?((?:[A-Z][\w’'-]+\s*){1,3})\s+(?:" + SPEECH + r")\b", seg)
        if org and not _PRONOUN.match(org.group(1).strip()):
            return org.group(1).strip()
    return None


def quote_speakers(text: str, sentences: Optional[list[Sentence]] = None,
                   registry: Optional[PersonRegistry] = None) -> dict[tuple[int, int], Optional[Speaker]]:
    """The speaker of every quotation of ``text`` (3 words or more), in document order."""
    sentences = sentences if sentences is not None else split_sentences(text)
    registry = registry or PersonRegistry(text)
    out: dict[tuple[int, int], Optional[Speaker]] = {}
    previous = None
    for a, b in quote_spans(text):
        if len(text[a:b].split()) < 3:
            continue  # scare quotes ("144 targets") are not statements
        sp = speaker_of_quote(text, (a, b), sentences, registry, previous)
        out[(a, b)] = sp
        previous = (b, sp)
    return out


def extract_statements(doc_id: str, text: str, events: list[Event], speakers: Optional[dict] = None) -> list[Statement]:
    sentences = split_sentences(text)
    registry = PersonRegistry(text)
    speakers = speakers if speakers is not None else quote_speakers(text, sentences, registry)
    out: list[Statement] = []
    for (a, b), sp in speakers.items():
        quote = text[a:b]
        stripped = quote.strip().rstrip(",")
        s0 = a + (len(quote) - len(quote.lstrip()))
        out.append(Statement(doc_id=doc_id, speaker=sp.name if sp else None, speaker_role=sp.role if sp else None,
                             speaker_side=sp.side if sp else None, quote=text[s0:s0 + len(stripped)], start=s0,
                             end=s0 + len(stripped), direct=True, event_ids=_linked(events, a, b)))
    # reported speech: "X said that ..." outside quotations
    qs = quote_spans(text)
    for s in sentences:
        if any(qa - 1 <= s.start < qb + 1 or s.start <= qa < s.end for qa, qb in qs):
            continue
        m = re.search(r"\b(?:said|says|stated|reported|claimed|announced|told|warned|added|noted|emphasi[sz]ed|stressed)\s+(?:on \w+ )?(?:that\s+)?", s.text)
        if not m or m.start() == 0:
            continue
        subj = speaker_before(s.text, m.start())
        if not subj or not re.match(r"[A-Z]", subj):
            continue
        name, role = split_name_role(subj)
        if not name or not (find_person_names(name) or len(name.split()) == 1 and name[0].isupper()):
            continue
        full, reg_role = registry.resolve(name)
        role = role or reg_role
        side = side_of(" ".join(x for x in (full, role or "") if x), P.region_side)
        out.append(Statement(doc_id=doc_id, speaker=full, speaker_role=role, speaker_side=side, quote=s.text,
                             start=s.start, end=s.end, direct=False, event_ids=_linked(events, s.start, s.end)))
    out.sort(key=lambda st: st.start)
    return out


def _linked(events: list[Event], a: int, b: int) -> list[str]:
    ids = []
    for e in events:
        if any(c.start < b and a < c.end for c in e.claims):
            ids.append(e.event_id)
    return ids
