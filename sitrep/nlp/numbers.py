"""The one number normaliser: number phrases ("almost 100", "more than 600", "a dozen",
"two children", "1,200") to :class:`sitrep.model.Count`.

Every count in sitrep goes through :func:`parse_count` / :func:`find_numbers`; nothing else
turns words into numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from sitrep.model import Count

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "both": 2, "couple": 2, "pair": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# qualifier words -> contract qualifier
QUALIFIERS = [
    (r"almost|nearly|close to|just under|up to nearly", "almost"),
    (r"at least|more than|over|in excess of|no fewer than|no less than|upwards of|some \d+ or more|a minimum of", "at_least"),
    (r"up to|as many as|a maximum of|no more than|fewer than|less than|under", "at_most"),
    (r"about|around|approximately|roughly|some|an estimated|estimated|approx\.|circa|nearly about", "about"),
]
VAGUE = {
    "several": (3, None), "a few": (2, None), "few": (2, None), "dozens": (24, None),
    "dozens of": (24, None), "scores": (40, None), "hundreds": (200, None), "hundreds of": (200, None),
    "thousands": (2000, None), "thousands of": (2000, None), "many": (2, None), "multiple": (2, None),
    "numerous": (2, None), "some": (1, None),
}

_WORDNUM = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES) + ["dozen", "and"], key=len, reverse=True))
_NUM_RE = (
    r"(?:\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:thousand|million|k)\b)?"
    r"|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+half)\s+)?dozen"
    r"|(?:(?:" + "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True)) + r")"
    r"(?:[\s-]+(?:" + "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES) + ["and"], key=len, reverse=True)) + r"))*)"
)
_QUAL_RE = "|".join(q for q, _ in QUALIFIERS)
NUMBER_PHRASE = re.compile(
    r"(?<![\w-])(?:(?P<qual>" + _QUAL_RE + r")\s+)?(?P<num>" + _NUM_RE + r")(?![\w])(?:\s*(?P<plus>\+|or more))?",
    re.IGNORECASE,
)
VAGUE_RE = re.compile(r"(?<![\w-])(?P<vague>dozens|several|a few|hundreds|thousands|scores|numerous|multiple)(?![\w])", re.IGNORECASE)


def words_to_int(text: str) -> Optional[int]:
    """'two hundred and five' -> 205, '1,200' -> 1200, 'a dozen' -> 12, '3.5 thousand' -> 3500."""
    t = text.strip().lower().replace("\u00a0", " ")
    if not t:
        return None
    m = re.fullmatch(r"(\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|k)?", t)
    if m:
        digits = m.group(1).replace(",", "").replace(" ", "")
        value = float(digits)
        scale = {"thousand": 1000, "k": 1000, "million": 1_000_000}.get(m.group(2) or "", 1)
        return int(round(value * scale))
    m = re.fullmatch(r"(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+half)\s+)?dozen", t)
    if m:
        k = m.group(1)
        if k is None or k in ("a", "one"):
            return 12
        if k.replace(" ", "") == "ahalf":
            return 6
        return UNITS[k] * 12
    total, current, seen = 0, 0, False
    words = re.split(r"[\s-]+", t)
    if len(words) > 1 and words[0] in ("a", "an") and (words[1] in UNITS or words[1] in TENS):
        words = words[1:]  # "a five-storey building", "an eight-hour": the article, not one more
    for w in words:
        if w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def qualifier_of(word: Optional[str]) -> str:
    if not word:
        return "exact"
    w = word.lower()
    for pattern, q in QUALIFIERS:
        if re.fullmatch(pattern, w):
            return q
    return "exact"


def make_count(value: Optional[int], qualifier: str = "exact") -> Count:
    """The contract's low/best/high for a value and qualifier."""
    if qualifier == "exact":
        return Count(low=value, best=value, high=value, qualifier="exact")
    if qualifier == "almost":
        return Count(low=None, best=value, high=value, qualifier="almost")
    if qualifier == "at_least":
        return Count(low=value, best=value, high=None, qualifier="at_least")
    if qualifier == "at_most":
        return Count(low=None, best=value, high=value, qualifier="at_most")
    if qualifier == "about":
        return Count(low=None, best=value, high=None, qualifier="about")
    return Count(low=value, best=None, high=None, qualifier="unspecified")


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    text: str
    count: Count

    @property
    def value(self) -> Optional[int]:
        return self.count.best if self.count.best is not None else self.count.low


def parse_count(phrase: str) -> Optional[Count]:
    """Parse one whole phrase such as 'almost 100', 'more than 600', 'several', 'a dozen'."""
    spans = find_numbers(phrase)
    return spans[0].count if spans else None


_NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:-|\u2013)?\s*(?:year|yr|km|kilomet|kilometr|mile|metre|meter|m\b|mm\b|cm\b|kg|ton|tonne|percent|per cent|%|"
    r"hour|minute|second|day|week|month|a\.m|p\.m|am\b|pm\b|o'clock|st\b|nd\b|rd\b|th\b|kv\b|mw\b|gw\b|degrees|°|"
    r"storey|stori|story|floor|room|bedroom|seat|-strong|lane|page|point|carriage|wagon|litre|liter|hectare)",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"-year-old|-month-old|\s+years?\s+old", re.IGNORECASE)


def is_measure(text: str, end: int) -> bool:
    """True when the number ending at ``end`` is an age, distance, time or other measure, not a count."""
    return bool(_NOT_A_COUNT_AFTER.match(text, end) or _AGE_AFTER.match(text, end))


