"""The extractor's one door to the gazetteer (:mod:`sitrep.geo`): place mentions of a text,
their roles in a sentence (incident place, origin, role of a speaker, distance reference),
and country/region locations. Which of a sentence's places an event takes (its own ';'-clause, a
coordinated list, districts of one city) lives in :mod:`sitrep.extract.place_choice`, re-exported here."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from sitrep import geo
from sitrep.extract.patterns import (BEARING_OF, _ANCHOR_EVENT_BEFORE, _CALLED_AFTER, _CARE_BEFORE, _CLOCK_BEFORE, _CLOCK_WORD,
                                      _DEPICTED_BEFORE, _HOME_OF_PERSON, _PATIENT_FROM, _SPEAKERS_IN, told_recalled)
from sitrep.extract.place_record import Place  # noqa: F401  (the record find_places returns; P.Place)
from sitrep.extract.metonymy import CAPITALS, SUBJECT_VERB, bare, capital_metonymy
from sitrep.extract.place_passes import (capital_mentions, _bare_city_districts, _city_district_anaphors, _district_labels_qualify, _landmark_anaphors,
                                          _possessive_city_of_district, _table_row_addresses, table_cell_places,
                                          _bracketed_units)
from sitrep.extract.namesakes import across_border, by_direction
from sitrep.extract.place_choice import (COUNTED_BACK, city_of_district, coordinated_run, fold_districts,  # noqa: F401  (re-exported: P.fold_districts)
                                          headline_shaped, own_clause_places, plural_anaphor)
from sitrep.geo.lexicon import IN_DESCRIBED, _COMPAT as _A1_COMPAT
from sitrep.geo.distance import haversine_km
from sitrep.model import Location
from sitrep.nlp.prefilter import Gated
from sitrep.nlp.sentences import SpanIndex

# The role patterns read the words just before a mention (some 20 searches per mention, each tried at every
# position of the window): those wrapped in Gated (sitrep.nlp.prefilter) are not run on a window that holds
# none of their required literals, which the pattern could not match (the same answers, ~7% of find_places).
_ORIGIN = Gated(re.compile(r"\b(?:from|launched from|fired from|(?<!road )(?<!way )(?<!highway )(?<!exit )out of|via)\s+(?:the\s+)?(?:directions? of\s+|territory of\s+|side of\s+|(?:(?:Russian|Ukrainian)-)?(?:temporarily\s+)?(?:occupied|annexed|controlled|held)\s+|areas? of\s+|regions? of\s+|airspace (?:of|over)\s+|waters of\s+|skies? over\s+)?(?:the\s+)?$"
                           r"|\b(?:fired|launched) from (?:the\s+)?(?:[\w-]+\s+){0,3}(?:located\s+|based\s+|stationed\s+)?(?:in|over|on)\s+(?:the\s+)?$"
                           # "fired 40 Grad rockets at Nikopol from positions around Enerhodar": where the guns stand
                           r"|\bfrom\s+(?:(?:their|its|the|Russian|Ukrainian|enemy|firing|artillery|launch)\s+){0,2}(?:positions?|launch (?:sites?|pads?)|firing points?|batteries)\s+(?:around|near|in|at|outside|on the outskirts of)\s+(?:the\s+)?$"
                           r"|\b(?:fired|launched|and)?\s*from\s+(?:the\s+)?(?:(?:directions?|areas?|vicinity|side) of\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w-]+\s+){1,3}in\s+(?:the\s+)?(?:(?:temporarily\s+)?(?:occupied|annexed)\s+)?$"
                           # "cruise missiles from Tu-95MS strategic bombers over Saratov Oblast": where the launchers flew
                           r"|\bfrom\s+(?:[\w-]+\s+){0,3}(?:bombers?|aircraft|planes?|jets?|fighters?|ships?|vessels?|warships?|submarines?|carriers?|frigates?|launchers?)\s+(?:(?:flying|flew|operating|positioned|stationed|patrolling|cruising|deployed)\s+)?(?:over|in|above|off|near)\s+(?:the\s+)?(?:waters of\s+(?:the\s+)?)?$", re.I))
# an appositive after a place: ", the gateway to", ", a suburb of", ", 30 km south of the occupied"
# "Enerhodar, the town that houses the Zaporizhzhia nuclear power plant": a description of the town just named
_APPOSITIVE_REL = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|port|district|community|suburb)\s+"
                             r"(?:that|which|where|whose)\s+(?:[\w’'-]+\s+){0,5}?(?:the\s+)?", re.I)
_APPOSITIVE = re.compile(r",\s+(?!(?:as well as|and|or|including|plus|then)\b)(?!(?:[\w-]+\s+){0,6}(?:hits?|struck|strikes?|kills?|killed|damages?|damaged|shell(?:s|ed)|attack(?:s|ed)|targets?|targeted|pounds?|pounded|was|were|is|are|said|says|told|tells|reported|reports|added|claimed|wrote|announced|stated)\b)(?:(?:the|a|an|about|some|around)\s+)?(?:[\w-]+\s+){0,6}(?:to|of|from|near|outside)\s+(?:(?:the\s+)?(?:Russian-)?occupied\s+|the\s+)?", re.I)
# streets and hotels named after a place ("Kyiv Street", "the Moscow Hotel"; buildings "of X": _INSTITUTION_BEFORE)
# (and a commodity or index named after one: "Brent crude futures", "the Urals blend")
_NAMED_FOR_AFTER = re.compile(r"\s+(?:Street|St\.|Avenue|Ave\.|Prospekt|Prospect|Boulevard|Blvd|Square|Highway|Lane|Embankment|Hotel|Arena|Stadium|(?:night\s+)?train(?!\s+station)|express|"
                              r"crude|blend|futures|benchmark|stock exchange|index|bourse)\b", re.I)
# "a week after the missile strike on": what follows is the place of an earlier event
_RECALLED_LEFT = Gated(re.compile(r"\b(?:(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?|years?)|(?:only |just )?hours) (?:after|since) (?:(?:the|a|an|last|that)\s+)?(?:[\w-]+\s+){0,5}(?:on|in|at|of|near)\s+(?:the\s+)?$"
                                  r"|\b(?:in )?(?:retaliation|response|revenge|reprisal) (?:for|to) (?:the|a|an|its|their|last \w+[’']s)\s+(?:[\w-]+\s+){0,3}(?:on|in|at|against|near)\s+(?:the\s+)?$", re.I))
# a place after a locative preposition is a place ("Police in Tbilisi detained ...": not Tbilisi as a government)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|over|above)\s+(?:the\s+)?(?:(?:city|town|capital|village|settlement)\s+of\s+)?$", re.I)
# "northwest of Zvanivka (east of Sloviansk)": a parenthesis after a place that only says where it lies
_LOCATOR_PAREN = re.compile(r"\s*\(\s*(?:(?:north|south)?(?:north|south|east|west)(?:east|west)?\s+of|near|outside|in)\s+(?:the\s+)?$", re.I)
# "north of Kharkiv City toward Kozacha Lopan", "southwest of Pokrovsk near Udachne": the town is the
# bearing of the place named next, which is where it happened
_BEARING_LEFT = Gated(BEARING_OF)
_BEARING_RIGHT = re.compile(r"(?:\s+(?:City|town|city))?\s+(?:near|toward|towards|in the direction of|in the vicinity of)\s+(?:the\s+)?(?:(?:village|settlement|town)\s+of\s+)?(?-i:[A-Z])")
_REFERENCE = Gated(re.compile(r"\b(?:brokered|mediated|facilitated|negotiated|arranged|hosted)\s+(?:\w+\s+)?by\s+(?:the\s+)?$|\bwith the (?:help|mediation|assistance) of\s+(?:the\s+)?$|(?:\bkilomet(?:er|re)s?|\bkm|\bmiles?|\bborders?|\bborder with|\bborders of|\bclose to the borders? (?:of|with))\s+(?:from|of|with)?\s*(?:the\s+)?$|\b(?:close to|near) the borders? (?:of|with)\s+(?:\w+\s+and\s+)?$|\bborders? of\s+\w+\s+and\s+$", re.I))
_ROLE_BEFORE = Gated(re.compile(r"\b(?:head|governor|mayor|leader|chief|administration|council|officials?|authorities|police|prosecutors?|(?:acting )?governor) of (?:the\s+)?(?:(?:(?:Russian|Ukrainian)-)?(?:occupied|annexed|controlled|held)\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|central|frontline|front-line|border|neighbouring|neighboring)\s+)?(?:(?:region|oblast|province|city|district) of\s+)?$|\b(?:officials|authorities|[Mm]inistry|MoD|government|embassy|headquarters|spokes(?:man|woman|person)|general staff) in\s+(?:(?:Russian-|Ukrainian-)?(?:occupied|annexed|controlled|held)\s+)?$", re.I))
# a name right after the word for an organisation is the organisation's: "the monitoring group Svoboda ...", "the Telegram channel Kharkiv Today"
_ORG_NOUN_BEFORE = Gated(re.compile(r"\b(?:(?:rights|monitoring|advocacy|human rights|media|civic|activist|volunteer|pressure) group|organi[sz]ation|NGO|outlet|channel|movement|initiative|newspaper|news agency|agency|foundation|website|portal|publication|project)\s+$", re.I))
# "the Brovary district just east of Kyiv", "Tarandyntsi, 12 km north of Lubny": where the place just named lies
_BEARING_AFTER_PLACE = re.compile(r"\s*(?:district|raion|community|hromada)?\s*,?\s+(?:just|some|about|roughly|around|\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s|miles)|a few (?:km|kilomet(?:re|er)s|miles))?\s*"
                                  r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?(?:city\s+of\s+)?", re.I)
# "a substation in Bilozerka near Kherson": the city only says where the village lies
_NEAR_AFTER_PLACE = re.compile(r"\s*,?\s+(?:near|outside|close to|not far from|just outside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
# "which lies on the Zaporizhzhia–Vasylivka road": the towns a road is named for
_ROAD_AFTER = re.compile(r"\s*[–—-]\s*(?-i:[A-Z])[\w'’-]+\s+(?:road|highway|motorway|railway|rail line|route|pipeline)\b|\s+(?:road|highway|motorway)\b(?!\s+(?:junction|station|bridge|checkpoint))", re.I)
# a place inside a quoted slogan, placard or chant
_CHANTED_QUOTE = Gated(re.compile(r"\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing)|slogans?|placards?|banners?|posters?|signs?(?:\s+reading)?|reading|graffiti)\s*[:,]?\s*[\"“][^\"”]*$", re.I))
# a place inside the name of a building or an office: "the House of Moscow", "the Patriarch of Moscow"
_INSTITUTION_BEFORE = Gated(re.compile(r"\b(?-i:House|Palace|Museum|University|Bank|Patriarch(?:ate)?|Metropolitan|Mayor|Archbishop|Duke|Prince|Princess|Grand Duchy|Treaty|Battle|Siege|Convention|Declaration|Agreement|Protocol|Memorandum)\s+of\s+(?:the\s+)?$"))
# a place used for the government that sits there: "the Kiev regime", "the Kyiv government"
_GOVERNMENT_AFTER = re.compile(r"\s+(?:regime|government|leadership|junta|authorities['’]|administration['’]s?|saboteurs|agents|militants|terrorists|proxies|puppets)\b", re.I)
# a meeting or document named after its city: "the Geneva talks", "the Minsk agreements", "the Istanbul format"
_MEETING_NAMED_AFTER = re.compile(r"\s+(?:peace\s+)?(?:talks|summit|negotiations|meeting|conference|format|process|agreements?|accords?|declaration|communiqu[ée]|protocols?|memorandum)\b", re.I)
# a place name inside an outlet's name: "the Kyiv Independent", "Moscow Times", "the Washington Post"
# the venue of diplomacy: "talks in Geneva", "negotiations held in Abu Dhabi", "diplomatic efforts in Riyadh";
# where talks took place, not where a strike in the same sentence hit
_VENUE_BEFORE = Gated(re.compile(r"\b(?:talks|negotiations|summit|consultations|diplomatic efforts|peace efforts|mediation|"
                                 r"peace conference|meetings?|formats?|rounds? of talks)\s+(?:(?:held|taking place|hosted|scheduled|that took place|which took place|"
                                 r"begin|began|begins|start|starts|started|resume[sd]?|opened|continued?)\s+)?(?:in|at)\s+(?:the\s+)?$"
                                 r"|\b(?:leaders|ministers|diplomats|delegations|delegates|envoys|officials|heads of state|negotiators)\s+(?:had\s+|have\s+|were\s+)?"
                                 r"(?:gathered|gathering|met|meeting|convened|assembled|arrived)\s+(?:in|at)\s+(?:the\s+)?$", re.I))  # "as leaders gathered in Brussels"
_OUTLET_AFTER = re.compile(r"\s+(?:Post|Times|Independent|Herald|Tribune|Journal|Gazette|Telegraph|Standard|Observer|Chronicle|Insider|Pravda|Mail|Globe|Courier|Dispatch|Inquirer)\b")
# an airport whose flights were stopped is where travel stopped, not where the drones were ("Vnukovo and
# Domodedovo airports suspended flights after drones were downed near the capital")
_FLIGHTS_STOPPED_AFTER = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:international\s+)?airports?\s+(?:(?:were|was|had|have|has)\s+)?(?:temporarily\s+|briefly\s+)?"
                                    r"(?:suspended|halted|stopped|closed|restricted|paused|resumed|reopened|delayed|diverted|introduced restrictions|imposed restrictions)\b", re.I)
_ROLE_AFTER = re.compile(r"^\s*(?:(?:region|oblast)(?:['’]s)?|regional)?\s*(?:governor|gov\.|leader|mayor|head|chief|officials|authorities|administration|police|regional administration|military administration|city council|prosecutor"
                         r"|(?:(?:emergency|operational|crisis|civil defen[cs]e|coordination)\s+)?headquarters|(?:emergency|operational|crisis|civil defen[cs]e|coordination)\s+(?:staff|task force|command|centre|center))", re.I)
# a relative clause of what people went through elsewhere: "relatives of men who went missing near", "soldiers who
# fought in", "sailors who were captured in"
_PEOPLE_WHO = Gated(re.compile(r"\b(?:men|women|sons|daughters|husbands|brothers|soldiers|servicemen|servicewomen|relatives|fighters|defenders|"
                               r"marines|sailors|prisoners|POWs|those)\s+who\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:gone\s+|went\s+)?"
                               r"(?:missing|captured|taken prisoner|served|fought|fell|disappeared|defended|held captive)\b(?:\s+(?!said\b|says\b|told\b)[\w'’-]+){0,2}?"
                               r"\s+(?:near|in|at|around|outside|under)\s+(?:the\s+)?$", re.I))
# the agent of a passive: "launched by Russia", "fired by Ukraine", "carried out by Russia"
_AGENT_BY = Gated(re.compile(r"\b(?:launched|fired|sent|used|carried out|conducted|staged|deployed|unleashed|dropped)\s+by\s+(?:the\s+)?$", re.I))
_DESTINATION = Gated(re.compile(r"\b(?:heading (?:to|for|towards?)|flying (?:to|towards?)|headed (?:to|for)|en route to|aimed at"
                                r"|(?:road|highway|motorway|route|railway|rail line)s?\s+(?:to|towards)(?=\s+(?:the\s+)?$)"  # "on the road to X": where it leads (near X when nothing else is named)
                                r"|(?:diverted|rerouted|redirected|re-routed|evacuated|deported|relocated|flown|bused|bussed) (?:\w+ )?to)\s+(?:the\s+)?$", re.I))
# where a service runs to ("commuter trains to Moscow were cancelled"): no place of what happened
_ROUTE_TO = Gated(re.compile(r"\b(?:trains?|flights?|buses|ferry|ferries|services|routes?|shipments?|deliveries|trucks|lorries|passengers)"
                             r"(?: (?:bound|headed|travelling|traveling|going|running))? (?:to|for)\s+(?:the\s+)?$", re.I))
_STANCE_TOWARDS = Gated(re.compile(r"\b(?:drift(?:ing)?|shift|pivot|tilt|turn|lean(?:ing)?|polic(?:y|ies)|attitudes?|stance|course|orientation|"
                                   r"approach|hostility|overtures?|rapprochement|gestures?|openness|loyalty|sympath(?:y|ies))\s+(?:towards?|to)\s+(?:the\s+)?$", re.I))
_PERSON_AFTER = re.compile(r"(?:['’]s)?\s+(?:aid |charity |humanitarian |former )?(?:volunteers?|man|men|woman|women|teenagers?|students?|journalists?|"
                           r"workers?|medics?|doctors?|nurses?|natives?|pensioners?|fathers?|mothers?|couples?|famil(?:y|ies)|"
                           r"veterans?|fighters?|mercenar(?:y|ies)|priests?|paramedics?|engineers?|photographers?|reporters?)\b", re.I)
_WAR_WORDS = re.compile(r"\b(?:Russian|Ukrainian|Russia|Ukraine|shell\w*|missiles?|drones?|strikes?|bomb\w*|artillery)\b")  # (a war's report)
_STANCE_NOUN_AFTER = re.compile(r"\s+(?:policy|policies|ties|relations|strategy|stance|envoy|ambassador|embassy)\b", re.I)  # "over Russia policy"
_ROUTE_END = Gated(re.compile(r"\b(?:traffic|trains?|services?|line|road|highway|route|section|connection|movement|rail \w+)\s+between\s+"
                              r"(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?\s+and\s+$"
                              r"|\b(?:run|runs|ran|go|goes|terminates?|terminated)\s+only\s+(?:as\s+far\s+as|up\s+to|to)\s+$", re.I))
_NEAR = Gated(re.compile(r"\b(?:towards?|heading (?:to|for)|flying (?:to|towards?)|near|outskirts of|vicinity of|around|close to|outside|direction of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? (?:of|outskirts of)|area of|areas of|environs of|approaches to|not far from|km (?:from|of))\s+(?:the\s+)?(?:village|town|city|settlement)?(?:\s+of)?\s*$", re.I))


# rivers that share a name with a city: "the Dnipro" (with its article) is the river
_RIVERS = re.compile(r"Volga|Kama|Oka|Neva|Dnipro|Dnieper|Dnepr|Desna|Donets|Siverskyi Donets|Oskil|Oskol|Don|Inhulets|Dniester|Dnister|Vorskla|Psel|Seim|Seym|Bug|Southern Bug|Pivdennyi Buh", re.I)
# a capital's square, district or station ("gathered on Kyiv's Independence Square"): the city, not its government
_PLACE_OF_CITY = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}(?:Square|Street|Avenue|Boulevard|Park|Maidan|[Dd]istricts?|raion|suburbs?|"
                            r"outskirts|cent(?:re|er)|airport|(?:railway |train |bus )?station|metro|port|embankment|streets)\b")
# a place troops left ("pulled its troops out of Riznykivka", "withdrew from the village of X"): where ground changed hands
_LEFT_FROM = Gated(re.compile(r"\b(?:pulled|withdr\w+|retreat\w*|driven|drove|pushed|forced|ousted|expelled|knocked|kicked|dislodged|fled|left)\b"
                              r"(?:\s+[\w-]+){0,4}?\s+(?:out of|from)\s+(?:(?:the\s+|a\s+)?(?:[\w-]+ern\s+)?(?:part|parts|most|much|half|some|areas|districts|outskirts|rest)\s+of\s+)?"
                              r"(?:the\s+)?(?:(?:village|town|city|settlement) of\s+)?$", re.I))  # ("out of part of X", "from the eastern districts of X")
# an item of a list of front sectors: "in the Kupiansk, Lyman, Siversk and Pokrovsk directions"
_SECTOR_LIST_AFTER = re.compile(r"(?:\s*(?:,|and|, and)\s+(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?)+\s+(?:directions|axes|sectors)\b")
_RIVER_BEFORE = Gated(re.compile(r"\b(?:(?:left|right|east(?:ern)?|west(?:ern)?|north(?:ern)?|south(?:ern)?|opposite|other)\s+)?banks?\s+of\s+(?:the\s+)?$|\bthe\s+river\s+$", re.I))
# "crossed the Dnipro", "along the Oskil": only a river's name (not "drones over the Synelnykove district")
_CROSSING_BEFORE = Gated(re.compile(r"\b(?:across|along|over|crossed|crossing|forded|forcing)\s+the\s+$", re.I))
_RIVER_AFTER = re.compile(r"\s+(?:River|river|riverbank|Reservoir|reservoir|delta|estuary|Donets|canal|Canal)\b|-Donbas canal")

_COMMON_WORDS = frozenset("""a an the and or but of in on at to for from by with as is was were be been it its he she they we you i
this that these those there here more most many much some any all no not new old one two three four five six seven eight nine ten
may june july march august april can will would could should must shall might also only even just still then than so such
x ann moore hope victoria mariana john city state page home news read share mobile video photo top man woman men women""".split())


_DATELINE_CO = re.compile(r"\s*(?:[A-Z][A-Z.'’ -]+/\s*)+")
_DATELINE_CO_AFTER = re.compile(r"(?:\s*/\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?)+")
_TITLE_DATELINE_AFTER = re.compile(r"(?:\s*\[[A-Z][\w ]{2,30}\])?,\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?\s*(?:\([^)]{1,40}\))?\.?\s*[:—–-]\s"
                                   r"|(?:,\s*[A-Z][a-z]+)?\s*\((?-i:[A-Z])[^()]{0,30}\)\.?\s*[:—–-]{1,2}\s")  # "Kyiv (AFP) - ", "Kharkiv, Ukraine (AP) — "
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][a-zA-Z]+)?\s*(?:\([^)]{1,40}\))?\s*(?:[—–:»|-]|>>?|,\s+(?:\w+\.? \d{1,2}|\d{1,2} \w+))"
                             r"|^(?:,\s*[A-Z][a-zA-Z]+)?\s*\([^)]{1,80}\)")  # "MOSCOW (Agency - 21st May, 2023) Russian ..."


def _is_dateline(text: str, start: int, end: int) -> bool:
    """'KYIV —', 'MOSCOW (Reuters) –', 'KHARKIV, 14 March 2025 —': where the report was filed,
    not where anything happened."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() and not _DATELINE_CO.fullmatch(text[line_start:start]):
        return False  # (but "MOSCOW/KYIV, March 8 -": a joint dateline)
    word = text[start:end]
    after = text[end:end + 80]
    m = _DATELINE_CO_AFTER.match(after)
    if m:
        after = after[m.end():]
    if not word.isupper():  # "Kyiv, May 12 (AFP): ...", "Odesa, 3 March -": a title-case dateline needs its date
        return len(word) > 2 and bool(_TITLE_DATELINE_AFTER.match(after))
    return len(word) > 2 and bool(_DATELINE_AFTER.match(after))


