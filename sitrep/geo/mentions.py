"""Place mentions in free text: dictionary lookup over capitalised token n-grams, then each
settlement resolved with the regions named in its sentence (strong) and document (weak)
(the resolution of one mention: :mod:`sitrep.geo.mention_resolve`).

A mixin of :class:`sitrep.geo.gazetteer.Gazetteer`.
"""
from __future__ import annotations

import re
import threading

from sitrep.geo.lexicon import (
    OUTLET_AFTER, _AFTER_NEAR, _UNIT_AFTER, _EMPTY, FRONT_ADMIN1, THEATRE, _NAME_PART_AFTER, _ORG_AFTER, _STOPS, _TOKEN, CONNECTORS, NEAR_CUES, REGION_WORDS,
    FIRST_WORD_KEYS, SPEECH, _strip_possessive, after_in as _after_in, is_metonymy,
)
from sitrep.geo.mention_resolve import _APPOSITION_AFTER, _UNIT_OR_ANCHOR_AFTER, MentionResolveMixin
from sitrep.geo.people import CLUBS, ORG_AFTER, given_names, surname_at
from sitrep.geo.resolve import with_reason
from sitrep.geo.translit import fold, fold_token
from sitrep.geo.spans import PlaceMention, _Spans, _plain  # noqa: F401  (PlaceMention, _plain: imported from here)

_UNIT_WORDS = frozenset({"district", "raion", "rajon"})
_DISTRICT_ADJ = re.compile(r"(?:sk|ts|zk)(?:yi|iy|yy|y|ij|oi|oy|ii)$|n(?:yi|iy|yy)$", re.I)  # Kirovskyi, Tsentralnyi
_TYPO_CUES = frozenset({"in", "near", "around", "outside", "at", "towards", "toward", "into", "of"})
_DC = re.compile(r",?\s*D\.?\s?C\b")  # after "Washington"
# district adjectives: Kirovskyi, Prymorskyi, Livoberezhnyi, Sovetskiy, Tsentralnyi


def _districts_listed(words, j: int) -> bool:
    """``words[j:]`` go on with a list of names that ends in "districts" ("Sevsky, Suzemsky and
    Pogarsky districts")."""
    for w in words[j:j + 12]:
        if w.lower() == "districts":
            return True
        if not (w[:1].isupper() or w in (",", "and")):
            return False
    return False



# a river named where a town could be ("the left bank of the Dnipro", "across the Desna")
_RIVER_NAMES = frozenset({"dnipro", "dnieper", "dnepr", "desna", "donets", "oskil", "oskol", "inhulets", "dniester", "dnister",
                          "vorskla", "psel", "seim", "seym", "volga", "kama", "oka", "neva"})
_RIVER_BANK_BEFORE = re.compile(r"\b(?:(?:left|right|east|west|eastern|western|northern|southern|opposite|other)\s+banks?\s+of|banks\s+of|across|along|over|crossing|crossed|cross|to|into)\s+the\s+$", re.I)

# what follows a town that opens a sentence as its subject ("Orikhiv came under fire", "Vovchansk was shelled")
_PLACE_SUBJECT_NEXT = frozenset({"came", "comes", "was", "were", "is", "has", "had", "remains", "remained", "suffered",
                                 "saw", "faced", "endured", "again", "also", "itself"})

# set while an opener is being geocoded (per thread: a gazetteer may serve several threads of a worker)
_OPENING = threading.local()
# a log row's cell: a place that opens its line or follows a "|" or ";", then (an area word and) the next separator
_CELL_AFTER = re.compile(r"(?:\s+(?:outskirts|area|surroundings|village|town))?(?:[ \t]*[|;:]|[ \t]+[—–-][ \t])")


