"""Small places abroad (the minor tier of the index, :mod:`sitrep.geo.build_minor`): settlements
outside the war theatre below 15,000 inhabitants, and the other names of towns abroad below 100,000.

They answer :meth:`geocode` for a name asked for as a place when the main index has no better
reading: none at all ("Davos", "Ramstein", "Timbuktu", "Sukhumi": then before any one-letter-off
reading of a war-zone name), or one in a country or region the context does not name while the
context names the small place's ("Salla" near the Finnish border is no Slovak Šaľa; "Palma" in
northern Mozambique). In free text they are read only when their region or country is written
right after them ("Ramstein, Germany"; "Plains, Ga."), never by chance: many common words and
surnames are some hamlet somewhere.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import marshal
import math
import re
import threading
from array import array
from bisect import bisect_left
from typing import Optional

from sitrep.geo.build_minor import shard_of
from sitrep.geo.lexicon import THEATRE
from sitrep.geo.translit import fold
from sitrep.model import Location

_FLAGS = threading.local()  # .off: this thread's geocode() leaves the minor tier out
# "Ramstein, Germany", "Plains, Ga.": a capitalised name (up to four words) and what follows its comma
_NAME_BEFORE = re.compile(r"(?<![\w.'’-])((?:[A-Z][\w'’.-]*)(?:[ -](?:[A-Z][\w'’-]*|de|la|le|sur|en|am|an|im|upon|on))"
                          r"{0,3})$")
_AFTER_COMMA = re.compile(r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,2}")
_LOAD = threading.Lock()
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|into|to)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_X_COUNTY = re.compile(r"^(?:the\s+)?(?P<x>[A-Z][\w'’. -]*?)\s+County$")
_COUNTY_X = re.compile(r"^(?:the\s+)?(?:County|Co\.)\s+(?P<x>[A-Z][\w'’-]+)$")
_NI_COUNTIES = frozenset({"antrim", "armagh", "down", "fermanagh", "londonderry", "derry", "tyrone"})


class _Strings:
    """Strings packed in one ``\\n``-terminated text with their start offsets."""

    __slots__ = ("text", "off")

    def __init__(self, text: str, off: array) -> None:
        self.text, self.off = text, off

    def __len__(self) -> int:
        return len(self.off) - 1

    def __getitem__(self, i: int) -> str:
        return self.text[self.off[i]:self.off[i + 1] - 1]


class _Coded:
    """A column of few distinct strings: a table and an index per row (None for "")."""

    __slots__ = ("tab", "idx")

    def __init__(self, tab: tuple, idx: array) -> None:
        self.tab, self.idx = tab, idx

    def __getitem__(self, i: int) -> Optional[str]:
        return self.tab[self.idx[i]] or None


class _KeyCodes:
    """Folded key -> codes (place * 4 + strength): the key's shard unpacked on first use, then a binary
    search over its sorted keys."""

    def __init__(self, shards: tuple) -> None:
        self.shards = shards
        self.open: dict[int, tuple] = {}

    def get(self, key: str, default=None):
        n = shard_of(key)
        got = self.open.get(n)
        if got is None:
            text, key_off, codes, code_off = marshal.loads(self.shards[n])
            got = self.open[n] = (_Strings(text, _arr("I", key_off)), _arr("I", codes), _arr("I", code_off))
        keys, codes, off = got
        k = bisect_left(keys, key, 0, len(keys))
        if k < len(keys) and keys[k] == key:
            return tuple(codes[off[k]:off[k + 1]])
        return default


def _arr(code: str, raw: bytes) -> array:
    a = array(code)
    a.frombytes(raw)
    return a


class MinorTier(dict):
    """The minor tier: ``t["names"].get(key)``, ``t["cc"][j]``, ``t["lat"][j]`` ... over flat arrays,
    each part unpacked when first needed (a name's shard on lookup, the places on the first hit:
    about 25 MB for 200,000 places and 400,000 names, where dicts and tuples took 170)."""

    def __init__(self, raw: Optional[dict]) -> None:
        super().__init__()
        raw = raw or {}
        self._places = raw.get("places")
        self["names"] = _KeyCodes(raw.get("shards") or ())
        self["macro"] = frozenset(raw.get("macro") or ())
        self["english"] = frozenset(raw.get("english") or ())

    def __missing__(self, col: str):
        if self._places is None:
            raise KeyError(col)
        with _LOAD:
            if "name" not in self:
                raw = marshal.loads(self._places)
                self["name"] = _Strings(raw["name"], _arr("I", raw["name_off"]))
                for c in ("lat", "lon"):
                    self[c] = _arr("d", raw[c])
                for c in ("pop", "gid"):
                    self[c] = _arr("i", raw[c])
                for c in ("cc", "a1"):
                    self[c] = _Coded(raw[c][0], _arr("H", raw[c][1]))
        return self[col]


class MinorMixin:
    """The minor tier: candidates, the pick among them, free-text reading next to a region/country."""

    _minor_tier: Optional[dict] = None

    @property
    def _minor(self) -> dict:
        if self._minor_tier is None:
            with _LOAD:
                if self._minor_tier is None:
                    blob = getattr(self, "_minor_blob", None)
                    self._minor_tier = MinorTier(blob)
        return self._minor_tier

    @staticmethod
    def minor_off(off: bool) -> bool:
        """Leave the minor tier out of this thread's geocode() calls (True) or not; returns the old
        setting. The extractor's log labels are bare words that may be no place at all."""
        old = getattr(_FLAGS, "off", False)
        _FLAGS.off = off
        return old

    def _minor_macro(self) -> frozenset:
        """Folded names of continents and world regions (``macro_regions.txt``)."""
        return self._minor["macro"]

    def _minor_on(self) -> bool:
        return not getattr(_FLAGS, "off", False)

    def _minor_location(self, j: int, reason: str) -> Location:
        t = self._minor
        a1 = t["a1"][j]
        loc = Location.model_construct(
            name=t["name"][j], country_code=t["cc"][j], admin1_code=a1, admin1=self._region_name(a1), admin2=None,
            lat=t["lat"][j], lon=t["lon"][j], geonameid=t["gid"][j] or None, precision=1, source="geonames")
        from sitrep.geo.resolve import with_reason
        return with_reason(loc, reason)

    def _minor_pick(self, key: str, constraint=None, constraint_cc=None, strong=(), weak=(), ccs=(),
                    hint=None, supported_only: bool = False) -> Optional[tuple[int, bool]]:
        """(index, supported) of the best small place abroad of folded name ``key`` within the
        constraint written; supported: its region or country is written or named in the context.
        None when there is none (or none supported, with ``supported_only``)."""
        codes = self._minor["names"].get(key)
        if not codes:
            return None
        t = self._minor
        cc_, a1_, pop = t["cc"], t["a1"], t["pop"]
        best, best_s, best_sup = None, -1e9, False
        for code in codes:
            j, s = code >> 2, code & 3
            cc, a1 = cc_[j], a1_[j]
            if constraint and a1 not in constraint:
                continue
            if constraint_cc and cc != constraint_cc:
                continue
            sup = bool(constraint or constraint_cc) or a1 in strong or a1 in weak or cc in ccs or cc == hint
            if supported_only and not sup:
                continue
            sc = (8.0 if a1 in strong else 3.0 if a1 in weak else 0.0) + (1.5 if cc in ccs else 0.0) \
                + (5.0 if cc == hint else 0.0) + (1.0 if s >= 2 else 0.0) + 0.8 * math.log10(pop[j] + 10)
            if sc > best_s:
                best, best_s, best_sup = j, sc, sup
        return None if best is None else (best, best_sup)

    def _soft_ccs(self, context: str) -> frozenset:
        """Countries outside the theatre a context names only through a demonym ("Irish", "Greek") or
        an area ("Kashmir", "Darfur"): support for a place abroad, never weight in a war report."""
        if not context:
            return frozenset()
        got = self._ctx_cache.get(("soft", context))
        if got is None:
            out = set()
            words = list(re.finditer(r"\b[A-Z][\w'’-]+", context))
            for n, m in enumerate(words):
                pair = [fold(m.group() + " " + words[n + 1].group())] if n + 1 < len(words) and \
                    context[m.end():words[n + 1].start()] == " " else []
                for k in (*pair, fold(m.group())):
                    cc = self._demonym_keys.get(k)
                    if cc is None and k in self._area_keys:
                        cc = self._areas[self._area_keys[k]][1]
                    if cc and cc not in THEATRE:
                        out.add(cc)
                        break
            got = frozenset(out)
            self._ctx_put(("soft", context), got)
        return got

    def _minor_answer(self, key: str, b, constraint, constraint_cc, strong, weak, ccs, hint,
                      context: str = "", supported_only: bool = False) -> Optional[Location]:
        """What answers ``key`` instead of the main index's best reading ``b`` ((index, strength) or
        None) abroad: with no reading, the best small place (its region or country named first);
        over a reading the context does not support, a namesake whose country a demonym or area
        names ("Irish ... Athlone"), else a small place whose region or country the context names
        (only its country named: not over a city of 100,000+)."""
        if not self._minor_on() or not key:
            return None
        if constraint and all(c[:2] in THEATRE for c in constraint):
            return None
        if constraint_cc and constraint_cc in THEATRE:
            return None
        soft = frozenset()
        if b is not None:
            i = b[0]
            if constraint or constraint_cc or self._a1[i] in strong or self._a1[i] in weak \
                    or self._cc[i] in ccs or self._cc[i] == hint:
                return None
            soft = self._soft_ccs(context)
            if self._cc[i] not in soft:
                named = self._named_namesake(key, i, strong, weak, ccs, soft)
                if named is not None:
                    return named
            if not (soft or (hint and hint not in THEATRE) or any(c not in THEATRE for c in ccs)
                    or any(r[:2] not in THEATRE for r in (*strong, *weak))):
                return None  # the context names nothing abroad: no small place can be supported
        elif not (constraint or constraint_cc):
            soft = self._soft_ccs(context)
        got = self._minor_pick(key, constraint, constraint_cc, strong, weak, set(ccs) | soft, hint,
                               supported_only=b is not None or supported_only)
        if got is None:
            return self._unplaced_in_country(key, constraint) if b is None and constraint else None
        j, sup = got
        if not sup and (key in self._stop or key in self._english or key in self._first_names
                        or key in self._minor_macro() or key in self._minor["english"]):
            return None  # "May", "Zelensky": a word or a name before a hamlet somewhere
        t = self._minor
        if not sup and b is None and fold(t["name"][j]) != key and (
                any(c not in THEATRE for c in ccs) or any(r[:2] not in THEATRE for r in (*strong, *weak))):
            return None  # another spelling of a hamlet elsewhere, in a text on another country ("Banjska, Kosovo")
        regional = t["a1"][j] in strong or t["a1"][j] in weak
        if b is not None and not regional and (self._cc[b[0]] == t["cc"][j] or self._pop[b[0]] >= 100000):
            return None  # the country named is the main reading's too, or that is a known city
        how = ("in the region written" if constraint else "in the country written" if constraint_cc
               else "its region or country named in the text" if sup else "a small place abroad")
        return self._minor_location(j, f"name; {how} ({t['a1'][j] or t['cc'][j]})")

    def _named_namesake(self, key: str, i: int, strong, weak, ccs, soft=frozenset()) -> Optional[Location]:
        """A namesake abroad of the main reading ``i`` (whose region and country the context does not
        name) in a region or country the context names: "Vienna" in a text on Virginia, "Qamishli" in
        one on Syria (not the Crimean Kamyshly), "Athlone" with "Irish". Its country alone does not
        take a city of 100,000+ twice its size ("Geneva" with the United States named stays Swiss); a
        demonym or an area, written with what it qualifies ("the Irish army"), does."""
        a1, cc, pop = self._a1, self._cc, self._pop
        named = [c for c in self._cands(key) if c[0] != i and cc[c[0]] not in THEATRE
                 and (a1[c[0]] in strong or a1[c[0]] in weak
                      or ((c[1] >= 2 or pop[c[0]] >= 100000) and (cc[c[0]] in ccs or cc[c[0]] in soft)))]
        if not named:
            return None
        j = max(named, key=lambda c: (a1[c[0]] in strong, a1[c[0]] in weak, c[1] >= 2, pop[c[0]]))[0]
        # a region of its country named, where GeoNames gives us no region of its own ("Cordoba" and Andalusia)
        regional = a1[j] in strong or a1[j] in weak or (
            a1[j] is None and any(r[:3] == cc[j] + "-" for r in (*strong, *weak)))
        if not regional and cc[j] not in soft and cc[i] not in THEATRE and pop[i] >= 100000 and pop[i] >= 2 * pop[j]:
            return None
        from sitrep.geo.resolve import with_reason
        how = f"its region named in the text ({a1[j]})" if regional else f"its country named in the text ({cc[j]})"
        return with_reason(self._place_location(j), f"name; {how}")

    def _unplaced_in_country(self, key: str, constraint) -> Optional[Location]:
        """A place of the region written's country whose own region GeoNames does not give us
        ("Kingston, Jamaica" parishes, most countries' provinces): the largest namesake there."""
        ccs = {c[:2] for c in constraint}
        if len(ccs) != 1:
            return None
        cc = ccs.pop()
        main = [i for i, s in self._cands(key) if s >= 2 and self._cc[i] == cc and self._a1[i] is None]
        if main:
            i = max(main, key=self._pop.__getitem__)
            from sitrep.geo.resolve import with_reason
            return with_reason(self._place_location(i), f"name; in the country of the region written ({cc})")
        t = self._minor
        small = [c >> 2 for c in t["names"].get(key, ()) if t["cc"][c >> 2] == cc and t["a1"][c >> 2] is None]
        if small:
            return self._minor_location(small[0], f"name; in the country of the region written ({cc})")
        return None

    def _refused_abroad(self, key: str, b, strong, weak, ccs, hint, context: str) -> Optional[Location]:
        """A name asked for as a place whose only readings are refused without context (a town abroad
        under 20,000 by its own name; one a dictionary lists, "Bethlehem", "Timbuktu"): a namesake or
        small place the context supports, else that town (a dictionary word only with a context to be
        asked in, not alone: "Atlantis"), else the best small place."""
        if not self._minor_on():
            return None
        loc = self._minor_answer(key, None, None, None, strong, weak, ccs, hint, context, supported_only=True)
        if loc is not None:
            return loc
        i, st = b
        word = key in self._stop or key in self._english or key in self._first_names
        if not (self._cc[i] in THEATRE or st < 2 or key in self._minor_macro()
                or (word and not self._locative_in(key, context))):
            from sitrep.geo.resolve import with_reason
            return with_reason(self._place_location(i), "name; a town abroad asked for as a place")
        return self._minor_answer(key, None, None, None, strong, weak, ccs, hint, context)

    @staticmethod
    def _locative_in(key: str, context: str) -> bool:
        """The context writes the name (folded ``key``) capitalised after "in", "at", "near" ...: a place
        there, though the name is also a word or a name ("in Bethlehem", "near Jericho")."""
        for m in _LOCATIVE.finditer(context or ""):
            words = m.group(1).split()
            if any(fold(" ".join(words[:n])) == key for n in range(1, len(words) + 1)):
                return True
        return False

    def _written_after(self, after: str) -> tuple[Optional[str], Optional[str]]:
        """(region abroad, country) the words after a comma name ("Germany", "New York", "Ga."),
        remembered per phrase."""
        memo = self.__dict__.setdefault("_after_memo", {})
        got = memo.get(after)
        if got is None:
            region = country = None
            words = after.split()
            for L in range(len(words), 0, -1):
                phrase = " ".join(words[:L])
                dotted = phrase.endswith(".")
                k = fold(re.sub(r"^the\s+", "", phrase.rstrip("."), flags=re.I))
                region = (self._world_region_keys.get(k) or self._subregion_keys.get(k)
                          or (self._abbrev_keys.get(k) if dotted else None))
                if region is None and L == 1 and 2 <= len(phrase.strip(".,")) <= 3 and phrase.strip(".,").isupper():
                    region = next((f"{c}-{phrase.strip('.,')}" for c in ("US", "CA", "AU")  # "Plains, GA"
                                   if f"{c}-{phrase.strip('.,')}" in self._regions), None)
                country = None if region else self._country_keys.get(k)
                if region or country:
                    break
            if len(memo) > 20000:
                memo.clear()
            got = memo[after] = (region, country)
        return got

    def _minor_mentions(self, out: list, text: str) -> list:
        """``find_mentions``' list plus the small places abroad written with their region or country
        right after a comma ("the Ramstein, Germany, air base"; "Plains, Ga."), where no mention is or
        only a war-zone reading of the name ("Mayfield, Ky." is no Crimean village of that old name)."""
        if ", " not in text:
            return out
        added, dropped = [], set()
        starts = [pm.start for pm in out]  # find_mentions' list is in text order
        pos = text.find(", ")
        while pos >= 0:
            # "Name, After": a capitalised run (up to four words) right before the comma, capitalised words after it
            c, pos = pos, text.find(", ", pos + 2)
            am = _AFTER_COMMA.match(text, c + 2)
            m = am and _NAME_BEFORE.search(text, max(0, c - 80), c)
            if not m:
                continue
            a, e = m.start(1), m.end(1)
            after = am.group()
            k = bisect_left(starts, e)
            over = [pm for pm in out[max(0, k - 4):k] if pm.start < e and a < pm.end]
            if over and (len(over) > 1 or over[0].end != e or over[0].kind != "settlement"
                         or over[0].location is None or over[0].location.country_code not in THEATRE):
                continue  # a mention there already (only a war-zone reading may yield to the region written)
            region, country = self._written_after(after)
            if not (region or country) or (country or region[:2]) in THEATRE:
                continue
            got = None
            parts = list(re.finditer(r"\S+", m.group(1)))
            if over:  # "Mayfield, Ky.": not the Crimean village once so named
                a = over[0].start
                got = self._minor_pick(fold(text[a:e]), {region} if region else None, country)
                parts = []
            for p in parts:  # "In Davos, Switzerland": the longest tail of the capitalised run that is a place
                key = fold(m.group(1)[p.start():])
                if key in self._names or key in self._stop or key in self._country_keys or key in self._aliases:
                    break
                got = self._minor_pick(key, {region} if region else None, country)
                if got is not None:
                    a = m.start(1) + p.start()
                    break
            if got is None:
                continue
            if over:
                dropped.add(over[0].start)
            from sitrep.geo.mentions import PlaceMention
            added.append(PlaceMention(a, e, text[a:e], "settlement",
                                      self._minor_location(got[0], f"name; written with its "
                                                                   f"{'region' if region else 'country'}")))
        if not added:
            return out
        return sorted([pm for pm in out if pm.start not in dropped] + added, key=lambda pm: pm.start)

    def _county_country(self, seg: str) -> Optional[str]:
        """The country of an Irish-style county written after a place ("County Kerry": IE; "Co. Tyrone": GB)."""
        m = _COUNTY_X.match(seg.strip().strip(".,;:"))
        if m is None:
            return None
        return "GB" if m.group("x").lower() in _NI_COUNTIES else "IE"

    def _unknown_abroad(self, mention: str, context: str) -> Optional[Location]:
        """A name asked for as a place that the index does not know, abroad: a county in the region
        the context names ("Fulton County"; else its one country named, else the United States, whose
        counties news names most; "County Kerry" is Irish, "County Tyrone" in Northern Ireland);
        another name in the one region abroad, else the one country abroad, its context names
        ("Idomeni" in a sentence on the Greek border)."""
        if not self._minor_on():
            return None
        name = mention.strip().strip(".,;:")
        m = _COUNTY_X.match(name)
        if m:
            cc = "GB" if m.group("x").lower() in _NI_COUNTIES else "IE"
            loc = self.region_location("GB-NIR") if cc == "GB" else None
            return loc or self.country_location(cc)
        county = _X_COUNTY.match(name) is not None
        k = fold(re.sub(r"^the\s+", "", name, flags=re.I))
        if not county and ("," in name or not name[:1].isupper() or k in self._stop or k in self._english
                           or k in self._first_names or k in self._minor_macro()):
            return None
        strong, weak, ccs = self.context_regions(context)
        abroad = sorted(r for r in (*strong, *weak) if r[:2] not in THEATRE)
        if not county and ccs:  # "the Pankisi gorge in Georgia": the country, not the US state of its name
            abroad = [r for r in abroad if r[:2] in ccs]
        if abroad and (county or len(abroad) == 1):
            return self.region_location(abroad[0])
        hard = sorted({c for c in ccs if c not in THEATRE})
        if len(hard) == 1:  # the one country named ("Banjska, northern Kosovo"; "Serbian" only a demonym)
            return self.country_location(hard[0])
        ccs = sorted({c for c in (*ccs, *self._soft_ccs(context)) if c not in THEATRE})
        if len(ccs) == 1:
            return self.country_location(ccs[0])
        return self.country_location("US") if county else None
