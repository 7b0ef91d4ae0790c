"""Fatalities, injured and missing counts from one sentence.

Numbers go through the one normaliser (:mod:`sitrep.nlp.numbers`); this module only decides
which number belongs to which outcome ("two women perished, and seven individuals, including
two children, sustained injuries" => killed 2, injured 7).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from sitrep.extract.rules import cue
from sitrep.model import Count
from sitrep.nlp.numbers import find_numbers, is_age, make_count
from sitrep.nlp.prefilter import Gated

KILLED = (r"killed|killings?|kills|executed|executing|executions?|dead|died|dies|perished|eliminated|eliminating|liquidated|lost (?:their|his|her) lives?|death(?:s)?|"
          r"fatalit(?:y|ies)|fatally (?:wounded|injured)|bodies|shot dead|slain|lost their life|"
          r"fell victim|claimed the lives? of|claiming the lives? of|(?:were|was) victims?")
INJURED = (r"injured|injuring|injuries|injures|wounded|wounding|hurt|hospitali[sz]ed|taken to (?:a |the )?hospital|"
           r"wounds(?=\s+(?:\d+|at least|more than|over|dozens|several|two|three|four|five|six|seven|eight|nine|ten)\b)|"
           r"sustained (?:\w+ )?injuries|suffered (?:\w+ )?(?:injuries|wounds|shrapnel wounds)|"
           r"received (?:\w+ )?injuries|casualties")
MISSING = r"missing|unaccounted for"
# gated: its search skips sentences without any of its words (most of them)
# each outcome word is a whole word: "deadlock", "deadline", "deadly" and "hurtling" are no outcome
OUTCOME = Gated(re.compile(r"(?<![\w-])(?:(?P<k>" + KILLED + r")|(?P<i>" + INJURED + r")|(?P<m>" + MISSING + r"))(?![\w])", re.I))

PEOPLE = (r"people|persons?|civilians?|residents?|individuals?|men|women|man|woman|child(?:ren)?|kids?|"
          r"teenagers?|boys?|girls?|infants?|babies|baby|elderly|pensioners?|soldiers?|servicem(?:e|a)n|troops|"
          r"fighters?|militants?|policem(?:e|a)n|officers?|employees?|workers?|rescuers?|firefighters?|"
          r"journalists?|doctors?|medics?|volunteers?|passengers?|drivers?|farmers?|locals?|others?|pilots?|sailors?|"
          r"victims?|inhabitants?|Ukrainians?|Russians?|members?|crew|staff|guards?|prisoners?|POWs|"
          r"servicemembers|personnel|military|defenders|occupiers|invaders")
# "a 51-year-old woman", "a teenager", "a local journalist", "an editor", "her son"
_SINGLE_NOUNS = (r"man|woman|child|boy|girl|teenager|teen|civilian|resident|person|driver|soldier|serviceman|journalist|"
                 r"editor|employee|worker|pensioner|infant|baby|volunteer|medic|doctor|farmer|rescuer|firefighter|policeman|officer|"
                 r"individual|passenger|victim|engineer|electrician|guard|nurse|teacher|student|priest|official|mayor|head|"
                 r"son|daughter|wife|husband|mother|father|grandmother|grandfather|"
                 r"pilot|co-pilot|navigator|sailor|marine|paratrooper|conscript|paramedic|gunner|"
                 r"colonel|lieutenant(?:[- ]colonel)?|commander|sergeant|admiral|general(?!\s+(?:staff|prosecutor|assembly|directorate|public))")
_SINGLE_DET = r"(?:an?|one|another|the|his|her|their|its)\s+(?:\d+-year-old\s+|[a-z][a-z-]*\s+){0,2}"
# headline style without a determiner: "Man wounded by shrapnel", "Toretsk: Woman killed in shelling"
_BARE_START = r"(?:^|(?<=: )|(?<=; )|(?<=\n))(?-i:(?=[A-Z]))"
_SINGLE = re.compile(r"(?<![\w-])(?:" + _SINGLE_DET + r"|" + _BARE_START + r"(?:(?-i:[A-Z])[a-z-]+\s+)?)(?:" + _SINGLE_NOUNS + r")\b", re.I)
# "a 61-year-old man and a 58-year-old woman", "a 70-year-old and a 45-year-old woman": one person each
_PERSON_NP = r"(?:" + _SINGLE_DET + r"(?:" + _SINGLE_NOUNS + r")\b|(?:an?\s+)?\d+-year-old(?:\s+(?:" + _SINGLE_NOUNS + r")\b)?)"
_PERSON_CHAIN = re.compile(r"(?<![\w-])" + _PERSON_NP + r"(?:\s*,\s*(?:and\s+)?" + _PERSON_NP + r"|\s+and\s+" + _PERSON_NP + r")+", re.I)
_NONE = re.compile(
    r"\b(?:no (?:one|casualties|victims|fatalities|deaths|injuries|people were|civilians were|reported casualties)|"
    r"nobody|without casualties|no information (?:on|about) casualties|there were no (?:casualties|victims|injuries)|"
    r"(?:people|residents|civilians|locals|passengers|employees|workers|staff|personnel|the driver|the family)\s+(?:were|was)\s+(?:not|n[o']t)\s+(?:hurt|injured|harmed)|"
    r"(?:escaped|were|was)\s+(?:unharmed|unhurt|uninjured)|casualties (?:were|have been) avoided)\b", re.I)
_NONE_KILLED_ONLY = re.compile(r"\bno (?:one|body) (?:was|were) killed\b|\bno (?:deaths|fatalities)\b", re.I)
_UNKNOWN = re.compile(r"\bcasualties (?:unknown|are unknown|not known|not reported)|\bunknown (?:casualties|number)", re.I)
_WAR_TO_DATE = cue("war_to_date")
_NAMED_VICTIM = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:,[^,]{3,60},)?\s+(?:was|had been|has been)\s+(?:killed|shot dead|murdered)", re.U)


_OUTCOME = OUTCOME
# "destroyed up to 50 Ukrainian servicemen": combatants "destroyed" or "eliminated" are killed (Gated: searched
# only in a sentence holding one of its verbs)
_DESTROYED_PEOPLE = Gated(re.compile(r"\b(?:destroy(?:ed|ing|s)|eliminat(?:ed|ing|es)|liquidat(?:ed|ing|es)|neutrali[sz](?:ed|ing|es)|wiped out)\s+"
                                     r"(?P<n>(?:(?:up to|more than|over|about|around|at least|nearly|some|approximately|as many as)\s+)?\d[\d,]*)\s+"
                                     r"(?:(?-i:[A-Z])[\w-]+\s+|enemy\s+|foreign\s+){0,2}(?:servicem[ae]n|soldiers|troops|militants|mercenaries|nationalists|"
                                     r"personnel|fighters|military personnel|saboteurs|terrorists|militiamen|military(?!\s+(?:equipment|vehicles|hardware|units|targets|facilities|objects)))\b", re.I))


_SCARE_QUOTE = re.compile(r"(?<![\w])[\"“‘](?=[\w-]+(?:\s+[\w-]+){0,2}[\"”’](?!\w))|(?<=\w)[\"”’](?![\w])(?<![a-z]s’)")


@dataclass
class Casualties:
    fatalities: Optional[Count] = None
    injured: Optional[Count] = None
    missing: Optional[Count] = None
    civilian: bool = False
    military: bool = False


_CIV = re.compile(r"\b(?:civilians?|residents?|women|woman|child(?:ren)?|kids?|teenagers?|boys?|girls?|infants?|babies|"
                  r"baby|elderly|pensioners?|journalists?|editor|employees?|workers?|passengers?|drivers?|farmers?|locals?|"
                  r"inhabitants?|people|person|man|men|volunteers?|rescuers?|medics?|doctors?)\b", re.I)
_MIL = re.compile(r"\b(?:soldiers?|servicem[ae]n|servicemembers|troops|fighters?|militants?|personnel|military|defenders|occupiers|invaders|marines|paratroopers)\b", re.I)


def _number_before(text: str, pos: int, numbers) -> Optional[tuple[int, Count, int]]:
    """The number that is the subject of an outcome word at ``pos``: the nearest number before it
    in the same clause, skipping numbers inside 'including N ...' asides."""
    best = None
    for n in numbers:
        if n.end > pos:
            break
        gap = text[n.end:pos]
        if len(gap) > 90 or re.search(r"[;:]|\band\b\s+(?=\w+\s+(?:were|was)\b)", gap):
            continue
        if re.search(r"\bincluding\s+$", text[max(0, n.start - 12):n.start], re.I):
            continue
        # "two women perished, and seven individuals ... sustained injuries": each outcome takes
        # the nearest number not separated by another outcome word
        if OUTCOME.search(gap):
            continue
        core = re.split(r"\bincluding\b|\bamong them\b", gap)[0]  # "3 civilians including a small child died"
        if _SINGLE.search(core) or re.search(r",\s*(?:and|but|while)\b", core):
            continue  # "three plants were damaged, and a power engineer was injured": not the three
        best = (n.start, n.count, n.end)
    return best


def _number_after(text: str, pos_end: int, numbers) -> Optional[tuple[int, Count, int]]:
    for n in numbers:
        if n.start < pos_end:
            continue
        gap = text[pos_end:n.start]
        if len(gap) > 25 or re.search(r"[.;,]", gap):
            return None
        return (n.start, n.count, n.end)
    return None


def _people_at(text: str, pos: int) -> Optional[tuple[int, Count, int]]:
    """The victims named right at ``pos``: "a man and a woman" => 2, "a teenager" => 1."""
    c = _PERSON_CHAIN.match(text, pos)
    if c:
        return (c.start(), make_count(len(re.findall(_PERSON_NP, c.group(0), re.I))), c.end())
    sm = _SINGLE.match(text, pos)
    return (sm.start(), make_count(1), sm.end()) if sm else None


_JOIN_END = re.compile(r"(?:\s*,\s*and|\s*,|\s+and)\s+$", re.I)
_JOIN_START = re.compile(r"(?:\s*,\s*and|\s*,|\s+and)\s+", re.I)
_PEOPLE_NOUN_AT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:adults?|" + PEOPLE + r")\b", re.I)


def _coordinated(text: str, start: int, end: int, numbers, backward: bool) -> Optional[tuple[int, Count, int]]:
    """A coordinated list of victims, summed: "two adults and a child were killed" => 3, "killing
    three soldiers and a civilian" => 4. Only lists of two or more; "including" asides are no members."""
    items: list[tuple[int, int, Count]] = []  # (start, end, count)

    def item_ending(at: int):
        sm = next((m for m in _SINGLE.finditer(text, max(0, at - 60), at) if m.end() == at), None)
        if sm:
            return (sm.start(), at, make_count(1))
        for n in numbers:
            nm = _PEOPLE_NOUN_AT.match(text, n.end)
            if nm and nm.end() == at:
                return (n.start, at, n.count)
        return None

    def item_starting(at: int):
        for n in numbers:
            if n.start == at:
                nm = _PEOPLE_NOUN_AT.match(text, n.end)
                return (at, nm.end(), n.count) if nm else None
        sm = _SINGLE.match(text, at)
        return (at, sm.end(), make_count(1)) if sm else None

    pos = end if backward else start
    while True:
        it = item_ending(pos) if backward else item_starting(pos)
        if it is None:
            break
        items.append(it)
        if backward:
            j = _JOIN_END.search(text, max(0, it[0] - 8), it[0])
            if not j or re.search(r"\bincluding\s*$|\bamong them\s*$", text[max(0, it[0] - 20):it[0]], re.I):
                break
            pos = j.start()
        else:
            j = _JOIN_START.match(text, it[1])
            if not j:
                break
            pos = j.end()
    if len(items) < 2 or any(c.best is None for _a, _b, c in items):
        return None
    first = min(items)
    total = sum(c.best for _a, _b, c in items)
    return (first[0], make_count(total, first[2].qualifier if first[2].qualifier != "unspecified" else "exact"), max(b for _a, b, _c in items))


