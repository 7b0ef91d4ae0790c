"""Who speaks a quotation: attribution after the closing mark, before the opening mark, the
subject of an earlier (or, failing that, the next) sentence, and resolution of pronouns, role
nouns ("the official", "the governor") and organisation nouns ("the ministry") to the person or
body named earlier.

Order for a quotation: after its closing mark ("…,” he noted", "…,” the operator wrote", "…,”
said Ihor Terekhov, the mayor"), before its opening mark in the same sentence ("Sybiga … asserting,
“…”", "X reported that troops “…”", "X wrote: “…”"), the speaker of the quotation just before
(continuations), the subject of the nearest earlier sentence that names a speaker, and last the
subject of the next sentences ("Quote: “…” / The company added that …").
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep import geo
from sitrep.extract import places as P
from sitrep.extract.claims import TITLE_WORDS, Speaker, find_person_names, side_of, speech_verbs, split_name_role
from sitrep.extract.lexicon import read_tsv
from sitrep.extract.speaker_refs import (described_in_full, described_person, labelled_speaker, office_told_before, posted_by,
                                         unnamed_before)
from sitrep.extract.referents import (BODY_NAMED, BODY_NOUNS, COLLECTIVE_NOUNS, ORG_NOUN, PRONOUN_GENDER,  # noqa: F401
                                      appositive_body, body_subject, fits, gender_of, named_body, org_before,
                                      people_in, unlisted_people)
from sitrep.nlp.sentences import Sentence

SPEECH_X = speech_verbs("quote")  # every speech verb (sitrep/data/speech_verbs.tsv), claims.SPEECH and more
# verbs whose next noun phrase is their object ("told Reuters", "quoted Galuzin"), never an inverted speaker
_OBJECT_VERBS = "|".join(row["form"] for row in read_tsv("speech_verbs.tsv") if row.get("after") == "object")
_MARKS = "“”\"«»„‘’"
_PRON = r"he|she|they|it|we|I"
_PRONOUN = re.compile(r"^(?:" + _PRON + r"|him|her|them)$", re.I)
# "the official", "a spokesperson for the ministry", "the regional governor", "Ukraine's air force"
_DESCR = (r"(?:the|a|an|one|another|[A-Z][\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
          r"(?:official|officials|minister|governor|mayor|president|spokes(?:man|woman|person)|head|chief|"
          r"commander|adviser|advisor|source|sources|representative|envoy|ambassador|ombudsman|commissioner|aide|"
          r"negotiator|lawmaker|resident|witness|volunteer|" + BODY_NOUNS + r"|prosecutors?|"
          r"authorities|statement|report|officer|soldier|message|post|"
          r"announcement|press release|communiqu[eé]|"
          r"analyst|expert|diplomat|leader|general|secretary|chancellor|premier|deputy|senator|parliamentarian|"
          r"legislator|interlocutor|journalist|correspondent|blogger)(?:e?s(?![\w’'-]))?"
          r"(?:\s+(?:for|of|at|from|in|to|with|by)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+[a-z][\w’'-]*){0,2}?)?")
# "the Kremlin", "the Ministry of Defence of Belarus": "the" and a proper name
_THE_NAME = r"the\s+[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5}"
_SUBJ = (r"(?:" + _PRON + r"|" + _DESCR + r"(?:,?\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?)?|" + _THE_NAME
         + r"|[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5})(?:\s*\([A-Z][\w.-]{1,10}\))?")
_LEAD = r"^[,.!?…:;]?\s*[”\"»’'“]?\s*[,:;]?\s*(?:[-–—]\s*)?"
_AFTER = re.compile(_LEAD + r"(?P<subj>" + _SUBJ + r")(?:,\s*[^,.“”\"\n]{3,80},)?\s+(?:also\s+|then\s+|later\s+|further\s+|has\s+|had\s+)?(?P<verb>"
                    + SPEECH_X + r")\b", re.S)
_AFTER_INV = re.compile(_LEAD + r"(?!(?:" + _OBJECT_VERBS + r")\b)(?P<verb>" + SPEECH_X + r")\s+(?:the\s+)?(?P<subj>(?:[A-Z][\w’'.-]*\s*){1,5}(?:,\s*[^,.\n]{3,60})?|"
                        + _DESCR + r")")
# an unnamed speaker with a relative clause before the verb: "…,” a Ukrainian officer who asked not to be named told AFP"
_AFTER_REL = re.compile(r"^[,!?…]?\s*[”\"»’']\s*,?\s*(?P<subj>(?-i:a|an|the|one)\s+(?:[\w’'-]+\s+){0,4}?(?:" + COLLECTIVE_NOUNS
                        + r"|official|officer|soldier|source|resident|witness|diplomat|commander|operator|fighter|marine|"
                        r"paratrooper|medic|volunteer|analyst|expert|person|man|woman|worker|driver|farmer|pensioner|teacher|"
                        r"doctor|nurse|mother|father|student|shopkeeper|vendor|guard|miner|rescuer|firefighter)(?:e?s)?)\s*,?\s+(?:who|that)\s+"
                        r"[^.;:“”\"\n]{3,160}?\s+(?P<verb>said|says|told|added|wrote|explained)\b")
_GAVE_NAME = re.compile(r"\b(?:gave|giving|gives|identified (?:himself|herself) (?:only )?by)\s+(?:only\s+)?(?:(?:his|her|their)\s+)?"
                        r"(?:first\s+|given\s+)?(?:name\s*)?(?:as\s+)?,?\s*((?-i:[A-Z])[\w’'-]+)\b")
# any short noun phrase before a speech verb: "the Rybar Telegram channel wrote", "state broadcaster X reported"
_NP_WORD = r"(?!(?:and|or|but|that|which|who|as|if|when)\s)(?:(?:[A-Z]\.)+|[\w’'()/-])[\w’'()/-]*"  # "U.S.-based", not "bridge."
_AFTER_NP = re.compile(_LEAD + r"(?P<subj>(?:(?:the|a|an)\s+)?" + _NP_WORD + r"(?:\s+" + _NP_WORD + r"){0,8}?)\s+(?:also\s+|has\s+)?"
                       r"(?P<verb>" + SPEECH_X + r")\b")
# an unnamed or collective speaker written without an article: "officials", "Ukrainian police", "two people familiar with …"
_COLLECTIVE = re.compile(r"^(?:[\w’'.-]+\s+){0,3}?(?:" + COLLECTIVE_NOUNS + r")\b", re.I)
# the start of a sentence that is no subject: a dateline "KYIV (Reuters) - " or "LVIV, May 3 — "
DATELINE = re.compile(r"^[A-Z][A-Z’'. -]+(?:,\s*[A-Z][\w ]{2,20})?\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]+|>>)\s*")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_SPEECH_X_RE = re.compile(r"(?<![\w-])(?:" + SPEECH_X + r")(?![\w-])")
# "As noted by the head of the OVA, “…”": the passive agent of a claim verb before the quotation
_SAID_BY = re.compile(r"^\s*(?:as\s+)?(?:" + speech_verbs("claim") + r")\s+by\s+(?:the\s+)?([^,.;:“”\"«»]{3,80})\s*[,:]?\s*$", re.I)
_ROLE_NOUN = re.compile(r"^(?:the|this|that)\s+(?P<mods>(?:[\w’'-]+\s+){0,2})(official|minister|governor|mayor|president|spokes(?:man|woman|person)|"
                        r"head|chief|commander|adviser|advisor|leader|general|secretary|chancellor|premier|deputy|"
                        r"ambassador|envoy|politician|lawmaker|MP|representative|diplomat|officer|senator|parliamentarian|"
                        r"legislator|congress(?:wo)?man|journalist|correspondent|blogger|\d+-year-old)"
                        r"(?:\s+(?:of|for|at|in)\s+[^,.;:]{3,60})?$", re.I)
_NATIONALITY = re.compile(r"\b(?:Ukrainian|Russian|Ukraine['’]s|Russia['’]s|American|US|U\.S\.|British|French|German|Polish|"
                          r"Belarusian|Chinese|Turkish|Hungarian|foreign|defen[cs]e|interior|energy|regional|Kremlin)\b", re.I)
_LABEL = re.compile(r"^\s*(?:quote|quotes|details|source|background|reference|update)\s*:\s*$", re.I)


def clean_speaker(s: str) -> str:
    """A speaker phrase without quotation marks, brackets or surrounding punctuation."""
    s = re.sub(r"\s+", " ", _unquote(s)).strip(" ,.;:-–—")
    return s[:-1] if s.endswith(")") and "(" not in s else s  # "(HUR)" cut at its bracket


def _unquote(s: str) -> str:
    """``s`` without quotation marks; an apostrophe stays ("Ukraine’s air force" => "Ukraine's air force")."""
    return re.sub(r"[" + _MARKS + r"]", "", re.sub(r"(?<=\w)’(?=\w)", "'", s))


# "Dnipro mayor Borys X", "NATO's new chief, Mark X,": an office written before the name
_OFFICE_BEFORE = re.compile(r"\b([A-Z][\w’'-]+(?:['’]s)?\s+(?:(?:new|former|acting|top|chief|deputy|regional|foreign|defence|defense)\s+){0,2}"
                            r"(?:mayor|governor|head|chief|leader|spokes(?:man|woman|person)|minister|prosecutor|commander|secretary(?:-general)?|envoy|ambassador))(?:,)?\s*$")

# offices a role noun can stand for: "the Ukrainian leader" => "President Volodymyr Zelensky"
_OFFICE_ALIKE = {"leader": ("leader", "president", "premier", "prime minister", "chancellor", "head"),
                 "president": ("president", "leader", "head of state"), "premier": ("premier", "prime minister"),
                 "chief": ("chief", "head", "director")}


class PersonRegistry:
    """Names met so far in a document, with the longest form and the role seen for each."""

    def __init__(self, text: str, names: Optional[list[tuple[int, int, str]]] = None):
        """``names``: ``find_person_names(text)``, when the caller has them."""
        self.text = text
        self.full: dict[str, str] = {}
        self.role: dict[str, str] = {}
        self.mentions: list[tuple[int, str]] = []
        names = find_person_names(text) if names is None else names
        for s, e, name in sorted(list(names) + unlisted_people(text, names)):
            surname = name.split()[-1]
            self.mentions.append((s, name))
            if len(name) > len(self.full.get(surname, "")):
                self.full[surname] = name
            before = text[max(0, s - 60):s]
            m = re.search(r"((?:[A-Z][\w’'-]+\s+)?(?:" + TITLE_WORDS + r")(?:\s+[A-Z]?[\w’'-]+){0,3})\s*$", before) \
                or re.search(r"\b((?:regional|city|district|oblast|local|deputy)\s+(?:governor|mayor|head|chief|administrator))\s*$", before) \
                or _OFFICE_BEFORE.search(before)
            after = re.match(r",\s*([^,.;“\"]{3,70}),", text[e:])
            if m and surname not in self.role:
                self.role[surname] = m.group(1).strip()
            elif after and surname not in self.role and re.search(r"\b(?:minister|president|spokes|head|governor|mayor|chief|leader|commander|adviser|advisor|secretary|chancellor|official|director|chair)", after.group(1), re.I):
                self.role[surname] = after.group(1).strip()

    def local_side(self, name: str) -> Optional[str]:
        """The country of the place a local official is first named beside ("drones struck Sumy,
        regional governor Oleh X said": Ukraine), or None."""
        surname = name.split()[-1]
        first = next((s for s, n in self.mentions if n.split()[-1] == surname), None)
        if first is None:
            return None
        window = self.text[self.text.rfind("\n", 0, first) + 1:first + 60]
        if _OCCUPATION.search(window):
            return "RU"  # the Russian-installed mayor of an occupied town speaks for Russia
        here = P.region_side(window)
        if here:
            return here
        # "Mayor X told local television": the place the report was about just before
        for pm in reversed(geo.get_gazetteer().find_mentions(self.text[max(0, first - 600):first])):
            if pm.location is not None and pm.kind in ("settlement", "region") and pm.location.country_code:
                return pm.location.country_code
        return None

    def resolve(self, name: str) -> tuple[str, Optional[str]]:
        surname = name.split()[-1]
        return self.full.get(surname, name), self.role.get(surname)

    def last_fitting(self, pos: int, pronoun: str) -> Optional[str]:
        """The latest person named before ``pos`` whose name is known to fit ``pronoun`` (he/she)."""
        want = PRONOUN_GENDER.get(pronoun)
        for _s, name in reversed([m for m in self.mentions if m[0] < pos]):
            if want and gender_of(self.full.get(name.split()[-1], name)) == want:
                return name
        return None

    def last_with_role(self, noun: str, pos: int, mods: str = "") -> Optional[str]:
        """The latest person named before ``pos`` whose role (or the words before the name)
        mentions ``noun`` ("the governor" => "Governor Oleh Syniehubov"), else None; with ``mods``
        ("Ukrainian" of "the Ukrainian minister") first one whose role also has those words."""
        found = None
        for s, name in reversed([m for m in self.mentions if m[0] < pos]):
            role = (self.role.get(name.split()[-1], "") + " " + self.text[max(0, s - 50):s]).lower()
            if any(alike in role for alike in _OFFICE_ALIKE.get(noun.lower(), (noun.lower()[:6],))):
                if all(w.lower()[:5] in role for w in mods.split()):
                    return name
                found = found or name
        return found


_SPEECH_AT = re.compile(r"\s*,?\s*(?:[^,.]{0,70},\s*)?(?:has |had |also )?(?:" + SPEECH_X + r")\b")


def subject_person(sentence: str) -> Optional[str]:
    """The person who speaks in a sentence (a name right before a speech verb), else the first
    person named."""
    people = people_in(sentence)
    best = None
    for start, name in people:
        m = _SPEECH_AT.match(sentence, start + len(name))
        if m and (best is None or m.end() - m.start() < best[0]):
            best = (m.end() - m.start(), name)  # the name nearest its verb: "an adviser to X, Y, said" => Y
    if best:
        return best[1]
    return people[0][1] if people else None


_COORDINATED = re.compile(r"\b(?:and|but|yet|then)\s+(?:also\s+|later\s+|then\s+)?$")
# the subject opening a clause: "the ministry (condemned …)", "Ukraine's Defence Ministry", "Kuleba"
_CLAUSE_SUBJECT = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*(?=\s+[a-z]+(?:ed|s)\b)"
                             r"|(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?!(?:and|or|of)\s)[a-z]")