# money is no count: "a $950 million package of drones", "€300 million worth of shells", "NOK 2 billion for drones"
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₴₽]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|NOK|SEK|DKK|CHF|PLN|UAH|RUB|JPY|CZK|HUF|RON|Rs\.?|Rs))\s*$")
_CURRENCY_AFTER = re.compile(r"\s*(?:(?:thousand|million|billion|trillion|mn|bn|m|k)\b\s*)?(?:(?:US\s+|Canadian\s+|Australian\s+)?dollars|euros?|pounds(?:\s+sterling)?|"
                             r"hryvnias?|hryvnia|roubles?|rubles?|kroner|kronor|krona|zlotys?|francs|yen|crowns|lei|forints?|worth)\b", re.I)


def is_money(text: str, start: int, end: int) -> bool:
    """True when the number from ``start`` to ``end`` is an amount of money."""
    return bool(_CURRENCY_BEFORE.search(text, max(0, start - 5), start) or _CURRENCY_AFTER.match(text, end))


_COUNTED_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|shells|bombs|projectiles|UAVs|Shaheds|targets|attacks|strikes|"
    r"people|civilians|soldiers|troops|servicem[ae]n|fighters|prisoners|POWs|children|residents|buildings|houses|homes|settlements)\b",
    re.IGNORECASE)
# "... and 1900 were injured": a year is never the subject of an outcome verb
_COUNTED_VERB = re.compile(r"\s+(?:more\s+|others\s+)?(?:were|have been|had been|are)\s+(?:\w+\s+)?"
                           r"(?:killed|injured|wounded|hurt|hospitali[sz]ed|evacuated|shot down|downed|intercepted|destroyed|launched|fired)\b", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|until|till|from|to|year|early|late|mid|spring|summer|autumn|winter|fall|during|before|after|between|and)\s+$", re.I)


def _year_is_count(text: str, m: re.Match) -> bool:
    """'1999 drones', 'more than 2000 missiles' are counts; 'in 2024', '2024 elections' are years."""
    if _COUNTED_VERB.match(text, m.end("num")):
        return True
    if _YEAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return False
    return bool(m.group("qual") or _COUNTED_NOUN.match(text, m.end("num")))


def find_numbers(text: str, *, include_vague: bool = True) -> list[NumberSpan]:
    """All count-like number phrases in ``text`` with offsets; ages, distances, times and
    calendar numbers are left out."""
    out: list[NumberSpan] = []
    for m in NUMBER_PHRASE.finditer(text):
        num = m.group("num")
        low = num.lower().strip()
        if low in ("a", "an", "no", "and", "some", "both", "pair", "couple", "single"):
            continue  # bare determiners are handled by the caller's patterns
        if low.endswith(" and") or re.match(r"no\s", low):
            continue  # "no one" is nobody, not one
        value = 1 if re.fullmatch(r"(?:a|an|one)\s+(?:single|lone|sole)", low) else words_to_int(num)  # ("a single": one, not 1 + 1)
        if value is None:
            continue
        if is_measure(text, m.end("num")) or is_money(text, m.start("num"), m.end("num")):
            continue
        if re.fullmatch(r"\d+\.\d{1,2}|0\d+", num) or re.match(r"[:.]\d\d\b", text[m.end("num"):m.end("num") + 3]) \
                or re.search(r"\b\d{1,2}:$", text[max(0, m.start("num") - 3):m.start("num")]):
            continue  # ("19:40", "at 19.40": a time of day)
            continue  # "20.08" (a day and month) or a decimal with no scale word, "0437" (a row number): no count
        # calendar: "15 March", "March 15", "2024"
        after = text[m.end("num"): m.end("num") + 12]
        before = text[max(0, m.start("num") - 10): m.start("num")]
        if re.match(r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", after, re.I):
            continue
        if re.search(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", before, re.I):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", num) and not _year_is_count(text, m):
            continue
        if re.match(r"mm\b|-mm\b|\s*mm\b", text[m.end("num"):m.end("num") + 4]):
            continue
        qual = qualifier_of(m.group("qual"))
        if m.group("plus"):
            qual = "at_least"
        out.append(NumberSpan(m.start(), m.end(), m.group(0), make_count(value, qual)))
    if include_vague:
        taken = [(s.start, s.end) for s in out]
        for m in VAGUE_RE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            low_v, _ = VAGUE[m.group("vague").lower()]
            out.append(NumberSpan(m.start(), m.end(), m.group(0), make_count(low_v, "unspecified")))
        out.sort(key=lambda s: s.start)
    return out


# a person's age written after the noun: "a woman of 70", "a boy aged 12" (the number is no count)
AGE_BEFORE = re.compile(r"\b(?:man|woman|men|women|boy|girl|child|teenager|pensioner|resident|driver|person|civilian|volunteer|"
                        r"farmer|worker|employee|passenger|nurse|doctor|teacher|fisherman|guard|father|mother|son|daughter|"
                        r"grandmother|grandfather|patient)s?\s+(?:of|aged)\s+(?:\d{1,3}\s*(?:,|and)\s*)*$", re.I)


def is_age(text: str, start: int) -> bool:
    """The number at ``start`` is a person's age written after the noun ("a woman of 70 was killed")."""
    return bool(AGE_BEFORE.search(text, max(0, start - 30), start))
