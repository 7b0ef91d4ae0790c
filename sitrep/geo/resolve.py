"""Resolving one written mention ("near Bakhmut", "Verbove, Zaporizhia", "Kirovskyi district,
Donetsk") to a location, and why: :meth:`geocode` and :meth:`explain` (the reasons and their
confidence: :mod:`sitrep.geo.reasons`).

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import re
import threading
from typing import Optional

from sitrep.model import Location
from sitrep.geo.lexicon import (
    _COMPAT, _CUE, _DIRECTION_LEAD, _DISTRICT_SPLIT, _HELD_LEAD, _LEAD_PREP, _QUAL, _RAION_SUFFIX, _REGION_PREFIX, _REGION_SUFFIX,
    _TRAIL_TYPE, THEATRE, WAR_ADMIN1, _adj_stems, _centre_stems, _gender_variants, _haversine, nearest_km,
)
from sitrep.geo.people import person_name_only
from sitrep.geo.reasons import ReasonMixin, confidence, with_reason  # noqa: F401  (confidence: imported from here)
from sitrep.geo.translit import fold

_NEAR_OTHER = re.compile(r"^(?P<x>[^,]+?)(?:,?\s+(?P<rel>near|outside|close to|not far from|in(?=\s+the\s))|,)"
                         r"\s*(?:the\s+)?(?P<y>[^,]+)$", re.I)
_DISTRICT_OF = re.compile(r"^(?:the\s+)?(?P<d>[^,]+?)\s+(?P<w>district|raion|rayon|microdistrict|neighbou?rhood|area)\s+"
                          r"of\s+(?:the\s+)?(?:city\s+of\s+)?(?P<c>[^,]+)$", re.I)
_AREA_ENDS = frozenset({"area", "tion", "axis", "ctor", "irts", "rons", "urbs"})  # last 4 letters of the words below
_AREA_AFTER = re.compile(r"(?<=\w)\s+(?:area|direction|axis|sector|outskirts|environs|suburbs)$", re.I)
_TWO_SEGS = re.compile(r"^(?P<x>[^,]+),\s*(?P<y>[^,]+)$")
_THREE_SEGS = re.compile(r"^(?P<x>[^,]+),\s*(?P<y>[^,]+),\s*(?P<z>[^,]+)$")
_RAION_WORD = re.compile(r"\s(?:raion|rayon|district)$", re.I)
_HROMADA_WORD = re.compile(r"\s(?:hromada|community|territorial community)$", re.I)
_MEMO_SIZE = 50_000  # context-free answers kept per gazetteer (the strings asked, not documents)
def head_key(x: str) -> str:
    """The folded key of a place name written with a cue or a type word ("the village of X", "X city")."""
    return fold(re.sub(r"^the\s+", "", _TRAIL_TYPE.sub("", _CUE.sub("", x)).strip(), flags=re.I))


_WHY = threading.local()  # .reason: why the last geocode() of this thread answered as it did


_ACRONYM = re.compile(r"(?:[A-Z][a-z]?){2,5}")  # "KhTZ", "NIS", "RMA": letters of an abbreviation

class ResolveMixin(ReasonMixin):
    """geocode / explain (the reason of a choice: :class:`~sitrep.geo.reasons.ReasonMixin`)."""

    def geocode(self, mention: str, context: str = "", *, country_hint: Optional[str] = None) -> Optional[Location]:
        """Resolve one place mention (with optional qualifiers) to a :class:`Location`.

        ``mention`` may read "near Bakhmut", "Kharkiv region", "Verbove, Zaporizhia",
        "Donetsk - Kirovskyi", "the village of Pavshyno"; ``context`` is the surrounding text,
        whose named regions break ties between homonyms. The location carries why it was chosen
        (``geo_reason``) and how sure the choice is (``geo_confidence``).
        """
        if not context and country_hint is None:
            # without context the answer depends on the words alone: kept per string (a report about
            # the Donbas front asks "X, Donetsk oblast" for each of its villages)
            memo = self.__dict__.setdefault("_geocode_memo", {})
            mk = (mention, self._minor_on())
            if mk not in memo:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                memo[mk] = self._geocode_with_reason(mention, "", None)
            return memo[mk]
        return self._geocode_with_reason(mention, context, country_hint)

    def _geocode_with_reason(self, mention: str, context: str, country_hint: Optional[str]) -> Optional[Location]:
        _WHY.reason = ""
        bare = bool(context) and "," not in mention and "(" not in mention
        if bare and person_name_only(mention.strip(), context, self._known):
            _WHY.reason = "a person's name in the context, not a place"  # "Denzel Washington", "Chad Smith"
            return None
        qualified = (self._qualified_in_context(mention, context) or self._district_city_in_context(mention, context)) if bare else None
        if bare and not qualified and not _QUAL.match(mention):  # "Athens" in a text on "Clarke County"
            qualified = self._county_state_qualified(mention, context)
        county = self._us_county(qualified or mention, context) if country_hint in (None, "US") else None
        if county is not None:  # "Dade County": no town abroad of its name
            return with_reason(county, county.geo_reason)
        loc = self._geocode(qualified or mention, context, country_hint)
        reason = getattr(_WHY, "reason", "") or ""
        typed = self._typed_in_context(mention, context, loc) if bare and not qualified else None
        if typed:  # "cholera in Kasai province" asked as "Kasai": the DRC's province, not a Japanese town
            return with_reason(self.region_location(typed), "region abroad written with its type word in the context")
        if loc is None:
            loc = self._unknown_abroad(mention, context)  # "Fulton County": its state or country, when named
            return with_reason(loc, "name not found; the region or country abroad the text names") if loc else None
        if qualified:
            reason = f"{reason}; written '{qualified}' in the context" if reason else f"written '{qualified}' in the context"
        elif bare and not _QUAL.match(mention):
            finer = self._finer_in_context(mention, loc, context)
            if finer is not None:
                loc, reason = finer
            elif loc.precision == 4:
                state = self._state_over_country(mention, loc, context)
                if state is not None:
                    loc, reason = state, "region abroad: the context's places lie in it"
        if not reason:
            reason = {4: "country", 3: "region"}.get(loc.precision, "gazetteer entry")
        return with_reason(loc, reason)

    def _geocode(self, mention: str, context: str, country_hint: Optional[str]) -> Optional[Location]:
        if not mention or not mention.strip():
            return None
        hint = country_hint.upper() if country_hint else None
        text = " ".join(mention.replace("(", ", ").replace(")", " ").split())
        text = _LEAD_PREP.sub("", text)
        text = _HELD_LEAD.sub("", text)
        m = _DIRECTION_LEAD.match(text)
        if m and not self._known(text) and fold(re.sub(r"^the\s+", "", text, flags=re.I)) not in self._world_region_keys \
                and (self._known(text[m.end():]) or self._as_region(text[m.end():])
                     or fold(text[m.end():]) in self._world_region_keys):
            text = text[m.end():]  # "northern Syria" is in Syria; "North Korea", "West Bank" are names
        near = False
        m = _QUAL.match(text)
        if m:
            q = m.group("q").lower()
            near = not re.search(r"\bpart\b|\bparts\b", q)
            text = text[m.end():]
        m = _CUE.match(text)
        if m:
            text = text[m.end():]
        last_dot = text.rstrip().endswith(".")  # "Athens, Ga.": the abbreviation keeps its dot
        text = text.strip(" .;:")
        m = _AREA_AFTER.search(text) if text[-4:].lower() in _AREA_ENDS else None
        if m and "," not in text:  # "the Krasnopolye area", "the Bakhmut direction": around the place
            text, near = text[:m.start()], True
        if "," not in text and _TRAIL_TYPE.search(text) and not self._known(text):
            # "Donetsk city" is Donetsk ("X, Donetsk city" keeps the word: the city, not the oblast);
            # "Kansas City" is a name of its own
            text = _TRAIL_TYPE.sub("", text)
        if not text:
            return None
        if "/" in text and "," not in text:  # "Semihatka/Henichesk": either name; the first found
            for part in (p_.strip() for p_ in text.split("/")):
                loc = self._geocode(part, context, country_hint) if part else None
                if loc is not None and loc.precision <= 2:
                    return loc
        cr = self._ctx_cache.get(("regions", context))
        if cr is None:
            cr = self.context_regions(context)
            self._ctx_put(("regions", context), cr)
        strong, weak, ccs = (set(x) for x in cr)
        own = self._region_keys.get(fold(re.sub(r"^the\s+", "", text.split(",")[0].strip(), flags=re.I)))
        if own and weak:
            weak -= set(own)  # the context names "Odessa" because it is the mention itself, not its oblast
        wown = self._world_region_keys.get(fold(re.sub(r"^the\s+", "", text.split(",")[0].strip(), flags=re.I)))
        if wown and wown in weak and "," not in text:
            weak.discard(wown)  # "Berea College in Kentucky": the mention itself names no Lesotho district

        # "the Kievsky district of Donetsk", "Saltivskyi district of the city of Kharkiv": a
        # district of the city (written "Donetsk - Kyivskyi" by ACLED), else "X district, Y"
        m = _DISTRICT_OF.match(text) if " of " in text else None
        if m:
            c = fold(re.sub(r"^the\s+", "", m.group("c"), flags=re.I))
            cb = self._best(c, strong=strong, weak=weak, ccs=ccs, hint=hint)
            if cb is not None and self._pop[cb[0]] >= 100000:
                text = f"{m.group('c')} - {m.group('d')}"
            elif m.group("w").lower() == "area":
                text, near = f"{m.group('d')}, {m.group('c')}", True
            else:
                text = f"{m.group('d')} {m.group('w')}, {m.group('c')}"
        # "Kyiv, Borodianka", "Kharkiv, Saltivka": an oblast (or its centre) first, then a place in it
        m = _TWO_SEGS.match(text)
        if m and self._plain_place(m.group("y")) and self._as_region(m.group("x")):
            loc = self._region_first(m.group("x"), m.group("y"), context, country_hint, strong, weak, ccs, hint)
            if loc is not None:
                return loc
        # "X, Y raion, Z oblast": the namesake of X in raion Y (an old raion by its centre town), in Z
        m = _THREE_SEGS.match(text)
        if m and (_RAION_WORD.search(m.group("y")) or _HROMADA_WORD.search(m.group("y"))) and self._as_region(m.group("z")):
            isos = self._expand(self._as_region(m.group("z")))
            loc = self._near_other(m.group("x"), m.group("y"), ",", context, country_hint, strong, weak, ccs, hint,
                                   region=isos)
            if loc is not None and loc.admin1_code in isos:
                return loc
        # "X near Y", "X in the Y district", "X, Y raion": the namesake of X near Y
        m = _NEAR_OTHER.match(text)
        if m and not self._known(text):
            loc = self._near_other(m.group("x"), m.group("y"), (m.group("rel") or ",").lower(), context, country_hint,
                                   strong, weak, ccs, hint)
            if loc is not None:
                return loc

        # "Place, Region[, Country]"
        segs = [s.strip() for s in text.split(",") if s.strip()]
        head = segs[0] if segs else text
        if len(segs) > 1 and not self._known(head):
            head = _TRAIL_TYPE.sub("", head)  # "Bakhmut city, Donetsk"
        # "City - District" (ACLED); also written "Kiev-Shevchenkivskyi"
        district = None
        parts = _DISTRICT_SPLIT.split(head, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            head, district = parts[0], parts[1]
        elif "-" in head and not self._known(head):
            a, _, b = head.partition("-")
            if a and b and self._known(a) and b[:1].isupper():
                head, district = a, b
        constraint: set = set()
        raw_isos: tuple = ()
        constraint_cc = None
        city = None
        rhead = _RAION_SUFFIX.match(head)
        if len(segs) >= 2 and not district and (_REGION_SUFFIX.match(head) or _REGION_PREFIX.match(head)):
            isos = self._as_region(head)
            if isos and not self._as_region(segs[1]) and not self._as_country(segs[1]):
                # "Donetsk oblast, Staromlynivka": the region first, then the place in it
                loc = self._geocode(f"{segs[1]}, {head}", context, country_hint)
                if loc is not None and loc.precision <= 2 and loc.admin1_code in self._expand(isos):
                    return loc
        for seg in segs[1:]:
            if rhead and city is None and not _REGION_SUFFIX.match(seg):
                cb = self._best(fold(_TRAIL_TYPE.sub("", seg)), strong=strong, weak=weak, ccs=ccs, hint=hint)
                if cb is not None and self._pop[cb[0]] >= 100000:
                    city = cb[0]  # "Kirovskyi district, Donetsk": perhaps a district of the city
            piso = self._postal_region(head, seg) if not constraint else None
            if piso:  # "Athens, GA", "London, ON", "Perth, WA": a postal abbreviation of the state
                constraint, raw_isos = {piso}, (piso,)
                continue
            isos = self._as_region(seg)
            if isos:
                if not constraint:
                    constraint = self._expand(isos)
                    raw_isos = tuple(isos)
                continue
            cc = self._as_country(seg) or self._county_country(seg) or self._area_cc(seg)  # "Dingle, County Kerry"
            wk = fold(re.sub(r"^the\s+", "", seg, flags=re.I))
            if cc and not constraint and self._state_of(fold(head), wk, cc):  # "Athens, Georgia": the US state
                constraint = {self._world_region_keys[wk]}
                raw_isos = (self._world_region_keys[wk],)
                continue
            if cc:
                constraint_cc = constraint_cc or cc
                continue
            dotted = seg.endswith(".") or (last_dot and seg is segs[-1])
            wiso = (self._world_region_keys.get(wk) or self._subregion_keys.get(wk)
                    or (self._abbrev_keys.get(wk) if dotted else None))
            if wiso and not constraint:  # "Alexandria, Louisiana": a region abroad
                constraint = {wiso}
                raw_isos = (wiso,)
                continue
            rm = _RAION_SUFFIX.match(seg)  # "X raion": use the raion centre's region as a soft hint
            if rm:
                b = self._best(fold(rm.group("n")), strong=strong, weak=weak, ccs=ccs, hint=hint)
                if b and self._a1[b[0]]:
                    weak = set(weak) | {self._a1[b[0]]}
        _WHY.reason = ""
        d = self._district(city, rhead.group("n")) if city is not None else None
        if d is not None:
            _WHY.reason = f"city district of {self._name[city]}"
            loc = self._place_location(d, precision=2 if near else None)
        else:
            loc = self._resolve(head, district, near, constraint, constraint_cc, strong, weak, ccs, hint,
                                context, raw_isos)
            if city is not None and (loc is None or loc.precision >= 3 or loc.lat is None or _haversine(
                    loc.lat, loc.lon, self._lat[city], self._lon[city]) > 50):
                _WHY.reason = f"district of {self._name[city]} not in the gazetteer: the city"
                loc = self._place_location(city, precision=2)
        if (loc is not None and len(raw_isos) == 1 and loc.admin1_code != raw_isos[0]
                and loc.admin1_code in _COMPAT.get(raw_isos[0], ())):
            # the writer's region wins between nested units ("Sevastopol, Crimea" -> UA-43)
            loc = loc.model_copy(update={"admin1_code": raw_isos[0], "admin1": self._region_name(raw_isos[0])})
        return loc

    def _near_other(self, x: str, y: str, rel: str, context, country_hint, strong, weak, ccs, hint, region=None):
        """X placed by Y: within a raion ("in the Izium district", ", Kupianskyi raion": the
        raion's settlements first, then 60 km of its centroid) or near a settlement ("near
        Kupiansk": 100 km). No namesake of X there: Y itself (precision 2). None when Y is no
        raion or settlement (the other readings apply)."""
        rm = _RAION_SUFFIX.match(y)
        if rm and _RAION_WORD.search(y):
            r = self._raion(fold(rm.group("n")), constraint=region)
            if r is not None:
                label, radius, pt, fallback = f"{r[0]} raion", 60.0, (r[2], r[3]), self._raion_location(r)
            else:  # a raion before the 2020 reform ("Derhachivskyi raion"): 35 km of its centre town
                t = self._raion_town(fold(rm.group("n")), region) if region else None
                if t is None or self._pop[t] >= 100000:  # "Kharkiv, Kyevsky district": a city district
                    return None
                label, radius, pt = self._name[t], 35.0, (self._lat[t], self._lon[t])
                fallback = self._place_location(t, precision=2)
        elif rm and _HROMADA_WORD.search(y):
            return self._in_hromada(x, y, fold(re.sub(r"^the\s+", "", rm.group("n"), flags=re.I)), context,
                                    country_hint, region)
        elif rel in ("near", "outside", "close to", "not far from"):
            yl = self._geocode(y, context, country_hint)
            if yl is None or yl.precision > 2 or yl.lat is None:
                return None
            label, radius, pt = yl.name, 100.0, (yl.lat, yl.lon)
            fallback = yl.model_copy(update={"precision": 2})
        elif rel == "," and self._plain_place(y):
            # "Rozivka, Horlivka": a town (no region) after the comma places X within 50 km of it
            yl = self._geocode(y, context, country_hint)
            if yl is None or yl.precision != 1 or yl.lat is None or yl.country_code not in ("UA", "RU"):
                return None
            label, radius, pt = yl.name, 50.0, (yl.lat, yl.lon)
            fallback = yl.model_copy(update={"precision": 2})
        else:
            return None
        key = head_key(x)
        near = [c for c in self._cands(key)
                if _haversine(self._lat[c[0]], self._lon[c[0]], pt[0], pt[1]) <= radius]
        inside = [c for c in near if self._a2[c[0]] == label]
        near = inside or near
        if not near:
            _WHY.reason = f"{x.strip()} not found near {label}; fell back to near {label}"
            return fallback
        i, st = max(near, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, [pt]))
        d = _haversine(self._lat[i], self._lon[i], pt[0], pt[1])
        where = f"in {label}" if inside else f"{d:.0f} km from {label}"
        _WHY.reason = f"{'name' if st >= 2 else 'variant spelling'}; the namesake {where}"
        return self._place_location(i)

    def _resolve(self, head, district, near, constraint, constraint_cc, strong, weak, ccs, hint,
                 context="", written=()) -> Optional[Location]:
        key = fold(re.sub(r"^the\s+", "", head, flags=re.I))
        # areas (Donbas, Snake Island ...)
        if key in self._area_keys:
            a = self._area_location(self._area_keys[key])
            if not self._area_deferred(key, a, constraint, constraint_cc, strong, weak, ccs, hint):
                return a
        typed = self._typed_head(head, ccs) if not constraint else None  # "Kano state": a region abroad
        if typed:
            return self._typed_location(typed, _WHY)
        m = _REGION_SUFFIX.match(head) or _REGION_PREFIX.match(head)  # "Kharkiv region", "region of Kursk"
        if m:
            isos = self._as_region(head)
            if isos:
                iso = self._pick_region(isos, constraint_cc or hint, strong, weak)
                return self.region_location(iso)
            if not _RAION_SUFFIX.match(head):  # "the Ugledar region": a town's surroundings
                b = self._best(fold(re.sub(r"^the\s+", "", m.group("n"), flags=re.I)), constraint=constraint or None,
                               constraint_cc=constraint_cc, strong=strong, weak=weak, ccs=ccs, hint=hint)
                if b is not None and (self._pop[b[0]] >= 10000 or constraint) and b[1] >= 2:
                    _WHY.reason = f"the surroundings of {self._name[b[0]]}"
                    return self._place_location(b[0], precision=2)
        # raion / district: the raion centre, precision 2
        rm = _RAION_SUFFIX.match(head)
        if rm:
            if _RAION_WORD.search(head):
                r = self._raion(fold(rm.group("n")), constraint, constraint_cc, strong, weak)
                bd = self._border_district(fold(rm.group("n")), constraint, constraint_cc, strong, weak, r)
                if bd is not None:  # (placed at its centre, precision 2)
                    _WHY.reason = f"district of {self._region_name(bd[0]) or bd[0]}: at its centre {self._name[bd[1]]}"
                    return self._place_location(bd[1], precision=2, name=bd[2])
                if r is not None:
                    _WHY.reason = f"raion: centroid of its {r[4]} settlements"
                    return self._raion_location(r)
            b = None
            for k2 in _adj_stems(fold(rm.group("n"))) + _centre_stems(fold(rm.group("n"))):
                c = self._best(k2, constraint=constraint or None, constraint_cc=constraint_cc,
                               strong=strong, weak=weak, ccs=ccs, hint=hint)
                if c is not None and (self._a1[c[0]] in strong or self._a1[c[0]] in weak):
                    b = c  # (of the forms the adjective may come from, one in a region the text names)
                    break
                b = b or c
            if b is not None:
                return self._place_location(b[0], precision=2)
            if constraint:
                return self.region_location(sorted(constraint)[0])
        # countries and demonyms
        acronym_only = len(head.strip()) <= 3 and not head.strip().isupper()  # "Car" is no CAR
        if not constraint:
            cc = None if acronym_only else self._country_keys.get(key)
            if cc and not self._place_over_country(key, cc, strong, ccs):
                return self.country_location(cc)
        # pure region names (Crimea, Zakarpattia, DPR) that are no settlement
        isos = self._region_keys.get(key)
        if isos and not self.is_place_key(key):
            return self.region_location(self._pick_region(isos, constraint_cc or hint, strong, weak))
        anchor_fn = self._anchor_fn(context, key)
        if not constraint and not constraint_cc:
            wiso = self._world_region_keys.get(key)
            if wiso and not self._place_over_region(key, wiso, strong, weak):
                return self._region_or_town(key, wiso, anchor_fn, _WHY)  # "from Vancouver to Victoria": the town
        b = self._best(key, constraint=constraint or None, constraint_cc=constraint_cc,
                       strong=strong, weak=weak, ccs=ccs, hint=hint, anchors=anchor_fn)
        if b is not None and b[1] < 2 and _ACRONYM.fullmatch(head.strip()):
            b = None  # an abbreviation ("KhTZ") matched only through another spelling of a name is no place
        fuzzy = False
        respelt = ""
        if b is None and constraint:
            # "Kirov, Donetsk", "Prymorskyi, Odesa": a district of the region's centre city by its exact
            # (old) name, before another spelling or gender of a village elsewhere in the region
            d, centre = self._centre_district(head, constraint)
            if d is not None:
                _WHY.reason = f"city district of {self._name[centre]}"
                return self._place_location(d)
        if b is None and not _ACRONYM.fullmatch(head.strip()):  # "Malaya Rohan", "New Korotych", "Lysytsjansk": the Ukrainian
            # spelling (not of an acronym: "KhTZ", the tractor plant, is no respelt Kerch)
            b, respelt = self._respelt(head, key, constraint, constraint_cc, strong, weak, ccs, hint, anchor_fn)
            fuzzy = b is not None
        minor = self._minor_answer(key, b, constraint, constraint_cc, strong, weak, ccs, hint, context)
        if minor is not None:  # a small place abroad by its exact name, before any one-letter-off reading
            _WHY.reason = minor.geo_reason
            return minor
        if b is None and not constraint and not constraint_cc and len(key) >= 6 and key not in self._english:
            # a misspelt war-zone name ("Avdiika", "Homstomel"): one edit from a town, or from a
            # village in a region the context names / near the context's other places
            swapped = self._swapped(head)  # (two letters swapped is a typo's usual shape: a smaller town too)
            cands = self._fuzzy(key, WAR_ADMIN1)
            one_edit = {i for i, _s in cands}
            cands = cands + [c for c in swapped if c[0] not in one_edit]
            gvars = set(_gender_variants(key))
            if not cands:  # another gender of an adjectival name: "Dvorichny" for Dvorichna
                cands = [(i, 1) for k2 in gvars for i, _s in self._cands(k2) if self._a1[i] in WAR_ADMIN1]
            same_start = [c for c in cands if self._first_key(c[0])[:1] == key[:1]]
            cands = same_start or cands  # typos rarely hit the first letter ("Adiivka" is Avdiivka)
            if cands:
                anchors = anchor_fn()
                ok = []
                for i, s_ in cands:
                    near_doc = bool(anchors) and nearest_km(self._lat[i], self._lon[i], anchors) <= 100
                    # or a village on the line of contact with a letter dropped ("Toshivka") or
                    # another gender; a changed letter may be another name and needs more
                    fk = self._first_key(i)
                    lenient = self._front[i] == 2 and (fk in gvars or len(fk) != len(key))
                    if (self._pop[i] >= 10000 or self._a1[i] in strong or self._a1[i] in weak or near_doc
                            or lenient or self._pop[i] >= 5000 and (i, s_) in swapped):
                        ok.append((i, s_))
                if ok:
                    b = max(ok, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors))
                    fuzzy = True
        if b is not None and constraint and self._prec[b[0]] == 2 and not self._pop[b[0]]:
            # only a village without coordinates bears the name, and a town of the region its other
            # gender ("Popasne, Luhansk region" is Popasna, not a hamlet placed at its hromada)
            towns = [(i, 1) for k2 in _gender_variants(key) for i, s_ in self._cands(k2)
                     if s_ >= 2 and self._a1[i] in constraint and self._pop[i] >= 10000]
            if towns:
                b, fuzzy = max(towns, key=lambda c: self._pop[c[0]]), True
        if b is None and constraint:
            # the other gender of an adjectival name within the region named: Pervomaiske/Pervomaiskyi
            for k2 in _gender_variants(key):
                b = self._best(k2, constraint=constraint, constraint_cc=constraint_cc, strong=strong,
                               weak=weak, ccs=ccs, hint=hint)
                if b is not None:
                    b = (b[0], 1)
                    fuzzy = True
                    break
        if b is None and constraint_cc and not constraint and len(key) >= 4:
            # one letter off within the theatre country written ("Yesk, Russia" for Yeysk): a town
            cands = [c for c in self._fuzzy(key, {a for a in WAR_ADMIN1 if a[:2] == constraint_cc})
                     if self._pop[c[0]] >= 10000]
            if cands:
                b = max(cands, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint))
                fuzzy = True
        border = None
        if b is None and constraint:
            # the very name just across the region's border (a settlement of the region written within
            # 25 km) before a name one letter off inside it: the writer named the neighbouring oblast
            border = self._across_border(key, constraint)
            if border is not None:
                b = (border, 2)
        if b is None and constraint and len(key) >= 4:
            # one letter off within the region named ("Tsukurune" for Tsukuryne; "Izum" for the town)
            cands = self._fuzzy(key, constraint) or self._swapped(head, frozenset(constraint))
            if len(key) < 6:
                cands = [c for c in cands if self._pop[c[0]] >= 10000]
            if cands:
                anchors = self._anchor_fn(context, key)() if len(cands) > 1 else None
                b = max(cands, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors))
                fuzzy = True
        if b is None:
            _WHY.reason = "name not found; fell back to the unit written"
            if constraint:
                # the unit as written ("Kyiv Oblast" is the oblast, not the city it is compatible with)
                iso = self._pick_region(tuple(written) or tuple(sorted(constraint)), None, strong, weak)
                town = self._town_next_door(key, iso)
                if town is not None:
                    _WHY.reason = f"name; no such place in {iso}: the town of that name next to it"
                    return self._place_location(town)
                return self.region_location(iso)
            if constraint_cc:
                return self.country_location(constraint_cc)
            cc = None if acronym_only else self._country_keys.get(key) or self._demonym_keys.get(key)
            if cc:
                return self.country_location(cc)
            if isos:
                return self.region_location(isos[0])
            return None
        if not constraint and not constraint_cc and not self._acceptable(key, b[0], b[1], strong, weak, ccs, hint):
            # refused; a city abroad by its own name may still be ("Leipzig" is no Ukrainian village's old name)
            alt = [c for c in self._cands(key) if c[1] >= 2 and c[0] != b[0] and self._cc[c[0]] not in THEATRE
                   and self._acceptable(key, c[0], c[1], strong, weak, ccs, hint)]
            if not alt:
                minor = self._refused_abroad(key, b, strong, weak, ccs, hint, context)
                _WHY.reason = minor.geo_reason if minor is not None else ""
                return minor
            b = max(alt, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint))
        i = b[0]
        if b[1] < 2 and not fuzzy and not constraint and self._a1[i] not in strong and self._a1[i] not in weak:
            anchors = anchor_fn()
            if anchors and nearest_km(self._lat[i], self._lon[i], anchors) > 100:
                return None  # a variant spelling of a namesake far from the document's other places
        pre = (f"variant spelling '{respelt}'; " if respelt else "one edit from the name; " if fuzzy else "")
        _WHY.reason = pre + self._reason(i, -1 if fuzzy else b[1], strong, weak, ccs, hint, constraint, constraint_cc)
        if border is not None:
            _WHY.reason = f"name; no such place in {'/'.join(sorted(constraint))}: just across its border"
        if district:
            d = self._district(i, district)
            if d is not None:
                return self._place_location(d, precision=2 if near else None)
            return self._place_location(i, precision=2)
        return self._place_location(i, precision=2 if near else None)

    def _acceptable(self, key: str, i: int, strength: int, strong, weak, ccs, hint) -> bool:
        """Whether place ``i`` may answer a bare name with no region or country written."""
        cc, a1 = self._cc[i], self._a1[i]
        if a1 in strong or a1 in weak or cc in ccs or cc == hint:  # supported by the context
            return True
        # a name asked for as a place: a city abroad of 100,000+ by its own name is taken even when
        # it is also a first name ("Jackson"); a smaller one a dictionary lists stays refused
        # ("Atlantis": spaCy's WordNet index keeps proper nouns, so "Venice" goes with it)
        big_abroad = cc not in THEATRE and strength >= 2 and self._pop[i] >= 100000
        if key in self._stop and key not in self._aliases and not big_abroad:
            return False  # "May", "Zelensky": a word or a person before a place ("Hamilton" is the city)
        if self._capital(key, i):  # a country's capital by its name, whatever its size or dictionary word ("Suva")
            return True
        if cc not in THEATRE and self._pop[i] < (20000 if strength >= 2 else 50000):
            return False  # a hamlet abroad is a worse guess than no location
        # "Mirror", "Human": an English word before a small or weakly named place
        return not self._english_word(key, i, strength)

    def _plain_place(self, y: str) -> bool:
        """``y`` reads as a settlement, not a region, country or region abroad."""
        yk = fold(re.sub(r"^the\s+", "", y.strip(), flags=re.I))
        return bool(yk) and not (self._as_region(y) or self._as_country(y) or yk in self._world_region_keys
                                 or yk in self._area_keys or _REGION_SUFFIX.match(y.strip())
                                 or _RAION_SUFFIX.match(y.strip()))

    def _region_first(self, x, y, context, country_hint, strong, weak, ccs, hint):
        """Y written after its oblast X: a district of X's centre city, else Y within the oblast;
        None when Y is not found there (the other readings apply)."""
        isos = self._expand(self._as_region(x))
        cb = self._best(fold(x), constraint=isos, strong=strong, weak=weak, ccs=ccs, hint=hint)
        if cb is not None and self._pop[cb[0]] >= 100000:
            d = self._district(cb[0], y)
            if d is not None:
                _WHY.reason = f"city district of {self._name[cb[0]]}"
                return self._place_location(d)
        b = self._best(fold(re.sub(r"^the\s+", "", _TRAIL_TYPE.sub("", y.strip()), flags=re.I)), constraint=isos,
                       strong=strong, weak=weak, ccs=ccs, hint=hint)
        if b is None or (cb is not None and b[0] == cb[0]):
            return None
        _WHY.reason = self._reason(b[0], b[1], strong, weak, ccs, hint, isos, None) + "; the region written first"
        return self._place_location(b[0])

    def _swapped(self, head: str, regions: Optional[frozenset] = None) -> list[tuple[int, int]]:
        """War-zone places (or places of ``regions``, the region the text names) whose name is ``head`` with two
        neighbouring letters swapped, also before folding ("Dontesk": fold writes "ts" as one letter), or such
        a swap and one more edit from a town ("Adviika"); without ``regions``, also a town of 10,000 or more
        anywhere in Ukraine ("Shepetikva": strikes reach every oblast)."""
        w = re.sub(r"^the\s+", "", head.strip(), flags=re.I).lower()
        out: dict[int, int] = {}
        for p in range(1, len(w) - 1):  # the first letter is rarely the typo
            if w[p] == w[p + 1] or not (w[p].isalpha() and w[p + 1].isalpha()):
                continue
            k = fold(w[:p] + w[p + 1] + w[p] + w[p + 2:])
            for i, _st in self._cands(k):
                if (self._a1[i] in regions) if regions else (
                        self._a1[i] in WAR_ADMIN1 or self._cc[i] == "UA" and self._pop[i] >= 10000):
                    out[i] = 1
            if not out and len(k) >= 6 and not regions:
                t = self._town_typo(k)
                if t is not None:
                    out[t] = 1
        return list(out.items())

    def _place_over_country(self, key: str, cc: str, strong, ccs) -> bool:
        """A country's name is the country ("Jordan", "Mali", "Chad"), not a town abroad that bears
        it, unless the text points at the town: its region is named in the sentence, or its
        country is named; a large city of that country by the exact name ("Singapore", "Gaza")
        is the place itself."""
        for i, st in self._cands(key):
            ci = self._cc[i]
            if ci == cc and st >= 2 and self._pop[i] >= 100000:
                return True
            if (self._a1[i] and self._a1[i] in strong) or (ci != cc and ci in ccs):
                return True
        return False

    def explain(self, mention: str, context: str = "", *, country_hint: Optional[str] = None) -> dict:
        """``geocode`` plus why: {"location", "geo_reason", "confidence"} (confidence 0..1)."""
        loc = self.geocode(mention, context, country_hint=country_hint)
        if loc is None:
            reason = getattr(_WHY, "reason", "") or ""
            return {"location": None, "geo_reason": reason or "no acceptable candidate", "confidence": 0.0}
        return {"location": loc, "geo_reason": loc.geo_reason, "confidence": loc.geo_confidence}