def _clause(text: str, start: int, end: int) -> str:
    """The clause around an outcome word: up to a semicolon, a full stop or a coordinating comma."""
    bounds = r";|\.\s|,\s*(?:and|while|but|bringing|raising|taking|whereas)\b|\s[—–]\s"
    left = [m.end() for m in re.finditer(bounds, text[:start])]
    right = re.search(bounds, text[end:])
    return text[left[-1] if left else 0:end + right.start() if right else len(text)]


def may_have_casualties(text: str) -> bool:
    """Cheap gate: an outcome word, or combatants 'destroyed'/'eliminated' (the ministry idiom)."""
    return OUTCOME.search(text) is not None or _DESTROYED_PEOPLE.search(text) is not None


# ages in apposition: "a woman, 67, killed", "two men, 43 and 51, were injured" (the numbers are ages, not counts)
_PAREN_AGES = re.compile(r"\b((?:man|woman|men|women|boy|girl|child|children|teenager|resident|pensioner|driver|person|civilian|"
                         r"volunteer|farmer|fisherman|worker|employee|passenger|nurse|doctor|teacher)s?)\s*\(\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\)", re.I)
_APPOSED_AGES = re.compile(r"\b((?:an?|one|two|three|four|five|\d)\s+(?:[a-z-]+\s+)?(?:man|woman|men|women|boy|girls?|boys|child|children|teenagers?|"
                           r"residents?|pensioners?|drivers?|person|persons|civilians?|soldiers?|servicem[ae]n|volunteers?))\s*,\s*"
                           r"\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\s*,", re.I)


