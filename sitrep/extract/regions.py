"""Which region a sentence means when it names none of its own (a mixin of the document extractor
in sitrep/extract/events.py): the region a report was filed from (its dateline), a speaker's
regional office ("the Poltava regional governor"), and the region named last before a position."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitrep import geo
from sitrep.geo.distance import haversine_km
from sitrep.geo.lexicon import THEATRE
from sitrep.nlp.dates import MONTH_ALT  # (the one home of the month names)
from sitrep.extract import places as P
from sitrep.extract.classify import VIOLENT
from sitrep.extract.actors import actor_for_side
from sitrep.extract.patterns import SENT_TO, _ANAPHORIC_REGION, _DAMAGE_BY_ANAPHOR, _GOVERNOR_OF, _NATIONWIDE, _REGIONAL_AFTER
from sitrep.nlp.sentences import Sentence


# a facility named with its article, as of the incident just told: "Loading at the terminal was suspended"
_SENT_TO_BEFORE = re.compile(r"\b" + SENT_TO + r"\s+(?:the\s+)?$", re.I)
_FACILITY_ANAPHOR = re.compile(r"\bthe (?:terminal|port|plant|power station|station|facility|substation|depot|refinery|warehouse|bridge|airfield|"
                               r"airport|factory|enterprise|hospital|vessel|ship|dam|mine|boiler house)\b(?! of\b)", re.I)

# a gathering the report is about: the dateline of such a report abroad is its venue
_MEETING_SCENE = re.compile(r"\b(?:summit|talks|meeting|conference|sidelines|negotiations|forum)\b", re.I)

# a sentence that speaks of "the town" it is told from ("on the northern side of town", "the town's hospital")
# a government named by no country: "The government approved ...", "the cabinet decided ..."
_GOVERNMENT_BODY = r"government|cabinet|cabinet of ministers|council of ministers|parliament"
_BARE_GOVERNMENT = re.compile(r"\b(?:the|its) (?:" + _GOVERNMENT_BODY + r")\b", re.I)
# ... or its ministers, with no article ("In Wellington, Cabinet agreed ...", "the Defence Minister announced ...")
_CABINET = re.compile(r"\b(?:(?i:" + _GOVERNMENT_BODY + r")|(?:[Pp]rime|[Dd]efen[cs]e|[Ff]oreign) [Mm]inister|[Mm]inistry)\b")
_WARRING = ("UA", "RU")  # (their decisions are placed in their capitals: "In Kyiv, the Verkhovna Rada voted")
# a place tied to an earlier time: "talks in Istanbul last week", "in Geneva in May"
_EARLIER_AFTER = re.compile(r"\s*,?\s*(?:last (?:week|month|year|spring|summer|autumn|winter)|earlier|previously|in (?:" + MONTH_ALT + r")|(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?) (?:ago|earlier))\b", re.I)
_TOWN_WORDS = re.compile(r"\b(?:the\s+)?(?:town|city)(?:['’]s)?\b", re.I)


# the people or officials of the one town a report is about ("residents", "the city authorities", "the local authorities")
_LOCAL_WORDS = re.compile(r"\b(?:residents|households|homes|apartment (?:buildings|blocks)|the (?:city|town|local|municipal)(?:['’]s)? (?:authorities|administration|council|officials|mayor|utilities)|the mayor|local authorities)\b", re.I)

_BY_GOVERNMENT = re.compile(r"\bby\s+the\s+((?-i:[A-Z])[\w-]+)\s+(?:government|cabinet|parliament|defen[cs]e ministry|ministry|senate|legislature)\b", re.I)
_SUBJECT_WORD = re.compile(r"\W*(?:The\s+)?((?-i:[A-Z])[\w'’-]+)")  # the word that opens a sentence: its subject's head
_DASH_AFTER = re.compile(r"\s+[—–-]\s+(?-i:[A-Z])")  # "Washington — The ...": a sentence opened by a place and a dash


class RegionMixin:
    """Needs ``self.places``, ``self.text``, ``self.sentences``, ``self.sentence_index``, ``self.frames`` and
    ``self.outlet_regions``."""

    def _anaphoric_places(self, s: Sentence, text: str, trig, places: list, incident_places: list, role_places: list) -> list:
        """Places a sentence means without naming them: "in his region" (the speaker's region, else the
        region named before), "in these two areas" (the settlements the sentence before named), "the
        attack damaged two houses" (the region the report is about)."""
        added: list = []
        anaphor = _ANAPHORIC_REGION.search(text) if not [p for p in incident_places if p.kind != "country"] else None
        if anaphor is not None:
            # "the governor of Mykolaiv region said the attack damaged three houses in his region",
            # "drones were shot down over the region, the Poltava regional governor said": the
            # speaker's own region, else the region named before
            own = [r for r in (self._office_region(p) for p in role_places) if r is not None]
            possessive = anaphor.group(0).split()[0].lower() in ("his", "her", "its", "their", "our", "the")
            # "in his region" reaches back to the speaker named before; "in the region" only within its paragraph
            reg = own[0] if own else self._region_named_before(s.start + anaphor.start(),
                                                               since=None if possessive else self._paragraph_start(s))
            if reg is not None:
                why = "the speaker's region" if own else "the region named before"
                reg = reg.model_copy(update={"geo_reason": f"{why} (an anaphor: '{anaphor.group(0)}')"})
                added.append(P.Place(s.start + anaphor.start(), s.start + anaphor.end(), anaphor.group(0), "region", reg, "incident"))
        elif trig and not [p for p in incident_places if p.kind != "country"] and self.sentence_index[id(s)] > 0 and \
                (plural := P.plural_anaphor(text, s.start, self._sentence_places(self.sentences[self.sentence_index[id(s)] - 1]))):
            added += plural  # "heavy battles are under way in these two areas"
        elif trig and not [p for p in incident_places if p.kind not in ("country",)] and (told := self._place_told_before(s)) is not None:
            # "Shostka. At night, drones attacked a critical infrastructure facility.": a summary's
            # paragraph opens with the place it tells of, and its sentences name it no more
            m = _TOWN_ANAPHOR.search(text)
            a, b = (s.start + m.start(), s.start + m.end()) if m else (s.start, s.start + len(text.split(" ", 1)[0]))
            label, why = told
            loc = label.location.model_copy(update={"geo_reason": f"{why} ('{label.text}')"})
            added.append(P.Place(a, b, text[a - s.start:b - s.start], label.kind, loc, "incident"))
        elif trig and not [p for p in places if p.role == "incident"] and _DAMAGE_BY_ANAPHOR.search(text) and not _NATIONWIDE.search(text):
            # "The attack damaged two houses and caused a fire": the damage report of the region the
            # report is about (the last region named as an incident place or a speaker's office)
            own = [r for r in (self._office_region(p) for p in role_places) if r is not None]
            i = self.sentence_index[id(s)]  # (the paragraph's region, else the sentence just before's)
            reg = own[0] if own else self._region_named_before(s.start, since=min(self._paragraph_start(s), self.sentences[max(0, i - 1)].start))
            if reg is not None:
                m = _DAMAGE_BY_ANAPHOR.search(text)
                why = "the speaker's region" if own else "the region named before"
                reg = reg.model_copy(update={"geo_reason": f"{why} (damage from '{m.group(0)}')"})
                added.append(P.Place(s.start + m.start(), s.start + m.end(), m.group(0), "region", reg, "incident"))
        return added

    def _fallback_place(self, s, text: str, base, places: list, role_places: list) -> None:
        """Where an event no place of its sentence holds is put when its frame is kept: near where
        ground fighting was fought from, the region of a speaker's office, the village or region named
        before ("fighting for the village was ongoing", "the region came under fire")."""
        origins = [p for p in places if p.role == "origin" and p.kind in ("settlement", "region")]
        if base.event_type == "armed_clash" and origins:
            # "troops fired on enemy positions from Vovchansk": ground fighting is near where it is fought from
            o = origins[0]
            base.fallback_location = o.location.model_copy(update={
                "precision": max(2, o.location.precision), "geo_reason": "near the place the fighting was fought from"})
        elif role_places:
            rp = min(role_places, key=lambda p: p.location.precision)
            base.fallback_location = self._office_region(rp) or rp.location  # "the Poltava regional governor": the region, not the city
        elif base.event_type in VIOLENT | {"interception"} and re.search(r"\bthe (?:village|region|oblast|town|city|district|settlement|area)\b|\bvillage of [A-Z]|\b(?:both|the two|these|those) (?:villages|towns|settlements)\b", text) \
                or base.event_type == "infrastructure_disruption" and re.search(r"\b(?:across|throughout|all over) the (?:region|oblast)\b", text):
            if re.search(r"\b(?:the|this|that) (?:village|town|settlement|city)\b(?! of)|\b(?:both|the two|these|those) (?:villages|towns|settlements)\b", text):
                # "fighting for the village was ongoing": the village named just before; of the sentence
                # before that names one, the first it names (its topic: "troops pushed the Russians out
                # of part of X, as missiles struck Y ... retook a fifth of the city" is X)
                i = self.sentence_index[id(s)]
                prior = [p for p in self.places if self.sentences[max(0, i - 2)].start <= p.start < s.start
                         and p.role == "incident" and p.kind == "settlement" and p.location.precision <= 2]
                if prior:
                    k = max(j for j in range(max(0, i - 2), i + 1) if self.sentences[j].start <= prior[-1].start)
                    while k > 0 and self.sentences[k].clause:  # (a sentence read as two clauses is one sentence)
                        k -= 1
                    near = self.sentences[k].start
                    topic = next(p for p in prior if p.start >= near)
                    base.fallback_location = topic.location.model_copy(update={"geo_reason": "the place named before (an anaphor)"})
                    return
            reg = self._region_named_before(s.start) or self._dateline_region(
                {p.location.country_code for p in places if p.kind == "country" and p.role == "incident"})
            if reg is not None:
                base.fallback_location = reg  # "the region came under fire": the region named before (or filed from)
        elif base.event_type == "infrastructure_disruption" and _FACILITY_ANAPHOR.search(text) and (site := self._site_told_before(s)) is not None:
            base.fallback_location = site  # "A missile struck the port of X ... Loading at the terminal was suspended": X
        elif base.event_type in VIOLENT and not [p for p in places if p.role == "incident" and p.kind != "demonym"] \
                and (home := self._home_of_paragraph(s)) is not None:
            base.fallback_location = home  # "Woman, 63, from Kostiantynivka, shrapnel wounds. Her house was hit by a glide bomb"
        elif base.event_type in ("arrest", "abduction") and (town := self._town_of_paragraph(s)) is not None:
            base.fallback_location = town  # "Two teenagers in Perm set fire to ... The suspects were detained on Sunday": Perm
        elif base.event_type in VIOLENT | {"interception", "infrastructure_disruption"} and self._outlet_region() is not None \
                and not [p for p in places if p.kind in ("settlement", "region", "country") and p.role == "incident"]:
            base.fallback_location = self._outlet_region()  # a regional governor's channel: its region
        elif base.event_type in VIOLENT and not [p for p in places if p.role == "incident" and p.kind != "demonym"] \
                and base.weapons and not any(w.launched and (w.launched.best or w.launched.low or 0) >= 5 for w in base.weapons) and (town := self._story_town(s)) is not None:
            base.fallback_location = town  # "Life under the drones in Kherson" ... "shells hit the building across the courtyard"
        elif base.event_type == "infrastructure_disruption" and not [p for p in places if p.role in ("incident", "halted") and p.kind != "demonym"] \
                and _LOCAL_WORDS.search(text) and (town := self._story_town(s)) is not None:
            base.fallback_location = town  # a report about Nikopol: "About 2,000 residents have been left without gas, the local authorities say"

    def _wave_place_before(self, s: Sentence, text: str, last_frame):
        """"Russia attacked the Sumy region with 20 drones overnight. Air defence shot down 17 of them": an
        interception that counts the weapons the sentence just before sent at a place is over that place."""
        m = P.COUNTED_BACK.search(text)
        i = self.sentence_index[id(s)]
        if m is None or last_frame is None or i == 0 or last_frame.sent is not self.sentences[i - 1] \
                or last_frame.sent.paragraph != s.paragraph or last_frame.event_type not in ("air_drone_strike", "missile_artillery_strike") \
                or not last_frame.weapons or last_frame.location is None or last_frame.location.precision > 3:
            return None
        loc = last_frame.location.model_copy(update={"geo_reason": "where the weapons counted just before were sent"})
        return P.Place(s.start + m.start(), s.start + m.end(), m.group(0), "region" if loc.precision >= 3 else "settlement", loc, "incident")

    def _story_town(self, s: Sentence):
        """The one town the headline (or the line under a site's tagline) names, when the last settlement the
        three sentences before ``s`` name is that town or a district of it, or when they name none and ``s``
        says "town"/"city" or the report names no other settlement: a report about one town tells its
        incidents without naming it each time. None otherwise."""
        title: list = []
        for head in self.sentences[:2]:  # the headline (or the line under a site's tagline)
            title = [p for p in self.places if p.role == "incident" and p.kind == "settlement"
                     and head.start <= p.start < head.end and p.location.precision == 1]
            if title:
                break
        if len({p.location.name for p in title}) != 1:
            return None
        town = title[0].location
        i = self.sentence_index[id(s)]
        prior = [p for p in self.places if self.sentences[max(0, i - 3)].start <= p.start < s.start
                 and p.role in ("incident", "reference") and p.kind == "settlement"]
        if not prior:  # a reportage that never names its town again ("on the northern side of town")
            return town.model_copy(update={"geo_reason": f"the town the report is about ({town.name})"}) \
                if _TOWN_WORDS.search(s.text) or self._town_dominates(town.name) else None
        last = prior[-1].location
        if last.admin1_code != town.admin1_code or last.lat is None or town.lat is None \
                or haversine_km(last.lat, last.lon, town.lat, town.lon) > 15:
            return None
        return last.model_copy(update={"geo_reason": f"the town the report is about ({town.name}), named before"})

    def _town_dominates(self, name: str) -> bool:
        """The report names no other settlement as a place of incidents, or names ``name`` at least three times and
        more often than any other (a timeline of one city that mentions its neighbours)."""
        if not hasattr(self, "_town_counts"):  # (once per document)
            self._town_counts: dict[str, int] = {}
            for p in self.places:
                if p.kind == "settlement" and p.role in ("incident", "reference") and p.location.precision <= 2:
                    self._town_counts[p.location.name] = self._town_counts.get(p.location.name, 0) + 1
        counts = dict(self._town_counts)
        mine = counts.pop(name, 0)
        return not counts or mine >= 3 and mine > max(counts.values())

    def _site_told_before(self, s: Sentence):
        """The place (a settlement or nearer) of the last placed frame of the three sentences before ``s``."""
        i = self.sentence_index[id(s)]
        f = next((f for f in reversed(self.frames) if f.location is not None and f.location.precision <= 2
                  and 0 < i - self.sentence_index[id(f.sent)] <= 3), None)
        return f.location.model_copy(update={"geo_reason": "the site of the incident told before (an anaphor)"}) if f else None

    def _settlements_before(self, s: Sentence, role: str) -> list:
        """The settlements of that ``role`` that earlier sentences of ``s``'s paragraph name, in order."""
        start = self._paragraph_start(s)
        return [p for p in self.places if start <= p.start < s.start and p.role == role and p.kind == "settlement"]

    def _home_of_paragraph(self, s: Sentence):
        """The home an earlier sentence of the paragraph gives a patient ("Woman, 63, from Kostiantynivka, ..."), if one."""
        homes = self._settlements_before(s, "home")
        return homes[-1].location.model_copy(update={"geo_reason": "the home of the person the entry is about"}) if homes else None

    def _town_of_paragraph(self, s: Sentence):
        """The settlement an earlier sentence of the same paragraph places its incident in, if one."""
        towns = [p for p in self._settlements_before(s, "incident") if p.location.precision <= 2]
        return towns[-1].location.model_copy(update={"geo_reason": "the town of the paragraph (told before)"}) \
            if towns and len({p.location.name for p in towns}) == 1 else None

    def _outlet_region(self):
        """The region the publishing channel or office is named for ("Belgorod Region Governor
        (Telegram)"): "the region" of a text that names none before."""
        if not hasattr(self, "_outlet_reg"):
            regs = self.outlet_regions
            self._outlet_reg = geo.region_location(next(iter(regs))) if len(regs) == 1 else None
        return self._outlet_reg

    def _decider_place(self, s, base, actors: list, local_places: list) -> bool:
        """Decisions, deployments and contacts happen where the deciding actor is: sets ``base``'s actor and
        location and returns True when that decides the event's place (the caller keeps it as it is)."""
        if base.event_type in ("diplomatic_contact", "policy_decision", "agreement") and not local_places \
                and _AT_THE_MEETING.search(base.sent.text if base.sent is not None else ""):
            # "the minister, who attended the meeting in person, held talks on the sidelines": where that meeting was
            met = next((f for f in reversed(self.frames) if f.event_type == "diplomatic_contact"
                        and f.location is not None and f.location.country_code and f is not base), None)
            if met is not None:
                base.location = met.location
                return True
        if base.event_type in ("diplomatic_contact", "policy_decision", "agreement") and not local_places \
                and (venue := self._dateline_venue()) is not None:
            base.location = venue  # "ANKARA — NATO leaders ... a two-day summit": what is decided or met on its sidelines is there
            return True
        if base.event_type in ("protest", "riot", "arrest") and not local_places:
            # "more than 1,300 held at Russian protests": the country of the protests' adjective
            near = next((p for p in self._sentence_places(s) if p.kind == "demonym" and p.location.country_code
                         and re.fullmatch(r"\s*(?:[\w-]+\s+)?", self.text[p.end:base.trigger_start])
                         and re.match(r"(?i)protest|demonstrat|rall|riot|picket", self.text[base.trigger_start:base.trigger_end])), None) \
                if not [p for p in self._sentence_places(s) if p.role == "incident" and p.kind == "country"] else None
            if near is not None and (loc := P.country_location(near.location.country_code)) is not None:
                base.location = loc
                return True
        if base.event_type == "diplomatic_contact" and not local_places \
                and (venue := next((p for p in self._sentence_places(s) if p.role == "venue"
                                    and not _EARLIER_AFTER.match(self.text, p.end)), None)) is not None:
            base.location = venue.location  # "negotiators sat down with a Russian delegation for talks in Belarus": the venue
            return True
        if base.event_type == "diplomatic_contact" and not local_places and re.search(r"\bsummoned\b", s.text):
            # "the Russian diplomat was summoned to the foreign ministry in Oslo": at the summoning ministry
            seat = next((p for p in self._sentence_places(s) if p.role in ("speaker_role", "venue", "incident") and p.kind == "settlement"), None)
            if seat is not None:
                base.location = seat.location
                return True
        # decisions, deployments and contacts happen where the deciding actor is ("Britain said on Saturday
        # it would send tanks to Ukraine": the government that opens the sentence decides)
        opener = actors[0] if actors and actors[0].kind == "government" and actors[0].side and actors[0].start <= 4 else None
        if base.event_type == "policy_decision" and opener is not None and base.actor1_side != opener.side \
                and opener.start < base.trigger_start - s.start:
            base.actor1, base.actor1_side = actor_for_side(opener.side), opener.side  # "EU leaders agreed to lend Ukraine ...": the EU decides
        if base.event_type in ("policy_decision", "military_mobilization") and not base.actor1_side:
            gov = next((a for a in actors if a.kind in ("government", "official") and a.side and a.start < base.trigger_start - s.start), None)
            if gov is not None:
                base.actor1, base.actor1_side = actor_for_side(gov.side), gov.side
                if base.actor2_side == gov.side:  # ("the lower house of the Belgian parliament adopted": not its own target)
                    base.actor2 = base.actor2_side = None
        if base.event_type == "policy_decision" and not base.actor1_side:
            # "Sweden approved a new ammunition package": the country that opens the clause decides (a country the actor
            # table does not name)
            first = _SUBJECT_WORD.match(s.text)
            code = geo.demonym_country(first.group(1)) if first is not None and s.start + first.end() <= base.trigger_start else None
            if code:
                base.actor1, base.actor1_side = actor_for_side(code), code
        if base.event_type == "policy_decision" and not base.actor1_side:
            # "a EUR 1 billion package for Ukraine was approved by the Spanish government": the agent of the passive decides
            by = _BY_GOVERNMENT.search(s.text, max(0, base.trigger_start - s.start))
            code = geo.demonym_country(by.group(1)) if by is not None else None
            if code:
                base.actor1, base.actor1_side = actor_for_side(code), code
        if base.event_type == "policy_decision" and not base.actor1_side and not local_places \
                and _BARE_GOVERNMENT.search(s.text, 0, max(0, base.trigger_start - s.start)) \
                and (line := self._dateline_place()) is not None and line.location.country_code:
            # "TOKYO — The government decided on Wednesday to provide Ukraine with generators": the government of the country
            # the report is filed from
            base.actor1, base.actor1_side = actor_for_side(line.location.country_code), line.location.country_code
        if base.event_type == "policy_decision" and not base.actor1_side and len(local_places) == 1 \
                and local_places[0].location.country_code not in _WARRING and geo.is_capital(local_places[0].location) \
                and _CABINET.search(s.text, 0, max(0, base.trigger_start - s.start)):
            # "In Wellington, Cabinet agreed on Monday to extend ...": the government seated in the capital named
            cc = local_places[0].location.country_code
            base.actor1, base.actor1_side = actor_for_side(cc), cc
        if base.event_type == "policy_decision" and base.actor1_side == "EU" and not [p for p in local_places if p.location.country_code]:
            base.location = P.eu_seat()  # "The European Union adopted its 22nd package of sanctions": in Brussels
            return True
        if base.event_type == "military_mobilization" and not local_places:
            sent_to = next((p for p in self._sentence_places(s) if p.kind == "country" and p.role == "incident"
                            and _SENT_TO_BEFORE.search(self.text, max(0, p.start - 40), p.start)), None)
            if sent_to is not None:  # "soldiers had been sent to Russia": where the forces went
                base.location = sent_to.location
                return True
        if base.event_type in ("policy_decision", "military_mobilization", "diplomatic_contact") and base.actor1_side and len(base.actor1_side) == 2 \
                and base.actor1_side not in ("EU", "UN") \
                and not [p for p in local_places if (p.location.country_code == base.actor1_side or base.event_type != "policy_decision")
                         and not (p.start - s.start <= 1 and _DASH_AFTER.match(s.text, p.end - s.start))
                         and not (base.event_type == "policy_decision" and p.location.country_code not in _WARRING and geo.is_capital(p.location))]:
            # ("Washington — The Pentagon announced a package": the dateline's capital is where the report was filed)
            base.location = P.country_location(base.actor1_side)
            return True
        return False

    def _dateline_place(self):
        """The report's first dateline place ("TOKYO —", "RZESZÓW –"), else None (found once per document)."""
        if not hasattr(self, "_dateline"):
            self._dateline = next((p for p in self.places if p.role == "dateline"), None)
        return self._dateline

    def _dateline_venue(self):
        """The city abroad a report of a summit, a meeting or talks is filed from ("ANKARA — NATO leaders
        agreed ... closing a two-day summit"), else None."""
        if not hasattr(self, "_venue"):
            line = self._dateline_place()
            self._venue = line.location if line is not None and line.kind == "settlement" and line.location.country_code \
                and line.location.country_code not in THEATRE and _MEETING_SCENE.search(self.text) else None
        return self._venue

    def _dateline_country_abroad(self):
        """The country of the report's dateline when it lies outside Ukraine and Russia ("RZESZÓW –": PL), else None: whose
        jets "scrambled" in a headline that names no country."""
        line = self._dateline_place()
        cc = line.location.country_code if line is not None else None
        return cc if cc and cc not in ("UA", "RU") else None

    def _dateline_region(self, countries: set):
        """The region of a regional dateline in Ukraine or Russia ("BRYANSK, March 8 -": a report filed
        from the region's capital); not the national bureaus' capitals, which are regions of their own
        (KYIV, MOSCOW), nor when the sentence names another country."""
        line = next((p for p in self.places if p.role == "dateline" and p.location.admin1_code), None)
        if line is None or line.location.admin1_code in _CITY_REGIONS or line.location.country_code not in ("UA", "RU") \
                or (countries - {line.location.country_code}):
            return None
        reg = geo.region_location(line.location.admin1_code)
        return reg.model_copy(update={"geo_reason": "the region the report was filed from (dateline)"}) if reg else None

    def _office_region(self, p: P.Place):
        """The region of a speaker's regional office named by this place ("the Poltava regional governor",
        "governor of the Kursk region", "Belgorod Governor ...", "the Kyiv regional administration":
        Kyiv oblast, not the city), or None for a city's office ("Kharkiv mayor")."""
        if p.kind == "region":
            return p.location if p.location.precision >= 3 else None
        after = self.text[p.end:p.end + 40]
        before = self.text[max(0, p.start - 40):p.start]
        if not (_REGIONAL_AFTER.match(after) or _GOVERNOR_OF.search(before)):
            return None
        return _region_named(re.sub(r"['’]s$", "", p.text))

    def _place_told_before(self, s: Sentence):
        """(place, why) for a sentence that names no place of its own: its paragraph's label, else
        the town its paragraph named before when it says "the town"; None otherwise."""
        label = self._paragraph_label(s)
        if label is not None:
            return label, "the paragraph's label"
        town = self._town_named_before(s)
        return (town, "the town named before") if town is not None else None

    def _paragraph_label(self, s: Sentence):
        """The place of the label that opens ``s``'s paragraph ("Sumy.", "Krasnopillia community.",
        "Kharkiv region."): a sentence of one to four capitalised words, optionally a unit word, that
        is nothing but a place; for the sentence right after it, or a later one that says "the town" /
        "the community"; None when the paragraph has none or ``s`` is the label."""
        i = self.sentence_index[id(s)]
        while i > 0 and self.sentences[i - 1].paragraph == s.paragraph:
            i -= 1
        first = self.sentences[i]
        if first is s or not _LABEL_SENTENCE.fullmatch(first.text.strip()):
            return None
        if self.sentences[i + 1] is not s and not _TOWN_ANAPHOR.search(s.text):
            return None  # later sentences tell the first one's outcome ("A barn was damaged."), unless they say "the town"
        inside = [p for p in self._sentence_places(first) if p.kind in ("settlement", "region", "area")
                  and p.role in ("incident", "dateline")]
        return inside[0] if len(inside) == 1 else None

    def _town_named_before(self, s: Sentence):
        """"... pushed out of Bakhmut. She said the units had advanced on the town's flanks": the last
        settlement the paragraph named before ``s``, for a sentence that says "the town" / "the
        city's"; None otherwise."""
        if not _TOWN_ANAPHOR.search(s.text):
            return None
        since = self._paragraph_start(s)
        prior = [p for p in self.places if since <= p.start < s.start and p.kind == "settlement"
                 and p.role in ("incident", "reference", "origin") and p.location.precision <= 2]
        return prior[-1] if prior else None

    def _paragraph_start(self, s: Sentence) -> int:
        i = self.sentence_index[id(s)]
        while i > 0 and self.sentences[i - 1].paragraph == s.paragraph:
            i -= 1
        return self.sentences[i].start

    def _region_named_before(self, pos: int, since: Optional[int] = None):
        """The region of the last settlement or region named (as the incident or a speaker's role) before
        ``pos`` (and at or after ``since``)."""
        prior = [p for p in self.places if p.start < pos and p.role in ("incident", "speaker_role")
                 and p.kind in ("region", "settlement") and p.location.admin1_code and (since is None or p.start >= since)]
        if not prior:
            return self._outlet_region() if since is None or not any(p.start < since for p in self.places) else None
        last = prior[-1]
        if last.role == "speaker_role":
            office = self._office_region(last)
            if office is not None:
                return office
        return geo.region_location(last.location.admin1_code)


