"""Places abroad in free text, after :meth:`find_mentions`' own pass (issue 11): world news forms.

* A region abroad written with its type word is that region, even where its name alone is a city
  or a country ("Idlib governorate", "Khartoum state", "Niger state", "North Kivu province"):
  ``world_typed`` keys of the index (:mod:`sitrep.geo.build_world_en`); a name several
  countries' regions share ("Northern region") only in a text naming one of those countries.
* A name whose Arabic-style continuation follows ("Wad al-Noura", "Umm Bin ...", "Abu Shouk")
  is a longer name we do not know: its first word alone ("Wad") is no place.
* A region abroad named in a sentence outweighs a small foreign namesake in that sentence: "the
  village of Kala in North Kivu" is no region of Malta, "Bor in Jonglei state" no Russian town
  (the name is looked up in that region's country, else dropped).

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import re

from sitrep.geo.lexicon import RU_BORDER, THEATRE
from sitrep.geo.translit import fold

_TYPE_AFTER = re.compile(r"\s+(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion|[Dd]epartment|[Pp]refecture)\b")
_TYPE_FIND = (" state", " State", " province", " Province", " governorate", " Governorate", " region",
              " Region", " department", " Department", " prefecture", " Prefecture")
# up to four capitalised words (with particles) right before the type word
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*|(?<=\s)(?:de|del|du|el|al|la|des|of))"
                          r"(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}-[A-Z][\w'’-]*|de|del|du|el|al|la|des)){0,3})$")
# an Arabic-style continuation of a name: "al-Noura", "el-Fasher", "Al-Noura", "bin Zayed", "Abu Shouk"
_CONTINUES = re.compile(r"(?:\s+|-)(?:(?:al|el|ad|ed|ar|er|as|es|ash|esh|at|az|an|en|um|umm)-[A-Za-z]|"
                        r"(?:Al|El|Ad|Ar|As|Ash|An|At|Az)-[A-Z]|(?:bin|ibn|bint|Abu|abu|Umm|Um|Ould|wad|Wad)\s+[A-Z])")
_ARTICLE_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?:al|el|ad|ed|ar|er|as|es|ash|an|at|az)-[A-Z][a-z]+")
_QUALIFIERS = frozenset({"Far", "East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western",
                         "Central", "Upper", "Lower", "Middle", "Greater", "New", "Old", "Free", "Union"})
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s$")
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|city|camp|settlement|hamlet|villages|towns)\s+of\s+$|"
                                r"\b(?:in|at|near)\s+the\s+(?:village|town|camp)\s+$", re.I)


class WorldTextMixin:
    """Typed regions abroad, Arabic-style continuations, regions that outweigh foreign namesakes."""

    def _world_text(self, out: list, text: str) -> list:
        if not text:
            return out
        out = self._typed_regions(out, text)
        out = self._prefixed_regions(out, text)
        if "-" in text or " bin " in text or "Abu " in text or "Umm " in text:
            out = [pm for pm in out if not self._continued(pm, text)]
            if "-" in text:
                out = self._article_names(out, text)
        out = self._news_spellings(out)
        return self._regions_outweigh(out, text)

    def _news_spellings(self, out: list) -> list:
        """A war-zone place matched only by folding a spelling that is, as written, the news name of a
        place abroad ("Qamishli" is the Syrian city, not Crimea's Kamyshly): the place abroad."""
        from sitrep.geo.mentions import PlaceMention, _plain
        from sitrep.geo.resolve import with_reason

        res = out
        for n, pm in enumerate(out):
            loc = pm.location
            if pm.kind != "settlement" or loc is None or loc.country_code not in THEATRE:
                continue
            idxs = [i for i in self._aliases.get(fold(pm.text), ()) if i in self._news_places]
            if not idxs or _plain(pm.text) == _plain(loc.name):
                continue
            if res is out:
                res = list(out)
            res[n] = PlaceMention(pm.start, pm.end, pm.text, "settlement", with_reason(
                self._place_location(idxs[0]), "name as news spells the place abroad"))
        return res

    # ------------------------------------------------------------------ "Idlib governorate"
    def _typed_regions(self, out: list, text: str) -> list:
        typed = self._world_typed
        if not typed or not any(w in text for w in _TYPE_FIND):
            return out
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.resolve import with_reason

        added = []
        ccs = None
        for m in _TYPE_AFTER.finditer(text):
            b = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if b is None:
                continue
            words = list(re.finditer(r"\S+", b.group(1)))
            for n, w in enumerate(words):  # the longest tail of the capitalised run that is a region's name
                if not w.group()[:1].isupper():
                    continue
                if n and words[n - 1].group() in _QUALIFIERS:
                    break  # "the Far East region" is Russia's, not Cameroon's East region
                phrase = b.group(1)[w.start():]
                k = fold(phrase)
                isos = typed.get(k + "|" + m.group().strip().lower()) or typed.get(k)
                if not isos:
                    continue
                if k in self._area_keys or k in self._minor_macro():
                    break  # "the Sahel region", "the Kurdistan region": an area of its own
                if len(isos) > 1:
                    if ccs is None:
                        ccs = {pm.location.country_code for pm in out if pm.location is not None}
                    isos = tuple(i for i in isos if i[:2] in ccs)
                    if len(isos) != 1:
                        break
                iso = isos[0]
                if iso[:2] in THEATRE:
                    break
                s = b.start(1) + w.start()
                added.append((s, m.end(), iso))
                break
        if not added:
            return out
        spans = [(s, e) for s, e, _iso in added]
        kept = [pm for pm in out if not any(pm.start < e and s < pm.end for s, e in spans)]
        for s, e, iso in added:
            kept.append(PlaceMention(s, e, text[s:e], "region", with_reason(
                self.region_location(iso), "region abroad written with its type word")))
        return sorted(kept, key=lambda pm: pm.start)

    # ------------------------------------------------------------------ "North Darfur", "Lower Juba"
    def _prefixed_regions(self, out: list, text: str) -> list:
        """A mention right after a capitalised word with which it makes a region abroad's name ("North
        Darfur" is no Darfur, "Lower Juba" no Juba, "South Lebanon" no Lebanon) is that region."""
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.resolve import with_reason

        wk = self._world_region_keys
        res = out
        for n, pm in enumerate(out):
            if pm.kind not in ("settlement", "area", "country") or pm.start < 3:
                continue
            m = _WORD_BEFORE.search(text, max(0, pm.start - 16), pm.start)
            if m is None or (n and out[n - 1].end > m.start()):
                continue
            iso = wk.get(fold(m.group(1) + " " + pm.text))
            if iso and iso[:2] not in THEATRE:
                if res is out:
                    res = list(out)
                res[n] = PlaceMention(m.start(1), pm.end, text[m.start(1):pm.end], "region", with_reason(
                    self.region_location(iso), "region abroad named"))
        return res

    # ------------------------------------------------------------------ "Wad al-Noura"
    def _continued(self, pm, text: str) -> bool:
        """A one-word settlement followed by an Arabic-style continuation: a longer name unknown."""
        if pm.kind != "settlement" or pm.location is None or " " in pm.text:
            return False
        return _CONTINUES.match(text, pm.end) is not None

    def _article_names(self, out: list, text: str) -> list:
        """Names with a lower-case article inside ("Deir el-Balah", "Tawila el-Kubra") that the
        capitalised-token pass cannot join: the place of the whole name, where we know it."""
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.resolve import with_reason

        added = []
        for m in _ARTICLE_NAME.finditer(text):
            s, e = m.start(), m.end()
            if any(pm.start < e and s < pm.end and pm.kind != "settlement" for pm in out):
                continue
            b = self._best(fold(m.group()))
            if b is None or self._cc[b[0]] in THEATRE:
                continue
            added.append(PlaceMention(s, e, m.group(), "settlement", with_reason(self._place_location(b[0]), "name")))
        if not added:
            return out
        return sorted([pm for pm in out if not any(pm.start < a.end and a.start < pm.end for a in added)] + added,
                      key=lambda pm: pm.start)

    # ------------------------------------------------------------------ regions over namesakes
    def _regions_outweigh(self, out: list, text: str) -> list:
        regions = [pm for pm in out if pm.kind == "region" and pm.location is not None
                   and pm.location.country_code not in THEATRE and pm.location.admin1_code]
        if not regions:
            return out
        from sitrep.geo.mentions import PlaceMention
        from sitrep.geo.resolve import with_reason

        named_ccs = {pm.location.country_code for pm in out if pm.kind in ("country", "demonym", "region")
                     and pm.location is not None}
        res = []
        for pm in out:
            loc = pm.location
            if loc is None or pm.kind not in ("settlement", "region") or pm in regions and pm.kind == "region" \
                    and not _SETTLEMENT_BEFORE.search(text, max(0, pm.start - 30), pm.start):
                res.append(pm)
                continue
            cc = loc.country_code
            same = [r for r in regions if r is not pm and self._same_sentence(text, r.start, pm.start)
                    and r.location.country_code != cc]
            if not same or cc == "UA" or (cc in named_ccs and pm.kind == "settlement") or self._big(pm, loc):
                res.append(pm)
                continue
            r = same[0].location
            key = fold(re.sub(r"^the\s+", "", pm.text, flags=re.I))
            b = self._best(key, constraint={r.admin1_code}) or self._best(key, constraint_cc=r.country_code)
            if b is not None:
                res.append(PlaceMention(pm.start, pm.end, pm.text, "settlement", with_reason(
                    self._place_location(b[0]), f"name; in the region of its sentence ({r.admin1_code})")))
                continue
            mb = self._minor_pick(key, {r.admin1_code}, None) or self._minor_pick(key, None, r.country_code) \
                if self._minor_on() else None
            if mb is not None:
                res.append(PlaceMention(pm.start, pm.end, pm.text, "settlement", self._minor_location(
                    mb[0], f"name; in the country of the region of its sentence ({r.admin1_code})")))
            # else: a foreign namesake a region of the sentence outweighs: no place
        return res

    def _big(self, pm, loc) -> bool:
        """A place too big or too close to the war to be a namesake to drop: 100,000+ inhabitants,
        a Russian border region's town of 10,000+."""
        if pm.kind == "region":
            return False
        key = fold(pm.text)
        pop = max((self._pop[i] for i, _s in self._cands(key)
                   if self._lat[i] == loc.lat and self._lon[i] == loc.lon), default=0)
        if loc.country_code == "RU":
            return pop >= 10000 or loc.admin1_code in RU_BORDER
        return pop >= 100000

    @staticmethod
    def _same_sentence(text: str, a: int, b: int) -> bool:
        lo, hi = (a, b) if a < b else (b, a)
        seg = text[lo:hi]
        return ". " not in seg and "\n" not in seg and "; " not in seg
