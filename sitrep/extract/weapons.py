"""Weapons named in a sentence, with launched / intercepted counts.

"120 missiles and almost 100 drones" => missile launched 120, drone launched almost 100;
"shot down 144 targets" => mixed intercepted 144; "13 of the X-101 missiles were shot down".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from sitrep.extract.lexicon import weapon_index, fold_text, may_match_any
from sitrep.extract.lexicon import weapons as weapon_lexicon
from sitrep.model import Count, Weapon
from sitrep.nlp.numbers import find_numbers, is_age, make_count, parse_count

_INTERCEPT = re.compile(r"(?:to|had|have|has|were|was) down(?:ed)?\b|destruction of|downing of|shot down|shoot(?:ing)? down|taken down|brought down|down(?:ed|ing)|intercept\w*|destroy(?:ed|ing)|neutrali[sz](?:ed|ing)|repelled|suppressed|lost locationally|(?:locally|locationally) lost|lost (?:to|due to|by) electronic|jammed|were destroyed", re.I)
_PASSIVE_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:were|was|have been|has been|had been|are|got)\s+(?:\w+\s+)?(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed|jammed|brought down|taken down|locally lost|locationally lost|lost (?:to|due to) electronic)\b", re.I)
_REACHED_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:reached|hit|struck) (?:their )?(?:targets?|the target)", re.I)
_LAUNCH = re.compile(r"launch\w*|fired|unleashed|attacked (?:\w+ )?with|used|deployed|sent|barrage of|released|hit|struck|carried out"
                     r"|involv\w*|compris\w*|consist\w* of|(?:attacks?|strikes?|barrages?|waves?|raids?)\s+includ\w*", re.I)
# an attack described by what it was made of ("the attack involved 127 missiles and 109 drones")
ATTACK_MADE_OF = re.compile(r"\b(?:attacks?|strikes?|barrages?|waves?|raids?|assaults?)\b[^.;]{0,40}?\b(?:involv\w*|compris\w*|consist\w* of|includ\w*)\s+(?:up to |about |over |some |at least )?\d", re.I)
# where a clause of its own starts after a weapon ("..., according to the air force, which said it shot down ...")
_NEW_CLAUSE = re.compile(r",\s+(?:according|which|who|adding|said|saying|while|but)\b", re.I)


# "destroyed all of the 18 missiles and nine drones": every weapon of the list was downed
_ALL_OF = re.compile(r"\ball (?:of )?(?:the )?(?:[\"“]\s*)?(?:\S+\s+(?:[\w-]+\s+){0,3}?(?:and|,)\s+){0,3}$", re.I)


# a strike verb and the start of its object: the weapon noun after it is what was hit
_HIT_OBJECT = re.compile(r"\b(?:hit|hits|struck|destroyed|destroying|damaged|damaging|targeted|targeting|strikes? on|attacks? on|"
                         r"blown up|blew up|blowing up|set fire to|burned|burnt|torched|sabotaged)\s+"
                         r"(?:(?:a|an|the|two|three|four|five|several|\d+|its|their|Ukrainian|Russian|enemy|self-propelled|towed)\s+){1,3}$", re.I)


@dataclass
class WeaponMention:
    start: int
    end: int
    category: str
    model: Optional[str]


# a weapon named as the product or stock of a place ("a plant that makes components for guided bombs",
# "a factory producing Shahed drones", "a depot storing shells"): the target's business, not a weapon used
_PRODUCT_BEFORE = re.compile(r"\b(?:produc(?:es|ing|tion of)|manufactur(?:es|ing|e of)|makes|making|assembl(?:es|ing)|repair(?:s|ing)|"
                             r"(?:components?|parts|spare parts|engines?|fuel|microchips?|electronics) (?:for|of)|stor(?:es|ing)|storage of|modernis(?:es|ing)|moderniz(?:es|ing))"
                             r"\s+(?:(?:the|its|Russian|Ukrainian|Iranian|Western|[\w-]+-made)\s+){0,3}$", re.I)


def find_weapon_mentions(text: str) -> list[WeaponMention]:
    found: list[WeaponMention] = []
    taken: list[tuple[int, int]] = []
    low = fold_text(text)
    present = weapon_index().present(low) if low is not None else None
    for entry in weapon_lexicon():
        if not may_match_any(entry.keywords, present):
            continue  # none of the words every match contains
        for m in entry.regex.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if entry.category == "mixed" and (not re.search(r"(?:\d|dozens|several)\s*[\"“]?\s*(?:air |aerial )?$", text[max(0, m.start() - 25):m.start()])
                                              or re.search(r"\b(?:reached|hit|struck)\s+(?:their\s+)?$", text[max(0, m.start() - 25):m.start()])):
                continue  # "targets" is a weapon only when counted: "144 targets"
            if entry.category == "artillery" and re.fullmatch(r"\d+ ?mm", m.group(0)):
                pass
            if entry.category == "aircraft" and re.search(r"\b(?:scrambl\w+|rais\w+|put on alert|on duty)\s+(?:\w+\s+){0,3}$", text[max(0, m.start() - 40):m.start()], re.I):
                continue  # "Poland scrambled its combat aircraft": aircraft raised in defence, not a weapon used
            if re.match(r"\s+(?:bases?|depots?|factory|factories|plants?|production|programs?|programmes?|development|launchers?|sites?|units?|defen[cs]e|ammunition|supplies|deliveries|stocks?)\b", text[m.end():m.end() + 20], re.I):
                continue  # "a missile base", "missile development programs", "artillery ammunition": not a weapon used
            if _PRODUCT_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                continue  # "a plant that produces components for guided bombs": what is made there, not what struck
            if entry.category in ("artillery", "mlrs", "aircraft") and _HIT_OBJECT.search(text[max(0, m.start() - 40):m.start()]) \
                    and not re.search(r"\b(?:rockets?|missiles?|shells|projectiles)$", m.group(0), re.I):
                continue  # "a drone hit a Ukrainian howitzer": the target, not a weapon used
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


def _count_for(text: str, w: WeaponMention, numbers):
    """The number counting a weapon mention, right before it: "120 missiles", "almost 100
    Shahed drones", "17 cruise missiles (of the X-101 type)", "nine of the drones"."""
    for n in reversed(numbers):
        if n.end > w.start:
            continue
        gap = text[n.end:w.start]
        if re.fullmatch(r"\s*(?:[\"“”']\s*)?(?:(?:of\s+(?:the\s+)?)|(?:[A-Za-z-]+\s+){0,3})", gap) and not re.search(r"\b(?:and|or|with|from|by|at|in|on)\b", gap) \
                and not _GAP_NOT_MODIFIER.search(gap):
            return n
        break
    return None


