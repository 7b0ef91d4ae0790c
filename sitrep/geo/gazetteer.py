"""The offline gazetteer: lookup, disambiguation in context, and free-text place mentions.

Everything works on the compact index built by :mod:`sitrep.geo.build` (a marshal file in the
cache directory). Names are matched through :func:`sitrep.geo.translit.fold` keys, so that
spelling variants meet; renamed places come from ``sitrep/data/geo/aliases.tsv``.
"""
from __future__ import annotations

import math
import os
import marshal
import re
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from sitrep.model import Location
from sitrep.geo.translit import fold, fold_token

# regions on the front line or across the border from it: a settlement there is a likelier
# reading of an ambiguous name than one elsewhere
WAR_ADMIN1 = frozenset({
    "UA-14", "UA-09", "UA-23", "UA-65", "UA-63", "UA-59", "UA-74", "UA-48", "UA-12", "UA-43", "UA-40",
    "UA-32", "UA-30", "UA-51",
    "RU-KRS", "RU-BEL", "RU-BRY", "RU-ROS", "RU-VOR", "RU-KDA",
})
# oblasts on the line of contact since 2022: the likeliest reading of an ambiguous hamlet name
FRONT_ADMIN1 = frozenset({"UA-14", "UA-09", "UA-23", "UA-65", "UA-63"})
RU_BORDER = frozenset({"RU-KRS", "RU-BEL", "RU-BRY", "RU-ROS", "RU-VOR", "RU-KDA"})
# a region constraint also accepts the city / region that surrounds or is surrounded by it
_COMPAT = {
    "UA-30": ("UA-32",), "UA-32": ("UA-30",), "UA-40": ("UA-43",), "UA-43": ("UA-40",),
    "RU-MOW": ("RU-MOS",), "RU-MOS": ("RU-MOW",), "RU-SPE": ("RU-LEN",), "RU-LEN": ("RU-SPE",),
    "BY-HM": ("BY-MI",), "BY-MI": ("BY-HM",),
}
_EMPTY: frozenset = frozenset()
_WHY = threading.local()  # .reason: why the last geocode() of this thread answered as it did
_FRONT_BONUS = (0.0, 0.6, 1.2)  # by distance to the line of contact: > 60 km, <= 60 km, <= 30 km
_STRENGTH_BONUS = (0.0, 0.0, 2.5, 3.0)  # alt spelling, alt spelling, primary name, alias table
THEATRE = ("UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU")

REGION_WORDS = frozenset({"region", "oblast", "oblast'", "province", "krai", "kray", "republic",
                          "governorate", "regions", "oblasts", "provinces", "voivodeship", "county"})
SETTLEMENT_CUES = frozenset({"village", "town", "city", "settlement", "hamlet", "villages", "towns",
                             "settlements", "urban-type", "township"})
NEAR_CUES = frozenset({"near", "nearby", "outside", "around", "outskirts", "vicinity", "direction",
                       "towards", "toward", "north", "south", "east", "west", "northeast", "northwest",
                       "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
                       "northern", "southern", "eastern", "western", "approaches", "environs", "suburbs",
                       "area", "km", "kilometres", "kilometers", "miles", "axis"})
CONNECTORS = frozenset({"on", "de", "la", "na", "upon", "of", "the", "am", "del", "sur", "nad"})
SPEECH = frozenset({
    "said", "says", "say", "claimed", "claims", "claim", "announced", "announces", "announce",
    "denied", "denies", "deny", "accused", "accuses", "accuse", "stated", "states", "warned", "warns",
    "insisted", "insists", "confirmed", "confirms", "demanded", "demands", "rejected", "rejects",
    "urged", "urges", "condemned", "condemns", "argued", "argues", "responded", "responds", "blamed",
    "blames", "alleged", "alleges", "threatened", "threatens", "believes", "believed", "wants",
    "wanted", "vowed", "vows", "refused", "refuses", "agreed", "agrees", "decided", "decides",
    "promised", "promises", "signalled", "signaled", "signals", "reiterated", "reiterates",
    "dismissed", "dismisses", "acknowledged", "acknowledges", "admitted", "admits", "hopes",
    "hoped", "expects", "expected", "told", "tells", "asked", "asks", "called", "calls",
    "considers", "considered", "sees", "saw", "wrote", "writes", "reported", "reports",
    "disagreed", "disagrees", "pledged", "pledges", "approved", "approves", "sanctioned", "imposed",
    "retaliated", "recognised", "recognized", "recognises", "recognizes", "welcomed", "welcomes",
    "criticised", "criticized", "protested", "summoned", "expelled", "negotiated", "offered",
    "supplied", "delivered", "sent", "provided",
})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
# deeds of a government: "Moscow launched 90 drones", "Kyiv struck a bridge"
_ACTS = frozenset({"launched", "launches", "attacked", "attacks", "struck", "strikes", "fired", "fires",
                   "invaded", "invades", "annexed", "annexes", "mobilised", "mobilized", "deployed",
                   "deploys", "ordered", "orders", "banned", "bans", "seized", "seizes", "shot"})
_AUX = frozenset({"has", "have", "had", "also", "repeatedly", "previously", "later", "again", "officially",
                  "already", "publicly", "quickly", "then", "now", "still",
                  "never", "not", "always", "will", "would", "could", "may", "might", "did", "does"})
_ACTOR_WORDS = frozenset({"kremlin", "the kremlin"})

_TOKEN = re.compile(r"[^\W\d_][\w'’ʼ\-]*|[.!?;,:()\"“”]|\d+")
_QUAL = re.compile(
    r"^\s*(?:(?:in|at|on|from|to|into|towards?|along)\s+)?(?:the\s+)?"
    r"(?P<q>(?:near(?:by)?|around|outside(?:\s+of)?|close\s+to|by|(?:in\s+)?the\s+vicinity\s+of|vicinity\s+of|"
    r"(?:on\s+)?the\s+outskirts\s+of|outskirts\s+of|(?:in\s+)?the\s+direction\s+of|direction\s+of|"
    r"(?:in\s+)?the\s+area\s+of|area\s+of|(?:on\s+)?the\s+approaches\s+to|approaches\s+to|"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"(?:\s+(?:outskirts|part|parts|edge|side|suburbs))?\s+of(?:\s+the)?)"
    r")\s+", re.I)
