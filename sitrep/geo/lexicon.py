"""Words, patterns and small helpers shared by the gazetteer's parts.

Region sets of the war theatre, cue words ("village of", "near", "region"), the mention
patterns, edit-distance and adjective-stem helpers, and :func:`is_metonymy`.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
import re

from sitrep.geo.distance import EARTH_DIAMETER_KM, haversine_km
from sitrep.geo.translit import fold_token


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
_FRONT_BONUS = (0.0, 0.6, 1.2)  # by distance to the line of contact: > 60 km, <= 60 km, <= 30 km
_FRONT_IN_REGION = (0.0, 0.9, 1.8)  # added among namesakes within the region written ("X, Y oblast")
_STRENGTH_BONUS = (0.0, 0.0, 2.5, 3.0)  # alt spelling, alt spelling, primary name, alias table
THEATRE = ("UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU")

REGION_WORDS = frozenset({"region", "oblast", "oblast'", "province", "krai", "kray", "republic",
                          "governorate", "regions", "oblasts", "provinces", "voivodeship", "county"})
SETTLEMENT_CUES = frozenset({"village", "town", "city", "settlement", "hamlet", "villages", "towns",
                             "settlements", "urban-type", "township"})
NEAR_CUES = frozenset({"near", "outside", "around", "outskirts", "vicinity", "direction",
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
                   "deploys", "ordered", "orders", "banned", "bans", "seized", "seizes", "shot",
                   "used", "uses", "unleashed", "unleashes", "scrambled", "scrambles",
                   # a government's acts ("as Vilnius funds a 'drone wall'", "Warsaw expelled the consul")
                   "funds", "funded", "approves", "approved", "allocates", "allocated", "pledges", "pledged",
                   "sanctions", "sanctioned", "expels", "expelled", "summons", "summoned", "imposes", "imposed",
                   "ratifies", "ratified", "vetoes", "vetoed"})
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
# "region of Kursk"; "Oblast Donetsk", "Oblast' Kharkiv" (German and Dutch sources put the word first)
_REGION_PREFIX = re.compile(r"^(?:the\s+)?(?:(?:region|oblast|province)\s+of\s+(?:the\s+)?|oblast'?\s+(?=[A-Z]))(?P<n>.+)$",
                            re.I)
_RAION_SUFFIX = re.compile(r"^(?:the\s+)?(?P<n>.+?)\s+(?:raion|rayon|district|hromada|community|municipality)$",
                           re.I)
_LEAD_PREP = re.compile(r"^(?:in|at|on|from|into|inside|across|over|throughout|within)\s+(?=\S)", re.I)
# "northern Syria", "the north-eastern Nigeria", "Central Kharkiv": a part of the place named after it
# "Russian-occupied Melitopol", "Houthi-held Hodeidah", "besieged Mariupol": who holds it, not its name
_HELD_LEAD = re.compile(r"^(?:the\s+)?(?:[\w'’]+-(?:held|occupied|controlled|run|administered)|occupied|besieged|"
                        r"embattled|war-torn|war-ravaged|liberated|recaptured|frontline|front-line)\s+(?=[A-Z])", re.I)
_DIRECTION_LEAD = re.compile(r"^(?:the\s+)?(?:far\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|"
                             r"west(?:ern)?|central|upper|lower)[- ]+(?=[A-Z])", re.I)
_TRAIL_TYPE = re.compile(r"\s+(?:city|town|village|settlement|hamlet)$", re.I)
_DISTRICT_SPLIT = re.compile(r"\s+[-–—]\s+")
_NEAR_IN_PART = re.compile(r"(?:north|south|east|west)(?:ern)?\s+(?:outskirts|edge|suburbs)", re.I)


_STOPS = frozenset({".", "!", "?"})
# words after a place name that make it part of a unit, vehicle or organisation name
_ORG_AFTER = frozenset({"battalion", "batalion", "battalions", "regiment", "brigade", "brigades", "division",
                        "corps", "fleet", "militia", "flotilla", "truck", "trucks", "lorry", "lorries", "people's", "peoples",
                        "separatists", "separatist", "tactical"})
# capitalised words after a place that make it an outlet's name ("Ostrov Media", "Kyiv Post", "Moscow Times")
OUTLET_AFTER = frozenset({"media", "radio", "tv", "gazette", "herald", "times", "post", "telegraph", "tribune",
                          "observer", "courier", "inform", "independent", "pravda", "vedomosti", "dispatch"})
# "Moskovskaya street", "Gorky Park", "the Desna river", "Yubileinyi Concert Hall": the name is part
# of a street, park, river or building name, not the place itself
_NAME_PART_AFTER = frozenset({"street", "st", "avenue", "ave", "prospekt", "boulevard", "lane", "square", "park",
                              "river", "embankment", "concert", "highway", "cemetery"})
_NEAR_PASS = frozenset({",", "and", "or", "the", "of", "village", "villages", "town", "towns", "city",
                        "settlement", "settlements", "to", "from", "a", "few"})
# "the Bakhmut direction", "the Kharkiv area": around the place, not in it
_AFTER_NEAR = frozenset({"direction", "axis", "sector", "area", "outskirts", "suburbs", "environs", "front"})
# a settlement's unit written after its name: the name is a place even as a sentence's first word ("Horodnia community.")
_UNIT_AFTER = frozenset({"community", "hromada", "village", "town", "settlement", "raion"})


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one deletion, insertion, substitution or swap of two
    neighbouring letters ("Donestk")."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [n for n, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
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


def _centre_stems(k: str) -> list[str]:
    """Folded keys of the settlement a hromada's adjective is formed from, beyond :func:`_adj_stems` (only when a
    name is resolved, not for the raion keys of the index): Tomakivska -> Tomakivka, Krasnopilska -> Krasnopillia,
    Myrivska -> Myrove (the "i" of a closed syllable is the "o" of the open one)."""
    if not k.endswith(("ski", "ska", "ske")) or len(k) < 8:
        return []
    st = k[:-3]
    out = [st + "ka"]
    if st.endswith("l"):
        out.append(st + "ia")
    if st.endswith("iv"):
        out += [st[:-2] + "ove", st[:-2] + "ovo"]
    return out


_COMPOUND_FIRST = (("velika", "veliko"), ("velikii", "veliko"), ("veliki", "veliko"), ("mala", "malo"), ("malii", "malo"),
                   ("nova", "novo"), ("novii", "novo"), ("stara", "staro"), ("starii", "staro"), ("verhnia", "verhnio"),
                   ("nizhnia", "nizhnio"))


def hromada_forms(k: str) -> list[str]:
    """Folded forms under which the index may hold the hromada a writer names by its centre (``k`` folded): Balakliia
    (Balakliiska) -> balakli, Huliaipole -> huliaipil, Zarichne -> zarichnen, Shyroke -> shirokiv, Toretsk -> torecka,
    Velyka Pysarivka -> velikopisarivka."""
    out = [k]
    for a, b in _COMPOUND_FIRST:
        if k.startswith(a) and len(k) > len(a) + 3:
            out.append(b + k[len(a):])
            break
    for x in list(out):
        if x.endswith("ia"):
            out.append(x[:-1])
        if x.endswith("e"):
            out += [x + "n", x[:-1] + "iv"]
            if x[-3:-1] in ("ol", "or", "oz"):
                out.append(x[:-3] + "i" + x[-2])  # Huliaipole: huliaipil
        if x.endswith(("sk", "ck", "c", "ts")):
            out += [x + "a", x + "ka"]
    return list(dict.fromkeys(out))


_GENDER = (("ske", "ski", "ska", "skoe", "skaia"), ("cke", "cki", "cka"), ("ne", "ni", "na", "noe", "naia"))


def _gender_variants(k: str) -> list[str]:
    """Folded keys of the other genders of an adjectival name: Pervomaiske -> Pervomaiski, -ska."""
    for group in _GENDER:
        for end in sorted(group, key=len, reverse=True):
            if k.endswith(end) and len(k) > len(end) + 3:
                stem = k[: -len(end)]
                return [stem + e for e in group if e != end]
    return []


_haversine = haversine_km  # the one distance function (sitrep/geo/distance.py)


_NEAREST: list = [None, 0, [], []]  # the last point list seen, its length, its latitudes sorted, its points so


def nearest_km(lat: float, lon: float, points, within: float = 100.0, stop_below: float = 0.0) -> float:
    """``min(_haversine(lat, lon, p[0], p[1]) for p in points)`` when that is at most ``within`` km;
    otherwise some number above ``within`` (``inf`` when no point is within a latitude band); with
    ``stop_below``, the first distance found below it (the caller only asks whether one is nearer).

    Only the points within a latitude band of ``lat`` are measured: the great-circle distance is at
    least 111.19 km per degree of latitude between the two points, so one outside the band is more
    than ``within`` + 1 km away and cannot be the nearest within ``within``. Comparisons with any
    threshold up to ``within`` therefore come out as with the plain minimum. The list of points is
    sorted once and kept while the same list is passed again (the candidates of one name are scored
    against the same anchors)."""
    if _NEAREST[0] is not points or _NEAREST[1] != len(points):
        pts = sorted(points, key=lambda p: p[0])
        _NEAREST[:] = [points, len(points), [p[0] for p in pts], pts]
    lats, pts = _NEAREST[2], _NEAREST[3]
    band = (within + 1.0) / 111.0
    # and only those within a longitude reach: for points of the band the distance is at least
    # 2R * cos(|lat| + band) * dlon / pi (haversine: a >= cos(p1) cos(p2) sin^2(dlon / 2), asin(x) >= x,
    # sin(x) >= 2x / pi up to pi / 2), so a point beyond the reach is more than ``within`` away
    cmin = math.cos(math.radians(min(89.0, abs(lat) + band)))
    reach = math.degrees((within * 1.01 + 1.0) * math.pi / (EARTH_DIAMETER_KM * cmin))
    best = math.inf
    for p in pts[bisect_left(lats, lat - band):bisect_right(lats, lat + band)]:
        dlon = abs(p[1] - lon)
        if dlon > reach and (dlon <= 180.0 or 360.0 - dlon > reach):
            continue
        d = _haversine(lat, lon, p[0], p[1])
        if d < best:
            if d < stop_below:
                return d  # the caller only asks whether some point is nearer than ``stop_below``
            best = d
    return best


_IN_WORDS = ("in", "at", "near", "outside", "inside", "around")  # "protesters in Moscow demanded": the place

_PLACE_ADJ = ("occupied", "annexed", "besieged", "embattled", "frontline", "front-line", "liberated", "russian-held",
              "ukrainian-held", "russian-occupied", "russian-controlled", "ukrainian-controlled")


def after_in(words, a: int) -> bool:
    """The name at token ``a`` follows "in" (or "in occupied"): "officials in occupied Donetsk said" names the place."""
    return bool(a) and (words[a - 1].lower() in _IN_WORDS
                        or a >= 2 and words[a - 1].lower() in _PLACE_ADJ and words[a - 2].lower() in _IN_WORDS)


def _strip_possessive(tok: str) -> str:
    if len(tok) > 2 and tok[-2:] in ("'s", "’s", "ʼs"):
        return tok[:-2]
    return tok


# a message addressed to a capital: its government is the recipient ("conveyed its concern to Moscow", "sent a note of
# protest to Minsk", "appealed to Washington")
_SENT_TO = re.compile(r"(?:\b(?:conveyed|expressed|relayed|communicated|protested|complained|appealed|lodged|made clear|signall?ed)\b"
                      r"|\b(?:sent|delivered|handed|passed|addressed|wrote)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:note|letter|message|protest|request|demand|warning|signal|proposal|reply|response)s?\b)"
                      r"[^.;:!?]{0,60}\bto\s+(?:the\s+)?$", re.I)


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
    if _SENT_TO.search(text, max(0, start - 90), start):
        return True  # "the ministry conveyed its deep concern to Moscow": the government it was told to
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


# a compass adjective describing the place's class ("the southern city of"), or a part of the place
# ("a residential area of"): the place itself, not near it
IN_DESCRIBED = re.compile(r"\b(?:(?:north|south)?(?:north|south|east|west)ern\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:port\s+|frontline\s+|front-line\s+|industrial\s+|border\s+)?(?:city|town|village|settlement|port|capital)\s+of"
                          r"|(?:residential|industrial|central|private|densely populated|populated|urban|commercial|business|historic|port|city['’]s|the city|downtown|suburban)\s+(?:area|district|neighbou?rhood|sector)s?\s+of)\s+(?:the\s+)?$", re.I)


# The first word of a compound village name as Russian sources and English translations write it
# ("Malaya Rohan", "New Korotych", "Bolshaya Danylivka"): the Ukrainian words it stands for, in
# each gender (the name's own gender decides which one the gazetteer has).
_FIRST_WORD = {
    ("malaya", "malaia", "malaja", "maloye", "maloe", "malyy", "maly", "little", "small", "lesser"):
        ("Mala", "Malyi", "Male"),
    ("bolshaya", "bolshaia", "bol'shaya", "bolshoye", "bolshoy", "bolshoi", "velikaya", "velikiy", "big", "great",
     "greater"): ("Velyka", "Velykyi", "Velyke"),
    ("novaya", "novaia", "novoye", "novoe", "novyy", "novy", "new"): ("Nova", "Novyi", "Nove"),
    ("staraya", "staraia", "staroye", "staroe", "staryy", "stary", "old"): ("Stara", "Staryi", "Stare"),
    ("verkhnyaya", "verkhniaia", "verkhneye", "verkhniy", "upper"): ("Verkhnia", "Verkhnii", "Verkhnie"),
    ("nizhnyaya", "nizhniaia", "nizhneye", "nizhniy", "lower"): ("Nyzhnia", "Nyzhnii", "Nyzhnie"),
}
FIRST_WORD = {w: uk for ws, uk in _FIRST_WORD.items() for w in ws}
# the same by folded key, for find_mentions ("malaia" -> ("mala", "mali", "male"))
FIRST_WORD_KEYS = {fold_token(w): tuple(fold_token(u) for u in uk) for w, uk in FIRST_WORD.items() if "'" not in w}
# letters of German, Dutch and Polish romanisations of Ukrainian/Russian names, and their English
# equivalents ("Lysytsjansk", "Zaporizja", "Kun'je", "Schyroka", "Mykolajiw"); longest first
_RESPELL = (("dsch", "dzh"), ("tsch", "ch"), ("tsj", "ch"), ("sch", "sh"), ("zj", "zh"), ("sj", "sh"), ("dj", "di"),
            ("'je", "ie"), ("'ja", "ia"), ("'ju", "iu"), ("je", "ie"), ("ja", "ia"), ("ju", "iu"), ("j", "i"))
_RESPELL_RE = re.compile("|".join(re.escape(a) for a, _b in _RESPELL))
_RESPELL_MAP = dict(_RESPELL)


def respellings(name: str) -> list[str]:
    """Other spellings of a name no key matched: Russian or English first words in Ukrainian
    ("Malaya Rohan" -> "Mala Rohan"), and German/Dutch/Polish letters in English ("Lysytsjansk"
    -> "Lysytshansk" is close enough for one edit; "Kun'je" -> "Kunie")."""
    out: list[str] = []
    words = name.split()
    if len(words) >= 2:
        uk = FIRST_WORD.get(words[0].lower())
        if uk:
            out += [" ".join((u, *words[1:])) for u in uk]
    low = name.lower()
    if "j" in low or "sch" in low:
        re_ = _RESPELL_RE.sub(lambda m: _RESPELL_MAP[m.group(0)], low)
        if re_ != low:
            re_ = " ".join(w[:1].upper() + w[1:] for w in re_.split())
            out.append(re_)
            ws = re_.split()
            out += [" ".join((u, *ws[1:])) for u in (FIRST_WORD.get(ws[0].lower()) or ()) if len(ws) >= 2]
    return out