# words that cannot stand between a number and the weapon it counts: the number counts something
# else ("all three attacks used cruise missiles", "two waves were launched with drones"), or the people
# hurt and a conjunction ("Two killed as drones strike ...", "three wounded when missiles hit ...")
_GAP_NOT_MODIFIER = re.compile(
    r"\b(?:attacks|strikes|waves|salvos|times|hours|days|nights|directions|regions|oblasts|cities|towns|villages|people|"
    r"used|were|was|are|is|had|have|has|been|launched|fired|hit|struck|carried|involved|included|targeted|against|also|"
    r"killed|dead|died|injured|wounded|hurt|as|when|after|while|because|amid|during)\b", re.I)


_OF = re.compile(r"(?<![\w-])(?P<a>\d[\d,]*|(?:two|three)-(?:thirds|quarters)|a (?:third|quarter)|\w+)\s+(?:of|out of)\s+(?:the\s+)?(?P<b>\d[\d,]*)\b")
# "two-thirds of the 90 drones": a share of the total the text states
_FRACTIONS = {"half": 1 / 2, "a third": 1 / 3, "two-thirds": 2 / 3, "a quarter": 1 / 4, "three-quarters": 3 / 4}


def extract_weapons(text: str, *, default_mode: str = "launched", antecedent: Optional[str] = None) -> list[Weapon]:
    """Weapons in ``text``; counts go to ``intercepted`` when the count sits in an interception
    clause, otherwise to ``launched`` (only when the sentence says they were launched/fired).
    ``antecedent``: the sentence before, whose counted weapons "80 of them" may refer to."""
    mentions = find_weapon_mentions(text)
    if not mentions:
        if antecedent and _ANAPHOR.search(text):
            # "Air defences shot down 80 of them.": the weapons counted in the sentence before
            referents = [Weapon(category=w.category, model=w.model) for w in extract_weapons(antecedent) if w.launched]
            _anaphoric_counts(text, find_numbers(text, include_vague=True), referents)
            return [w for w in referents if w.intercepted]
        bare = _BARE_DOWN.search(text) if antecedent else None
        if bare is not None:
            # "Russia attacked with 90 drones. Air defence shot down 60.": a bare number downed counts the
            # one kind of weapon the sentence before launched (never more than it launched)
            referents = [w for w in extract_weapons(antecedent) if w.launched]
            n = parse_count(bare.group(1))
            if len(referents) == 1 and n is not None and n.best is not None and referents[0].launched.best is not None \
                    and 0 < n.best <= referents[0].launched.best:
                return [Weapon(category=referents[0].category, model=referents[0].model, intercepted=n)]
        return []  # (the numbers are read only when there is something to count)
    numbers = [n for n in find_numbers(text, include_vague=True) if not is_age(text, n.start)]  # ("a woman of 70")
    out: list[Weapon] = []
    first_at: dict[int, int] = {}
    through: list[tuple[Weapon, Count]] = []
    for w in mentions:
        span = _count_for(text, w, numbers)
        count = span.count if span is not None else None
        mode = _mode_at(text, w, default_mode)
        if mode in ("lost", "based"):
            continue
        if mode == "intercepted" and (w.category == "artillery" or (w.category == "mlrs" and re.search(
                r"\b(?:launchers?|systems?|vehicles?|installations?|batter(?:y|ies))\b", text[w.start:w.end + 25], re.I))):
            mode = "hits"  # "destroyed two howitzers", "destroyed a HIMARS launcher": equipment hit on the ground, not air defence
        tail = _split_after(text, w, numbers)
        if count is not None and tail is not None:
            # "of the 48 drones, 41 were shot down": 48 launched, 41 down
            existing = _slot(out, w, first_at)
            existing.launched = existing.launched or count
            existing.intercepted = existing.intercepted or tail
            continue
        ofm = None
        for m in _OF.finditer(text, max(0, w.start - 40), w.start):
            gap = text[m.end():w.start]
            if re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,3}", gap) and not re.search(r"\b(?:and|or)\b", gap) \
                    and (m.group("a").lower() in ("all", *_FRACTIONS) or parse_count(m.group("a")) is not None):
                ofm = m  # not "the destruction of 51 drones"
        if ofm is not None and mode == "intercepted":
            # "shot down 54 of 69 missiles": 54 down out of 69 launched; "all of the 18": 18 and 18
            down, total = parse_count(ofm.group("a")), parse_count(ofm.group("b"))
            if ofm.group("a").lower() == "all":
                down = total
            elif ofm.group("a").lower() in _FRACTIONS and total is not None and total.best:
                down = Count(best=round(total.best * _FRACTIONS[ofm.group("a").lower()]), qualifier="about")
            existing = next((x for x in out if x.category == w.category and x.model == w.model), None)
            if existing is None:
                existing = Weapon(category=w.category, model=w.model)
                out.append(existing)
                first_at[id(existing)] = w.start
            existing.intercepted = existing.intercepted or down
            existing.launched = existing.launched or total
            continue
        existing = next((x for x in out if x.category == w.category and (x.model == w.model or not x.model or not w.model)), None)
        if existing is None:
            existing = Weapon(category=w.category, model=w.model)
            out.append(existing)
            first_at[id(existing)] = w.start
        elif w.model and not existing.model:
            existing.model = w.model
        if count is not None:
            if mode == "intercepted" and _ALL_OF.search(text[max(0, span.start - 80):span.start]):
                # "destroyed all of the 18 missiles launched", "all 18 missiles and 9 drones": launched and down
                existing.intercepted = existing.intercepted or count
                existing.launched = existing.launched or count
            elif mode in ("intercepted", "launched") and re.search(r"\bother\b", text[span.end:w.start], re.I) \
                    and _add_other(out, existing, w, mode, count):
                pass  # "six Kinzhal missiles and 12 other missiles": 18 missiles
            elif mode == "intercepted":
                if existing.intercepted is None:
                    existing.intercepted = count
                total = _total_after(text, w, numbers)
                if total is not None and existing.launched is None:
                    existing.launched = total  # "shot down 21 cruise missiles out of a total of 23"
            elif mode == "through":
                through.append((existing, count))
            elif mode == "hits":
                pass
            elif existing.launched is None:
                existing.launched = count
        elif mode in ("intercepted", "launched") and _one_weapon(text, w) and not (existing.launched or existing.intercepted):
            one = Count(low=1, best=1, high=1, qualifier="exact")  # "a Shahed drone hit", "shot down a Su-34"
            if mode == "intercepted":
                existing.intercepted = one
            else:
                existing.launched = one
    if not any(x.launched for x in out):
        for existing, count in through:  # "12 missiles hit their targets" alone: the missiles launched there
            existing.launched = existing.launched or count
    launched = [x for x in out if x.launched]
    if len(launched) == 1 and launched[0].intercepted is None:
        # "launched over 100 drones ..., adding that 78 were destroyed": a bare number downed after the launch
        first = first_at.get(id(launched[0]), 0)
        for n in numbers:
            if n.start > first and n.value is not None and launched[0].launched.best is not None and n.value <= launched[0].launched.best \
                    and re.match(r"\s+(?:more\s+|others?\s+)?(?:were|have been|had been|was)\s+(?:\w+\s+)?" + _DOWN_VERB, text[n.end:n.end + 50], re.I) \
                    and not re.search(r"\b(?:not|never)\b", text[n.end:n.end + 30], re.I):
                launched[0].intercepted = n.count
                break
    if _ANAPHOR.search(text):
        referents = sorted((x for x in out if x.launched), key=lambda x: first_at.get(id(x), 0))
        _anaphoric_counts(text, numbers, referents, [(first_at.get(id(x), 0), x) for x in referents])
    for m in _ALL_NAMED_DOWN.finditer(text) if "all" in text else ():
        # "...and 2 Kh-59 missiles; all of the Kh-59s were downed": every launched weapon of that kind
        name = m.group("name").lower()
        for x in out:
            if x.launched and x.intercepted is None and (x.model or x.category).lower().replace("_", " ").startswith(name.rstrip("s")):
                x.intercepted = x.launched
    return fold_generic(out)


