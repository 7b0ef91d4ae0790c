"""Weapons named in a sentence, with launched / intercepted counts.

"120 missiles and almost 100 drones" => missile launched 120, drone launched almost 100;
"shot down 144 targets" => mixed intercepted 144; "13 of the X-101 missiles were shot down".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from sitrep.extract.lexicon import weapons as weapon_lexicon
from sitrep.model import Count, Weapon
from sitrep.nlp.numbers import find_numbers

_INTERCEPT = re.compile(r"(?:to|had|have|has|were|was) down(?:ed)?\b|shot down|shoot(?:ing)? down|taken down|brought down|downed|intercept\w*|destroyed|neutrali[sz]ed|repelled|suppressed|lost locationally|were destroyed", re.I)
_PASSIVE_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:were|was|have been|has been|had been|are|got)\s+(?:\w+\s+)?(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed|jammed|brought down|taken down)\b", re.I)
_REACHED_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:reached|hit|struck) (?:their )?(?:targets?|the target)", re.I)
_LAUNCH = re.compile(r"launch\w*|fired|unleashed|attacked (?:\w+ )?with|used|deployed|sent|barrage of|released|hit|struck|carried out", re.I)


@dataclass
class WeaponMention:
    start: int
    end: int
    category: str
    model: Optional[str]


def find_weapon_mentions(text: str) -> list[WeaponMention]:
    found: list[WeaponMention] = []
    taken: list[tuple[int, int]] = []
    for entry in weapon_lexicon():
        for m in entry.regex.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if entry.category == "mixed" and (not re.search(r"(?:\d|dozens|several)\s*[\"“]?\s*(?:air |aerial )?$", text[max(0, m.start() - 25):m.start()])
                                              or re.search(r"\b(?:reached|hit|struck)\s+(?:their\s+)?$", text[max(0, m.start() - 25):m.start()])):
                continue  # "targets" is a weapon only when counted: "144 targets"
            if entry.category == "artillery" and re.fullmatch(r"\d+ ?mm", m.group(0)):
                pass
            if re.match(r"\s+(?:bases?|depots?|factory|factories|plants?|production|programs?|programmes?|development|launchers?|sites?|units?|defen[cs]e)\b", text[m.end():m.end() + 20], re.I):
                continue  # "a missile base", "missile development programs": not a weapon used
            found.append(WeaponMention(m.start(), m.end(), entry.category, entry.model))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda w: w.start)
    # "Kh-101 cruise missiles": a model directly followed by its generic noun is one mention
    merged: list[WeaponMention] = []
    for w in found:
        if merged and w.model is None and merged[-1].model and w.start - merged[-1].end <= 2:
            prev = merged[-1]
            merged[-1] = WeaponMention(prev.start, w.end, prev.category if prev.category != "missile" else w.category, prev.model)
            continue
        if merged and merged[-1].model is None and w.model is None and w.start - merged[-1].end <= 1 and merged[-1].category == w.category:
            prev = merged[-1]
            merged[-1] = WeaponMention(prev.start, w.end, prev.category, None)
            continue
        merged.append(w)
    return merged


def _count_for(text: str, w: WeaponMention, numbers) -> Optional[Count]:
    """The number counting a weapon mention, right before it: "120 missiles", "almost 100
    Shahed drones", "17 cruise missiles (of the X-101 type)", "nine of the drones"."""
    for n in reversed(numbers):
        if n.end > w.start:
            continue
        gap = text[n.end:w.start]
        if re.fullmatch(r"\s*(?:[\"“”']\s*)?(?:(?:of\s+(?:the\s+)?)|(?:[A-Za-z-]+\s+){0,3})", gap) and not re.search(r"\b(?:and|or|with|from|by|at|in|on)\b", gap):
            return n.count
        break
    return None


_OF = re.compile(r"(?<![\w-])(?P<a>\d[\d,]*|\w+)\s+(?:of|out of)\s+(?:the\s+)?(?P<b>\d[\d,]*)\b")


def extract_weapons(text: str, *, default_mode: str = "launched") -> list[Weapon]:
    """Weapons in ``text``; counts go to ``intercepted`` when the count sits in an interception
    clause, otherwise to ``launched`` (only when the sentence says they were launched/fired)."""
    mentions = find_weapon_mentions(text)
    if not mentions:
        return []
    numbers = find_numbers(text, include_vague=True)
    out: list[Weapon] = []
    for w in mentions:
        count = _count_for(text, w, numbers)
        mode = _mode_at(text, w, default_mode)
        ofm = None
        for m in _OF.finditer(text, max(0, w.start - 40), w.start):
            gap = text[m.end():w.start]
            if re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,3}", gap):
                ofm = m
        if ofm is not None and mode == "intercepted":
            # "shot down 54 of 69 missiles": 54 down out of 69 launched
            from sitrep.nlp.numbers import parse_count
            down, total = parse_count(ofm.group("a")), parse_count(ofm.group("b"))
            existing = next((x for x in out if x.category == w.category and x.model == w.model), None)
            if existing is None:
                existing = Weapon(category=w.category, model=w.model)
                out.append(existing)
            existing.intercepted = existing.intercepted or down
            existing.launched = existing.launched or total
            continue
        existing = next((x for x in out if x.category == w.category and (x.model == w.model or not x.model or not w.model)), None)
        if existing is None:
            existing = Weapon(category=w.category, model=w.model)
            out.append(existing)
        elif w.model and not existing.model:
            existing.model = w.model
        if count is not None:
            if mode == "intercepted" and re.search(r"\ball (?:of )?(?:the )?(?:[\"“]\s*)?$", text[max(0, w.start - 40):w.start].rsplit(str(count.best), 1)[0] if count.best is not None else ""):
                # "destroyed all of the 18 missiles launched": 18 launched, 18 down
                existing.intercepted = existing.intercepted or count
                existing.launched = existing.launched or count
            elif mode == "intercepted":
                if existing.intercepted is None:
                    existing.intercepted = count
            elif existing.launched is None:
                existing.launched = count
    return out


def _mode_at(text: str, w: WeaponMention, default_mode: str) -> str:
    """Which verb governs the weapon: the nearest interception or launch verb of its clause."""
    clause_start = max(text.rfind(";", 0, w.start), text.rfind(". ", 0, w.start), text.rfind("–", 0, w.start),
                       text.rfind("—", 0, w.start), text.rfind(" alleging", 0, w.start), text.rfind(" while ", 0, w.start), 0)
    left = text[clause_start:w.start]
    right = text[w.end:w.end + 60]
    right = re.split(r"[;.]|, (?:and|while|but)\b", right)[0]
    if _PASSIVE_AFTER.match(right):
        return "intercepted"  # "..., 50 drones were shot down": the passive verb right after the noun governs it
    if _REACHED_AFTER.match(right):
        return "launched"  # "12 missiles reached their targets": got through, not intercepted
    li = [m.end() for m in _INTERCEPT.finditer(left)]
    ll = [m.end() for m in _LAUNCH.finditer(left)]
    if li and (not ll or li[-1] > ll[-1]):
        return "intercepted"
    if ll:
        return "launched"
    if _INTERCEPT.search(right):
        return "intercepted"
    if _LAUNCH.search(right):
        return "launched"
    return default_mode