# a person's home and age: "a volunteer from Kharkiv, 34, was killed"
_FROM_AGE = re.compile(r"(\bfrom\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*,\s*\d{1,3},(?=\s)")
# ages after the noun: "two men aged 40 and 52", "a woman of 70" (the numbers are ages, not counts)
_AGED_AFTER = re.compile(r"\b((?:man|woman|men|women|boy|girl|boys|girls|child|children|teenagers?|pensioners?|residents?|drivers?|"
                         r"person|persons|civilians?|volunteers?|farmers?|workers?|passengers?|fisherm[ae]n|guards?))\s+(?:of|aged)\s+"
                         r"\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*(?=[\s,.;])", re.I)


# a named person's age: "Daniel Marsh, 41, of Rotorua, was killed" (the number is his age)
_NAMED_AGE = re.compile(r"\b((?-i:(?!(?:In|On|At|From|Near|By)\b)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}))\s*,\s*\d{1,3},(?=\s)")


def _one_aged(m: re.Match, text: str) -> str:
    """A person noun of ``_PAREN_AGES`` without its bracketed age: "one woman" when nothing counts it before
    ("woman (66) killed"), else the noun alone ("a woman (66)", "two men (38, 45)")."""
    counted = re.search(r"\b(?:an?|one|the|\w+s|\d+)\s+$", text[max(0, m.start() - 12):m.start()], re.I)
    return m.group(1) if counted or m.group(1).lower().endswith(("s", "men", "children")) else "one " + m.group(1)


