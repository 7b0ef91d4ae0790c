"""Resolving each place mention :meth:`~sitrep.geo.mentions.MentionsMixin.find_mentions` found:
the name, its cues ("the village of", "near") and the regions named in its sentence (strong) and
document (weak) give one location or none (``_resolve_mention``, ``_resolve_key``); countries,
regions and areas named in a text (``_named_location``).

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer` (through :class:`~sitrep.geo.mentions.MentionsMixin`).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import Location
from sitrep.nlp.sentences import PICTOGRAPH
from sitrep.geo.lexicon import (
    IN_DESCRIBED, _EMPTY, FRONT_ADMIN1, THEATRE, RU_BORDER, _NEAR_PASS, NEAR_CUES, REGION_WORDS, SETTLEMENT_CUES,
    _strip_possessive, after_in as _after_in, is_metonymy,
)
from sitrep.geo.people import COMMON_WORDS, LOCATIVE
from sitrep.geo.distance import haversine_km
from sitrep.geo.reasons import with_reason
from sitrep.geo.translit import fold
from sitrep.geo.spans import _plain

_VILLAGE_CUES = frozenset({"village", "villages", "hamlet", "settlement", "settlements"})
_LIST_ITEM = re.compile(r"(?:,|\band)\s*$")  # a name after a comma or "and": an item of a list of places
# a description of the place right after it: "X, a village east of Y", "X, on the edge of Y", "X, some 50 km north of Y",
# "X, in the Nikopol district", "X in Bakhmut district"
_APPOSITION_AFTER = re.compile(r"\s*(?:,\s*(?:an?|the)\s+(?:small\s+|frontline\s+|front-line\s+|border\s+)?(?:village|town|city|settlement|suburb|hamlet)\b"
                               r"|,?\s*(?:on|at|in|near|outside)\s+the\s+(?:[\w-]+ern\s+)?(?:edge|outskirts|suburbs)\s+of\b"
                               r"|,?\s*(?:some|about|around|roughly|just)?\s*\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+(?:[\w-]+\s+)?(?:of|from)\b"
                               r"|,?\s*in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+(?:district|raion|hromada|community|region|oblast)\b"
                               # a log line's unit after the name: "X, Chuhuiv district:", "X (Beryslav district) -", "X, Sumy obl.:"
                               r"|\s*[,(]\s*(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+(?:district|raion|rayon|region|oblast|obl\.|hromada|community)(?:\s*\))?\s*[:;,.)–—-]"
                               # a neighbouring place that tells which one: "X near Kupiansk:", "X, next to Hirnyk:", "X, on the road from A to B"
                               r"|,?\s*(?:near|next to|close to|outside|not far from)\s+(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s*[:;,.–—-]"
                               r"|,\s*on\s+the\s+(?:road|highway|motorway)\s+(?:from|between|to)\s+(?-i:[A-Z])"
                               # a bearing, a description or a log's separator: "X, just east of Kharkiv:", "X, on the left
                               # bank of the Dnipro", "X, the hromada centre in ...", "X - a drone struck", "X | artillery |"
                               r"|,\s*(?:just\s+|some\s+|about\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?-i:[A-Z])"
                               r"|,\s*on\s+the\s+(?:left|right|(?-i:[A-Z])[\w'’-]+)\s+(?:bank|spit|coast|shore|front)\b"
                               r"|,\s*the\s+(?:[\w-]+\s+){0,2}(?:centre|center|capital|resort|port|hub|seat)\b"
                               r"|\s+[—–-]\s+(?:an?|the|\d+)\s|\s*[|;]\s*\S)", re.I)

# a unit or an anchor written right after a settlement's name, which tells which namesake it is: "X (Y hromada)",
# "X village, Y hromada", "X, a village in Y hromada", "X, Y district", "X, 20 km north of Y", "X mine, on the
# western edge of Y"; the name's sentence is then geocoded as a mention with that context
_UNIT_OR_ANCHOR_AFTER = re.compile(
    r"(?:\s+(?:village|town|settlement|outskirts|mine|station|farm))?"
    r"(?:\s*[,(]\s*(?:an?\s+(?:small\s+)?(?:village|town|settlement)\s+)?(?:in\s+(?:the\s+)?)?"
    r"(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+(?:district|raion|rayon|hromada|community|oblast|obl\.)\b"
    r"|\s*,\s*(?:an?\s+(?:village|town|settlement)\s+)?(?:some\s+|about\s+|around\s+|just\s+)?\d+\s*(?:km|kilomet(?:re|er)s?)"
    r"\s+(?:[\w-]+\s+)?(?:of|from)\s+(?-i:[A-Z])"
    r"|\s*,\s*(?:on|at)\s+the\s+(?:[\w-]+ern\s+)?(?:edge|outskirts)\s+of\s+(?-i:[A-Z]))", re.I)



# what follows a log line's place label: a dash, a colon or a pipe ("🔥 Rohatyn — fire at the oil depot")
_LABEL_AFTER = re.compile(r"\s+[—–-]\s|\s*[:|｜]\s|\s*" + PICTOGRAPH)


# a country told in an apposition right after a name: "Bragin, a Belarusian town", "Kisvarda, in north-east Hungary"
_COUNTRY_AFTER = re.compile(r",\s*(?:an?\s+(?:small\s+|little\s+)?|in\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?)"
                            r"(?P<c>(?-i:[A-Z])[\w'’-]+)(?=\s+(?:village|town|city|port|resort|border\s+town)\b|\s*[,.;:—–-])", re.I)


# a town written right after a settlement's name as its anchor: "Kamianske near Stepnohirsk", "Kamianske, a village on the
# old shore south of Stepnohirsk" (group y: the town)
_ANCHOR_AFTER = re.compile(r"(?:\s+(?:near|outside|close\s+to|not\s+far\s+from)\s+|(?:,\s*|\s*\(\s*)(?:an?\s+(?:small\s+)?(?:village|town|settlement)\b"
                           r"[^,.;()\n]{0,60}?\s|in\s+the\s+(?:[\w-]+\s+){1,2})?(?:just\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+of|near)\s+)(?:the\s+(?:town|city)\s+of\s+)?"
                           r"(?P<y>(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?)", re.I)


class MentionResolveMixin:
    """The resolution of each mention found."""

    def _country_written_after(self, text: str, end: int) -> Optional[str]:
        """The country an apposition right after a name puts it in ("Bragin, a Belarusian town", "Kisvarda, in
        north-east Hungary"), else None."""
        m = _COUNTRY_AFTER.match(text, end, end + 60)
        return self._as_country(m.group("c")) if m is not None else None

    def _anchor_written_after(self, text: str, end: int, surface: str, loc):
        """A settlement followed by the town it lies by ("Kamianske near Stepnohirsk", "X, a village south of Y",
        "Korotych (west of Kharkiv)"): the namesake of the name near that town when the name alone placed another one
        (the city of Kamianske is 150 km away) or none (``loc`` None: a small village opening a line), else None."""
        m = _ANCHOR_AFTER.match(text, end, end + 110)
        if m is None or not (m.group(0)[:1].isspace() and "(" not in m.group(0) or m.group(0).lstrip(" ,(").lower().startswith(("a ", "an ", "in the "))
                             or re.match(r"(?:,|\s*\()\s*(?:just\s+)?(?:north|south|east|west)", m.group(0), re.I)):
            return None
        near = self.geocode(f"{surface} near {m.group('y')}")
        if near is None or near.precision != 1 or near.lat is None or "the namesake" not in (near.geo_reason or "") \
                or loc is not None and (near.lat, near.lon) == (loc.lat, loc.lon):
            return None
        return with_reason(near, "the town written after the name; " + (near.geo_reason or ""))

    def _named_location(self, kind: str, key, reason: str) -> Optional[Location]:
        """The location of a country, region or area named in a text, with its reason: the same for
        every mention of it, so made once per name (a shared object; locations are never changed
        in place, every change is a copy)."""
        memo = self.__dict__.setdefault("_named_memo", {})
        mk = (kind, key, reason)
        loc = memo.get(mk)
        if loc is None and mk not in memo:
            if kind == "country":
                loc = self.country_location(key)
            elif kind == "region":
                loc = self.region_location(key)
            else:
                loc = self._area_location(key)
            loc = memo[mk] = with_reason(loc, reason)
        return loc

    def _of_region(self, words, fk, t: int) -> bool:
        """Tokens from ``t`` read "[the] X region/oblast" (after "district of")."""
        if t < len(words) and words[t].lower() == "the":
            t += 1
        return t + 1 < len(words) and fk[t] in self._region_keys and words[t + 1].lower() in REGION_WORDS

    def _resolve_mention(self, text, toks, a, b, key, extra, sent, sent_regions, doc_regions, doc_ccs,
                         constraint, memo=None, worded_regions=None) -> Optional[Location]:
        start, end = toks[a][1], toks[b - 1][2]
        words = toks.words
        prev1, namey, initial, near_after = extra
        cue = prev1 in SETTLEMENT_CUES or (prev1 == "of" and a >= 2 and words[a - 2].lower() in SETTLEMENT_CUES)
        if key in self._stop and not (cue or constraint):
            return None
        if key in self._capital_keys and is_metonymy(text, start, end) and not _after_in(words, a):
            return None  # "Moscow demanded" is the government; "protesters in Moscow demanded", a place
        if key in COMMON_WORDS and not (cue or constraint or (a and words[a - 1] in LOCATIVE)):
            return None  # "Commonwealth countries", "Summit Opens In Hub": an English word, no place cue
        near = False
        # walk back over a list of names ("near Krymske, Troitske and Zalizne") and small words
        for t in range(a - 1, max(-1, a - 9), -1):
            w = words[t]
            lw = w.lower()
            if lw in NEAR_CUES:
                # "Kyiv's outskirts and Odesa": the cue is the first place's (its possessive), not this one's
                near = t == a - 1 or not (t > 0 and re.search(r"['’]s$", words[t - 1]) or (t > 1 and words[t - 1] in ("'s", "’s", "s")))
                break
            if lw in _NEAR_PASS or w[:1].isupper() or w.isdigit():
                continue
            break
        if near:
            # "north of X" yes, "in the northern part of X" no
            seg = text[toks[max(0, a - 4)][1]:start].lower()
            if " part of" in seg or seg.strip().endswith("part of the"):
                near = False
            elif IN_DESCRIBED.search(text[max(0, start - 60):start]):
                near = False  # "the southern city of Odesa", "a residential area of Kostiantynivka": in it
        near = near or near_after
        strong = sent_regions.get(sent[a], _EMPTY)
        worded = worded_regions.get(sent[a]) if worded_regions else None
        worded = frozenset(iso for e, isos in worded.items() if e <= a for iso in isos) if worded else None  # named before it
        mkey = (key, frozenset(strong), constraint, cue, near, namey, initial, worded)
        if memo is not None and mkey in memo:
            return memo[mkey]
        loc = self._resolve_key(key, strong, doc_regions, doc_ccs, constraint, cue, near)
        if loc is not None and (prev1 in _VILLAGE_CUES or prev1 == "of" and a >= 2 and words[a - 2].lower() in _VILLAGE_CUES) \
                and loc.geonameid and not constraint:
            loc = self._village_not_city(key, loc, strong, doc_regions, text) or loc
        if loc is not None and namey and not constraint and loc.geonameid and loc.precision <= 2:
            i = self._best(key)
            if i is not None and self._pop[i[0]] < 100000:
                loc = None
        elif loc is not None and namey and not constraint and not loc.geonameid:
            loc = None
        if loc is not None and initial and not constraint and not cue and loc.source != "iso3166" \
                and loc.admin1_code not in strong and loc.admin1_code not in doc_regions:
            i = self._best(key)
            if i is not None and (self._pop[i[0]] < 20000 or i[1] < 2 or (
                    key in self._english and loc.country_code not in ("UA", "RU") and self._pop[i[0]] < 500000)) \
                    and not (key not in self._english and loc.country_code in ("UA", "RU") and i[1] >= 1
                             and (_APPOSITION_AFTER.match(text, end) or _LABEL_AFTER.match(text, end))) \
                    and not (key not in self._english and i[1] >= 2 and self._country_written_after(text, end) == loc.country_code):
                loc = None  # a capitalised first word ("Below", "Human", "Man") naming a small town / alias
                # (not a name of the theatre that no English word spells, described right after it: "Petropavlivka, a
                # village east of Kupiansk, was hit", "Antonivka, on the eastern edge of Kherson")
        if loc is not None and not (constraint or cue) and loc.country_code not in THEATRE and loc.geonameid \
                and loc.admin1_code not in strong and loc.admin1_code not in doc_regions \
                and self._folded_only(key, text[start:end], loc):
            loc = None  # "Fully" is no Phu Ly, "Google" no Topeka: a spelling or fold match abroad of a word
        if loc is not None and worded and not constraint and loc.geonameid and loc.admin1_code not in strong \
                and strong <= worded and not _LIST_ITEM.search(text, max(0, start - 6), start):  # (not in a list: "... Kursk, Millerovo")
            far = self._far_from_regions(loc, worded)
            if far:  # "Belgorod region ... the village of Murom": no Murom there; not the one 600 km off
                loc = with_reason(self.region_location(far), "name not found in the region of the sentence; "
                                  "the region written") if cue else self._namesake_near_regions(key, worded)
        if memo is not None:
            memo[mkey] = loc
        return loc

    def _village_not_city(self, key: str, loc: Location, strong, doc_regions, text: str) -> Optional[Location]:
        """"the village of Shevchenko, a few kilometres south of Pokrovsk": a village is no city of 50,000 people (nor
        its district): among the small namesakes, the one in a region the sentence or the document names, else the
        one within 60 km of a town the text names."""
        best = self._best(key)
        if best is None or self._pop[best[0]] < 50000:
            return None
        small = [i for i, _s in self._cands(key) if self._pop[i] < 50000 and self._cc[i] in THEATRE]
        pick = next((i for i in small if self._a1[i] in strong), None) or next((i for i in small if self._a1[i] in doc_regions), None)
        if pick is None and small:
            towns = {t[0] for w in re.findall(r"(?<![\w-])[A-Z][\w'’-]{3,}", text)
                     if fold(w) != key and (t := self._best(fold(w))) is not None and self._pop[t[0]] >= 20000 and self._cc[t[0]] in THEATRE}
            near = [(haversine_km(self._lat[i], self._lon[i], self._lat[t], self._lon[t]), i) for i in small for t in towns]
            near = [x for x in near if x[0] <= 60]
            pick = min(near)[1] if near else None
        return with_reason(self._place_location(pick), "a village: the small namesake in a region the text names") if pick is not None else None

    def _folded_only(self, key: str, surface: str, loc: Location) -> bool:
        """True when a place abroad was matched only through folding or a variant spelling of an
        English word or a weak (variant) name: the written form is not the place's own name."""
        surface = _strip_possessive(surface)  # "Melbourne's Federation Square": the city's own name
        if _plain(surface) == _plain(loc.name):
            return False
        strength = max((c & 3 for c in self._names.get(key, ()) if self._lat[c >> 2] == loc.lat
                        and self._lon[c >> 2] == loc.lon), default=3)
        head = re.match(r"[^\W\d_]+", surface)
        return strength < 2 or key in self._english or bool(head and head.group().isupper())  # "SANA" is no Sanaa

    def _resolve_key(self, key, strong, doc_regions, doc_ccs, constraint, cue, near) -> Optional[Location]:
        cons = None
        ccons = None
        if constraint:
            if constraint[0] == "region":
                cons = self._expand(constraint[1])
            else:
                ccons = constraint[1]
        bst = self._best(key, constraint=cons, constraint_cc=ccons, strong=strong, weak=doc_regions,
                         ccs=doc_ccs)
        if bst is None:
            if cons:
                iso = constraint[1][0]
                t = self._across_border(key, cons)
                t = self._town_next_door(key, iso) if t is None else t
                if t is not None:  # "Vuhledar, Zaporizhzhia oblast": the writer named the oblast next door
                    return with_reason(self._place_location(t), f"name; no such place in {iso}: the place of that "
                                                                 "name next to it")
                return with_reason(self.region_location(iso),
                                   "name not found in the region written; fell back to the unit written")
            return None
        i, s = bst
        cc, a1, pop = self._cc[i], self._a1[i], self._pop[i]
        supported = bool(cons or ccons) or (a1 in strong) or (a1 in doc_regions) or (cc in doc_ccs) or (
            key not in self._stop and key not in self._first_names and self._capital(key, i))  # "Valletta said"
        if cc not in ("UA", "RU") and pop < 50000 and not supported and i not in self._news_places:
            return None
        if s < 2 and pop < 1000 and not supported and not cue and not (
                near and a1 in FRONT_ADMIN1 and len(self._names.get(key, ())) == 1):
            return None  # an alternative spelling of a hamlet: too weak alone ("near" a unique front-line one will do)
        if strong and not cons and a1 not in strong and s < 2:
            return None  # a former/foreign name of a place outside the regions this sentence names
        if strong and not cons and a1 not in strong and pop < 10000 and cc in ("UA", "RU") and (pop < 5000 or any(r[:2] == cc for r in strong)):
            return None  # the sentence names other regions of its country and this hamlet is in none of them
            # (a town across the border from the region named is where fire came to: "shelled X from the Bryansk region")
        if (pop < 1000 or self._src[i] == "katottg") and not (supported or cue or near or i in self._news_places):
            return None  # a capitalised word that names some hamlet: needs a region, "village of", "near"
        if cc == "RU" and a1 not in RU_BORDER and pop < 10000 and not (supported or cue) and doc_regions:
            return None  # a hamlet deep in Russia ("Shakhta"): in a text naming the war's regions, a word
        if self._english_word(key, i, s) and not (cue or (supported if s >= 2 else bool(cons) or a1 in strong or a1 in doc_regions)):
            return None  # "Mirror", "Stern": an English word before a small or weakly named place; an old
            # spelling ("the UN Human Rights Mission" is no Uman) needs its region or a cue, not just the country
        if s < 2 and cc not in ("UA", "RU") and not supported:
            return None  # a foreign-language alias of a foreign city ("Mil" for Milan)
        return with_reason(self._place_location(i, precision=2 if near else None),
                           self._reason(i, s, strong, doc_regions, doc_ccs, None, cons, ccons))
