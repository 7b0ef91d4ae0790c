"""Candidate places for a folded name, their scores, typo candidates and city districts (also the
districts find_mentions reads: of a city named before, of a Russian district town).

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`: it works on the index arrays the
gazetteer loads (``_name``, ``_cc``, ``_a1``, ``_pop`` ...).
"""
from __future__ import annotations

import math
import re
from typing import Iterable, Optional

from sitrep.lifelong import unmarshal
from sitrep.geo.lexicon import (
    _COMPAT, _FRONT_BONUS, _FRONT_IN_REGION, _STRENGTH_BONUS, _CUE, _LEAD_PREP, _QUAL, _TRAIL_TYPE, FRONT_ADMIN1, RU_BORDER,
    THEATRE, WAR_ADMIN1, _adj_stems, _haversine, _one_edit, nearest_km,
)
from sitrep.geo.resolve import with_reason
from sitrep.geo.translit import fold, fold_token
from sitrep.geo.typos import deletion_index, fuzzy_entry, keys_by_region, one_edit_keys
from sitrep.model import Location


_DISTRICT_ADJ_SUFFIX = re.compile(r"(.{3,}?)(?:skiy|skii|skyi|sky|ski|skoy|skoye)$")  # a Russian district adjective


class CandidatesMixin:
    """Candidates of a key and their scores."""

    def _cands(self, key: str) -> list[tuple[int, int]]:
        out = {}
        for code in self._names.get(key, ()):
            i, s = code >> 2, code & 3
            if out.get(i, -1) < s:
                out[i] = s
        for i in self._aliases.get(key, ()):
            out[i] = 3
        return list(out.items())

    def _english_word(self, key: str, i: int, strength: int) -> bool:
        """True when ``key`` is an ordinary English word and place ``i`` too small or too weak a
        reading of it to take without context (a region or country named, "village of", "near")."""
        if key not in self._english or key in self._aliases:
            return False
        if strength < 2:
            # "Human" as an old spelling of Uman, "Below" for Belyov; a large city abroad by another
            # spelling is the city ("Ulaanbaatar")
            return not (self._cc[i] not in THEATRE and self._pop[i] >= 500000)
        pop = self._pop[i]
        if self._cc[i] in ("UA", "RU"):
            return pop < 20000
        return pop < 100000

    def is_place_key(self, key: str) -> bool:
        return key in self._names or key in self._aliases

    def _score(self, i: int, strength: int, strong: frozenset | set, weak: frozenset | set,
               ccs: frozenset | set, hint: Optional[str], anchors=None) -> float:
        cc = self._cc[i]
        a1 = self._a1[i]
        if cc == "UA":
            s = 4.0 + (1.0 if a1 in FRONT_ADMIN1 else 0.5 if a1 in WAR_ADMIN1 else 0.0)
        elif cc == "RU":
            s = 3.0 if a1 in RU_BORDER else 0.5  # a war report's "Dachnoye" is Ukrainian Dachne, not a suburb of St Petersburg
        elif cc in ("BY", "MD"):
            s = 1.0
        elif cc in THEATRE:
            s = 0.5
        else:
            s = 0.0 if strength >= 2 else -1.5  # abroad, English news writes a city's own name
        pop = self._pop[i]
        s += 0.8 * math.log10(pop + 10)
        if pop >= 1000000:
            s += 2.0  # a world city is what an unqualified "New York" means
        if pop >= 100000 and strength >= 2 and cc in ("UA", "RU"):
            s += 3.0  # a bare "Mykolaiv" is the oblast centre, not a village elsewhere that once bore the name
        s += _FRONT_BONUS[self._front[i]]
        s += _STRENGTH_BONUS[strength]
        if self._prec[i] == 1:
            s += 0.3
        if a1 is not None:
            # a region named nearby pulls hard, but less for a match on an old or variant
            # spelling only ("Mykolaiv" is the city, not a village once called so near Donetsk)
            pull = 1.0 if strength >= 2 else 0.5
            if a1 in strong:
                s += 8.0 * pull
            elif a1 in weak:
                s += 3.0 * pull
        if cc in ccs:
            s += 1.5
            cap = self._countries.get(cc)
            if cap and cap[4] and self._prec[i] == 1 and fold(cap[4]) == fold(self._name[i]):
                s += 2.0  # "Bermuda's parliament in Hamilton": the capital of the country named
        if hint and cc == hint:
            s += 5.0
        if anchors:
            lat, lon = self._lat[i], self._lon[i]
            d = nearest_km(lat, lon, anchors, stop_below=25.0)  # exact from 25 km on
            if d < 25:
                s += 2.5
            elif d < 50:
                s += 1.5
            elif d < 100:
                s += 0.5
        return s

    def _best(self, key: str, *, constraint: Optional[set] = None, constraint_cc: Optional[str] = None,
              strong=frozenset(), weak=frozenset(), ccs=frozenset(), hint=None,
              anchors=None) -> Optional[tuple[int, int]]:
        cands = self._cands(key)
        if not cands:
            return None
        if constraint:
            cands = [(i, s) for i, s in cands if self._a1[i] in constraint]
        if constraint_cc:
            cands = [(i, s) for i, s in cands if self._cc[i] == constraint_cc]
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        if callable(anchors):
            anchors = anchors()
        if constraint:
            # namesakes within the region written: the one near the line of contact is where the
            # fighting is reported from (a bare name abroad keeps the plain bonus: "New York" is NYC);
            # a place of that very name before one that merely once bore it ("Ivanivka, Kherson
            # oblast" is an Ivanivka, not a town with Ivanivka among its old names)
            if any(c[1] >= 2 for c in cands):
                cands = [c for c in cands if c[1] >= 2]
                if len(cands) == 1:
                    return cands[0]
            front = self._front
            return max(cands, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors)
                       + _FRONT_IN_REGION[front[c[0]]])
        best = max(cands, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors))
        return self._known_abroad(best, cands, strong, weak, ccs, hint)

    def _known_abroad(self, best, cands, strong, weak, ccs, hint):
        """A well-known city abroad beats a small namesake in a country merely named in the text
        ("Geneva" is Swiss though the United States is named; "Geneva, New York" and "Geneva,
        Illinois" tie it, through a region or constraint): the namesake's only pull was the
        country bonus, and a city of 100,000+ (and twice its size) or ten times its size wins."""
        i = best[0]
        cc = self._cc[i]
        if hint or cc in THEATRE or cc not in ccs or self._a1[i] in strong or self._a1[i] in weak:
            return best
        if self._a1[i] is None and any(r[:3] == cc + "-" for r in (*strong, *weak)):
            return best  # "Ontario officials in Kingston": a region of its country named, its own unknown
        cap = self._countries.get(cc)
        if cap and cap[4] and fold(cap[4]) == fold(self._name[i]):
            return best  # "Bermuda's parliament in Hamilton": the capital of the country named
        pop = self._pop
        big = [c for c in cands if c[1] >= 2 and self._cc[c[0]] != cc and self._cc[c[0]] not in ccs
               and (pop[c[0]] >= 10 * pop[i] or (pop[c[0]] >= 100000 and pop[c[0]] >= 2 * pop[i]))]
        return max(big, key=lambda c: pop[c[0]]) if big else best

    @staticmethod
    def _expand(isos: Iterable[str]) -> set:
        out = set()
        for iso in isos:
            out.add(iso)
            out.update(_COMPAT.get(iso, ()))
        return out

    def _fuzzy(self, key: str, isos: set) -> list[tuple[int, int]]:
        """Places in ``isos`` whose primary key (or long alternate spelling) is one edit (deletion,
        insertion, substitution) from ``key``: :mod:`sitrep.geo.typos`. Remembered per key for the war
        zone's regions (the set nearly every caller asks about, over 20 deletion indexes: on the crawl
        106 calls for 42 keys)."""
        if isos is not WAR_ADMIN1:
            return self._fuzzy_scan(key, isos)
        memo = self.__dict__.setdefault("_fuzzy_memo", {})
        got = memo.get(key)
        if got is None:
            if len(memo) >= 4096:
                memo.clear()
            got = memo[key] = tuple(self._fuzzy_scan(key, isos))
        return list(got)

    def _fuzzy_scan(self, key: str, isos: set) -> list[tuple[int, int]]:
        out: dict[int, int] = {}
        for iso in isos:
            for k in one_edit_keys(self._typo_table(iso), key):
                if k == key or not _one_edit(k, key):
                    continue
                for code in self._names[k]:
                    i = code >> 2
                    if self._a1[i] == iso and fuzzy_entry(code, k, self._pop):
                        out[i] = 1  # scored as an alternative spelling
        return list(out.items())

    def _typo_table(self, name: str) -> dict:
        """The deletion index of region ``name`` (or "towns"): unpacked from the prebuilt blob on first
        use, or built on demand for a region the blob does not hold."""
        if self._fuzzy_blob is not None:
            self._fuzzy_index.update(unmarshal(self._fuzzy_blob))
            self._fuzzy_blob = None
        idx = self._fuzzy_index.get(name)
        if idx is None:
            if name == "towns":
                idx = deletion_index(sorted(self._town_keys))
            else:
                if self._keys_by_a1 is None:
                    self._keys_by_a1 = keys_by_region(self._names, self._a1, self._pop)
                idx = deletion_index(self._keys_by_a1.get(name, ()))
            self._fuzzy_index[name] = idx
        return idx

    def candidates(self, mention: str, context: str = "", limit: int = 10) -> list[dict]:
        """The scored candidates for a bare name, best first (for ``sitrep geocode --candidates``)."""
        text = _TRAIL_TYPE.sub("", _CUE.sub("", _QUAL.sub("", _LEAD_PREP.sub("", mention.strip())))).split(",")[0]
        key = fold(re.sub(r"^the\s+", "", text.strip(" .;:"), flags=re.I))
        strong, weak, ccs = self.context_regions(context)
        anchors = self._anchor_fn(context, key)()
        cands = self._cands(key)
        how = "name"
        if not cands and len(key) >= 6:
            cands, how = self._fuzzy(key, WAR_ADMIN1), "one edit"
        rows = []
        for i, st in cands:
            rows.append({"name": self._name[i], "country_code": self._cc[i], "admin1_code": self._a1[i],
                         "lat": self._lat[i], "lon": self._lon[i], "population": self._pop[i],
                         "match": how if how != "name" else ("name" if st >= 2 else "variant spelling"),
                         "score": round(self._score(i, st, strong, weak, ccs, None, anchors), 2)})
        rows.sort(key=lambda r: -r["score"])
        return rows[:limit]

    def _first_key(self, i: int) -> str:
        return fold(self._name[i])

    def _known(self, name: str) -> bool:
        k = fold(re.sub(r"^the\s+", "", name, flags=re.I))
        return (k in self._names or k in self._aliases or k in self._region_keys or k in self._area_keys
                or k in self._country_keys)

    def _grid_cells(self):
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = {}
            for i in range(len(self._name)):
                if self._prec[i] == 1 and self._src[i] in ("geonames", "district"):
                    grid.setdefault((int(self._lat[i] * 4), int(self._lon[i] * 4)), []).append(i)
            self._grid = grid
        return self._grid

    def _near(self, lat: float, lon: float, km: float) -> tuple[tuple[float, int], ...]:
        """(distance, place) of the GeoNames settlements within ``km`` of a point (remembered per
        point: the districts of one city are asked for again and again)."""
        memo = self.__dict__.setdefault("_near_memo", {})
        got = memo.get((lat, lon, km))
        if got is None:
            if len(memo) >= 4096:
                memo.clear()
            got = memo[(lat, lon, km)] = tuple(self._near_scan(lat, lon, km))
        return got

    def _near_scan(self, lat: float, lon: float, km: float) -> list[tuple[float, int]]:
        grid = self._grid_cells()
        r = int(km / 25) + 1
        ci, cj = int(lat * 4), int(lon * 4)
        out = []
        for a in range(ci - r, ci + r + 1):
            for b in range(cj - r, cj + r + 1):
                for i in grid.get((a, b), ()):
                    d = _haversine(lat, lon, self._lat[i], self._lon[i])
                    if d <= km:
                        out.append((d, i))
        return out

    def _town_typo(self, key: str) -> Optional[int]:
        """The one town (10,000+ inhabitants, war-zone region, same first letter) whose name is one
        edit from ``key`` ("Avdiika", "Kramatorks"), for misspelt names in free text. Remembered per key
        (find_mentions asks about every capitalised word it does not know: on the crawl 1,779 times for
        545 words)."""
        memo = self.__dict__.setdefault("_town_typo_memo", {})
        got = memo.get(key, memo)  # (the memo itself: not asked yet; None is an answer)
        if got is memo:
            if len(memo) >= 4096:
                memo.clear()
            got = memo[key] = self._town_typo_scan(key)
        return got

    def _town_typo_scan(self, key: str) -> Optional[int]:
        keys = one_edit_keys(self._typo_table("towns"), key)
        hits = {c >> 2 for k in keys if k[:1] == key[:1] and k != key and _one_edit(k, key)
                for c in self._names[k] if c & 3 >= 2 and self._pop[c >> 2] >= 10000 and self._a1[c >> 2] in WAR_ADMIN1}
        return hits.pop() if len(hits) == 1 else None

    def _raion(self, key: str, constraint=None, constraint_cc=None, strong=(), weak=()) -> Optional[tuple]:
        """The Ukrainian raion named by folded ``key`` ("bakhmutski" or its stem "bakhmut"), within
        ``constraint`` when given; among namesakes the one in a region named, else near the front."""
        if constraint_cc and constraint_cc != "UA":
            return None
        recs: tuple = ()
        for k2 in (key, *_adj_stems(key), *([key[:-2]] if key.endswith("ka") else [])):
            recs = self._raions.get(k2, ())
            if recs:
                break
        if constraint:
            recs = tuple(r for r in recs if r[1] in constraint)
        if not recs:
            return None
        return max(recs, key=lambda r: (r[1] in strong, r[1] in weak, r[1] in FRONT_ADMIN1, r[4]))

    def _border_district(self, key: str, constraint=None, constraint_cc=None, strong=(), weak=(), raion=None):
        """A district of a Russian border region named by its folded adjective ("glushkovski"): (region,
        index of its administrative centre, the district's name); None when a Ukrainian raion of that
        name (``raion``) is the better reading (its region named, or the district's region not named)."""
        bd = self._border_districts.get(key)
        if bd is None or constraint_cc not in (None, "RU") or constraint and bd[0] not in constraint:
            return None
        if raion is not None and not (bd[0] in strong or bd[0] in weak and raion[1] not in strong):
            return None
        return bd

    def _raion_town(self, key: str, region=None) -> Optional[int]:
        """The centre town a raion adjective comes from ("Derhachivskyi" -> Derhachi, "Brovarskyi"
        -> Brovary, "Borodianskyi" -> Borodianka): the largest Ukrainian settlement with such a key."""
        keys = []
        for st in _adj_stems(key)[:-1]:
            keys += [st, st + "i", st + "a", st + "ka"]
            if st.endswith("iv"):
                keys += [st[:-2] + "i", st[:-2] + "a"]
        best = None
        for k in keys:
            for i, s in self._cands(k):
                if s >= 2 and self._cc[i] == "UA" and self._prec[i] == 1 and (not region or self._a1[i] in region):
                    if best is None or self._pop[i] > self._pop[best]:
                        best = i
        return best

    def _raion_location(self, r: tuple) -> Location:
        name, iso, lat, lon, _n = r
        return Location.model_construct(name=f"{name} raion", country_code="UA", admin1_code=iso,
                                        admin1=self._region_name(iso), admin2=f"{name} raion", lat=lat,
                                        lon=lon, geonameid=None, precision=2, source="katottg")

    def _district_keys(self, base: str) -> list[str]:
        """Folded keys a written district name may stand for: itself; the adjective of a noun
        ("Kirov district" -> Kirovskyi); the adjective of another spelling of its stem ("Kievsky"
        -> Kyiv -> Kyivskyi)."""
        k = fold(base)
        keys = [k]
        m = re.match(r"(?P<s>.{3,}?)(?:s'?k[iy]y?i?|s'?kiy|skoy|skii)$", base.strip(), re.I)
        if m is None:
            keys.append(k + "ski")  # a noun: "Kirov district"
            stem = base
        else:
            stem = m.group("s")
        for i in self._aliases.get(fold(stem), ()):
            keys.append(fold(self._name[i]) + "ski")
        return keys

    def _district(self, city: int, district: str, exact_only: bool = False) -> Optional[int]:
        """A city district ("Kirovskyi", "Desnianskyi") as a GeoNames section of the city (<= 25 km).

        Old (pre-2016) district names go through ``districts.tsv``; then an exact name match,
        then a match on the adjective's stem ("Desnianskyi" -> "Desna", "Pecherskyi" -> "Pechersk").
        """
        lat, lon = self._lat[city], self._lon[city]
        base = re.sub(r"\s+(?:district|raion|rayon|microdistrict)$", "", district.strip(), flags=re.I)
        near = [(d, i) for d, i in self._near(lat, lon, 25.0) if i != city]
        ck = fold(self._name[city])
        keys = [self._districts.get((ck, k), k) for k in self._district_keys(base)]
        k = keys[0]
        exact = [(d, i) for d, i in near if fold(self._name[i]) in keys]
        if exact:
            return min(exact)[1]
        if exact_only:
            return None
        stem = k
        for suf in ("ski", "ki", "i"):
            if stem.endswith(suf):
                stem = stem[: -len(suf)]
                break
        for suf in ("ian", "an", "iv", "ov", "ev", "in"):
            if stem.endswith(suf) and len(stem) - len(suf) >= 4:
                stem = stem[: -len(suf)]
                break
        if len(stem) < 4:
            return None
        hits = [(-self._pop[i], d, i) for d, i in near if fold(self._name[i]).startswith(stem)]
        return min(hits)[2] if hits else None

    def _district_of_city_named(self, raw, a: int, name: str, strong, doc_regions, doc_ccs,
                                after: int = -1, words=None) -> Optional[Location]:
        """"Two bombs hit Kharkiv … one in the Kyivskyi district": the district of the nearest city
        (100,000+) named before in the text (the city at precision 2 when the gazetteer lacks it);
        "Saltivskyi District, Kharkiv": the city named right after it (at token ``after``)."""
        for (a2, _b2, k2, p2, _e2) in raw:
            if a2 == after and k2 == "settlement":
                cb = self._best(p2, strong=strong, weak=doc_regions, ccs=doc_ccs)
                if cb is not None and self._pop[cb[0]] >= 100000:
                    return self._district_or_city(cb[0], name)
        for (a2, b2, k2, p2, _e2) in reversed(raw):
            if a2 >= a or k2 != "settlement":
                continue
            if words is not None and b2 < len(words) and words[b2].lower() in ("district", "districts", "raion"):
                continue  # another district ("the city's Kyivskyi district ... the Slobidskyi district"), not the city
            cb = self._best(p2, strong=strong, weak=doc_regions, ccs=doc_ccs)
            if cb is None or self._pop[cb[0]] < 100000:
                continue
            return self._district_or_city(cb[0], name)  # the district, else the city at precision 2
        return None

    def _adj_towns(self, word: str) -> tuple:
        """The settlement keys (Russia, Belarus) a Russian district adjective may be formed from, most
        likely first ("Liskinsky" -> Liski, "Glushkovsky" -> Glushkovo, "Sudzhansky" -> Sudzha,
        "Klimovsky" -> Klimov?, Klimovo, Klimovsk: the region named decides)."""
        m = _DISTRICT_ADJ_SUFFIX.match(word.lower())
        return self._district_towns(m.group(1)) if m else ()

    def _district_towns(self, st: str) -> tuple:
        """Every settlement key (Russia, Belarus) the stem of a district adjective may come from, in
        order of likelihood ("klimov": Klimov?, Klimovo, Klimovsk): the region named decides."""
        out = []
        for c in (st, st + "o", st + "a", st + "i", st + "y", st + "sk", st + "ki", st + "ka", st[:-1], st[:-2] + "y",
                  st[:-2] + "i", st + "ino", st + "ovo", st + "evo", st[:-1] + "o"):
            k = fold_token(c)
            ids = self._names.get(k)
            if k not in out and ids and any(self._cc[i >> 2] in ("RU", "BY") for i in ids):
                out.append(k)
        return tuple(out)

    def _district_or_city(self, city: int, district: str) -> Location:
        """The city district named ("Kirovskyi" of Donetsk), else the city itself at precision 2."""
        d = self._district(city, district)
        if d is not None:
            return with_reason(self._place_location(d), f"city district of {self._name[city]}")
        return with_reason(self._place_location(city, 2), f"district of {self._name[city]} not in the gazetteer: the city")