_DONBAS_CONTEXT = re.compile(r"\b(?:OSCE|SMM|NAF|DPR|LPR|DNR|LNR|People['’]s Militia|JFO|ATO|Donbass?|Joint Forces Operation)\b")
_PLACED_BY_TEXT = re.compile(r"population|namesake (?:next to|nearest)|region named in the sentence")
_QUALIFIER_AFTER = re.compile(r"\s+(?:district|territorial community|community|hromada|raion|area|village council)\b,?\s+(?:in\s+)?(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:region|oblast))?)")


def _requalified(text: str, pm, donbas: bool):
    """Re-resolve a settlement with what the text says around it: "Kyivskyi district, Kharkiv"
    (the region after a district word), or, in a report about the Donbas front (OSCE, NAF, DPR,
    LPR), an unqualified village reads as the Donbas one when there is such a village."""
    from dataclasses import replace
    m = _QUALIFIER_AFTER.match(text, pm.end)
    if m and pm.kind in ("settlement", "region"):
        loc = geo.geocode(f"{pm.text}, {m.group(1)}", text)
        if loc is not None and loc.precision <= 2:
            return replace(pm, location=loc)
    if donbas and pm.kind == "settlement" and pm.location.country_code == "UA" and pm.location.admin1_code not in ("UA-14", "UA-09") \
            and not _PLACED_BY_TEXT.search(pm.location.geo_reason or ""):
        # (a city is no village: "Kyiv silent" stays Kyiv; a name the text placed by its sentence's
        # region or by a town beside it, "northeast of Kharkiv City near Lyman", stays there)
        if not re.match(r"\s*,\s*[A-Z]", text[pm.end:pm.end + 4]):  # no region written after it
            for region in ("Donetsk", "Luhansk"):
                loc = geo.geocode(f"{pm.text}, {region} oblast")
                if loc is not None and loc.precision <= 2 and loc.admin1_code in ("UA-14", "UA-09") \
                        and not (loc.geo_reason or "").startswith("city district"):
                    return replace(pm, location=loc)
    return pm


