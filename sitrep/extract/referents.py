"""Who a pronoun, a noun or an unnamed speaker can stand for: the grammatical gender a person's
name suggests ("she said" after "Annalena Baerbock met Dmytro Kuleba" is Baerbock), the plain
nouns of unnamed or collective speakers ("officials said", "police said", "two people familiar
with the matter said"), the organisation a body noun stands for ("the ministry" => the
Defence Ministry named before; "the company" => "Ukrenergo, the national grid operator, …"), and
the people a window names (the name lexicon, titles, "Mr X", names the lexicon does not list).

Gender is a guess from the name alone, used only to skip a person a pronoun cannot stand for:
given names ending in -a/-ia/-ya are female except a short list of male ones (Mykola, Ilya,
Nikita ...), a short list of female names ending otherwise (Alice, Kate, Mary ...),
and East Slavic / Polish surnames in -ova, -eva, -skaya, -ska are female. Anything else is male
when its given name is known, unknown otherwise; an unknown name fits both pronouns.
Source: written by the sitrep authors from general knowledge of name morphology.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from sitrep.extract.claims import TITLE_WORDS, find_person_names
from sitrep.geo.people import given_names  # the one list of given names (sitrep/data/given_names.txt)
from sitrep.geo.translit import fold_token

_MALE_IN_A = frozenset("mykola nikita ilya illia ilia kuzma luca joshua foma sasha nicola andrea jonah jakub "
                       "akhmad ahmad musa isa yahya mustafa taha attila costa".split())
_FEMALE_OTHER = frozenset("alice anne ann kate karen susan mary rachel sarah elizabeth catherine charlotte emily hillary "
                          "jane linda lindsey kristi nancy liz theresa mette salome ruth ingrid nicole christine agnes "
                          "esther carmen beatrice madeleine michelle michele marine kaja ursula heather margaret "
                          "caroline pauline kristen kirsten jennifer megan samantha harriet lyubov liubov nadezhda "
                          "raisa inès ines sophie chrystia".split())
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|skaya|tskaya|ckaya|ska|cka|zka|aya)$", re.I)


@lru_cache(maxsize=4096)
def gender_of(name: str) -> Optional[str]:
    """"f", "m" or None (unknown) for a person's name."""
    words = name.split()
    if not words:
        return None
    if _FEMALE_SURNAME.search(words[-1]) and len(words[-1]) > 5:
        return "f"
    if len(words) == 1:
        return None
    first = words[0].lower()
    if first in _FEMALE_OTHER:
        return "f"
    if first in _MALE_IN_A:
        return "m"
    if first.endswith("a") and first[0].isalpha():
        return "f"
    return "m" if fold_token(words[0]) in given_names() else None


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def fits(name: Optional[str], pronoun: str) -> bool:
    """Whether ``name`` can be the antecedent of ``pronoun``: he/she/him/her a person of that gender
    or of unknown gender, "it" no one known to be a person; any other pronoun anyone."""
    if pronoun.lower() == "it":  # "…,” it said: a body, not a person
        return not name or gender_of(name) is None
    want = PRONOUN_GENDER.get(pronoun.lower())
    if want is None or not name:
        return True
    g = gender_of(name)
    return g is None or g == want


# the head nouns of unnamed or collective speakers written without an article ("officials said",
# "police said", "Ukrainian emergency services said", "two people familiar with the matter said")
COLLECTIVE_NOUNS = ("officials|authorities|police|services|sources|people|residents|witnesses|soldiers|troops|"
                    "prosecutors|investigators|rescuers|diplomats|analysts|experts|activists|volunteers|"
                    "medics|doctors|locals|survivors|relatives|lawmakers|observers|monitors|bloggers|"
                    "commanders|officers|spokespeople|representatives|insiders")


# --- organisations: the body a noun ("the ministry", "the company") stands for -------------------------
# nouns naming a body that speaks: "the ministry", "Ukraine's military intelligence", "the 3rd army corps"
BODY_NOUNS = (r"ministry|agency|company|operator|command|service|administration|military|army|office|police|council|"
               r"committee|department|force|forces|guard|government|utility|group|staff|corporation|intelligence|"
               r"directorate|navy|fleet|corps|brigade|headquarters|institute|centre|center|embassy|mission|bureau|"
               r"inspectorate|secretariat|cabinet|parliament|court|organi[sz]ation|alliance|union|operator|regulator")
# a body named by its kind and then its name: "Russia's aviation authority Rosaviatsia", "grid operator Ukrenergo"
BODY_NAMED = re.compile(r"\b(?:" + BODY_NOUNS + r"|authority|regulator|watchdog|broadcaster|outlet|channel|firm|operator|"
                         r"provider|producer|monitor)\s+[A-Z][\w’'.-]+$")
ORG_NOUN = re.compile(r"^(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}(" + BODY_NOUNS + r"|prosecutor's office)$", re.I)


