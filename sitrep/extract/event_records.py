"""Frames become :class:`sitrep.model.Event` records, the last step of the assembly
(:meth:`sitrep.extract.assemble.Assembler._assemble`): each event's ids and parent, its sides (the
perpetrator from attribution, else from the side that holds the place: Russia for Crimea, an
occupied town, or a Donetsk place in a report from the 'people's republics'), the civilians it
targeted, its claimants' sides, its ACLED types and its confidence (:class:`EventRecordsMixin`,
mixed into :class:`sitrep.extract.assemble.Assembler`).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.extract.actors import actor_for_side, civilians_of, OPPOSITE
from sitrep.extract.classify import STRIKE
from sitrep.extract.confidence import explain, score
from sitrep.extract.frames import Frame, _held_by_russia, _is_headline
from sitrep.extract.lexicon import acled_types
from sitrep.extract.weapons import fold_generic
from sitrep.model import Event, Location


# the occupation's own names for the occupied regions
_PUPPET_STATE = re.compile(r"(?<!so-called )\b(?:People['’]s Republic|(?-i:DPR|LPR|DNR|LNR))\b|\bRussian-installed\b", re.I)

# places Russia has held since 2014, and the words that say a place is held
_OCCUPIED_LONG = frozenset({"UA-43", "UA-40"})

# a speaker reporting its own action: "the military says its forces struck", "said it had hit"
_SPEAKER_OWN_ACTION = re.compile(r"\b(?:said|says|claimed|claims|reported|reports|announced|confirmed)\s+(?:that\s+)?(?:it|its\s+(?:forces|troops|units|drones|military|army|air\s+force|navy))\b", re.I)


class EventRecordsMixin:
    """The records of the assembled frames (see :class:`sitrep.extract.assemble.Assembler`)."""

    def _holder(self, f: Frame, loc: Optional[Location], country: Optional[str], donbas_report: bool = False) -> Optional[str]:
        """The side that holds the event's place: Russia for Crimea, Sevastopol, a place the sentence
        says is occupied, and (``donbas_report``) a Donetsk or Luhansk place in a report from the
        'people's republics'; else the place's country."""
        if country == "UA" and loc is not None and (loc.admin1_code in _OCCUPIED_LONG or _held_by_russia(f.sent.text, loc.name)
                                                    or donbas_report and loc.admin1_code in ("UA-14", "UA-09") and self._puppet_source()):
            return "RU"
        return country

    def _puppet_source(self) -> bool:
        """The report speaks from the 'people's republics' (a DPR/LPR mission, TASS from Donetsk): the
        Donetsk and Luhansk places it tells of shelling are the ones Russia holds."""
        if getattr(self, "_puppet", None) is None:
            self._puppet = bool(_PUPPET_STATE.search(self.text[:3000]))
        return self._puppet

    def _to_events(self, frames: list[Frame]) -> list[Event]:
        frames.sort(key=lambda f: (f.sent.start, f.order))
        ids = {id(f): f"{self.doc_id}-{i + 1}" for i, f in enumerate(frames)}
        out = []
        for f in frames:
            et = f.event_type
            if et == "agreement":  # an exchange counts the people and bodies handed over, not deaths of its own
                f.cas.fatalities = f.cas.injured = None
            loc = f.location
            if loc is not None and loc.geo_reason is None:  # a region / country the extraction rules derived
                loc = loc.model_copy(update={"geo_reason": "derived: the {} of the event's places or actors".format(
                    {3: "region", 4: "country"}.get(loc.precision, "place"))})
            country = loc.country_code if loc else None
            # sides: perpetrator from attribution, else from the place (remote strikes hit the other side)
            a1, a1s, a2, a2s = f.actor1, f.actor1_side, f.actor2, f.actor2_side
            if et in STRIKE | {"armed_clash", "remote_explosive", "attack_on_civilians", "abduction", "sexual_violence"}:
                holder = self._holder(f, loc, country, donbas_report=a1s is None)  # occupied Crimea, "occupied Melitopol"
                if et in STRIKE and f.actor1_weak and a1s == holder and holder in OPPOSITE:
                    a1s, a1, a2s, a2 = None, None, None, None  # "officials in Kyiv said": not the attacker
                if a1s is None and holder in OPPOSITE and et in STRIKE:
                    a1s = OPPOSITE[holder]
                    a1 = actor_for_side(a1s)
                if a1s == holder and et in STRIKE and a2s is None and holder in OPPOSITE and not re.search(r"\bpositions?\b", f.sent.text) \
                        and not _SPEAKER_OWN_ACTION.search(f.sent.text):  # ("the military says its forces struck ...": the speaker acted)
                    # "Russia claimed ... in its Belgorod region": the claimant's country is the target
                    if not f.actor1 or f.actor1 in ("Military Forces of Russia", "Military Forces of Ukraine") and f.claims and f.claims[0].claimant_side == holder:
                        a1s, a1 = OPPOSITE[holder], actor_for_side(OPPOSITE[holder])
                if a2s is None and a1s in OPPOSITE:
                    a2s = OPPOSITE[a1s]
                civ = f.cas.civilian or (f.target in ("residential", "medical", "education", "energy", "railway", "civilian_infrastructure"))
                if civ and not f.cas.military:
                    a2 = civilians_of(a2s or country)
                elif a2s and not a2:
                    a2 = actor_for_side(a2s)
            elif et == "interception":
                holder = self._holder(f, loc, country)
                if f.actor1_generic and holder in OPPOSITE and a1s != holder:
                    # "its air defence units destroyed 14 drones over the Belgorod region": a defender that
                    # names no country defends the country that holds the place where the weapons came down
                    a1s, a1, a2s, a2 = holder, actor_for_side(holder), OPPOSITE[holder], actor_for_side(OPPOSITE[holder])
                if a1s is None and a2s in OPPOSITE and country not in OPPOSITE:
                    a1s, a1 = OPPOSITE[a2s], actor_for_side(OPPOSITE[a2s])  # "six Ukrainian drones were shot down over the Black Sea"
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
                    # (the mayor of a town of the "Donetsk People's Republic" is Russia's official)
                    c.claimant_side = "RU" if country == "UA" and _PUPPET_STATE.search(c.quote) else country
            variant = f.variant
            acled_et, acled_sub = acled_types(et, variant)
            n_sentences = len({c.start for c in f.claims}) or 1
            conf = score(explain(
                strength=f.strength, rules=f.rules, sentences=n_sentences,
                casualties=f.cas.fatalities is not None or f.cas.injured is not None,
                weapon_count=any(w.launched or w.intercepted for w in f.weapons),
                # a nationwide wave and its interception are country-level by definition (ANNOTATION 3)
                precision=(3 if f.is_wave or et == "interception" and loc is not None and loc.precision == 4 else loc.precision) if loc is not None else None,
                day_date=f.date_explicit,
                disputed=any(c.certainty in ("disputed", "denied") for c in f.claims),
                headline_only=_is_headline(f) and n_sentences == 1))
            out.append(Event(
                doc_id=self.doc_id, event_id=ids[id(f)], parent_id=ids.get(id(f.parent)) if f.parent else None,
                event_type=et, acled_event_type=acled_et, acled_sub_event_type=acled_sub,
                date=f.date.isoformat() if f.date else None,
                date_end=f.date_end.isoformat() if f.date_end else None,
                date_precision=f.date_precision if f.date else "unknown",
                is_aggregate=f.is_aggregate,
                actor1=a1, actor1_side=a1s, actor2=a2, actor2_side=a2s,
                location=loc, geo_reason=loc.geo_reason if loc is not None else None, fatalities=f.cas.fatalities, injured=f.cas.injured, missing=f.cas.missing,
                civilian_targeting=civ_target, target=f.target, weapons=fold_generic(f.weapons), claims=f.claims, rules=f.rules,
                confidence=conf,
            ))
        return out
