"""Who says so: claimants of event sentences, hedges (certainty), and statements (direct
quotes and reported speech) with speaker, role and side."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional

from sitrep.extract.actors import find_actors
from sitrep.extract.lexicon import read_tsv

_TIERS = ("reported", "claim", "quote")  # nested: a reported-speech verb is a claim verb is a quote verb


@lru_cache(maxsize=None)
def speech_verbs(tier: str) -> str:
    """The speech verbs of ``sitrep/data/speech_verbs.tsv`` up to ``tier`` ("reported", "claim" or
    "quote") as one regular-expression alternation (no group, no word boundaries)."""
    keep = _TIERS[:_TIERS.index(tier) + 1]
    return "|".join(row["form"] for row in read_tsv("speech_verbs.tsv") if row["tier"] in keep)


SPEECH = speech_verbs("claim")
SPEECH_RE = re.compile(r"(?<![\w-])(?:" + SPEECH + r")(?![\w-])", re.I)
HEDGE_DISPUTED = re.compile(r"\b(?:purportedly|allegedly|claimed|claims|claiming|unverified|could not be (?:independently )?verified|"
                            r"according to Russian|according to (?:the )?(?:Russian|Ukrainian) (?:sources|media|officials|side)|denied|denies|"
                            r"reportedly|supposedly|it is said)\b", re.I)
HEDGE_DENIED = re.compile(r"\b(?:denied|denies|refuted|dismissed (?:the )?claims?)\b", re.I)
PRONOUNS = re.compile(r"^(?:he|she|they|it)$", re.I)

TITLE_WORDS = (r"Secretary[- ]General|President|Prime Minister|Chancellor|Minister|Foreign Minister|Defen[cs]e Minister|Governor|Mayor|"
               r"General|Gen\.|Colonel|Col\.|Lt\.|Spokesperson|spokesman|spokeswoman|Secretary|Senator|Sen\.|Rep\.|Gov\.|Ambassador|"
               r"Mr\.|Mrs\.|Ms\.|Dr\.|Commander|Chief|head|leader|deputy|Deputy|Speaker|Patriarch|Pope|King|Queen|"
               # an occupation right before a name: "said shipping analyst Clara Hoffmann", "war blogger Yuri Podolyaka"
               r"analyst|expert|researcher|economist|historian|[Pp]rofessor|correspondent|blogger|milblogger|journalist|reporter|"
               r"commentator|lawmaker|MP|envoy|diplomat|negotiator|activist|lawyer|[Ss]urgeon|doctor|medic|paramedic|nurse|"
               r"volunteer|chaplain|priest|pensioner|farmer|teacher|engineer|director|[Dd]irector|adviser|advisor|aide|chairman|chairwoman|"
               r"coordinator|photographer|filmmaker|editor|founder|CEO")
# letters of names, Latin with diacritics included ("Popescu", "Ciucă", "Sikorski", "Węgrzyn", "Ionuț")
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ſȘȚ", "a-zß-öø-ÿĀ-ſƀ-ɏа-яіїєґ'’\\-"
_WORD = r"(?:[" + _UP + r"][" + _LOW + r"]+|[A-Z]\.)"
_NAME = _WORD + r"(?:\s+" + _WORD + r"){1,3}"
NAME_RE = re.compile(_NAME)
_STOP_NAMES = {"The", "This", "That", "In", "On", "At", "As", "But", "And", "However", "Meanwhile", "According",
               "Additionally", "Nevertheless", "Turning", "Amid", "During", "Over", "Last", "Let", "We", "You", "It",
               "Ukrainian", "Russian", "Russia", "Ukraine", "Currently", "After", "Since", "Earlier", "Later"}
_ORG_RE = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w’'-]+\s+){0,4}(?:Ministry|Defen[cs]e Ministry|General Staff|Air Force|air force|Armed Forces|"
    r"Navy|Police|Service|Administration|Council|Office|Command|Committee|Agency|Forces|Guard|Government|government|"
    r"Kremlin|Pentagon|White House)(?:\s+of\s+(?:[A-Z][\w’'-]+\s*){1,3})?|Ukrenergo|Naftogaz|Ukrzaliznytsia|Rosatom|Gazprom|"
    r"(?:local|regional|Ukrainian|Russian|U\.S\.|Western|military|city|state|Kremlin) (?:officials|authorities|sources|media|military|officers?)|"
    r"officials|authorities|(?:two|several|three) U\.S\. officials|(?:[A-Z]{2,6}))")


@dataclass
class Speaker:
    name: Optional[str]
    role: Optional[str]
    side: Optional[str]


def side_of(text: str, region_side=None) -> Optional[str]:
    """The side a speaker or claimant speaks for, from the actor lexicon (``Ukraine's foreign
    minister`` => UA, ``Russian officials`` => RU) or from the region it heads."""
    mentions = find_actors(text)
    for m in mentions:
        if m.kind in ("military", "government", "armed_group", "police"):
            return m.side
    inst = {side for side, rx in _INSTITUTIONS if rx.search(text)}
    if len(inst) == 1:
        return inst.pop()  # "State Duma speaker", "an Energoatom official" (before places: "Duma" is no Syrian town here)
    if region_side:
        side = region_side(text)
        if side:
            return side
    # "Russian officials", "Russian-installed authorities", "Ukraine's southern command": the one side named
    sides = {side for side, rx in _SIDE_WORDS if rx.search(text)}
    return sides.pop() if len(sides) == 1 else None


# state institutions, parties and companies whose people speak for their side
_INSTITUTIONS = [("RU", re.compile(r"\b(?:State Duma|Duma|Federation Council|LDPR|United Russia|FSB|SVR|GRU|Rosatom|Gazprom|Rosneft|Transneft|Roscosmos|Rosaviatsia|Roskomnadzor|Rosgvardia|Rosgvardiya)\b")),
                 ("UA", re.compile(r"\b(?:Verkhovna Rada|Rada|Energoatom|Ukrenergo|Naftogaz|Ukrzaliznytsia|Ukroboronprom|SBU|HUR|GUR|DSNS|Servant of the People)\b"))]
_SIDE_WORDS = [("RU", re.compile(r"\b(?:Russian|Russia['’]s|Kremlin|Moscow['’]s|Russia|Moscow)\b")),
               ("UA", re.compile(r"\b(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Ukraine|Kyiv|Kiev)\b"))]


def _clean_name(s: str) -> str:
    words = s.split()
    while words and (words[0].rstrip(",") in _STOP_NAMES or re.fullmatch(TITLE_WORDS, words[0])):
        words = words[1:]
    return " ".join(words).strip(" ,")


def _given_names() -> frozenset[str]:
    global _GIVEN
    if _GIVEN is None:
        from sitrep.extract.lexicon import DATA_DIR
        words = []
        for line in (DATA_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.extend(line.split())
        _GIVEN = frozenset(words)
    return _GIVEN


_GIVEN: frozenset[str] | None = None
_TITLE_BEFORE = re.compile(r"(?:" + TITLE_WORDS + r")\s+$")
_TITLE_WORD = re.compile(r"(?:" + TITLE_WORDS + r")")


def _name_matches(text: str):
    """NAME_RE's matches, each restarted after a title word inside it: "Deputy Prime Minister Ion
    Popescu" is the title and the name "Ion Popescu", not the four words "Deputy Prime Minister Ion"."""
    pos = 0
    while m := NAME_RE.search(text, pos):
        words = list(re.finditer(r"\S+", m.group(0)))
        cut = max((i for i, w in enumerate(words[:-1]) if _TITLE_WORD.fullmatch(w.group(0))), default=0)
        if cut > 0:
            pos = m.start() + words[cut + 1].start()  # search again from the word after the title
            continue
        yield m
        pos = m.end()