_ALL_NAMED_DOWN = re.compile(r"\ball\s+(?:of\s+)?(?:the|its|their)\s+(?P<name>[\w-]+?)s?\s+(?:were|have been|had been)\s+(?:\w+\s+)?"
                             r"(?:downed|shot down|destroyed|intercepted|neutrali[sz]ed)\b", re.I)


# a side's equipment losses ("lost up to 420 servicemen, a tank and four field artillery guns")
_LOST = re.compile(r"\b(?:lost|losing|loses|losses\s+(?:of|amounted\s+to|included|including|were|totall?ed))\b"
                   r"(?!\s+(?:to|due|by|contact|locationally|locally))", re.I)


_BASED_AFTER = re.compile(r"\s*(?:(?:bombers?|jets?|fighters?|aircraft|planes?|helicopters?|systems?|launchers?|missiles?|drones?)\s+)?(?:that\s+|which\s+)?(?:are|were|is|was|had been|have been)\s+(?:\w+\s+)?(?:based|stationed|parked|housed|kept|stored)\b", re.I)


def _mode_at(text: str, w: WeaponMention, default_mode: str) -> str:
    """Which verb governs the weapon: the nearest interception or launch verb of its clause."""
    clause_start = max(text.rfind(";", 0, w.start), text.rfind(". ", 0, w.start), text.rfind("–", 0, w.start),
                       text.rfind("—", 0, w.start), text.rfind(" alleging", 0, w.start), text.rfind(" while ", 0, w.start),
                       text.rfind(" of which ", 0, w.start), 0)
    told = [m.end() for m in _NEW_CLAUSE.finditer(text, clause_start, w.start)]
    left = text[max([clause_start, *told]):w.start]  # ("..., adding that 102 missiles and 99 drones were shot down")
    right = text[w.end:w.end + 60]
    right = re.split(r"[;.]|, (?:and|while|but)\b", right)[0]
    right = right[:m.start()] if (m := _NEW_CLAUSE.search(right)) else right
    if _BASED_AFTER.match(right):
        return "based"  # "the airfield, where Su-34 bombers are based": the target described, not a weapon used
    if re.search(r"\b(?:hits?|impacts?)\s+(?:by|of|from)\s+(?:\S+\s+){0,3}$", left, re.I):
        return "hits"  # "hits by 6 drones were recorded": what got through, neither launched nor downed
    if _NOT_DOWN.match(right.lstrip()) or re.match(r"\s*(?:that\s+|which\s+)?(?:were|was|have|has|had)\s+(?:been\s+)?(?:not|never)\b", right, re.I):
        return "through"  # "seven missiles were not intercepted": they got through
    if _PASSIVE_AFTER.match(right):
        return "intercepted"  # "..., 50 drones were shot down": the passive verb right after the noun governs it
    if _REACHED_AFTER.match(right):
        return "through"  # "12 missiles reached their targets": got through, not intercepted
    li = [m.end() for m in _INTERCEPT.finditer(left)]
    ll = [m.end() for m in _LAUNCH.finditer(left)]
    lo = [m.end() for m in _LOST.finditer(left)]
    if lo and lo[-1] > max(li + ll + [-1]):
        return "lost"  # "the enemy lost a tank and four artillery guns": equipment lost, not a weapon used
    if li and (not ll or li[-1] > ll[-1]):
        return "intercepted"
    if ll:
        return "launched"
    if _INTERCEPT.search(right):
        return "intercepted"
    if _LAUNCH.search(right):
        return "launched"
    return default_mode