def extract_casualties(text: str) -> Casualties:
    out = Casualties()
    if "," in text:
        text = _FROM_AGE.sub(r"\1,", _NAMED_AGE.sub(r"\1,", _APPOSED_AGES.sub(r"\1", text)))  # ("In Kherson, 1,000 people died": no age)
    if " aged " in text or " of " in text:
        text = _AGED_AFTER.sub(r"\1", text)  # "two men aged 40 and 52 were injured", "a woman of 70 was killed": ages
    if "(" in text:
        text = _PAREN_AGES.sub(lambda m: _one_aged(m, text), text)  # "woman (66) killed": one, aged 66
    if "\"" in text or "“" in text or "‘" in text:
        text = _SCARE_QUOTE.sub("", text)  # 'an "elderly woman" was killed': the quoted words are the noun phrase
    if _UNKNOWN.search(text) and not re.search(r"\d|killed|wounded|injured", _UNKNOWN.sub("", text)):
        return out
    numbers = [n for n in find_numbers(text) if not is_age(text, n.start) and not re.match(r"\s*(?:missiles?|drones?|rockets?|shells|bombs?|targets|UAVs?|times|locations|settlements|villages|towns|houses|homes|buildings|shells|mines|tanks|vehicles|aircraft|helicopters|km|mm)\b", text[n.end:n.end + 16], re.I)]
    numbers = [n for n in numbers if not re.search(r"\bno\s+$", text[max(0, n.start - 4):n.start], re.I)]  # "no one"
    for m in OUTCOME.finditer(text):
        kind = "fatalities" if m.group("k") else "injured" if m.group("i") else "missing"
        if re.search(r"\b(?:no|without|not|nor|zero)\s+(?:\w+\s+)?$", text[max(0, m.start() - 16):m.start()], re.I):
            continue  # "no casualties", "without injuries": handled as an exact 0 below
        word = m.group(0).lower()
        if word == "casualties":
            if not re.search(r"\b(?:were|was)\b|\bcasualties (?:among|were)", text[max(0, m.start() - 40):m.end() + 10], re.I):
                continue
        if kind == "fatalities" and word in ("death", "deaths", "bodies") and re.search(r"sentenced|penalty|threat", text, re.I):
            continue
        if _WAR_TO_DATE.search(_clause(text, m.start(), m.end())):
            continue  # "since the start of the invasion, 700 civilians have been killed": a running total
        got = None
        aux = re.search(r"\s+(?:were|was|have been|had been|has been|are|is)\s+(?:\w+\s+)?$", text[max(0, m.start() - 40):m.start()], re.I)
        if aux is not None:  # "two adults and a child were killed"
            got = _coordinated(text, 0, m.start() - (len(text[max(0, m.start() - 40):m.start()]) - aux.start()), numbers, backward=True)
        elif word in ("killed", "injured", "wounded", "killing", "injuring", "wounding", "kills", "injures", "wounds", "executed"):  # "killing three soldiers and a civilian"
            got = _coordinated(text, m.end() + 1, 0, numbers, backward=False)
        direct = _number_after(text, m.end(), numbers)
        if got is not None:
            pass
        elif direct is not None and direct[0] - m.end() <= 2 and word in ("killed", "injured", "wounded", "killing", "injuring", "wounding", "kills", "injures", "wounds", "hurt", "executed"):
            got = direct
        elif word in ("deaths", "fatalities", "injuries") and (pre := _number_before(text, m.start(), numbers)) is not None \
                and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", text[pre[2]:m.start()]) and not OUTCOME.search(text[pre[2]:m.start()]):
            got = pre  # "174 civilian deaths and 690 injuries": the number right before each noun is its count
        elif re.match(r"killing|wounding|injuring|kills|injures|wounds$|claimed|claiming|executing|executions?$|(?:fatalities|deaths|death)$", word) or word.startswith("claim"):
            got = _number_after(text, m.end(), numbers)
            if got is None and word in ("death", "deaths") and _SINGLE.match(text, m.end() + 4):
                got = (m.end(), make_count(1), m.end())
            if got is None and word in ("killing", "wounding", "injuring", "kills", "injures", "executing", "execution", "executions"):
                got = _people_at(text, m.end() + 1)
        elif word in ("injuries", "wounds") and re.match(r"\s+to\s+", text[m.end():]):
            # "injuries to an 8-year-old and two women": the people the injuries are to
            at = m.end() + re.match(r"\s+to\s+", text[m.end():]).end()
            got = _injuries_to(text, at, numbers) or _people_at(text, at)
        elif word == "bodies" and re.match(r"\s+of\s+", text[m.end():]):
            got = _number_after(text, m.end(), numbers) or _people_at(text, m.end() + re.match(r"\s+of\s+", text[m.end():]).end())
        elif re.search(r"\b(?:number|toll|count) of\s+$", text[max(0, m.start() - 20):m.start()]):
            # "the number of injured has risen to 27"
            after = re.match(r"\s+(?:people\s+)?(?:has\s+|have\s+)?(?:risen|rose|increased|climbed|reached|grew|stands at|stood at|is|was)\s+(?:to\s+)?", text[m.end():], re.I)
            if after:
                got = _number_after(text, m.end() + after.end() - 1, numbers)
        if got is None:
            got = _number_before(text, m.start(), numbers)
            if got is None:
                # "a 66-year-old woman was killed", "a teenager was also hurt", "a man and a woman died"
                window_start = max(0, m.start() - 70)
                singles = [s for s in _SINGLE.finditer(text, window_start, m.start())]
                chains = [c for c in _PERSON_CHAIN.finditer(text, window_start, m.start())]
                if chains and (not singles or chains[-1].end() >= singles[-1].end()):
                    c = chains[-1]
                    gap = text[c.end():m.start()]
                    if not OUTCOME.search(gap) and len(gap) < 60:
                        got = (c.start(), make_count(len(re.findall(_PERSON_NP, c.group(0), re.I))), c.end())
                if got is None and singles:
                    s = singles[-1]
                    gap = text[s.end():m.start()]
                    if not OUTCOME.search(gap) and len(gap) < 60:
                        got = (s.start(), make_count(1), s.end())
        if got is None:
            an = re.search(r"(?<![\w-])(?:another|one more|one other)\s+(?:was|has been|had been)\s+(?:also\s+)?$", text[max(0, m.start() - 40):m.start()], re.I)
            if an:  # "two people were killed and another was injured"
                got = (max(0, m.start() - 40) + an.start(), make_count(1), m.start())
        if got is None and word in ("killed", "injured", "wounded") and not re.search(r"\b(?:was|were|been|is|are|be)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I):
            got = _people_at(text, m.end() + 1)  # "the strike killed a man and a woman"
        if got is None and kind == "fatalities":
            nm = _NAMED_VICTIM.search(text)
            if nm and nm.end() >= m.end() - 1:
                got = (nm.start(), make_count(1), nm.end())
        if got is None:
            if word in ("dead", "died", "perished", "killed") and re.search(r"\b(?:were|are)\b", text[max(0, m.start() - 20):m.start()]):
                got = None
            continue
        start, count, end = got
        noun_zone = text[start:min(len(text), end + 40)] + " " + text[max(0, m.start() - 30):m.start()]
        if _MIL.search(noun_zone):
            out.military = True
        elif _CIV.search(noun_zone):
            out.civilian = True
        current = getattr(out, kind)
        if current is None or (count.best or 0) > (current.best or 0):
            setattr(out, kind, count)
    if out.fatalities is None:
        # a defence ministry's idiom: "destroyed up to 50 Ukrainian servicemen", "eliminated more than 90 troops"
        dm = _DESTROYED_PEOPLE.search(text)
        if dm is not None:
            n = next((x for x in numbers if x.start <= dm.start("n") < x.end or dm.start("n") <= x.start < dm.end("n")), None)
            if n is not None and n.count is not None:
                out.fatalities, out.military = n.count, True
    if _NONE.search(text):
        if out.fatalities is None:
            out.fatalities = make_count(0)
        if out.injured is None and not _NONE_KILLED_ONLY.search(text):
            out.injured = make_count(0)
    return out


def _injuries_to(text: str, at: int, numbers):
    """"injuries to an 8-year-old and two women": the people listed from ``at`` to the clause end,
    a number counting its noun, a single person one each; (start, Count, end) or None."""
    end = re.search(r"[.;:()]|\s+(?:in|at|near|on|after|when|as|who|which)\s|,\s+(?:said|the|according)\b", text[at:])
    stop = at + (end.start() if end else len(text) - at)
    total, found = 0, False
    for part in re.split(r"\s*,\s*|\s+and\s+", text[at:stop]):
        n = next((x for x in numbers if at <= x.start and x.end <= stop and text[x.start:x.end] in part and part.startswith(text[x.start:x.end])), None)
        if n is not None and n.count is not None and n.count.best is not None:
            total, found = total + n.count.best, True
        elif re.fullmatch(_PERSON_NP, part, re.I) or _SINGLE.fullmatch(part):
            total, found = total + 1, True
        else:
            return None  # something that is no list of people ("his legs")
    return (at, make_count(total), stop) if found else None
