"""What the sentence after an incident adds to it (a mixin of the document extractor in
sitrep/extract/events.py): its outcome ("No one was hurt.", "64 people were injured.") and the other
side's denial ("Ukraine's military denied the claim")."""
from __future__ import annotations

from sitrep.extract import places as P
from sitrep.extract.assemble import Frame
from sitrep.extract.casualties import Casualties
from sitrep.extract.claims import blame_by, denial_by, side_of, split_name_role
from sitrep.extract.patterns import _NATIONWIDE
from sitrep.nlp.sentences import Sentence


class FollowUpMixin:
    """Needs ``self.frames``, ``self.outlet``, ``self._sentence_places`` and ``self._claim``."""

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
