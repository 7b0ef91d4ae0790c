"""One frame per place of an event sentence: the last step of
:meth:`sitrep.extract.events.DocumentExtractor._frames_for_sentence`, once the sentence's event, its
date, actors and incident places are known (:class:`PlaceFramesMixin`, mixed into the document
extractor). The places are narrowed (a sea yields to the region named, "(coded to Kyiv)", a region
that only qualifies its city), grouped per admin1 or settlement, and each group becomes a frame with
its own counts, casualties, day and type where the sentence gives them ("one woman was killed in
Bilozerka and three people were injured in Kherson"); a total that is none of the places' stays with
the country. Uses ``self._fallback_place`` of :class:`sitrep.extract.regions.RegionMixin`.
"""
from __future__ import annotations

import re

from sitrep import geo
from sitrep.extract import places as P
from sitrep.extract.casualties import Casualties, extract_casualties, may_have_casualties
from sitrep.extract.classify import STRIKE, WAVE_SCOPE
from sitrep.extract.clause_types import clause_kinds, kind_at
from sitrep.extract.frames import Frame, place_days
from sitrep.extract.patterns import _COUNT_WORD, _QUALIFIES, _WATER
from sitrep.extract.regions import _CITY_REGIONS, districts_tally_region
from sitrep.extract.rules import cue
from sitrep.extract.weapons import counts_after_place, counts_per_place
from sitrep.model import Weapon
from sitrep.nlp.dates import DateMention
from sitrep.nlp.sentences import Sentence

_AIRBASE = re.compile(r"\b(?:air ?bases?|airfields?|air stations?)\b", re.I)  # a scramble from a named base is placed there