_ADVERBIAL = re.compile(r"(?:in|on|via|through|during|at|after|before|from|with|speaking|writing|posting|later|earlier|"
                        r"meanwhile|however|too|also)\b", re.I)


def subject_before(head: str, verb_start: int) -> Optional[str]:
    """The subject of the speech verb at ``verb_start`` in ``head``: a named person nearest the
    verb, else the noun phrase before it, quotation marks removed ('Ukraine's Operational
    Command "South" reported' => "Ukraine's Operational Command South")."""
    left = head[:verb_start]
    people = people_in(left)
    if people:
        verb = _SPEECH_X_RE.match(head, verb_start)
        p = subject_person(head[:verb.end()] if verb else left)
        if p:
            return p
    left = _unquote(left).rstrip()
    coord = _COORDINATED.search(left + " ")
    if coord:  # "Kuleba thanked her and called for …", "The ministry condemned it and said": the clause's subject
        first = _CLAUSE_SUBJECT.match(left[:coord.start()])
        if first and not re.fullmatch(r"(?:the\s+)?(?:In|On|At|After|As|When|While|But|And|Then|Later|Earlier|The|An?|This|That)",
                                      first.group(1), re.I):
            return first.group(1)
    paren = re.search(r"\s*\(((?![A-Z][\w.-]{1,10}\))[^()]{3,60})\)\s*$", left)
    if paren and re.search(r"[A-Z]", left[:paren.start()]):  # "Wang Yi (China's foreign minister) said": a role, not the subject
        return f"{subject_before(left[:paren.start()] + ' said', len(left[:paren.start()]) + 1) or left[:paren.start()]}, {paren.group(1)}"
    appos = re.search(r",\s*([^,]{3,80}),\s*(?:has |have |had |also |too,? )?$", left)
    role = None
    if appos and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}", appos.group(1)) and not _ADVERBIAL.match(appos.group(1)) \
            and re.search(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+[a-z]", left[:appos.start()]):
        return f"{appos.group(1)}, {left[:appos.start()].strip()}"  # "A soldier who gave only his call sign, Sokil, said"
    if appos and (_ADVERBIAL.match(appos.group(1)) or not _SPEECH_X_RE.search(appos.group(1))):
        if not _ADVERBIAL.match(appos.group(1)):
            role = appos.group(1)  # "X, head of the region, said"; not "X, in a post on Telegram, said"
        left = left[:appos.start()].rstrip()
    left = re.sub(r"(?:,\s*too,?|,\s*however,?|\s+also|\s+has|\s+have|\s+had|\s+further|\s+later|\s+then)$", "", left).rstrip()
    seg = re.split(r"[,;:(]\s*|\bthat\s+|\b(?:and|but|while|as)\s+(?=[a-z])|\b(?:which|who|whom|what|where|when)\s+", left)[-1].strip()
    seg = re.sub(r"\s+(?:(?:on|at|during|late|early|this|last)\s+(?:[A-Z]?[a-z]+\s*){1,3}|in\s+(?:[a-z]+\s*){1,3})$", "", seg).rstrip()  # "X on Monday" (not "the ambassador in Berlin")
    seg = re.sub(r"^(?:as|and|but|so)\s+(?=(?:" + _PRON + r")$)", "", seg, flags=re.I)  # "As he noted, “…”"
    if not seg or len(seg) > 80:
        return None
    return f"{seg}, {role}" if role else seg


