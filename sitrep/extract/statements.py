"""Statements: direct quotations and reported speech, with speaker, role and side.

Quotations are found paragraph by paragraph (``find_quotes``: typographic, straight, mixed,
guillemet and single marks; quotations running on over paragraphs). Their speakers come from
``sitrep.extract.speakers``: after the closing mark ("…,” he noted", "…,” said Ihor Terekhov"),
before the opening mark ("X wrote: “…”", "X reported that troops “…”"), the quotation before,
the subject of an earlier sentence, and pronouns, role nouns ("the official") and organisation
nouns ("the ministry") resolved to what was named before.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from sitrep.extract import places as P
from sitrep.extract.claims import Speaker, find_person_names, side_of, speaker_before, speech_verbs, split_name_role
from sitrep.extract.speakers import DATELINE, SPEECH_X, after_speaker, PersonRegistry, attribute, people_in, previous_subject  # noqa: F401  (re-exported)
from sitrep.model import Event, Statement
from sitrep.nlp.prefilter import Gated
from sitrep.nlp.sentences import Sentence, SpanIndex, quote_spans, split_sentences

_people_in = people_in
_REPORTED = re.compile(r"\b(?:" + speech_verbs("reported") + r")\s+(?:on \w+ )?(?:that\s+)?")  # "X said (on Monday) that ..."


def speaker_of_quote(text: str, q: tuple[int, int], sentences: list[Sentence], registry: Optional[PersonRegistry] = None,
                     previous: Optional[tuple[int, Speaker]] = None) -> Optional[Speaker]:
    """The speaker of the quotation ``q``; ``previous`` is (end offset, speaker) of the quotation
    before it, which a following unattributed quotation continues."""
    spans = [(a, b) for a, b, _c in find_quotes(text)]
    return attribute(text, q, sentences, registry or PersonRegistry(text), spans, previous)[0]


_OPENERS = "“„«"
_CLOSERS = "”»"
_DOUBLE = "“”\"«»„"
_DOUBLE_RX = re.compile("[" + re.escape(_DOUBLE) + "]")  # the double marks, found by the regex engine, not a Python loop per character


def find_quotes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation's inside (without the marks), paragraph by paragraph.

    Marks: “…”, "…", «…», „…“ and mixed pairs ("…” as some pages type them); ‘…’ and '…' outside
    double quotations, when the opening mark starts a word and the closing one ends it (so
    apostrophes are not quotes). A quotation still open at the end of its paragraph runs to the
    paragraph's end (``closed`` False): long quotations re-open at each new paragraph. One whose
    closing mark comes on a later line without a new opening mark ("“Line one.\nLine two,” X
    wrote") runs on to that mark.
    """
    out: list[tuple[int, int, bool]] = []
    pos = 0
    open_prev, lines_open = None, 0  # a quotation left open by an earlier line, and for how many lines
    for para in re.split(r"(\n)", text):
        if para != "\n" and para.strip():
            cont = _closes_first(para) if open_prev is not None else None
            if cont is not None:
                out[open_prev] = (out[open_prev][0], pos + cont, True)
                spans = [(cont + 1 + a, cont + 1 + b, c) for a, b, c in _quotes_in_paragraph(para[cont + 1:])]
            else:
                spans = _quotes_in_paragraph(para)
            out.extend((pos + a, pos + b, c) for a, b, c in spans)
            if spans and not spans[-1][2]:
                open_prev, lines_open = len(out) - 1, 0
            elif cont is not None or spans or _DOUBLE_RX.search(para) or lines_open >= 2:
                open_prev = None
            else:
                lines_open += 1  # a line without marks inside a long quotation
        pos += len(para)
    return out


def _closes_first(line: str) -> Optional[int]:
    """The offset of the first quotation mark of ``line`` when it closes a quotation opened before."""
    m = _DOUBLE_RX.search(line)
    if m is None:
        return None
    i = m.start()
    ch, prev, nxt = line[i], line[i - 1:i], line[i + 1:i + 2]
    if ch in "”»" or ch == '"' and prev and not prev.isspace() and not nxt.isalnum():
        return i
    return None


# a single quotation: the opening mark first (so the engine scans for it), then "not after a word
# character or apostrophe" (the look-behind that used to lead the pattern and made it try every position)
_SINGLE_QUOTE = re.compile(r"([‘'])(?<![\w’'][‘'])(?=[\w\d])(.+?)(?<=[\w\d.,!?…])(?!(?<=s)[’']\s+[a-z])([’'])(?![\w])")