_ARMED_PEOPLE_AFTER = re.compile(r"\s+(?:(?:special|elite|volunteer)\s+)?(?:fighters|soldiers|troops|servicemen|units|battalions?|forces|volunteers|militiamen|commanders?|leader|strongman|contingent)\b", re.I)
_ORIGIN_LIST_GAP = re.compile(r"\s*(?:cities|towns|regions|oblasts)?\s*[,;]\s*(?:and\s+)?(?:occupied\s+|the\s+)?"
                              # a name the gazetteer does not know inside the list ("from Millerovo, Shatalovo and Primorsko-Akhtarsk")
                              r"|\s*,\s*(?:(?-i:[A-Z])[\w'’-]+\s*(?:,|,?\s+and)\s*){1,3}(?:occupied\s+|the\s+)?", re.I)  # "... Oryol cities; Shatalovo, Smolensk Oblast; and occupied Hvardiiske"
# "Kyivskyi district", "Dniprovskyi and Korabelnyi districts", "the Shevchenkivskyi city district"
_DISTRICT_AFTER = re.compile(r"\s+(?:(?:city )?districts?\b|and\s+(?-i:[A-Z])[\w'’-]+\s+(?:city )?districts\b)", re.I)


def _district_of_city_before(text: str, pm, before: list):
    """"strikes on Kharkiv – two in Shevchenkivskyi district, one in Kyivskyi district", "Kharkiv. At
    23:40 the enemy struck the Kyivskyi district of the city": a district named after a city in the
    same sentence, else in the same paragraph, is that city's district, not a namesake of another city."""
    from dataclasses import replace
    named = re.sub(r"\s+(?:city\s+)?district$", "", pm.text, flags=re.I)  # ("Artyomovsky district" read as one name)
    if pm.kind not in ("settlement", "city_district") or not (_DISTRICT_AFTER.match(text, pm.end, pm.end + 40) or named != pm.text):
        return pm
    if re.match(r"\s*(?:district|raion|rayon|community|hromada)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:region|oblast)\b", text[pm.end:pm.end + 60], re.I):
        return pm  # "the Stryi district of the Lviv region": a raion of the region written, no district of the city before
    cities = [p for p in reversed(before) if p.kind == "settlement" and p.location.precision == 1
              and not (p.location.geo_reason or "").startswith("city district")
              and not _DISTRICT_AFTER.match(text, p.end, p.end + 40)]  # (not another district: "the city's Kyivskyi district")
    default_city = pm.location.admin1_code if pm.location is not None else None
    city = next((p for p in cities if pm.start - p.end < 150 and not re.search(r"[.!?]\s", text[p.end:pm.start])), None) \
        or next((p for p in cities if pm.start - p.end < 1200 and "\n\n" not in text[p.end:pm.start]), None) \
        or next((p for p in cities if pm.start - p.end < 1200 and not any(q.location.admin1_code == default_city for q in before)
                 and re.search(r"[sczh]k(?:yi|iy|y|ij|oi)$", pm.text.split()[0].lower())), None)  # (an adjective: a city's district, not "the Sumy district")
    # (across paragraphs only when the city the name would default to is named nowhere before: "Zaporizhzhia ... \n\nDniprovskyi district: ...")
    if city is None or (pm.location is not None and pm.location.admin1_code == city.location.admin1_code):
        return pm
    adjacent = re.fullmatch(r"\s*,\s*", text[city.end:pm.start]) is not None  # "City, X district"
    if named != pm.text and not adjacent:
        return pm  # ("the Nikopol district" read whole is a raion: only "City, X district" is the city's)
    loc = geo.geocode(f"{named} district, {city.location.name}", text)
    if (loc is None or loc.admin1_code != city.location.admin1_code) and adjacent:
        # "Lugansk, Artyomovsky district": a district of the city written just before, which the gazetteer
        # does not list under that spelling, is in that city (not a namesake of another region)
        return replace(pm, location=city.location.model_copy(update={"geo_reason": f"a district of {city.location.name}: the city"}))
    return pm if loc is None or loc.admin1_code != city.location.admin1_code else replace(pm, location=loc)