_CUE = re.compile(r"^\s*(?:(?:in|at|on|from|to|into)\s+)?(?:the\s+)?(?:(?:urban-type\s+)?"
                  r"(?:village|town|city|settlement|hamlet|township|urban\s+settlement|smt)\s+of\s+|"
                  r"(?:village|town|city|settlement|smt|s\.|m\.)\s+)", re.I)
_REGION_SUFFIX = re.compile(r"^(?:the\s+)?(?P<n>.+?)(?:'s)?\s+(?:region|oblast'?|province|krai|kray|"
                            r"governorate|voivodeship|county)s?$", re.I)
_REGION_PREFIX = re.compile(r"^(?:the\s+)?(?:region|oblast|province)\s+of\s+(?:the\s+)?(?P<n>.+)$", re.I)
_RAION_SUFFIX = re.compile(r"^(?:the\s+)?(?P<n>.+?)\s+(?:raion|rayon|district|hromada|community|municipality)$",
                           re.I)
_LEAD_PREP = re.compile(r"^(?:in|at|on|from|into|inside|across|over|throughout|within)\s+(?=\S)", re.I)
_TRAIL_TYPE = re.compile(r"\s+(?:city|town|village|settlement|hamlet)$", re.I)
_DISTRICT_SPLIT = re.compile(r"\s+[-–—]\s+")
_NEAR_IN_PART = re.compile(r"(?:north|south|east|west)(?:ern)?\s+(?:outskirts|edge|suburbs)", re.I)


_STOPS = frozenset({".", "!", "?"})
# words after a place name that make it part of a unit, vehicle or organisation name
_ORG_AFTER = frozenset({"battalion", "batalion", "battalions", "regiment", "brigade", "brigades", "division",
                        "corps", "fleet", "militia", "flotilla", "truck", "trucks", "lorry", "lorries", "people's", "peoples",
                        "separatists", "separatist"})
_NEAR_PASS = frozenset({",", "and", "or", "the", "of", "village", "villages", "town", "towns", "city",
                        "settlement", "settlements", "to", "from", "a", "few"})
# "the Bakhmut direction", "the Kharkiv area": around the place, not in it
_AFTER_NEAR = frozenset({"direction", "axis", "sector", "area", "outskirts", "suburbs", "environs", "front"})


