"""Passes over a text's places after they are found (sitrep.extract.places.find_places): a landmark
named again ("the bridge"), "the city's X district", "Kyiv's Solomianskyi district", a log line's
district label that qualifies the settlement its entry names."""
from __future__ import annotations

import re

from sitrep import geo
from sitrep.extract.patterns import BEARING_OF
from sitrep.extract.place_record import Place
from sitrep.extract.tables import CELL_SEP, ROW_MIN_SEPARATORS, separated_lines


def _place(*args):
    return Place(*args)


_LANDMARK_ANAPHOR = re.compile(r"\b(?:the|that) (bridge|island|plant|dam|spit|port|refinery|reservoir|canal|station)\b(?!\s+(?:of|in|at|near)\b)", re.I)


def _landmark_anaphors(text: str, out: list) -> None:
    """"The Crimean Bridge was hit ... Aksyonov said that the bridge has been closed": a definite
    mention of the kind of landmark named before (within a few paragraphs) is that landmark."""
    found = []
    for m in _LANDMARK_ANAPHOR.finditer(text):
        kind = m.group(1).lower()
        if any(p.start <= m.start() < p.end for p in out):
            continue
        named = next((p for p in reversed(out) if p.end <= m.start() and m.start() - p.end < 2000 and p.location.source == "sitrep"
                      and (p.location.name or "").lower().endswith(kind)), None)
        if named is not None:
            found.append(_place(m.start(), m.end(), m.group(0), named.kind, named.location, "incident"))
    if found:
        out.extend(found)
        out.sort(key=lambda p: p.start)


_CITYS_DISTRICT = re.compile(r"\bthe (?:city|town)['’]s ((?-i:[A-Z])[\w'’-]+) district\b", re.I)


def _city_district_anaphors(text: str, out: list) -> None:
    """"A glide bomb struck Kharkiv on Monday. On Wednesday a missile hit a warehouse in the city's
    Industrialnyi district": the district of the city named before (within a few sentences)."""
    for m in _CITYS_DISTRICT.finditer(text):
        if any(p.start <= m.start(1) < p.end for p in out):
            continue
        city = next((p for p in reversed(out) if p.end <= m.start() and p.kind == "settlement" and p.role == "incident"
                     and p.location.precision == 1 and m.start() - p.end < 600), None)
        loc = geo.geocode(f"{m.group(1)} district, {city.location.name}", text) if city is not None else None
        if loc is not None and (loc.geo_reason or "").startswith("city district"):
            # placed at the city, as a city's own district told in full would be by the annotation
            # ("the Shevchenkivskyi district of Kyiv" keeps its own point: the text names it there)
            here = city.location.model_copy(update={"geo_reason": f"the city's {m.group(1)} district: {city.location.name}, named before"})
            out.append(_place(m.start(1), m.end(1), m.group(1), "settlement", here, "incident"))
    out.sort(key=lambda p: p.start)


# "the Korabelnyi district", "Dniprovskyi district": an adjectival district name with no city after it
_BARE_DISTRICT = re.compile(r"\b((?-i:[A-Z])[\w'’-]+(?:skyi|skyy|skiy|sky|nyi|kyi|yi|ii))\s+(?:(?:district|raion|rayon)\b|dist\.)(?!\s+of\b)")