def publisher_regions(name: str) -> frozenset:
    """The ISO codes of the regions a publishing channel or office is named for ("Belgorod Region
    Governor (Telegram)": RU-BEL)."""
    if not name:
        return frozenset()
    return frozenset(m.location.admin1_code for m in geo.get_gazetteer().find_mentions(name)
                     if m.kind == "region" and m.location is not None and m.location.admin1_code)


def find_places(text: str, names: Optional[list[tuple[int, int, str]]] = None, *,
                about: frozenset = frozenset()) -> list[Place]:
    """Every place mention of ``text`` (resolved with the whole text as context), with its role;
    ``names``: the text's ``find_person_names``, when the caller has them; ``about``: the regions the
    document is about without naming them (:func:`publisher_regions` of its outlet)."""
    gaz = geo.get_gazetteer()
    out: list[Place] = []
    if names is None:
        from sitrep.extract.claims import find_person_names
        names = find_person_names(text)
    persons = [(s, e) for s, e, _ in names]
    # "a <= start < b or a < end <= b" for some person (a, b), in log time (long documents)
    starts_at, ends_at = SpanIndex(persons), SpanIndex([(a + 1, b + 1) for a, b in persons])
    surnames = {n.split()[-1].lower() for _s, _e, n in names}
    # a report about the Donbas front (short OSCE/ACLED notes); a long assessment that names a
    # "DNR" unit once is not one
    donbas = bool(_DONBAS_CONTEXT.search(text)) and (
        len(text) < 2500 or sum(1 for m in _DONBAS_CONTEXT.finditer(text) if not m.group().startswith("Donbas")) >= 4)
    mentions = gaz.find_mentions(text, about)
    if "capital" in text and (caps := capital_mentions(text, mentions)):  # ("the Russian capital": the city, not the demonym)
        mentions = sorted([*(m for m in mentions if not any(c.start <= m.start < c.end for c in caps)), *caps], key=lambda m: m.start)
    for pm in mentions:
        if pm.location is None:
            continue
        pm = _requalified(text, pm, donbas)
        pm = _district_of_city_before(text, pm, out)
        if pm.text.lower() in _COMMON_WORDS or len(pm.text) <= 2:
            continue
        if pm.kind == "settlement" and pm.text.isupper() and len(pm.text) <= 4 and re.match(r"\s+[a-z]", text[pm.end:pm.end + 3]):
            continue  # "SIM cards", "GPS jamming": an acronym before a common noun, not a town
        if pm.kind == "settlement" and (_RIVER_BEFORE.search(text[max(0, pm.start - 40):pm.start])
                                        or _RIVERS.fullmatch(pm.text) and _CROSSING_BEFORE.search(text[max(0, pm.start - 40):pm.start])
                                        or _RIVER_AFTER.match(text, pm.end)
                                        or (_RIVERS.fullmatch(pm.text) and re.search(r"\bthe\s+$", text[max(0, pm.start - 5):pm.start], re.I)
                                            and not re.search(r"\b(?:city|town) of\s+the\s+$", text[max(0, pm.start - 20):pm.start], re.I))):
            continue  # "the left bank of the Dnipro", "the Oskil River", "across the Dnipro": a river, not the city
        if len(pm.text) <= 3 and (pm.location.geo_reason or "").startswith("variant spelling"):
            continue  # "Noi" (a word of a foreign village's name) is no alternate name of a far city
        if pm.kind == "settlement" and pm.text.lower() in surnames \
                and not re.search(r"\b(?:village|town|city|settlement|hamlet)\s+of\s+$", text[max(0, pm.start - 25):pm.start], re.I):
            continue  # "Terekhov: half of Kharkiv without power" names the mayor, not a village Terekhove
        if _OUTLET_AFTER.match(text, pm.end):
            continue  # "the Kyiv Post reported": an outlet, not a place
        if _INSTITUTION_BEFORE.search(text[max(0, pm.start - 40):pm.start]) or _ORG_NOUN_BEFORE.search(text[max(0, pm.start - 40):pm.start]):
            continue  # "the House of Moscow", "the Patriarch of Moscow": a name, not a place
        if pm.kind in ("settlement", "region") and _MEETING_NAMED_AFTER.match(text, pm.end):
            continue  # "on the day of the Geneva talks", "the Istanbul agreements": the name of a meeting, not a place of the event
        if pm.kind == "region" and pm.location.country_code != "UA" and _ARMED_PEOPLE_AFTER.match(text, pm.end):
            continue  # "Chechen fighters", "Dagestani volunteers": who they are, not where anything happened ("DPR servicemen" fight at home)
        if re.match(r"\s+time\b", text[pm.end:pm.end + 8], re.I):
            continue  # "07:00 Moscow time", "Kyiv time": a clock, not a place
        if re.match(r"\s+(?:group of forces|(?:operational(?:-strategic)? )?group|grouping|brigade|battalion|regiment|division|corps)\b", text[pm.end:pm.end + 40], re.I):
            continue  # "the Khortytsia group of forces" is a unit
        if re.match(r"\s+district\b", text[pm.end:pm.end + 12], re.I) and re.search(r"\bthe (?:city|town)['’]s\s+$|\bof the city\s+$", text[max(0, pm.start - 20):pm.start], re.I):
            continue  # "the city's Kyivskyi district": a district of the city just named (see _city_district_anaphors)
        if pm.kind == "settlement" and (starts_at.covers(pm.start) or ends_at.covers(pm.end)):
            # "Volodymyr Zelensky", "Iryna Kozachenko": a place name inside a person's name
            if not re.match(r"\s*(?:region|oblast|district)", text[pm.end:pm.end + 12], re.I):
                continue
        loc = pm.location
        role = "incident"
        left = text[max(0, pm.start - 60):pm.start]
        right = text[pm.end:pm.end + 40]
        if pm.kind == "demonym":
            role = "demonym"
        elif _is_dateline(text, pm.start, pm.end):
            role = "dateline"
        elif re.match(r"(?:,\s*D\.C\.)?-(?:based|installed|appointed|backed|controlled|imposed|led|aligned|friendly|leaning|born|made|bound)\b", right):
            role = "reference"  # "a Washington, D.C.-based think tank", "the Moscow-installed mayor of Horlivka": not where it happened
        elif _PATIENT_FROM.search(left):
            role = "home"  # "Woman, 58, from Kramatorsk, concussion": where the patient lives (the place when no other is told)
        elif _ORIGIN.search(left) and not _LEFT_FROM.search(left):
            role = "origin"
        elif _DESTINATION.search(left):
            role = "destination"
        elif _ROUTE_TO.search(left) and re.match(r"\s+(?:(?:were|was|has been|have been|had been|are|is)\s+)?(?:cancel|delay|suspend|halt|stop|divert|re-?rout|running\b)", right, re.I):
            role = "reference"  # "commuter trains to Moscow were cancelled": not where the line was cut
        elif pm.kind == "settlement" and loc.country_code not in ("UA", "RU") and _PERSON_AFTER.match(right) and _WAR_WORDS.search(text):
            role = "reference"  # "Middlesbrough volunteer hurt as shells hit aid point in Kherson": where the person is from
        elif _ANCHOR_EVENT_BEFORE.search(left):
            role = "reference"  # "drones against Russia, two days before a parade on Red Square": the parade's place
        elif _SPEAKERS_IN.search(left) and _CALLED_AFTER.match(right):
            role = "reference"  # "in what officials in Kyiv called one of the heaviest assaults": the speakers' city
        elif loc.country_code not in ("UA", "RU") and _HOME_OF_PERSON.search(left) and _WAR_WORDS.search(text):
            role = "reference"  # "Daniel X, 38, of Rotorua, was killed ... west of Chasiv Yar": the person's home
        elif loc.country_code not in ("UA", "RU") and (ck := _CLOCK_BEFORE.search(left)) and _CLOCK_WORD.search(ck.group("w")):
            role = "reference"  # "(Thursday morning in Australia)": the hour abroad, not the place of the event
        elif _STANCE_TOWARDS.search(left) or (pm.kind == "country" and _STANCE_NOUN_AFTER.match(right)):
            role = "reference"  # "the government's drift towards Moscow", "its policy towards Kyiv": a stance, not a place
        elif _ROUTE_END.search(left):
            role = "reference"  # "traffic between Shostka and Konotop was suspended": one route, placed at its first end
        elif _REFERENCE.search(left) or _CARE_BEFORE.search(left) or _DEPICTED_BEFORE.search(left):
            role = "reference"
        elif pm.kind in ("settlement", "country") and loc.country_code not in ("UA", "RU") and _SENTENCE_IN.search(left) and _SPEECH_AFTER.match(text, pm.end):
            role = "reference"  # "In Seoul, the intelligence service said ...": where it was said (abroad; "In Kherson, officials reported the death ..." is the place)
        elif _ROLE_BEFORE.search(left) or _ROLE_AFTER.match(right):
            role = "speaker_role"
        elif _PEOPLE_WHO.search(left):
            role = "reference"  # "mothers of men who went missing near Vuhledar": where those people were, not the event's place
        elif pm.kind == "country" and _AGENT_BY.search(left):
            role = "metonymy"  # "drones launched by Russia over the week": the attacker, not where they struck
        elif _GOVERNMENT_AFTER.match(text, pm.end) and pm.kind in ("settlement", "country"):
            role = "metonymy"  # "the Kiev regime is shooting": the government, not the city
        elif not _LOCATIVE_BEFORE.search(left) and not _PLACE_OF_CITY.match(text, pm.start + len(bare(pm.text))) and (geo.is_metonymy(text, pm.start, pm.end) or (bare(pm.text) in CAPITALS and (SUBJECT_VERB.match(right) or capital_metonymy(text, pm.start, pm.start + len(bare(pm.text)))))):
            role = "metonymy"
        if role == "incident" and out and out[-1].role in ("origin", "reference", "destination", "speaker_role") and (re.fullmatch(r"\s*(?:(?:(?:peninsula|regions?|oblasts?|provinces?)\s*)?(?:,|and|or|, and)|['’]s|(?:regions?|oblasts?|provinces?|areas?|districts?)?\s*of)\s*(?:the\s+)?(?:(?:temporarily\s+)?(?:occupied|annexed)\s+)?", text[out[-1].end:pm.start])
                                                                                                                  or out[-1].text.endswith(("'s", "’s")) and not text[out[-1].end:pm.start].strip()
                                                                                                                  or out[-1].role == "origin" and _ORIGIN_LIST_GAP.fullmatch(text[out[-1].end:pm.start])):
            role = out[-1].role  # "launched from the Kursk and Bryansk regions": the whole list is the origin
        elif role == "incident" and out and out[-1].role == "origin" and pm.kind == "area" \
                and re.fullmatch(r"\s+(?:on|off|by)\s+the\s+(?:(?:coast|shore)\s+of\s+(?:the\s+)?)?", text[out[-1].end:pm.start], re.I):
            role = "origin"  # "from Primorsko-Akhtarsk on the Sea of Azov": where the origin lies
        elif role == "incident" and out and out[-1].role == "origin" and pm.kind in ("region", "country") \
                and re.fullmatch(r"\s*(?:regions?|oblasts?)?\s*(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[\w-]+){0,3}\s+in\s+(?:the\s+)?(?:occupied\s+|annexed\s+)?"
                                 r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?", text[out[-1].end:pm.start], re.I):
            role = "origin"  # "launched from Millerovo in Russia", "from Hvardiiske in occupied Crimea": where the origin lies
        elif role == "incident" and out and out[-1].role in ("reference", "origin") and pm.kind in ("region", "country", "area") \
                and loc.country_code == out[-1].location.country_code \
                and re.fullmatch(r"\s+in\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?", text[out[-1].end:pm.start], re.I):
            role = out[-1].role  # "the second officer, from Tegal in Central Java": where that home lies
        if role == "incident" and _who_in(text, pm.start, out):
            role = "reference"  # "Kharkiv hit by glide bombs, Zelensky in Brussels": where a person is, not what happened there
        if role == "incident" and _VENUE_BEFORE.search(left):
            role = "venue"  # "talks in Geneva": the place of a meeting (incident for diplomacy only)
        if role == "incident" and _FLIGHTS_STOPPED_AFTER.match(right):
            role = "halted"  # (the place of the disruption itself, for a sentence that tells only that)
        if role == "incident" and (_NAMED_FOR_AFTER.match(right) or _ROAD_AFTER.match(right) and re.search(r"\b(?:the|a)\s+$|[–—-]\s*$", left)):
            role = "reference"  # "Kyiv Street", "the Moscow Hotel": a name, not where it happened
        if role == "incident" and out and out[-1].role == "incident" and ((out[-1].location.geo_reason or "").startswith("city district of")
                and re.fullmatch(r"\s*(?:district\s+)?(?:of|in|,)\s+(?:the\s+)?(?:city\s+of\s+)?", text[out[-1].end:pm.start], re.I)
                or pm.kind == "settlement" and re.fullmatch(r"\s*(?:(?:and|,)\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:micro-?)?(?:districts?|neighbou?rhoods?|quarters?)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?",
                                                           text[out[-1].end:pm.start], re.I)):
            role = "reference"  # "the Shevchenkivskyi district of Kyiv": the city only says whose district
            if out[-1].location.admin1_code != loc.admin1_code and not (out[-1].location.geo_reason or "").startswith("city district of"):
                # "the Severny microdistrict of Belgorod": a district the gazetteer does not know, whose name a
                # town elsewhere bears; the city is the place
                out[-1], role = replace(out[-1], role="reference"), "incident"
            if len(out) >= 2 and out[-2].role == "incident" and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[out[-2].end:out[-1].start]) \
                    and re.match(r"\s*districts\b", text[out[-1].end:pm.start], re.I):
                out[-1] = replace(out[-1], role="reference")  # "the X and Y districts of Donetsk": one attack on the city, at X
        elif role == "incident" and out and out[-1].role == "incident" and out[-1].kind == "settlement" and out[-1].location.precision <= 2 \
                and re.search(r"\b(?:district|raion|rayon)$", pm.text, re.I) and out[-1].location.country_code == loc.country_code \
                and re.fullmatch(r"\s*(?:,\s*)?(?:in|of)?\s*(?:the\s+)?", text[out[-1].end:pm.start], re.I):
            role = "reference"  # "the village of Kivsharivka in the Kupiansk district": the district says where the village is
            if loc.admin1_code and out[-1].location.admin1_code != loc.admin1_code:  # ("Kamianske in the Vasylivka district": not the city of another region)
                there = geo.geocode(f"{out[-1].text}, {pm.text}", text)
                if there is not None and there.admin1_code == loc.admin1_code and there.precision <= 2:
                    out[-1] = replace(out[-1], location=there.model_copy(update={"precision": max(there.precision, out[-1].location.precision)}))
        elif role == "incident" and out and out[-1].role == "incident" and _APPOSITIVE.fullmatch(text[out[-1].end:pm.start]) \
                or role == "incident" and out and out[-1].kind == "settlement" and _APPOSITIVE_REL.fullmatch(text[out[-1].end:pm.start]):
            role = "reference"  # "Avdiivka, the gateway to Donetsk,": a description of the place just named
        if role == "incident" and _CHANTED_QUOTE.search(text[max(0, pm.start - 120):pm.start]):
            role = "reference"  # 'chanted "Free the defenders of Mariupol"': a slogan names the place, nothing happened there
        if role == "incident" and (rl := _RECALLED_LEFT.search(text[max(0, pm.start - 70):pm.start])) is not None \
                and not told_recalled(text, max(0, pm.start - 70) + rl.start(), pm.end):  # (a window: the pattern is Gated on it)
            role = "reference"  # "a day after the strike on Odesa": the place of the recalled event
        if role == "incident" and pm.kind == "settlement" and (
                (out and out[-1].role == "incident" and (_LOCATOR_PAREN.fullmatch(text[out[-1].end:pm.start]) or _BEARING_AFTER_PLACE.fullmatch(text[out[-1].end:pm.start])
                                                          or out[-1].kind == "settlement" and _NEAR_AFTER_PLACE.fullmatch(text[out[-1].end:pm.start])))
                or (_BEARING_LEFT.search(left) and _BEARING_RIGHT.match(right))):
            role = "reference"  # a bearing: "X (east of Y)", "north of Y toward X", "a substation in Bilozerka near Kherson"
        if role == "incident" and loc.admin1_code and (re.match(r"\s+(?:directions?|axis|axes|sectors?|front)\b", right, re.I)
                                                       or _SECTOR_LIST_AFTER.match(text, pm.end, pm.end + 200)):  # "the Kupiansk, Lyman and Siversk directions"
            reg = geo.region_location(loc.admin1_code)  # "the Kharkiv direction" is a front sector, not the city
            loc = reg or loc
        if role == "incident" and loc.precision == 1 and _NEAR.search(left) and not IN_DESCRIBED.search(left):
            loc = loc.model_copy(update={"precision": 2})
        out.append(Place(pm.start, pm.end, pm.text, pm.kind, loc, role))
    out += _log_labels(text, out, surnames)
    out += table_cell_places(text, out, _label_geocode, _COMMON_WORDS)
    if len(out) > 1 and out[-1].start < out[-2].start:
        out.sort(key=lambda p: p.start)
    if ":" in text:
        _district_labels_qualify(text, out)
    _table_row_addresses(text, out)
    if "(" in text:
        _bracketed_units(text, out)
    if "s " in text:
        _possessive_city_of_district(text, out)
    if "district" in text or "raion" in text:
        _city_district_anaphors(text, out)
        _bare_city_districts(text, out)
    if any(p.location.source == "sitrep" for p in out):
        _landmark_anaphors(text, out)
    across_border(out)
    if "irection" in text or "axis" in text or "sector" in text:
        by_direction(text, out)
    return out