_FAMILY = {"missile": "missile", "cruise_missile": "missile", "ballistic_missile": "missile", "drone": "drone"}


def _add_other(out: list[Weapon], existing: Weapon, w: WeaponMention, mode: str, count: Count) -> bool:
    """"N <kind> and M other <generic>": the generic count is N + M (the named kind is one part)."""
    family = _FAMILY.get(w.category)
    part = next((x for x in out if getattr(x, mode) is not None and _FAMILY.get(x.category) == family
                 and (x is existing or x.category != w.category)), None)
    if family is None or part is None or count.best is None or getattr(part, mode).best is None:
        return False
    setattr(existing, mode, make_count(getattr(part, mode).best + count.best, count.qualifier))
    return True


def _slot(out: list[Weapon], w: WeaponMention, first_at: dict[int, int]) -> Weapon:
    existing = next((x for x in out if x.category == w.category and (x.model == w.model or not x.model or not w.model)), None)
    if existing is None:
        existing = Weapon(category=w.category, model=w.model)
        out.append(existing)
        first_at[id(existing)] = w.start
    return existing


_DOWN_VERB = r"(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed|jammed|brought down|taken down|(?:locally |locationally )?lost (?:to|due to) electronic|(?:locally|locationally) lost)"
_NOT_DOWN = re.compile(r"\b(?:not|never|weren't|wasn't|failed to be)\s+(?:\w+\s+)?" + _DOWN_VERB + r"|\b(?:reached|hit|struck)\s+(?:their\s+)?targets?\b|\bgot through\b|\bevaded\b", re.I)


