"""Assembly of one document's frames into events: frames about the same incident merge, a
nationwide wave becomes the parent of the incidents it caused, untyped and unplaced mentions join
the event they belong to, and frames become :class:`sitrep.model.Event` records with their sides,
claims and the rules that made them (:class:`Assembler`, mixed into the document extractor; the
records themselves are made in :mod:`sitrep.extract.event_records`).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from sitrep.extract import places as P
from sitrep.extract.frames import (Frame, _district_of, _districts_of_one_city, _incident_candidates, _is_headline, _report_dated_headline,
                                   _other_districts, _same_downed, _uncounted_headline_downing, _same_toll, _same_town_taken, _totals, told_apart,
                                   _far_apart, not_history)
from sitrep.extract.sections import other_log_entry
from sitrep import geo
from sitrep.geo.distance import haversine_km
from sitrep.extract.actors import actor_for_side, OPPOSITE
from sitrep.extract.classify import AIR_WEAPONS, MISSILE_WEAPONS, PROTEST_FORCE, PROTEST_INTERVENTION, STRIKE, VIOLENT, WAVE_SCOPE, blast_family, family, strike_type
from sitrep.extract.event_records import EventRecordsMixin
from sitrep.model import Event, Location
from sitrep.nlp.dates import MONTH_ALT, WEEKDAY_ALT  # the one home of the month and weekday names


# a definite noun that points back at the place of an incident already named
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:(?:same|latest|violent|peaceful|deadly|recent|initial|earlier|"
                              r"overnight|armed|street|mass)\s+)?$", re.I)  # "The protest was peaceful": the event noun itself
# "the missile hit ...", "the drone struck ...": the weapon of the strike just told
_WEAPON_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:(?:ballistic|cruise|same|first|second)\s+)?(?:missile|drone|shell|rocket|bomb|warhead)\s+(?:that\s+)?(?:\w+\s+)?$", re.I)
# the crowd of the rally just told as a sentence's subject ("Protesters held portraits of missing soldiers")
_CROWD_SUBJECT = re.compile(r"\W*(?:the\s+|many\s+|some\s+)?(?:protesters|demonstrators|crowds?|participants|marchers|rally-goers|they)\b", re.I)
_STATE_SUBJECT = re.compile(r"\W*((?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)?)\s+(?:has |have |had |also |on \w+ )?"
                            r"(?:announced|pledged|approved|agreed|decided|signed|imposed|adopted|extended|expelled|banned|sent|delivered)\b")
# (not "Russian positions", "the Kenyan base": a side's forces stand where the war is, often abroad)
_TARGET_AFTER_DEMONYM = re.compile(r"\s+(?:(?:oil|energy|power|gas|fuel|border)\s+){0,2}(?:refiner(?:y|ies)|cities|towns|villages|regions?|"
                                  r"infrastructure|territory|soil|terminals?|substations?|power stations?|power plants?)\b", re.I)
# "struck Ukrainian army manpower and hardware in 97 areas": Ukraine's forces are on Ukrainian-held ground (Russia's
# "positions" mostly stand in occupied Ukraine, so only the Ukrainian side's forces place an event by their demonym)
_UA_FORCES_AFTER_DEMONYM = re.compile(r"\s+(?:(?:army|armed forces|military|troops['’])\s+)?(?:manpower|personnel|troops|servicemen|soldiers|"
                                      r"formations|units|(?:military )?(?:hardware|equipment))(?:\s+and\s+(?:\w+\s+)?(?:hardware|equipment))?\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)  # "hit by Ukrainian forces": the agent, not the target
_SITE_ANAPHOR = re.compile(r"\b(?:the|that) (?:site|plant|facility|building|station|airport|airfield|port|refinery|depot|base|scene|compound|complex|premises|car|vehicle|bus|train)\b", re.I)

# a headline's "near X" and the body's place within this distance are one incident
HEADLINE_NEAR_KM = 40


_THE_TOWN = re.compile(r"\b(?:in|of|across) the (?:town|city|village)\b(?!\s+of\b)", re.I)  # the place just named, not named again
# a sentence about "the region" without naming it ("the regional military administration", "hromadas of the region")
_THE_REGION = re.compile(r"\b(?:the region|the oblast|regional (?:military )?administration|(?:hromadas|settlements|districts) of the (?:region|oblast))\b", re.I)

# the incidents a log tells one per entry (a meeting or a decision told over several entries is one)
_LOGGED_FAMILIES = frozenset({"strike", "interception", "armed_clash", "remote_explosive", "infrastructure_disruption", "attack_on_civilians"})

class Assembler(EventRecordsMixin):
    """Assembly steps over ``self.frames`` (see :class:`sitrep.extract.events.DocumentExtractor`)."""

    # ------------------------------------------------------------------ assembly
    def _assemble(self) -> list[Event]:
        # history (ANNOTATION 2): what ended over a year before the report is background of a
        # retrospective ("on 24 February 2022 missiles struck the capital"), not an event of it
        if self.ref is not None:
            self.frames = not_history(self.frames, self.ref, self.text)
        # other news on a war page (a world-news digest, a sidebar): an incident in a country away from the
        # war whose paragraph names neither its places nor its parties (doctype._other_news)
        self.frames = [f for f in self.frames if not self._other_news(f)]
        frames = self.frames
        waves = [f for f in frames if f.is_wave]
        wave_type = waves[0].event_type if waves else None
        # untyped strikes ("casualties were confirmed", "an attack hit") take the wave's type
        for f in frames:
            if f.event_type in STRIKE and not f.type_explicit and wave_type:
                f.event_type = wave_type
        # ... and with no wave, the one weapon kind the page's typed strikes name ("Drones hit Obukhiv district ... The
        # family's house took a direct hit shortly after 2am": a drone's)
        told = {f.event_type for f in frames if f.event_type in STRIKE and f.type_explicit}
        told |= {"air_drone_strike" if w.category in AIR_WEAPONS else "missile_artillery_strike"
                 for f in frames if f.event_type in STRIKE for w in f.weapons if w.category in AIR_WEAPONS | MISSILE_WEAPONS}
        if not wave_type and len(told) == 1:
            page_type = next(iter(told))
            for f in frames:
                if f.event_type in STRIKE and not f.type_explicit and f.event_type != page_type \
                        and re.search(r"[.!?\"”]\W*$", f.sent.text) and not re.search(r"[\t|]", f.sent.text):  # (a log's rows are incidents apart)
                    f.event_type, f.rules = page_type, [*f.rules, "type.page_weapon"]
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
                    and f.location is not None and f.location.precision == 4 and f.fallback_location is None \
                    and not any(w.launched or w.intercepted for w in f.weapons) \
                    and f.cas.fatalities is None and f.cas.injured is None and not f.date_explicit:
                w = self._wave_for(f, waves)
                if w is not None and w is not f:
                    self._merge_into(w, f, "assemble.national_mention_into_wave")
                else:
                    f.merged = True
        live = [f for f in live if not f.merged]
        # "his team at the site heard several explosions": a country-level strike whose sentence points
        # back at "the site"/"the plant" is the one placed strike of that day, told again
        for f in live:
            if f.is_wave or f.event_type not in STRIKE | {"remote_explosive"} or (f.location is not None and f.location.precision != 4) \
                    or f.fallback_location is not None or f.cas.fatalities is not None or f.cas.injured is not None \
                    or any(w.launched or w.intercepted for w in f.weapons) or not _SITE_ANAPHOR.search(f.sent.text):
                continue
            hosts = [g for g in live if g is not f and not g.merged and g.event_type == f.event_type and g.date == f.date
                     and g.location is not None and g.location.precision < 4]
            if len(hosts) > 1:
                hosts = [g for g in hosts if not _is_headline(g)]  # the headline tells the body's incident
            if len(hosts) == 1:
                self._merge_into(hosts[0], f, "assemble.site_anaphor")
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
                    self._merge_into(f, g, "assemble.arrests_at_protest")
        live = [f for f in live if not f.merged]
        # "Hundreds of teachers demonstrated in Nairobi. The protest was peaceful.": an unplaced, undated
        # definite mention of the kind of event just told is that event
        for i, f in enumerate(live):
            placed = f.location is not None and not (f.location.precision == 4 and not [
                p for p in self._sentence_places(f.sent) if p.role == "incident" and p.kind != "demonym"])  # (a default country is no place of its own)
            strike = f.event_type in STRIKE and _WEAPON_ANAPHOR.search(f.sent.text, 0, f.trigger_start - f.sent.start) is not None \
                and not f.cas.fatalities and not f.cas.injured  # ("the missile hit the deck and not the engine room": the strike just told)
            strike = strike or (f.event_type == "protest" and _CROWD_SUBJECT.match(f.sent.text) is not None)  # ("Protesters held portraits ...")
            if f.merged or placed or f.date_explicit or (f.event_type in STRIKE | {"interception"} and not strike) \
                    or not strike and not _DEFINITE_BEFORE.search(f.sent.text, 0, f.trigger_start - f.sent.start):
                continue
            here = self.sentence_index[id(f.sent)]
            prev = next((g for g in reversed(live[:i]) if not g.merged and (g.event_type == f.event_type or strike and g.event_type in STRIKE)), None)
            if prev is not None and prev.sent is not f.sent and 0 < here - self.sentence_index[id(prev.sent)] <= 2:
                self._merge_into(prev, f, "assemble.event_anaphor")
        live = [f for f in live if not f.merged]
        # locations for frames without one
        for f in live:
            if f.location is None:
                f.location = self._default_location(f)
                if f.location is not None and f.location.geo_reason is None:
                    f.location = f.location.model_copy(update={"geo_reason": "no place named for the event: a default place"})
        # casualty-only frames without a place add their counts to the event they follow
        by_sentence: dict[int, list[int]] = {}  # the frames of each sentence (positions in live, ascending)
        for j, g in enumerate(live):
            by_sentence.setdefault(id(g.sent), []).append(j)
        for i, f in enumerate(live):
            if f.merged:
                continue
            if not f.type_explicit and f.event_type in STRIKE and f.location is not None and f.location.precision == 4 and not f.is_wave:
                w = self._wave_for(f, waves)
                prev = next((live[j] for j in range(i - 1, -1, -1) if not live[j].merged and live[j].event_type in VIOLENT), None)
                if prev is not None:  # of a sentence split over several places, the first one takes the counts
                    prev = next(live[j] for j in by_sentence[id(prev.sent)]
                                if j < i and not live[j].merged and live[j].event_type in VIOLENT)
                host = w or prev
                near = next((live[j] for j in range(i - 1, -1, -1) if not live[j].merged), None)
                if w is None and near is not None and near.event_type == "interception" and near.sent.paragraph == f.sent.paragraph \
                        and 0 <= self.sentence_index[id(f.sent)] - self.sentence_index[id(near.sent)] <= 1 \
                        and not (prev is not None and prev.sent.paragraph == f.sent.paragraph):
                    host = near  # "... all of them were neutralized. There were no casualties.": the interception's outcome (a wave keeps its own)
                # "A drone hit a warehouse in X. Two people were injured.": the counts right after a placed
                # incident are that incident's, not the wave's (unless they say they are nationwide)
                if prev is not None and w is not None and prev is not w and not prev.is_wave and prev.location is not None \
                        and prev.location.precision <= 3 and 0 < self.sentence_index[id(f.sent)] - self.sentence_index[id(prev.sent)] <= 2 \
                        and not WAVE_SCOPE.search(f.sent.text) and not self._wave_sentence_between(prev, f):
                    host = prev
                if host is not None and host is not f and not (host.location and f.location and f.location.country_code and f.location.country_code not in OPPOSITE
                                                                and host.location.country_code != f.location.country_code):
                    self._merge_into(host, f, "assemble.unplaced_casualties")
        live = [f for f in live if not f.merged]
        # "The missiles … hit a printing business": an unplaced strike right after a placed one
        # continues that incident (and so do counter-claims about it)
        index = self.sentence_index
        # unmerged country-level strikes per day (a count, not a scan of every frame per frame); only
        # such frames merge away below, and a merge changes no other frame's type, place or day
        national: dict = {}
        for g in live:
            if g.event_type in STRIKE and g.location is not None and g.location.precision == 4 and not _is_headline(g):
                key = (g.date, g.location.country_code)  # (a wave on Ukraine takes no mention of a strike in Russia)
                national[key] = national.get(key, 0) + 1  # (a headline tells the body's incident)
        # live is in sentence order: a search back may stop beyond the reach of 3 sentences
        ordered = all(index[id(a.sent)] <= index[id(b.sent)] for a, b in zip(live, live[1:]))
        for i, f in enumerate(live):
            if f.merged or f.is_wave or f.is_aggregate or f.event_type not in STRIKE or f.location is None or f.location.precision < 4:
                continue
            if any(w.launched for w in f.weapons) and (_LAUNCH_WORDS.search(f.sent.text) or WAVE_SCOPE.search(f.sent.text)):
                continue  # a launch count is a wave's ("launched 40 drones"); "four bombs hit a street" is not
            key = (f.date, f.location.country_code)
            if national.get(key, 0) > 1:  # f is one of them: another exists
                continue  # a national account of the day exists: it takes this mention
            here = index[id(f.sent)]
            prev = None
            for j in range(i - 1, -1, -1):
                g = live[j]
                if ordered and here - index[id(g.sent)] > 3:
                    break  # whatever is found from here on is too far back to take f
                if not g.merged and g.event_type in STRIKE and not g.is_wave \
                        and g.location is not None and g.location.precision <= 3 and (g.date == f.date or (
                            # an undated follow-up (the report's day) of an incident told "on Tuesday"
                            g.date_explicit and f.date and g.date and 0 < (f.date - g.date).days <= 1
                            and not _DAY_NAMED.search(f.sent.text))):
                    prev = g
                    break
            if prev is not None and here - index[id(prev.sent)] <= 3 and not self._other_log_entry(prev, f):
                self._merge_into(prev, f, "assemble.continues_placed_strike")
                national[key] = national.get(key, 1) - 1
        # "… near Vovchansk and Liptsy. The enemy lost up to 120 servicemen.": an unplaced clash right
        # after placed fighting in the same paragraph tells its outcome (the first place takes it)
        by_sentence = {}  # the frames of each sentence (positions in live, ascending)
        for j, g in enumerate(live):
            by_sentence.setdefault(id(g.sent), []).append(j)
        for i, f in enumerate(live):
            if f.merged or f.is_aggregate or f.event_type != "armed_clash" or (f.location is not None and f.location.precision < 4):
                continue
            here = index[id(f.sent)]
            prev = None
            for j in range(i - 1, -1, -1):
                g = live[j]
                if ordered and here - index[id(g.sent)] > 2:
                    break  # whatever is found from here on is too far back to take f
                if not g.merged and g.event_type == "armed_clash" and not g.is_aggregate \
                        and g.location is not None and g.location.precision <= 3 and g.date == f.date:
                    prev = g
                    break
            if prev is not None and 0 < here - index[id(prev.sent)] <= 2 and prev.sent.paragraph == f.sent.paragraph:
                prev = next(live[j] for j in by_sentence[id(prev.sent)]
                            if j < i and not live[j].merged and live[j].event_type == "armed_clash")
                self._merge_into(prev, f, "assemble.continues_placed_clash")
        # "Russian forces continued offensive operations in northern Kharkiv Oblast on February 21 but did
        # not advance." over "Russian forces attacked near A, B and C ...": a section's heading over the
        # clashes it goes on to place is one of them, not an event of its own
        for i, f in enumerate(live):
            if f.merged or f.is_aggregate or f.event_type != "armed_clash" or f.location is None or f.location.precision < 3:
                continue
            here = index[id(f.sent)]
            below = next((g for g in live[i + 1:] if not g.merged and g.event_type == "armed_clash" and g.location is not None
                          and g.location.precision <= 2 and 0 < index[id(g.sent)] - here <= 3
                          and (g.location.admin1_code == f.location.admin1_code or f.location.precision == 4 and g.location.country_code == f.location.country_code)
                          and g.date and f.date and abs((g.date - f.date).days) <= 1), None)
            if below is not None:
                self._merge_into(below, f, "assemble.section_heading_clash")
        live = [f for f in live if not f.merged]
        # "The talks were overshadowed by an attack on a ship in Izmail. A Russian drone hit the carrier on Monday
        # night": an incident named without a day and told, dated, by the next sentence of its paragraph is one
        for i, f in enumerate(live):
            if f.merged or f.date_explicit or f.is_wave or f.is_aggregate or f.cas.fatalities is not None or f.cas.injured is not None \
                    or not _NAMED_INCIDENT.fullmatch(self.text, f.trigger_start, f.trigger_end):
                continue  # (only a bare mention: "an attack on a ship", no toll of its own)
            g = next((g for g in live[i + 1:i + 4] if not g.merged and self._told_then_dated(f, g)), None)
            if g is None or family(f.event_type) != family(g.event_type) or (g.date and f.date and abs((g.date - f.date).days) > 7):
                continue
            lf, lg = f.location, g.location
            if lf is not None and lg is not None and (lf.country_code != lg.country_code
                                                      or lf.precision < 4 and lg.precision < 4 and lf.name != lg.name):
                continue
            self._merge_into(g, f, "assemble.told_then_dated")
        live = [f for f in live if not f.merged]
        # frames about the same incident merge: same type family, same place key, same day
        candidates = _incident_candidates(live)
        headline = {id(x): _is_headline(x) for x in live}
        told_by_headline: dict[int, set[int]] = {}  # headline -> the sentences of the body incidents it took in
        told_dates: dict[int, set] = {}  # headline -> the days of those incidents
        for i, f in enumerate(live):
            if f.merged:
                continue
            pool = candidates(i)
            if headline[id(f)] and f.location is not None:  # a headline tells first the body incident of its own place
                pool = sorted(pool, key=lambda g: g.location is None or g.location.name != f.location.name)
            for g in pool:
                h, b = (g, f) if headline[id(g)] and not headline[id(f)] else (f, g)
                if headline[id(h)] and not headline[id(b)] and told_by_headline.get(id(h)) and (
                        _far_apart(h.location, b.location)
                        or b.date and self.ref is not None and b.date > self.ref and b.date not in told_dates.get(id(h), ())):
                    continue  # a headline that took in its own town's body incident tells no other town's (nor what is scheduled)
                if headline[id(f)] and not headline[id(g)] and id(g.sent) in told_by_headline.get(id(f), ()):
                    continue  # "heaviest fighting near Pokrovsk" tells one of the clashes a body sentence lists, not all
                if not headline[id(f)] and not headline[id(g)] and f.date and g.date and abs((f.date - g.date).days) > 1 \
                        and not (f.event_type == g.event_type == "territory_change" and abs((f.date - g.date).days) <= 7):
                    continue  # _same_incident: no headline in the pair, so no more than a day apart (an advance: a week)
                if f.event_type == g.event_type == "infrastructure_disruption" and f.date and g.date and f.date != g.date \
                        and not (headline[id(f)] and _report_dated_headline(f)) and not (headline[id(g)] and _report_dated_headline(g)) \
                        and self.ref is not None and max(f.date, g.date) > self.ref:  # (a headline dated only by the report tells the body's)
                    continue  # "restrictions from tomorrow" are scheduled, not the outages the attack caused today
                past_tally = self.ref is not None and any(x.is_aggregate and x.date and x.date_end and x.date_end < self.ref - dt.timedelta(days=2)
                                                          and (x.date_end - x.date).days > 8 for x in (f, g))  # (last month's tally is not the headline's)
                if g.merged or (g.is_aggregate != f.is_aggregate and (past_tally or not (_report_dated_headline(f) or _report_dated_headline(g)))
                                and not (f.event_type == g.event_type == "territory_change" and _same_town_taken(f, g))) or (g.is_wave and f.is_wave is False and f.location and f.location.precision < 4):
                    continue
                if self._same_incident(f, g):
                    if _is_headline(f) and not _is_headline(g) and f.location is not None and g.location is not None \
                            and (f.location.precision == 4 and g.location.precision < 4
                                 or f.location.name != g.location.name and (_same_toll(f, g) or _same_downed(f, g))):
                        f.actor1 = f.actor1_side = f.actor2 = f.actor2_side = None  # the body names the sides
                        body_place = g.location
                        self._merge_into(g, f)  # the body's placed incident hosts its country-level headline
                        g.location = body_place  # (and a headline's city that is only its region's name)
                        break
                    if headline[id(f)] and not headline[id(g)]:
                        told_by_headline.setdefault(id(f), set()).add(id(g.sent))
                        told_dates.setdefault(id(f), set()).add(g.date)
                    self._merge_into(f, g)
        # a tally over a calendar month ("In September, 398 civilians were killed", "drones struck refineries on 19
        # nights in January") is the month's summary, not an incident: reports' gold leaves such rows optional at most
        # (a short record that tells only its month's deed keeps it: "In March 2023, shelling killed two in X")
        live = [f for f in live if not f.merged]
        if any(f.date_precision != "month" for f in live):
            live = [f for f in live if f.date_precision != "month"]
        # parents: the incidents of a wave
        live_waves = [x for x in live if x.is_wave]  # (setting parents changes no frame's is_wave)
        for f in live:
            if f.is_wave or f.is_aggregate:
                continue
            if f.event_type in STRIKE | {"interception"}:
                w = self._wave_for(f, live_waves)
                if w is not None and w is not f and f.location and (f.location.precision < 4 or f.event_type == "interception"):
                    f.parent = w
        return self._to_events(live)

    def _wave_sentence_between(self, a: Frame, b: Frame) -> bool:
        """A wave frame from a sentence after ``a`` and up to ``b`` (the counts then follow the wave)."""
        lo, hi = self.sentence_index[id(a.sent)], self.sentence_index[id(b.sent)]
        return any(g.is_wave and lo < self.sentence_index[id(g.sent)] <= hi for g in self.frames)

    def _wave_for(self, f: Frame, waves: list[Frame]) -> Optional[Frame]:
        for w in waves:
            if w.merged or w is f:
                continue
            if w.date and f.date and abs((w.date - f.date).days) > 1:
                continue
            return w
        return None

    def _same_incident(self, f: Frame, g: Frame) -> bool:
        if family(f.event_type) != family(g.event_type) and not (
                blast_family(f.event_type) == blast_family(g.event_type) and (_is_headline(f) or _is_headline(g))):
            return False  # ("Train derailed after explosion": the headline's blast is the body's planted charge)
        if f.event_type == "territory_change" and _same_town_taken(f, g):
            return True  # a town is taken once: the claim of Saturday and the congratulations of Sunday
        one_day = f.date == g.date or (f.date and g.date and abs((f.date - g.date).days) <= 1
                                       and (_report_dated_headline(f) or _report_dated_headline(g)))
        if one_day and (f.event_type != "interception" and _same_toll(f, g) or _same_downed(f, g)):
            return True  # the headline's city and the body's village of the region, with one toll (or count downed)
        hf, hg = _report_dated_headline(f), _report_dated_headline(g)
        if f.date and g.date and hf != hg and (f.date != g.date or f.date_end != g.date_end):
            # a headline dated only by the report ("Troops liberate village") and the body's "last
            # week" or "on Tuesday" are one incident, told in the present tense days later
            if min(abs((a - b).days) for a in (f.date, f.date_end or f.date) for b in (g.date, g.date_end or g.date)) > 7:
                return False  # (a period counts from its nearer end: "last week" seen from Wednesday)
        else:
            if f.date and g.date and f.date != g.date:
                headline = (_is_headline(f) and not f.date_explicit) or (_is_headline(g) and not g.date_explicit)
                window = 7 if headline else 1
                advance = f.event_type == g.event_type == "territory_change" and f.date_explicit != g.date_explicit
                if (f.date_explicit == g.date_explicit or abs((f.date - g.date).days) > window) \
                        and not (advance and abs((f.date - g.date).days) <= 7):
                    return False  # ("recently advanced near X" and the footage of June 12: one advance)
            if f.date_end != g.date_end:
                return False
        lf, lg = f.location, g.location
        if lf is None or lg is None or told_apart(f, g) or self._other_log_entry(f, g):
            return False
        if lf.country_code != lg.country_code or f.sent is not g.sent and _other_districts(f, g):
            return False
        if f.date != g.date and (f.is_wave and g.is_wave or f.event_type == g.event_type == "interception") \
                and _totals(f) and _totals(g) and _totals(f) != _totals(g):
            return False  # two nights' waves (or interceptions) with their own totals ("38 drones the previous day")
        if f.is_wave or g.is_wave:
            # a wave absorbs only other national mentions of itself
            return lf.precision == 4 and lg.precision == 4
        if (f.event_type != "interception" or _uncounted_headline_downing(f, g)) and ((lf.precision == 4 and lg.precision < 4 and _is_headline(f) and not f.is_wave)
                                               or (lg.precision == 4 and lf.precision < 4 and _is_headline(g) and not g.is_wave)):
            return True  # "Two Killed in Shelling of Russian Region": the headline of the body's placed incident
        if lf.precision == 4 or lg.precision == 4:
            return lf.precision == 4 and lg.precision == 4
        if ((_is_headline(f) and lf.precision == 2) or (_is_headline(g) and lg.precision == 2)) and None not in (lf.lat, lg.lat) \
                and haversine_km(lf.lat, lf.lon, lg.lat, lg.lon) <= HEADLINE_NEAR_KM:
            return True  # "Officer killed in car bomb near Moscow" is the body's blast in Balashikha
        if lf.admin1_code and lf.admin1_code == lg.admin1_code:
            if (lf.precision == 3) != (lg.precision == 3) and f.sent is not g.sent:
                region, town = (f, g) if lf.precision == 3 else (g, f)
                if max((lau or 0 for lau, _i in _totals(region).values()), default=0) >= 5 and not _totals(town) and not _is_headline(region):
                    return False  # "Russia attacked the Odesa region with 17 drones ... Drones hit Izmail": the region's wave and one
                    # hit (two missiles on a region and a toll in its town are one strike)
            if lf.precision <= 2 and lg.precision <= 2 and lf.name and lg.name and lf.name != lg.name \
                    and not _district_of(lf, lg) and not _district_of(lg, lf) and not _districts_of_one_city(lf, lg):
                return False  # two places in one region are two incidents (a city and its districts are one)
            return True
        return False

    def _other_log_entry(self, f: Frame, g: Frame) -> bool:
        """Two incidents told in two entries of a log (a meeting or a decision told over entries is one; an entry that
        names no place below its country is not told apart from the others by it)."""
        return family(f.event_type) in _LOGGED_FAMILIES and other_log_entry(self._clock_entries, f.sent, g.sent) \
            and all(x.location is not None and x.location.precision < 4 for x in (f, g))

    def _told_then_dated(self, f: Frame, g: Frame) -> bool:
        """"The talks were overshadowed by an attack on a ship in Izmail. A Russian drone hit the carrier on Monday
        night": an undated mention of an incident and the next sentence of its paragraph, which dates it."""
        a, b = (f, g) if f.sent.start <= g.sent.start else (g, f)
        if a.date_explicit or not b.date_explicit or a.sent.paragraph != b.sent.paragraph:
            return False
        return self.sentence_index.get(id(b.sent), -1) - self.sentence_index.get(id(a.sent), -9) == 1

    def _merge_into(self, host: Frame, other: Frame, why: str = "assemble.same_incident") -> None:
        other.merged = True
        if "split.hit_and_interception" in other.rules and host.location is not None and host.location.precision < 4:
            # "two missiles hit the port's infrastructure, while air defences shot down two others": the salvo's
            # interception is where its hit turned out to be
            for g in self.frames:
                if g.sent is other.sent and g.event_type == "interception" and not g.merged \
                        and (g.location is None or g.location.precision == 4) and g.fallback_location is None:
                    g.location = host.location
                    g.rules = g.rules + ["assemble.salvo_place"]
        host.rules = host.rules + [r for r in other.rules + [why] if r not in host.rules]
        if other.is_wave and not host.is_wave:
            host.is_wave = True
        if other.type_explicit and not host.type_explicit:
            host.event_type, host.type_explicit = other.event_type, True
        elif host.event_type in STRIKE and other.event_type in STRIKE and other.type_explicit and _both_kinds(host.weapons) \
                and other.weapons and not _both_kinds(other.weapons) and not (host.is_wave and (host.location is None or host.location.precision >= 4)):
            # "missiles and drones pound the region; Bila Tserkva loses power" over "a drone hit the substation in Bila
            # Tserkva": the mention naming one weapon at the place types its strike (retype.one_weapon_named)
            host.event_type = other.event_type
            host.rules.append("retype.one_weapon_named")
        if host.location is None or (other.location is not None and (other.location.precision < host.location.precision
                                                                      or _district_of(other.location, host.location))):
            host.location = other.location  # (the city's district is more precise than the city)
        # a count for the whole region ("four people were killed in the oblast") does not replace the
        # count of the town incident it is merged into
        broader = host.location is not None and other.location is not None and host.location.precision <= 2 and other.location.precision == 3
        for attr in ("fatalities", "injured", "missing"):
            a, b = getattr(host.cas, attr), getattr(other.cas, attr)
            if a is None or (b is not None and (b.best or 0) > (a.best or 0) and not broader):
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
        if host.event_type in STRIKE and other.event_type in STRIKE and other.weapons and host.is_wave:
            # "Repelling the air attack on the night of 10 January" over the body's ballistic and cruise missiles and
            # drones: the wave is typed by its heaviest weapon, whichever mention named it first
            host.event_type = strike_type(host.weapons, {host.event_type}, host.event_type)[0]
        if host.event_type == "territory_change" and other.date_explicit and host.date_explicit and other.date and host.date \
                and other.date < host.date:
            host.date, host.date_precision = other.date, other.date_precision  # the first report of the capture dates it
        elif other.date_explicit and not host.date_explicit and other.date:
            host.date, host.date_precision, host.date_explicit = other.date, other.date_precision, True
        elif _report_dated_headline(host) and not _report_dated_headline(other) and other.date:
            # the headline only had the report's date: the body's own date ("last week") dates the event
            host.date, host.date_end, host.date_precision, host.is_aggregate = other.date, other.date_end, other.date_precision, other.is_aggregate
        for attr in ("actor1", "actor1_side", "actor2", "actor2_side", "target", "date"):
            if getattr(host, attr) is None and getattr(other, attr) is not None:
                setattr(host, attr, getattr(other, attr))
        starts = {x.start for x in host.claims}
        for c in other.claims:
            if c.start not in starts:
                host.claims.append(c)
                starts.add(c.start)

    def _default_location(self, f: Frame) -> Optional[Location]:
        if f.fallback_location is not None:
            return f.fallback_location
        if _THE_TOWN.search(f.sent.text):
            # "The Shostka city council reported a hit. About 8,000 consumers in the town are without electricity.": the
            # town just named in the paragraph, whatever its role there (the council's, the speaker's)
            town = next((p for p in reversed(self.places) if p.end <= f.sent.start and p.kind == "settlement"
                         and p.location.precision <= 2 and self.text.rfind("\n\n", p.end, f.sent.start) < 0), None)
            if town is not None:
                return town.location
        # one incident-log entry ("Mariupol: [Graphic: ...] Child killed."): its label
        here = [p for p in self._label_places() if p.location.precision <= 3]
        if len(here) == 1:
            return here[0].location
        if f.event_type in STRIKE | VIOLENT:
            # "An Israeli air strike killed 12 people in ...": a foreign state's strike named by its
            # demonym is in that state's war, not part of the wave the article is about
            own = [p for p in self._sentence_places(f.sent) if p.kind == "demonym" and 0 <= f.trigger_start - p.end <= 12
                   and p.location.country_code not in OPPOSITE]
            if own:
                return P.country_location(own[-1].location.country_code) or own[-1].location
            # "drone attacks on Russian refineries": the country of the targets named by their demonym
            hit = [p for p in self._sentence_places(f.sent) if p.kind == "demonym" and p.start > f.trigger_start
                   and (_TARGET_AFTER_DEMONYM.match(self.text, p.end) or p.location.country_code == "UA" and _UA_FORCES_AFTER_DEMONYM.match(self.text, p.end))
                   and not _BY_BEFORE.search(self.text, max(0, p.start - 12), p.start)]
            if hit:
                return P.country_location(hit[0].location.country_code) or hit[0].location
        if f.event_type in STRIKE | {"interception"} and not (f.actor1_side in OPPOSITE):
            # a strike or interception with nothing to place it: where the day's wave hit
            for w in self.frames:
                if w.is_wave and not w.merged and w is not f and w.location is not None and (not w.date or not f.date or abs((w.date - f.date).days) <= 1):
                    return w.location
        if f.event_type in ("policy_decision", "military_mobilization", "diplomatic_contact", "armed_group_change") and f.actor1_side and len(f.actor1_side) == 2:
            return P.country_location(f.actor1_side)
        if f.event_type in ("policy_decision", "military_mobilization", "diplomatic_contact", "agreement") and not f.actor1_side:
            # "Sweden announced a new aid package": the state that decided, named as the subject
            subj = next((p.location for p in self._sentence_places(f.sent) if p.kind == "country" and p.role == "metonymy"
                         and p.start < f.trigger_start), None)
            if subj is None and f.event_type == "military_mobilization":
                # "Slovak and Czech jets were scrambled": the state whose forces were raised, named by its demonym
                subj = next((p.location for p in self._sentence_places(f.sent) if p.kind == "demonym" and p.start < f.trigger_start
                             and p.location.country_code not in OPPOSITE), None)
            m = _STATE_SUBJECT.match(f.sent.text)
            if subj is None and m is not None:
                subj = geo.geocode(m.group(1))  # (the geocoder sets aside a state that speaks: "Sweden announced")
                subj = subj if subj is not None and subj.source == "country" else None
            if subj is not None and subj.country_code:
                f.actor1_side = subj.country_code
                f.actor1 = actor_for_side(f.actor1_side)
                return P.country_location(f.actor1_side)
        side = None
        if f.event_type in STRIKE and f.actor1_side in OPPOSITE:
            side = OPPOSITE[f.actor1_side]
        elif f.event_type == "interception" and f.actor1_side:
            side = f.actor1_side
        elif f.event_type == "interception" and f.actor2_side in OPPOSITE \
                and not any(p.kind == "country" and p.role == "incident" for p in self._sentence_places(f.sent)):
            side = OPPOSITE[f.actor2_side]  # "216 Ukrainian drones shot down": over the other side's land
        elif f.event_type == "infrastructure_disruption":
            # "An explosion derailed a train near Unecha. Traffic on the line was suspended.": where the
            # event just told happened; else the country the document is about (below), Ukraine by default
            here = self.sentence_index[id(f.sent)]
            prev = next((g for g in reversed(self.frames) if g is not f and g.location is not None and g.location.precision < 4
                         and g.sent.paragraph == f.sent.paragraph and 0 < here - self.sentence_index[id(g.sent)] <= 2), None)
            if prev is not None:
                return prev.location
            side = None if any(p.role == "incident" and p.location.country_code for p in self.places) else "UA"
        if side is None and f.event_type in STRIKE | VIOLENT | {"infrastructure_disruption"} and _THE_REGION.search(f.sent.text):
            # "the regional military administration summed up the past day: troops shelled 33 settlements": the one
            # region the document's places lie in (its places are in one oblast at least three times in four)
            counts = {}
            for p in self.places:
                if p.role == "incident" and p.location.admin1_code and p.location.precision <= 3:
                    counts[p.location.admin1_code] = counts.get(p.location.admin1_code, 0) + 1
            if counts:
                top = max(counts, key=counts.get)
                if counts[top] >= 3 and counts[top] >= 0.75 * sum(counts.values()):
                    region = geo.region_location(top)
                    if region is not None:
                        return region
        if side is None:
            # the country the document is about: the most mentioned country of its places
            counts: dict[str, int] = {}
            for p in self.places:
                if p.location.country_code and p.role in ("incident", "metonymy"):
                    counts[p.location.country_code] = counts.get(p.location.country_code, 0) + 1
            side = max(counts, key=counts.get) if counts else None
        return P.country_location(side) if side else None

    def _label_places(self, span: Optional[tuple[int, int]] = None) -> list:
        """The incident places inside the label of a document that is one incident-log entry
        (``span``: another span to read as the label), or []."""
        label = span or (P.log_label(self.text) if len(self.text) <= 400 else None)
        if label is None:
            return []
        return [p for p in self.places if p.role == "incident" and p.start < label[1] and p.end > label[0]]


# an incident named by a noun ("an attack on a ship", "the strike"), which the next sentence may go on to tell
_NAMED_INCIDENT = re.compile(r"(?:air |drone |missile |rocket |artillery )?(?:attacks?|strikes?|assaults?|shelling|explosions?|blasts?|raids?|bombing)", re.I)
# the verbs of a wave's launch count ("launched 40 drones", "fired 12 missiles at Ukraine")
_LAUNCH_WORDS = re.compile(r"\b(?:launch\w*|fired|firing|sent|unleashed|released|used|attacked (?:\w+ )?with|(?:a )?total of)\b", re.I)
# a sentence that names its own day ("on Monday", "yesterday", "April 2"): not a follow-up of another day's incident
_DAY_NAMED = re.compile(r"\b(?:" + WEEKDAY_ALT + "|yesterday|today|tonight|overnight|last night|" + MONTH_ALT + r")\b", re.I)


def _both_kinds(weapons) -> bool:
    """Weapons of both strike types: missiles or guns and drones or aircraft ("missiles and drones")."""
    cats = {w.category for w in weapons}
    return bool(cats & AIR_WEAPONS) and bool(cats & MISSILE_WEAPONS)
