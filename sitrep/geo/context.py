"""What a context says: the regions and countries it names, and the coordinates of its
other places (anchors), cached per context text.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.lexicon import REGION_WORDS, _REGION_PREFIX, _REGION_SUFFIX, _TOKEN, _one_edit, _strip_possessive
from sitrep.geo.translit import fold, fold_token


class ContextMixin:
    """Regions and countries named in a context; anchors."""

    def _as_region(self, text: str) -> Optional[tuple[str, ...]]:
        """ISO codes of a region written as ``text`` ("Kharkiv", "Kharkiv oblast", "the DPR")."""
        cache = self.__dict__.setdefault("_as_region_cache", {})  # "X, Donetsk": asked several times
        if text not in cache:
            if len(cache) > 20000:
                cache.clear()
            cache[text] = self._as_region_uncached(text)
        return cache[text]

    def _as_region_uncached(self, text: str) -> Optional[tuple[str, ...]]:
        t = text.strip().strip(".").strip()
        m = _REGION_SUFFIX.match(t) or _REGION_PREFIX.match(t)
        if m:
            t = m.group("n")
        t = re.sub(r"^the\s+", "", t, flags=re.I)
        k = fold(t)
        isos = self._region_keys.get(k)
        if isos is None and m is not None:
            isos = self._region_typo(k)  # "Dnipropetovsk region": a region word, a misspelt name
        return isos

    def _region_typo(self, key: str) -> Optional[tuple[str, ...]]:
        """The regions of the one region name (7+ letters) that is one edit from ``key``."""
        if len(key) < 7:
            return None
        hits = {tuple(v) for k, v in self._region_keys.items()
                if abs(len(k) - len(key)) <= 1 and k[:1] == key[:1] and len(k) >= 7 and _one_edit(k, key)}
        return hits.pop() if len(hits) == 1 else None

    def _as_country(self, text: str) -> Optional[str]:
        t = re.sub(r"^the\s+", "", text.strip().strip("."), flags=re.I)
        k = fold(t)
        return self._country_keys.get(k) or self._demonym_keys.get(k)

    def context_regions(self, context: str) -> tuple[set, set, set]:
        """(strong, weak, countries) named in ``context``: regions with a region word are strong."""
        strong, weak, ccs = set(), set(), set()
        if not context:
            return strong, weak, ccs
        toks = [(m.group(), m.start()) for m in _TOKEN.finditer(context)]
        n = len(toks)
        for i, (tok, _s) in enumerate(toks):
            if not tok[0].isupper():
                continue
            if i and toks[i - 1][0][:1].isupper() and toks[i - 1][0][:1].isalpha() \
                    and fold_token(toks[i - 1][0]) + fold_token(_strip_possessive(tok)) in self._names:
                continue  # "Nova Odesa", "Novyi Donbas": the last word of a town's name is no region
            for L in (3, 2, 1):
                if i + L > n:
                    continue
                parts = [toks[i + j][0] for j in range(L)]
                if not all(p[0].isalpha() for p in parts):
                    continue
                key = "".join(fold_token(_strip_possessive(p)) for p in parts)
                isos = self._region_keys.get(key)
                if isos:
                    nxt = toks[i + L][0].lower() if i + L < n else ""
                    if nxt in REGION_WORDS or (L > 1) or key not in self._names:
                        strong.update(self._expand(isos[:1] if nxt in REGION_WORDS else isos))
                    else:
                        weak.update(self._expand(isos))
                    break
                cc = self._country_keys.get(key)
                if cc:
                    ccs.add(cc)
                    wiso = self._world_region_keys.get(key)
                    if wiso and not wiso.startswith(cc + "-"):
                        weak.add(wiso)  # "Georgia" is a country and a US state: either may be meant
                    break
                wiso = self._world_region_keys.get(key)
                if wiso and key not in self._stop and key not in self._first_names \
                        and not self._place_over_region(key, wiso, (), ()):
                    weak.add(wiso)  # "... in West Texas", "Ontario police": a region abroad (not "Washington")
                    ccs.add(wiso[:2])
                    break
        # a country named implies its regions are possible; nothing more to add
        return strong, weak, ccs

    def _anchor_fn(self, context: str, key: str):
        """Lazily: coordinates of the other settlements named in the context (not ``key``)."""
        def anchors():
            if not context:
                return []
            pts = self._ctx_cache.get(("pts", context))
            if pts is None:
                pts = []
                for m in self.find_mentions(context):
                    loc = m.location
                    if (m.kind == "settlement" and loc is not None and loc.precision <= 2
                            and loc.lat is not None):
                        pts.append((loc.lat, loc.lon, fold(m.text)))
                self._ctx_put(("pts", context), pts)
            return [(la, lo) for la, lo, k in pts if k != key]
        return anchors

    def _ctx_put(self, k, v) -> None:
        """A small cache keyed by context text (the extractor geocodes many mentions of one text)."""
        if len(self._ctx_cache) >= 16:
            try:
                self._ctx_cache.pop(next(iter(self._ctx_cache)), None)
            except (StopIteration, RuntimeError):  # another thread got there first
                pass
        self._ctx_cache[k] = v

    def _pick_region(self, isos, cc, strong, weak) -> str:
        isos = tuple(isos)
        if cc:
            for iso in isos:
                if iso.startswith(cc + "-"):
                    return iso
        for iso in isos:
            if iso in strong:
                return iso
        return isos[0]

    def _area_deferred(self, key, a, constraint, constraint_cc, strong, weak, ccs, hint) -> bool:
        """An area ("Kent", "Cornwall") gives way to a town of its name in the region or country written
        ("Cornwall, Ontario") or, with none written, named in the context when the area's is not."""
        if constraint or constraint_cc:
            return bool((constraint and a.admin1_code and a.admin1_code not in constraint)
                        or (constraint_cc and a.country_code and a.country_code != constraint_cc))
        if key not in self._names or a.country_code is None or a.country_code in ccs or a.country_code == hint \
                or a.admin1_code in strong or a.admin1_code in weak:
            return False
        return any(self._a1[i] in strong or self._a1[i] in weak or self._cc[i] in ccs or self._cc[i] == hint
                   for i, _s in self._cands(key))

    def _place_over_region(self, key: str, wiso: str, strong, weak) -> bool:
        """A first-level region abroad ("Texas", "Bavaria", "Helmand") is the region, unless a town
        of its country bears the name exactly ("Washington", "Ramallah": the region's seat), or a
        city of a million elsewhere, or a namesake lies in a region the text names ("Ontario" is
        the province, not the Californian town)."""
        for i, st in self._cands(key):
            pop = self._pop[i]
            if st >= 1 and self._cc[i] in ("UA", "RU") and pop >= 100000 and wiso[:2] not in ("UA", "RU"):
                return True  # "Vinnytsa": a city of the theatre in a variant spelling, not the Macedonian municipality
            if st >= 2 and ((self._cc[i] == wiso[:2] and pop >= 20000) or pop >= 1000000):
                if self._english_word(key, i, st) and not self._a1[i] in strong:
                    continue  # "Oregon": the state, not the Ohio town an English-word filter refuses
                return True
            if self._a1[i] and (self._a1[i] in strong or self._a1[i] in weak):
                return True
        if (strong or weak) and self._minor_on():
            j = self._minor_pick(key, strong=strong, weak=weak, supported_only=True)
            if j is not None and self._minor["a1"][j[0]] in (*strong, *weak) and self._minor["cc"][j[0]] != wiso[:2]:
                return True  # a small town of a region the text names ("Berea" with "Kentucky")
        return False

    def _postal_region(self, head: str, seg: str) -> Optional[str]:
        """The state or province a postal abbreviation after a place names ("GA", "ON", "NSW": the ISO
        3166-2 suffix in the US, Canada and Australia): the one of these that holds a place named
        ``head`` (the US first), else the US state; None for anything else."""
        seg = seg.strip().rstrip(".")
        if not (2 <= len(seg) <= 3 and seg.isalpha() and seg.isupper()):
            return None
        isos = [f"{cc}-{seg}" for cc in ("US", "CA", "AU") if f"{cc}-{seg}" in self._regions]
        if not isos:
            return None
        key = fold(re.sub(r"^the\s+", "", head.strip(), flags=re.I))
        a1s = {self._a1[i] for i, _s in self._cands(key)}
        for iso in isos:
            if iso in a1s or (self._minor_on() and self._minor_pick(key, constraint={iso}) is not None):
                return iso
        return isos[0] if isos[0].startswith("US-") else None

