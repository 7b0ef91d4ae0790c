"""A frame (one trigger's reading of one sentence, before assembly) and the tests that pair two
frames as one incident (used by :mod:`sitrep.extract.assemble`)."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from sitrep.extract.casualties import Casualties
from sitrep.extract.classify import STRIKE, blast_family
from sitrep.extract.patterns import _FRONTED_SPEECH_DAY, _SAID_AFTER, _SAID_ON, _SAME_DAY
from sitrep.extract.place_choice import city_of_district, city_of_named_district
from sitrep.geo.distance import haversine_km
from sitrep.model import Claim, Location, Weapon
from sitrep.nlp.dates import WEEKDAY_ALT  # the one home of the weekday names
from sitrep.nlp.prefilter import Gated
from sitrep.nlp.sentences import Sentence


@dataclass
class Frame:
    sent: Sentence
    event_type: str
    trigger_start: int
    trigger_end: int
    type_explicit: bool = True
    variant: str = ""
    location: Optional[Location] = None
    fallback_location: Optional[Location] = None
    date: Optional[dt.date] = None
    date_end: Optional[dt.date] = None
    date_precision: str = "unknown"
    is_aggregate: bool = False
    is_wave: bool = False
    date_explicit: bool = False  # the sentence itself dates the event (not the report's date)
    strength: str = "weak"  # of the trigger that typed the frame
    anchored: bool = False
    actor1: Optional[str] = None
    actor1_side: Optional[str] = None
    actor2: Optional[str] = None
    actor2_side: Optional[str] = None
    actor1_weak: bool = False  # actor1 from a bare country, capital or leader name ("Kyiv said")
    actor1_generic: bool = False  # actor1 names no country ("its air defence units", "the air force")
    cas: Casualties = field(default_factory=Casualties)
    weapons: list[Weapon] = field(default_factory=list)
    target: Optional[str] = None
    civilian_targeting: Optional[bool] = None
    claims: list[Claim] = field(default_factory=list)
    parent: Optional["Frame"] = None
    merged: bool = False
    order: int = 0
    rules: list[str] = field(default_factory=list)


def _incident_candidates(live: list[Frame]):
    """``candidates(i)``: the frames after ``live[i]`` that :meth:`Assembler._same_incident` may
    pair it with, in order, instead of every later frame (long documents). A pair needs one type
    family, one country and both places, and then both country-level, or both below country
    level in one admin1, or one a country-level headline; merging keeps each frame's family,
    country, admin1 and level, so the groups hold while the frames merge."""
    fam = blast_family
    groups: dict = {}
    for j, g in enumerate(live):
        if g.location is None:
            continue
        grp = groups.setdefault((fam(g.event_type), g.location.country_code), ([], [], [], {}))
        p4, p4_headlines, below, by_admin1 = grp
        if g.location.precision == 4:
            p4.append(j)
            if _is_headline(g):
                p4_headlines.append(j)
        else:
            below.append(j)
            if g.location.admin1_code:
                by_admin1.setdefault(g.location.admin1_code, []).append(j)

    def candidates(i: int):
        f = live[i]
        if f.location is None:
            return
        p4, p4_headlines, below, by_admin1 = groups[(fam(f.event_type), f.location.country_code)]
        if f.location.precision == 4:
            lists = [p4, below] if _is_headline(f) else [p4]
        elif _is_headline(f):
            lists = [below, p4_headlines]  # a headline's "near X" may be the body's place in the next region
            # (and a headline's city the body's interception of the same count, in the region around it)
        else:
            lists = [by_admin1.get(f.location.admin1_code, []) if f.location.admin1_code else [], p4_headlines]
        for j in sorted(j for lst in lists for j in lst[bisect_right(lst, i):]):
            yield live[j]

    return candidates


def _totals(f: Frame) -> dict[str, tuple]:
    """Launched and intercepted counts by weapon category."""
    return {w.category: (w.launched and w.launched.best, w.intercepted and w.intercepted.best)
            for w in f.weapons if (w.launched and w.launched.best is not None) or (w.intercepted and w.intercepted.best is not None)}


def _district_of(a, b) -> bool:
    """Whether location ``a`` is a district of the city ``b`` (as the geocoder resolved it, or as the text placed it:
    "the Korabelnyi district of Kherson, the city the text names")."""
    return bool(a is not None and b is not None and b.name and city_of_named_district(a) == b.name)


def _districts_of_one_city(a, b) -> bool:
    """Whether locations ``a`` and ``b`` are districts of one city ("two strikes in Shevchenkivskyi
    district, one in Kyivskyi district" of Kharkiv: one attack on the city)."""
    c = city_of_district(a)
    return bool(c) and c == city_of_district(b)


_SUMMARY_BULLET = re.compile(r"\s*[-•*–]\s+\S")


def _is_headline(f: Frame) -> bool:
    """A headline: the first paragraph, one sentence without a full stop ("Troops liberate village"),
    or a summary bullet in headline style ("- Russia claims capture of Krasnohorivka" under "Key
    developments"): both tell in brief an incident the body may tell in full."""
    if f.sent.text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’")):
        return False
    return f.sent.paragraph == 0 or bool(_SUMMARY_BULLET.match(f.sent.text))


def _report_dated_headline(f: Frame) -> bool:
    """A headline frame whose only date is the report's own (no date of its own, no period)."""
    return _is_headline(f) and not f.date_explicit and f.date_end is None


def _same_town_taken(f: Frame, g: Frame) -> bool:
    """Two reports of one settlement changing hands within three days, by the same side."""
    lf, lg = f.location, g.location
    if lf is None or lg is None or lf.precision > 2 or lg.precision > 2 or not lf.name or lf.name != lg.name:
        return False
    if not (f.date and g.date) or abs((f.date - g.date).days) > 3:
        return False
    return f.actor1_side is None or g.actor1_side is None or f.actor1_side == g.actor1_side


def _same_toll(f: Frame, g: Frame) -> bool:
    """A headline and a body frame in one region that give the same non-zero toll ("Russian strike on
    Sumy bus kills 9" and "a drone struck a bus near Bilopillia in Sumy Oblast, killing nine")."""
    if _is_headline(f) == _is_headline(g):
        return False
    lf, lg = f.location, g.location
    if lf is None or lg is None or not lf.admin1_code or lf.admin1_code != lg.admin1_code:
        return False
    if f.actor1_side and g.actor1_side and f.actor1_side != g.actor1_side:
        return False  # "Glide bombs kill two in Zaporizhzhia" is no claim that Ukrainian rockets killed two in Vasylivka
    tolls = [(x.cas.fatalities.best if x.cas.fatalities else None, x.cas.injured.best if x.cas.injured else None) for x in (f, g)]
    (fa, ia), (fb, ib) = tolls
    return bool((fa and fa == fb) or (ia and ia == ib and fa is None and fb is None))


def _same_downed(f: Frame, g: Frame) -> bool:
    """A headline interception and a body interception in one country that count the same weapons
    downed ("Sobyanin says 12 drones downed" and "air defences shot down 12 drones flying toward the
    capital, with debris falling in the Ramenskoye district")."""
    if _is_headline(f) == _is_headline(g) or not (f.event_type == g.event_type == "interception"):
        return False
    lf, lg = f.location, g.location
    if lf is None or lg is None or lf.country_code != lg.country_code:
        return False
    tf = _totals(f)
    return bool(tf) and tf == _totals(g)


_DISTRICT_NAMED = re.compile(r"\b((?-i:[A-Z])[\w'’-]+)\s+(?:district|raion)\b", re.I)


def _other_districts(f: Frame, g: Frame) -> bool:
    """Each frame's sentence names a district of its own, and they differ ("a drone hit a car in the
    Dniprovskyi district" and "a drone struck a bus stop in Kherson's Korabelnyi district"): two incidents
    in one city, even when the gazetteer places both at the city."""
    a, b = _districts_named(f.sent.text), _districts_named(g.sent.text)
    return bool(a) and bool(b) and not (a & b)


@lru_cache(maxsize=4096)
def _districts_named(text: str) -> frozenset:
    """The lower-cased names written before 'district' or 'raion' in ``text`` (memoised per sentence:
    the pairing asks for every pair of frames)."""
    low = text.lower()
    if "district" not in low and "raion" not in low:
        return frozenset()
    return frozenset(m.group(1).lower() for m in _DISTRICT_NAMED.finditer(text))


def _uncounted_headline_downing(f: Frame, g: Frame) -> bool:
    """A headline interception with no count and the body's interception of the same kind of weapon
    ("Ukraine says it shot down Russian Su-34 jet in east" and "shot down a Su-34 in the Donetsk region
    on Friday"): one downing, told twice."""
    h, b = (f, g) if _is_headline(f) else (g, f)
    if not _is_headline(h) or _is_headline(b) or _totals(h) or not h.weapons:
        return False
    return {w.category for w in h.weapons} == {w.category for w in b.weapons}



def place_days(text: str, offset: int, ranked: list, dates: list) -> list:
    """"Drones struck the refinery in Samara on Tuesday and the one in Ryazan on Thursday": each place
    takes the day written after it and before the next place (``None`` where none is, and for every
    place when the sentence names fewer than two days). ``ranked``: places in text order (document
    offsets); ``dates``: the sentence's date mentions (sentence offsets)."""
    days = [d for d in dates if d.date and d.precision == "day"]
    if len(days) < 2 or len(ranked) < 2:
        return [None] * len(ranked)
    out = []
    for i, p in enumerate(ranked):
        lo, hi = p.end - offset, (ranked[i + 1].start - offset if i + 1 < len(ranked) else len(text))
        out.append(next((d for d in days if lo <= d.start < hi), None))
    return out


# a sentence that sets its incident apart from the one told before: "Hours earlier, before dawn, a
# drone struck a high-rise", "In a separate attack, ...", "Later that day, ..."
_APART = re.compile(r"^\W*(?:(?:a few |several |two |three )?hours (?:earlier|later)|earlier (?:that|in the) (?:day|morning|night|evening)|"
                    r"later (?:that|in the) (?:day|morning|night|evening|afternoon)|separately|in (?:a|another) separate (?:attack|strike|incident)|"
                    r"in (?:another|a separate) (?:attack|strike|incident)|another (?:drone|missile|strike|attack) (?:hit|struck)|"
                    r"earlier,?\s+(?:at|around|about|on)(?=\s))\b", re.I)  # "Earlier, at about 21:40 on Tuesday, ..."


def told_apart(f: Frame, g: Frame) -> bool:
    """Two frames of different sentences, the later of which says its incident is another one."""
    if f.sent is g.sent or f.sent is None or g.sent is None:
        return False
    later = f if f.sent.start > g.sent.start else g
    if _APART.match(later.sent.text) is not None:
        return True
    # "damage in Kharkiv from the attack overnight" and "a glide bomb struck Kharkiv in the afternoon": the
    # night's strike and the day's are two incidents
    if f.is_wave or g.is_wave or f.location is None or g.location is None or 4 in (f.location.precision, g.location.precision):
        return False  # (only placed incidents: a country-level mention of the afternoon is no wave of its own)
    parts = [_parts_of_day(x.sent.text) for x in (f, g)]
    return all(len(p) == 1 for p in parts) and parts[0] != parts[1]


@lru_cache(maxsize=4096)
def _parts_of_day(text: str) -> frozenset:
    """The parts of the day ``text`` names: True for a day time, False for the night (memoised per
    sentence: the pairing asks for every pair of frames)."""
    return frozenset(m.group(1) is None for m in _PART_OF_DAY.finditer(text))


# a part of the day: the night (group 1) or the day time
_PART_OF_DAY = re.compile(r"\b(?:(overnight|at night|night of|night to|night into|nighttime|night-time)|"
                          r"(?:in|during|on) the (?:afternoon|daytime)|afternoon|at (?:midday|noon)|during the day)\b", re.I)


_RANKED_IN = re.compile(r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last)\s+(?:such\s+)?"
                        r"(?=(?:[\w-]+\s+)?(?:attack|strike|assault|raid|shelling|bombardment|incident|time|wave|barrage|hit))|(?:first|second|third|fourth|fifth|last)\s+such|"
                        r"largest|biggest|worst|heaviest|deadliest|most intense)\s*"
                        r"(?:[\w-]+\s+){0,5}?(?:(?:in|since|of|for|this)\s+(?:the\s+)?)?$", re.I)