# a paragraph's label: "Sumy.", "Velyka Pysarivka community.", "Kharkiv region." (no verb, no lower-case word but a unit)
_LABEL_SENTENCE = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+){0,3}(?:\s+(?:territorial\s+)?(?:community|hromada|district|raion|region|oblast|city|town|village))?\s*[.:]", re.I)
# "the town", "the community" in a sentence of a labelled paragraph: the label's place
_TOWN_ANAPHOR = re.compile(r"\b(?:the|this)\s+(?:town|city|village|community|settlement|hromada|district)(?:['’]s)?\b", re.I)


# an act at a meeting told before: "on the sidelines", "at the meeting", "who attended the summit"
_AT_THE_MEETING = re.compile(r"\bon the sidelines\b|\b(?:at|during|after|attended) the (?:meeting|summit|talks|conference|session|gathering)\b", re.I)


_CITY_REGIONS = frozenset({"UA-30", "UA-40", "RU-MOW", "RU-SPE", "RU-SEV"})  # cities that are ISO 3166-2 regions




@lru_cache(maxsize=2048)
def _region_named(name: str):
    """The first-level region called ``name`` ("Kyiv" -> Kyiv oblast, UA-32), or None."""
    loc = geo.geocode(name + " region")
    return loc if loc is not None and loc.precision == 3 else None


