"""Sentence patterns of the event extractor (sitrep/extract/events.py): phrasings that decide
where, when and whether a sentence's event happened. Written by the sitrep authors; each pattern's
comment gives an invented example."""
from __future__ import annotations

import re

from sitrep.extract.claims import SPEECH
from sitrep.nlp.prefilter import Gated
from sitrep.nlp.dates import COMING_EVENT_NOUNS, WEEKDAY_ALT  # (the one home of the weekday names)

# a word that ties an actor to a country ("Ukrainian", "Russia's", "Kremlin", "enemy" is none)
_NATION_WORD = re.compile(r"\b(?:Ukrain\w*|Russia\w*|Kyiv\w*|Kiev\w*|Moscow\w*|Kremlin|Soviet|Belarus\w*|Polish|Poland|Romania\w*|Moldova\w*|NATO|US|U\.S\.|American|Wagner|Akhmat|DPR|LPR)\b", re.I)
# "a week after the strike that killed 46": the dead are the recalled strike's
_RECALLED_ANY = re.compile(r"\b(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?|years?) (?:after|since) (?:the|a|an|last|that)\b", re.I)
# "21 of the 23 missiles", "out of a total of 23": the total is a launch the text states
_OF_TOTAL = re.compile(r"\bout of (?:a total of |the )?\d|\b\d[\d,]* of (?:the |a total of |all )?\d", re.I)
# bullets, emphasis marks and spacing that a repeated key point may carry
_SUMMARY_NOISE = re.compile(r"^[\W_]+|[*_#>•·▪►]+|\s+")
_NOISE_MARK = re.compile(r"[*_#>•·▪►]")


def summary_key(text: str) -> str:
    """``_SUMMARY_NOISE.sub(" ", text).strip().lower()``: a sentence compared with the key points
    repeated in a body; a sentence that starts with a letter or digit and has no list or markdown
    marks only has its spaces folded (the same string, without the regex's pass over it)."""
    if text and text[0].isalnum() and not _NOISE_MARK.search(text):
        return " ".join(text.split()).lower()
    return _SUMMARY_NOISE.sub(" ", text).strip().lower()
# a funeral, burial or memorial: the dead it names died before
_COMMEMORATION = re.compile(r"\b(?:funerals?|buried|burial|memorial|mourn\w*|commemorat\w*|laid to rest|farewell|vigil|anniversary)\b"
                            r"|\b(?:released|freed|returned|exchanged|repatriated|swapped)\s+(?:\w+\s+){0,2}(?:soldiers|prisoners|POWs|servicem[ae]n|defenders|captives|civilians|detainees)\b", re.I)
# (and people back from captivity: "several of the released soldiers were taken to hospital" were not hurt in an attack today)
# a count between the places of a sentence gives them counts of their own
_COUNT_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|others?|dozens?|a few|many)\b", re.I)
# a year named in the text ("in February 2022", "since 2014")
_YEAR_NAMED = re.compile(r"\b((?:19|20)\d\d)\b")
_ANAPHORIC_REGION = re.compile(r"\b(?:his|her|its|their|our|the same) (?:region|oblast|province)\b"
                               r"|\b(?:over|in|across|throughout|around|on) the (?:region|oblast|province)\b(?!['’])", re.I)
_DAMAGE_BY_ANAPHOR = re.compile(r"\b(?:falling\s+)?(?:debris|fragments|wreckage)\s+(?:\w+\s+){0,3}?(?:damaged|destroyed|hit|fell|set|sparked|started|caused)\b"
                                r"|\b(?:the|this) (?:attack|strike|shelling|bombardment)\s+(?:\w+\s+)?"
                                r"(?:damaged|destroyed|caused|sparked|started|set off|left)\b"
                                r"|\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:damaged|destroyed|hit)\s+"
                                r"(?:as a result of|in|during|by)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|strike|shelling|bombardment)\b", re.I)