def org_before(text: str, noun: str, pos: int) -> Optional[str]:
    """The latest capitalised name of an organisation ending in ``noun`` before ``pos``
    ("the ministry" => "Defence Ministry", "the company" => "DTEK" when "DTEK, the company")."""
    pat = re.compile(r"((?:(?-i:[A-Z])[\w’'.-]*\s+){1,4})" + re.escape(noun) + r"\b(?:\s+(?:of|for|on)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
                     r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'-]*){0,4})?|\b" + re.escape(noun)
                     + r"\s+of\s+((?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s*){1,4})", re.I)  # "the Defence Ministry": not "the"
    found, at = None, -1
    for m in pat.finditer(text[:pos]):
        phrase = m.group(0).strip()
        words = phrase.split()
        if m.group(1) and not words[0][0].isupper():
            continue
        if re.match(r"(?:The|A|An|This|That)\s", phrase):
            phrase = phrase.split(None, 1)[1]
        if phrase[0].isupper() or m.group(2):
            found, at = phrase, m.start()
    # "Ukraine's military intelligence agency (HUR) said ... the agency said": the body its short name names
    short = [m for m in re.finditer(r"\b" + re.escape(noun) + r"\s*\(((?-i:[A-Z][A-Za-z]{1,9}))\)", text[:pos], re.I) if m.start() > at]
    if short:
        return short[-1].group(1)
    # "Russia's defence ministry claimed ... the ministry said": the body named with its country
    owned = [m for m in re.finditer(r"(?<![\w’'-])((?-i:[A-Z])[\w’'-]+['’]s\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}" + re.escape(noun) + r")\b",
                                    text[:pos], re.I) if m.start() > at]
    return owned[-1].group(1) if owned else found


# "Ukrenergo, the national grid operator,", "The Freedom of Russia Legion, a group of Russian citizens …,"
_APPOS_BODY = re.compile(r"(?<![\w’'-])((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5}),\s+(?:the|a|an|its|their)\s+"
                         r"(?:[\w’'.-]+\s+){0,4}?(?:" + BODY_NOUNS + r"|operator|firm|authority|regulator|broadcaster|outlet|"
                         r"channel|producer|provider|unit|legion|battalion|network|organi[sz]ation|body|watchdog|monitor)\b[^,.;]{0,80},")


def appositive_body(text: str, pos: int) -> Optional[tuple[int, str]]:
    """(end offset, name) of the latest organisation named with an appositive that says what it is
    ("Ukrenergo, the national grid operator, …") in the 1,000 characters before ``pos``."""
    lo = max(0, pos - 1000)
    found = None
    for m in _APPOS_BODY.finditer(text, lo, pos):
        name = m.group(1)
        if not find_person_names(name) and not re.fullmatch(r"(?:the\s+)?(?:In|On|At|As|But|And|However|Meanwhile|"
                                                            r"Earlier|Later|Since|After|During)", name, re.I):
            found = (m.end(), re.sub(r"^the\s+", "", name))
    return found


def named_body(phrase: str) -> bool:
    """An organisation as a subject: "the Mykolaiv Regional Administration", "the defence ministry"."""
    return bool(re.match(r"[Tt]he\s+(?:(?!of\s)[a-z][\w’'-]*\s+){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$", phrase)
                or ORG_NOUN.match(phrase))  # "the Kremlin", "the armed forces' Operational Command"; not "the governor of X"


# a sentence opened by a body as its subject: "The Kharkiv Regional Prosecutor's Office opened a case"
_BODY_OPENS = re.compile(r"\s*((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}(?i:" + BODY_NOUNS + r")(?:\s+of\s+(?:the\s+)?"
                         r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?)\s+(?:has\s+|have\s+|had\s+|also\s+)?[a-z]{3,}\b")


def body_subject(text: str, pos: int, sentences: Sequence) -> Optional[str]:
    """The named body that opens one of the two sentences before ``pos`` (the author of "the
    statement" or "it" when no speech verb named one), else None."""
    before = [s for s in sentences if s.start < pos and s.end <= pos + 1][-2:]
    for s in reversed(before):
        m = _BODY_OPENS.match(s.text)
        if m and m.group(1)[:1].isupper() and not find_person_names(m.group(1)):
            return re.sub(r"^[Tt]he\s+", "", m.group(1))
    return None


# --- people the name lexicon misses: transliteration variants and East Slavic / Caucasian surnames --------
_PAIR = re.compile(r"(?<![\w’'-])([A-Z][a-zà-ÿ’'-]+)\s+([A-Z][a-zà-ÿ’'-]+)(?![\w’'-])")
_SURNAME_END = re.compile(r"(?:enko|chuk|czuk|yuk|iuk|ak|yak|iak|ov|ova|ev|eva|iev|yev|in|ina|yn|yna|sky|skyi|skiy|skyy|ski|ska|"
                          r"ets|ich|ych|vych|vich|shvili|dze|yan|ko|iy|yi|ii|ikh|ykh|uk|ukh)$")