def abroad_only(places: list) -> bool:
    """The sentence places its casualties only outside the war's theatre ("nine skiers in
    California", "a bus plunged off a highway in Nepal"): an item of other news on the page."""
    ccs = {p.location.country_code for p in places if p.location is not None and p.location.country_code}
    return bool(ccs) and not ccs & set(THEATRE)


_TALLY_OF_PLACES = re.compile(r"\b\d[\d,]*\s+(?:settlements|villages|localities|communities|towns|hromadas)\s*(?:in|of|across|:)|\bdistricts\s+(?:\d+|\w+)\s+times\b", re.I)
# a tally whose settlements are then listed after a colon: the list breaks the tally down
_LISTED_TALLY = re.compile(r"\b\d[\d,]*\s+(?:settlements|villages|localities|communities|towns|hromadas)\b[^:]{0,40}:\s", re.I)


def districts_tally_region(ranked: list, text: str):
    """A tally of settlements over districts of one region ("shelled 11 settlements in the Klimovsky,
    Sevsky and Pogarsky districts of our region") is one event in that region, not one per district:
    the region's location (precision 3), else None."""
    if len(ranked) < 2 or not _TALLY_OF_PLACES.search(text):
        return None
    listed = _LISTED_TALLY.search(text) and len(ranked) >= 4  # "attacks on 14 settlements: the cities of A, B, C and the villages of D, E"
    if not listed and not all(p.location is not None and p.location.precision == 2 and (p.location.name or "").endswith(" district")
                              for p in ranked):
        return None
    codes = {p.location.admin1_code for p in ranked}
    if len(codes) != 1 or None in codes:
        return None
    reg = geo.get_gazetteer().region_location(codes.pop())
    return reg and reg.model_copy(update={"geo_reason": "the region of the districts a tally of settlements names"})