_NATIONWIDE = re.compile(r"\b(?:across|throughout|around|all over) the country\b|\bnationwide\b|\bin (?:several|many|multiple|\w+) regions\b", re.I)
_REGIONAL_AFTER = re.compile(r"\s*(?:regional|region['’]s|oblast|province|governor)\b", re.I)
_GOVERNOR_OF = re.compile(r"\bgovernor of (?:the )?$", re.I)
_QUALIFIES = re.compile(r"\s*(?:,|in|of)?\s*(?:the\s+)?(?:(?:annexed|occupied|Russian-occupied)\s+)?", re.I)
_SAID_AFTER = re.compile(r"\s*(?:,\s*)?(?:" + SPEECH + r")(?![\w-])", re.I)  # "Ukraine on Monday said …"
# a fronted day whose clause is a speech that reports an earlier deed with a day of its own: "On Tuesday, the governor
# said that a drone had hit a bus near Kherson on Sunday" (Tuesday is the day of the saying)
_FRONTED_SPEECH_DAY = re.compile(r",?\s+(?:[^.;:,]{0,60}?,\s*)?[^.;:]{0,70}?(?<![\w-])(?:" + SPEECH + r")(?![\w-])(?:\s+\w+){0,2}?\s+that\b", re.I)
_SAID_ON = re.compile(r"(?<![\w-])(?:" + SPEECH + r")(?![\w-])\s+(?:on\s+|late on\s+|early on\s+)?$", re.I)
_HIT_BEFORE = re.compile(r"\b(?:hitting|hit|struck|striking|reached|reaching|landed|landing|exploded|exploding)\b", re.I)
# a place followed by a time of its own: "talks in Istanbul last week", "the summit in Geneva a month ago"
_OTHER_TIME_AFTER = re.compile(r"\s*,?\s*(?:last (?:week|month|year)|earlier this (?:week|month|year)|the (?:previous|week|month) (?:week|month|before)|"
                               r"(?:a|one|two|three|several) (?:weeks?|months?|years?) (?:ago|earlier))\b", re.I)

