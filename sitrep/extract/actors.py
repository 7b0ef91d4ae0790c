"""Actors and sides: who did it (actor1) and to whom (actor2), from the actor lexicon,
attribution ("by a Ukrainian drone"), and the place when the text names no perpetrator."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from sitrep.extract.lexicon import actors as actor_lexicon
from sitrep.extract.lexicon import actor_index, fold_text, may_match_any

OPPOSITE = {"UA": "RU", "RU": "UA"}
CIVILIAN_NAME = "Civilians ({})"
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "PL": "Poland", "BY": "Belarus", "MD": "Moldova", "RO": "Romania",
                 "US": "United States", "DE": "Germany", "KP": "North Korea"}


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    actor: str
    side: str
    kind: str


_CAPITAL = re.compile(r"Moscow|Kyiv|Kiev|Minsk", re.I)
_PLACE_WORD_AFTER = re.compile(r"\s+(?:region|oblast|district|province|area|suburbs?|outskirts|city|metro|time|airports?)\b", re.I)


_COUNTRY = re.compile(r"Russia|Ukraine|Belarus", re.I)
_PLACE_OF_COUNTRY_AFTER = re.compile(r"['’]s\s+(?:(?:(?:north|south)?-?(?:east|west)?(?:ern)?|border|front-?line|front line)\s+)?"
                                     r"(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}(?:region|oblast|province|district|area|city|town|village|republic)\b", re.I)
_HELD_AFTER = re.compile(r"[-‑ ](?:occupied|controlled|held|annexed)\b", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|over|across|into|inside|at|from|of|to)\s+$", re.I)


def find_actors(text: str) -> list[ActorMention]:
    out: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    low = fold_text(text)
    present = actor_index().present(low) if low is not None else None
    for entry in actor_lexicon():
        if not may_match_any(entry.keywords, present):
            continue  # none of the words every match contains
        for m in entry.regex.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if _CAPITAL.fullmatch(m.group(0)) and _PLACE_WORD_AFTER.match(text, m.end()):
                continue  # "over the Moscow region", "Kyiv time": a place, not the government
            kind = entry.kind
            if _COUNTRY.fullmatch(m.group(0)) and _PLACE_OF_COUNTRY_AFTER.match(text, m.end()) \
                    and _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                kind = "location"  # "derailed in Russia's Bryansk region": where it happened (the target's side), not who did it
            elif _HELD_AFTER.match(text, m.end()):
                kind = "location"  # "the Russian-occupied nuclear plant": whose ground it is, not who struck it
            out.append(ActorMention(m.start(), m.end(), m.group(0), entry.actor, entry.side, kind))
            taken.append((m.start(), m.end()))
    out += official_actors(text, taken)
    out.sort(key=lambda a: a.start)
    return out


# "the Dutch defence minister", "Russian and US delegations", "Italy's cabinet": a country's
# officials named by its demonym (or possessive name) and an office
_OFFICIAL = re.compile(r"\b(?-i:(?P<a>[A-Z][\w’'-]+)(?:\s+and\s+(?P<b>[A-Z][\w’'-]+))?)\s+(?:(?:foreign|defen[cs]e|prime|interior|finance|deputy|vice|top)\s+)?"
                       r"(?:delegations?|ministers?|ministry|president|premier|chancellor|envoys?|ambassadors?|diplomats?|negotiators?|officials?|"
                       r"government|cabinet|parliament|counterparts?|leaders?|side|authorities)\b", re.I)


def official_actors(text: str, taken: list) -> list[ActorMention]:
    """Officials of any country named by demonym + office, outside the spans the lexicon took."""
    from sitrep import geo
    out = []
    for m in _OFFICIAL.finditer(text):
        for g in ("a", "b"):
            word = m.group(g)
            if not word:
                continue
            a, b = m.start(g), m.end(g)
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            cc = geo.demonym_country(word)
            if cc:
                out.append(ActorMention(a, b, word, actor_for_side(cc), cc, "official"))  # (no armed actor)
                taken.append((a, b))
    return out


_TARGET_PREP = re.compile(r"\b(?:against|at|on|upon|targeting|toward|towards|with|positions of|of|given|gave|giving|grant|granted|grants|allowed|allows|permitted|authori[sz]ed|to)\s+(?:the\s+)?$", re.I)
# "were shot down by the mobile fire groups of the Ukrainian army": the passive agent may sit at the
# end of a longer noun phrase after "by" (no clause boundary in between)
_BY_PHRASE = re.compile(r"\bby\s+(?:[^\s,;:.()\"“”]+\s+){0,7}$", re.I)
# (after a possessive title: "Ukraine's General Prosecutor's office says ...")
_SPEAKER_VERB = re.compile(r"^(?:['’]s(?:\s+(?-i:[A-Z])[\w'’-]*){1,4}?\s+(?:office|ministry|service|spokes(?:man|woman|person)|press service|administration|command)?)?"
                           r"\s*(?:,[^,]{0,60},\s*)?(?:has |have |had )?(?:said|says|reported|reports|stated|states|claimed|claims|announced|confirmed|told|wrote|noted|added|accused|denied|described)\b", re.I)


_SELF_REFERENCE = re.compile(r"^\s*(?:(?:on|late on|early on|last)\s+\w+\s+)?(?:(?:that\s+)?(?:it|its|they|their|we|our)\b|to\s+(?:have|had)\b)", re.I)


def _is_speaker(text: str, m: ActorMention, trigger_start: int) -> bool:
    """``m`` speaks ("Zelensky said Russia launched ...") and does not report its own action
    ("the air force said it shot down ...": then the speaker is the agent, when the trigger follows
    the pronoun closely; "the office says it is investigating, claiming the missiles targeted ..." is
    still a speaker)."""
    if m.kind == "armed_group":
        return False
    v = _SPEAKER_VERB.match(text[m.end:m.end + 90])
    if v is None:
        return False
    own = _SELF_REFERENCE.match(text[m.end + v.end():m.end + v.end() + 40])
    if own is None:
        return True
    pronoun_end = m.end + v.end() + own.end()
    return not 0 <= trigger_start - pronoun_end <= 45


# "Units of the Battlegroup Center have liberated ...", "the military leadership of the Russian
# Federation decided ...": the units (or the leaders) of a side are that side (unless
# they are themselves the object: "strikes on units of the Ukrainian army")
_UNITS_OF = re.compile(r"\b(?:units|subunits|troops|forces|soldiers|servicemen|fighters|elements|formations|detachments|crews|"
                       r"operators|assault groups|leadership|command|high command|commanders|government|authorities|president)\s+of\s+(?:the\s+)?$", re.I)


def _agent_units_of(text: str, start: int) -> bool:
    u = _UNITS_OF.search(text[max(0, start - 40):start])
    if u is None:
        return False
    head = max(0, start - 40) + u.start()
    # not counted equipment ("80 units of Russian military equipment") nor an object a few words
    # after its preposition ("fire on Military Forces of Ukraine", "hit the forward units of")
    lead = text[max(0, head - 40):head]
    return not (_COUNTED.search(lead) or any(_TARGET_PREP.search(re.sub(r"(?:[\w-]+\s+){%d}$" % k, "", lead))
                                                 for k in (0, 1, 2)))


_COUNTED = re.compile(r"(?:\d|\b(?:more than|over|some|several|dozens|hundreds|many|two|three|four|five|ten))(?:\s+[A-Za-z-]+){0,2}\s*$", re.I)


# "..., the governor said, blaming Ukrainian saboteurs": the side blamed is the perpetrator
_BLAMED_BEFORE = re.compile(r"\b(?:blam(?:ing|ed|es)|accus(?:ing|ed|es)|attribut(?:ing|ed|es) (?:it|the (?:attack|blast|explosion|strike)) to|pinn(?:ing|ed) it on)"
                            r"\s+(?:it on\s+)?(?:the\s+)?$", re.I)


def pick_actors(text: str, trigger_start: int, trigger_end: int, mentions: list[ActorMention],
                exclude: list[tuple[int, int]] = ()) -> tuple[Optional[ActorMention], Optional[ActorMention]]:
    """actor1 = the agent of the trigger (nearest actor before it that is not a speaker or a
    target, or the agent of a passive 'by X'); actor2 = the first actor after it (or a target
    phrase before it)."""
    a1 = a2 = None
    usable = [m for m in mentions if not any(a <= m.start < b for a, b in exclude)]
    # a mention that opens the trigger ("air defence destroyed") is its agent; one further inside it
    # ("destroyed up to 50 Ukrainian servicemen") is its object
    inside_object = lambda m: trigger_start + 1 < m.start < trigger_end
    before = [m for m in usable if m.end <= trigger_start or m.start < trigger_end and m.end > trigger_start and not inside_object(m)]
    after = [m for m in usable if m.start >= trigger_end or inside_object(m)]
    for m in reversed(before):
        if _is_speaker(text, m, trigger_start):
            continue  # "Zelensky said Russia launched ...": the speaker is not the agent
        if m.kind == "location" or _TARGET_PREP.search(text[max(0, m.start - 25):m.start]) and not _agent_units_of(text, m.start):
            if a2 is None:
                a2 = m
            continue
        a1 = m
        break
    for m in after:
        if is_passive_agent(text, trigger_end, m) or _BLAMED_BEFORE.search(text, max(0, m.start - 40), m.start):
            a1, a2 = m, a2 or (a1 if a1 and a1.side != m.side else None)
            continue
        if _is_speaker(text, m, trigger_start):
            continue  # "..., the air force said": the speaker is not the target
        if a2 is None and (a1 is None or m.side != a1.side):
            if m.start - trigger_end < 80:
                a2 = m
    if a1 is None:
        # "a Ukrainian drone", "Russian missiles" after the trigger name the perpetrator
        for m in after:
            if re.search(r"drones?|missiles?|aircraft|jets|artillery|forces|troops", m.text, re.I) and m.start - trigger_end < 60:
                a1 = m
                break
    if a1 and a2 and a1.side == a2.side:
        a2 = None
    return a1, a2


def is_passive_agent(text: str, trigger_end: int, m: ActorMention) -> bool:
    """``m`` is the agent of a passive trigger: "intercepted by X", "shot down by the units of X"."""
    if m.start < trigger_end:
        return False
    between = text[trigger_end:m.start]
    by = _BY_PHRASE.search(between) if len(between) < 90 else None
    # "downed 15 drones launched by Russia": the by-phrase belongs to a later participle; "repelled
    # a mass attack by enemy drones": it belongs to the noun of attacking, not to the trigger
    return by is not None and not re.search(r"\b\w{3,}ed\b", between[:by.start()]) \
        and not re.search(r"\b(?:attacks?|strikes?|assaults?|raids?|barrage|onslaught)\s*$", between[:by.start()], re.I)


def actor_for_side(side: Optional[str]) -> Optional[str]:
    if side == "RU":
        return "Military Forces of Russia"
    if side == "UA":
        return "Military Forces of Ukraine"
    if side:
        return f"Government of {_country_name(side)}"
    return None


def _country_name(code: str) -> str:
    """ "Ireland" for IE: the short table, else the gazetteer's country name, else the code."""
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    from sitrep import geo
    loc = geo.country_location(code) if len(code) == 2 else None
    return loc.name if loc is not None else code


