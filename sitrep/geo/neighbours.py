"""Namesakes placed by the text's other places (issue 11): a village name written without its
region is the namesake nearest the other places named; one far from all of them is dropped.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`, used by :meth:`find_mentions`.
"""
from __future__ import annotations

from sitrep.geo.lexicon import _haversine
from sitrep.geo.mentions import PlaceMention
from sitrep.geo.resolve import with_reason


class NeighboursMixin:
    """_by_neighbours / _neighbour_pick."""

    def _by_neighbours(self, out: list, ambiguous: list, doc_regions, doc_ccs) -> list:
        """A name with namesakes, written without its region, is the namesake nearest the text's
        other places ("Petrivka near Kupiansk"); a village more than 100 km from all of them, in
        no region the text names, is left unresolved rather than guessed."""
        pts = {(m.location.lat, m.location.lon) for m in out
               if m.kind == "settlement" and m.location.precision <= 2 and m.location.lat is not None}
        if len(pts) < 2:
            return out
        drop: set = set()
        memo: dict = {}
        for idx, key, strong in ambiguous:
            m = out[idx]
            loc = m.location
            if loc.admin1_code in strong:
                continue  # the sentence names its region
            mk = (key, loc.lat, loc.lon, loc.precision, frozenset(strong))
            if mk not in memo:
                memo[mk] = self._neighbour_pick(key, loc, pts, strong, doc_regions, doc_ccs)
            got = memo[mk]
            if got == "drop":
                drop.add(idx)
            elif got is not None:
                out[idx] = PlaceMention(m.start, m.end, m.text, m.kind, got)
        return [m for i, m in enumerate(out) if i not in drop] if drop else out

    def _neighbour_pick(self, key, loc, pts, strong, doc_regions, doc_ccs):
        """For _by_neighbours: "drop", a new location, or None (keep)."""
        if len(self._names.get(key, ())) + len(self._aliases.get(key, ())) < 2:
            return None
        lat, lon, pop = self._lat, self._lon, self._pop
        cands = self._cands(key)
        cur = next((c[0] for c in cands if (lat[c[0]], lon[c[0]]) == (loc.lat, loc.lon)), None)
        if cur is None or pop[cur] >= 100000:
            return None  # a city's name is the city ("Kyiv", "Washington"), not a village near the others
        anchors = [p for p in pts if p != (loc.lat, loc.lon)]
        if not anchors:
            return None
        near = []
        for c in cands:
            la, lo = lat[c[0]], lon[c[0]]
            for a in anchors:  # a degree of latitude is 111 km: no haversine for the far ones
                if abs(a[0] - la) < 1.0 and abs(a[1] - lo) < 1.6 and _haversine(la, lo, a[0], a[1]) <= 100:
                    near.append(c)
                    break
        if not near:
            if loc.admin1_code not in doc_regions and pop[cur] < 10000:
                return "drop"  # a village far from everything else the text names: no guess
            return None
        i, st = max(near, key=lambda c: self._score(c[0], c[1], strong, doc_regions, doc_ccs, None, anchors))
        if (lat[i], lon[i]) == (loc.lat, loc.lon):
            return None
        new = self._place_location(i, precision=2 if loc.precision == 2 else None)
        return with_reason(new, self._reason(i, st, strong, doc_regions, doc_ccs, None, None, None)
                           + "; namesake nearest the other places named")
