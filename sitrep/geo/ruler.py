"""spaCy entity_ruler with GPE patterns from the gazetteer.

The small English model misses many Ukrainian and Russian place names (Kursk, Sumy, Mykolaiv,
Avdiivka). :func:`add_gazetteer_ruler` adds an ``entity_ruler`` before ``ner`` whose phrase
patterns (matched on the LOWER attribute) cover oblast-level names, cities above ~5,000
inhabitants in Ukraine and the Russian border regions (20,000 elsewhere in Russia) and their
spelling variants. The pattern list is built once per process and cached.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.geo.gazetteer import get_gazetteer

UA_MIN_POP = 5000
RU_BORDER_MIN_POP = 5000
RU_MIN_POP = 20000
OTHER_MIN_POP = 100000


@lru_cache(maxsize=1)
def gpe_names() -> tuple[str, ...]:
    """Surface forms to tag as GPE (sorted, de-duplicated)."""
    from sitrep.geo.build import _rows  # data tables
    from sitrep.geo.gazetteer import RU_BORDER

    g = get_gazetteer()
    names: set[str] = set()
    for i in range(len(g)):
        cc, pop, a1 = g._cc[i], g._pop[i], g._a1[i]
        if cc == "UA":
            ok = pop >= UA_MIN_POP
        elif cc == "RU":
            ok = pop >= (RU_BORDER_MIN_POP if a1 in RU_BORDER else RU_MIN_POP)
        else:
            ok = pop >= OTHER_MIN_POP and cc in ("BY", "MD", "PL", "RO", "SK", "HU")
        if ok:
            names.add(g._name[i])
    for row in _rows("aliases.tsv"):
        names.add(row[0])
        names.add(row[1])
    for row in _rows("regions.tsv"):
        for n in row[1].split("|"):
            if n.upper() != n:  # not acronyms like DPR (ORG-like, left to the model)
                names.add(n)
    for row in _rows("areas.tsv"):
        names.update(n for n in row[0].split("|") if not n.lower().startswith("the "))
    for iso, (name, _cc, _lat, _lon) in g._regions.items():
        if iso[:2] in ("UA", "RU"):
            names.add(name)
    stop = g._stop
    from sitrep.geo.translit import fold

    return tuple(sorted(n for n in names if n and len(n) > 2 and fold(n) not in stop))


def add_gazetteer_ruler(nlp, *, name: str = "gazetteer_ruler", overwrite_ents: bool = False):
    """Add an ``entity_ruler`` with GPE patterns before ``ner`` (or last if there is no ner).

    Returns the ruler. Calling it twice on the same pipeline returns the existing ruler.
    """
    if name in nlp.pipe_names:
        return nlp.get_pipe(name)
    config = {"phrase_matcher_attr": "LOWER", "overwrite_ents": overwrite_ents, "validate": False}
    kwargs = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=name, config=config, **kwargs)
    patterns = [{"label": "GPE", "pattern": n} for n in gpe_names()]
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    return ruler