def _number_at(numbers, pos: int):
    return next((n for n in numbers if n.start == pos), None)


def _total_after(text: str, w: WeaponMention, numbers) -> Optional[Count]:
    """"21 cruise missiles out of (a total of) 23": the 23 right after the weapon noun."""
    m = re.match(r"\s*(?:\([^)]{0,30}\)\s*)?(?:,\s*)?(?:out of|of)\s+(?:a total of\s+|the\s+|all\s+)?(?:\w+\s+)?", text[w.end:w.end + 40], re.I)
    if m is None:
        return None
    n = next((n for n in numbers if w.end + m.start() < n.start <= w.end + m.end()), None)
    if n is None or any(x.start < 25 for x in find_weapon_mentions(text[n.end:n.end + 30])):
        return None  # "21 missiles of 40 drones" counts another weapon
    return n.count


def _split_after(text: str, w: WeaponMention, numbers) -> Optional[Count]:
    """"Of the 48 drones, 41 were shot down": the interception count right after the launched one."""
    if not re.search(r"\b(?:of|out of)\s+(?:the\s+|all\s+|a total of\s+)?(?:[\w,-]+\s+){1,3}$", text[max(0, w.start - 40):w.start], re.I):
        return None
    m = re.match(r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:launched|fired|sent|used)\b[^,;.]{0,40})?,\s*", text[w.end:], re.I)
    if m is None:
        return None
    n = _number_at(numbers, w.end + m.end())
    if n is None:
        return None
    rest = text[n.end:n.end + 60]
    if re.match(r"\s*(?:of them\s+)?(?:were|was|have been|has been|had been|got)\s+(?:\w+\s+)?" + _DOWN_VERB, rest, re.I) and not _NOT_DOWN.match(rest.lstrip()):
        return n.count
    return None


