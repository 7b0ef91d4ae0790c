"""A village told by its hromada ("X (Y hromada)", "X, a village in Y hromada"): the namesake the codifier lists there.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`; the index keeps each KATOTTG settlement's hromada under the folded
forms a writer may name it by (:func:`sitrep.geo.build_ua.hromada_keys`), looked up by
:func:`sitrep.geo.lexicon.hromada_forms`.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Location
from sitrep.geo.lexicon import WAR_ADMIN1, _adj_stems, _centre_stems, _haversine, hromada_forms
from sitrep.geo.resolve import _WHY, head_key


class HromadaMixin:
    def _in_hromada(self, x: str, y: str, hk: str, context, country_hint, region=None) -> Optional[Location]:
        """"X (Y hromada)", "X, a village in Y hromada": the namesake of X that the codifier lists in a hromada named
        ``hk`` (folded; its adjective, stems and centre forms are keys), else the one nearest that hromada's places
        (10 km; 25 km of a namesake of its centre when the codifier knows no hromada of that name); none there: the
        hromada's centre at precision 2. ``region``: the oblasts written after it."""
        key = head_key(x)
        ok = lambda c: self._cc[c] == "UA" and (not region or self._a1[c] in region)  # noqa: E731
        members = [c for f in hromada_forms(hk) for c in self._hromadas.get(f, ()) if ok(c)]
        inside = [(c, st) for c, st in self._cands(key) if c in set(members)]
        if inside:
            centre = self._best(hk) if len(inside) > 1 else None  # two hromadas of one name: the one of the larger centre
            far = (lambda c: _haversine(self._lat[c], self._lon[c], self._lat[centre[0]], self._lon[centre[0]])) \
                if centre is not None else (lambda c: 0.0)
            i, st = max(inside, key=lambda c: (self._a1[c[0]] in WAR_ADMIN1, -round(far(c[0]) / 25), c[1], self._pop[c[0]]))
            _WHY.reason = f"{'name' if st >= 2 else 'variant spelling'}; the namesake in {y.strip()}"
            return self._place_location(i)
        if members:
            pts, radius = members, 10.0
        else:
            pts = [c for k2 in dict.fromkeys([hk] + _adj_stems(hk) + _centre_stems(hk)) for c, _s in self._cands(k2) if ok(c)]
            radius = 25.0
        if not pts:
            return None
        best = None
        for c, st in self._cands(key):
            if not ok(c):
                continue
            d = min(_haversine(self._lat[c], self._lon[c], self._lat[p], self._lon[p]) for p in pts)
            if d <= radius and (best is None or (d, -self._pop[c]) < (best[0], -self._pop[best[1]])):
                best = (d, c, st)
        if best is not None:
            d, i, st = best
            _WHY.reason = f"{'name' if st >= 2 else 'variant spelling'}; the namesake {d:.0f} km from {y.strip()}"
            return self._place_location(i)
        yl = self._geocode(y, context, country_hint)
        if yl is None or yl.country_code != "UA" or yl.lat is None or (region and yl.admin1_code not in region) \
                or (members and yl.geonameid not in {self._gid[c] for c in members}):
            return None
        _WHY.reason = f"{x.strip()} not found in {y.strip()}; fell back to the hromada's centre"
        return yl.model_copy(update={"precision": 2})
