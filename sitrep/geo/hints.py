"""What the context says about one bare mention asked for with :meth:`geocode`.

* the qualifier the context writes right after the name: asked for "Odessa" in "oil workers in
  Odessa, Texas, went on strike", the answer is the Texan city (as for "Odessa, Texas");
* a finer place the context puts the event in: asked for the coarse label "Zaporizhia region" (or
  "Donetsk", a city that shares its oblast's name) of an incident whose description says "a school
  in Kamyshuvakha village was damaged", the answer is that village of the region.

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.lexicon import _COMPAT, REGION_WORDS, _haversine, _strip_possessive
from sitrep.geo.translit import fold
from sitrep.model import Location

# a hromada written right after a settlement's name
_HROMADA_AFTER = (r"(?:\s+(?:village|town|settlement))?\s*[,(]\s*(?:an?\s+(?:small\s+)?(?:village|town|settlement)\s+)?"
                  r"(?:in\s+(?:the\s+)?)?(?P<u>(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+(?:hromada|community))\b"
                  r"(?P<r>,\s*(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+(?:region|oblast)\b)?")

_FEATURE_WORDS = frozenset({"Sea", "Ocean", "Gulf", "Bay", "Lake", "River", "Coast", "Mountains", "Islands",
                            "Desert", "Valley", "Strait", "Peninsula"})
# capitalised sentence openers that begin some region's key ("The" of "Thessaly"): never a region's first word
_OPENERS = frozenset({"a", "an", "the", "on", "in", "at", "of", "as", "to", "it", "he", "she", "we", "they", "but",
                      "and", "for", "after", "when", "while", "this", "that", "there", "then"})
_WORD = re.compile(r"[A-Z][\w'’.-]*")
# a locative cue right before a settlement: the event happened there ("in X", "the village of X", "at X");
# not "near X" (a launch site, a landmark outside the place)
_IN_CUE = re.compile(r"(?:\b(?:in|at|into|inside)\s+(?:the\s+)?"
                     r"(?:(?:village|town|city|settlement|hamlet)\s+of\s+)?|"
                     r"\b(?:village|town|city|settlement|hamlet)\s+of\s+)$", re.I)


class ContextHintsMixin:
    """The qualifier written after a name in its context; a finer place the context names."""

    _wr_prefixes: Optional[frozenset] = None  # prefixes of the folded keys of regions abroad (built once)
    _state_named_ccs: Optional[frozenset] = None

    def _district_city_in_context(self, mention: str, context: str) -> Optional[str]:
        """``"Saltivskyi, Kharkiv"`` for a bare city-district mention ("Saltivskyi district", "the
        Kholodnohirskyi district") when the context names a city of 100,000 or more that has a district of
        that name (the first such city the context names): "the Kholodnohirskyi district of Kharkiv",
        "Kharkiv: a guided bomb hit the Saltivskyi district". None otherwise."""
        base = re.sub(r"^(?:the\s+)?", "", mention.strip(), flags=re.I)
        base = re.sub(r"\s+(?:city\s+)?(?:district|raion|rayon)$", "", base, flags=re.I)
        if not base or " " in base or not re.search(r"(?:sk(?:yi|iy|y|ij|oi|ii)|tskyi|zkyi)$", base, re.I) or not context:
            return None
        seen = set()
        for w in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]{2,}", context):
            k = fold(_strip_possessive(w.group(0)))  # ("Mariupol's Zhovtnevyi district": the city's)
            if k in seen or fold(base) == k:
                continue
            seen.add(k)
            top = self._best(k)
            if top is None or self._pop[top[0]] < 100000:
                continue
            if self._district(top[0], base) is not None:
                return f"{base}, {self._name[top[0]]}"
        return None

    def _qualified_in_context(self, mention: str, context: str) -> Optional[str]:
        """``"Odessa, Texas"`` when ``context`` writes ``mention`` followed by a region abroad, a
        country, or a region with its region word ("Mykhailivka, Donetsk oblast"); None otherwise
        (also for a list of names: "Kyiv, Kharkiv and Odesa")."""
        name = mention.strip()
        if not name or len(name) > 60 or name not in context:
            return None
        m = re.search(r"(?<![\w-])" + re.escape(name) + _HROMADA_AFTER, context)
        if m:  # "X (Y hromada)", "X village, Y hromada", "X, a village in the Y community": X in that hromada
            return f"{name}, {m.group('u')}" + (m.group("r") or "")  # ("X, Y hromada, Z region": the region too)
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r",\s+", context):
            rest = context[m.end():m.end() + 80]
            # "Tripoli, northern Lebanon", "Alexandria, central Virginia": the part of the country is in it
            rest = re.sub(r"^(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|western|eastern|northern|southern)\s+(?=[A-Z])", "", rest)
            words = []
            pos = 0
            for w in _WORD.finditer(rest):
                if rest[pos:w.start()].strip() or len(words) == 3:
                    break
                words.append(w)
                pos = w.end()
            for L in range(len(words), 0, -1):
                phrase = rest[:words[L - 1].end()].rstrip(".,")
                dotted = rest[:words[L - 1].end()].endswith(".")
                # "Tripoli, Lebanon's second city", "Santa Cruz, Bolivia's largest city": the country
                phrase = re.sub(r"['’]s$", "", phrase)
                after = rest[words[L - 1].end():]
                nxt = after.split()[0].lower().strip(".,;:") if after.split() else ""
                if nxt == "and" or re.match(r",\s+[A-Z]", after) and not self._as_country(after.split(",")[1]):
                    continue  # a list of names, not a name and its region
                k = fold(re.sub(r"^the\s+", "", phrase, flags=re.I))
                if nxt in REGION_WORDS and self._as_region(phrase):
                    return f"{name}, {phrase} {nxt}"
                if self._as_country(phrase) or k in self._world_region_keys or (dotted and k in self._abbrev_keys) \
                        or self._county_country(phrase) or k in self._subregion_keys or self._area_cc(phrase):
                    return f"{name}, {phrase}{'.' if dotted else ''}"
        return None

    def _finer_in_context(self, mention: str, loc: Location, context: str) -> Optional[tuple[Location, str]]:
        """A settlement the context puts the event in ("in X", "the village of X") within the
        coarse place ``loc`` answered for a bare ``mention``: a Ukrainian or Russian region, or a city
        that bears its oblast's name ("Donetsk", "Luhansk"); None when the context names the mention
        itself so, or no such place."""
        if loc.country_code not in ("UA", "RU") or loc.admin1_code is None:
            return None
        key = fold(re.sub(r"^the\s+", "", mention.strip(), flags=re.I))
        if loc.precision == 1:
            isos = self._region_keys.get(key)
            if not isos:
                return None
            allowed = set(self._expand(isos)) | {loc.admin1_code}
        elif loc.precision >= 3:
            allowed = {loc.admin1_code}
        else:
            return None
        allowed |= {c for a in list(allowed) for c in _COMPAT.get(a, ())}
        found = []
        for pm in self._context_mentions(context):
            pl = pm.location
            if pm.kind != "settlement" or pl is None or pl.lat is None or pl.precision > 2:
                continue
            if not _IN_CUE.search(context[max(0, pm.start - 40):pm.start]):
                continue
            same = fold(pm.text) == key or (loc.precision == 1 and _haversine(pl.lat, pl.lon, loc.lat, loc.lon) < 3)
            if same:
                return None  # the context puts the event in the place asked for itself
            if pl.admin1_code in allowed:
                found.append(pm)
        if not found:
            return None
        pm = found[0]
        return pm.location, f"the place the context puts it in, within {mention.strip()}: {pm.text}"

    def _context_mentions(self, context: str) -> list:
        ms = self._ctx_cache.get(("mentions", context))
        if ms is None:
            ms = self.find_mentions(context)
            self._ctx_put(("mentions", context), ms)
        return ms

    def _region_abroad_after(self, words, fk, cap, b: int) -> Optional[str]:
        """The region abroad written after the comma at token ``b`` of ``find_mentions``' tokens,
        which has no mention of its own: "Alexandria, Louisiana", "Tupelo, Miss." (a US state's
        abbreviation needs its full stop)."""
        n = len(words)
        for L in (2, 1):
            if b + L < n and all(cap[t] == 1 for t in range(b + 1, b + 1 + L)):
                key = "".join(fk[t] for t in range(b + 1, b + 1 + L))
                # ("In Orikhiv, Grad rockets hit ...": a launcher's name, not Slovenia's Grad)
                wiso = None if L == 1 and key in self._stop else self._world_region_keys.get(key)
                if wiso is None and b + L + 1 < n and words[b + L + 1] == ".":
                    wiso = self._abbrev_keys.get(key)
                if wiso:
                    return wiso
        if b + 1 < n and b > 0 and cap[b + 1] == 1 and words[b + 1].isupper() and 2 <= len(words[b + 1]) <= 3:
            a = b - 1  # "Athens, GA", "London, ON": the postal abbreviation, for the place before the comma
            while a > 0 and cap[a - 1] == 1 and b - a < 4:
                a -= 1
            return self._postal_region(" ".join(words[a:b]), words[b + 1])
        return None

    def _state_of(self, head: str, region_key: str, cc: str) -> Optional[str]:
        """The region abroad ``region_key`` names when it is also country ``cc``'s name and the place
        of folded key ``head`` lies in that region, not in the country ("Athens, Georgia": US-GA)."""
        wiso = self._world_region_keys.get(region_key)
        if not wiso or wiso[:2] == cc:
            return None
        cands = self._cands(head)
        if any(self._a1[i] == wiso for i, _s in cands) and not any(self._cc[i] == cc for i, _s in cands):
            return wiso
        return None

    def _state_over_country(self, mention: str, loc: Location, context: str) -> Optional[Location]:
        """A country's name that is also a region abroad ("Georgia") is that region when the
        context's places lie in it ("the polls in Atlanta and Savannah")."""
        wiso = self._world_region_keys.get(fold(re.sub(r"^the\s+", "", mention.strip(), flags=re.I)))
        if not wiso or wiso[:2] == loc.country_code:
            return None
        if any(pm.kind == "settlement" and pm.location is not None and pm.location.admin1_code == wiso
               for pm in self._context_mentions(context)):
            return self.region_location(wiso)
        return None

    def _country_names_abroad(self, out: list, text: str) -> list:
        """Country mentions of ``find_mentions`` that are a town or a region abroad: "Lebanon, Ohio"
        is the town in the region written after it; "Georgia" is the US state when the text's other
        places lie in it (Atlanta, Savannah)."""
        shared = self._state_named_ccs
        if shared is None:  # countries one of whose names is also a region's abroad ("Georgia")
            shared = self._state_named_ccs = frozenset(cc for k, cc in self._country_keys.items()
                                                       if k in self._world_region_keys)
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.resolve import with_reason

        for n, pm in enumerate(out):
            if pm.kind != "country" or pm.location is None or (
                    pm.location.country_code not in shared and not text.startswith(",", pm.end)):
                continue
            key = fold(re.sub(r"^the\s+", "", pm.text, flags=re.I))
            q = re.match(r",\s+([A-Z][\w]*\.?)(?:\s+([A-Z][\w]*\.?))?", text[pm.end:pm.end + 50])
            if q:
                for phrase in ([q.group(1) + " " + q.group(2)] if q.group(2) else []) + [q.group(1)]:
                    dotted = phrase.endswith(".")
                    k = fold(phrase.rstrip("."))
                    wiso = self._world_region_keys.get(k) or (self._abbrev_keys.get(k) if dotted else None)
                    if wiso:
                        b = self._best(key, constraint={wiso})
                        if b is not None:
                            out[n] = PlaceMention(pm.start, pm.end, pm.text, "settlement", with_reason(
                                self._place_location(b[0]), f"name; in the region written ({wiso})"))
                        break
                if out[n] is not pm:
                    continue
            wiso = self._world_region_keys.get(key)
            if wiso and wiso[:2] != pm.location.country_code and any(
                    o.kind == "settlement" and o.location is not None and o.location.admin1_code == wiso for o in out):
                out[n] = PlaceMention(pm.start, pm.end, pm.text, "region", with_reason(
                    self.region_location(wiso), "region abroad: the text's places lie in it"))
        return out

    def _regions_abroad_scan(self, words, fk, cap) -> list[tuple[int, int, str]]:
        """First-level regions abroad named in free text ("the governor of California", "in Kerala",
        "Alexandria, Louisiana"), as (first token, tokens, ISO code): only a name no settlement
        (but a small one), first name or English word shares, and not the start of a longer proper
        name ("California Institute", "Texas Instruments") or a sea ("the Red Sea"). Works on the
        tokens ``find_mentions`` folded (``fk``; ``cap`` 1 for a capitalised word)."""
        pre = self._wr_prefixes
        if pre is None:  # every prefix of a folded region key: one set lookup rules out most words
            pre = self._wr_prefixes = frozenset(k[:m] for k in self._world_region_keys for m in range(1, len(k) + 1)) \
                - _OPENERS
        if pre.isdisjoint(fk):
            return []
        hits = [i for i, f in enumerate(fk) if f in pre and cap[i] == 1]
        wk = self._world_region_keys
        n = len(words)
        found = []
        after = 0
        for i in hits:
            if i < after:
                continue
            hit = None
            key = ""
            for L in (1, 2, 3):
                j = i + L - 1
                if j >= n or cap[j] != 1:
                    break
                key += fk[j]
                if key not in pre:
                    break
                iso = wk.get(key)
                typed = i >= 2 and words[i - 1].lower() == "of" and words[i - 2].lower() in ("state", "province", "governor", "governorate", "prefecture", "county")
                if iso and iso[:2] not in ("UA", "RU") and key not in self._stop and key not in self._first_names \
                        and (key not in self._english or typed) and key not in self._aliases \
                        and (key not in self._names or not self._place_over_region(key, iso, (), ())):
                    hit = (L, iso)
            if hit is None:
                continue
            L, iso = hit
            after = i + L
            if (i + L < n and cap[i + L] == 1) or words[i + L - 1] in _FEATURE_WORDS:
                continue  # "Texas Instruments"; "the Red Sea" is the sea, not the Sudanese state
            found.append((i, L, iso))
        return found

    def _regions_abroad_named(self, out: list, text: str, toks, found) -> list:
        """The regions abroad of :meth:`_regions_abroad_scan` as region mentions, where no other
        mention covers them."""
        if not found:
            return out
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.resolve import with_reason

        added = []
        for i, L, iso in found:
            s, e = toks[i][1], toks[i + L - 1][2]
            if not any(pm.start < e and s < pm.end for pm in out):
                added.append(PlaceMention(s, e, text[s:e], "region", with_reason(self.region_location(iso),
                                                                               "region abroad named")))
        if not added:
            return out
        return sorted(out + added, key=lambda pm: pm.start)

    def _not_people(self, out: list, text: str) -> list:
        """``find_mentions``' list without a given name that is also a place before a surname ("Chad
        Smith", "Florence Pugh", "Jordan Bardella"); "Chad's army", "Victoria Falls" stay."""
        from sitrep.geo.people import PLACE_GIVEN, person_before_surname
        from sitrep.geo.translit import fold_token

        if not out or not any(pm.kind in ("settlement", "country") and fold_token(pm.text) in PLACE_GIVEN for pm in out):
            return out
        return [pm for pm in out if not (pm.kind in ("settlement", "country") and fold_token(pm.text) in PLACE_GIVEN
                                         and person_before_surname(text, pm.start, pm.end, self._known))]

