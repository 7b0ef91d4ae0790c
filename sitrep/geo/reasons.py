"""Why a place was chosen and how sure the choice is: the reason of a candidate that won
(:meth:`ReasonMixin._reason`), the confidence a reason gives (:func:`confidence`) and a location
carrying both (:func:`with_reason`).

``ReasonMixin`` is a mixin of :class:`sitrep.geo.gazetteer.Gazetteer` (through
:class:`~sitrep.geo.resolve.ResolveMixin`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Location


class ReasonMixin:
    """The reason a candidate won."""

    def _reason(self, i, strength, strong, weak, ccs, hint, constraint, constraint_cc) -> str:
        """A short human-readable account of why place ``i`` won."""
        a1, cc = self._a1[i], self._cc[i]
        why = ["name" if strength >= 2 else "variant spelling"] if strength >= 0 else []
        if constraint and a1 in constraint:
            why.append(f"in the region written ({a1})")
        elif constraint_cc:
            why.append(f"in the country written ({cc})")
        elif a1 in strong:
            why.append(f"region named in the sentence ({a1})")
        elif a1 in weak:
            why.append(f"region named in the text ({a1})")
        elif cc in ccs or cc == hint:
            why.append(f"country named ({cc})")
        if self._pop[i] >= 100000:
            why.append(f"population {self._pop[i]:,}")
        if self._front[i]:
            why.append("near the front line")
        return "; ".join(why)


def confidence(reason: str) -> float:
    """How sure a choice is (0..1), from its reason: a name match 0.9, a variant spelling 0.7, one
    edit away 0.6, a fallback to the unit written 0.5; a region written or named adds 0.05."""
    conf = 0.9
    if reason.startswith("one edit"):
        conf = 0.6
    elif "variant spelling" in reason:
        conf = 0.7
    elif "fell back" in reason or "not in the gazetteer" in reason or "no such place in" in reason:
        conf = 0.5
    if "region written" in reason or "region named" in reason or "city district" in reason:
        conf = min(1.0, conf + 0.05)
    return round(conf, 2)


def with_reason(loc: Optional[Location], reason: str) -> Optional[Location]:
    """``loc`` with ``geo_reason`` and ``geo_confidence`` set (a copy; None stays None)."""
    if loc is None:
        return None
    return loc.model_copy(update={"geo_reason": reason, "geo_confidence": confidence(reason)})