def _quotes_in_paragraph(p: str) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    open_at, open_ch, depth = None, "", 0
    inner_straight, inner_curly = False, 0  # a quotation of the other style inside: “… "no" …”, "… “no” …"
    for mark in _DOUBLE_RX.finditer(p):
        i, ch = mark.start(), mark.group()
        prev, nxt = p[i - 1:i], p[i + 1:i + 2]
        if open_at is None:
            if ch in _OPENERS or ch == '"' or (ch == "”" and (not prev or prev.isspace()) and nxt and not nxt.isspace()):
                if nxt and not nxt.isspace() or ch == "«" and p[i + 1:i + 3][:1] in (" ", "\u00a0", "\u202f") and p[i + 2:i + 3].strip():
                    # (French spacing inside guillemets: "« Nous tiendrons, » dit-il")
                    open_at, open_ch, depth = i, ch, 0
                    inner_straight, inner_curly = False, 0
        elif ch == '"' and open_ch != '"' and (inner_straight or (not prev or prev.isspace() or prev in "([—–") and nxt.isalnum()):
            inner_straight = not inner_straight  # “They shouted "surrender" at us,” X said
        elif open_ch == '"' and (ch in "“«" and (not prev or prev.isspace() or prev in "([—–") and nxt.isalnum()
                                 or ch in "”»" and inner_curly):
            inner_curly += 1 if ch in "“«" else -1  # "They shouted “surrender” at us," X said
        else:
            closes = ch in _CLOSERS or ch == '"' or (ch == "“" and open_ch == "„")
            if ch in "“«„" and not (open_ch == "„" and ch == "“"):
                closes = False  # a nested opening mark: “He called it “terror” and left”
                if ch == open_ch and (not prev or prev.isspace()) and nxt.isalnum() and p.count("”" if ch == "“" else "»", i) > depth + 1:
                    depth += 1
            elif closes and depth and ch in _CLOSERS:
                depth -= 1
                closes = False
            if closes:
                a0, b0 = open_at + 1, i
                while a0 < b0 and p[a0] in " \u00a0\u202f":
                    a0 += 1
                while b0 > a0 and p[b0 - 1] in " \u00a0\u202f":
                    b0 -= 1
                if b0 - a0 > 0 and i - open_at > 1:
                    spans.append((a0, b0, True))
                open_at = None
    if open_at is not None and len(p) - open_at > 2:
        end = len(p.rstrip())
        spans.append((open_at + 1, end, False))
    # single quotation marks, outside the double ones
    # (a plural possessive "soldiers’ positions" closes nothing)
    for m in _SINGLE_QUOTE.finditer(p):
        a, b = m.start(2), m.end(2)
        if (m.group(1) == "'") != (m.group(3) == "'") and m.group(1) != "‘":
            continue
        if any(x <= m.start() < y for x, y, _c in spans):
            continue
        if len(m.group(2).split()) >= 3:
            spans.append((a, b, True))
    spans.sort()
    return spans


def _short_partial(text: str, a: int, b: int, sentences: list[Sentence]) -> bool:
    """A one- or two-word quotation that is someone's words inside reported speech ("X admitted
    that troops had “almost approached” the town", "X called the strike “barbaric”"), not a scare
    quote or a name."""
    sent = next((s for s in sentences if s.start <= a < s.end), None)
    head = text[sent.start:a] if sent else text[max(0, a - 200):a]
    one_word, capital_before = len(text[a:b].split()) == 1, bool(re.search(r"[A-Z]\w*\s*[“\"«]$", head))
    if re.match(r"[A-Z]", text[a:b]) and (capital_before or one_word) or one_word and capital_before:
        return False  # “South”, “Azov”: names; two Russian “decoy” drones (but "Washington “fully supports”")
    return bool(re.search(r"\b(?:" + SPEECH_X + r")\b[^.;]*$", head)) and (len(text[a:b].split()) >= 2 or text[a:a + 1].islower())


def _short_said(text: str, a: int, b: int) -> bool:
    """A one- or two-word quotation that is a whole utterance: it opens its sentence and either is
    the whole sentence ("“Every one.”") or has its speaker right after it ("“Why now?” asked X")."""
    opens_sentence = re.search(r"(?:^|[.!?…:]\s+|\n\s*)\S?$", text[max(0, a - 4):a]) is not None
    if not (opens_sentence and text[a:a + 1].isupper() and re.search(r"[,.!?…]$", text[a:b])):
        return False
    whole = re.search(r"[.!?…]$", text[a:b]) and re.match(r".\s*(?:$|\n|[“\"«A-Z])", text[b:b + 3])
    return bool(whole) or after_speaker(text, b) is not None  # “Every one.” after “…,” X said.