# "TASS quoted X as saying", "X was quoted by TASS as saying", "Interfax cited X as saying": X speaks
_QUOTED_AS = re.compile(r"\b(?:quoted|cited|quoting|citing)\s+(?P<obj>(?!by\s)(?:the\s+)?[^,.;:“”\"]{2,80}?(?:,\s*[^,.;:“”\"]{2,60},)?)\s+as\s+"
                        r"(?:saying|telling|writing)\b")
_WAS_QUOTED = re.compile(r"\s+(?:was|were|is|has been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;:“”\"]{2,60}?\s+)?as\s+"
                         r"(?:saying|telling|writing)\b(?:\s+by\s+[^,.;:“”\"]{2,60})?")


def _quoted_as(s: str, before: bool) -> Optional[str]:
    """The person an agency quotes in ``s`` (the part before an opening mark, or after a closing one)."""
    m = _QUOTED_AS.search(s)
    if m and (not before or not _SPEECH_X_RE.search(s, m.end())):
        owner = re.search(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)[’']s\s+(?:[\w-]+\s+){0,2}$", s[:m.start()])
        if owner and re.fullmatch(r"him|her", m.group("obj").strip()):
            return owner.group(1)  # "X's office quoted him as saying"
        return m.group("obj")
    for wm in _WAS_QUOTED.finditer(s):
        subj = subject_before(s, wm.start())
        if subj and re.match(r"[A-Z]|(?:" + _PRON + r")$|(?:the|a|an)\s", subj):
            return subj
    return None


def _head_speaker(head: str) -> Optional[str]:
    """The speaker named in the part of a sentence before an opening quotation mark."""
    if _LABEL.match(head):
        return None
    if (label := labelled_speaker(head)) is not None:
        return label  # "Quote from the head of the administration: “…”"
    quoted = _quoted_as(head, True)
    if quoted:
        return quoted
    m = re.search(r"\baccording to\s+(?:the\s+)?([^,.;:“”\"«»]{3,80})\s*[,:]?\s*$", head, re.I) \
        or _SAID_BY.search(head)
    if m:  # "According to the governor, “…”", "As noted by the head of the OVA, “…”"
        return _the_role(m.group(0), m.group(1))
    verbs = list(_SPEECH_X_RE.finditer(head))
    for k, vm in enumerate(reversed(verbs)):
        if vm.group(0).lower() in ("according to",):
            continue
        if vm.group(0).endswith("ing") and k < len(verbs) - 1:
            continue  # "X stated …, reassuring allies that “…”": the subject of the earlier verb
        if _COORDINATED.search(head[:vm.start()]) and k < len(verbs) - 1:
            continue  # "X confirmed … but said that “…”": the subject of the earlier verb
        if _PASSIVE.search(head[:vm.start()]):
            continue  # passive: "the attack was described as"
        subj = subject_before(head, vm.start())
        if subj and (re.match(r"[A-Z]|(?:the|a|an)\s|(?:" + _PRON + r")$", subj) or _COLLECTIVE.match(subj)):
            return subj
        inv = _AFTER_INV.match(head[vm.start():])  # "..., said Ihor Terekhov: “…”"
        if inv:
            return inv.group("subj")
    m = re.match(r"\s*((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?:\s+(?:on|about)\s+[^:“”\"]{2,60})?\s*:\s*$", head)
    if m and not _LABEL.match(head):
        return m.group(1)  # a headline's "Zelensky: “…”"
    if re.search(r"[:,]\s*$", head):
        people = people_in(head)
        if people:
            return subject_person(head) or people[0][1]
    return None


def _the_role(phrase: str, src: str) -> str:
    """``src`` of "according to (the) src", with its "the" when it is an office ("according to the
    governor": the governor named before) rather than a name ("according to the State Emergency Service")."""
    the = re.search(r"\bthe\s+" + re.escape(src), phrase, re.I)
    return "the " + src if the and _ROLE_NOUN.match("the " + src) else src


def according_to(s: str) -> Optional[str]:
    """The source in "according to X" at the start of ``s``: the body a document comes from
    ("according to a statement from the regional administration" => "the regional administration"),
    nothing for data ("according to preliminary information")."""
    m = re.match(r"according to\s+(?:the\s+|an?\s+)?([^,.;:“”\"()\n]{3,80})", s, re.I)
    if not m or re.match(r"(?:preliminary|early|initial|updated|latest|official)?\s*(?:data|information|figures|estimates)\b",
                         m.group(1), re.I):
        return None
    src = m.group(1).strip()
    doc = re.match(r"(?:(?:official|latest|new|its|their|a)\s+)?(?:statement|report|post|message|update|communiqu[eé])\s+"
                   r"(?:from|by|of|issued by)\s+(.+)", src, re.I)
    return doc.group(1) if doc else _the_role(m.group(0), src)


_TITLE_ABBREVS = ("Sen", "Rep", "Gen", "Dr", "Mr", "Mrs", "Ms", "Lt", "Col", "Gov", "Maj", "Capt", "Adm", "St")
_ABBREV = re.compile(r"\b(" + "|".join(_TITLE_ABBREVS) + r")\.")  # "said the committee's chairman, Sen. X"
_NOT_ABBREV = "".join(rf"(?<!\b{a})" for a in _TITLE_ABBREVS)  # (a full stop that ends no such title)


def after_speaker(text: str, b: int) -> Optional[str]:
    """The speaker named right after a closing mark at ``b``."""
    b += 1 if text[b:b + 1] in (" ", "\u00a0", "\u202f") and text[b + 1:b + 2] == "»" else 0  # French "… »"
    after = text[b:b + 160]
    if re.match(r"[" + _MARKS + r"]?\s*\n", after) or b >= len(text) or text[b] not in _MARKS + "'":
        return None  # an attribution never follows across a paragraph break
    quoted = _quoted_as(re.split(r"(?<=[.!?])\s|[“\"]", after[1:], maxsplit=1)[0], False)
    if quoted:
        return quoted
    how_m = _THIS_IS_HOW.match(after)
    if how_m:  # "“…” — this is how volunteer driver X describes the attack", "“….” That is how X put it."
        return how_m.group("subj")
    dash = re.match(r".\s*[—–]\s*((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s*[.]?\s*(?:\n|$)", after)
    if dash:
        return dash.group(1)  # "“There is no ceasefire without guarantees” — Zelensky.": a signed quotation
    m = _AFTER.match(after)
    if m and text[b - 1:b] in ".!?" and not _PRONOUN.match(m.group("subj")) and not re.match(r"[" + _MARKS + r"]?\s*[a-z]", after) \
            and not _bare_speech(after, m) or m and m.group("verb") == "according to":
        m = None  # "…capitulation.” Chancellor Scholz defended…" starts a new sentence; "….” X said." does not
    if m:
        return m.group("subj")
    m = _AFTER_INV.match(after)
    if m and m.group("verb") == "according to":
        return according_to(after[m.start("verb"):])
    if m:
        # "…,” said Kremlin spokesman Dmitry Peskov": the named person of the phrase after the verb
        phrase = re.split(_NOT_ABBREV + r"\.|[;:\n“\"«]|,\s+(?:who|which|adding|noting|saying|according)\b", after[m.start("subj"):], maxsplit=1)[0]
        names = find_person_names(phrase) or [(a, a + len(n), n) for a, n in people_in(phrase)]  # ("Sen. Ron Whitfield")
        if names and names[0][0] < 60:
            return phrase[:names[0][1]] + re.match(r"(,\s*[^,]{3,60})?", phrase[names[0][1]:]).group(0)
        return m.group("subj")
    rel = _AFTER_REL.match(after)
    if rel:  # "…,” a Ukrainian officer who asked not to be named … told The New York Times.
        named = _GAVE_NAME.search(rel.group(0))  # "…,” one resident, who gave only her first name, Yelena, told …
        return named.group(1) if named else rel.group("subj")
    # "…,” the head of the regional administration, Petro Savchuk, said on Telegram.
    tail = re.split(r"(?<=[.!?])\s|[“\"]", after[1:], maxsplit=1)[0]
    ended = text[b - 1:b] in ".!?" and not re.match(r"[" + _MARKS + r"]?\s*[a-z]", after)
    for ns, ne, name in find_person_names(tail):
        vm = re.match(r"\s*,?\s*(?:[^,.]{0,60},\s*)?(?:has |had )?(?P<verb>" + SPEECH_X + r")\b", tail[ne:])
        if vm and ended and not _bare_speech(tail[ne:], vm):
            continue  # a new sentence: "….” Envoy X defended the veto"
        if vm or not ended and re.search(r"\b(?:" + SPEECH_X + r")\b[^,.]{0,60}(?:,\s[^,.]{0,60})?$", _ABBREV.sub(r"\1", tail[:ns])):
            return name  # "…,” commander-in-chief X said" / "…,” mentioned the EU's Josep Borrell"
    m = _AFTER_NP.match(after) if text[b - 1:b] in ",.!?…" or re.match(r".\s*,", after) else None  # "“…,” NP said"
    if m and (re.match(r"(?:the|a|an)\s", m.group("subj")) or re.search(r"\b[A-Z0-9]", m.group("subj")) or _COLLECTIVE.match(m.group("subj"))) \
            and not _PRONOUN.match(m.group("subj")) and (not ended or _bare_speech(after, m)):
        return m.group("subj")  # "…,” the Rybar Telegram channel wrote", "…,” state broadcaster Suspilne reported"
    if not ended:  # a partial quotation, the attribution closing the sentence: "… “…” and must stop, X said."
        last = re.search(r",\s*([^,]*)$", tail)
        m = _AFTER.match(last.group(0)) if last else None
        if m and re.fullmatch(r"[^,;:“”\"]*[.!?]?\s*", last.group(0)[m.end():]):
            return m.group("subj")
    if text[b - 1:b] == ",":  # "“…,” Oleksandr Syrskyi hoped.": a quotation fragment, then a name and one verb ending the sentence
        m = _ANY_VERB_AFTER.match(after)
        if m and not _PRONOUN.match(m.group("subj") or m.group("subj2")):
            return m.group("subj") or m.group("subj2")
    return None


_THIS_IS_HOW = re.compile(r"^[”\"»’']\s*[,.]?\s*(?:[—–-]+\s*)?(?i:this|that|so|thus)\s+(?:is|was)\s+how\s+(?P<subj>[^.;:“”\"\n]{3,90}?)\s+"
                          r"(?:describes|described|puts it|put it|recalls|recalled|remembers|remembered|sums it up|summed it up|"
                          r"explains|explained|sees it|saw it|" + SPEECH_X + r")\b")
_PROPER = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
_ANY_VERB_AFTER = re.compile(r"^[”\"»’']\s*(?:(?P<subj>" + _PROPER + r")\s+[a-z]{3,}(?:ed|es|s)|[a-z]{3,}(?:ed|es|s)\s+(?P<subj2>"
                             + _PROPER + r"))(?:\s+(?:on|in|at|to|from|during|after)\s+[^.,;:“”\"\n]{1,40})?\s*[.!?](?:\s|$)")


# a speech verb that ends its clause ("X said.", "X wrote on Telegram", "X told reporters")
_BARE_VERBS = {"said", "says", "wrote", "writes", "stated", "added", "noted", "told", "posted", "stressed", "emphasized",
               "emphasised", "explained", "declared", "announced", "warned", "continued", "concluded", "commented"}
_BARE_TAIL = re.compile(r"\s*[.,;]|\s+(?:on|in|at|to|during|via|after|later|earlier|today|yesterday|reporters|journalists|"
                        r"[A-Z][\w-]*\s*[.,])")


def _bare_speech(after: str, m: re.Match) -> bool:
    return m.group("verb") in _BARE_VERBS and bool(_BARE_TAIL.match(after, m.end("verb")))


def _untitled_holder(text: str, pos: int, sentences: list[Sentence], quotes: list[tuple[int, int]],
                     registry: PersonRegistry, mods: str) -> Optional[str]:
    """"the Russian president said" after "Vladimir Putin chaired a meeting": the person who spoke (or
    was named) before, when the document gives him no office of his own and his known side is not
    another country's than the office's ("the Ukrainian minister" is not an untitled Lavrov)."""
    prev = previous_subject(text, pos, sentences, quotes)
    names = find_person_names(prev) if prev else []
    if not names:
        return None
    name = names[-1][2]
    if registry.role.get(name.split()[-1]):
        return None
    want = P.demonym_country(mods) if mods else None
    have = side_of(name)
    return None if want and have and want != have else name


# a participle after a subordinating word has no subject of its own: "When asked about the truce, he said"
_SUBORDINATE = re.compile(r"(?:^|[,;]\s*|\b)(?:when|if|as|while|once|unless|after|before|until)\s+$", re.I)


def previous_subject(text: str, pos: int, sentences: list[Sentence], quotes: list[tuple[int, int]]) -> Optional[str]:
    """The subject of the nearest earlier sentence that names a speaker (names inside
    quotations ignored): the subject of its speech verb, else the person it names."""
    for s in reversed([s for s in sentences if s.start < pos]):
        seg_end = min(s.end, pos)
        seg = text[s.start:seg_end]
        for qa, qb in quotes:  # quoted words blanked out, the offsets kept
            if s.start <= qa < seg_end:
                x, y = qa - s.start - 1, min(qb, seg_end) - s.start + 1
                seg = seg[:max(0, x)] + " " * (min(y, len(seg)) - max(0, x)) + seg[y:]
        verbs = [vm for vm in _SPEECH_X_RE.finditer(seg) if vm.group(0).lower() != "according to"
                 and not _PASSIVE.search(seg[:vm.start()]) and not seg.startswith(" by ", vm.end())
                 and not _SUBORDINATE.search(seg[:vm.start()])]
        if verbs:
            subj = subject_before(seg, verbs[0].start())
            if subj and (re.match(r"[A-Z]", subj) or named_body(subj)) and not _PRONOUN.match(subj):
                return subj
        acc = re.search(r"\b[Aa]ccording to\s+(?:the\s+)?([A-Z][^,.;“”\"]{2,60})|\b(?:" + SPEECH_X + r") by (?:the\s+)?((?:[a-z]+\s+){0,5}[A-Z][^,.;“”\"]{2,60})", seg)
        if acc and not (acc.group(1) or "").lower().startswith(("preliminary", "early", "initial", "data", "information")):
            return acc.group(1) or re.sub(r"\s+(?:on|in|at|during)\s+.*$", "", acc.group(2))
        person = subject_person(seg)
        if person:
            return person
    return None


def next_subject(text: str, pos: int, sentences: list[Sentence]) -> Optional[str]:
    """The speaking subject of one of the four sentences after ``pos`` ("DTEK added that …")."""
    for s in [s for s in sentences if s.start >= pos][:4]:
        m = re.match(r"\s*((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:also\s+|further\s+|later\s+|then\s+|earlier\s+)?(?:" + SPEECH_X + r")\b", s.text)
        if m and not _PRONOUN.match(m.group(1)):
            return m.group(1)
        m = re.match(r"\s*(?:This|That|It|The (?:information|news))\s+(?:was|has been)\s+(?:" + SPEECH_X
                     + r")\s+by\s+(?:the\s+)?([^,.;:“”\"\n]{2,80})", s.text)
        if m:  # "This was reported by X (with reference to Y)": Y, else X
            src = _RELAYED.search(s.text, m.start(1))
            return src.group(1) if src else re.split(r"\s+(?:with reference to|in reference to|referring to|citing|quoting|on|in)\s",
                                                     m.group(1))[0]
    return None


def speaker_from_phrase(subj: str, registry: PersonRegistry) -> Optional[Speaker]:
    phrase = clean_speaker(subj)
    name, role = split_name_role(phrase)
    if name is None and "," in phrase:  # "The Institute for the Study of War, a U.S.-based think tank"; "Sokil, a soldier …"
        name, role = split_name_role(phrase.split(",", 1)[0])
        role = role or phrase.split(",", 1)[1].strip() or None
    if name is None:
        return None
    tail = re.search(re.escape(name) + r"((?:\s+(?:von|van|der|den|de|da|di|du|del|della|la|le|bin|ibn|al|ter))+\s+[A-Z][\w’'-]+)", phrase)
    if tail:  # "Ursula von der Leyen", "Mohammed bin Salman": the lexicon's name stops at the particle
        name = name + tail.group(1)
        role = role.replace(tail.group(1).strip(), "").strip(" ,") or None if role else role
    name, reg_role = registry.resolve(name)
    role = role or reg_role
    side = side_of(" ".join(x for x in (name, role or "") if x), P.region_side)
    if side is None and role:
        side = P.demonym_country(role)
    if side is None and role and _LOCAL_OFFICE.search(role):
        side = registry.local_side(name)
    return Speaker(name, role, side)


# an office of the occupation: "the Russian-installed mayor", "the DPR's head", "Donetsk People's Republic"
_OCCUPATION = re.compile(r"\b(?:Russian-installed|Russia-installed|Moscow-installed|Kremlin-installed|pro-Russian|"
                         r"(?-i:DPR|LPR|DNR|LNR)|People['’]s Republic)\b", re.I)
# offices of a place: the place the official is named beside tells the side
_LOCAL_OFFICE = re.compile(r"\b(?:governor|mayor|regional|oblast|city|municipal|local|district|head of the (?:\w+ )?(?:military )?administration)\b", re.I)


# the original author of what an outlet relays: "with reference to the Telegram channel of X", "citing X"
_RELAYED = re.compile(r"\b(?:with reference to|in reference to|referring to|citing|quoting)\s+(?:the\s+|an?\s+)?"
                      r"(?:(?:official\s+)?(?:[A-Z][\w-]*\s+)?(?:channel|page|account|website|site|post|statement|"
                      r"press service|report|message)s?\s+(?:of|by)\s+(?:the\s+)?)?([A-Z0-9][^,.;:“”\"()\n]{2,80})")


def attribute(text: str, q: tuple[int, int], sentences: list[Sentence], registry: PersonRegistry,
              quotes: list[tuple[int, int]], previous: Optional[tuple[int, Speaker]] = None) -> tuple[Optional[Speaker], str]:
    """(speaker, how) of the quotation ``q``; how is "after", "before", "previous", "earlier",
    "next" or "" (none). ``previous`` is (end offset, speaker) of the quotation before it."""
    a, b = q
    how, document = "after", False
    subj = after_speaker(text, b)
    if subj is None:
        how = "before"
        sent = next((s for s in sentences if s.start <= a - 1 < s.end or s.start <= a < s.end), None)
        if sent is not None and sent.start < a - 1:
            h0 = max([sent.start] + [y + 1 for x, y in quotes if sent.start <= x and y < a - 1 and len(text[x:y].split()) >= 3])
            head = DATELINE.sub("", text[h0:a - 1], count=1)  # after an earlier quotation of the same sentence
            lead = re.match(r"\s*(he|she|they)\s+(?:also\s+)?(?:" + SPEECH_X + r")\b", head, re.I)
            if lead:
                subj = lead.group(1)  # "He said the intent was to “…”": the pronoun's antecedent speaks
            else:
                subj = _head_speaker(head)
    subj = clean_speaker(subj) if subj else None
    if subj is not None and not subj:
        subj = None
    pronoun = subj is not None and bool(_PRONOUN.match(subj))
    pron = subj.lower() if pronoun else ""
    if previous is not None and previous[1] is not None and previous[1].name and (
            (subj is None and a - previous[0] < 400) or (pronoun and a - previous[0] < 600)) and fits(previous[1].name, pron):
        # "…,” he added: the speaker of the quotation before, unless someone else is named in between
        # (by full name, or by the surname of someone the document named before: "Zelensky also commented …")
        gap = text[previous[0]:a]
        between = {n.split()[-1] for _s, n in people_in(gap)}
        between |= {w for w in re.findall(r"[A-Z][\w’'-]+", gap) if w in registry.full}
        if between <= {previous[1].name.split()[-1]}:
            return previous[1], "previous"
    owner = re.match(r"(?:the\s+)?(.+?)[’']s\s+(?:official\s+)?(?:statement|report|post|message|press release|announcement|"
                     r"press service|communiqu[eé]|telegram channel)$", subj or "", re.I)
    if owner:
        subj = owner.group(1) if owner.group(1)[0].isupper() else "the " + owner.group(1)  # "the ministry's statement"
    doc_of = re.match(r"(?:the|a|an)\s+(?:\w+\s+)?(?:statement|report|post|message|press release|announcement|"
                      r"communiqu[eé])\s+(?:by|from|of)\s+(.+)$", subj or "", re.I)
    if doc_of:
        subj = doc_of.group(1)  # "the statement by the defence ministry"
    if subj is not None and re.fullmatch(r"(?:the\s+)?(?:report|statement|message|post|press release|announcement|communiqu[eé])", subj, re.I):
        # "the message reads": the author a report before relayed it from ("with reference to the
        # channel of X"), else the speaker of the sentences before ("X reported on Telegram")
        src = [m.group(1) for m in _RELAYED.finditer(text[max(0, a - 600):a])] or [w for w in [posted_by(text[max(0, a - 600):a])] if w]
        if src:
            return Speaker(clean_speaker(src[-1]), None, side_of(src[-1])), how
        subj, document = None, True  # "the statement reads": the document of whoever spoke or acted before
    if subj is not None and (person := described_person(text, a, subj)) is not None:
        subj = person  # "Mykola drives a minibus. “…,” the 47-year-old driver explains"
    if subj is not None:
        rn = _ROLE_NOUN.match(subj)
        on = ORG_NOUN.match(subj) if not re.search(r"\b[A-Z]", subj) else None  # "the Defence Ministry" is a name
        if rn:  # "the official said": the person named earlier, the one holding that office first
            sent = next((x.start for x in sentences if x.start <= a - 1 < x.end), a)  # not the sentence itself
            person = registry.last_with_role(rn.group(2), a, rn.group("mods"))
            if person is None:  # "A Russian war correspondent said .... “…,” the correspondent wrote": that unnamed one
                person = unnamed_before(text, min(sent, a), rn.group(2))
            if person is None and not _NATIONALITY.search(rn.group("mods") or "") and not described_in_full(subj, rn):
                # a bare "the official said" is whoever spoke before; "the Ukrainian foreign minister" with
                # no holder named is that office itself, not the last person who spoke
                person = previous_subject(text, min(sent, a), sentences, quotes)
                if person and rn.end(2) < len(subj) and not find_person_names(person) and not named_body(person):
                    person = office_told_before(text, min(sent, a), rn.group(2))  # "the head of the RMA wrote": that office
            elif person is None:
                person = _untitled_holder(text, min(sent, a), sentences, quotes, registry, rn.group("mods"))
            if person:
                subj = person
        elif on:  # "the ministry said": the ministry named earlier
            org = org_before(text, on.group(1), a)
            app = appositive_body(text, a)  # "Ukrenergo, the national grid operator, …": a later one wins
            if app and (not org or app[0] > text.rfind(org, 0, a)):
                org = app[1]
            if org:
                subj = org
            else:  # "the defence ministry said …” / “…,” the military said": the body that spoke before
                prev = previous_subject(text, a, sentences, quotes)
                if prev and (named_body(prev) or not find_person_names(prev) and prev.split()[-1] not in registry.full
                             and (re.fullmatch(r"[A-Z][\w’'.-]+", prev) or BODY_NAMED.search(prev))):
                    subj = prev  # "Ukrzaliznytsia said …. “…,” the company said"
    if subj is None or pronoun:
        subj = previous_subject(text, a, sentences, quotes)
        how = "earlier"
        if subj is not None and pron and not fits(speaker_from_phrase(subj, registry).name if speaker_from_phrase(subj, registry) else None, pron):
            subj = registry.last_fitting(a, pron) or subj  # "Kuleba met Annalena Baerbock. “…,” she said"
        if subj is None and pron == "it":  # "The X Office opened a case. “…,” it said"
            subj = body_subject(text, a, sentences)
        if subj is None:
            subj = next_subject(text, b, sentences)
            how = "next"
        if subj is None and document:  # "The X Office opened a case. “…,” the statement reads"
            subj = body_subject(text, a, sentences)
        if subj is None and pron in ("he", "she"):  # "“…,” he said. Kuleba, who spoke after …": named just after
            nxt = next((s for s in sentences if s.start >= b), None)
            subj = subject_person(nxt.text) if nxt is not None else None
    if not subj:
        return None, ""
    return speaker_from_phrase(subj, registry), how