def _log_cell(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` fills a cell of a log row ("Artsyz outskirts | 03:05 | ...", "2024-11-03 |
    Svitlovosdk | debris ...", "Novoyelizavetovka; 12.01; FPV drone")."""
    lo = max(0, start - 120)  # (a bounded look back: a page of one long line stays linear)
    seg = text[lo:start]
    k = max(seg.rfind("\n"), seg.rfind("|"), seg.rfind(";"), seg.rfind("｜"))
    if k < 0 and lo > 0:
        return False
    return not seg[k + 1:].strip(" \t") and _CELL_AFTER.match(text, end) is not None


_HROMADA_IN = re.compile(r"\b(?:hromada|community)\b", re.I)
_DASH_AFTER = re.compile(r"\s+[—–-]\s|\s*[|｜]")  # "X — a drone hit ...", "X | 12.03 | ...": a log line's place before its entry


class MentionsMixin(MentionResolveMixin):
    def _line_opener(self, text: str, words: list, toks, fk: list, i: int, run: int) -> int:
        """The length (in tokens) of a name no key spells that opens a line or sentence and is followed by what log lines
        put after a place (a colon, a dash, a unit, a neighbour, a distance: "Verbovoye (Pologi district) —",
        "Kazachi Lagerya, 22 km north-east of Aleshki:"), else 0: the geocoder may read its variant form there."""
        if getattr(_OPENING, "on", False):
            return 0
        start = toks[i][1]
        if not (i == 0 or words[i - 1] in (".", "!", "?") or not text[text.rfind("\n", 0, start) + 1:start].strip()):
            return 0
        if fk[i] in self._english or fk[i] in self._stop or fk[i] in self._first_names or len(fk[i]) < 5:
            return 0
        for L in range(1, min(run, 3) + 1):
            j = i + L - 1
            if L > 1 and (not words[j][:1].isupper() or fk[j] in self._anykeys):
                return 0  # ("UPDATE Kryvyi Rih:", "Shelling of Huliaipole in ...": a known name follows the word)
            end = toks[j][2]
            if (j + 1 < len(words) and words[j + 1] == ":") or _APPOSITION_AFTER.match(text, end) or _DASH_AFTER.match(text, end):
                return L
        return 0

    def _unit_written_after(self, text: str, toks, a: int, end: int, surface: str, sent: list, loc):
        """A settlement followed by the unit or anchor that tells which namesake it is ("Myrove (Kindrashivka
        hromada)", "Terny, a village in Nedryhailiv hromada", "X, 20 km north of Y"): the name is geocoded as a
        mention in its sentence, which reads that unit. That answer (None: no such unit, or no place of the theatre
        found by it) wins, and the other places of the text do not move it, when the name alone found nothing
        (``loc`` None) or the unit is a hromada (whose villages the codifier lists); a distance or a district after a
        name the text resolved is already read by the neighbours' pass."""
        m = _UNIT_OR_ANCHOR_AFTER.match(text, end)
        if m is None and loc is None and _log_cell(text, toks[a][1], end):
            m = _CELL_AFTER.match(text, end)  # a log row's place the name alone did not place: its row tells
        if m is None or (loc is not None and not _HROMADA_IN.search(m.group(0))):
            return None
        s0 = a  # the context: the name's sentence, at most 40 tokens back and 300 characters on (linear on one long line)
        while s0 > 0 and a - s0 < 40 and sent[s0 - 1] == sent[a]:
            s0 -= 1
        cstart = max(toks[s0][1], text.rfind("\n", max(0, toks[a][1] - 400), toks[a][1]) + 1)
        cend = text.find("\n", m.end(), m.end() + 300)
        cend = min(len(text), m.end() + 300) if cend < 0 else cend
        return self._read_in_context(surface, text[cstart:cend], "the unit or place written after the name; ")

    def _read_in_context(self, surface: str, context: str, why: str):
        """``surface`` geocoded as a mention with ``context`` (its line or sentence; the context's own names are no
        openers while it is read): the answer, with ``why`` before its reason, when it is a place of the theatre below
        region level, else None."""
        _OPENING.on = True
        try:
            loc = self.geocode(surface, context)
        finally:
            _OPENING.on = False
        if loc is None or loc.country_code not in ("UA", "RU") or loc.precision > 2 or loc.lat is None \
                or (loc.geo_reason or "").startswith("name not found"):
            return None
        return with_reason(loc, why + (loc.geo_reason or ""))

    """find_mentions; the resolution of each mention found is :class:`~sitrep.geo.mention_resolve.MentionResolveMixin`."""

    def find_mentions(self, text: str, extra_regions: frozenset = frozenset()) -> list[PlaceMention]:
        """Scan free text for places: settlements, regions, countries, demonyms and areas.

        Dictionary lookup over capitalised token n-grams (up to 4 tokens); each settlement is
        resolved with the regions named in its sentence (strong) and in the document (weak).
        ``extra_regions``: ISO codes the document is about without naming them in its text (the
        region of the channel or office that published it: "Governor of Bryansk Region"), weak.
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
                pending_stop = c0.isdigit() and len(t) <= 3  # "... gains.12 In the north": a footnote number
                if c0.isupper():
                    s_id += 1
            if t == "that" and i > 1 and words[i - 1] == "and" and words[i - 2] == ",":
                s_id += 1  # a clause of its own ("... near Sudzha, and that ... in the Chernihiv region"); not at ";",
                # which joins the parts of one list ("northeast of X near A; southwest of X near B")
            sent[i] = s_id
            if c0.isupper() and t not in ("A", "I"):  # (the article and the pronoun name nothing: "January A" is no "Januaria")
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
            span = self._area_heads.get(fk[i])
            if span:  # "the Zaporizhzhia nuclear power plant": a landmark written partly in lower case
                for L in range(min(span, n - i), 1, -1):
                    if not words[i + L - 1][:1].isalnum():
                        continue  # "the South China Sea." ends before the full stop
                    k = "".join(fold_token(w) for w in words[i:i + L - 1]) + fold_token(_strip_possessive(words[i + L - 1]))
                    if k in akeys:
                        raw.append((i, i + L, "area", akeys[k], None))
                        hit = L
                        break
                if hit:
                    i += hit
                    continue
            run = 1
            while run < 4 and i + run < n and cap[i + run] and "\n" not in text[toks[i + run - 1][2]:toks[i + run][1]]:
                run += 1  # (a name never runs over a line break: "14 January\nA drone ..." is no "Januaria")
            for L in range(run, 0, -1):
                if cap[i + L - 1] != 1 or (L > 1 and fk[i + L - 1] in _UNIT_WORDS):
                    continue  # "Kyivskyi District, Kharkiv": the district word is read after the name
                key = fk[i] if L == 1 else "".join(fk2[i:i + L - 1]) + fk[i + L - 1]
                if key in anykeys:
                    hit = L
                    break
                if L >= 2 and fk2[i] in FIRST_WORD_KEYS:  # "Malaya Rohan", "New Kakhovka": Mala Rohan, Nova Kakhovka
                    rest = "".join(fk2[i + 1:i + L - 1]) + fk[i + L - 1]
                    key = next((k + rest for k in FIRST_WORD_KEYS[fk2[i]] if k + rest in names), "")
                    if key:
                        hit = L
                        break
            if hit is None:
                tok = words[i]
                # a place's slot: after "in", "near" ...; or opening a sentence or a log line before ":" or a verb
                # places take ("Nikopl again came under fire", "Ochakv: a man was wounded")
                slot = i and words[i - 1].lower() in _TYPO_CUES or (
                    (i == 0 or words[i - 1] in (".", "!", "?", "\n")) and i + 1 < n
                    and (words[i + 1] == ":" or words[i + 1].lower() in _PLACE_SUBJECT_NEXT
                         or _APPOSITION_AFTER.match(text, toks[i][2]) is not None)) \
                    or _log_cell(text, toks[i][1], toks[i][2])  # ("Druzhkvka, Donetsk obl. -", "| Svitlovosdk |")
                if (slot and len(fk[i]) >= 6 and fk[i] not in self._english
                        and fk[i] not in self._stop and fk[i] not in self._first_names):
                    t = self._town_typo(fk[i])
                    if t is None:  # two letters swapped as well ("around Adviika")
                        sw = {c for c, _s in self._swapped(tok) if self._pop[c] >= 10000}
                        t = sw.pop() if len(sw) == 1 else None
                    if t is not None:  # "fighting around Avdiika": a misspelt war-zone town
                        raw.append((i, i + 1, "typo", t, words[i - 1].lower() if i else ""))
                        i += 1
                        continue
                opener = self._line_opener(text, words, toks, fk, i, run)
                if opener:  # "Dnepryany, near Novaya Kakhovka - ...": a variant form opening a log line, told by what follows
                    raw.append((i, i + opener, "opener", None, None))
                    i += opener
                    continue
                if i + 1 < n and words[i + 1].lower() in ("hromada", "community") and re.search(r"s[ck]ka$|sk[ae]$", tok, re.I):
                    raw.append((i, i + 2, "hromada", fk[i], None))  # "the Myrivska hromada": the hromada of its centre
                    i += 2
                    continue
                if (i + 1 < n and words[i + 1].lower() in ("raion", "rayon", "district")
                        and (i + 2 >= n or words[i + 2] != "of" or self._of_region(words, fk, i + 3))
                        and self._raion(fk[i]) is not None):
                    raw.append((i, i + 2, "raion", fk[i], None))  # "Kupianskyi raion": no place of its own
                    i += 2
                    continue
                if i + 1 < n and words[i + 1].lower() in ("district", "raion", "rayon", "districts") and (
                        i + 2 >= n or words[i + 2] != "of" or self._of_region(words, fk, i + 3)
                        or (i + 3 < n and words[i + 3].lower() in ("our", "this"))):  # "... districts of our region"
                    towns = self._adj_towns(tok)
                    if towns and words[i + 1].lower() == "district" and self._district_city_in_context(f"{tok} district", text):
                        raw.append((i, i + 2, "doc_district", tok, None))  # "Kyiv: ... the Pecherskyi district": of that city
                        i += 2
                        continue
                    if towns:  # "the Liskinsky district": the Russian district of Liski
                        raw.append((i, i + 2, "ru_district", towns[0], towns))
                        i += 2
                        continue
                if i + 3 < n and words[i + 1].lower() == "district" and words[i + 2] == "of" \
                        and re.search(r"(?:skyi|skyy|skiy|skyj|s'kyi|zkyi)$", tok, re.I):
                    c = i + 3  # "the Kholodnohirskyi district of Kharkiv", "... district of the city of Kharkiv"
                    if c + 2 < n and words[c].lower() == "the" and words[c + 1].lower() in ("city", "town") and words[c + 2] == "of":
                        c += 3
                    top = self._best(fk[c]) if c < n and cap[c] == 1 else None
                    if top is not None and self._pop[top[0]] >= 100000 and self._district(top[0], tok) is not None:
                        raw.append((i, c + 1, "city_district", fk[c], i))
                        i = c + 1
                        continue
                if i + 1 < n and words[i + 1].lower() == "district" and re.search(r"(?:skyi|skyy|skiy|skyj|s'kyi)$", tok, re.I) \
                        and (i + 2 >= n or words[i + 2] != "of"):
                    raw.append((i, i + 2, "doc_district", tok, None))  # "in the Kyivskyi district": of the city the text is about
                    i += 2
                    continue
                if i + 2 < n and words[i + 1] in ("and", ",") and _districts_listed(words, i + 2):
                    towns = self._adj_towns(tok)
                    if towns:  # "the Starodubsky and Klintsovsky districts"
                        raw.append((i, i + 1, "ru_district", towns[0], towns))
                        i += 1
                        continue
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
            if nxt in _NAME_PART_AFTER or (key in ckeys and j == i + 1 and len(words[i]) <= 3 and not words[i].isupper()):
                pass  # a street, park or river named after the place; "Car", not CAR (only the acronym is a country)
            elif j == i + 1 and nxt in (",", "and") and re.search(r"sk(?:y|iy|ii|oy)$", words[i], re.I) \
                    and _districts_listed(words, j + 1) and (towns := self._adj_towns(words[i])):
                raw.append((i, j, "ru_district", key, towns))  # "the Klimovsky, Sevsky ... districts"
            elif key in akeys:
                raw.append((i, j, "area", akeys[key], None))
            elif key in rkeys and (nxt in REGION_WORDS or prev2 in ("region of", "oblast of", "province of")
                                   or not is_place and key not in self._stop):  # ("Grad rockets" is no Slovenian municipality)
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
                elif nxt == "district" and i >= 1 and words[i - 1][-2:] in ("'s", "’s") and cap[i - 1] == 1:
                    raw.append((i, j + 1, "district", key, i - 1))  # "Kharkiv's Kyivskyi district": of that city
                    j += 1
                elif nxt == "district" and j + 2 < n and words[j + 1] == "," and self._city_has_district(
                        fk[j + 2], words[i], words[j + 3].lower() if j + 3 < n else ""):
                    raw.append((i, j + 1, "district", key, j + 2))  # "in Kyiv District, Kharkiv": of Kharkiv
                    j += 1
                elif (nxt in ("district", "raion", "rayon") and prev1[-2:] not in ("'s", "’s")
                      and self._raion(key) is not None):
                    raw.append((i, j + 1, "raion", key, None))  # "the Bakhmut district", "Kupianskyi raion"
                    j += 1
                elif nxt in ("district", "raion", "rayon") and prev1[-2:] not in ("'s", "’s") and (j + 1 >= n or words[j + 1] != "of"):
                    raw.append((i, j + 1, "ru_district", key, self._adj_towns(words[i]) if j == i + 1 else ()))  # "the Belgorod district": if Russian, the district around the town
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
                    if surname_at(words, cap, i, j) or (j == i + 1 and j < n and cap[j] == 1 and fk[i] in given_names()
                                                        and fk[j] not in anykeys and surname_at(words, cap, j, j + 1)):
                        i = j
                        continue  # "Marco Rubio", "Prime Minister Imran Khan"; "Ada Example"
                    if (j == i + 1 and j < n and cap[j] == 1 and words[j].isalpha() and not words[j].isupper()
                            and words[i].isalpha() and (j + 1 >= n or not cap[j + 1])
                            and fk[j] not in anykeys and fk[j] not in self._english and fk[j] not in self._stop
                            and (j + 1 >= n or words[j + 1].lower() not in REGION_WORDS)
                            and self._cc[(self._best(key) or (0,))[0]] not in THEATRE):
                        i = j + 1
                        continue  # "Brent Renaud": a town abroad before a capitalised word no dictionary knows is a name
                    possessive = words[j - 1][-2:] in ("'s", "’s")  # "Melbourne's Federation Square": the city's square, no body named after it
                    if key in CLUBS or (nxt in ORG_AFTER and cap[j] == 1 and not possessive and self._cc[self._best(key)[0]] not in THEATRE):
                        i = j
                        continue  # "Benfica", "the Kiel Institute", "Man Utd": a club or an organisation
                    if i >= 2 and words[i - 2].lower() in ("told", "tells", "telling") and words[i - 1][:1].isupper() \
                            and cap[i - 1] == 1:
                        i = j
                        continue  # "a source told Nova Doba": the last word of an outlet's or a person's name
                    if nxt in OUTLET_AFTER and cap[j] == 1 and words[j][:1].isupper() and not possessive:
                        i = j + 1
                        continue  # "told Ostrov Media", "the Kyiv Post": an outlet
                    if nxt in _ORG_AFTER and not possessive or (nxt == "military" and j + 1 < n
                                             and words[j + 1].lower() in ("district", "districts")):
                        i = j
                        continue  # "Azov Battalion", "Ural trucks", "Luhansk People's Militia": a name part
                    initial = j == i + 1 and (i == 0 or words[i - 1] in (".", "!", "?", '"', "“", ":")) \
                        and not (nxt == ":" and (i == 0 or words[i - 1] in (".", "!", "?"))) \
                        and nxt not in _UNIT_AFTER  # "Orikhiv: shelling ..." (an incident-log label), "Horodnia community."
                    if initial and key not in self._english and (nxt in _PLACE_SUBJECT_NEXT or nxt == "and" and j + 1 < n
                                                                  and cap[j + 1] == 1 and fk[j + 1] in anykeys):
                        initial = False  # "Orikhiv and Stepnohirsk came under fire", "Orikhiv was shelled": a town as subject
                    if j == i + 1 and words[i].lower() in _RIVER_NAMES and _RIVER_BANK_BEFORE.search(text, max(0, toks[i][1] - 40), toks[i][1]):
                        i = j
                        continue  # "the left bank of the Dnipro": the river, no town to place the others by
                    if self._dash_district(text, toks, cap, j, key):
                        raw.append((i, j + 1, "city_district", key, j))  # "Donetsk - Kirovskyi" (ACLED style)
                        i = j + 1
                        continue
                    if self._comma_district(toks, cap, j, key):
                        raw.append((i, j + 3, "city_district", key, j + 1))  # "Odesa, Prymorskyi district"
                        i = j + 3
                        continue
                    raw.append((i, j, "settlement", key, (prev1, namey, initial, nxt in _AFTER_NEAR)))
            elif key in dkeys:
                raw.append((i, j, "demonym", dkeys[key], None))
            i = j
        # ---- regions named: per sentence (strong) and per document (weak)
        sent_regions: dict[int, set] = {}
        doc_regions: set = set(extra_regions)
        doc_ccs: set = {r[:2] for r in extra_regions}
        worded_regions: dict[int, dict] = {}  # sentence -> {end token: regions} written with their word ("Belgorod region")
        for (a, b, kind, payload, _x) in raw:
            if kind == "region":
                isos = self._expand(payload[:1])
                if words[b - 1].lower() in REGION_WORDS and not (a and words[a - 1] == ","):
                    worded_regions.setdefault(sent[a], {})[b] = frozenset(isos)  # not "Kstovo, Nizhny Novgorod region"
                sent_regions.setdefault(sent[a], set()).update(isos)
                doc_regions.update(isos)
                doc_ccs.add(payload[0][:2])
            elif kind in ("country", "demonym"):
                doc_ccs.add(payload)
            elif kind == "area" and self._areas[payload][2]:  # not an area of no region ("the EU", "the Black Sea")
                doc_regions.add(self._areas[payload][2])
        abroad = self._regions_abroad_scan(words, fk, cap)  # "... in Asheville, the largest city of North Carolina"
        if abroad:
            doc_regions.update(iso for _i, _l, iso in abroad)
            doc_ccs.update(iso[:2] for _i, _l, iso in abroad)
        # "X, Y" with Y a region name or country: Y constrains X
        constraint_of: dict[int, tuple] = {}
        by_start = {r[0]: r for r in raw}
        for (a, b, kind, payload, _x) in raw:
            if kind == "settlement" and payload == "vashington" and _DC.match(text, toks[b - 1][2]):
                constraint_of[a] = ("region", ("US-DC",))  # "a Washington, D.C.-based think tank"
                continue
            if kind == "settlement" and b < n and words[b].lower() in ("direction", "axis", "sector") \
                    and (top := self._best(payload)) is not None and self._a1[top[0]] not in FRONT_ADMIN1 \
                    and (front := tuple(sorted({self._a1[c] for c, _s in self._cands(payload) if self._a1[c] in FRONT_ADMIN1}))):
                constraint_of[a] = ("region", front)  # "in the Seversk direction": the front town (Siversk), not Seversk by Tomsk
                continue
            if kind not in ("settlement", "city_district") or b >= n or words[b] != ",":
                continue
            nb = by_start.get(b + 1)
            wiso = nb and nb[2] == "settlement" and self._world_region_keys.get(fold(" ".join(words[nb[0]:nb[1]])))
            if wiso and not (nb[1] + 1 < n and words[nb[1]] in (",", "and") and cap[nb[1] + 1] == 1) and (
                    any(self._a1[c] == wiso for c, _s in self._cands(payload))
                    or (nb[1] < n and words[nb[1]] in (",", ".") and self._cc[self._best(payload)[0]] not in THEATRE)):
                constraint_of[a] = ("region", (wiso,))  # "Geneva, New York": the state, not the city
                continue
            if nb is None:
                wiso = self._region_abroad_after(words, fk, cap, b)  # "Alexandria, Louisiana", "Tupelo, Miss."
                if wiso:
                    constraint_of[a] = ("region", (wiso,))
                continue
            nkey = "".join(fk[t] for t in range(nb[0], nb[1]) if words[t].lower() not in REGION_WORDS)
            isos = self._region_keys.get(nkey)
            if isos and nkey in self._stop and not any(words[t].lower() in REGION_WORDS for t in range(nb[0], nb[1])):
                isos = None  # "In Orikhiv, Grad rockets hit ...": a launcher's name, not Slovenia's Grad
            if isos and payload in self._region_keys and nb[2] == "region":
                continue  # "Rivne, Khmelnytskyi, Volyn and Kirovohrad oblasts": a list, not X in Y
            after = nb[1]
            if after < n and words[after].lower() in SPEECH:
                continue  # "gains in Avdeyevka, Kyiv says": the name after the comma speaks, it does not place X
            if isos and after + 1 < n and words[after] in (",", "and") and cap[after + 1] == 1 \
                    and fk[after + 1] in self._region_keys:
                continue  # "Millerovo, Oryol, Kursk and Bryansk": a list of names
            if isos:
                constraint_of[a] = ("region", isos)
                sent_regions.setdefault(sent[a], set()).update(self._expand(isos[:1]))
                doc_regions.update(self._expand(isos[:1]))
            elif nb[2] == "country":
                wiso = self._state_of(payload, nkey, nb[3])  # "Athens, Georgia": the US state
                constraint_of[a] = ("region", (wiso,)) if wiso else ("country", nb[3])
        out: list[PlaceMention] = []
        ambiguous: list = []  # (index in out, key, strong regions) of settlements written without a region
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
                        loc = self._district_or_city(cb[0], words[a])
                if loc is None:
                    b = b - 1
                    kind, extra = "settlement", ("", False, False, False)
                    end = toks[b - 1][2]
                    surface = text[start:end]
                else:
                    out.append(PlaceMention(start, end, surface, "settlement", loc))
                    continue
            if kind == "typo":
                near = extra in NEAR_CUES
                out.append(PlaceMention(start, end, surface, "settlement", with_reason(
                    self._place_location(payload, precision=2 if near else None),
                    "one edit from the name; " + self._reason(payload, -1, _EMPTY, doc_regions, doc_ccs, None,
                                                              None, None))))
                continue
            if kind == "opener":
                line_end = text.find("\n", end)  # (its line is its context: "near X", "N km of Y", "(Z district)" tell which one)
                loc = self._read_in_context(surface, text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)],
                                            "the place opening a log line; ")
                if loc is not None:
                    out.append(PlaceMention(start, end, surface, "settlement", loc))
                continue
            if kind == "hromada":
                loc = self.geocode(surface, text)
                if loc is not None and loc.country_code == "UA":
                    out.append(PlaceMention(start, end, surface, "settlement", loc))
                continue
            if kind == "raion":
                strong = sent_regions.get(sent[a], _EMPTY)
                r = self._raion(payload, None, None, strong, doc_regions)
                cb = self._best(payload, strong=strong, weak=doc_regions, ccs=doc_ccs)
                if payload not in self._names or r[1] in strong or r[1] in doc_regions or (cb is not None and self._a1[cb[0]] == r[1]):
                    out.append(PlaceMention(start, end, surface, "settlement", with_reason(
                        self._raion_location(r), f"raion: centroid of its {r[4]} settlements")))
                    continue
                b = b - 1  # not that raion: the name alone
                kind, extra = "settlement", ("", False, False, False)
                end = toks[b - 1][2]
                surface = text[start:end]
            if kind in ("ru_district", "doc_district"):
                cb = self._best(payload, strong=sent_regions.get(sent[a], _EMPTY), weak=doc_regions, ccs=doc_ccs) \
                    if kind == "ru_district" else None
                if kind == "ru_district" and cb is not None and extra:
                    # another town the adjective may come from, in a region the text names ("the Klimovsky
                    # district" of a Bryansk text: Klimovo, not Klimovsk near Moscow)
                    regs = sent_regions.get(sent[a], _EMPTY) | doc_regions
                    if self._a1[cb[0]] not in regs:
                        for k2 in extra:
                            c2 = self._best(k2, strong=sent_regions.get(sent[a], _EMPTY), weak=doc_regions, ccs=doc_ccs)
                            if c2 is not None and self._a1[c2[0]] in regs and self._cc[c2[0]] in ("RU", "BY"):
                                cb = c2
                                break
                if cb is not None and self._cc[cb[0]] in ("RU", "BY"):
                    out.append(PlaceMention(start, end, surface, "settlement", with_reason(
                        self._place_location(cb[0], 2, name=surface.split()[0] + " district"),
                        f"district named for {self._name[cb[0]]}: near the town")))
                    continue
                town = self._best(payload, strong=sent_regions.get(sent[a], _EMPTY), weak=doc_regions, ccs=doc_ccs) \
                    if kind == "ru_district" and payload in self._names and not _DISTRICT_ADJ.search(words[a]) else None  # "the Synelnykove district": the town's raion,
                loc = None if town is not None else self._district_of_city_named(  # not a district of a city named before
                    raw, a, words[a], sent_regions.get(sent[a], _EMPTY), doc_regions,
                    doc_ccs, b + 1 if kind == "doc_district" and b < n and words[b] == "," else -1, words)
                if loc is not None or kind == "doc_district":
                    if loc is not None:
                        out.append(PlaceMention(start, end, surface, "settlement", loc))
                    continue
                if payload not in self._names and payload not in self._aliases:
                    continue
                b = b - 1  # no Russian district: the name alone
                kind, extra = "settlement", ("", False, False, False)
                end = toks[b - 1][2]
                surface = text[start:end]
            if kind == "city_district":
                cb = self._best(payload, strong=sent_regions.get(sent[a], _EMPTY), weak=doc_regions, ccs=doc_ccs)
                if cb is not None:
                    out.append(PlaceMention(start, end, surface, "settlement", self._district_or_city(cb[0], words[extra])))
                continue
            if kind == "settlement" and a in skip_starts:
                nb = by_start[a]
                nkey = payload
                isos = self._region_keys.get(nkey) or (self._world_region_keys.get(nkey),)
                if isos[0]:
                    out.append(PlaceMention(start, end, surface, "region",
                                            self._named_location("region", isos[0], "region written")))
                    continue
            if kind == "area":
                out.append(PlaceMention(start, end, surface, kind,
                                        self._named_location("area", payload, "area named")))
            elif kind == "region":
                iso = self._pick_region(payload, None, sent_regions.get(sent[a], ()), doc_regions)
                out.append(PlaceMention(start, end, surface, kind, self._named_location("region", iso, "region named")))
            elif kind in ("country", "demonym"):
                if kind == "country" and is_metonymy(text, start, end) and not _after_in(words, a):
                    continue  # "Taiwan said" is its government; "officials in Taiwan said" the place
                loc = self._named_location("country", payload, f"{kind} named")
                if loc is not None:
                    out.append(PlaceMention(start, end, surface, kind, loc))
            else:
                loc = self._resolve_mention(text, toks, a, b, payload, extra, sent, sent_regions, doc_regions,
                                            doc_ccs, constraint_of.get(a), memo, worded_regions)
                unit = None
                if constraint_of.get(a) is None and not getattr(_OPENING, "on", False):
                    unit = self._unit_written_after(text, toks, a, end, surface, sent, loc) \
                        or self._anchor_written_after(text, end, surface, loc)
                    loc = unit or loc
                if loc is not None:
                    if constraint_of.get(a) is None and unit is None and loc.source != "iso3166":
                        ambiguous.append((len(out), payload, sent_regions.get(sent[a], _EMPTY)))
                    out.append(PlaceMention(start, end, surface, "settlement", loc))
        if ambiguous and len(out) > 1:
            starts = [toks[t][1] for t in range(n) if t == 0 or sent[t] != sent[t - 1]]
            out = self._by_neighbours(out, ambiguous, doc_regions, doc_ccs, starts, text)
        if doc_ccs and any(pm.kind == "country" for pm in out):
            out = self._country_names_abroad(out, text)
        return self._county_mentions(self._not_people(self._world_text(self._minor_mentions(
            self._regions_abroad_named(out, text, toks, abroad), text), text), text), text)