_LOG_LABEL = re.compile(r"^[ \t]*(?:\d{1,3}[.)][ \t]+(?=(?-i:[A-Z])))?(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?[ \t]+)?(?:\d{1,2}[:.]\d{2}[ \t]*)?(?:[^\w\s\"“'(\[]{1,4}[ \t]*)?((?-i:[A-Z])[\w'’.-]*(?:[ ,]+\(?[\w'’.-]+\)?){0,5}?(?:[ \t]+[—–][ \t]+(?-i:[A-Z])[\w'’.-]*(?:[ ]+[\w'’.-]+){0,3}?)?)(?:[ \t]*:[ \t]+|[ \t]+[|｜][ \t]+)(?=\S+[ \t]+\S)", re.M)  # (or a table row: "Bilozerka | 13:05 | artillery | ...")


_WHO_IN = re.compile(r"[,;:]\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+in\s+$")


def _who_in(text: str, start: int, before: list[Place]) -> bool:
    """'…, Zelensky in Brussels': a name (no place, no event word) + 'in' right after a comma
    says where a person is, in a headline's list of items."""
    m = _WHO_IN.search(text, max(0, start - 50), start)
    if m is None or any(p.end > m.start(1) for p in before):
        return False
    from sitrep.extract.lexicon import trigger_index
    words = m.group(1).lower()
    index = trigger_index()  # (present() may also hold other indexes' keywords)
    return words not in _COMMON_WORDS and index.present(words).isdisjoint(index.words)