def quote_speakers(text: str, sentences: Optional[list[Sentence]] = None,
                   registry: Optional[PersonRegistry] = None) -> dict[tuple[int, int], Optional[Speaker]]:
    """The speaker of every quotation of ``text`` that is a statement, in document order; also
    keyed by the spans of ``sitrep.nlp.sentences.quote_spans`` (which event claims look up)."""
    sentences = sentences if sentences is not None else split_sentences(text)
    registry = registry or PersonRegistry(text)
    found = find_quotes(text)
    spans = [(a, b) for a, b, _c in found]
    out: dict[tuple[int, int], Optional[Speaker]] = {}
    hows: dict[tuple[int, int], str] = {}
    previous = None
    for a, b, _closed in found:
        if len(text[a:b].split()) < 3 and not _short_partial(text, a, b, sentences) and not _short_said(text, a, b):
            continue  # scare quotes ("144 targets") are not statements
        sp, how = attribute(text, (a, b), sentences, registry, spans, previous)
        out[(a, b)] = sp
        hows[(a, b)] = how
        previous = (b, sp)
    # a quotation running on over paragraphs: the attribution of its last part names the speaker
    chain: list[tuple[int, int]] = []
    for a, b, closed in found:
        if (a, b) not in out:
            chain = []
            continue
        if chain and not re.fullmatch(r"\s*[“\"«„‘']?", text[chain[-1][1]:a - 1] if a - 1 > chain[-1][1] else ""):
            chain = []
        chain.append((a, b))
        if closed:
            if len(chain) > 1 and hows.get(chain[-1]) in ("after", "before") and out.get(chain[-1]):
                for k in chain[:-1]:
                    if hows.get(k) not in ("after", "before"):
                        out[k] = out[chain[-1]]
            chain = []
    for a, b in quote_spans(text):
        if (a, b) not in out and len(text[a:b].split()) >= 3:
            out[(a, b)] = attribute(text, (a, b), sentences, registry, spans, None)[0]
    return out


def extract_statements(doc_id: str, text: str, events: list[Event], speakers: Optional[dict] = None, *,
                       sentences: Optional[list[Sentence]] = None, registry: Optional[PersonRegistry] = None) -> list[Statement]:
    """Statements of ``text``; ``speakers``, ``sentences`` and ``registry``: those the event
    extraction of the same text already made (:class:`sitrep.extract.events.DocumentExtractor`)."""
    sentences = sentences if sentences is not None else split_sentences(text)
    registry = registry if registry is not None else PersonRegistry(text)
    speakers = speakers if speakers is not None else quote_speakers(text, sentences, registry)
    found = {(a, b) for a, b, _c in find_quotes(text)}
    links = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if _LINK.match(m.group(0))]
    out: list[Statement] = []
    claim_links = _ClaimLinks(events)
    for (a, b), sp in speakers.items():
        if (a, b) not in found:
            continue  # only a key for event claims (sitrep.nlp.sentences.quote_spans)
        if _names_something(text, a, b) or any(x <= a < y for x, y in links):
            continue  # a quoted name or title, or the headline of another article
        quote = text[a:b]
        stripped = quote.strip().rstrip(",")
        s0 = a + (len(quote) - len(quote.lstrip()))
        out.append(Statement(doc_id=doc_id, speaker=sp.name if sp else None, speaker_role=sp.role if sp else None,
                             speaker_side=sp.side if sp else None, quote=text[s0:s0 + len(stripped)], start=s0,
                             end=s0 + len(stripped), direct=True, event_ids=claim_links(a, b)))
    out.extend(_reported_speech(doc_id, text, sentences, registry, events, links=claim_links))
    out.sort(key=lambda st: st.start)
    return out


_DATELINE = DATELINE
# a photo caption or credit: "… REUTERS/Name Surname", "(AFP / Name)", "Photo: …"
# (Gated: run only on a line holding one of its words)
_CAPTION = Gated(re.compile(r"\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|ANADOLU)\s*/|/\s*(?:AFP|AP|REUTERS|Reuters|EPA|Getty Images|"
                            r"ANADOLU)\b|^\s*(?:Photo|Photograph|Image|Picture|Illustration|Video)(?:\s+by)?\s*:", re.M))
_LINK = re.compile(r"\s*(?:Read|See)\s+(?:also|more)\s*:", re.I)