def civilians_of(country: Optional[str]) -> Optional[str]:
    return CIVILIAN_NAME.format(_country_name(country)) if country else None


# what follows an active "shot down": its object ("shot down 5 missiles", "downed a Russian jet")
_OBJECT_AFTER = re.compile(r"\s+(?:\d|a\b|an\b|the\b|all\b|two|three|four|five|six|seven|eight|nine|ten|dozens|several|(?-i:[A-Z])\w*\s+(?:drones?|missiles?|jets?|aircraft|helicopters?))", re.I)


_PLAIN_AIR_DEFENCE = re.compile(r"(?:the\s+)?(?:on-duty\s+)?air[- ]defen[cs]es?(?:\s+(?:systems?|forces|units|crews))?", re.I)
# ", the Russian Defence Ministry said": the clause that names who speaks
_SPEAKER_SAID = re.compile(r",\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|reported|reports|stated|announced|claimed)\b", re.I)


_UA_WEAPONS = re.compile(r"\b(?:Ukrainian|Kyiv['’]s|Kiev['’]s|HIMARS|ATACMS|GMLRS|Storm Shadows?|SCALP|Neptunes?|JDAMs?|HARMs?|Hammer|Vampire|"
                         r"Lyutyi|Liutyi|Flamingo)\b")