class _Spans:
    """``toks[i]`` -> (word, start, end), with character offsets computed on demand.

    find_mentions looks at offsets only around candidate names, so the offsets of most
    tokens are never needed; they are found by scanning forward from the last one asked.
    """

    __slots__ = ("text", "words", "starts", "upto", "pos")

    def __init__(self, text: str, words: list[str]) -> None:
        self.text = text
        self.words = words
        self.starts = [-1] * len(words)
        self.upto = 0  # offsets known for tokens < upto
        self.pos = 0

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> tuple[str, int, int]:
        w = self.words[i]
        st = self.starts[i]
        if st < 0:
            find, words, starts = self.text.find, self.words, self.starts
            pos = self.pos
            for j in range(self.upto, i + 1):
                pos = find(words[j], pos)
                starts[j] = pos
                pos += len(words[j])
            self.upto, self.pos = i + 1, pos
            st = starts[i]
        return (w, st, st + len(w))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text: character offsets, surface form, kind and resolved location."""

    start: int
    end: int
    text: str
    kind: str  # "settlement" | "region" | "country" | "demonym" | "area"
    location: Optional[Location]


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one deletion, insertion or substitution."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b)) == 1
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _adj_stems(k: str) -> list[str]:
    """Folded keys a raion/district adjective may come from: Bakhmutskyi -> Bakhmut,
    Pokrovskyi -> Pokrovsk, Kharkivskyi -> Kharkiv (fold turns "ts" into "c")."""
    out = [k]
    if k.endswith("ski") or k.endswith("cki"):
        out.append(k[:-1])
        out.append(k[:-3])
        if k.endswith("cki"):
            out.append(k[:-3] + "t")
    elif k.endswith("ska") or k.endswith("ske"):
        out.append(k[:-1])
        out.append(k[:-3])
    return [x for x in out[1:] if len(x) >= 3] + [k]


_GENDER = (("ske", "ski", "ska", "skoe", "skaia"), ("cke", "cki", "cka"), ("ne", "ni", "na", "noe", "naia"))


def _gender_variants(k: str) -> list[str]:
    """Folded keys of the other genders of an adjectival name: Pervomaiske -> Pervomaiski, -ska."""
    for group in _GENDER:
        for end in sorted(group, key=len, reverse=True):
            if k.endswith(end) and len(k) > len(end) + 3:
                stem = k[: -len(end)]
                return [stem + e for e in group if e != end]
    return []


def _haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _strip_possessive(tok: str) -> str:
    if len(tok) > 2 and tok[-2:] in ("'s", "’s", "ʼs"):
        return tok[:-2]
    return tok


def is_metonymy(text: str, start: int, end: int) -> bool:
    """True when the place name at ``text[start:end]`` stands for a government or actor.

    "Kyiv said", "Moscow has repeatedly claimed", "the Kremlin", "according to Washington".
    """
    name = text[start:end].strip().lower()
    if name in _ACTOR_WORDS or name.endswith("kremlin"):
        return True
    before = text[max(0, start - 20):start].lower()
    if before.rstrip().endswith("according to"):
        return True
    after = text[end:end + 60]
    if after.startswith(("'s", "’s")):
        after = after[2:]
        words = re.findall(r"[a-z]+", after.lower())[:2]
        return bool(words) and words[0] in {"position", "claims", "claim", "statement", "decision",
                                            "response", "demands", "denial", "accusations", "envoy",
                                            "ambassador", "officials", "government", "leadership"}
    words = re.findall(r"[A-Za-z]+|[,.;:!?]", after)[:5]
    for w in words:
        lw = w.lower()
        if lw in _PASSIVE:
            return False  # "Kharkiv was struck"
        if lw in SPEECH or lw in _ACTS:
            return True
        if lw in _AUX or lw == "and" or lw == "officials":
            continue
        return False
    return False


class Gazetteer:
    """The loaded index. Use :func:`sitrep.geo.get_gazetteer` for the shared instance."""

    def __init__(self, index: dict) -> None:
        self.version = index["version"]
        P = index["P"]
        self._name = P["name"]
        self._cc = P["cc"]
        self._a1 = P["a1"]
        self._a2 = P["a2"]
        self._lat = P["lat"]
        self._lon = P["lon"]
        self._pop = P["pop"]
        self._gid = P["gid"]
        self._src = P["src"]
        self._prec = P["prec"]
        self._front = P.get("front") or (0,) * len(self._name)
        self._names = index["names"]
        self._regions = index["regions"]
        self._region_keys = index["region_keys"]
        self._countries = index["countries"]
        self._country_keys = index["country_keys"]
        self._demonym_keys = index["demonym_keys"]
        self._areas = index["areas"]
        self._area_keys = index["area_keys"]
        self._aliases = index["aliases"]
        self._stop = index["stop"]
        self._capital_keys = index["capital_keys"]
        self._districts = index.get("districts", {})
        self._first_names = index.get("first_names", frozenset())
        # folded names that are also ordinary English words ("Mirror", "Stern", "Below", "Human")
        self._english = index.get("english", frozenset())
        self._world_region_keys = index.get("world_region_keys", {})
        self._anykeys_cache: Optional[set] = None
        self._loc_cache: dict[str, Location] = {}
        self._fuzzy_index: dict[str, dict] = {}
        self._ctx_cache: dict = {}
        self._keys_by_a1: Optional[dict[str, set]] = None
        self._grid = None
        self.build_seconds = index.get("build_seconds")

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | os.PathLike | None = None, *, build_if_missing: bool = True) -> "Gazetteer":
        from sitrep.geo import build

        p = Path(path) if path else build.cache_path()
        if not p.exists():
            if not build_if_missing:
                raise FileNotFoundError(p)
            index = _build_cache(p)
            if index is not None:  # built in this process (cache directory not writable?)
                return cls(index)
        with open(p, "rb") as fh:
            index = marshal.loads(fh.read())
        return cls(index)

    @property
    def _anykeys(self) -> set:
        """Every key find_mentions looks up (built on first use: geocode alone does not need it)."""
        if self._anykeys_cache is None:
            self._anykeys_cache = (set(self._names) | set(self._region_keys) | set(self._country_keys)
                                   | set(self._demonym_keys) | set(self._area_keys) | set(self._aliases))
        return self._anykeys_cache

    def __len__(self) -> int:
        return len(self._name)

    # ------------------------------------------------------------------ records
    def _region_name(self, iso: Optional[str]) -> Optional[str]:
        r = self._regions.get(iso) if iso else None
        return r[0] if r else None

    def _place_location(self, i: int, precision: Optional[int] = None, name: Optional[str] = None) -> Location:
        prec = self._prec[i]
        if precision is not None:
            prec = max(prec, precision)
        return Location.model_construct(
            name=name or self._name[i], country_code=self._cc[i], admin1_code=self._a1[i],
            admin1=self._region_name(self._a1[i]), admin2=self._a2[i], lat=self._lat[i], lon=self._lon[i],
            geonameid=self._gid[i] or None, precision=prec, source=self._src[i],
        )

    def region_location(self, iso_code: str) -> Optional[Location]:
        iso = iso_code.upper()
        loc = self._loc_cache.get(iso)
        if loc is not None:
            return loc.model_copy()
        loc = self._region_location(iso)
        if loc is not None:
            self._loc_cache[iso] = loc
        return loc

    def _region_location(self, iso: str) -> Optional[Location]:
        r = self._regions.get(iso)
        if r is None:
            return None
        name, cc, lat, lon = r
        return Location.model_construct(name=name, country_code=cc, admin1_code=iso, admin1=name, lat=lat,
                                        lon=lon, admin2=None, geonameid=None, precision=3, source="iso3166")

    def country_location(self, code: str) -> Optional[Location]:
        cc = code.upper()
        loc = self._loc_cache.get(cc)
        if loc is not None:
            return loc.model_copy()
        loc = self._country_location(cc)
        if loc is not None:
            self._loc_cache[cc] = loc
        return loc

    def _country_location(self, cc: str) -> Optional[Location]:
        c = self._countries.get(cc)
        if c is None:
            return None
        name, lat, lon, gid, _cap = c
        return Location.model_construct(name=name, country_code=cc, admin1_code=None, admin1=None, admin2=None,
                                        lat=lat, lon=lon, geonameid=gid, precision=4, source="country")

    def _area_location(self, j: int) -> Location:
        name, cc, iso, lat, lon, prec = self._areas[j]
        return Location.model_construct(name=name, country_code=cc, admin1_code=iso,
                                        admin1=self._region_name(iso), admin2=None, lat=lat, lon=lon,
                                        geonameid=None, precision=prec, source="sitrep")

    # ------------------------------------------------------------------ candidates
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
            return True  # "Human" as an old spelling of Uman, "Below" for Belyov
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
            s = 3.0 if a1 in RU_BORDER else 1.5
        elif cc in ("BY", "MD"):
            s = 1.0
        elif cc in THEATRE:
            s = 0.5
        else:
            s = 0.0
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
        if hint and cc == hint:
            s += 5.0
        if anchors:
            lat, lon = self._lat[i], self._lon[i]
            d = min(_haversine(lat, lon, a[0], a[1]) for a in anchors)
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
        return max(cands, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors))

    @staticmethod
    def _expand(isos: Iterable[str]) -> set:
        out = set()
        for iso in isos:
            out.add(iso)
            out.update(_COMPAT.get(iso, ()))
        return out

    # ------------------------------------------------------------------ region / country parsing
    def _as_region(self, text: str) -> Optional[tuple[str, ...]]:
        """ISO codes of a region written as ``text`` ("Kharkiv", "Kharkiv oblast", "the DPR")."""
        t = text.strip().strip(".").strip()
        m = _REGION_SUFFIX.match(t) or _REGION_PREFIX.match(t)
        if m:
            t = m.group("n")
        t = re.sub(r"^the\s+", "", t, flags=re.I)
        return self._region_keys.get(fold(t))

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
                    break
        # a country named implies its regions are possible; nothing more to add
        return strong, weak, ccs

    # ------------------------------------------------------------------ geocode
    def geocode(self, mention: str, context: str = "", *, country_hint: Optional[str] = None) -> Optional[Location]:
        """Resolve one place mention (with optional qualifiers) to a :class:`Location`.

        ``mention`` may read "near Bakhmut", "Kharkiv region", "Verbove, Zaporizhia",
        "Donetsk - Kirovskyi", "the village of Pavshyno"; ``context`` is the surrounding text,
        whose named regions break ties between homonyms.
        """
        if not mention or not mention.strip():
            return None
        hint = country_hint.upper() if country_hint else None
        text = " ".join(mention.replace("(", ", ").replace(")", " ").split())
        text = _LEAD_PREP.sub("", text)
        near = False
        m = _QUAL.match(text)
        if m:
            q = m.group("q").lower()
            near = not re.search(r"\bpart\b|\bparts\b", q)
            text = text[m.end():]
        m = _CUE.match(text)
        if m:
            text = text[m.end():]
        text = text.strip(" .;:")
        text = _TRAIL_TYPE.sub("", text)
        if not text:
            return None
        cr = self._ctx_cache.get(("regions", context))
        if cr is None:
            cr = self.context_regions(context)
            self._ctx_put(("regions", context), cr)
        strong, weak, ccs = (set(x) for x in cr)

        # "Place, Region[, Country]"
        segs = [s.strip() for s in text.split(",") if s.strip()]
        head = segs[0] if segs else text
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
                loc = self.geocode(f"{segs[1]}, {head}", context, country_hint=country_hint)
                if loc is not None and loc.precision <= 2 and loc.admin1_code in self._expand(isos):
                    return loc
        for seg in segs[1:]:
            if rhead and city is None and not _REGION_SUFFIX.match(seg):
                cb = self._best(fold(_TRAIL_TYPE.sub("", seg)), strong=strong, weak=weak, ccs=ccs, hint=hint)
                if cb is not None and self._pop[cb[0]] >= 100000:
                    city = cb[0]  # "Kirovskyi district, Donetsk": perhaps a district of the city
            isos = self._as_region(seg)
            if isos:
                if not constraint:
                    constraint = self._expand(isos)
                    raw_isos = tuple(isos)
                continue
            cc = self._as_country(seg)
            if cc:
                constraint_cc = constraint_cc or cc
                continue
            wk = fold(re.sub(r"^the\s+", "", seg, flags=re.I))
            wiso = self._world_region_keys.get(wk)
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
                                context)
            if city is not None and (loc is None or loc.precision >= 3 or loc.lat is None or _haversine(
                    loc.lat, loc.lon, self._lat[city], self._lon[city]) > 50):
                _WHY.reason = f"district of {self._name[city]} not in the gazetteer: the city"
                loc = self._place_location(city, precision=2)
        if (loc is not None and len(raw_isos) == 1 and loc.admin1_code != raw_isos[0]
                and loc.admin1_code in _COMPAT.get(raw_isos[0], ())):
            # the writer's region wins between nested units ("Sevastopol, Crimea" -> UA-43)
            loc = loc.model_copy(update={"admin1_code": raw_isos[0], "admin1": self._region_name(raw_isos[0])})
        return loc

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

    def _resolve(self, head, district, near, constraint, constraint_cc, strong, weak, ccs, hint,
                 context="") -> Optional[Location]:
        key = fold(re.sub(r"^the\s+", "", head, flags=re.I))
        # areas (Donbas, Snake Island ...)
        if key in self._area_keys:
            return self._area_location(self._area_keys[key])
        # explicit regions: "Kharkiv region", "region of Kursk", "Kharkivska oblast"
        m = _REGION_SUFFIX.match(head) or _REGION_PREFIX.match(head)
        if m:
            isos = self._region_keys.get(fold(re.sub(r"^the\s+", "", m.group("n"), flags=re.I)))
            if isos:
                iso = self._pick_region(isos, constraint_cc or hint, strong, weak)
                return self.region_location(iso)
        # raion / district: the raion centre, precision 2
        rm = _RAION_SUFFIX.match(head)
        if rm:
            b = None
            for k2 in _adj_stems(fold(rm.group("n"))):
                b = self._best(k2, constraint=constraint or None, constraint_cc=constraint_cc,
                               strong=strong, weak=weak, ccs=ccs, hint=hint)
                if b is not None:
                    break
            if b is not None:
                return self._place_location(b[0], precision=2)
            if constraint:
                return self.region_location(sorted(constraint)[0])
        # countries and demonyms
        if not constraint:
            cc = self._country_keys.get(key)
            if cc and not self.is_place_key(key):
                return self.country_location(cc)
        # pure region names (Crimea, Zakarpattia, DPR) that are no settlement
        isos = self._region_keys.get(key)
        if isos and not self.is_place_key(key):
            return self.region_location(self._pick_region(isos, constraint_cc or hint, strong, weak))
        anchor_fn = self._anchor_fn(context, key)
        b = self._best(key, constraint=constraint or None, constraint_cc=constraint_cc,
                       strong=strong, weak=weak, ccs=ccs, hint=hint, anchors=anchor_fn)
        fuzzy = False
        if b is None and not constraint and not constraint_cc and len(key) >= 6 and key not in self._english:
            # a misspelt war-zone name ("Avdiika", "Homstomel"): one edit from a town, or from a
            # village in a region the context names / near the context's other places
            cands = self._fuzzy(key, WAR_ADMIN1)
            same_start = [c for c in cands if self._first_key(c[0])[:1] == key[:1]]
            cands = same_start or cands  # typos rarely hit the first letter ("Adiivka" is Avdiivka)
            if cands:
                anchors = anchor_fn()
                ok = []
                for i, s_ in cands:
                    near_doc = bool(anchors) and min(_haversine(self._lat[i], self._lon[i], a[0], a[1])
                                                     for a in anchors) <= 100
                    if self._pop[i] >= 10000 or self._a1[i] in strong or self._a1[i] in weak or near_doc:
                        ok.append((i, s_))
                if ok:
                    b = max(ok, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors))
                    fuzzy = True
        if b is None and constraint:
            # the other gender of an adjectival name within the region named: Pervomaiske/Pervomaiskyi
            for k2 in _gender_variants(key):
                b = self._best(k2, constraint=constraint, constraint_cc=constraint_cc, strong=strong,
                               weak=weak, ccs=ccs, hint=hint)
                if b is not None:
                    b = (b[0], 1)
                    fuzzy = True
                    break
        if b is None and constraint and len(key) >= 4:
            # one letter off within the region named ("Tsukurune" for Tsukuryne; "Izum" for the town)
            cands = self._fuzzy(key, constraint)
            if len(key) < 6:
                cands = [c for c in cands if self._pop[c[0]] >= 10000]
            if cands:
                anchors = self._anchor_fn(context, key)() if len(cands) > 1 else None
                b = max(cands, key=lambda c: self._score(c[0], c[1], strong, weak, ccs, hint, anchors))
                fuzzy = True
        if b is None:
            _WHY.reason = "name not found; fell back to the unit written"
            if constraint:
                iso = self._pick_region(tuple(constraint), None, strong, weak)
                return self.region_location(iso)
            if constraint_cc:
                return self.country_location(constraint_cc)
            cc = self._country_keys.get(key) or self._demonym_keys.get(key)
            if cc:
                return self.country_location(cc)
            if isos:
                return self.region_location(isos[0])
            return None
        i = b[0]
        if not constraint and not constraint_cc:
            cc, a1 = self._cc[i], self._a1[i]
            supported = a1 in strong or a1 in weak or cc in ccs or cc == hint
            if key in self._stop and not supported and key not in self._aliases:
                return None  # "May", "Victoria", "Zelensky": a word or a person before a place
            if cc not in THEATRE and self._pop[i] < 50000 and not supported:
                return None  # a hamlet abroad is a worse guess than no location
            if self._english_word(key, i, b[1]) and not supported:
                return None  # "Mirror", "Human": an English word before a small or weakly named place
        if b[1] < 2 and not fuzzy and not constraint and self._a1[i] not in strong and self._a1[i] not in weak:
            anchors = anchor_fn()
            if anchors and min(_haversine(self._lat[i], self._lon[i], a[0], a[1]) for a in anchors) > 100:
                return None  # a variant spelling of a namesake far from the document's other places
        _WHY.reason = ("one edit from the name; " if fuzzy else "") + self._reason(i, -1 if fuzzy else b[1], strong, weak, ccs, hint,
                                                                         constraint, constraint_cc)
        if district:
            d = self._district(i, district)
            if d is not None:
                return self._place_location(d, precision=2 if near else None)
            return self._place_location(i, precision=2)
        return self._place_location(i, precision=2 if near else None)

    def _fuzzy(self, key: str, isos: set) -> list[tuple[int, int]]:
        """Places in ``isos`` whose primary key is one edit (deletion, insertion, substitution)
        from ``key``; a symmetric-deletion index per region, built on first use."""
        out: dict[int, int] = {}
        for iso in isos:
            idx = self._fuzzy_index.get(iso)
            if idx is None:
                if self._keys_by_a1 is None:  # one pass over all names, then per region on demand
                    by: dict[str, set] = {}
                    a1 = self._a1
                    for k, codes in self._names.items():
                        if len(k) >= 5:
                            for code in codes:
                                if code & 3 >= 2 and a1[code >> 2]:
                                    by.setdefault(a1[code >> 2], set()).add(k)
                    self._keys_by_a1 = by
                idx = {}
                for k in self._keys_by_a1.get(iso, ()):
                    idx.setdefault(k, set()).add(k)
                    for p in range(len(k)):
                        idx.setdefault(k[:p] + k[p + 1:], set()).add(k)
                self._fuzzy_index[iso] = idx
            probes = {key} | {key[:p] + key[p + 1:] for p in range(len(key))}
            keys = set()
            for v in probes:
                keys |= idx.get(v, set())
            for k in keys:
                if k == key or not _one_edit(k, key):
                    continue
                for code in self._names[k]:
                    i = code >> 2
                    if self._a1[i] == iso and code & 3 >= 2:
                        out[i] = 1  # scored as an alternative spelling
        return list(out.items())

    def _reason(self, i, strength, strong, weak, ccs, hint, constraint, constraint_cc) -> str:
        """A short human-readable account of why place ``i`` won."""
        a1, cc = self._a1[i], self._cc[i]
        why = ["name" if strength >= 2 else "variant spelling"] if strength >= 0 else []
        if constraint and a1 in constraint:
            why.append(f"in the region written ({a1})")
        elif constraint_cc:
            why.append(f"in the country written ({cc})")
        elif a1 in strong:
            why.append(f"region named in the sentence ({a1})")
        elif a1 in weak:
            why.append(f"region named in the text ({a1})")
        elif cc in ccs or cc == hint:
            why.append(f"country named ({cc})")
        if self._pop[i] >= 100000:
            why.append(f"population {self._pop[i]:,}")
        if self._front[i]:
            why.append("near the front line")
        return "; ".join(why)

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

    def explain(self, mention: str, context: str = "", *, country_hint: Optional[str] = None) -> dict:
        """``geocode`` plus why: {"location", "geo_reason", "confidence"} (confidence 0..1)."""
        loc = self.geocode(mention, context, country_hint=country_hint)
        reason = getattr(_WHY, "reason", "") or ""
        if loc is None:
            return {"location": None, "geo_reason": reason or "no acceptable candidate", "confidence": 0.0}
        if not reason:
            reason = {4: "country", 3: "region"}.get(loc.precision, "gazetteer entry")
        conf = 0.9
        if reason.startswith("one edit"):
            conf = 0.6
        elif "variant spelling" in reason:
            conf = 0.7
        elif "fell back" in reason or "not in the gazetteer" in reason:
            conf = 0.5
        if "region written" in reason or "region named" in reason or "city district" in reason:
            conf = min(1.0, conf + 0.05)
        return {"location": loc, "geo_reason": reason, "confidence": round(conf, 2)}

    def _first_key(self, i: int) -> str:
        return fold(self._name[i])

    def _known(self, name: str) -> bool:
        k = fold(re.sub(r"^the\s+", "", name, flags=re.I))
        return (k in self._names or k in self._aliases or k in self._region_keys or k in self._area_keys
                or k in self._country_keys)

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

    def _grid_cells(self):
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = {}
            for i in range(len(self._name)):
                if self._prec[i] == 1 and self._src[i] == "geonames":
                    grid.setdefault((int(self._lat[i] * 4), int(self._lon[i] * 4)), []).append(i)
            self._grid = grid
        return self._grid

    def _near(self, lat: float, lon: float, km: float) -> list[tuple[float, int]]:
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

    def _district(self, city: int, district: str) -> Optional[int]:
        """A city district ("Kirovskyi", "Desnianskyi") as a GeoNames section of the city (<= 25 km).

        Old (pre-2016) district names go through ``districts.tsv``; then an exact name match,
        then a match on the adjective's stem ("Desnianskyi" -> "Desna", "Pecherskyi" -> "Pechersk").
        """
        lat, lon = self._lat[city], self._lon[city]
        base = re.sub(r"\s+(?:district|raion|rayon|microdistrict)$", "", district.strip(), flags=re.I)
        k = fold(base)
        k = self._districts.get((self._a1[city], k), k)
        near = [(d, i) for d, i in self._near(lat, lon, 25.0) if i != city]
        exact = [(d, i) for d, i in near if fold(self._name[i]) == k]
        if exact:
            return min(exact)[1]
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

    # ------------------------------------------------------------------ free text
    def find_mentions(self, text: str) -> list[PlaceMention]:
        """Scan free text for places: settlements, regions, countries, demonyms and areas.

        Dictionary lookup over capitalised token n-grams (up to 4 tokens); each settlement is
        resolved with the regions named in its sentence (strong) and in the document (weak).
        """
        words = _TOKEN.findall(text)
        n = len(words)
        toks = _Spans(text, words)
        sent = [0] * n
        # per token: 1 capitalised word, 2 connector ("on" in Rostov on Don), 0 anything else
        cap = [0] * n
        fk = [""] * n
        fk2 = [""] * n
        anykeys = self._anykeys
        s_id = 0
        pending_stop = False
        for i, t in enumerate(words):
            c0 = t[0]
            if pending_stop:
                pending_stop = False
                if c0.isupper():
                    s_id += 1
            sent[i] = s_id
            if c0.isupper():
                cap[i] = 1
                fk[i] = fold(_strip_possessive(t)) if "-" in t else fold_token(_strip_possessive(t))
                fk2[i] = fold(t) if "-" in t else fold_token(t)  # inside an n-gram: "People's"
            elif t in CONNECTORS:
                cap[i] = 2
                fk[i] = fk2[i] = t
            elif t in _STOPS:
                pending_stop = True
        raw = []  # (i, j, kind, payload, extra)
        end_char: dict[int, int] = {}
        i = 0
        names, rkeys, ckeys, dkeys, akeys = (self._names, self._region_keys, self._country_keys,
                                            self._demonym_keys, self._area_keys)
        aliases = self._aliases
        while i < n:
            if cap[i] != 1:
                i += 1
                continue
            hit = None
            key = ""
            run = 1
            while run < 4 and i + run < n and cap[i + run]:
                run += 1
            for L in range(run, 0, -1):
                if cap[i + L - 1] != 1:
                    continue
                key = fk[i] if L == 1 else "".join(fk2[i:i + L - 1]) + fk[i + L - 1]
                if key in anykeys:
                    hit = L
                    break
            if hit is None:
                tok = words[i]
                if "-" in tok:  # "Kiev-Shevchenkivskyi", "Kharkiv-based": the leading part
                    parts = tok.split("-")
                    for k in range(len(parts) - 1, 0, -1):
                        pk = fold("-".join(parts[:k]))
                        if pk in names or pk in aliases:
                            end_char[i] = toks[i][1] + len("-".join(parts[:k]))
                            raw.append((i, i + 1, "settlement", pk, (words[i - 1].lower() if i else "", False, False, False)))
                            break
                i += 1
                continue
            j = i + hit  # exclusive token end
            nxt = words[j].lower() if j < n else ""
            prev2 = (words[i - 2].lower() + " " + words[i - 1].lower()) if i >= 2 else ""
            prev1 = words[i - 1].lower() if i >= 1 else ""
            if prev1 == "the" and i >= 1:
                prev2 = (words[i - 3].lower() + " " + words[i - 2].lower()) if i >= 3 else ""
            is_place = key in names or key in aliases
            if is_place and key in rkeys and key not in aliases:
                # a region name that is also some small place ("Volyn", "Bukovina") is the region
                top = names[key][0] >> 2
                if self._pop[top] < 50000:
                    is_place = False
            if key in akeys:
                raw.append((i, j, "area", akeys[key], None))
            elif key in rkeys and (nxt in REGION_WORDS or prev2 in ("region of", "oblast of", "province of")
                                   or not is_place):
                end = j + 1 if nxt in REGION_WORDS else j
                raw.append((i, end, "region", rkeys[key], None))
                j = end
            elif key in ckeys:  # a country name wins over a namesake settlement ("Georgia")
                raw.append((i, j, "country", ckeys[key], None))
            elif key in dkeys and not is_place:
                raw.append((i, j, "demonym", dkeys[key], None))
            elif is_place:
                # "X and Y regions"
                plural_region = False
                if nxt in ("and", ",") and j + 1 < n:
                    for t in range(j + 1, min(n, j + 20)):
                        tl = words[t].lower()
                        if tl in ("regions", "oblasts"):
                            plural_region = True
                            break
                        if not (words[t][:1].isupper() or tl in ("and", ",")):
                            break
                if plural_region and key in rkeys:
                    raw.append((i, j, "region", rkeys[key], None))
                elif nxt in ("district", "raion", "rayon") and j + 2 < n and words[j + 1] == "of":
                    raw.append((i, j + 1, "district", key, j + 2))  # "Desnianskyi district of Kyiv"
                    j += 1
                else:
                    # a capitalised word before the name that is no place and no common word is
                    # most likely a first name ("Yuliya Tymoshenko")
                    p = i - 1
                    namey = (p >= 1 and cap[p] == 1 and fk[p] not in self._stop and fk[p] not in anykeys
                             and words[p - 1] not in (".", "!", "?", '"', "“", ":"))
                    if key in self._first_names and j < n and cap[j] == 1 and words[j].lower() not in REGION_WORDS:
                        i = j
                        continue  # "Volodymyr Zelensky"
                    if nxt in _ORG_AFTER or (nxt == "military" and j + 1 < n
                                             and words[j + 1].lower() in ("district", "districts")):
                        i = j
                        continue  # "Azov Battalion", "Ural trucks", "Luhansk People's Militia": a name part
                    initial = j == i + 1 and (i == 0 or words[i - 1] in (".", "!", "?", '"', "“", ":"))
                    raw.append((i, j, "settlement", key, (prev1, namey, initial, nxt in _AFTER_NEAR)))
            elif key in dkeys:
                raw.append((i, j, "demonym", dkeys[key], None))
            i = j
        # ---- regions named: per sentence (strong) and per document (weak)
        sent_regions: dict[int, set] = {}
        doc_regions: set = set()
        doc_ccs: set = set()
        for (a, b, kind, payload, _x) in raw:
            if kind == "region":
                isos = self._expand(payload[:1])
                sent_regions.setdefault(sent[a], set()).update(isos)
                doc_regions.update(isos)
                doc_ccs.add(payload[0][:2])
            elif kind in ("country", "demonym"):
                doc_ccs.add(payload)
            elif kind == "area":
                doc_regions.add(self._areas[payload][2])
        # "X, Y" with Y a region name or country: Y constrains X
        constraint_of: dict[int, tuple] = {}
        by_start = {r[0]: r for r in raw}
        for (a, b, kind, payload, _x) in raw:
            if kind != "settlement" or b >= n or words[b] != ",":
                continue
            nb = by_start.get(b + 1)
            if nb is None:
                # "Alexandria, Louisiana": a region abroad, no mention of its own
                for L in (2, 1):
                    if b + L < n and all(cap[t] == 1 for t in range(b + 1, b + 1 + L)):
                        wiso = self._world_region_keys.get("".join(fk[t] for t in range(b + 1, b + 1 + L)))
                        if wiso:
                            constraint_of[a] = ("region", (wiso,))
                            break
                continue
            nkey = "".join(fk[t] for t in range(nb[0], nb[1]) if words[t].lower() not in REGION_WORDS)
            isos = self._region_keys.get(nkey)
            if isos and payload in self._region_keys and nb[2] == "region":
                continue  # "Rivne, Khmelnytskyi, Volyn and Kirovohrad oblasts": a list, not X in Y
            after = nb[1]
            if isos and after + 1 < n and words[after] in (",", "and") and cap[after + 1] == 1 \
                    and fk[after + 1] in self._region_keys:
                continue  # "Millerovo, Oryol, Kursk and Bryansk": a list of names
            if isos:
                constraint_of[a] = ("region", isos)
                sent_regions.setdefault(sent[a], set()).update(self._expand(isos[:1]))
                doc_regions.update(self._expand(isos[:1]))
            elif nb[2] == "country":
                constraint_of[a] = ("country", nb[3])
        out: list[PlaceMention] = []
        memo: dict = {}
        skip_starts = set()
        for a, (kind, isos) in constraint_of.items():
            if kind == "region":
                b = by_start[a][1]
                skip_starts.add(b + 1)
        for (a, b, kind, payload, extra) in raw:
            start, end = toks[a][1], end_char.get(a, toks[b - 1][2])
            surface = text[start:end]
            if kind == "district":
                city = by_start.get(extra)
                loc = None
                if city is not None and city[2] == "settlement":
                    cb = self._best(city[3], strong=sent_regions.get(sent[a], _EMPTY), weak=doc_regions,
                                    ccs=doc_ccs)
                    if cb is not None:
                        d = self._district(cb[0], words[a])
                        loc = self._place_location(d) if d is not None else self._place_location(cb[0], 2)
                if loc is None:
                    b = b - 1
                    kind, extra = "settlement", ("", False, False, False)
                    end = toks[b - 1][2]
                    surface = text[start:end]
                else:
                    out.append(PlaceMention(start, end, surface, "settlement", loc))
                    continue
            if kind == "settlement" and a in skip_starts:
                nb = by_start[a]
                nkey = payload
                isos = self._region_keys.get(nkey)
                if isos:
                    out.append(PlaceMention(start, end, surface, "region",
                                            self.region_location(isos[0])))
                    continue
            if kind == "area":
                out.append(PlaceMention(start, end, surface, kind, self._area_location(payload)))
            elif kind == "region":
                iso = self._pick_region(payload, None, sent_regions.get(sent[a], ()), doc_regions)
                out.append(PlaceMention(start, end, surface, kind, self.region_location(iso)))
            elif kind in ("country", "demonym"):
                if kind == "country" and is_metonymy(text, start, end):
                    continue
                loc = self.country_location(payload)
                if loc is not None:
                    out.append(PlaceMention(start, end, surface, kind, loc))
            else:
                loc = self._resolve_mention(text, toks, a, b, payload, extra, sent, sent_regions, doc_regions,
                                            doc_ccs, constraint_of.get(a), memo)
                if loc is not None:
                    out.append(PlaceMention(start, end, surface, "settlement", loc))
        return out

    def _resolve_mention(self, text, toks, a, b, key, extra, sent, sent_regions, doc_regions, doc_ccs,
                         constraint, memo=None) -> Optional[Location]:
        start, end = toks[a][1], toks[b - 1][2]
        words = toks.words
        prev1, namey, initial, near_after = extra
        cue = prev1 in SETTLEMENT_CUES or (prev1 == "of" and a >= 2 and words[a - 2].lower() in SETTLEMENT_CUES)
        if key in self._stop and not (cue or constraint):
            return None
        if key in self._capital_keys and is_metonymy(text, start, end):
            return None
        near = False
        # walk back over a list of names ("near Krymske, Troitske and Zalizne") and small words
        for t in range(a - 1, max(-1, a - 9), -1):
            w = words[t]
            lw = w.lower()
            if lw in NEAR_CUES:
                near = True
                break
            if lw in _NEAR_PASS or w[:1].isupper() or w.isdigit():
                continue
            break
        if near:
            # "north of X" yes, "in the northern part of X" no
            seg = text[toks[max(0, a - 4)][1]:start].lower()
            if " part of" in seg or seg.strip().endswith("part of the"):
                near = False
        near = near or near_after
        strong = sent_regions.get(sent[a], _EMPTY)
        mkey = (key, frozenset(strong), constraint, cue, near, namey, initial)
        if memo is not None and mkey in memo:
            return memo[mkey]
        loc = self._resolve_key(key, strong, doc_regions, doc_ccs, constraint, cue, near)
        if loc is not None and namey and not constraint and loc.geonameid and loc.precision <= 2:
            i = self._best(key)
            if i is not None and self._pop[i[0]] < 100000:
                loc = None
        elif loc is not None and namey and not constraint and not loc.geonameid:
            loc = None
        if loc is not None and initial and not constraint and not cue and loc.source != "iso3166" \
                and loc.admin1_code not in strong and loc.admin1_code not in doc_regions:
            i = self._best(key)
            if i is not None and (self._pop[i[0]] < 20000 or i[1] < 2):
                loc = None  # a capitalised first word ("Below", "Human") naming a small town / alias
        if memo is not None:
            memo[mkey] = loc
        return loc

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
                return self.region_location(constraint[1][0])
            return None
        i, s = bst
        cc, a1, pop = self._cc[i], self._a1[i], self._pop[i]
        supported = bool(cons or ccons) or (a1 in strong) or (a1 in doc_regions) or (cc in doc_ccs)
        if cc not in ("UA", "RU") and pop < 50000 and not supported:
            return None
        if s < 2 and pop < 1000 and not supported and not cue:
            return None  # an alternative spelling of a hamlet: too weak alone
        if strong and not cons and a1 not in strong and s < 2:
            return None  # a former/foreign name of a place outside the regions this sentence names
        if strong and not cons and a1 not in strong and pop < 10000 and cc in ("UA", "RU"):
            return None  # the sentence names other regions and this hamlet is in none of them
        if (pop < 1000 or self._src[i] == "katottg") and not (supported or cue or near):
            return None  # a capitalised word that names some hamlet: needs a region, "village of", "near"
        if self._english_word(key, i, s) and not (supported or cue):
            return None  # "Mirror", "Stern": an English word before a small or weakly named place
        if s < 2 and cc not in ("UA", "RU") and not supported:
            return None  # a foreign-language alias of a foreign city ("Mil" for Milan)
        return self._place_location(i, precision=2 if near else None)


# ---------------------------------------------------------------------------- singleton
_LOCK = threading.Lock()
_GAZ: Optional[Gazetteer] = None


def _build_cache(path: Path) -> Optional[dict]:
    """Build the cache in a child process (keeps the parent's memory low).

    Falls back to building in this process; returns the index then (also when it cannot be
    written), else None.
    """
    env = dict(os.environ)
    env["SITREP_CACHE_DIR"] = str(path.parent)
    try:
        code = ("import sys, pathlib; from sitrep.geo.build import build_index, write_index; "
                "write_index(build_index(), pathlib.Path(sys.argv[1]))")
        r = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True,
                           timeout=600)
        if r.returncode == 0 and path.exists():
            return None
    except (OSError, subprocess.SubprocessError):
        pass
    from sitrep.geo.build import build_index, write_index

    index = build_index()
    try:
        write_index(index, path)
    except OSError:
        pass
    return index


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded lazily from the cache (built on first use if missing)."""
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                _GAZ = Gazetteer.load()
    return _GAZ