def _bare_city_districts(text: str, out: list) -> None:
    """"She lives in the Korabelnyi district" in a report about Kherson: a district named without its
    city is a district of a city the text names (the nearest before it, else the first after), not its
    namesake in another city ("Dniprovskyi" is a district of Kyiv, Kherson and Zaporizhzhia)."""
    cities = [p for p in out if p.kind == "settlement" and p.role in ("incident", "dateline") and p.location.precision == 1]
    if not cities:
        return
    found: dict[str, object] = {}  # "X district, City" -> its geocode (a long report names a district again and again)
    for m in _BARE_DISTRICT.finditer(text):
        if re.search(r"\b(?:the (?:city|town)['’]s|['’]s)\s+$", text[max(0, m.start() - 16):m.start()], re.I):
            continue  # "the city's X district", "Kyiv's X district": told by the passes above
        at = next((k for k, p in enumerate(out) if p.start <= m.start(1) < p.end), None)
        before = [p for p in cities if p.end <= m.start()]
        order = list(reversed(before)) + [p for p in cities if p.start >= m.end()]
        for city in order:
            query = f"{m.group(1)} district, {city.location.name}"
            loc = found[query] if query in found else found.setdefault(query, geo.geocode(query, text))
            if loc is None or not (loc.geo_reason or "").startswith("city district") or loc.admin1_code != city.location.admin1_code:
                continue
            if at is not None and out[at].location.admin1_code == loc.admin1_code and out[at].location.precision <= 1:
                break  # already a place of that city
            here = loc.model_copy(update={"geo_reason": f"the {m.group(1)} district of {city.location.name}, the city the text names"})
            own_line = 0 <= m.start() - city.end <= 40 and "\n" not in text[city.end:m.start()]
            role = "incident" if own_line or at is None else out[at].role
            if at is not None:
                out[at] = _place(out[at].start, out[at].end, out[at].text, "settlement", here, role)
            else:
                out.append(_place(m.start(1), m.end(1), m.group(1), "settlement", here, role))
            if own_line:  # "Mykolaiv, Inhulskyi dist.: ...": the city only says whose district
                k = out.index(city)
                out[k] = _place(city.start, city.end, city.text, city.kind, city.location, "reference")
            break
    out.sort(key=lambda p: p.start)


def _possessive_city_of_district(text: str, places: list) -> None:
    """"in Kyiv's Solomianskyi district": the city only says whose district it is (one place, the district)."""
    for i in range(len(places) - 1):
        p, q = places[i], places[i + 1]
        if p.role != "incident" or q.role != "incident" or p.kind != "settlement" or not re.fullmatch(r"(?:\s+[Cc]ity)?(?:['’]s)?\s+(?:the\s+)?", text[p.end:q.start]) or not re.search(r"['’]s\s*$", text[p.start:q.start]):
            continue
        district = (q.location.geo_reason or "").startswith("city district") or re.match(r"\s+(?:district|raion|neighbou?rhood|microdistrict)\b", text[q.end:q.end + 16], re.I)
        if district and q.location.admin1_code != p.location.admin1_code and p.location.precision <= 2:
            # "Kherson City's Dniprovskyi Raion": the district of that city, not its namesake elsewhere
            own = geo.geocode(f"{q.text} district, {p.location.name}")
            if own is not None and own.admin1_code == p.location.admin1_code and (own.geo_reason or "").startswith("city district"):
                places[i + 1] = q = _place(q.start, q.end, q.text, q.kind, own, q.role)
        if district and q.location.admin1_code == p.location.admin1_code:
            places[i] = _place(p.start, p.end, p.text, p.kind, p.location, "reference")


def _district_labels_qualify(text: str, places: list) -> None:
    """'Beryslav district: a man was injured by a drone in Tokarivka.': a line's label that names a
    district or region only says where the settlement the line puts the incident in lies."""
    for i, p in enumerate(places):
        if p.role != "incident" or p.location.precision < 2 or p.kind == "country":
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        if text[line_start:p.start].strip() or not re.match(r"\s*(?:district|raion|region|oblast|community|hromada)?\s*:", text[p.end:p.end + 24], re.I):
            continue
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        if any(q.role == "incident" and q.start > p.end and q.end <= line_end and q.kind == "settlement"
               and q.location.precision <= min(2, p.location.precision) and q.location.name != p.location.name
               and q.location.admin1_code == p.location.admin1_code for q in places[i + 1:]):
            places[i] = _place(p.start, p.end, p.text, p.kind, p.location, "reference")


