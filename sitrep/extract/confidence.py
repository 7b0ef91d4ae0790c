"""Event confidence: a transparent additive score over the facts of an assembled event.

The weights live in ``sitrep/data/confidence.tsv`` (one home, editable without code); this module
only reads the frame's facts and adds the weights up. ``explain`` returns the terms, so a reviewer
can see why an event scored what it did."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from sitrep.extract.lexicon import read_tsv


@dataclass(frozen=True)
class Weights:
    terms: dict[str, float]
    caps: dict[str, int]

    def get(self, feature: str) -> float:
        return self.terms.get(feature, 0.0)


@lru_cache(maxsize=1)
def weights() -> Weights:
    terms, caps = {}, {}
    for row in read_tsv("confidence.tsv"):
        terms[row["feature"]] = float(row["weight"])
        if row.get("max"):
            caps[row["feature"]] = int(row["max"])
    for need in ("base", "floor", "ceiling"):
        if need not in terms:
            raise ValueError(f"confidence.tsv: missing feature {need!r}")
    return Weights(terms, caps)


def _rule_terms(rule_ids: Iterable[str], w: Weights) -> list[tuple[str, float]]:
    out = []
    patterns = [k[5:] for k in w.terms if k.startswith("rule=")]
    for rid in dict.fromkeys(rule_ids):
        for p in patterns:
            if (p.endswith("*") and rid.startswith(p[:-1])) or rid == p:
                out.append((f"rule={p}", w.get(f"rule={p}")))
                break
    return out


def explain(*, strength: str, rules: Iterable[str], sentences: int, casualties: bool, weapon_count: bool,
            precision: Optional[int], day_date: bool, disputed: bool, headline_only: bool) -> list[tuple[str, float]]:
    """The (feature, weight) terms of one event; their sum, clamped, is its confidence."""
    w = weights()
    terms = [("base", w.get("base")), (f"strength={strength}", w.get(f"strength={strength}"))]
    terms += _rule_terms(rules, w)
    extra = min(max(sentences - 1, 0), w.caps.get("sentences", 0))
    if extra:
        terms.append((f"sentences x{extra}", extra * w.get("sentences")))
    for flag, name in ((casualties, "casualties"), (weapon_count, "weapon_count"), (day_date, "day_date"),
                       (disputed, "disputed"), (headline_only, "headline_only")):
        if flag:
            terms.append((name, w.get(name)))
    place = "none" if precision is None else str(precision)
    terms.append((f"place={place}", w.get(f"place={place}")))
    return [t for t in terms if t[1]]


def score(terms: list[tuple[str, float]]) -> float:
    w = weights()
    return round(min(w.get("ceiling"), max(w.get("floor"), sum(v for _k, v in terms))), 2)
