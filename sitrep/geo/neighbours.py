"""Namesakes placed by the text's other places (issue 11): a village name written without its
region is the namesake nearest the other places named (a town written as a bearing in its own
sentence first); one far from all of them is dropped. Also the sentence-region distance test and
the "City - District" reading of find_mentions.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`, used by :meth:`find_mentions`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from sitrep.model import Location
from sitrep.geo.distance import initial_bearing_deg
from sitrep.geo.lexicon import FRONT_ADMIN1, THEATRE, _haversine
from sitrep.geo.mentions import PlaceMention
from sitrep.geo.resolve import with_reason
from sitrep.geo.translit import fold


_BEARING_OF = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|"
                         r"north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
                         re.I)  # "southeast of Kupiansk": the town a place is placed by
_DASH_GAP = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")
_DISTRICT_WORD = re.compile(r"(?:sk|ck|n)(?:yi|yy|iy|ij|y|oi|oy|ii|ii)$|^South-|^North-|^(?:Central|Tsentraln)", re.I)
_REGION_FAR_KM = 250  # a place this far from the centroid of every region its sentence names is no place there
_REGION_BIG = 200000  # a city this big is itself wherever the sentence's regions are
_TOWN_KEEPS = 50000  # a town this big keeps its name against villages near the places of other sentences
_ANCHOR_KM = 40  # "X of <town> near Y": Y's namesake this close to the town named in the sentence
_BEARING_KM = 90  # ... or this close when it lies in the direction the bearing states ("northeast of Kharkiv")
_BEARING_DEG = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
                "west": 270, "northwest": 315}


# words that open a sentence after a dash dateline and are never a city district
_FUNCTION_WORDS = frozenset("the a an in on at this that these those it he she they we his her their its our as after "
                            "before when while according russian ukrainian president officials local".split())

def _by_bearing(la: float, lo: float, a: tuple, deg) -> bool:
    """True when (la, lo) is within ``_ANCHOR_KM`` of the anchor point ``a``, or within
    ``_BEARING_KM`` of it and less than 60 degrees off the bearing ``deg`` (None: no direction)."""
    if abs(a[0] - la) > 0.9:
        return False
    d = _haversine(la, lo, a[0], a[1])
    if d <= _ANCHOR_KM:
        return True
    if deg is None or d > _BEARING_KM:
        return False
    return abs((initial_bearing_deg(a[0], a[1], la, lo) - deg + 180) % 360 - 180) < 60


class NeighboursMixin:
    """_by_neighbours / _neighbour_pick; _far_from_regions and _dash_district for find_mentions."""

    def _far_from_regions(self, loc: Location, regions) -> Optional[str]:
        """The first of the sentence's ``regions`` (ISO codes of a theatre country) when ``loc``,
        a town under ``_REGION_BIG`` people, lies more than ``_REGION_FAR_KM`` from the centroid of
        every one of them; else None."""
        first = None
        top = self._best(fold(loc.name)) if loc.name else None
        if top is None or self._pop[top[0]] >= _REGION_BIG:
            return None  # "Belgorod region ... and Moscow": a city is the city
        for iso in sorted(regions):
            if iso[:2] not in THEATRE:
                return None
            r = self.region_location(iso)
            if r is None or r.lat is None:
                return None
            if _haversine(loc.lat, loc.lon, r.lat, r.lon) <= _REGION_FAR_KM:
                return None
            first = first or iso
        return first

    def _namesake_near_regions(self, key: str, regions) -> Optional[Location]:
        """The namesake of ``key`` within ``_REGION_FAR_KM`` of a sentence's region centroid ("fired mortars
        at the Semenivka hromada from the Bryansk region": the Semenivka by that border, not the one 500 km
        off): the most populous, then the nearest; None when there is none."""
        cents = [r for r in (self.region_location(iso) for iso in regions) if r is not None and r.lat is not None]
        near = {}
        for i, _s in self._cands(key):
            d = min((_haversine(self._lat[i], self._lon[i], r.lat, r.lon) for r in cents), default=_REGION_FAR_KM + 1)
            if d <= _REGION_FAR_KM:
                near[i] = (self._pop[i], -d)
        return with_reason(self._place_location(max(near, key=near.get)), "namesake nearest the region of the sentence") if near else None

    def _dash_district(self, text: str, toks, cap, j: int, key: str) -> bool:
        """True when the city named by ``key`` (tokens before ``j``) is followed by " - District"
        ("Donetsk - Kirovskyi", "Kharkiv – Saltivskyi"): a city of 100,000 or more, a dash with
        spaces, then a capitalised word that is no region or country and reads as a district
        (an adjectival name, or no place of its own)."""
        if j >= len(toks) or cap[j] != 1 or (len(toks.words[j - 1]) > 2 and toks.words[j - 1].isupper()):
            return False  # ("ROME - Italy's cabinet ...": a dateline in capitals, not "Donetsk - Kirovskyi")
        if not _DASH_GAP.fullmatch(text[toks[j - 1][2]:toks[j][1]]):
            return False
        word = toks.words[j]
        k = fold(word)
        if k in _FUNCTION_WORDS:
            return False  # "Kyiv - The parliament voted ...": a dash dateline, then the sentence
        top = self._best(key)
        if top is None or self._pop[top[0]] < 100000 or k in self._country_keys:
            return False
        if any(iso[:2] == self._cc[top[0]] for iso in self._region_keys.get(k, ())):
            return False  # "Kharkiv - Donetsk": a region of the city's country
        if (k in self._names or k in self._aliases) and not _DISTRICT_WORD.search(word):
            return False  # "the Kharkiv - Kyiv highway"
        return True


    def _comma_district(self, toks, cap, j: int, key: str) -> bool:
        """True when the city named by ``key`` (tokens before ``j``) is followed by ", X district", X is a
        district of that city in the gazetteer and X alone would read as a region ("Odesa, Prymorskyi
        district": not Primorsky Krai). Other districts are left to the later passes, which already give
        them their city."""
        words = toks.words
        if j + 2 >= len(words) or words[j] != "," or cap[j + 1] != 1 or words[j + 2].lower() not in ("district", "raion", "rayon"):
            return False
        k = fold(words[j + 1])
        if k not in self._region_keys:
            return False
        top = self._best(key)
        return top is not None and self._pop[top[0]] >= 100000 and self._district(top[0], words[j + 1]) is not None

    def _by_neighbours(self, out: list, ambiguous: list, doc_regions, doc_ccs, starts=(), text="") -> list:
        """A name with namesakes, written without its region, is the namesake nearest the text's
        other places ("Petrivka near Kupiansk"); a village more than 100 km from all of them, in
        no region the text names, is left unresolved rather than guessed. A place of the same
        sentence written as a bearing ("east of Kupiansk near Petropavlivka") outweighs the rest of the document: the
        namesake within ``_ANCHOR_KM`` of it wins. ``starts``: the sentences' first characters."""
        pts = {(m.location.lat, m.location.lon) for m in out
               if m.kind == "settlement" and m.location.precision <= 2 and m.location.lat is not None}
        if len(pts) < 2:
            return out
        drop: set = set()
        memo: dict = {}
        by_sent: dict = {}  # sentence -> mentions written as a bearing ("east of Kupiansk")
        sent_pts: dict = {}  # sentence -> places
        if starts:
            for k, m in enumerate(out):
                if m.kind == "settlement" and m.location.precision <= 2 and m.location.lat is not None:
                    sn = bisect_right(starts, m.start)
                    sent_pts.setdefault(sn, []).append((m.location.lat, m.location.lon))
                    bm = _BEARING_OF.search(text, max(0, m.start - 40), m.start) \
                        if text.find(" of ", m.start - 8, m.start) >= 0 else None
                    if bm:
                        word = bm.group(0).lower().split()[0].replace("-", "")
                        by_sent.setdefault(sn, []).append((k, _BEARING_DEG.get(word.removesuffix("ern"))))
        sent_pts = {k: frozenset(v) for k, v in sent_pts.items()}
        for idx, key, strong in ambiguous:
            m = out[idx]
            loc = m.location
            if loc.admin1_code in strong:
                continue  # the sentence names its region
            sn = bisect_right(starts, m.start) if starts else None
            mates = [(out[k].location, deg) for k, deg in by_sent[sn] if k != idx and self._solid(out[k])] \
                if sn in by_sent else ()
            if mates:
                got = self._anchor_pick(key, loc, mates, strong, doc_regions, doc_ccs)
                if got is not None:
                    out[idx] = PlaceMention(m.start, m.end, m.text, m.kind, got)
                    continue
            local = sent_pts.get(sn) if starts else None
            mk = (key, loc.lat, loc.lon, loc.precision, frozenset(strong), local)
            if mk not in memo:
                memo[mk] = self._neighbour_pick(key, loc, pts, strong, doc_regions, doc_ccs, local)
            got = memo[mk]
            if got == "drop":
                drop.add(idx)
            elif got is not None:
                out[idx] = PlaceMention(m.start, m.end, m.text, m.kind, got)
        return [m for i, m in enumerate(out) if i not in drop] if drop else out

    def _solid(self, m) -> bool:
        """A mention that can anchor its sentence's namesakes: a town of 10,000 or more, or a
        name with a single place (not itself one of many villages of that name)."""
        key = fold(m.text)
        cands = self._cands(key) if (key in self._names or key in self._aliases) else ()
        if not cands:
            return m.location.precision <= 2 and m.location.source != "iso3166"
        if len(cands) == 1:
            return True
        loc = m.location
        return any(self._pop[c] >= 10000 for c, _s in cands
                   if (self._lat[c], self._lon[c]) == (loc.lat, loc.lon))

    def _anchor_pick(self, key, loc, mates, strong, doc_regions, doc_ccs):
        """For _by_neighbours: the namesake of ``key`` within ``_ANCHOR_KM`` of a place named in
        the same sentence as a bearing (``mates``: its location and the bearing's degrees), or
        within ``_BEARING_KM`` of it in the direction the bearing states ("northeast of Kharkiv
        City near Lyman": the Lyman 60 km northeast of Kharkiv, not the town in Donetsk oblast),
        when the current answer is near none of them; else None."""
        if len(self._names.get(key, ())) + len(self._aliases.get(key, ())) < 2:
            return None
        anchors = {(a.lat, a.lon): deg for a, deg in mates if (a.lat, a.lon) != (loc.lat, loc.lon)}
        if not anchors or any(_by_bearing(loc.lat, loc.lon, a, deg) for a, deg in anchors.items()):
            return None
        lat, lon, pop = self._lat, self._lon, self._pop
        cands = self._cands(key)
        cur = next((c[0] for c in cands if (lat[c[0]], lon[c[0]]) == (loc.lat, loc.lon)), None)
        if cur is None or pop[cur] >= 100000:
            return None  # a city's name is the city
        near = [c for c in cands if pop[c[0]] < 100000 and any(
            _by_bearing(lat[c[0]], lon[c[0]], a, deg) for a, deg in anchors.items())]
        if not near:
            return None
        i, st = max(near, key=lambda c: self._score(c[0], c[1], strong, doc_regions, doc_ccs, None, list(anchors)))
        new = self._place_location(i, precision=2 if loc.precision == 2 else None)
        return with_reason(new, self._reason(i, st, strong, doc_regions, doc_ccs, None, None, None)
                           + "; namesake next to a place of the same sentence")

    def _neighbour_pick(self, key, loc, pts, strong, doc_regions, doc_ccs, local=None):
        """For _by_neighbours: "drop", a new location, or None (keep)."""
        if len(self._names.get(key, ())) + len(self._aliases.get(key, ())) < 2:
            return None
        lat, lon, pop = self._lat, self._lon, self._pop
        cands = self._cands(key)
        cur = next((c[0] for c in cands if (lat[c[0]], lon[c[0]]) == (loc.lat, loc.lon)), None)
        if cur is None or pop[cur] >= 100000:
            return None  # a city's name is the city ("Kyiv", "Washington"), not a village near the others
        anchors = [p for p in pts if p != (loc.lat, loc.lon)]
        if pop[cur] >= _TOWN_KEEPS and local is not None:
            anchors = [p for p in anchors if p in local]  # a town yields only to its sentence's places
            # ("... near Nevske, Serebrianka and Lozova"), not to the document's ("Odesa ... Kostiantynivka")
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
            if loc.admin1_code not in doc_regions and pop[cur] < 10000 and not (
                    loc.admin1_code in FRONT_ADMIN1 and pop[cur] >= 1000
                    and all(pop[c[0]] * 5 < pop[cur] for c in cands if c[0] != cur)):
                return "drop"  # a village far from everything else the text names: no guess
            return None
        if loc.admin1_code in doc_regions and all(pop[c[0]] * 10 <= pop[cur] for c in near if c[0] != cur):
            return None  # "the town of Balakliia" of a text naming the Kharkiv region: the town, not a village of another region named
        i, st = max(near, key=lambda c: self._score(c[0], c[1], strong, doc_regions, doc_ccs, None, anchors))
        if (lat[i], lon[i]) == (loc.lat, loc.lon):
            return None
        new = self._place_location(i, precision=2 if loc.precision == 2 else None)
        return with_reason(new, self._reason(i, st, strong, doc_regions, doc_ccs, None, None, None)
                           + "; namesake nearest the other places named")