def _label_geocode(label: str, context: str = "") -> Optional[Location]:
    """geocode() of a log line's label: a word before a colon that may be no place at all, so not
    read as a small place abroad (the gazetteer's minor tier)."""
    gaz = geo.get_gazetteer()
    was = gaz.minor_off(True)
    try:
        return geo.geocode(label, context)
    finally:
        gaz.minor_off(was)


def log_label(text: str) -> Optional[tuple[int, int]]:
    """The span of the label of a text that is one incident-log line ("Sumy: Teenager killed."), or None."""
    m = _LOG_LABEL.match(text)
    return m.span(1) if m else None


def _log_labels(text: str, found: list[Place], surnames: set[str]) -> list[Place]:
    """Places that only the position of a log line's label makes places: the words before the colon
    of '<place>: <what happened>' name where it happened, so the geocoder may take a misspelt or
    variant form there ("one edit from the name") that it would not pick out of running text."""
    if ":" not in text and "|" not in text and "｜" not in text:
        return []
    out = []
    for m in _LOG_LABEL.finditer(text):
        a, b = m.span(1)
        label = m.group(1).rstrip(" ,")
        label = _STATUS_NOTE.sub("", label)  # "Balakleya (occupied)": the place, with a note on its status
        inside = [p for p in found if p.start < b and p.end > a]
        unit = _UNIT_BEFORE_DASH.match(label)
        if unit is not None:
            # "Shebekinsky district — Nikolskoye: ...": a district's digest line, the settlement is where it happened
            town = label[unit.end():].strip()
            units = [p for p in inside if p.start < a + unit.end()]
            towns = [p for p in inside if p.start >= a + unit.end()]
            if units and not towns and town and town.lower() not in _COMMON_WORDS:
                loc = _label_geocode(town, label[:unit.end()] + " " + text[:800])
                ref = units[0].location
                if loc is not None and loc.precision <= 2 and loc.admin1_code == ref.admin1_code and loc.lat is not None and ref.lat is not None \
                        and haversine_km(loc.lat, loc.lon, ref.lat, ref.lon) <= 80:
                    t0 = a + label.index(town, unit.end())
                    out.append(Place(t0, t0 + len(town), town, "settlement",
                                     loc.model_copy(update={"geo_reason": f"the settlement of a district's log line ({units[0].text}); {loc.geo_reason}"}), "incident"))
                    towns = [out[-1]]
            if units and towns:
                for p in units:
                    p.role = "reference"
                continue
        if inside:
            whole = _whole_label(label, inside)
            if whole is not None:  # "Izum, Kharkiv region", "Kyiv, Borodyanka", "Zatoka (Odesa)": one place
                same = [p for p in inside if _same_point(p.location, whole)]
                for p in inside:
                    if p not in same[:1]:
                        p.role = "reference"
                if not same:
                    out.append(Place(a, a + len(label), label, "settlement", whole, "incident"))
            elif len(inside) == 1:
                entry = _entry_text(text, m.end())
                towns = [p for p in found if p.kind == "settlement" and m.end() <= p.start < m.end() + len(entry)]
                if _finer_in_entry(label, entry) or (_UNIT_LABEL.search(label) and towns):
                    inside[0].role = "reference"  # "Luhansk: the shelter in Lysychansk was struck", "Shostka district: ... in Vorozhba": the finer place
                elif bare(label) in CAPITALS and any(not _same_point(p.location, inside[0].location) for p in towns):
                    inside[0].role = "dateline"  # "Kyiv: Russian forces launched an assault on Avdiivka ...": where the report is filed
            continue
        if label.lower() in surnames or label.lower() in _COMMON_WORDS:
            continue  # a person's name
        if any(ch.isdigit() for ch in label) or len(label) <= 3:
            continue
        loc = _label_geocode(label) or _label_geocode(label, text[:800])  # (a variant: the log's header names its region)
        if loc is None or loc.precision >= 4 or (loc.geo_reason or "").startswith("name not found"):
            continue
        kind = "settlement" if loc.precision <= 2 else "region"
        reason = f"the label of a log line; {loc.geo_reason}" if loc.geo_reason else "the label of a log line"
        out.append(Place(a, a + len(label), label, kind, loc.model_copy(update={"geo_reason": reason}), "incident"))
    return out