_PERIOD_WORD = re.compile(r"(?:in|since|of|for|this)\b", re.I)  # the rank's period: its date opens with it or follows it
_PERIOD_WORD_BEFORE = re.compile(r"\b(?:in|since|of|for|this)\s+(?:the\s+)?$", re.I)
_DAYS_EARLIER = re.compile(r"(?:\d{1,2}|two|three|four|five|six)\s+days\s+(?:earlier|before|previously)|the\s+day\s+before|(?:a|one)\s+day\s+(?:earlier|before)", re.I)
_WEEKDAY_WORD = re.compile(r"\b(?:" + WEEKDAY_ALT + r")\b", re.I)
_DEED_CHARGED = re.compile(r"\b(?:accused|suspected|charged|convicted|guilty)\s+(?:of|with)\s+[^,;.]*$", re.I)


# a non-restrictive relative clause: "the offensive against Avdiivka, which began on 10 October, entered its third week"
_CLOCK = r"(?:(?:1[6-9]|2[0-3])[:.]\d\d|(?:[5-9]|1[0-1])(?::\d\d)?\s*p\.?m\.?)"
_MORNING_CLOCK = r"(?:0?\d[:.]\d\d|(?:[1-9]|1[0-1])(?::\d\d)?\s*a\.?m\.?)"
_DAY_WORDS = r"(?:\w+day|\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})"
_NIGHT_SPAN = re.compile(r"\b(?:between|from)\s+" + _CLOCK + r"[^.;]{0,30}?\bon\s+(?P<d1>" + _DAY_WORDS + r")\b[^.;]{0,10}?\s(?:and|to|until|till)\s+"
                         + _MORNING_CLOCK + r"[^.;]{0,30}?\bon\s+(?P<d2>" + _DAY_WORDS + r")\b", re.I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")


def event_dates(text: str, dates: list, ref: Optional[dt.date], trig: int = -1) -> tuple:
    """(period, day, the dates kept) of the event a sentence tells, from its date mentions: not the day a speaker
    spoke ("said on Monday that troops had liberated the village last week"), not a background since
    a date, not a period still to come; "overnight on Nov. 2" is that day."""
    # date ("since Russian troops crossed the border in May 2024" dates the background, not the event)
    dates = [d for d in dates if not re.search(r"\bsince\b[^,;]*$", text[:d.start], re.I)]
    # "suspended flights until 15 August": the day a state ends, not the day of the event (a range keeps both ends)
    dates = [d for d in dates if not (d.kind != "period" and re.search(r"\b(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+(?:morning|afternoon|evening|night|end)\s+of\s+)?$", text[max(0, d.start - 40):d.start], re.I))]
    if trig >= 0 and ", wh" in text:  # the day of a relative clause the trigger is not in tells its noun's past
        asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text) if not m.start() <= trig < m.end()]
        inside = [d for d in dates if any(a <= d.start < b for a, b in asides)]
        if inside:  # (a month or a year there still tells that the deed is history, unless the clause has its own date)
            rest = [d for d in dates if d not in inside]
            dates = rest if rest else [d for d in dates if d.precision in ("month", "year")]  # ("which had been hit at the weekend": recent, not history)
    # "between 21:00 Moscow time on Tuesday and 07:00 on Wednesday": a night told by its two ends is the day it ends
    if "on " in text and (night := _NIGHT_SPAN.search(text)) is not None:
        dates = [d for d in dates if not (d.start < night.end("d1") and d.end > night.start("d1"))] or dates
    # "detained a man who is accused of setting fire to a relay cabinet earlier this month": the deed's date, not the arrest's
    dates = [d for d in dates if not _DEED_CHARGED.search(text[:d.start])]
    # "emergency power cuts, the first such measure in November": a rank in a period, not the event's date
    # (not a day: "the heaviest attack came in the early hours of Thursday" is that Thursday's)
    dates = [d for d in dates if not (_RANKED_IN.search(text[:d.start]) and d.precision != "day" and (
        _PERIOD_WORD.match(d.text) or _PERIOD_WORD_BEFORE.search(text[:d.start])))]
    # a period still to come ("will supply tanks in March") dates no reported event
    dates = [d for d in dates if not (d.kind == "period" and d.date and ref and d.date > ref)]
    # "said on Monday that troops had liberated the village last week": the day of the speech is
    # the report's date, the other expression dates the event
    own = [d for d in dates if not _SAID_ON.search(text[:d.start]) and not _SAID_AFTER.match(text[d.end:])]
    if len(own) > 1 and own[0].precision == "day" and re.fullmatch(r"\W*(?:(?:also|earlier|later|then)\s+)?(?:on\s+)?", text[:own[0].start], re.I) \
            and (m := _FRONTED_SPEECH_DAY.match(text, own[0].end)) is not None \
            and any(d.start >= m.end() and d.precision == "day" and not _SAME_DAY.fullmatch(d.text) for d in own[1:]):
        own = own[1:]  # ("On Tuesday, the governor said that a drone had hit a bus on Sunday": Sunday)
    said = next((d for d in dates if d not in own and d.kind == "absolute" and d.date and d.precision == "day"), None)
    if own and len(own) < len(dates):
        spoke = said or next((d for d in dates if d not in own and d.date and d.precision == "day"), None)
        dates = own
        if said is not None and all(d.kind == "relative" and _SAME_DAY.fullmatch(d.text) for d in own if d.date):
            # "in its overnight attack, the General Staff reported on Nov. 19": that report's night
            dates = [replace(d, date=said.date) if d.date else d for d in own]
        if spoke is not None and ref is not None and spoke.date < ref:  # "said on Sunday that over the previous week ...": that week
            shift = spoke.date - ref
            dates = [replace(d, date=d.date + shift, date_end=d.date_end + shift) if d.kind == "period" and d.date_end == ref else d for d in dates]
    period = next((d for d in dates if d.kind == "period" and d.date), None)
    day = next((d for d in dates if d.date and d.precision == "day"), None)
    if day is not None and _DAYS_EARLIER.fullmatch(day.text):
        # "Two days earlier, on Tuesday, a signalman was detained": earlier than the story's day, which the
        # weekday or date names (counting back from the report's day is a guess)
        day = next((d for d in dates if d is not day and d.date and d.precision == "day"
                    and (d.kind == "absolute" or _WEEKDAY_WORD.search(d.text))), day)
    if day is not None and day.kind == "relative":
        # "overnight on Nov. 2", "on the night of Nov. 2": the day named right after the part of it
        named = next((d for d in dates if d.kind == "absolute" and d.date and d.precision == "day" and 0 <= d.start - day.end <= 6), None)
        day = named or day
    return period, day, dates