_UNIT_WORD_END = re.compile(r"\s(?:hromada|community|district|raion|rayon|oblast|region)$", re.I)  # ("(Kharkiv raion)" read as one place)
_UNIT_IN_BRACKETS = re.compile(r"\s+(?:hromada|community|territorial community|district|raion|rayon|oblast|obl\.|region)\s*\)", re.I)


def _bracketed_units(text: str, places: list) -> None:
    """"Mala Tokmachka (Orikhiv hromada) – artillery fire damaged a shop": the unit in brackets after a settlement is its
    address (the hromada, district or region it lies in), not a second place of the incident."""
    for i in range(1, len(places)):
        p, q = places[i - 1], places[i]
        if q.role == "incident" and p.role == "incident" and p.kind == "settlement" \
                and re.fullmatch(r"\s*\(\s*", text[p.end:q.start]) and (_UNIT_IN_BRACKETS.match(text, q.end)
                                                                    or _UNIT_WORD_END.search(q.text) and re.match(r"\s*\)", text[q.end:])):
            places[i] = _place(q.start, q.end, q.text, q.kind, q.location, "reference")


_CELL_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:[ -][\w'’-]+){0,2}")


def table_cell_places(text: str, found: list, geocode, common: frozenset) -> list:
    """Places that only a table row's cells make places: "0432 | 19.08 | Sumy | Shostka r. | Esman | Car hit by a
    drone": a cell that is a name alone is a column of the address, so a small village the gazetteer would not pick
    out of running text is taken there when the row's other places lie in its region."""
    out: list = []
    for row_start, line, seps in separated_lines(text):
        if seps < ROW_MIN_SEPARATORS:
            continue
        row_end = row_start + len(line)
        regions = {p.location.admin1_code for p in found if row_start <= p.start < row_end and p.location.admin1_code}
        a = row_start
        for part in CELL_SEP.split(line):
            b = a + len(part)
            name = part.strip()
            if regions and len(name) > 3 and name.lower() not in common and _CELL_NAME.fullmatch(name) \
                    and not any(p.start < b and p.end > a for p in found):
                loc = geocode(name, line)
                if loc is not None and loc.precision <= 2 and loc.admin1_code in regions and not (loc.geo_reason or "").startswith("name not found"):
                    t0 = a + part.index(name)
                    out.append(_place(t0, t0 + len(name), name, "settlement",
                                      loc.model_copy(update={"geo_reason": f"a place cell of a table row; {loc.geo_reason}"}), "incident"))
            a = b + 1
    return out


def _table_row_addresses(text: str, places: list) -> None:
    """"0432 | 19.08 | Sumy | Shostka r. / Esman h. | Esman | Car hit by a drone | 1 | 0": a table row tells one
    incident, and its place cells are an address (oblast, raion, hromada, settlement). A place whose cell comes
    before another cell's place of the same region is part of that address, not a second place of the incident."""
    for row_start, line, seps in separated_lines(text):
        if seps < ROW_MIN_SEPARATORS:
            continue
        row_end = row_start + len(line)
        cells = [(i, p) for i, p in enumerate(places) if row_start <= p.start < row_end and p.role == "incident"
                 and p.kind in ("settlement", "region")]
        cell_of = {i: len(CELL_SEP.findall(text, row_start, p.start)) for i, p in cells}
        for i, p in cells:
            if any(cell_of[j] > cell_of[i] and q.location.admin1_code == p.location.admin1_code for j, q in cells):
                places[i] = _place(p.start, p.end, p.text, p.kind, p.location, "reference")


# the label of an incident-log line: "Kramatorks: Shell hit a house", "Vovchansk, Kharkiv region: ...",
# "Zatoka (Odesa): ..."


# "the capital", "the Ukrainian capital", "its capital": the city, not the money ("capital markets") nor a place named
# right after it ("the capital of the region")
_CAPITAL_REF = re.compile(r"\b(?:the|its)\s+(?:(?P<adj>Ukrainian|Russian|Belarusian|Moldovan|Polish|Georgian|Lithuanian|Latvian|Estonian|"
                          r"Romanian|Hungarian|Slovak|Czech|Finnish)\s+)?capital\b(?:['’]s)?"
                          r"(?!\s+(?:city\s+)?of\b|[\s-]+(?:markets?|gains?|investments?|expenditures?|spending|goods|punishment|flight|"
                          r"controls?|injections?|requirements?|buffers?|ratios?|base|account|projects?|repairs?)\b)", re.I)
_CAPITAL_OF = {"ukrainian": "Kyiv", "russian": "Moscow", "belarusian": "Minsk", "moldovan": "Chisinau", "polish": "Warsaw",
               "georgian": "Tbilisi", "lithuanian": "Vilnius", "latvian": "Riga", "estonian": "Tallinn", "romanian": "Bucharest",
               "hungarian": "Budapest", "slovak": "Bratislava", "czech": "Prague", "finnish": "Helsinki"}
_BEARING_BEFORE = re.compile(r"\b(?:outside|near|beyond|(?:so\s+|as\s+|very\s+)?close(?:r)?\s+to|not far from|away from|approaching|approaches to)\s+$", re.I)
_FRONTED_TIME_CLAUSE = re.compile(r"^\W*(?:(?:hours|days|minutes|moments|weeks|shortly|soon|just|a day|a week|two days)\s+)?(?:after|before|as|while|when|once)\b[^,;]*$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_KYIV = re.compile(r"\bKyiv\b|\bKiev\b", re.I)
_MOSCOW = re.compile(r"\bMoscow\b", re.I)
_UKRAINE = re.compile(r"\bUkrain", re.I)


def capital_mentions(text: str, mentions: list) -> list:
    """Place mentions for "the capital" of a war report ("In the capital, debris fell on a block in the Obolonskyi
    district"): the capital its adjective names, else the one of the theatre the text speaks of most (Moscow in a
    report about Moscow, Kyiv in one about Ukraine; none in a report about another country), so that the districts
    named after it are that city's."""
    from sitrep.geo.spans import PlaceMention
    out = []
    bare_city = None
    for m in _CAPITAL_REF.finditer(text):
        if any(pm.start < m.end() and m.start() < pm.end and pm.kind != "demonym" for pm in mentions) \
                or _BEARING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # ("the airport in the Moscow region outside the capital": a bearing, no place of its own)
        opening = text[max(0, text.rfind("\n", 0, m.start()) + 1, *(x.end() for x in _SENTENCE_END.finditer(text, 0, m.start()))):m.start()]
        if _FRONTED_TIME_CLAUSE.search(opening):
            continue  # "Hours after the diplomats left the capital, a missile struck Dnipro": where the recalled deed was
        end = _SENTENCE_END.search(text, m.end())
        if BEARING_OF.search(text, max(0, m.start() - 30), m.start()) and any(
                pm.kind != "demonym" and m.end() <= pm.start < (end.start() if end else len(text)) for pm in mentions):
            continue  # "South of the capital, a woman was killed in the Bila Tserkva district": a bearing of the place named
        adj = m.group("adj")
        if adj:
            city = _CAPITAL_OF[adj.lower()]
        else:
            if bare_city is None:  # (a report about another country's capital: none of them)
                moscow, kyiv = len(_MOSCOW.findall(text)), len(_KYIV.findall(text))
                named = [pm.location.country_code for pm in mentions if pm.location is not None and pm.kind != "demonym"]
                bare_city = "Moscow" if moscow > kyiv else "Kyiv" if kyiv or "UA" in named or _UKRAINE.search(text) \
                    else "Moscow" if "RU" in named else ""
            if not bare_city:
                continue
            city = bare_city
        loc = geo.geocode(city)
        if loc is None:
            continue
        loc = loc.model_copy(update={"geo_reason": f"'{m.group(0)}': {city}"})
        out.append(PlaceMention(m.start(), m.end(), m.group(0), "settlement", loc))
    return out