def _whole_label(label: str, inside: list[Place]) -> Optional[Location]:
    """A log label of two parts ("X, Y" or "X (Y)") geocoded whole: the settlement it names when the
    geocoder reads the second part as X's region or oblast centre ("Izum, Kharkiv region",
    "Kyiv, Borodyanka"), within the region of the places read inside it; None otherwise (a list
    "Kharkiv, Sumy, Chernihiv", the one place the mentions already have)."""
    if label.count(",") + label.count("(") != 1 or label.count(",") > 1:
        return None
    loc = _label_geocode(label)
    if loc is None or loc.precision > 2 or loc.lat is None or (loc.geo_reason or "").startswith("name not found"):
        return None
    if len(inside) == 1 and _same_point(inside[0].location, loc):
        return None  # the mentions read it already
    a1s = {p.location.admin1_code for p in inside if p.location.admin1_code}
    a1s |= {c for a1 in a1s for c in _A1_COMPAT.get(a1, ())}  # Kyiv city and oblast
    if a1s and loc.admin1_code not in a1s:
        return None
    reason = f"the label of a log line, read whole; {loc.geo_reason}" if loc.geo_reason else "the label of a log line"
    return loc.model_copy(update={"geo_reason": reason})


_STATUS_NOTE = re.compile(r"\s*\((?-i:[a-z])[a-z\s-]{2,30}\)$")  # a lower-case note in brackets after a log label
_SENTENCE_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")
# ("In Canberra, the government on Friday announced a further $80 million": the decision's place, not a speech's)
_SPEECH_AFTER = re.compile(r"\s*,\s*(?:[\w'’.-]+\s+){1,8}?(?:said|says|told|reported|stated|claimed|warned|confirmed|announced(?=\s+(?:on\s+\w+\s+)?that\b))\b")
_UNIT_BEFORE_DASH = re.compile(r"[^—–]+?\b(?:district|raion|rayon|hromada|community|municipality|okrug)\s+[—–]\s+", re.I)
_UNIT_LABEL = re.compile(r"\b(?:district|raion|rayon|hromada|community|municipality|region|oblast)$", re.I)