_PRONOUN_SAID = re.compile(r"\W*(?:It|He|She|They|The (?:agency|ministry|governor|mayor|military|army|air force|statement))\s+(?:also\s+)?(?:said|says|added|reported|stated|wrote|noted|claimed)\b")
# "the 14th attack on Kyiv this month": a count of attacks over a period, not the day of this one
_COUNTED_IN = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|raids?|waves?|assaults?|times?)\b(?:\s+(?:on|against|in)\s+[\w'’-]+)?\s*$", re.I)


def uncounted(text: str, dates: list) -> list:
    """``dates`` without a period that only counts attacks ("the 14th attack on Kyiv this month")."""
    return [d for d in dates if not (d.date_end is not None or (d.text or "").lower().startswith(("this ", "last "))) or not _COUNTED_IN.search(text[:d.start])]


# a state told in the present ("Siversk remains under heavy fire"): not the day a paragraph told before
_STATE_NOW = re.compile(r"\b(?:remains?|continues?|is (?:still|being|under)|are (?:still|being|under))\b", re.I)
_NOW = re.compile(r"\b(?:now|currently|still|continues?|continued|continuing|ongoing|latest|this (?:week|month|year))\b", re.I)
_BORDER_REGIONS = frozenset({"RU-BEL", "RU-KRS", "RU-BRY"})  # the Russian regions the war reaches daily


_RECENT_DAY = re.compile(r"\b(?:overnight|today|yesterday|last night|this morning|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def retrospective(text: str, ref) -> bool:
    """A feature that tells years long past ("A war foretold: how the invasion plans of 2021 were
    found"): at least eight of its year mentions, and 85% of them, lie more than a year before the
    report, and its opening says nothing of today or of a weekday."""
    years = [int(y) for y in _YEAR_NAMED.findall(text) if int(y) <= ref.year]
    old = [y for y in years if y < ref.year - 1]
    return len(old) >= 8 and len(old) >= 0.85 * len(years) and not _RECENT_DAY.search(text[:1500])


# (the patterns below were module constants of events.py)
# "falling debris caused no damage", "fell without causing damage": no harm, the interception stays one
_NO_HARM = re.compile(r"\b(?:fell\s+)?(?:caus\w*|did not cause|without causing|with)?\s*(?:no|without|not any)\s+(?:\w+\s+)?(?:damage|destruction|fires?|casualties)\b"
                      r"|\bwithout\s+causing\s+any\s+(?:\w+\s+)?(?:damage|destruction|fires?|casualties)\b", re.I)
# event types that happen at a meeting's venue ("talks in Geneva")
_AT_A_VENUE = frozenset({"diplomatic_contact", "agreement", "policy_decision", "protest"})
# a wire dateline that opens a sentence: "GENEVA, July 10 (Reuters) -", "KYIV, Ukraine, 10 July 2025 —"
SENT_TO = r"(?:sent|moved|deployed|transferred|dispatched|redeployed|relocated)\s+to"  # forces sent to a place (one home)
_IN_COUNTRY = re.compile(r"\b(?:in|into|across|throughout|inside|over|" + SENT_TO + r")\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$", re.I)  # "in eastern Ukraine": a place, not the actor
_SAME_DAY = re.compile(r"(?i)overnight|today|this morning|tonight|last night|early hours|at night|during the night|earlier today")
_THAT_TIME = re.compile(r"\b(?:that|the same) (?:year|month|summer|winter|spring|autumn|fall)\b|\bat the time\b|\bback then\b", re.I)
_WATER = re.compile(r"\b(?:Sea|Strait|Gulf|Bay|Ocean|Lagoon)\b|^(?:Sea|Gulf|Bay|Strait) of\b")
_HEADING = re.compile(r"\W*(?-i:[A-Z])[a-z]+(?:,?\s+(?:and|&)?\s*[a-z]+){0,3}\s*")  # "Military aid", "Politics and diplomacy", "Prisoners, visitors and arrests"
_WEEKDAY_DAY = re.compile(r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!\s+(?:night|evening))", re.I)
_DATELINE_DATE = re.compile(r"(?-i:[A-Z][A-Za-z.'’-]*(?:[ -][A-Z][A-Za-z.'’-]*){0,3})(?:\s*[\[(](?-i:[A-Z])[A-Za-z .'’-]{1,30}[\])])?(?:,\s*(?-i:[A-Z][a-z]+))?,\s*"
                            r"(?:(?-i:[A-Z][a-z]{2,8})\.? \d{1,2}|\d{1,2} (?-i:[A-Z][a-z]{2,8}))(?:,? \d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]\s")
_SINCE_YEAR = re.compile(r"\b(?:since|from|until|till|before)\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:19|20)\d\d\b", re.I)  # not the story's year
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a timeline's sentence that opens with its year, and one that opens with a day of a month without one
_LEAD_YEAR = re.compile(r"\W*(?:(?:In|By|During|Throughout)\s+)?(?:[Tt]he\s+|[Aa]\s+)?(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"\s+|(?:winter|summer|spring|autumn|fall)\s+of\s+)?((?:19|20)\d\d)\b")
_ON_DAY_MONTH = re.compile(r"\W*On\s+" + _MONTHS + r"\s+\d{1,2}\b(?!,?\s+(?:19|20)\d\d)")
# a decision that points back at the measure the sentence before told ("From 10 April, vehicles will be let
# into the border zone only with passes. I have signed the corresponding decree.")
_DECREE_BACK = re.compile(r"\b(?:signed|issued|adopted|approved)\s+(?:the\s+|a\s+|an\s+)?(?:corresponding|relevant|respective|appropriate|necessary|this|that|such\s+an?)\s+"
                          r"(?:decree|order|resolution|directive|ordinance|instruction)\b", re.I)
# a sentence that tells more of the same ("Similar rallies took place in Lviv", "Smaller protests were held in ...")
_SIMILAR_LEAD = re.compile(r"\W*(?:Similar|Other|Smaller|Larger|Further|More|Several other|Two other|Three other)\s+(?:\w+\s+)?"
                           r"(?:rallies|protests|demonstrations|marches|gatherings|pickets|vigils|strikes|attacks|explosions|blasts|fires|arrests|detentions)\b")
# a recalled deed told with its own day or toll ("came a day after a Russian missile strike on Kryvyi Rih on Tuesday
# evening killed three people"): an event of the report too, not only the anchor of another (the text after its trigger
# or place; a bare "a day after the strike on Odesa" stays an anchor)
RECALLED_TOLD = re.compile(r"[^.,;:—–\n]{0,120}?\b(?:killed|killing|kills|injured|injuring|wounded|wounding|left\s+(?:\w+\s+)?dead|"
                           r"(?:on|early on|late on|overnight (?:into|to)) (?:" + WEEKDAY_ALT + r")|"
                           r"overnight|yesterday|last night|this morning)\b", re.I)
# "The meeting came a day after ...": the verb that makes what follows "after" the anchor of the sentence's own deed
_CAME_BEFORE = re.compile(r"\b(?:came|comes|come|followed|follows|occurred|happened|took place|was held|were held|began|opened|started)\s+(?:[\w-]+\s+){0,2}$", re.I)


def told_recalled(text: str, anchor_start: int, after: int) -> bool:
    """"The talks came hours after a drone attack on Sumy early on Tuesday injured three": the deed after the anchor
    ("hours after", from ``anchor_start``) is told with its own day or toll (from ``after``, past its trigger or place),
    so it is an event of the report; a fronted "Two days after a strike on the city killed seven, missiles hit ..." is
    background to the clause after its comma."""
    return _CAME_BEFORE.search(text, 0, anchor_start) is not None and RECALLED_TOLD.match(text, after) is not None


# "a day after", "two days after", "a week after" just before a trigger: how long before the day told the recalled deed was
_ANCHOR_DAYS = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d) (?P<u>days?|weeks?) after (?:the|a|an|last|that)\s+(?:[\w-]+\s+){0,3}$", re.I)


def anchor_days(m: re.Match) -> int:
    """The days an :data:`_ANCHOR_DAYS` match counts back ("two days after" = 2, "a week after" = 7)."""
    n = m.group("n").lower()
    n = int(n) if n.isdigit() else {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[n]
    return n * (7 if m.group("u").lower().startswith("week") else 1)


# a lead that times a sentence from the deed told before it: "Within an hour ...", "Minutes later ...", "Shortly afterwards ..."
_SOON_AFTER_LEAD = re.compile(r"\W*(?:Within (?:an|the|the next|half an|a few|(?:one|two|three|\d+)) (?:hours?|minutes?)|(?:Minutes|Moments|Seconds|Hours|"
                              r"(?:An|One|Two|Three|Half an|A few|\d+) (?:hours?|minutes?)) later|Shortly (?:after(?:wards)?|afterwards|thereafter)|Soon (?:after(?:wards)?|afterwards)|"
                              r"By (?:then|dawn|daybreak|midnight))\b")
# a timeline's year heading on a line of its own: "2025", "In 2025:", "2025 —"
_YEAR_HEADING = re.compile(r"\W*(?:In\s+)?((?:19|20)\d\d)\s*[:.—–-]?\W*")
# a bearing before a place: "north of Kharkiv", "southeast of the ..." (the place named is where it lies from, not where
# it happened)
BEARING_OF = re.compile(r"\b(?:north|south)?-?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$", re.I)

# places that are no place of the event (read by sitrep.extract.places)
# a person's home written after the name: "Daniel X, 38, of Rotorua", "the second officer, from Tegal in Central Java"
_HOME_OF_PERSON = re.compile(r"(?:\b\d{1,3},\s+(?:of|from)|,\s+(?:who\s+(?:was|is|came)\s+)?(?:originally\s+)?from)\s+$")
# a clock abroad beside the war's time: "(Thursday morning in Australia)", "late on Sunday Kyiv time, early Monday in
# Jakarta", "- Friday morning in Singapore -"
_CLOCK_BEFORE = re.compile(r"(?:[(–—]|\b(?:Kyiv|Kiev|Moscow|local|Ukrainian)\s+time\b[,;]?)\s*(?P<w>(?:[\w.:]+\s+){1,4})in\s+(?:the\s+)?$", re.I)
_CLOCK_WORD = re.compile(r"\b(?:morning|evening|afternoon|night|midnight|noon|dawn|" + WEEKDAY_ALT + r"|a\.?m\.?|p\.?m\.?|\d{1,2}[:.]\d{2})\b", re.I)
# "in what officials in Kyiv called the heaviest assault", "sources in Moscow said": where the speakers are
_SPEAKERS_IN = re.compile(r"\b(?:officials|authorities|sources|analysts|diplomats|observers|commentators|experts|lawmakers)\s+in\s+(?:the\s+)?$", re.I)
_CALLED_AFTER = re.compile(r"\s+(?:called|described|termed|dubbed|branded|condemned as)\b", re.I)  # (not "said": "officials in X said shelling killed two there")
# "two days before a parade on Red Square", "hours after the talks in Istanbul": the place of the event counted from
_ANCHOR_EVENT_BEFORE = re.compile(r"\b(?:before|after|ahead\s+of)\s+(?:an?|the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:" + COMING_EVENT_NOUNS
                                  + r")\s+(?:on|in|at)\s+(?:the\s+)?$", re.I)


# place roles of find_places (sitrep.extract.places)
# a hospital's or a log's patient and where they come from: "Woman, 58, from Kramatorsk, concussion and cuts: ..."
_PATIENT_FROM = re.compile(r"\b(?:man|woman|boy|girl|child|pensioner|resident|patient|men|women|driver|volunteer|teenager|farmer)\s*,?\s*"
                           r"(?:aged\s+)?\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\s*,?\s+from\s+$", re.I)
# what the pictures people hold show ("waving flags and holding photographs of destroyed houses in Kharkiv")
_DEPICTED_BEFORE = re.compile(r"\b(?:holding|carrying|waving|carried|raised)[ ]+(?:[\w'’-]+[ ]+){0,2}(?:photo(?:graph)?s|pictures|portraits|posters|banners|"
                              r"placards|drawings|paintings)[ ]+(?:of|showing|depicting)[ ]+(?:[\w'’-]+[ ]+){0,5}(?:in|of|from|at)[ ]+(?:the[ ]+)?$", re.I)
# where the wounded were taken or people fled to, not where the harm happened ("taken to hospital in
# Belgorod", "hospitalised in Dnipro", "evacuated to Zaporizhzhia"; troops "moved to" a town went there)
_CARE_BEFORE = Gated(re.compile(r"\b(?:(?:taken|rushed|brought|airlifted|flown|transferred|transported|admitted|sent)\s+to\s+(?:a\s+|the\s+)?"
                                r"(?:(?:local|regional|city|military|children['’]s)\s+)?(?:hospitals?|clinics?|medical facilit(?:y|ies)|burns? units?)\s+in"
                                r"|hospitali[sz]ed\s+in|(?:being\s+)?treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:hospitals?|clinics?)\s+in"
                                r"|(?:evacuated|fled)\s+to)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I))