_NOT_GIVEN = frozenset("The This That These Those In On At As But And Or If When While After Before Since During Over "
                       "Under Last Next Every Each Some Many Most Several Russian Ukrainian Russia Ukraine Kyiv Moscow "
                       "North South East West Northern Southern Eastern Western Central Black White Red Sea Air Naval "
                       "Operation Operational Group Army Navy Fleet Brigade Battalion Regiment Corps Command Ministry "
                       "Mr Mrs Ms Dr Saint St Lake River Mount Cape Port Fort New Old Great Upper Lower Big Small "
                       "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                       "July August September October November December Telegram Facebook State National Federal One Two Three "
                       "Four Five Six Seven Eight Nine Ten Near About Around Beyond Beit Ash Al El Deir Tel Kafr Ras Jabal Wadi "
                       "Mountain Hill Valley Camp Square Street Bridge Airport Station Island Bay".split())


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    from sitrep.geo import get_gazetteer

    return bool(get_gazetteer().candidates(name, limit=1))


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case (most of its words capitalised)."""
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def unlisted_people(text: str, known: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, name) of two-word names the name lexicon does not list: a given name spelt
    another way ("Volodymir", "Dmitro", "Mykhaylo": the folded form is a listed given name), or an
    unlisted given name before a surname of East Slavic or Caucasian form ("Apti Alaudinov", "Nazar
    Voloshyn"), neither word a month, a weekday or a common capitalised word, the pair not a place."""
    out = []
    for m in _PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in _NOT_GIVEN or second in _NOT_GIVEN or any(s < m.end() and m.start() < e for s, e, _n in known):
            continue
        given = fold_token(first) in given_names()
        if not given and (not _SURNAME_END.search(second) or len(second) < 4 or re.search(r"(?:ing|ed|ly)$", first)
                          or _title_case_line(text, m.start())):
            continue
        if _is_place(m.group(0)) or not given and _is_place(first):
            continue  # "Myrna Dolyna", "Kharkiv Terekhov": places ("Volodymyr" is a town and a given name)
        if re.match(r"\s+(?:region|oblast|province|district|raion|city|village|town|county)\b", text[m.end():m.end() + 12], re.I):
            continue
        out.append((m.start(), m.end(), m.group(0)))
    return out


# --- people named in a short window ---------------------------------------------------------------------
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
_RANK = re.compile(r"(?:Gen|Lt|Col|Maj|Brig|Capt|Sgt|Adm|Cpl|Pvt|Cmdr|Gov|Sen|Rep|Rev)\.?")  # "Lt. Gen." is no name
_GIVEN_ALONE = re.compile(r"(?:,\s+|\bnamed\s+)([A-Z][a-z’'-]+)(?=,|\s*\.|\s+\d)")
_HONOURED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\s+([A-Z][\w’'-]+)")
_TITLED = re.compile(r"(?:" + TITLE_WORDS + r")\s+(?!(?:Staff|Staffs|Assembly|Prosecutor|Directorate|Command|Council|Secretary|Secretariat)\b)"
                     r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")  # ("the General Staff", "the General Assembly": bodies)
_PRONOUN_NAME = re.compile(r"^(?:he|she|they|it|we|I|him|her|them)$", re.I)


def people_in(text: str) -> list[tuple[int, str]]:
    """People named in a short window: the name lexicon and titles first, then spaCy's PERSON
    entities for names the lexicon does not know ("Hrytsenko", "Wang Lei")."""
    listed = find_person_names(text)
    out = [(s, n) for s, _e, n in listed]
    out += [(s, n) for s, _e, n in unlisted_people(text, listed)]  # "Volodymir Artyukh", "Apti Alaudinov"
    for m in _TITLED.finditer(text):
        if not any(re.fullmatch(TITLE_WORDS, w) or _RANK.fullmatch(w) for w in m.group(1).split()):  # "Deputy Foreign Minister" is no name
            out.append((m.start(1), m.group(1)))
    for m in _HONOURED.finditer(text):  # "Mr Zelensky", "Ms Kallas": British style, no full stop
        if not any(s <= m.start(1) < s + len(n) for s, n in out):
            out.append((m.start(1), m.group(1)))
    for m in _GIVEN_ALONE.finditer(text):  # "Her husband, Mykola, stood nearby": a given name alone, set off
        if fold_token(m.group(1)) in given_names() and not any(s <= m.start(1) < s + len(n) for s, n in out):
            out.append((m.start(1), m.group(1)))
    if not out and len(text) <= 600 and _CAPITALISED.search(text):
        from sitrep.extract.ner import persons  # only when the lexicon finds nobody

        for s, e, n in persons(text):
            if not _PRONOUN_NAME.match(n):
                out.append((s, n))
    out.sort()
    return out