# "19 of them", "of which 38 and 5", "among them 7": a count that refers back to weapons counted before
# "shot down 60, while ...": a bare number right after a verb of downing (no noun after it)
_BARE_DOWN = re.compile(r"\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed)\s+(?:up to |about |over |some )?"
                        r"(\d[\d,]*)(?=\s*(?:[,;.]|$|and\b|while\b|with\b|over\b|in\b))", re.I)
_ANAPHOR = re.compile(r"\b(?:of|out of|among)\s+(?:them|which|these|those)\b", re.I)


def _anaphoric_counts(text: str, numbers, referents: list[Weapon], positions=None) -> bool:
    """Interception counts given by reference: "launched 43 drones and 6 missiles, of which 38 and 5
    were downed" (one number per weapon, in order), "with 19 of them intercepted", and, when the
    sentence has no weapon noun of its own, "shot down 80 of them" (the weapons of ``referents``)."""
    done = False
    for a in _ANAPHOR.finditer(text):
        before = [x for p, x in (positions or [(0, r) for r in referents]) if p < a.start()]
        if not before:
            continue
        clause_start = max(text.rfind(";", 0, a.start()), text.rfind(". ", 0, a.start()), 0)
        clause_end = min([i for i in (text.find(";", a.end()), text.find(". ", a.end())) if i >= 0] or [len(text)])
        # numbers right before ("19 of them", "38 and 5 of them") or right after ("of which 38 and 5")
        left_nums = [n for n in numbers if clause_start <= n.start and n.end <= a.start()]
        nums = []
        if left_nums:
            last = left_nums[-1]
            if re.fullmatch(r"\s*", text[last.end:a.start()]):
                first = last
                for n in reversed(left_nums[:-1]):
                    if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[n.end:first.start], re.I):
                        first = n
                    else:
                        break
                nums = [n for n in left_nums if first.start <= n.start]
        if not nums:
            m = re.match(r",?\s*", text[a.end():])
            after = [n for n in numbers if n.start >= a.end() + m.end() and n.end <= clause_end]
            if after and after[0].start == a.end() + m.end():
                run = [after[0]]
                for n in after[1:]:
                    if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[run[-1].end:n.start], re.I):
                        run.append(n)
                    else:
                        break
                nums = run
        if not nums:
            continue
        clause = text[clause_start:clause_end]
        rest = text[nums[-1].end if nums[-1].start > a.start() else a.end():clause_end]
        lead = text[clause_start:nums[0].start]
        if _NOT_DOWN.search(rest[:60]) or re.search(r"\bnot\s+$", lead):
            continue
        if not (re.match(r"\s*(?:were|was|have been|has been|had been|got|being)?\s*(?:\w+\s+)?" + _DOWN_VERB, rest, re.I)
                or re.search(r"(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|down)\s+(?:\w+\s+)?$", lead, re.I)
                or (not re.search(r"\b(?:launch\w*|fired|hit|struck)\b", clause[a.end() - clause_start:], re.I) and _INTERCEPT.search(clause))):
            continue
        if len(nums) == len(before):
            targets = before
        elif len(nums) == 1:
            targets = [before[-1]] if len(before) == 1 else []
        else:
            continue
        for weapon, n in zip(targets, nums):
            if weapon.intercepted is None:
                weapon.intercepted = n.count
                done = True
    return done