def find_person_names(text: str) -> list[tuple[int, int, str]]:
    """Names of people (2-4 capitalised words) with offsets: a known given name first, or a
    title right before ("Chancellor Friedrich Merz", "Governor Oleh Syniehubov")."""
    given = _given_names()
    out = []
    for m in _name_matches(text):
        name = _clean_name(m.group(0))
        words = name.split()
        if len(words) < 2:
            continue
        off = m.start() + m.group(0).find(name)
        if words[0] not in given and not _TITLE_BEFORE.search(text[max(0, off - 30):off]) and not _TITLE_BEFORE.search(m.group(0)[:m.group(0).find(name)]):
            # "Kherson Oblast", "Black Sea", "Air Force" are not people; "Friedrich Merz" is
            idx = next((i for i, w in enumerate(words) if w in given), None)
            if idx is None or idx == len(words) - 1:
                continue
            off += len(" ".join(words[:idx])) + 1
            words = words[idx:]
            name = " ".join(words)
        out.append((off, off + len(name), name))
    return out


def speaker_before(text: str, verb_start: int) -> Optional[str]:
    """The subject of a speech verb: the clause before it ('Kursk leader Alexei Smirnov stated',
    'Maksym Kozytsky, head of the Lviv region, reported', 'local officials reported')."""
    left = text[:verb_start].rstrip()
    # strip an appositive ", head of the Lviv region," just before the verb
    appos = re.search(r",\s*([^,]{3,80}),\s*(?:has |have |had |also |too,? )?$", left)
    role = None
    if appos:
        role = appos.group(1)
        left = left[:appos.start()].rstrip()
    left = re.sub(r"(?:,\s*too,?|,\s*however,?|\s+also|\s+has|\s+have|\s+had|\s+further)$", "", left).rstrip()
    # (a dash ends a dateline: "MOSCOW, April 2 (Reuters) - Russia's Defence Ministry said")
    seg = re.split(r"[,;:“”\"]\s*|\bthat\s+|\b(?:and|but|while)\s+(?=[a-z])|\s[-—–]+\s", left)[-1].strip()
    seg = re.sub(r"^[-—–•▪◾►*·>]+\ufe0f?\s*", "", seg)  # a list item's bullet: "- Ukraine's air force said"
    if not seg:
        return None
    if role:
        return f"{seg}, {role}"
    return seg


