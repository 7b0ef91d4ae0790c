"""From clean text to events: triage, frames, assembly.

One frame per event-bearing sentence (and per distinct place of it); frames about the same
incident merge; a nationwide strike wave becomes the parent of the incidents it caused; period
tallies become aggregates; planned, hypothetical, negated and historical mentions are dropped.
Every event carries the claims (who says so) with exact spans of the text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from sitrep import geo
from sitrep.extract import places as P
from sitrep.extract.actors import ActorMention, actor_for_side, civilians_of, find_actors, pick_actors, OPPOSITE
from sitrep.extract.casualties import OUTCOME, Casualties, extract_casualties
from sitrep.extract.classify import (
    CIVILIAN_TARGET, MILITARY_TARGET, NON_STATE, PRIORITY, STATE_FORCES, STRIKE,
    VIOLENT, CONFLICT, DATE_HINT, DISASTER, GENERIC_STRIKE_WORD, INTERCEPT_CTX,
    NOT_VIOLENCE, PROTEST_FORCE, PROTEST_INTERVENTION, SEIZURE, TALLY, TARGET_NOUN,
    WAVE_SCOPE, sentence_triggers, strike_type, target_of, generic_attack, variant,
)
from sitrep.extract.claims import certainty_of, claimant_in, side_of, split_name_role
from sitrep.extract.factuality import factuality_of
from sitrep.extract.lexicon import acled_types
from sitrep.extract.rules import RuleContext, judge_trigger, retype
from sitrep.extract.weapons import extract_weapons
from sitrep.model import Claim, Event, Location, Weapon
from sitrep.nlp.dates import DateMention, find_dates
from sitrep.nlp.sentences import Sentence, inside, quote_spans, split_sentences


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
    cas: Casualties = field(default_factory=Casualties)
    weapons: list[Weapon] = field(default_factory=list)
    target: Optional[str] = None
    civilian_targeting: Optional[bool] = None
    claims: list[Claim] = field(default_factory=list)
    parent: Optional["Frame"] = None
    merged: bool = False
    order: int = 0
    rules: list[str] = field(default_factory=list)


class DocumentExtractor:
    """Extraction for one document. Create one per document; call :meth:`run`."""

    def __init__(self, doc_id: str, text: str, ref_date: Optional[dt.date], *, outlet: Optional[str] = None):
        self.doc_id = doc_id
        self.text = text
        self.ref = ref_date
        self.outlet = outlet
        self.quotes = quote_spans(text)
        self.sentences = split_sentences(text)
        self.places = P.find_places(text) if text.strip() else []
        self.frames: list[Frame] = []
        self.sentence_index = {id(s): i for i, s in enumerate(self.sentences)}
        self.speakers = None  # quotation -> speaker, computed on first need
        self._is_conflict: Optional[bool] = None

    # ------------------------------------------------------------------ frames
    def run(self) -> list[Event]:
        running_date: Optional[dt.date] = None
        running_prec = "unknown"
        last_frame: Optional[Frame] = None
        for idx, s in enumerate(self.sentences):
            dates = find_dates(s.text, self.ref) if DATE_HINT.search(s.text) else []
            day_dates = [d for d in dates if d.date and d.kind in ("absolute", "relative") and d.precision == "day"]
            abs_dates = [d for d in day_dates if d.kind == "absolute"]
            if abs_dates and (re.match(r"\s*(?:On|Around|Between|During|In the (?:morning|night|evening) of)\b", s.text) or len(self.sentences) <= 4):
                running_date, running_prec = abs_dates[0].date, "day"
            trig = sentence_triggers(s, bool(day_dates))
            cas = extract_casualties(s.text) if OUTCOME.search(s.text) else Casualties()
            has_cas = cas.fatalities is not None or cas.injured is not None
            frames = self._frames_for_sentence(s, trig, cas, dates, running_date, running_prec, last_frame) if (trig or has_cas) else []
            if not frames and last_frame is not None and last_frame.location is None and last_frame.fallback_location is None \
                    and idx > 0 and self.sentences[idx - 1] is last_frame.sent and last_frame.sent.paragraph == s.paragraph:
                # "… held a protest 'Bring them home! Now!' in Korosten": the place
                # of an event can trail into the next sentence
                here = [p for p in self._sentence_places(s) if p.role == "incident" and p.kind in ("settlement", "region")]
                if here:
                    last_frame.fallback_location = min(here, key=lambda p: (p.location.precision, p.start)).location
            for f in frames:
                f.order = len(self.frames)
                self.frames.append(f)
            if frames:
                last_frame = frames[-1]
        return self._assemble()

    def _sentence_places(self, s: Sentence) -> list[P.Place]:
        return [p for p in self.places if s.start <= p.start < s.end]

    def _frames_for_sentence(self, s, trig, cas: Casualties, dates: list[DateMention], running_date, running_prec, last_frame) -> list[Frame]:
        text = s.text
        dateline_end = text.find(" — ") if text.find(" — ") < 60 else -1
        day_dates = [d for d in dates if d.date and d.precision == "day" and d.start > dateline_end]
        types = {t for t, _, _ in trig}
        weapons = extract_weapons(text)
        places = self._sentence_places(s)
        actors = find_actors(text)
        actor_spans = [(a.start, a.end) for a in actors]
        group_spans = [(a.start, a.end) for a in actors if a.kind == "armed_group"]
        incident_places = [p for p in places if p.role == "incident" and p.kind in ("settlement", "region", "area", "country")
                           and not (p.kind == "country" and any(a <= p.start - s.start < b for a, b in actor_spans))]
        in_group = [p for p in incident_places if any(a <= p.start - s.start < b for a, b in group_spans)]
        if in_group and any(p not in in_group and p.kind != "country" for p in incident_places):
            # "positions of the Donetsk People's Militia near Vodiane, Donetsk": the force is not the place
            incident_places = [p for p in incident_places if p not in in_group]
        role_places = [p for p in places if p.role == "speaker_role" and p.kind in ("settlement", "region")]
        if not [p for p in incident_places if p.kind != "country"]:
            # "drones flying towards Moscow" with no other place: near the destination
            for p in places:
                if p.role == "destination" and p.kind in ("settlement", "region"):
                    loc = p.location.model_copy(update={"precision": max(2, p.location.precision)})
                    incident_places.append(P.Place(p.start, p.end, p.text, p.kind, loc, "incident"))
        has_cas = cas.fatalities is not None or cas.injured is not None

        # anchors: what makes a weak trigger an event (a place below country level, a casualty
        # count, a counted weapon); "Last night's attack" alone is not an event
        local_places = [p for p in incident_places if p.kind != "country"]
        counted = any(w.launched or w.intercepted for w in weapons)
        armed = bool(actors or NON_STATE.search(text) or STATE_FORCES.search(text))
        targeted = bool(TARGET_NOUN.search(text) or MILITARY_TARGET.search(text))
        targeted = targeted or bool(CIVILIAN_TARGET.search(text))
        anchored = bool(local_places or has_cas or counted or (armed and targeted) or (weapons and (armed or targeted)))

        chosen: Optional[str] = None
        trig_pos = (0, 0)
        strength = "weak"
        unanchored_strike = None
        fired: list[str] = []
        firsts: dict[str, int] = {}
        for t, _s, m in trig:
            firsts.setdefault(t, m.start())
        for et, st, m in sorted(trig, key=lambda x: PRIORITY[x[0]]):
            ctx = RuleContext(text, et, st, m.start(), m.end(), types, firsts, weapons, actors, armed, anchored, has_cas,
                              factuality=lambda m=m, et=et: factuality_of(text, m.start(), m.end(), et),
                              ref_year=self.ref.year if self.ref else None, day_dated=bool(day_dates))
            verdict = judge_trigger(ctx)
            if not verdict.keep:
                if verdict.skipped_by == "veto.weak_unanchored" and verdict.event_type in STRIKE and unanchored_strike is None:
                    unanchored_strike = (verdict.event_type, (m.start(), m.end()))
                continue
            chosen, trig_pos, strength = verdict.event_type, (m.start(), m.end()), st
            fired = [f"trigger.{chosen}"] + verdict.fired
            break
        if chosen is None and not has_cas and re.search(r"\b(?:killed|shot dead|murdered)\b", text) and (actors or NON_STATE.search(text)) and not DISASTER.search(text):
            # "Ukrainian forces killed a battalion commander and 12 of his men near Siversk"
            victims = text[re.search(r"\b(?:killed|shot dead|murdered)\b", text).end():][:120]
            chosen = "armed_clash" if MILITARY_TARGET.search(victims) or re.search(r"\b(?:colonel|commander|officer|general|major|captain|battalion|brigade|fighters)\b", victims, re.I) else "attack_on_civilians"
            strength = "strong"
            fired = ["fallback.killing_by_armed_actor"]
        if chosen is None and has_cas and (TALLY.search(text) or max((c.best or c.low or 0) for c in (cas.fatalities, cas.injured) if c) >= 10000):
            return []  # "total Russian casualties at 1.2 million": a running tally, not an incident
        if chosen is None and has_cas and not DISASTER.search(text) and (CONFLICT.search(text) or self._conflict_document()
                                                                          or any(a.kind in ("military", "armed_group") for a in actors)):
            chosen = "__casualty__"
            fired = ["fallback.casualties_in_conflict"]
            if NON_STATE.search(text) and re.search(r"\b(?:army|troops|soldiers|security forces|government forces)\b", text, re.I) and not weapons:
                chosen, strength = "armed_clash", "strong"
                fired.append("fallback.casualties_between_forces")
        if chosen is None:
            if unanchored_strike and actors:
                return [self._unanchored(s, unanchored_strike[0], unanchored_strike[1], actors)]
            return []
        ctx = RuleContext(text, chosen, strength, trig_pos[0], trig_pos[1], types, firsts, weapons, actors, armed, anchored, has_cas)
        rest = [t for t, _s, _m in sorted(trig, key=lambda x: PRIORITY[x[0]])]
        chosen, retyped = retype(ctx, rest, lambda default: generic_attack(text, trig_pos, default))
        fired += retyped
        if chosen is None:
            return []

        # date ("since Russian troops crossed the border in May 2024" dates the background, not the event)
        dates = [d for d in dates if not re.search(r"\bsince\b[^,;]*$", text[:d.start], re.I)]
        period = next((d for d in dates if d.kind == "period" and d.date), None)
        day = next((d for d in dates if d.date and d.precision == "day"), None)
        frames: list[Frame] = []
        base = Frame(sent=s, event_type=chosen, trigger_start=s.start + trig_pos[0], trigger_end=s.start + trig_pos[1], cas=cas, weapons=weapons, anchored=anchored or strength == "strong", strength=strength, rules=fired)
        if period is not None and (day is None or period.start < day.start or chosen in STRIKE):
            base.date, base.date_end, base.date_precision, base.is_aggregate = period.date, period.date_end, period.precision, True
        elif day is not None:
            base.date, base.date_precision, base.date_explicit = day.date, "day", day.kind == "absolute" or not re.match(r"(?i)(?:overnight|today|this morning|tonight)", day.text)
        elif running_date is not None:
            base.date, base.date_precision = running_date, running_prec
        elif self.ref is not None:
            base.date, base.date_precision = self.ref, "day"

        # type detail
        if chosen in STRIKE or chosen == "__casualty__":
            et, explicit = strike_type(weapons, types, None)
            base.event_type, base.type_explicit = et, explicit and chosen != "__casualty__" or explicit
            if chosen == "__casualty__":
                base.type_explicit = bool({w.category for w in weapons} - {"mixed"}) or "air_drone_strike" in types
        if chosen == "interception" and re.search(r"\b(?:debris|fragments|wreckage|falling (?:parts|remains)|crash of|crashed (?:onto|into|on))\b", text, re.I) and (has_cas or re.search(r"\bdamag\w*|\bhit\b|\bfell\b|\bstarted a fire|\bfire\b", text, re.I)):
            # "debris from a downed drone damaged a warehouse": the damage is the event
            chosen = "air_drone_strike" if re.search(r"\bdrones?\b|\bUAVs?\b|\bShahed", text, re.I) else "missile_artillery_strike"
            base.event_type = chosen
        if chosen == "interception":
            for w in weapons:
                if w.launched and not w.intercepted and re.search(r"\bshot down|\bintercept|\bdowned|\bdestroyed", text, re.I) and not re.search(r"\blaunch|\bfired|\bunleashed", text, re.I):
                    w.intercepted, w.launched = w.launched, None
        base.variant = variant(base.event_type, text, actors)
        base.target = target_of(text)

        # actors
        excl = [(p.start - s.start, p.end - s.start) for p in places if p.role == "dateline"]
        a1, a2 = pick_actors(text, trig_pos[0], trig_pos[1], actors, excl)
        if base.event_type == "interception" and a1 is not None and a1.start >= trig_pos[1]:
            a1, a2 = a2 if a2 is not None and a2.start < trig_pos[0] else None, a1  # "shot down Russian missiles": the weapons' owner is the target
        if a1:
            base.actor1, base.actor1_side = a1.actor, a1.side
            base.actor1_weak = bool(re.fullmatch(r"(?:Ukraine|Ukrainians|Kyiv|Kiev|Zelensky[iy]?|Russia|Russians|Moscow|Kremlin|Putin)(?:['’]s)?", a1.text, re.I))
        if a2:
            base.actor2, base.actor2_side = a2.actor, a2.side

        # wave: national totals of launched weapons
        launched_total = sum((w.launched.best or w.launched.low or 0) for w in weapons if w.launched)
        local = [p for p in incident_places if p.kind != "country"]
        national = not local or bool(WAVE_SCOPE.search(text) and len({p.location.admin1_code for p in local}) > 2)
        if base.event_type in STRIKE and launched_total >= 5 and (national or WAVE_SCOPE.search(text)):
            base.is_wave = not base.is_aggregate
            incident_places = [p for p in incident_places if p.kind == "country"]
        if base.event_type == "interception" and not local and not base.is_aggregate:
            incident_places = [p for p in incident_places if p.kind == "country"]

        # claims
        claim = self._claim(s, text)
        base.claims.append(claim)

        # one sentence, two events: "Russia launched 45 drones; air defence shot down 38"
        intercepted_any = any(w.intercepted for w in weapons)
        launch_verb = re.search(r"\b(?:launch\w*|fired|unleashed|attacked (?:\w+ )?with|sent)\b", text, re.I)
        if base.is_wave and intercepted_any or (base.event_type == "interception" and launched_total >= 5 and launch_verb and not local and not base.is_aggregate):
            wave = Frame(**{**base.__dict__, "claims": [claim], "weapons": [], "cas": base.cas})
            launch = re.search(r"\b(?:launch\w*|fired|unleashed|attacked|struck)\b", text, re.I)
            if launch is not None:
                la1, la2 = pick_actors(text, launch.start(), launch.end(), actors, excl)
                wave.actor1, wave.actor1_side = (la1.actor, la1.side) if la1 else (None, None)
                wave.actor2, wave.actor2_side = (la2.actor, la2.side) if la2 else (None, None)
            wave.event_type, wave.type_explicit = strike_type(weapons, types - {"interception"}, None)
            wave.is_wave = True
            wave.weapons = [Weapon(category=w.category, model=w.model, launched=w.launched) for w in weapons if w.launched]
            inter = Frame(**{**base.__dict__, "claims": [claim.model_copy()], "weapons": [], "cas": Casualties()})
            inter.event_type, inter.is_wave, inter.variant = "interception", False, ""
            inter.weapons = [Weapon(category=w.category, model=w.model, intercepted=w.intercepted) for w in weapons if w.intercepted]
            attacker = wave.actor1_side
            defender = OPPOSITE.get(attacker) if attacker else None
            inter.actor1, inter.actor1_side = actor_for_side(defender), defender
            inter.actor2, inter.actor2_side = (actor_for_side(attacker), attacker) if attacker else (None, None)
            countries = [p for p in incident_places if p.kind == "country"]
            loc = countries[0].location if countries else None
            wave.location = inter.location = loc
            return [wave, inter]

        # decisions, deployments and contacts happen where the deciding actor is
        if base.event_type in ("policy_decision", "military_mobilization", "diplomatic_contact") and base.actor1_side and len(base.actor1_side) == 2 and not local_places:
            base.location = P.country_location(base.actor1_side)
            frames.append(base)
            return frames

        if base.event_type == "interception" and not [p for p in incident_places if p.kind != "country"]:
            # "shot down … missiles fired from ships in Odesa region": where they came down
            incident_places += [p for p in places if p.role == "origin" and p.kind in ("settlement", "region") and p.location.country_code == "UA"]
        if any(p.kind == "area" for p in incident_places) and any(p.kind in ("settlement", "region") for p in incident_places):
            incident_places = [p for p in incident_places if p.kind != "area"]  # "from the Black Sea on Odesa region"
        # "(coded to Kyiv)": the text names the place the event is coded to
        coded = [p for p in incident_places if re.search(r"\(coded to\s+(?:the\s+)?$", text[max(0, p.start - s.start - 20):p.start - s.start])]
        if coded:
            incident_places = coded[:1]

        # places -> one frame per distinct admin1 (or a single frame)
        if incident_places:
            groups: dict[str, list[P.Place]] = {}
            settlements = {p.location.name for p in incident_places if p.location.precision <= 2}
            for p in incident_places:
                key = p.location.admin1_code or p.location.country_code or p.text
                if p.location.precision <= 2 and len(settlements) > 1:
                    key = f"{key}/{p.location.name}"  # each village hit is its own incident
                groups.setdefault(key, []).append(p)
            # a region that only qualifies its settlements ("Vovchansk in Kharkiv oblast") is not a place of its own
            for key in [k for k in groups if "/" not in k]:
                if any(k2.startswith(key + "/") for k2 in groups):
                    del groups[key]
            # a region that only qualifies a settlement ("Sloviansk in the Donetsk region") joins it
            ranked = []
            for key, ps in groups.items():
                best = min(ps, key=lambda p: (p.location.precision, p.start))
                ranked.append(best)
            ranked.sort(key=lambda p: p.start)
            splittable = base.event_type in STRIKE | {"interception", "infrastructure_disruption"} and not base.is_wave and not (base.is_aggregate and base.date_precision != "range")
            if not splittable or len(ranked) == 1:
                best = min(ranked, key=lambda p: (p.location.precision, p.start))
                if best.kind == "country" and base.event_type in STRIKE and base.actor1_side:
                    best = next((p for p in ranked if p.kind == "country" and p.location.country_code != base.actor1_side), best)
                if base.is_aggregate or base.is_wave:
                    best = min(ranked, key=lambda p: (-p.location.precision, p.start))
                base.location = best.location
                frames.append(base)
            else:
                # only settlement/region places split; countries are context
                ranked = [p for p in ranked if p.kind != "country"] or ranked
                # "one woman was killed in Bilozerka and three people were injured in Kherson":
                # each place takes the counts written up to it; else the first place takes them all
                per_place, prev_end = [], 0
                for p in ranked:
                    seg = text[prev_end:p.end - s.start]
                    per_place.append(extract_casualties(seg) if OUTCOME.search(seg) else Casualties())
                    prev_end = p.end - s.start
                spread = sum(1 for c in per_place if c.fatalities is not None or c.injured is not None) > 1
                for i, p in enumerate(ranked):
                    f = base if i == 0 else Frame(**{**base.__dict__, "claims": list(base.claims), "weapons": [w.model_copy() for w in base.weapons]})
                    f.location = p.location
                    if spread:
                        f.cas = per_place[i]
                    elif i > 0:
                        f.cas = Casualties()
                    frames.append(f)
        else:
            if role_places:
                base.fallback_location = min(role_places, key=lambda p: p.location.precision).location
            elif base.event_type in VIOLENT | {"interception"} and re.search(r"\bthe (?:village|region|oblast|town|city|district|settlement|area)\b|\bvillage of [A-Z]", text):
                prior = [p for p in self.places if p.start < s.start and p.role in ("incident", "speaker_role")
                         and p.kind in ("region", "settlement") and p.location.admin1_code]
                if prior:
                    reg = geo.region_location(prior[-1].location.admin1_code)
                    if reg is not None:
                        base.fallback_location = reg  # "the region came under fire": the region named before
            frames.append(base)
        return frames

    def _conflict_document(self) -> bool:
        """Whether the document is about armed conflict at all (casualty counts in a flood
        report are not war casualties)."""
        if self._is_conflict is None:
            self._is_conflict = len(CONFLICT.findall(self.text)) >= 2 and not DISASTER.search(self.text[:400])
        return self._is_conflict

    def _unanchored(self, s: Sentence, chosen: str, trig_pos, actors: list[ActorMention]) -> Frame:
        """A strike mention with nothing to place or count it ("Russian officials claimed they
        had hit all targets"): kept only as a claim on a wave of the same day, never an event."""
        f = Frame(sent=s, event_type=chosen, trigger_start=s.start + trig_pos[0], trigger_end=s.start + trig_pos[1], anchored=False)
        f.claims.append(self._claim(s, s.text))
        f.date = self.ref
        return f

    def _claim(self, s: Sentence, text: str) -> Claim:
        q = inside(self.quotes, s.start) or inside(self.quotes, s.end - 2)
        claimant = claimant_in(text)
        if claimant is None and q is not None:
            claimant = self._quote_speaker(q)
        name, role = split_name_role(claimant) if claimant else (None, None)
        side = side_of(claimant or "", P.region_side) if claimant else None
        if side is None and role:
            side = side_of(role, P.region_side)
        if name is None and self.outlet:
            name = self.outlet
        return Claim(claimant=name, claimant_role=role, claimant_side=side, certainty=certainty_of(text),
                     quote=self.text[s.start:s.end], start=s.start, end=s.end, doc_id=self.doc_id)

    def _quote_speaker(self, q: tuple[int, int]) -> Optional[str]:
        if self.speakers is None:
            from sitrep.extract.statements import quote_speakers
            self.speakers = quote_speakers(self.text, self.sentences)
        sp = self.speakers.get(q)
        if sp is None:
            return None
        return f"{sp.name}, {sp.role}" if sp.role else sp.name

    # ------------------------------------------------------------------ assembly
    def _assemble(self) -> list[Event]:
        frames = self.frames
        waves = [f for f in frames if f.is_wave]
        wave_type = waves[0].event_type if waves else None
        # untyped strikes ("casualties were confirmed", "an attack hit") take the wave's type
        for f in frames:
            if f.event_type in STRIKE and not f.type_explicit and wave_type:
                f.event_type = wave_type
        # unanchored strike claims attach to a wave of the same day as its (counter-)claims
        for f in frames:
            if not f.anchored and f.event_type in STRIKE and not f.is_wave:
                w = self._wave_for(f, waves)
                if w is not None and f.claims:
                    c = f.claims[0]
                    if c.claimant_side and w.claims and c.claimant_side != w.claims[0].claimant_side:
                        c.certainty = "disputed" if c.certainty == "reported" else c.certainty
                    w.claims.append(c)
                f.merged = True
        live = [f for f in frames if not f.merged]
        # vague national mentions ("Ukraine's forces have been ceding ground", "Russian attacks on
        # the grid"): a strike or clash at country level with no count, casualty or date of its own
        # is background, unless it is the wave the report is about
        placed = any(g.location is not None and g.location.precision <= 3 for g in live)
        for f in live:
            if placed and f.event_type in STRIKE | {"armed_clash"} and not f.is_wave and not f.is_aggregate and f.strength == "weak" \
                    and (f.location is None or f.location.precision == 4) and f.fallback_location is None \
                    and not any(w.launched or w.intercepted for w in f.weapons) \
                    and f.cas.fatalities is None and f.cas.injured is None and not f.date_explicit:
                w = self._wave_for(f, waves)
                if w is not None and w is not f:
                    self._merge_into(w, f)
                else:
                    f.merged = True
        live = [f for f in live if not f.merged]
        # "Protesters gathered in Lviv … Police intervened, detaining 12": one protest
        index = self.sentence_index
        for f in live:
            if f.event_type != "protest" or f.merged:
                continue
            here = index[id(f.sent)]
            for s2 in self.sentences[here + 1:here + 3]:
                if PROTEST_FORCE.search(s2.text) and re.search(r"\b(?:police|security forces|troops|soldiers)\b", s2.text, re.I):
                    f.variant = "excessive_force"
                elif PROTEST_INTERVENTION.search(s2.text) and f.variant == "peaceful":
                    f.variant = "intervention"
            for g in live:
                if g is not f and not g.merged and g.event_type == "arrest" and 0 < index[id(g.sent)] - here <= 2 \
                        and g.date == f.date and (g.location is None or (f.location is not None and g.location.admin1_code == f.location.admin1_code)):
                    self._merge_into(f, g)
        live = [f for f in live if not f.merged]
        # locations for frames without one
        for f in live:
            if f.location is None:
                f.location = self._default_location(f)
        # casualty-only frames without a place add their counts to the event they follow
        for i, f in enumerate(live):
            if f.merged:
                continue
            if not f.type_explicit and f.event_type in STRIKE and f.location is not None and f.location.precision == 4 and not f.is_wave:
                w = self._wave_for(f, waves)
                prev = next((g for g in reversed(live[:i]) if not g.merged and g.event_type in VIOLENT), None)
                if prev is not None:  # of a sentence split over several places, the first one takes the counts
                    prev = next(g for g in live[:i] if not g.merged and g.sent is prev.sent and g.event_type in VIOLENT)
                host = w or prev
                if host is not None and host is not f:
                    self._merge_into(host, f)
        live = [f for f in live if not f.merged]
        # "The missiles … hit a printing business": an unplaced strike right after a placed one
        # continues that incident (and so do counter-claims about it)
        index = self.sentence_index
        for i, f in enumerate(live):
            if f.merged or f.is_wave or f.is_aggregate or f.event_type not in STRIKE or f.location is None or f.location.precision < 4:
                continue
            if any(w.launched for w in f.weapons):
                continue
            if any(g is not f and not g.merged and g.event_type in STRIKE and g.location is not None and g.location.precision == 4
                   and g.date == f.date for g in live):
                continue  # a national account of the day exists: it takes this mention
            prev = next((g for g in reversed(live[:i]) if not g.merged and g.event_type in STRIKE and not g.is_wave
                         and g.location is not None and g.location.precision <= 3 and g.date == f.date), None)
            if prev is not None and index[id(f.sent)] - index[id(prev.sent)] <= 3:
                self._merge_into(prev, f)
        live = [f for f in live if not f.merged]
        # frames about the same incident merge: same type family, same place key, same day
        for i, f in enumerate(live):
            if f.merged:
                continue
            for g in live[i + 1:]:
                if g.merged or g.is_aggregate != f.is_aggregate or (g.is_wave and f.is_wave is False and f.location and f.location.precision < 4):
                    continue
                if self._same_incident(f, g):
                    self._merge_into(f, g)
        live = [f for f in live if not f.merged]
        # parents: the incidents of a wave
        for f in live:
            if f.is_wave or f.is_aggregate:
                continue
            if f.event_type in STRIKE | {"interception"}:
                w = self._wave_for(f, [x for x in live if x.is_wave])
                if w is not None and w is not f and f.location and (f.location.precision < 4 or f.event_type == "interception"):
                    f.parent = w
        return self._to_events(live)

    def _wave_for(self, f: Frame, waves: list[Frame]) -> Optional[Frame]:
        for w in waves:
            if w.merged or w is f:
                continue
            if w.date and f.date and abs((w.date - f.date).days) > 1:
                continue
            return w
        return None

    def _same_incident(self, f: Frame, g: Frame) -> bool:
        fam = lambda t: "strike" if t in STRIKE else t
        if fam(f.event_type) != fam(g.event_type):
            return False
        if f.date and g.date and f.date != g.date:
            # a headline dated only by the report ("Police detain protesters in Lviv") and the body's
            # "on Tuesday" are one incident
            headline = (f.sent.paragraph == 0 and not f.date_explicit) or (g.sent.paragraph == 0 and not g.date_explicit)
            window = 7 if headline else 1  # a headline in the present tense tells the body's incident of days ago
            if f.date_explicit == g.date_explicit or abs((f.date - g.date).days) > window:
                return False
        if f.date_end != g.date_end:
            return False
        lf, lg = f.location, g.location
        if lf is None or lg is None:
            return False
        if lf.country_code != lg.country_code:
            return False
        if f.is_wave or g.is_wave:
            # a wave absorbs only other national mentions of itself
            return lf.precision == 4 and lg.precision == 4
        if lf.precision == 4 or lg.precision == 4:
            return lf.precision == 4 and lg.precision == 4
        if lf.admin1_code and lf.admin1_code == lg.admin1_code:
            if lf.precision <= 2 and lg.precision <= 2 and lf.name and lg.name and lf.name != lg.name:
                return False  # two places in one region are two incidents
            return True
        return False

    def _merge_into(self, host: Frame, other: Frame, why: str = "assemble.same_incident") -> None:
        other.merged = True
        host.rules = host.rules + [r for r in other.rules + [why] if r not in host.rules]
        if other.is_wave and not host.is_wave:
            host.is_wave = True
        if other.type_explicit and not host.type_explicit:
            host.event_type, host.type_explicit = other.event_type, True
        if host.location is None or (other.location is not None and other.location.precision < host.location.precision):
            host.location = other.location
        for attr in ("fatalities", "injured", "missing"):
            a, b = getattr(host.cas, attr), getattr(other.cas, attr)
            if a is None or (b is not None and (b.best or 0) > (a.best or 0)):
                setattr(host.cas, attr, b)
        host.cas.civilian = host.cas.civilian or other.cas.civilian
        for w in other.weapons:
            same = next((x for x in host.weapons if x.category == w.category and (x.model == w.model or not x.model or not w.model)), None)
            if same is None:
                host.weapons.append(w)
            else:
                same.launched = same.launched or w.launched
                same.intercepted = same.intercepted or w.intercepted
                same.model = same.model or w.model
        if other.date_explicit and not host.date_explicit and other.date:
            host.date, host.date_precision, host.date_explicit = other.date, other.date_precision, True
        for attr in ("actor1", "actor1_side", "actor2", "actor2_side", "target", "date"):
            if getattr(host, attr) is None and getattr(other, attr) is not None:
                setattr(host, attr, getattr(other, attr))
        host.claims.extend(c for c in other.claims if all(c.start != x.start for x in host.claims))

    def _default_location(self, f: Frame) -> Optional[Location]:
        if f.fallback_location is not None:
            return f.fallback_location
        if f.event_type in STRIKE | {"interception"} and not (f.actor1_side in OPPOSITE):
            # a strike or interception with nothing to place it: where the day's wave hit
            for w in self.frames:
                if w.is_wave and not w.merged and w is not f and w.location is not None and (not w.date or not f.date or abs((w.date - f.date).days) <= 1):
                    return w.location
        if f.event_type in ("policy_decision", "military_mobilization", "diplomatic_contact", "armed_group_change") and f.actor1_side and len(f.actor1_side) == 2:
            return P.country_location(f.actor1_side)
        side = None
        if f.event_type in STRIKE and f.actor1_side in OPPOSITE:
            side = OPPOSITE[f.actor1_side]
        elif f.event_type == "interception" and f.actor1_side:
            side = f.actor1_side
        elif f.event_type == "infrastructure_disruption":
            side = "UA"
        if side is None:
            # the country the document is about: the most mentioned country of its places
            counts: dict[str, int] = {}
            for p in self.places:
                if p.location.country_code and p.role in ("incident", "metonymy"):
                    counts[p.location.country_code] = counts.get(p.location.country_code, 0) + 1
            side = max(counts, key=counts.get) if counts else None
        return P.country_location(side) if side else None

    # ------------------------------------------------------------------ records
    def _to_events(self, frames: list[Frame]) -> list[Event]:
        frames.sort(key=lambda f: (f.sent.start, f.order))
        ids = {id(f): f"{self.doc_id}-{i + 1}" for i, f in enumerate(frames)}
        out = []
        for f in frames:
            et = f.event_type
            loc = f.location
            country = loc.country_code if loc else None
            # sides: perpetrator from attribution, else from the place (remote strikes hit the other side)
            a1, a1s, a2, a2s = f.actor1, f.actor1_side, f.actor2, f.actor2_side
            if et in STRIKE | {"armed_clash", "remote_explosive", "attack_on_civilians", "abduction", "sexual_violence"}:
                if et in STRIKE and f.actor1_weak and a1s == country and country in OPPOSITE:
                    a1s, a1, a2s, a2 = None, None, None, None  # "officials in Kyiv said": not the attacker
                if a1s is None and country in OPPOSITE and et in STRIKE:
                    a1s = OPPOSITE[country]
                    a1 = actor_for_side(a1s)
                if a1s == country and et in STRIKE and a2s is None and country in OPPOSITE and not re.search(r"\bpositions?\b", f.sent.text):
                    # "Russia claimed ... in its Belgorod region": the claimant's country is the target
                    if not f.actor1 or f.actor1 in ("Military Forces of Russia", "Military Forces of Ukraine") and f.claims and f.claims[0].claimant_side == country:
                        a1s, a1 = OPPOSITE[country], actor_for_side(OPPOSITE[country])
                if a2s is None and a1s in OPPOSITE:
                    a2s = OPPOSITE[a1s]
                civ = f.cas.civilian or (f.target in ("residential", "medical", "education", "energy", "railway", "civilian_infrastructure"))
                if civ and not f.cas.military:
                    a2 = civilians_of(a2s or country)
                elif a2s and not a2:
                    a2 = actor_for_side(a2s)
            elif et == "interception":
                if a1s is None or a1s not in ("UA", "RU") and country in OPPOSITE:
                    a1s = country if country in OPPOSITE else a1s
                    a1 = actor_for_side(a1s)
                if a2s is None and a1s in OPPOSITE:
                    a2s, a2 = OPPOSITE[a1s], actor_for_side(OPPOSITE[a1s])
            elif et == "infrastructure_disruption":
                if a1s is None and re.search(r"\b(?:Ukrenergo|government|grid operator|restrictions)\b", f.sent.text, re.I) and country:
                    a1s = country
                    a1 = a1 or "Government of Ukraine" if country == "UA" else a1
            civ_target = None
            if et in STRIKE | {"attack_on_civilians", "abduction", "sexual_violence"}:
                civ_target = bool(f.cas.civilian and not f.cas.military) or f.target in ("residential", "medical", "education", "energy") or et != "missile_artillery_strike" and et not in STRIKE
            for c in f.claims:
                # a governor, mayor or regional authority speaks for the country of the place it runs
                if c.claimant_side is None and country and re.search(r"\b(?:governor|mayor|regional|local|city|oblast|military administration|head of)\b", f"{c.claimant or ''} {c.claimant_role or ''}", re.I):
                    c.claimant_side = country
            variant = f.variant
            acled_et, acled_sub = acled_types(et, variant)
            out.append(Event(
                doc_id=self.doc_id, event_id=ids[id(f)], parent_id=ids.get(id(f.parent)) if f.parent else None,
                event_type=et, acled_event_type=acled_et, acled_sub_event_type=acled_sub,
                date=f.date.isoformat() if f.date else None,
                date_end=f.date_end.isoformat() if f.date_end else None,
                date_precision=f.date_precision if f.date else "unknown",
                is_aggregate=f.is_aggregate,
                actor1=a1, actor1_side=a1s, actor2=a2, actor2_side=a2s,
                location=loc, fatalities=f.cas.fatalities, injured=f.cas.injured, missing=f.cas.missing,
                civilian_targeting=civ_target, target=f.target, weapons=f.weapons, claims=f.claims, rules=f.rules,
            ))
        return out


def extract_events(doc_id: str, text: str, ref_date: Optional[dt.date], *, outlet: Optional[str] = None) -> list[Event]:
    """Events of one cleaned document (a pure function of its inputs)."""
    if not text.strip():
        return []
    return DocumentExtractor(doc_id, text, ref_date, outlet=outlet).run()