def fold_generic(weapons: list[Weapon]) -> list[Weapon]:
    """A generic "missiles" count and one named kind of missile without conflicting counts are one
    weapon: "launched 20 missiles ... the cruise missiles" => cruise_missile 20. Not when the text
    names two kinds (cruise and ballistic): the generic count covers both."""
    kinds = [w for w in weapons if w.category in ("cruise_missile", "ballistic_missile")]
    if len({w.category for w in kinds}) != 1:
        return weapons
    out = list(weapons)
    for g in [w for w in weapons if w.category == "missile" and not w.model]:
        target = next((k for k in kinds if all(getattr(k, a) is None or getattr(g, a) is None or getattr(k, a).best == getattr(g, a).best
                                               for a in ("launched", "intercepted"))), None)
        if target is None:
            continue
        target.launched = target.launched or g.launched
        target.intercepted = target.intercepted or g.intercepted
        out.remove(g)
    return out


# "15 drones were shot down over the Black Sea, seven over the Belgorod region": a count right before
# the place it happened over (no clause break between them)
_COUNT_BEFORE_PLACE = re.compile(r"[^,;:.()]{0,60}?\b(?:over|above|in|near|off|across|within|on|at|towards?)\s+(?:the\s+)?"
                                 r"(?:(?:waters|skies|territory|airspace|coast)\s+(?:of|off|over)\s+(?:the\s+)?)?"
                                 r"(?:(?:[\w-]+\s+){0,2}(?:regions?|oblasts?)\s+of\s+(?:the\s+)?)?$", re.I)
# a number of people or things hit, not of weapons ("the six people killed when a missile struck a depot in Kharkiv")
_OTHER_COUNTED = re.compile(r"\s*(?:[\w-]+\s+)?(?:people|persons|civilians|residents|children|kids|men|women|adults|teenagers|soldiers|"
                            r"servicem[ae]n|troops|workers|passengers|patients|victims|bodies|households|homes|houses|buildings|"
                            r"apartments|flats|vehicles|cars|trucks|lorries|buses|consumers|customers|subscribers|users|families|"
                            r"settlements|villages|towns|schools|hospitals)\b", re.I)
_LIST_GAP = re.compile(r"\s*(?:regions?|oblasts?|provinces?)?\s*(?:,|and|, and)\s*(?:(?:over|above|in)\s+)?(?:the\s+)?"
                       r"(?:(?:republic|region|territory|city|peninsula) of\s+(?:the\s+)?)?", re.I)


