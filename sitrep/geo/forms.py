"""Where a writer's form of a place differs from the gazetteer's (issue 11): another spelling of
the name ("Malaya Rohan", "Lysytsjansk"), a place written in the oblast next door ("Vuhledar,
Zaporizhzhia oblast"), a city district named after another city ("Kyiv District, Kharkiv").

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`, used by :mod:`~sitrep.geo.resolve` and
:mod:`~sitrep.geo.mentions`.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.lexicon import REGION_WORDS, WAR_ADMIN1, _haversine, respellings
from sitrep.geo.translit import fold

_DISTRICT_ADJ = re.compile(r"(?<=\w\w\w)(?:s'?k[iy]y?i?|s'?kiy)$", re.I)  # Darnytskyi, Prymorskyi


class WrittenFormsMixin:
    """_respelt / _across_border / _town_next_door / _city_has_district / _centre_district."""

    def _centre_district(self, head: str, constraint: set) -> tuple[Optional[int], Optional[int]]:
        """(district, city): the district named ``head`` of the largest city bearing the name of a region
        in ``constraint`` (100,000+), by its exact name; (None, city) when it has none such."""
        centre = max((i for k in {fold(self._region_name(iso) or "") for iso in constraint}
                      for i, _s in self._cands(k) if self._a1[i] in constraint), key=self._pop.__getitem__,
                     default=None)
        if centre is None or self._pop[centre] < 100000:
            return None, centre
        # a district adjective ("Darnytskyi, Kyiv") may also name the quarter it is formed from (Darnytsia)
        return self._district(centre, head, exact_only=not _DISTRICT_ADJ.search(head)), centre

    def _across_border(self, key: str, constraint) -> Optional[int]:
        """The one Ukrainian place (with its own coordinates) named exactly ``key`` outside the
        regions ``constraint`` with a settlement of one of them within 25 km."""
        hits = []
        for i, st in self._cands(key):
            if st >= 2 and self._cc[i] == "UA" and self._a1[i] not in constraint and self._prec[i] == 1:
                if any(self._a1[j] in constraint for _d, j in self._near(self._lat[i], self._lon[i], 25.0)):
                    hits.append(i)
        return hits[0] if len(hits) == 1 else None

    def _town_next_door(self, key: str, iso: str) -> Optional[int]:
        """The one town (10,000+) of the war theatre named exactly ``key`` within 200 km of the
        centre of region ``iso``, where the region written has no such place ("Alchevsk, Donetsk
        oblast": the writer named the neighbouring oblast)."""
        r = self._regions.get(iso)
        if r is None or r[1] not in ("UA", "RU"):
            return None
        towns = [i for i, st in self._cands(key) if st >= 2 and self._pop[i] >= 10000 and self._a1[i] in WAR_ADMIN1
                 and _haversine(self._lat[i], self._lon[i], r[2], r[3]) <= 200]
        return towns[0] if len(towns) == 1 else None

    def _respelt(self, head, key, constraint, constraint_cc, strong, weak, ccs, hint, anchor_fn):
        """(candidate, spelling) of another spelling of ``head`` (:func:`respellings`): within the
        region or country written, else a war-zone place only; (None, "") when none is found."""
        for alt in respellings(re.sub(r"^the\s+", "", head.strip(), flags=re.I)):
            ak = fold(alt)
            if ak == key:
                continue
            b = self._best(ak, constraint=constraint or None, constraint_cc=constraint_cc, strong=strong, weak=weak,
                           ccs=ccs, hint=hint, anchors=anchor_fn)
            if b is not None and (constraint or constraint_cc or self._a1[b[0]] in WAR_ADMIN1):
                return (b[0], 1), alt
        return None, ""

    def _city_has_district(self, city_key: str, district: str, after: str) -> bool:
        """"``district`` district, ``city_key``" names a district of that city of 100,000+: the city
        has a district of that name, or the name is that of a city in another oblast ("Kyiv
        District, Kharkiv", "Moscow district, Kazan"); not before a region word or a raion of
        the city's own region ("Bakhmut district, Donetsk region")."""
        if after in REGION_WORDS:
            return False
        cb = self._best(city_key)
        if cb is None or self._pop[cb[0]] < 100000:
            return False
        if self._district(cb[0], district) is not None:
            return True
        other = self._best(fold(district))
        return other is not None and self._pop[other[0]] >= 100000 and self._a1[other[0]] != self._a1[cb[0]]