def _far_apart(a, b, km: float = 25) -> bool:
    """Two places of towns (precision 1-2) more than ``km`` apart: not a city and its districts."""
    return a is not None and b is not None and a.precision <= 2 and b.precision <= 2 and None not in (a.lat, b.lat) \
        and haversine_km(a.lat, a.lon, b.lat, b.lon) > km


# a word every pattern of _held_by_russia holds: a sentence without one is not searched four times
_HELD_WORD = Gated(re.compile(r"occupied|occupation|Russian-held|Russian-controlled|Russian-installed|Russian-appointed", re.I))


def _held_by_russia(sentence: str, name: str) -> bool:
    """The sentence says Russia holds the place named: "in occupied Melitopol", "the Russian-installed
    authorities of X", "occupation authorities in X" (not "shelled Nikopol from occupied Enerhodar")."""
    if not _HELD_WORD.possible(sentence):
        return False
    stem = re.escape(name[:4])
    return bool(re.search(r"\b(?:occupied|Russian-held|Russian-controlled)\s+(?:(?:city|town|village|port)\s+of\s+)?" + stem, sentence, re.I)
                or re.search(r"\b(?:occupation (?:authorities|administration|officials)|Russian-installed|Russian-appointed)\b[^.;]{0,60}\b" + stem, sentence, re.I)
                or re.search(stem + r"\w*['’]s\s+(?:occupation|Russian-installed|Russian-appointed)", sentence, re.I)
                # "near Makiivka in the occupied part of Donetsk region"
                or re.search(stem + r"\w*[^.;]{0,40}?\bin\s+(?:the\s+)?(?:Russian-)?(?:occupied|Russian-held|Russian-controlled)\s+"
                                    r"(?:part|parts|areas?|territor(?:y|ies)|south|east|north|districts?)\s+of\b", sentence, re.I))


# an event that ended this many days before the report is history
HISTORY_DAYS = 100  # (the gold of news reports: older mentions are background or optional)
REVIEW_DAYS = 366  # ... except in a review of the year, for the days it names
_PERIOD_REVIEW = re.compile(r"\b(?:(?:the\s+)?(?:year|month|\d{4})\s+in\s+review|review\s+of\s+(?:the\s+)?(?:year|\d{4})|(?:year|month)-in-review|"
                            r"(?:year|month)\s+in\s+(?:pictures|numbers))\b", re.I)


def not_history(frames: list, ref: dt.date, text: str) -> list:
    """The frames that did not end more than ``HISTORY_DAYS`` before the report; a review of the year or the month
    ("2025 in review ... On 14 January, two guided bombs struck ...") keeps the days it names, up to a year back."""
    oldest = ref - dt.timedelta(days=HISTORY_DAYS)
    review_from = ref - dt.timedelta(days=REVIEW_DAYS) if _PERIOD_REVIEW.search(text, 0, 800) else oldest
    return [f for f in frames if not (f.date and (f.date_end or f.date) < oldest
                                      and not (f.date_explicit and f.date_precision == "day" and f.date >= review_from))]