def counts_per_place(text: str, spans: list[tuple[int, int]], weapons: list[Weapon], min_places: int = 2) -> Optional[list[list[Weapon]]]:
    """Per-place weapon counts of one sentence that lists places with their own numbers:
    "destroyed 11 drones over the Belgorod region, four over the Bryansk region and one drone each
    over the Kursk and Oryol regions" => [drone 11], [drone 4], [drone 1], [drone 1]. Aligned with
    ``spans`` (the places, in text order); a place without its own count gets []. None when fewer
    than ``min_places`` places have a count of their own (the sentence's counts are not split by place)."""
    numbers = [n for n in find_numbers(text, include_vague=False) if not is_age(text, n.start)]
    mode = "intercepted" if _INTERCEPT.search(text) else "launched"
    counted = [w for w in weapons if w.launched or w.intercepted]
    default_cat = (counted[0].category, counted[0].model) if len({(w.category, w.model) for w in counted}) == 1 else None
    out: list[list[Weapon]] = []
    prev_end, prev, carried = 0, None, None  # prev: (category, model) of the last count; carried: an "each" count
    own = 0
    for start, end in spans:
        seg = text[prev_end:start]
        got = None
        n = next((n for n in reversed(numbers) if prev_end <= n.start and n.end <= start), None)
        if n is not None and _COUNT_BEFORE_PLACE.fullmatch(text[n.end:start]) and not _OTHER_COUNTED.match(text, n.end):
            gap = text[n.end:start]
            named = find_weapon_mentions(gap)
            kind = (named[0].category, named[0].model) if named else prev or default_cat
            if kind is not None:
                got = (kind, n.count)
                carried = got if re.search(r"\beach\b", gap, re.I) else None
                own += 1
        elif carried is not None and _LIST_GAP.fullmatch(seg):
            got = carried  # "one drone each over the Kursk, Kaluga and Oryol regions"
        else:
            carried = None
        if got is None:
            out.append([])
        else:
            (cat, model), count = got
            prev = (cat, model)
            w = Weapon(category=cat, model=model)
            setattr(w, mode, count)
            out.append([w])
        prev_end = end
    return out if own >= min_places else None


_SUBSET_CUE = re.compile(r"\b(?:including|incl\.|of which|of them|among them|out of|in particular)\b", re.I)


def counts_after_place(text: str, place_end: int, weapons: list[Weapon], mine: set) -> bool:
    """True when the counts of ``weapons`` that are not the place's own (``mine``: (category, best))
    are the place's too, so no country total is split off: they count other kinds of weapon than the
    place's ("shot down a drone and three missiles ... in the Odesa region"), or they are written after
    the place ("87 attacks on the Kherson region, firing 412 shells") -- unless a word makes the
    place's count a part of a total ("downed 47 drones, including 12 over the Saratov region")."""
    if _SUBSET_CUE.search(text):
        return False
    others = {(w.launched or w.intercepted).best for w in weapons
              if (w.launched or w.intercepted) and (w.category, (w.launched or w.intercepted).best) not in mine}
    if not others:
        return False
    own_cats = {c for c, _n in mine}
    if not any(w.category in own_cats for w in weapons if (w.launched or w.intercepted)
               and (w.category, (w.launched or w.intercepted).best) not in mine):
        return True  # "shot down a drone and three missiles ... in the Odesa region": other kinds, no total of the place's kind
    at = [n.start for n in find_numbers(text, include_vague=False) if n.count is not None and n.count.best in others]
    return bool(at) and min(at) >= place_end


# "a Shahed drone hit the port", "shot down a Russian Su-34", "a single glide bomb struck": one weapon;
# not "a drone attack", "a missile strike", "drone debris" (the weapon names another thing)
_ONE_BEFORE = re.compile(r"\b(?:a|an|one|a single|another|the only)\s+(?:(?:Russian|Ukrainian|enemy|hostile|guided|attack|kamikaze|strike|ballistic|cruise|heavy|single)\s+){0,2}$", re.I)
_NOT_THE_WEAPON_AFTER = re.compile(r"\s*(?:attacks?|strikes?|raids?|assaults?|debris|fragments?|wreckage|parts?|remains|operators?|units?|crews?|pilots?|teams?|alerts?|threats?|danger|production|factor(?:y|ies)|plants?|warehouses?|depots?|launch(?:ers?|es|ing)?|sites?|bases?|components?|engines?|warheads?|programs?|programmes?|boats?|carriers?|group|wave|swarm)\b", re.I)


def _one_weapon(text: str, w) -> bool:
    """The weapon mention ``w`` names one weapon: a singular noun after "a"/"an"/"one", not the first
    word of another noun."""
    word = text[w.start:w.end]
    if re.search(r"s\b", word[-2:]) and not re.search(r"(?:ss|us)$", word, re.I):
        return False  # plural ("drones", "missiles")
    return bool(_ONE_BEFORE.search(text, max(0, w.start - 40), w.start)) and not _NOT_THE_WEAPON_AFTER.match(text, w.end)
