"""Which of a sentence's places an event takes, once :func:`sitrep.extract.places.find_places` has
found them with their roles: the places of the trigger's own ';'-clause (:func:`own_clause_places`),
districts of one city folded into one attack on it (:func:`fold_districts`), the first place and those
listed with it (:func:`coordinated_run`), and the places a plural anaphor of the next sentence points
back to (:func:`plural_anaphor`). Pure text and record work: no gazetteer look-ups."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.extract.place_record import Place
from sitrep.model import Location


def headline_shaped(text: str) -> bool:
    """No sentence end: a headline (or a log line), whose ';' joins items of news of their own (in prose a
    ';' may also separate a list's items)."""
    return not text.rstrip().endswith((".", "!", "?", '"', "”"))


# a clause counting what another told ("17 of them", "all of which", "the rest")
COUNTED_BACK = re.compile(r"\b(?:\d+|all|most|some|none|each|several|many)\s+of\s+(?:them|these|those|which)\b|\bthe rest\b", re.I)


def own_clause_places(text: str, offset: int, trigger_at: int, chosen_family: str,
                      triggers: list[tuple[str, int]], places: list[Place], family) -> list[Place]:
    """The places of ``places`` in the trigger's own ';'-clause, when another clause of the sentence
    tells something else: "Russian strike on Sumy bus kills 9; Kyiv, Washington hold talks in Riyadh"
    (the talks' clause has a trigger of another family and none of the strike's). ``triggers``:
    (event type, start in ``text``) of every trigger; ``family`` maps a type to its family."""
    sep = ";" if ";" in text or not headline_shaped(text) else ","  # a headline's items may be cut by commas alone
    cuts = [m.start() for m in re.finditer(sep, text)]
    if not cuts:
        return places
    bounds = [0, *[c + 1 for c in cuts], len(text) + 1]
    clause_of = lambda pos: next(i for i in range(len(bounds) - 1) if bounds[i] <= pos < bounds[i + 1])
    own = clause_of(trigger_at)
    mine = [p for p in places if clause_of(p.start - offset) == own and p.kind != "country"]
    if mine and headline_shaped(text):  # a headline's items keep their own places ("Russia claims X; bombs wound 9 in Sumy")
        return [p for p in places if clause_of(p.start - offset) == own]
    if not mine and COUNTED_BACK.search(text, bounds[own], bounds[own + 1] - 1):
        return places  # "... attacked the Sumy region with 20 drones; 17 of them were shot down": those drones' place
    other = set()
    for i in range(len(bounds) - 1):
        fams = {family(t) for t, at in triggers if clause_of(at) == i}
        if not mine and chosen_family == "infrastructure_disruption" and fams == {"strike"} and not headline_shaped(text):
            continue  # "Vovchansk: power line cut after a drone attack; the village has no light": the outage's cause and place
        if i != own and fams and chosen_family not in fams:
            other.add(i)
    if not other:
        return places
    return [p for p in places if clause_of(p.start - offset) not in other]


def city_of_district(loc: Optional[Location]) -> str:
    """The city whose district ``loc`` is (as the geocoder resolved it: "city district of X"), else ''."""
    r = (loc.geo_reason or "") if loc is not None else ""
    return r[len("city district of "):].split(";")[0].strip() if r.startswith("city district of ") else ""


_NAMED_CITY_DISTRICT = re.compile(r"the .+? district of (.+?), the city the text names")


def city_of_named_district(loc: Optional[Location]) -> str:
    """:func:`city_of_district`, or the city a district was placed in by the text (place_passes._bare_city_districts:
    "the Obolonskyi district of Kyiv, the city the text names"), for folding one sentence's places."""
    named = _NAMED_CITY_DISTRICT.match(loc.geo_reason or "") if loc is not None else None
    return named.group(1) if named else city_of_district(loc)


def fold_districts(ranked: list[Place]) -> list[Place]:
    """"shelled the Kuibyshevsky and Kievsky districts of Donetsk": districts of one city and the city
    itself are one attack on the city, at its first district named (places in text order)."""
    if len(ranked) < 2:
        return ranked
    city_of = lambda p: city_of_named_district(p.location)
    cities = {city_of(p) for p in ranked} - {""}
    first: dict[str, Place] = {}
    for p in ranked:
        if city_of(p):
            first.setdefault(city_of(p), p)
    return [p for p in ranked if not (p.location.name in cities and p.location.precision <= 2 and not city_of(p))
            and (not city_of(p) or first[city_of(p)] is p)]


# places of one coordinated list ("Zelene Pole and Novoukrainka", "A, B and the village of C")
# (a region may close one group of the list: "A and B in the Donetsk region, and C in the Zaporizhzhia region")
_LIST_JOIN = re.compile(r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|oblast|province))?)?"
                        r"(?:\s*(?:,|and|, and|as well as)\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?|cities|city)\s+of\s+)?|\s*,\s*)", re.I)


def coordinated_run(ranked: list[Place], text: str, offset: int) -> list[Place]:
    """The first place and those joined to it as one list ("captured Zelene Pole and Novoukrainka");
    "captured Podoly, east of Kupiansk" or "... and are shelling Lysychansk": the others are not in it.
    ``text`` is the sentence, ``offset`` its start in the document."""
    if len(ranked) < 2:
        return ranked
    chain = [ranked[0]]
    for p in ranked[1:]:
        if not _LIST_JOIN.fullmatch(text[chain[-1].end - offset:p.start - offset]):
            break
        chain.append(p)
    return chain


_PLURAL_ANAPHOR = re.compile(r"\b(?:in|near|around|for|on|at|of)\s+(?:both\s+(?:of\s+)?(?:these|those|the)\s+|these\s+|those\s+|both\s+|the\s+)"
                             r"(?P<n>two\s+|three\s+|four\s+)?(?:areas|towns|cities|villages|settlements|places|locations|sectors|directions|regions|oblasts)\b", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}


def plural_anaphor(text: str, offset: int, before: list[Place]) -> list[Place]:
    """"Heavy battles are under way in these two areas": the places the sentence before named (as many
    as the anaphor counts, when it counts them), each at the anaphor's span; [] when none fit."""
    m = _PLURAL_ANAPHOR.search(text)
    if m is None:
        return []
    named = [p for p in before if p.role == "incident" and p.kind in ("settlement", "region") and p.location.precision <= 3]
    if any(p.kind == "settlement" for p in named):
        named = [p for p in named if p.kind == "settlement"]  # ("Pokrovsk in the Donetsk region": the region qualifies)
    names = list(dict.fromkeys(p.location.name for p in named))
    want = _COUNT_WORDS.get((m["n"] or "").strip().lower())
    if len(names) < 2 or (want is not None and len(names) != want):
        return []
    firsts = [next(p for p in named if p.location.name == n) for n in names]
    return [Place(offset + m.start(), offset + m.end(), m.group(0), p.kind,
                  p.location.model_copy(update={"geo_reason": f"named in the sentence before (an anaphor: '{m.group(0)}')"}), "incident")
            for p in firsts]
