"""What the sentence after an incident adds to it (a mixin of the document extractor in
sitrep/extract/events.py): its outcome ("No one was hurt.", "64 people were injured."), more weapons
downed in the same interception ("Two guided bombs were also intercepted.") and the other side's
denial ("Ukraine's military denied the claim")."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from sitrep.extract import places as P
from sitrep.extract.assemble import Frame
from sitrep.extract.casualties import Casualties
from sitrep.extract.claims import blame_by, certainty_of, claimant_in, denial_by, side_of, split_name_role
from sitrep.extract.patterns import _NATIONWIDE, _PRONOUN_SAID
from sitrep.extract.speakers import PersonRegistry
from sitrep.model import Claim, Weapon
from sitrep.nlp.dates import find_dates
from sitrep.nlp.sentences import Sentence


# "were also shot down", "as well", "in addition": the sentence adds to what was just told
_ADDITIVE = re.compile(r"\b(?:also|as well|in addition|additionally|besides|another)\b", re.I)


class FollowUpMixin:
    """Needs ``self.frames``, ``self.outlet``, ``self.text``, ``self.doc_id``, ``self.sentence_index``,
    ``self._quote_index`` and ``self._sentence_places``."""

    def _unanchored(self, s, chosen: str, trig_pos, actors: list) -> Frame:
        """A strike mention with nothing to place or count it ("Russian officials claimed they
        had hit all targets"): kept only as a claim on a wave of the same day, never an event."""
        f = Frame(sent=s, event_type=chosen, trigger_start=s.start + trig_pos[0], trigger_end=s.start + trig_pos[1], anchored=False)
        f.claims.append(self._claim(s, s.text))
        f.date = self.ref
        return f

    def _harms(self, s, here: int, cas: Casualties) -> bool:
        """Counts that make a sentence with no event word an incident of its own: someone killed or hurt.
        "No injuries were reported." alone is no incident: only the outcome of an interception told just
        before (assembly merges it there)."""
        if cas.fatalities is None and cas.injured is None:
            return False
        if any((c.best or c.low or c.high or 0) > 0 for c in (cas.fatalities, cas.injured) if c):
            return True
        last = self.frames[-1] if self.frames else None
        return last is not None and last.event_type == "interception" and last.sent.paragraph == s.paragraph \
            and here - self.sentence_index[id(last.sent)] <= 1

    def _attach_outcome(self, s: Sentence, cas: Casualties, last_frame: Frame) -> bool:
        """"… hit a garage in Kharkiv. No one was hurt." / "... 12 people died. 64 people were injured.":
        the outcome of the incident just told (a count only where that incident has none of its kind).
        True when some frame took it."""
        zero = all(c is None or c.best == 0 for c in (cas.fatalities, cas.injured))
        placed = any(p.role == "incident" and p.kind in ("settlement", "region") for p in self._sentence_places(s)) \
            or bool(_NATIONWIDE.search(s.text))  # "across the country, nine were injured": the wave's
        took = [f for f in self.frames if f.sent is last_frame.sent and not f.is_wave and f.event_type != "interception"
                and (f.cas.fatalities is None and f.cas.injured is None if zero else
                     not placed and len([g for g in self.frames if g.sent is last_frame.sent]) == 1
                     and (cas.fatalities is None or f.cas.fatalities is None) and (cas.injured is None or f.cas.injured is None))]
        for f in took:
            f.rules = f.rules + ["followup.outcome"]
            if zero:
                f.cas = cas
            else:
                f.cas.fatalities = f.cas.fatalities or cas.fatalities
                f.cas.injured = f.cas.injured or cas.injured
        return bool(took)

    def _also_intercepted(self, s: Sentence, frames: list[Frame], last: Frame) -> bool:
        """"Air defences shot down 45 drones over three regions. Two guided bombs were also
        intercepted.": an unplaced interception that says it adds to the one just told (within two
        sentences, same paragraph) is more of that interception, not one of its own somewhere else.
        Its weapons join the told interception that carries counts (else the first). True when taken."""
        if len(frames) != 1 or last is None or last.event_type != "interception":
            return False
        f = frames[0]
        if f.event_type != "interception" or f.location is not None or f.fallback_location is not None \
                or f.date_explicit or not _ADDITIVE.search(s.text) or last.sent.paragraph != s.paragraph \
                or not 0 < self.sentence_index[id(s)] - self.sentence_index[id(last.sent)] <= 2:
            return False
        told = [g for g in self.frames if g.sent is last.sent and g.event_type == "interception"]
        host = next((g for g in told if any(w.intercepted or w.launched for w in g.weapons)), told[0])
        have = {(w.category, w.model) for w in host.weapons}
        host.weapons = host.weapons + [w for w in f.weapons if (w.category, w.model) not in have]
        host.rules = host.rules + [r for r in f.rules + ["followup.also_intercepted"] if r not in host.rules]
        return True

    def _counter_claim(self, s: Sentence, last: Frame) -> None:
        """"Ukraine's military denied the claim": a denial right after an event is the other side's
        claim about it (kept beside the first, never averaged away); the first becomes disputed."""
        who = denial_by(s.text)
        if who is None:
            blame = blame_by(s.text)
            if blame is None:
                return
            # "Rosatom blamed Ukrainian shelling for the damage": the blamer's account of the event
            # just told, kept beside the first claim; opposing sides make it disputed
            c = self._claim(s, s.text)
            if c.claimant is None or c.claimant == self.outlet:
                name, role = split_name_role(blame[0])
                c = c.model_copy(update={"claimant": name, "claimant_role": role, "claimant_side": side_of(blame[0], P.region_side)})
            for f in [f for f in self.frames if f.sent is last.sent]:
                if c.claimant_side and any(x.claimant_side and x.claimant_side != c.claimant_side for x in f.claims):
                    for x in f.claims:
                        if x.certainty == "reported":
                            x.certainty = "disputed"
                    c = c.model_copy(update={"certainty": "disputed"})
                f.claims.append(c)
            return
        c = self._claim(s, s.text)
        if c.claimant is None or c.claimant == self.outlet:
            name, role = split_name_role(who)
            c = c.model_copy(update={"claimant": name, "claimant_role": role, "claimant_side": side_of(who, P.region_side)})
        if c.claimant_side and any(x.claimant_side == c.claimant_side for x in last.claims):
            return  # a side does not dispute itself
        for f in [f for f in self.frames if f.sent is last.sent]:
            for x in f.claims:
                if x.certainty == "reported":
                    x.certainty = "disputed"
            f.claims.append(c.model_copy(update={"certainty": "denied"}))

    def _claim(self, s: Sentence, text: str) -> Claim:
        q = self._quote_index.first_containing(s.start) or self._quote_index.first_containing(s.end - 2)
        claimant = claimant_in(text)
        if claimant is None and q is not None:
            claimant = self._quote_speaker(q)
        name, role = split_name_role(claimant) if claimant else (None, None)
        side = side_of(claimant or "", P.region_side) if claimant else None
        if side is None and role:
            side = side_of(role, P.region_side)
        if name is None and _PRONOUN_SAID.match(text) and self.frames and self.frames[-1].claims \
                and self.sentence_index.get(id(self.frames[-1].sent), -9) >= self.sentence_index.get(id(s), 0) - 2:
            # "It said 62 drones were shot down": the speaker of the sentence just before
            prev = self.frames[-1].claims[0]
            name, role, side = prev.claimant, prev.claimant_role, prev.claimant_side
        if name is None and self.outlet:
            name = self.outlet
        return Claim(claimant=name, claimant_role=role, claimant_side=side, certainty=certainty_of(text),
                     quote=self.text[s.start:s.end], start=s.start, end=s.end, doc_id=self.doc_id)

    def _quote_speaker(self, q: tuple[int, int]) -> Optional[str]:
        if self.speakers is None:
            from sitrep.extract.statements import quote_speakers
            self.registry = PersonRegistry(self.text, self.person_names)
            self.speakers = quote_speakers(self.text, self.sentences, self.registry)
        sp = self.speakers.get(q)
        if sp is None:
            return None
        return f"{sp.name}, {sp.role}" if sp.role else sp.name


# the outage a strike caused, told in the strike's own sentence: "strikes left 200,000 people
# without electricity", "knocked out power across the city", "cut power to 60,000 households"
_CAUSED_OUTAGE = re.compile(r"\b(?:left|leaving|leave|knock(?:ed|ing|s)? out|cut(?:ting|s)?(?: off)?|caus(?:ed|ing|es)|disrupt(?:ed|ing|s)|plung(?:ed|ing|es))\s+"
                            r"(?:[\w,’'-]+\s+){0,6}?(?:without (?:power|electricity|heating|heat|water|gas)|power|electricity|blackouts?|outages?|"
                            r"(?:power|electricity|water|heat(?:ing)?) (?:supply|supplies))\b"
                            # "...; about 900 households are without electricity"
                            r"|\b(?:households|subscribers|consumers|customers|residents|homes|families|people)\s+(?:are|were|remain|remained|have been|had been|(?:are |were )?left)\s+"
                            r"without\s+(?:power|electricity|heating|heat|water|gas|light)\b"
                            # a log's terse forms: "60 households without gas", "400 subscribers on the edge of the town are
                            # without electricity", "the village has no light"
                            r"|\b(?:\d[\d,]*\s+)?(?:households|subscribers|consumers|customers|residents|homes|families|people|"
                            r"(?:the\s+)?(?:village|town|city|settlement|district|hromada|neighbou?rhood|street)s?)\b(?:\s+[^,;.:]{1,60}?)??\s+"
                            r"(?:(?:are|were|remain|remained|have been|had been|is|was)\s+)?(?:left\s+)?without\s+(?:power|electricity|heating|heat|water|gas|light)\b"
                            r"|\b(?:has|have|had)\s+no\s+(?:power|electricity|light|gas|water|heating)\b"
                            # "hot water was cut for 12,000 residents", "the power went out", "nine trains were delayed"
                            r"|\b(?:hot water|heating|water supply|water|gas supply|gas|power|electricity)\s+(?:supply\s+)?(?:(?:to|for|in)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,60}?\s+)?(?:was|were|has been|had been)\s+"
                            r"(?:cut|lost|interrupted|disrupted|knocked out|switched off)\b|\b(?:the\s+)?(?:power|electricity|lights)\s+went\s+out\b"
                            r"|\blost\s+(?:power|electricity)\b|\b(?:trains?|services)\s+(?:(?:to|from|on|between)\s+[^,;.:]{1,40}?\s+)?(?:were\s+|was\s+)?(?:delayed|cancell?ed|canceled|suspended)\b"
                            r"|\btraffic\s+(?:was\s+)?(?:halted|suspended|stopped)\b", re.I)
_NO_OUTAGE = re.compile(r"\b(?:no|not|without any|never)\s+(?:[\w-]+\s+){0,3}(?:outages?|blackouts?|power cuts?)\b|\bnot\s+(?:\w+\s+){0,2}left\s+without\b", re.I)
# the end of an outage told after it: "without heating until the evening of 5 February"
_UNTIL_DAY = re.compile(r"\b(?:until|till)\s+(?:the\s+(?:morning|afternoon|evening|night|end)\s+of\s+)?", re.I)
# "leaving people fearing a return to the blackouts", "raising the risk of outages": an outage feared, not caused
_FEARED_OUTAGE = re.compile(r"\b(?:fear(?:ing|s|ed|ful)?|worr(?:y|ied|ying)|afraid|brac(?:e|ed|ing)|expect(?:ing)?|dread(?:ing)?|"
                            r"anxious|return(?:ing)? to|repeat of|memor(?:y|ies) of|risk of|threat of|prospect of)\b", re.I)


# "missile attacks that have crippled the grid and cut off power to millions": the outage of a relative clause in
# the perfect is the history of other strikes, not the one this sentence tells
_BACKGROUND_CAUSE = re.compile(r"\b(?:that|which)\s+(?:have|has|had)\b|\b(?:at various points|repeatedly|time and again|throughout the war)\b", re.I)


def outage_frames(text: str, frames: list[Frame], offset: int = 0, places: tuple = ()) -> list[Frame]:
    """"Russian strikes knocked out power across much of Kharkiv": a sentence whose strike caused an
    outage tells two events, the strike and the outage (an infrastructure disruption at the strike's
    place, the same day, without the strike's weapons and casualties; at the place the outage's own words
    name when they name one: "... killing one in the capital and cutting power to homes in Bila Tserkva")."""
    if not frames or frames[0].event_type not in ("missile_artillery_strike", "air_drone_strike") or frames[0].is_aggregate:
        return []
    m = _CAUSED_OUTAGE.search(text)
    if m is None or offset + m.start() < frames[0].trigger_start or _NO_OUTAGE.search(text) or _FEARED_OUTAGE.search(m.group(0)):
        return []
    if _BACKGROUND_CAUSE.search(text, max(0, frames[0].trigger_start - offset)):
        return []
    base = frames[0]
    out = Frame(**{**base.__dict__, "claims": [c.model_copy() for c in base.claims], "weapons": [], "cas": Casualties()})
    out.event_type, out.is_wave, out.variant, out.target = "infrastructure_disruption", False, "", None
    out.trigger_start, out.trigger_end, out.type_explicit = offset + m.start(), offset + m.end(), True
    out.rules = ["trigger.infrastructure_disruption", "split.strike_and_outage"]
    own = next((p for p in places if p.role == "incident" and p.kind in ("settlement", "region") and p.start >= offset + m.start()
                and p.start - offset - m.end() <= 60 and not re.search(r"[,;:—–()]", text[m.end():max(m.end(), p.start - offset)])), None)
    if own is not None and base.location is not None and own.location.name != base.location.name:
        out.location = own.location
    if out.date and out.date_precision == "day" and (until := _UNTIL_DAY.search(text, m.end(), m.end() + 120)) is not None:
        # "the city was left without electricity for about 20 hours, until the morning of 12 November": the outage's span
        end = next((d.date for d in find_dates(text[until.end():until.end() + 30], out.date)
                    if d.kind == "absolute" and d.precision == "day" and d.date and out.date < d.date <= out.date + dt.timedelta(days=31)), None)
        if end is not None:
            out.date_end, out.date_precision = end, "range"
    return [out]


# the strike that caused an outage, told after it: "part of the town is without power after a drone hit a substation",
# "trains were delayed because of a missile attack on the line", "the village lost gas following shelling"
_CAUSE_STRIKE = re.compile(r"\b(?:after|when|as|because|following)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?P<w>drones?|UAVs?|Shaheds?|missiles?|rockets?|shells?|glide bombs?|KABs?)\s+(?:\w+\s+)?(?:hit|struck|damaged|destroyed|attacked|targeted)\b"
                           r"|\b(?:after|following|as a result of|due to|because of)\s+(?:an?\s+|the\s+)?(?:(?:overnight|night|massive|Russian|enemy)\s+)?"
                           r"(?P<n>drone|missile|air|artillery|rocket|UAV)\s+(?:strikes?|attacks?|hits?)\b"
                           r"|\b(?:after|following|as a result of|due to|because of)\s+(?:(?:the|enemy|Russian|overnight)\s+)?(?P<s>shelling)\b", re.I)
_AIRBORNE = re.compile(r"drone|uav|shahed|glide|kab|air", re.I)


def cause_frames(text: str, frames: list[Frame], offset: int = 0) -> list[Frame]:
    """"Part of Shostka is without power after a drone hit a substation overnight": an outage whose sentence then tells
    the strike that caused it is also that strike, at the outage's place, the same day, with the sentence's casualties
    (the converse of :func:`outage_frames`)."""
    if not frames or frames[0].event_type != "infrastructure_disruption" or frames[0].is_aggregate or frames[0].is_wave \
            or any(f.event_type in ("missile_artillery_strike", "air_drone_strike") for f in frames) \
            or not re.search(r"[.!?\"”]\W*$", text):  # (a headline's cause is the story's, told in its body)
        return []
    m = _CAUSE_STRIKE.search(text, max(0, frames[0].trigger_end - offset))
    if m is None and ";" in text[:max(0, frames[0].trigger_start - offset)]:
        m = _CAUSE_STRIKE.search(text)  # "power line cut after a drone attack; the village has no light": the cause told first
    if m is None or _BACKGROUND_CAUSE.search(text, m.start()):
        return []
    word = m.group("w") or m.group("n") or m.group("s")
    et = "air_drone_strike" if _AIRBORNE.match(word) else "missile_artillery_strike"
    return [_strike_told_with(frames[0], et, offset + m.start(), offset + m.end(), True, "split.outage_and_cause")]


def _strike_told_with(base: Frame, event_type: str, start: int, end: int, explicit: bool, rule: str) -> Frame:
    """The strike that ``base``'s sentence also tells (its trigger at ``start``-``end``): at ``base``'s place and day,
    with its weapons' kinds (no counts), taking the sentence's casualties from ``base``."""
    out = Frame(**{**base.__dict__, "claims": [c.model_copy() for c in base.claims], "cas": base.cas,
                   "weapons": [Weapon(category=w.category, model=w.model) for w in base.weapons]})
    out.event_type, out.is_wave, out.variant, out.target = event_type, False, "", None
    out.trigger_start, out.trigger_end, out.type_explicit = start, end, explicit
    out.rules = [f"trigger.{event_type}", rule]
    base.cas = Casualties()
    return out


def downed_frames(frames: list[Frame]) -> list[Frame]:
    """"Fourteen rockets were destroyed over the city, but fragments fell on two streets": a counted interception over
    a place whose debris then did damage is both events there: the damage (the frame, typed as a strike) and the
    interception, which takes the counts downed (the strike keeps the weapons' kinds)."""
    if len(frames) != 1:
        return []
    f = frames[0]
    if f.event_type not in ("missile_artillery_strike", "air_drone_strike") or f.is_wave or f.is_aggregate \
            or f.rules[:1] != ["trigger.interception"] or not any(w.intercepted and (w.intercepted.best or w.intercepted.low or 0) >= 2 for w in f.weapons):
        return []
    out = Frame(**{**f.__dict__, "claims": [c.model_copy() for c in f.claims], "cas": Casualties(),
                   "weapons": [w.model_copy() for w in f.weapons]})
    out.event_type, out.variant, out.target = "interception", "", None
    out.actor1, out.actor1_side, out.actor2, out.actor2_side = f.actor2, f.actor2_side, f.actor1, f.actor1_side
    out.rules = ["trigger.interception", "split.downed_and_debris"]
    f.weapons = [Weapon(category=w.category, model=w.model) for w in f.weapons]
    f.rules = f.rules + ["split.downed_and_debris"]
    return [out]


# a salvo told in two parts: what hit, then what was shot down of the same salvo ("two missiles hit the port, while air
# defences shot down two others"; "one drone struck a school and the rest were downed")
_HIT_BEFORE_TRIGGER = re.compile(r"\b(?:hit|struck|slammed into|crashed into|landed (?:on|in)|exploded (?:on|in|at|over))\b", re.I)
_REST_OF_SALVO = re.compile(r"\b(?:(?:\w+\s+)?others|the rest|the remaining(?:\s+\w+)?|another\s+\w+)\b", re.I)
_CLAUSE_JOIN = re.compile(r"(?:,\s*|\s+)(?:while|whereas|but|and)\s+|;\s*|,\s+", re.I)


def hit_frames(text: str, frames: list[Frame], offset: int = 0) -> list[Frame]:
    """"Two Russian missiles hit the port of Izmail, while air defences shot down two others": an interception whose
    sentence first tells what of the same salvo hit is also that strike, at the interception's place, the same day,
    with the sentence's casualties (the interception keeps none)."""
    if not frames or frames[0].event_type != "interception" or frames[0].is_aggregate or frames[0].is_wave \
            or any(f.event_type in ("missile_artillery_strike", "air_drone_strike") for f in frames):
        return []
    start = frames[0].trigger_start - offset
    hit = None
    for m in _HIT_BEFORE_TRIGGER.finditer(text, 0, max(0, start)):
        hit = m
    if hit is None or not _CLAUSE_JOIN.search(text, hit.end(), start) or not _REST_OF_SALVO.search(text, hit.end()):
        return []
    kinds = {w.category for w in frames[0].weapons}
    et = "air_drone_strike" if kinds and kinds <= {"drone", "aircraft", "guided_bomb"} else "missile_artillery_strike"
    return [_strike_told_with(frames[0], et, offset + hit.start(), offset + hit.end(), bool(kinds), "split.hit_and_interception")]


# a meeting told before the decision its guest announced, one subject doing both: "the prime minister held talks in
# Kyiv with the president and announced a further EUR 200 million", "met her counterpart in Lviv and pledged ..."
_PLACE_PREP = re.compile(r"\b(?:from|to|in|into|via|over|across)\s+(?:the\s+)?$", re.I)
_AND_THEN = re.compile(r"\band\s+(?:[\w-]+\s+){0,2}$", re.I)  # "... and announced", "and then pledged", "and later also said"


def contact_before_decision(text: str, offset: int, trig: list, base: Frame, actors: list, local_places: list) -> Optional[Frame]:
    """The contact of a sentence whose decision (``base``) its subject announced at the meeting it tells first: a
    diplomatic_contact at the meeting's place, between the subject and the other party; ``base`` then takes the
    subject as its decider (placed at the decider's country by the region pass). None when the sentence is not so."""
    contact = next((m for t, _s, m in trig if t == "diplomatic_contact" and m.start() < base.trigger_start - offset), None)
    if contact is None or not local_places or not re.search(r"\b(?:held talks|met\b|meeting with|talks with)", text[contact.start():base.trigger_start - offset], re.I):
        return None
    gap = text[contact.end():base.trigger_start - offset]
    if not _AND_THEN.search(gap):
        return None
    subject = next((a for a in reversed(actors) if a.start < contact.start() and a.kind in ("official", "government") and a.side
                    and not _PLACE_PREP.search(text, max(0, a.start - 12), a.start)), None)  # ("arriving by train from Poland, the PM")
    other = next((a for a in actors if contact.start() <= a.start < base.trigger_start - offset and a.side
                  and (subject is None or a.side != subject.side)), None)
    if subject is not None and subject.side in ("UA", "RU") and other is None:
        return None
    out = Frame(**{**base.__dict__, "claims": [c.model_copy() for c in base.claims], "weapons": [], "cas": Casualties()})
    out.event_type, out.is_wave, out.variant, out.target = "diplomatic_contact", False, "", None
    out.trigger_start, out.trigger_end, out.type_explicit = offset + contact.start(), offset + contact.end(), True
    out.rules = ["trigger.diplomatic_contact", "split.contact_and_decision"]
    out.location = local_places[0].location
    out.actor1, out.actor1_side = (subject.actor, subject.side) if subject is not None else (None, None)
    out.actor2, out.actor2_side = (other.actor, other.side) if other is not None else (None, None)
    if subject is not None:  # (a guest the sentence does not name by country: the decision keeps its own reading)
        base.actor1, base.actor1_side = subject.actor, subject.side
        base.actor2 = base.actor2_side = None
    return out
