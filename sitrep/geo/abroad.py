"""Namesakes abroad decided by what the text says around a mention (issue: "'Alexandria, Louisiana'
-> Egypt"; places outside the theatre resolve to foreign namesakes):

* a region abroad written with its type word is that region, even where its bare name is a town
  elsewhere: asked as "Kano state" or "Kasai province" (the ``world_typed`` keys of the index, as
  :mod:`sitrep.geo.world_text` reads them in free text), or asked as a bare "Kasai" in a text that
  writes "Kasai province", when the bare name's answer lies in another country;
* an island or area abroad after a comma is the country of the place before it ("San Fernando,
  Trinidad");
* a country's capital by its own name is a place worth answering whatever its size ("Valletta said");
* the other places of the text: a bare name that is also a region abroad ("Victoria") is the town of
  that name near the text's other settlements ("ferries from Vancouver to Victoria"), when the region
  itself lies far from them.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`; each check is a dictionary look-up or a scan of the
context's mentions the resolver has already cached.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.lexicon import THEATRE, nearest_km
from sitrep.geo.translit import fold

TYPE_WORDS = ("state", "province", "governorate", "region", "department", "prefecture")
_TYPED = re.compile(r"^(?:the\s+)?(?P<n>.+?)\s+(?P<w>" + "|".join(TYPE_WORDS) + r")$", re.I)
_TYPE_NEXT = re.compile(r"\s+(?P<w>" + "|".join(TYPE_WORDS) + r")\b", re.I)
_TOWN_NEAR_KM = 150.0  # a namesake this close to one of the text's other settlements is the one meant
_REGION_FAR_KM = 400.0  # ... unless the region of that name lies this close to them too


class AbroadMixin:
    """Typed regions abroad asked for by name; a region's namesake town among the text's places."""

    def _typed_region(self, name: str, word: str, ccs=()) -> Optional[str]:
        """The ISO code of the region abroad named ``name`` with type word ``word`` ("Kano", "state"),
        one country's only (a name several countries' regions share needs one of them in ``ccs``)."""
        typed = getattr(self, "_world_typed", None)
        if not typed:
            return None
        k = fold(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
        isos = [i for i in (typed.get(f"{k}|{word.lower()}") or typed.get(k) or ()) if i[:2] not in THEATRE]
        if len(isos) > 1:
            isos = [i for i in isos if i[:2] in ccs]
        return isos[0] if len(isos) == 1 and isos[0] in self._regions else None

    def _typed_head(self, head: str, ccs=()) -> Optional[str]:
        """"Kano state", "Kasai province" -> the region abroad; None for a name the theatre's regions
        know ("Kharkiv region") or no typed name."""
        m = _TYPED.match(head.strip()) if head.rstrip()[-1:].isalpha() else None
        if m is None or self._as_region(head):
            return None
        return self._typed_region(m.group("n"), m.group("w"), ccs)

    def _typed_in_context(self, mention: str, context: str, loc) -> Optional[str]:
        """The region abroad the context writes as the bare ``mention`` and a type word ("cholera in
        Kasai province"), when the answer ``loc`` for the bare name lies in another country (or is None)."""
        name = mention.strip()
        if not name or len(name) > 60 or name not in context or not name[:1].isupper():
            return None
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + _TYPE_NEXT.pattern, context):
            cr = self._ctx_cache.get(("regions", context)) or self.context_regions(context)
            iso = self._typed_region(name, m.group("w"), cr[2])
            if iso and (loc is None or loc.country_code != iso[:2]):
                return iso
        return None

    def _capital(self, key: str, i: int) -> bool:
        """Place ``i``, asked for by folded ``key``, is its country's capital by that name ("Valletta",
        "Suva", "Apia"): news names a capital whatever its size."""
        if key not in self._capital_keys or self._prec[i] != 1:
            return False
        cap = self._countries.get(self._cc[i])
        return bool(cap and cap[4] and fold(cap[4]) == key)

    def _area_cc(self, text: str) -> Optional[str]:
        """The country of the island or area abroad ``text`` names ("Trinidad", "Tenerife", "Long Island"),
        read as a qualifier after a comma: "San Fernando, Trinidad" is in Trinidad and Tobago."""
        j = self._area_keys.get(fold(re.sub(r"^the\s+", "", text.strip(), flags=re.I)))
        a = self._areas[j] if j is not None else None
        return a[1] if a is not None and a[1] and a[5] >= 3 and a[1] not in THEATRE else None

    def _typed_location(self, iso: str, why):
        why.reason = "region abroad written with its type word"
        return self.region_location(iso)

    def _region_or_town(self, key: str, wiso: str, anchor_fn, why):
        """Region abroad ``wiso`` asked for by its bare name, or its namesake town among the text's places."""
        town = self._town_by_neighbours(key, wiso, anchor_fn)
        why.reason = "a region abroad" if town is None else "name; the namesake near the text's other places"
        return self.region_location(wiso) if town is None else self._place_location(town)

    def _town_by_neighbours(self, key: str, wiso: str, anchor_fn) -> Optional[int]:
        """The town abroad named ``key`` (a name of region ``wiso`` too) nearest to the text's other
        settlements, within reach of them while the region lies far: "from Vancouver to Victoria" is
        the town. None otherwise."""
        cands = [c for c in self._cands(key) if c[1] >= 2 and self._cc[c[0]] not in THEATRE
                 and self._cc[c[0]] != wiso[:2] and self._pop[c[0]] >= 20000]
        anchors = anchor_fn() if cands else None
        if not anchors:
            return None
        reg = self._regions.get(wiso)
        if reg is not None and reg[2] is not None and nearest_km(reg[2], reg[3], anchors) <= _REGION_FAR_KM:
            return None
        d, i = min((nearest_km(self._lat[i], self._lon[i], anchors), i) for i, _s in cands)
        return i if d <= _TOWN_NEAR_KM else None