def _entry_text(text: str, start: int) -> str:
    """The rest of a log entry after its label: its line (an entry is a line or a short paragraph), up to
    its first sentence's end ("Kyiv region: air defence shot down 12 drones over the region. Debris fell in
    the Bila Tserkva district.": the first sentence's incident is the region's)."""
    end = text.find("\n", start)
    rest = text[start:] if end < 0 else text[start:end]
    stop = re.search(r"[.!?](?=\s+(?-i:[A-Z]))", rest)
    return rest[:stop.end()] if stop else rest


def _finer_in_entry(label: str, rest: str) -> bool:
    """The entry puts the incident in a settlement within its coarse label (an oblast, or a city that
    shares its oblast's name): "Luhansk: The shelter in Lysychansk was struck" (the geocoder's rule)."""
    loc = _label_geocode(label, rest)
    return loc is not None and (loc.geo_reason or "").startswith("the place the context puts it in")


def _same_point(a: Location, b: Location) -> bool:
    return a.lat is not None and b.lat is not None and abs(a.lat - b.lat) < 1e-3 and abs(a.lon - b.lon) < 1e-3


def eu_seat() -> Optional[Location]:
    """Brussels, where the EU's institutions decide."""
    return geo.geocode("Brussels")


def country_location(code: str) -> Optional[Location]:
    try:
        return geo.country_location(code)
    except Exception:  # unknown code
        return Location(country_code=code, precision=4)


def region_side(text: str) -> Optional[str]:
    """The country whose region a phrase names ('head of the Lviv region' => UA, 'Kursk leader' => RU)."""
    for pm in geo.get_gazetteer().find_mentions(text):
        if pm.location is not None and pm.kind in ("region", "settlement") and pm.location.country_code:
            return pm.location.country_code
    return None


def demonym_country(text: str) -> Optional[str]:
    for pm in geo.get_gazetteer().find_mentions(text):
        if pm.kind in ("demonym", "country") and pm.location is not None:
            return pm.location.country_code
    return None