def speaker_after(text: str, verb_end: int) -> Optional[str]:
    """'..., said Ihor Terekhov, the mayor' / 'according to the General Staff'."""
    m = re.match(r"\s*(?:the\s+)?((?:[A-Z][\w’'.-]*\s*){1,5}(?:,\s*[^,.]{3,60})?|(?:local|regional|Russian|Ukrainian|military|city) \w+)", text[verb_end:])
    if m:
        return m.group(1).strip(" ,")
    return None


def split_name_role(phrase: str) -> tuple[Optional[str], Optional[str]]:
    """'Maksym Kozytsky, head of the Lviv region' => (Maksym Kozytsky, head of the Lviv region);
    'Kursk leader Alexei Smirnov' => (Alexei Smirnov, Kursk leader); 'local officials' => (local officials, None)."""
    phrase = re.sub(r",?\s*(?:too|also|however|meanwhile|in turn)$", "", phrase.strip(" ,.")).strip(" ,.")
    if not phrase:
        return None, None
    if "," in phrase:
        a, b = [x.strip() for x in phrase.split(",", 1)]
        if find_person_names(a):
            return find_person_names(a)[-1][2], b
        if find_person_names(b):
            return find_person_names(b)[-1][2], a
    names = find_person_names(phrase)
    if names:
        s, e, name = names[-1]
        role = (phrase[:s] + phrase[e:]).strip(" ,") or None
        if role and role.lower() in ("the", "a", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms"):
            role = None
        return name, role
    single = re.search(r"(?:President|Mr\.|Mrs\.|Ms\.|Chancellor|Minister|Governor|Mayor)\s+([A-Z][\w’'-]+)", phrase)
    if single:
        return single.group(1), phrase[:single.start(1)].strip() or None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    if len(phrase.split()) > 8:
        return None, None
    return phrase, None


def certainty_of(text: str) -> str:
    d = HEDGE_DENIED.search(text)
    if d:
        before = text[:d.start()]
        if re.search(r"\b(?:says?|said|claims?|claimed|reports?|reported)\b[^;]*(?:;|,?\s+but\b|,\s+while\b)", before, re.I):
            return "disputed"  # "Russia says it captured two villages; Kyiv denies": a claim another side denies
        return "denied"
    if HEDGE_DISPUTED.search(text):
        return "disputed"
    return "reported"


# "Fighting continued on Friday", "Shelling continued overnight": an event that goes on, not a speaker who goes on
_EVENT_NOUN_SUBJECT = re.compile(r"(?:(?:the|heavy|fierce|intense|sporadic|renewed)\s+)*(?:fighting|shelling|clashes|battles?|attacks?|strikes?|"
                                 r"explosions?|firing|gunfire|bombardment|air raids?|assaults?|hostilities|the (?:war|offensive|operation))", re.I)


def claimant_in(sentence: str) -> Optional[str]:
    """The source a sentence attributes its content to, or None."""
    m = re.search(r"\baccording to\s+(?:the\s+)?([^,.;]{3,80})", sentence, re.I)
    if m:
        return m.group(1).strip()
    m = re.search(r"\b(?:as )?(?:confirmed|reported|claimed|said) by\s+(?:the\s+)?([^,.;]{3,60})", sentence, re.I)
    if m:
        return m.group(1).strip()
    for vm in SPEECH_RE.finditer(sentence):
        w = vm.group(0).lower()
        if re.search(r"\b(?:was|were|is|are|been|be|their|his|her|its|the|in|of)\s+$", sentence[:vm.start()], re.I):
            continue  # passive "casualties were confirmed", or a noun "in their reports"
        if w in ("according to", "citing", "cited", "noting", "saying", "adding", "reassuring", "asserting", "described", "accused", "defended"):
            continue
        subj = speaker_before(sentence, vm.start())
        if subj and len(subj) < 120 and not re.fullmatch(r"(?:it|this|which|that|there)", subj, re.I) and not _EVENT_NOUN_SUBJECT.fullmatch(subj):
            if re.match(r"[A-Z]|(?:local|regional|military|state|city|the|governor|mayor|head|spokes\w+|minister|officials?|police|prosecutors?|authorities|commander|chief|deputy|adviser|advisor)\b", subj):
                return subj
        after = speaker_after(sentence, vm.end())
        if after and sentence[:vm.start()].rstrip().endswith((",", "”", '"')):
            return after
    return None


# "Ukraine's southern command denied the claim", "The Kremlin has rejected the accusations": a counter-claim
_DENIAL = re.compile(
    r"^\W*(?P<who>[A-Z][^,;:\"“”]{2,90}?)\s+(?:(?:has|have|had|quickly|flatly|strongly)\s+)*(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses)\s+"
    r"(?:(?:the|those|these|such|any|its|all|that|his|her|their)\s+)?(?:(?:Russian|Ukrainian|Moscow['’]s|Kyiv['’]s|enemy)\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|involvement|responsibility|striking|attacking|shelling|hitting|targeting|that|it|this)\b")


_BLAME = re.compile(
    r"^\W*(?P<who>[A-Z][^,;:\"“”]{2,90}?)\s+(?:(?:has|have|had)\s+)?(?:blamed|blames|accused|accuses)\s+(?P<whom>[^.;]{2,60}?)\s+(?:for|of)\s+"
    r"(?:the|this|that|these|those)\s+(?:damage|attacks?|strikes?|shelling|blast|explosion|incident|outage|blackout|fire|deaths?|killings?)\b")


def blame_by(sentence: str) -> Optional[tuple[str, str]]:
    """Who blames whom for what was just reported ("Rosatom blamed Ukrainian shelling for the damage"), or None."""
    m = _BLAME.match(sentence)
    return (m.group("who").strip(), m.group("whom").strip()) if m else None


def denial_by(sentence: str) -> Optional[str]:
    """Who denies what was just reported ("Ukraine's military denied the claim, saying ..."), or None."""
    m = _DENIAL.match(sentence)
    return m.group("who").strip() if m else None