def _not_speech(text: str) -> list[tuple[int, int]]:
    """Lines that report nobody's speech even when they read "X says …": the headline (the first
    line, short and without a full stop), photo captions, and "Read also: …" links."""
    spans = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    for k, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if k == 0 and len(line.split()) <= 20 and not re.search(r"[.!?…:;\"”’»]$", line) or _CAPTION.search(line) \
                or _LINK.match(line):
            spans.append((a, b))
    return spans


_SMALL_WORDS = frozenset("of the in on and for a an to at de with by from".split())
# words right before a quotation that names something: “the so-called “…”", "codenamed “…”", "the law “…”"
_NAMING_CUE = re.compile(r"\b(?:so-called|dubbed|code-?named|nicknamed|named|known as|titled|entitled|slogans?|law|bill|decree|"
                         r"film|documentary|book|song|operation|campaign|programme|program|project|exercises?)\s*$", re.I)


def _names_something(text: str, a: int, b: int) -> bool:
    """A short quotation that names a thing, not someone's words: after a naming cue ("the so-called
    “…”"), or in title case inside a sentence (the “Coalition of the Willing”, the “Azot Chemical Plant”)."""
    q = text[a:b].strip()
    words = q.split()
    if re.search(r"[.!?…,:;]$", q):
        return False
    if (len(words) <= 6 or len(words) <= 12 and q[:1].isupper()) and _NAMING_CUE.search(text[max(0, a - 40):a - 1]):
        return True  # "the film “Mariupol: The Last Days of the City”"
    if len(words) > 6:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content) and not re.match(r"\S?\s*,", text[b:b + 3]) \
        and bool(re.search(r"\w\s*$", text[max(0, a - 20):a - 1]))


def _reported_speech(doc_id: str, text: str, sentences: list[Sentence], registry: PersonRegistry,
                     events: list[Event], *, links: Optional["_ClaimLinks"] = None) -> list[Statement]:
    """Reported speech outside quotations: "X said (that) …", the speaker a person or a one-word
    body ("Moldova said …"); "He said …" is the person named before."""
    qs = [(a, b) for a, b, _c in find_quotes(text)]
    skip = _not_speech(text)
    links = links or _ClaimLinks(events)
    quotes, not_speech = SpanIndex(qs), SpanIndex(skip)  # log-time answers of the scans (long documents)
    out = []
    for s in sentences:
        # a quotation with qa - 1 <= s.start < qb + 1, or one starting inside the sentence
        if quotes.exists(s.start + 1, s.start - 1) or quotes.any_start_in(s.start, s.end):
            continue
        if not_speech.covers(s.start) or _LINK.match(s.text):
            continue
        m = _REPORTED.search(s.text)
        if not m or m.start() == 0:
            continue
        head = _DATELINE.sub("", s.text[:m.start()])
        subj = speaker_before(head, len(head))
        if subj and re.fullmatch(r"(?:he|she)", subj, re.I):  # the person named before
            subj = previous_subject(text, s.start, sentences, qs)
            if not subj or not find_person_names(subj) and len(subj.split()) > 1:
                continue
        if not subj or not re.match(r"[A-Z]", subj):
            continue
        name, role = split_name_role(subj)
        if not name or not (find_person_names(name) or len(name.split()) == 1 and name[0].isupper()):
            continue
        full, reg_role = registry.resolve(name)
        role = role or reg_role
        side = side_of(" ".join(x for x in (full, role or "") if x), P.region_side)
        out.append(Statement(doc_id=doc_id, speaker=full, speaker_role=role, speaker_side=side, quote=s.text,
                             start=s.start, end=s.end, direct=False, event_ids=links(s.start, s.end)))
    return out


def _linked(events: list[Event], a: int, b: int) -> list[str]:
    ids = []
    for e in events:
        if any(c.start < b and a < c.end for c in e.claims):
            ids.append(e.event_id)
    return ids


class _ClaimLinks:
    """``_linked(events, a, b)`` by bisection over the claims sorted by start: a claim overlaps
    [a, b) only if it starts in (a - longest claim, b), so a long document does not scan every
    claim of every event per statement."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        rows = sorted((c.start, c.end, i) for i, e in enumerate(events) for c in e.claims)
        self._starts = [r[0] for r in rows]
        self._rows = rows
        self._longest = max((r[1] - r[0] for r in rows), default=0)

    def __call__(self, a: int, b: int) -> list[str]:
        lo = bisect_right(self._starts, a - self._longest)
        hi = bisect_left(self._starts, b)
        hit = sorted({i for s, e, i in self._rows[lo:hi] if s < b and a < e})
        return [self.events[i].event_id for i in hit]