_RU_WEAPONS = re.compile(r"\b(?:Russian|Shaheds?|Gerans?|Kalibrs?|Iskanders?|Kinzhals?|Kh-\d+\w*|Onyx|Oniks|Zircons?|KABs?|Lancets?|Orlan)\b")


def weapons_owner(after: str) -> Optional[str]:
    """The side whose weapons a text right after an interception verb names ("three HIMARS rockets",
    "58 Ukrainian UAVs"), if only one side's."""
    ua, ru = _UA_WEAPONS.search(after), _RU_WEAPONS.search(after)
    return "UA" if ua and not ru else "RU" if ru and not ua else None


def interception_sides(text: str, trig_pos: tuple[int, int], a1: Optional[ActorMention], a2: Optional[ActorMention],
                       actors: Optional[list] = None):
    """For an interception, actor1 is the defender: the owner of the weapons downed, and the side that
    launched them, is actor2. An air defence named without its country is the speaker's: "air defence
    systems destroyed 46 Ukrainian drones, the Russian Defence Ministry said" (``actors``: all the
    sentence's actors)."""
    if a1 is not None and actors and _PLAIN_AIR_DEFENCE.fullmatch(a1.text):
        said = _SPEAKER_SAID.search(text, trig_pos[1])
        speaker = next((a for a in actors if said is not None and said.start() <= a.start < said.end()
                        and a.side in OPPOSITE and a.side != a1.side), None)
        if speaker is not None:
            a1 = ActorMention(a1.start, a1.end, a1.text, actor_for_side(speaker.side), speaker.side, a1.kind)
            if a2 is not None and a2.side == speaker.side:
                a2 = None

    if a1 is not None and a1.start >= trig_pos[1] and not is_passive_agent(text, trig_pos[1], a1):
        a1, a2 = a2 if a2 is not None and a2.start < trig_pos[0] else None, a1  # "shot down Russian missiles": the weapons' owner is the target
    elif a1 is not None and a2 is None and (
            a1.start < trig_pos[0] < a1.end and re.search(r"(?:drones?|UAVs?|missiles?|Shaheds?|rockets?)$", a1.text, re.I)
            or a1.end <= trig_pos[0] and (re.fullmatch(r"(?:\s+[\w-]+){0,3}?\s+(?:drones?|UAVs?|missiles?|Shaheds?|rockets?|aircraft|targets)\s+(?:\w+\s+)?(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?",
                             text[a1.end:trig_pos[0]], re.I)
                 # a headline's reduced passive: "216 Ukrainian drones shot down over past day" (no object follows)
                 or (re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|missiles?|Shaheds?|rockets?)\s+", text[a1.end:trig_pos[0]], re.I)
                     or re.search(r"(?:drones?|UAVs?|missiles?|Shaheds?|rockets?)$", a1.text, re.I) and not text[a1.end:trig_pos[0]].strip())
                 and not _OBJECT_AFTER.match(text, trig_pos[1])
                 or re.search(r"(?:drones?|UAVs?|missiles?|Shaheds?|rockets?|aircraft)$", a1.text, re.I)
                 and re.fullmatch(r"\s+(?:\w+\s+)?(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?", text[a1.end:trig_pos[0]], re.I))):
        a1, a2 = None, a1  # "86 enemy UAVs were shot down": the owner of the downed weapons is the target
    elif a1 is not None and a1.end <= trig_pos[0] \
            and re.search(r"\b(?:launch\w*|fired|sent|unleashed|attempted to (?:attack|strike|hit)|tried to (?:attack|strike|hit))\b", text[a1.end:trig_pos[0]], re.I):
        a1, a2 = None, a1  # "Russia launched 70 drones; air defences shot down 60": the launcher is the target
        # ("the Kiev regime attempted to attack the region with drones, but all were neutralized")
    if a1 is not None and _PLAIN_AIR_DEFENCE.fullmatch(a1.text) and a1.side in OPPOSITE:
        # "air defence systems shot down three HIMARS rockets", "... destroyed 58 Ukrainian UAVs": the
        # weapons downed are the other side's, so the air defence is not the side that owns them
        if weapons_owner(text[trig_pos[0]:trig_pos[1] + 160]) == a1.side:
            side = OPPOSITE[a1.side]
            a1 = ActorMention(a1.start, a1.end, a1.text, actor_for_side(side), side, a1.kind)
    return a1, a2


_GIVING_UP = re.compile(r"^(?:(?:had|have|has)\s+)?(?:withdr[ae]w\w*|retreat\w*|pull(?:ed|s|ing)? (?:back|out)|left|abandon\w*|evacuat\w*|fled)", re.I)


def territory_sides(text: str, trig_pos: tuple[int, int], a1: Optional[ActorMention], a2: Optional[ActorMention]):
    """For a territory change, actor1 is the side that gains: "Russian troops withdrew from the island"
    gives it to the other side (actor1), the side that left is actor2."""
    if a1 is not None and a1.side in OPPOSITE and _GIVING_UP.match(text[trig_pos[0]:trig_pos[1]]):
        side = OPPOSITE[a1.side]
        return ActorMention(a1.start, a1.end, a1.text, actor_for_side(side), side, "military"), a1
    return a1, a2