class PlaceFramesMixin:
    """The frames of one event sentence, one per distinct place (see
    :class:`sitrep.extract.events.DocumentExtractor`)."""

    def _frames_per_place(self, s: Sentence, text: str, base: Frame, frames: list[Frame], places: list[P.Place],
                          incident_places: list[P.Place], role_places: list[P.Place], weapons: list[Weapon],
                          dates: list[DateMention]) -> list[Frame]:
        """``frames`` (those the sentence already made) and ``base`` placed at each of its incident
        places (``base`` itself takes the first), or at the fallback place when it names none."""
        if base.event_type == "interception" and not [p for p in incident_places if p.kind != "country"]:
            # "shot down … missiles fired from ships in Odesa region": where they came down
            incident_places += [p for p in places if p.role == "origin" and p.kind in ("settlement", "region") and p.location.country_code == "UA"]
        by_place = counts_per_place(text, [(p.start - s.start, p.end - s.start) for p in incident_places if p.kind != "country"], weapons) if weapons else None
        if any(p.kind == "area" for p in incident_places) and any(p.kind in ("settlement", "region") for p in incident_places) and by_place is None:
            # "from the Black Sea on Odesa region": a sea or a wide area yields to the place named;
            # a landmark ("the Engels air base in the Saratov region") is the place
            incident_places = [p for p in incident_places if p.kind != "area" or p.location.precision <= 2]
        # "(coded to Kyiv)": the text names the place the event is coded to
        coded = [p for p in incident_places if re.search(r"\(coded to\s+(?:the\s+)?$", text[max(0, p.start - s.start - 20):p.start - s.start])]
        if coded:
            incident_places = coded[:1]

        # places -> one frame per distinct admin1 (or a single frame)
        if incident_places:
            # "Sevastopol in Crimea": a region right after a city with its own ISO code qualifies it (other
            # settlements share their region's code and join it below; a mismatch there means a namesake)
            ordered = sorted(incident_places, key=lambda p: p.start)
            qualifiers = {id(b) for a, b in zip(ordered, ordered[1:])
                          if a.location.precision <= 2 and a.location.admin1_code in _CITY_REGIONS
                          and b.kind in ("region", "area") and b.location.precision >= 3
                          and _QUALIFIES.fullmatch(text[a.end - s.start:b.start - s.start])}
            incident_places = [p for p in incident_places if id(p) not in qualifiers] or incident_places
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
            ranked = P.fold_districts(ranked)
            if base.event_type == "territory_change":
                ranked = P.coordinated_run(ranked, text, s.start)
            splittable = base.event_type in STRIKE | {"interception", "infrastructure_disruption", "armed_clash", "territory_change", "protest"} and not base.is_wave and not (base.is_aggregate and base.date_precision != "range") \
                and not (base.is_aggregate and base.date and base.date_end and (base.date_end - base.date).days > 7)  # ("since January 1, 19 ambulances were hit in A, B and C": one tally)
            if splittable and len(ranked) == 1 and ranked[0].kind != "country" and any(w.launched or w.intercepted for w in base.weapons):
                # "downed 47 drones overnight, including 12 over the Saratov region": the total is the
                # country's, the place takes its own count
                own = counts_per_place(text, [(ranked[0].start - s.start, ranked[0].end - s.start)], base.weapons, min_places=1)
                mine = {(w.category, (w.launched or w.intercepted).best) for w in (own[0] if own else []) if w.launched or w.intercepted}
                if mine and any((w.category, (w.launched or w.intercepted).best) not in mine for w in base.weapons if w.launched or w.intercepted) \
                        and not counts_after_place(text, ranked[0].end - s.start, base.weapons, mine):
                    country = next((p for p in incident_places if p.kind == "country"), None)
                    frames.append(Frame(**{**base.__dict__, "claims": list(base.claims), "weapons": [w.model_copy() for w in base.weapons],
                                           "location": country.location if country else P.country_location(ranked[0].location.country_code),
                                           "cas": Casualties()}))
                    base.weapons = own[0]
            if splittable and (reg := districts_tally_region(ranked, text)) is not None:
                ranked, base.is_aggregate = [P.Place(ranked[0].start, ranked[-1].end, "", "region", reg, "incident")], True
            if base.event_type == "infrastructure_disruption" and len(ranked) >= 3 and len({p.location.country_code for p in ranked}) == 1 \
                    and all(p.kind == "region" and p.location.precision >= 3 for p in ranked):
                # "the Kharkiv and Donetsk regions lost power completely, the Poltava and Sumy regions partly": one
                # blackout over a listed set of regions is the country's event (as listed regions are for interceptions)
                country = next((p for p in incident_places if p.kind == "country"), None)
                loc = country.location if country else P.country_location(ranked[0].location.country_code)
                ranked = [P.Place(ranked[0].start, ranked[-1].end, "", "country", loc, "incident")]
                base.rules = [*base.rules, "place.listed_regions_outage"]
            if base.event_type == "military_mobilization" and ranked and ranked[0].location.country_code \
                    and cue("jet_scramble").search(text) and not _AIRBASE.search(text) \
                    and (loc := P.country_location(ranked[0].location.country_code)) is not None:
                # "two F-16s were scrambled ... residents of Tulcea county were told to take shelter": a national air
                # force's reaction from no named base is the country's
                ranked = [P.Place(ranked[0].start, ranked[-1].end, "", "country", loc, "incident")]
                base.rules = [*base.rules, "place.scramble_country"]
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
                    per_place.append(extract_casualties(seg) if may_have_casualties(seg) else Casualties())
                    prev_end = p.end - s.start
                spread = sum(1 for c in per_place if c.fatalities is not None or c.injured is not None) > 1
                def country_loc():  # the country the text names, else the first place's
                    country = next((p for p in incident_places if p.kind == "country"), None)
                    return country.location if country else P.country_location(ranked[0].location.country_code)

                # "11 drones over the Belgorod region, four over the Bryansk region": each place its own count,
                # and a total that is none of them stays with the country
                by_place = counts_per_place(text, [(p.start - s.start, p.end - s.start) for p in ranked], base.weapons) if base.weapons else None
                if by_place is not None:
                    own = {(w.category, (w.launched or w.intercepted).best) for ws in by_place for w in ws}
                    if any((w.category, (w.launched or w.intercepted).best) not in own for w in base.weapons if w.launched or w.intercepted):
                        frames.append(Frame(**{**base.__dict__, "claims": list(base.claims), "weapons": [w.model_copy() for w in base.weapons], "location": country_loc(), "cas": Casualties()}))
                # "shot down 23 drones over the Belgorod and Kursk regions": one count for several places is
                # the country's; each place named is an event without it
                between = text[ranked[0].end - s.start:ranked[-1].start - s.start]
                shared = by_place is None and any((w.launched or w.intercepted) and ((w.launched or w.intercepted).best or 0) > 1 for w in base.weapons) \
                    and not _COUNT_WORD.search(between)  # "one over A, several others over B": counts of their own
                # ("five guided-bomb strikes on Stepnohirsk, Prymorske and Mala Tokmachka": the villages' strikes, no national one;
                # none of them takes the count)
                if shared and not (base.event_type in STRIKE and len({p.location.admin1_code for p in ranked}) == 1):
                    frames.append(Frame(**{**base.__dict__, "claims": list(base.claims), "weapons": [w.model_copy() for w in base.weapons], "location": country_loc(), "cas": Casualties()}))
                # "nine people were injured in attacks nationwide, with explosions in A, B, C and D": the count
                # is the country's, not the first place's
                national_cas = not spread and (base.cas.fatalities or base.cas.injured) and WAVE_SCOPE.search(text) \
                    and len({p.location.admin1_code for p in ranked}) > 2
                if national_cas:
                    frames.append(Frame(**{**base.__dict__, "claims": list(base.claims), "weapons": [w.model_copy() for w in base.weapons], "location": country_loc()}))
                days = place_days(text, s.start, ranked, dates)
                kinds = clause_kinds(text) if base.event_type in STRIKE and not base.is_aggregate else None
                for i, p in enumerate(ranked):
                    f = base if i == 0 else Frame(**{**base.__dict__, "claims": list(base.claims), "weapons": [w.model_copy() for w in base.weapons]})
                    f.location = p.location
                    if (k := kind_at(kinds, p.start - s.start)) is not None and k != f.event_type:  # "drones hit A, a missile hit B"
                        f = Frame(**f.__dict__) if f is base else f  # (the frames after it copy base: it keeps the sentence's type)
                        f.event_type, f.type_explicit, f.rules = k, True, [*f.rules, "type.own_clause_weapon"]
                    if days[i] is not None:  # "A on Tuesday and B on Thursday": each its own day
                        f.date, f.date_end, f.date_precision, f.date_explicit, f.is_aggregate = days[i].date, None, "day", True, False
                    if national_cas:
                        f.cas = Casualties()
                    if by_place is not None:
                        f.weapons = by_place[i] or [Weapon(category=w.category, model=w.model) for w in base.weapons]
                    elif shared:
                        f.weapons = [Weapon(category=w.category, model=w.model) for w in base.weapons]
                    if spread:
                        f.cas = per_place[i]
                    elif i > 0:
                        f.cas = Casualties()
                    frames.append(f)
        elif base.event_type == "military_mobilization" and cue("jet_scramble").search(text) \
                and (cc := _scrambling_country(text) or self._dateline_country_abroad()) is not None \
                and (own := P.country_location(cc)) is not None:
            # "Lithuania said it had scrambled jets after a drone crossed into its airspace": the country named before
            # the scramble (a speaker is no place of its own, but its jets are its reaction)
            base.location = own
            if base.actor1_side is None:
                base.actor1_side = cc
            base.rules = [*base.rules, "place.scramble_country"]
            frames.append(base)
        else:
            self._fallback_place(s, text, base, places, role_places)
            frames.append(base)
        # "the fleet has been pushed out of the western Black Sea": ground is taken on land, not at sea
        return [f for f in frames if not (f.event_type == "territory_change" and f.location and _WATER.search(f.location.name or ""))]


def _scrambling_country(text: str):
    """The country (ISO code) named or described before "scrambled" in a sentence ("Poland said it had scrambled
    aircraft", "Two Romanian F-16s were scrambled"), or None."""
    m = re.search(r"\bscrambl|\b(?:took off|took to the air|were sent up|was sent up|were airborne|were put in the air|were raised)\b", text)
    for w in re.finditer(r"(?<![\w-])[A-Z][\w'’]+", text[:m.start()] if m else ""):
        code = geo.demonym_country(w.group(0))
        if code and not _CAUSE_AFTER.match(text, w.end()):
            return code
    return None


# "after night of Russian attacks on Izmail; F-16s scrambled": the attacker's adjective names the cause, not who scrambled
_CAUSE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|drones?|missiles?|shelling|bombardments?|raids?|waves?|barrages?)\b", re.I)
